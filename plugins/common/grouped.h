/*
 * plugins/common/grouped.h -- the one builder of grouped count tables:
 * every "COMMAND --by DIM" of the in-tree plugins, county and sectors.
 *
 * Three things meet:
 *
 *   a dimension (struct group_dim): the groups a table prints -- every
 *	one, so that a group with nothing is a row of zeros -- with their
 *	label columns and their order.  The dimensions several plugins
 *	group by (county, township, sector, department, month, hazard
 *	level ...) are defined once, in dimensions.h; a plugin defines its
 *	own (axles, operation, road) the same way, next to its SQL.
 *
 *   a grouping (struct grouping): one value of a command's --by: a
 *	dimension, and the expression that gives a counted row (a fact) the
 *	key of its group.  When that expression may be NULL the grouping
 *	names the group those facts form ("（非部门检查发现）"), printed
 *	after the others so that the total still adds up.
 *
 *   the counts (struct grouped_counts): the facts (a FROM ... WHERE ...
 *	over the ledger, already narrowed by the filters), the measures
 *	(aggregates over them), constant columns, and the groupings the
 *	facts can be grouped by.
 *
 * grouped_emit joins them in one statement, by one dimension or two:
 *
 *	SELECT <labels of g0> [, <labels of g1>], a.<measures>, <constants>
 *	FROM (every group of dimension 0) g0 [CROSS JOIN (... 1) g1]
 *	LEFT JOIN (SELECT <fact key 0> AS k0 [, <fact key 1> AS k1],
 *	                  <measures> FROM ... WHERE ... GROUP BY k0 [, k1]) a
 *	       ON a.k0 IS g0.k [AND a.k1 IS g1.k]
 *	ORDER BY <order of g0> [, <order of g1>]
 *
 * and counts_emit (counts.h) turns the rows into a table: the groupings'
 * labels, then the command's columns (rates from the counts, 万元, flags),
 * and a total row that sums the counts and recomputes the rates.
 *
 * Two lessons of the province file (38,000 units) are built in:
 *   - the facts are counted once, grouped, and only then joined to the
 *     groups, whatever the number of groups;
 *   - a fact key must have the affinity of its group key: an expression
 *     matched with an INTEGER key is CAST(... AS INTEGER).  Otherwise
 *     SQLite cannot index the join and scans every count for every group
 *     (78 s instead of 0.8 s).
 *
 * A count may also name summaries (struct summary_counts, data/schema.sql
 * "Summaries"): the same measures over a summary table, which holds the
 * ledger counted by month.  grouped_emit counts from the first summary
 * that answers the question exactly -- the period and the as-of day are
 * month-aligned (query_monthly) unless its rows carry their day -- and
 * so is the same period a year earlier when the counts read that too
 * (query_monthly_year_before) --, every
 * filter given is one the summary
 * can narrow by, every grouping asked for is one of its keys, and the
 * file holds the table -- and from the ledger otherwise.  The answer is
 * the same either way (tests/t3420-summaries-commands.sh); only the
 * number of rows read differs.
 *
 * Statements bind the values of query.h (?1..?7 the filters, ?8 the
 * period label, ?9.. the command's own).  Every fragment is fixed text from
 * a table: no user text ever reaches the SQL.
 */
#ifndef SAFESTAT_GROUPED_H
#define SAFESTAT_GROUPED_H

#include <stddef.h>

#include <safestat/plugin.h>

#include "plugins/common/counts.h"
#include "plugins/common/query.h"

#define GROUP_MAX_LABELS	4
#define GROUP_MAX_ORDER		3
#define GROUPED_MAX_MEASURES	16
#define GROUPED_MAX_CONSTANTS	4
#define GROUPED_MAX_BY		12
#define GROUPED_MAX_SUMMARIES	4

/* The common filters a summary can narrow by (query.h: ?3 .. ?6). */
#define SUMMARY_COUNTY		0x1
#define SUMMARY_TOWNSHIP	0x2
#define SUMMARY_SECTOR		0x4
#define SUMMARY_DEPARTMENT	0x8

/* A label column of a dimension: its output key and its SQL over g. */
struct group_label {
	const char	*name;
	const char	*sql;
};

/* A dimension: the groups, every one, in order. */
struct group_dim {
	const char	*what_zh;	/* what it groups by, for titles:
					   "乡镇" */
	const char	*groups;	/* SQL: a table or (subquery) listing
					   every group; the builder calls it g */
	const char	*key;		/* SQL over g: what a fact key equals */
	const char	*order[GROUP_MAX_ORDER]; /* SQL over g: the ORDER BY
					   expressions, up to the first NULL */
	struct group_label labels[GROUP_MAX_LABELS];	/* up to the first
					   without a name */
	int		 name_label;	/* the label that names a group: it
					   carries the unassigned group's
					   name, and grouped_empty lists it */
	const char	*unassigned_when; /* SQL: when an unassigned group may
					   show (false when a filter picked one
					   group); NULL: always */
	int		 single;	/* one group for the whole period: no
					   total row */
};

/* One value of a command's --by. */
struct grouping {
	const char		*by;		/* the --by value */
	const struct group_dim	*dim;
	const char		*fact_key;	/* SQL over the facts: the key
						   of a fact's group */
	const char		*unassigned_zh;	/* the group of the facts whose
						   key is NULL; NULL: none */
};

/* A grouping's key over a summary's rows. */
struct summary_key {
	const char	*by;		/* the grouping's --by value */
	const char	*fact_key;	/* SQL over the summary's rows */
};

/* Which periods and as-of days a summary answers exactly, its rows
 * being counted by month. */
enum summary_days {
	SUMMARY_DAYS_MONTHS_AS_OF = 0,	/* whole months, and an as-of day
					   at a month's end (open, overdue) */
	SUMMARY_DAYS_MONTHS,		/* whole months, whatever the as-of
					   day (no open or overdue) */
	SUMMARY_DAYS_ANY_PERIOD,	/* any period: its rows carry their
					   day (one per operation, say) */
	SUMMARY_DAYS_AS_OF_ONLY		/* any period, an as-of day at a
					   month's end: its counts are states
					   on that day alone (a register:
					   gas users, chemicals units,
					   insurance) */
};

/* The same counts over a summary table, for the questions it answers
 * exactly (month-aligned ones, unless `days` says otherwise). */
struct summary_counts {
	const char	*table;		/* the summary table the file must
					   hold */
	const char	*facts;		/* "FROM <table> s WHERE ...": its rows
					   for the period, filters applied */
	const char	*measures[GROUPED_MAX_MEASURES]; /* the counts'
					   measures, in the same order */
	unsigned	 filters;	/* SUMMARY_*: the filters it applies
					   as the ledger's facts do (narrowing
					   by them, or ignoring them where the
					   facts do); a question with another
					   one set goes elsewhere.  Without
					   SUMMARY_COUNTY it keeps no county
					   and counts every county of the file
					   (query_summary_readable) */
	enum summary_days days;		/* which days it answers for */
	int		 year_before;	/* its facts also read the same
					   period a year earlier
					   (date(?1, '-1 year') ..
					   date(?2, '-1 year')): that must be
					   whole months too */
	struct summary_key keys[GROUPED_MAX_BY]; /* the groupings it
					   serves, up to the first without a
					   name */
};

/* What a grouped command counts. */
struct grouped_counts {
	const char	*facts;		/* "FROM ... WHERE ...": the rows */
	/* Aggregates over the facts: query columns 0, 1 ...; a group with no
	 * facts reads 0. */
	const char	*measures[GROUPED_MAX_MEASURES];
	/* Constant columns after the measures (their numbers go on after
	 * the measures'), e.g. a definition's name "'cohort'", or "?7". */
	const char	*constants[GROUPED_MAX_CONSTANTS];
	int		 no_total;	/* the measures do not add up (units of
					   different kinds): no total row */
	/* The ways the facts can be grouped, up to the first without a
	 * name; the first is the default. */
	struct grouping	 by[GROUPED_MAX_BY];
	/* The summaries that may count the same, tried in order (the
	 * smallest first); none: the ledger always. */
	const struct summary_counts *summaries[GROUPED_MAX_SUMMARIES];
};

/* The grouping of `q` named `by`; the first when `by` is NULL; NULL when
 * there is none of that name (a bug in the tables, not the user's typing:
 * --by is an enum). */
const struct grouping *grouped_find(const struct grouped_counts *q,
	    const char *by);

/* The --by value chosen among `choices` (the option's NULL-terminated
 * list), or NULL when --by was not given. */
const char	*grouped_choice(const struct ss_args *args,
	    const char *const *choices);

/* The grouping of `q` that --by chose among `choices`, or the one named
 * `dflt` (NULL: q's first) when --by was not given; NULL, the error
 * reported, when q has none of that name. */
const struct grouping *grouped_choose(struct ss_ctx *ctx,
	    const struct grouped_counts *q, const struct ss_args *args,
	    const char *const *choices, const char *dflt);

/* Count q's facts by the groupings by[0..nby-1] (one or two) and emit one
 * result set: each grouping's label columns, then `cols` (ncols of them:
 * their src, num and den number q's measures from 0, then its
 * constants), and a total row unless a dimension is single or q has
 * no_total. */
int	grouped_emit(struct ss_ctx *ctx, const struct grouped_counts *q,
	    const struct grouping *const *by, int nby,
	    const struct count_column *cols, int ncols,
	    const struct query_params *p);

/* The statement of q's measures over all its facts, as one row (0s when
 * there are none), read from the summary grouped_emit would choose for a
 * question with no grouping: malloc'd text, or NULL with the error
 * reported. */
char	*grouped_total_sql(struct ss_ctx *ctx, const struct grouped_counts *q,
	    const struct query_params *p);

/* The groups of `by` that none of q's facts falls in, in order: their
 * number, and their names joined with "、" into `names` (empty when
 * none). */
int	grouped_empty(struct ss_ctx *ctx, const struct grouped_counts *q,
	    const struct grouping *by, const struct query_params *p,
	    long long *count, char *names, size_t size);

/* A whole sector command: resolve the common filters with the plugin's
 * `sector` at ?5, take the grouping --by names among `choices` (default:
 * q's first), emit it with `cols`, and note a period the ledgers do not
 * cover. */
int	grouped_command(struct ss_ctx *ctx, const struct ss_args *args,
	    const char *sector, const char *const *choices,
	    const struct grouped_counts *q, const struct count_column *cols,
	    int ncols);

#endif
