/*
 * plugins/common/sector-hazards.h -- one sector's slice of the hazard
 * ledger, shared by the sector plugins: the "SECTOR hazards" command and
 * the hazard figures of their summaries.
 *
 * Counts follow the ledger's definitions (docs/data.md): the cohort of
 * hazards found in the period, rectified by the as-of day (default the
 * period's end); open and overdue on the as-of day.  Statements bind the
 * sector code at ?5 (query.h), the hazard level or NULL at ?9.
 */
#ifndef SAFESTAT_SECTOR_HAZARDS_H
#define SAFESTAT_SECTOR_HAZARDS_H

#include <safestat/plugin.h>

#include "plugins/common/filter.h"
#include "plugins/common/metrics.h"
#include "plugins/common/sector.h"

extern const char *const sector_hazards_levels[];	/* --level */
extern const char *const sector_hazards_by[];		/* --by */

/* The options of "SECTOR hazards". */
#define SECTOR_HAZARDS_OPTIONS \
	PERIOD_OPTIONS, FILTER_TOWNSHIP_OPTION, FILTER_COUNTY_OPTION, \
	SECTOR_AS_OF_OPTION("count the hazards rectified, open and overdue"), \
	{ .name = "level", .short_name = 'l', .type = SS_OPT_ENUM, \
	  .choices = sector_hazards_levels, \
	  .help = "general or major hazards only (default: all)" }, \
	{ .name = "by", .type = SS_OPT_ENUM, .choices = sector_hazards_by, \
	  .help = "group by level (default), township, county, month, " \
	  "finder or unit" }, \
	{ .name = "open", .type = SS_OPT_FLAG, \
	  .help = "list the hazards still open on the as-of day, " \
	  "whenever found, oldest first" }

#define SECTOR_HAZARDS_HELP \
	"Counts the hazards of the sector's ledger found in the period: " \
	"found, rectified by the as-of day (default: the period's end), " \
	"rate_pct (rectified / found, half-up), open and overdue on the " \
	"as-of day, which the as_of column (and the title) names.  Every " \
	"group prints, with 0 where nothing was found, and table output " \
	"adds a total row.  --open lists the hazards open on the as-of " \
	"day instead, whenever they were found, with days open and days " \
	"past the deadline."

/* Run "SECTOR hazards" for the sector whose code is `sector` and whose
 * name titles the table (`sector_zh`: "城镇燃气"). */
int	sector_hazards_run(struct ss_ctx *ctx, const struct ss_args *args,
	    const char *sector, const char *sector_zh);

/* Add the sector's hazard figures to a summary: found, rectified and the
 * rate, all levels and each level, open and overdue.  `p` binds the
 * sector code at ?5. */
int	sector_hazards_metrics(struct ss_ctx *ctx, const struct query_params *p);

#endif
