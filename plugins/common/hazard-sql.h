/*
 * plugins/common/hazard-sql.h -- the hazard ledger's "open" and
 * "overdue" on the as-of day ?7 (query.h), as docs/data.md defines them,
 * for every statement that counts or lists them.
 */
#ifndef SAFESTAT_HAZARD_SQL_H
#define SAFESTAT_HAZARD_SQL_H

/* Hazard row `h` was found by ?7 and not rectified by then. */
#define HAZARD_OPEN_ON_AS_OF(h) \
	"(" h ".found_date <= ?7 AND (" h ".rectified_date IS NULL" \
	" OR " h ".rectified_date > ?7))"

/* Open on ?7 and past its rectification deadline. */
#define HAZARD_OVERDUE_ON_AS_OF(h) \
	"(" HAZARD_OPEN_ON_AS_OF(h) " AND " h ".deadline_date < ?7)"

#endif
