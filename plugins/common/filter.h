/*
 * plugins/common/filter.h -- the common filters of a counting command,
 * resolved once and bound at fixed parameter numbers.
 *
 * Commands declare FILTER_OPTIONS (or the subset they need: the period
 * options, --township, --county, --sector, --department, --as-of), call
 * filter_from_args, and bind FILTER_PARAMS(&f).  Their SQL then refers to
 * the filters by number, the same in every command:
 *
 *	?1  first day of the period		TEXT
 *	?2  last day counted (inclusive): the period's last day, or the
 *	    as-of day when that comes first	TEXT
 *	?3  county_id, or NULL for every county whose ledgers the file holds
 *	?4  township_id, or NULL for all
 *	?5  sector code, or NULL for all
 *	?6  department code, or NULL for all
 *	?7  as-of date (--as-of, or the default as-of day below)	TEXT
 *
 * and FILTER_PLACE(alias) restricts a table with a township_id column to
 * the chosen county and township.  Further parameters of a command start at
 * ?8 (FILTER_NPARAMS + 1).
 *
 * One rule for the as-of day, in every command: without --as-of it is
 * the earliest of the period's last day, today (SAFESTAT_TODAY) and the
 * last day the ledgers cover (31 December of their last year, from the
 * data: nothing is known after the data ends); a list without a period
 * uses today capped at the data's end.  And what happens after the as-of
 * day is not yet known: ?2 stops there, so that a count "found in the
 * period" never includes what was found after the day the other counts
 * (rectified, open) are taken on, and found = rectified + open holds.
 * (Titles still name the whole period, and the as-of day with it.)
 * The default year is the year of the default as-of day of a list: the
 * last ledger year, or the current year when that comes first.
 */
#ifndef SAFESTAT_FILTER_H
#define SAFESTAT_FILTER_H

#include <safestat/plugin.h>

#include "plugins/common/lookup.h"
#include "plugins/common/period.h"

struct filter {
	struct period		period;
	struct lookup_result	county;		/* id 0: every ledger county */
	struct lookup_result	township;	/* id 0: all townships */
	struct lookup_result	sector;		/* code "": all sectors */
	struct lookup_result	department;	/* code "": all departments */
	char			as_of[11];	/* YYYY-MM-DD */
};

#define FILTER_NPARAMS	7

/* Resolve the period (default year: the last ledger year), the places,
 * the sector, the department and the as-of date from a command's options.
 * Options the command does not declare read as absent. */
int	filter_from_args(struct ss_ctx *ctx, const struct ss_args *args,
	    struct filter *f);

/* The default as-of day into as_of[11]: the earliest of `period_end`
 * (NULL: no period, a list), today and the last day the ledgers cover. */
int	filter_default_as_of(struct ss_ctx *ctx, const char *period_end,
	    char *as_of);

/* The default year of a period: the year of the default as-of day of a
 * list (the last ledger year, or this year when sooner). */
int	filter_default_year(struct ss_ctx *ctx, int *year);

/* The last day counted, bound at ?2: the earlier of the period's last
 * day and the as-of day (a pointer into f). */
const char *filter_count_to(const struct filter *f);

/* Write the filter's FILTER_NPARAMS values into params[0..6] (pointers
 * into f: bind after the last change to it). */
void	filter_bind(const struct filter *f, struct ss_value *params);

/* Restrict `alias` (a table with township_id) to the filter's places. */
#define FILTER_PLACE(alias) FILTER_PLACE_OF(alias ".township_id")

/* The same on a township_id expression: "+x.township_id" keeps the
 * planner off an index led by township_id when another index serves. */
#define FILTER_PLACE_OF(township_id) \
	"(" township_id " IN (SELECT t.township_id FROM township t" \
	" JOIN county c ON c.county_id = t.county_id WHERE c.ledger = 1" \
	" AND (?3 IS NULL OR t.county_id = ?3)" \
	" AND (?4 IS NULL OR t.township_id = ?4)))"

/* Option-table entries for the place, sector and department filters. */
#define FILTER_TOWNSHIP_OPTION \
	{ .name = "township", .short_name = 't', .type = SS_OPT_TEXT, \
	  .metavar = "NAME", .values_sql = LOOKUP_TOWNSHIP_VALUES, \
	  .help = "one township (Chinese or English name, the English " \
	  "name without Town/Township, or code)" }
#define FILTER_COUNTY_OPTION \
	{ .name = "county", .type = SS_OPT_TEXT, .metavar = "NAME", \
	  .values_sql = LOOKUP_COUNTY_VALUES, \
	  .help = "one county of a province file (default: all)" }
#define FILTER_SECTOR_OPTION \
	{ .name = "sector", .short_name = 's', .type = SS_OPT_TEXT, \
	  .metavar = "SECTOR", .values_sql = LOOKUP_SECTOR_VALUES, \
	  .help = "one sector (code, Chinese or English name, or an " \
	  "alias such as 危化品)" }
#define FILTER_DEPARTMENT_OPTION \
	{ .name = "department", .type = SS_OPT_TEXT, .metavar = "DEPT", \
	  .values_sql = LOOKUP_DEPARTMENT_VALUES, \
	  .help = "one department (short name such as 应急, an alias " \
	  "such as 住建局, or code)" }
#define FILTER_AS_OF_OPTION \
	{ .name = "as-of", .type = SS_OPT_DATE, \
	  .help = "count rectified, open and overdue items as of this " \
	  "day (default: the period's end, today or the data's end, " \
	  "whichever comes first)" }

/* The period, places and sector: what most counting commands take. */
#define FILTER_OPTIONS \
	PERIOD_OPTIONS, FILTER_TOWNSHIP_OPTION, FILTER_COUNTY_OPTION, \
	FILTER_SECTOR_OPTION

#endif
