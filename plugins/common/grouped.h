/*
 * plugins/common/grouped.h -- one builder for every "COMMAND --by DIM"
 * count table.
 *
 * A command names its facts (the ledger rows it counts, already filtered
 * by period and place) and its measures (aggregates over them); a group
 * dimension names the groups (every one, so that empty groups print zero
 * rows) and which group a fact belongs to.  The builder joins them:
 *
 *	SELECT <labels>, a.*
 *	FROM <groups> g
 *	LEFT JOIN (SELECT <fact key> AS grp, <measures> <facts> GROUP BY 1) a
 *	       ON a.grp = <group key>
 *	ORDER BY <order>
 *
 * and counts_emit turns the rows into a table with rates and a total row.
 * The facts are counted once, grouped, and only then joined to the
 * groups; facts use the alias f, groups the alias g.  Parameters follow
 * query.h (?1..?7 filters, ?8 the period label, ?9.. the command's own).
 *
 * The fact key must have the affinity of the group key: an expression
 * matched with an INTEGER key is CAST(... AS INTEGER).  Otherwise SQLite
 * cannot index the join and scans every count for every group (38,000
 * units of a province: 78 s instead of 0.8 s).
 *
 * Every fragment is fixed text chosen from a table by an enum index: no
 * user text ever reaches the SQL.
 */
#ifndef SAFESTAT_GROUPED_H
#define SAFESTAT_GROUPED_H

#include <safestat/plugin.h>

#include "plugins/common/counts.h"
#include "plugins/common/query.h"

#define GROUP_MAX_LABELS	4

/* One way of grouping: the value of --by. */
struct group_dim {
	const char	*by;		/* --by value, e.g. "township" */
	int		 nlabels;	/* label columns, 1..GROUP_MAX_LABELS */
	const char	*label_names[GROUP_MAX_LABELS];	/* their keys */
	const char	*labels;	/* SQL over g: the label expressions */
	const char	*groups;	/* SQL: a FROM item listing every group
					   as g */
	const char	*group_key;	/* SQL over g: the group's key */
	const char	*fact_key;	/* SQL over f: its group's key */
	const char	*order;		/* SQL over g: ORDER BY */
	int		 single;	/* one row for the whole period: no
					   total row */
};

/* What a grouped command counts. */
struct grouped_counts {
	const char			*facts;	   /* "FROM ... f WHERE ..." */
	const char			*measures; /* aggregates over f */
	const struct count_column	*cols;	   /* output columns after the
						      labels; src, num and den
						      number the measures
						      from 0 */
	int				 ncols;
};

/* Build the statement for `dim` and `q` and emit it as a count table. */
int	grouped_emit(struct ss_ctx *ctx, const struct group_dim *dim,
	    const struct grouped_counts *q, const struct query_params *p);

/* The dimension of `dims` (n of them) named `by`, dims[0] when `by` is
 * NULL; NULL when there is none of that name (a bug in the caller's
 * tables, not the user's typing: --by is an enum). */
const struct group_dim *grouped_find(const struct group_dim *dims, int n,
	    const char *by);

/* A whole grouped command: resolve the common filters, bind them with
 * the sector code `sector` at ?9, take the dimension --by names (one of
 * `choices`, which lists the `by` of the ndims `dims`), and emit. */
int	grouped_command(struct ss_ctx *ctx, const struct ss_args *args,
	    const char *sector, const struct group_dim *dims, int ndims,
	    const char *const *choices, const struct grouped_counts *q);

/* The --by value chosen from `choices` (NULL-terminated), or NULL. */
const char	*grouped_choice(const struct ss_args *args,
	    const char *const *choices);

/* ---- dimensions most commands share --------------------------------- */

/* The months of the period, clamped to the years the ledgers cover (so an
 * open-ended --from does not list ten thousand years of zeros). */
#define GROUP_MONTHS_SQL \
	"(WITH RECURSIVE span (lo, hi) AS (" \
	" SELECT max(?1, substr(value, 1, 4) || '-01-01')," \
	"  min(?2, substr(value, 6, 4) || '-12-31')" \
	" FROM dataset_info WHERE key = 'ledger_years')," \
	" m (first_day) AS (" \
	" SELECT substr(lo, 1, 7) || '-01' FROM span WHERE lo <= hi" \
	" UNION ALL SELECT date(first_day, '+1 month') FROM m, span" \
	"  WHERE date(first_day, '+1 month') <= hi)" \
	" SELECT substr(first_day, 1, 7) AS month FROM m)"

/* The ledger townships the filter allows, and their counties. */
#define GROUP_TOWNSHIPS_SQL \
	"(SELECT t.township_id, t.code, t.name_zh FROM township t" \
	" JOIN county c ON c.county_id = t.county_id WHERE c.ledger = 1" \
	" AND (?3 IS NULL OR t.county_id = ?3)" \
	" AND (?4 IS NULL OR t.township_id = ?4))"
#define GROUP_COUNTIES_SQL \
	"(SELECT c.county_id, c.code, c.name_zh FROM county c" \
	" WHERE c.ledger = 1 AND (?3 IS NULL OR c.county_id = ?3)" \
	" AND (?4 IS NULL OR c.county_id =" \
	"  (SELECT t.county_id FROM township t WHERE t.township_id = ?4)))"

/* The whole period as one row, labelled by ?8. */
#define GROUP_BY_PERIOD \
	{ .by = "period", .nlabels = 1, .label_names = { "period" }, \
	  .labels = "g.period", .groups = "(SELECT ?8 AS period) g", \
	  .group_key = "1", .fact_key = "1", .order = "1", .single = 1 }

/* By month of the fact's date column `day`. */
#define GROUP_BY_MONTH(day) \
	{ .by = "month", .nlabels = 1, .label_names = { "month" }, \
	  .labels = "g.month", .groups = GROUP_MONTHS_SQL " g", \
	  .group_key = "g.month", .fact_key = "substr(" day ", 1, 7)", \
	  .order = "g.month" }

/* By township, through the fact's township_id column `col`. */
#define GROUP_BY_TOWNSHIP(col) \
	{ .by = "township", .nlabels = 2, \
	  .label_names = { "township", "township_code" }, \
	  .labels = "g.name_zh, g.code", .groups = GROUP_TOWNSHIPS_SQL " g", \
	  .group_key = "g.township_id", .fact_key = col, .order = "g.code" }

/* By county (province files), through the fact's township_id `col`. */
#define GROUP_BY_COUNTY(col) \
	{ .by = "county", .nlabels = 2, \
	  .label_names = { "county", "county_code" }, \
	  .labels = "g.name_zh, g.code", .groups = GROUP_COUNTIES_SQL " g", \
	  .group_key = "g.county_id", \
	  .fact_key = "CAST((SELECT t.county_id FROM township t" \
	  " WHERE t.township_id = " col ") AS INTEGER)", .order = "g.code" }

/* By a code that code_label names (list `list`, e.g. "gas_user.kind"),
 * through the fact's column `col`; labels `by` and `by`_zh. */
#define GROUP_BY_CODE(by_, list, col) \
	{ .by = by_, .nlabels = 2, .label_names = { by_, by_ "_zh" }, \
	  .labels = "g.code, g.name_zh", \
	  .groups = "(SELECT code, name_zh, sort_order FROM code_label" \
	  " WHERE list = '" list "') g", \
	  .group_key = "g.code", .fact_key = col, .order = "g.sort_order" }

#endif
