/*
 * plugins/county/group.h -- grouped counts of one ledger by one or two
 * dimensions, built from a table instead of one hand-written query per
 * grouping per command.
 *
 * A dimension (sector, township, month ...) knows its code table: the
 * rows every grouping prints, zero rows included, in report order, already
 * narrowed by the common filters (--sector gives one sector row, --county
 * and --township the townships they cover).  A source (queries.c) knows
 * its ledger: the FROM and WHERE that pick the rows, the aggregates to
 * compute, and for each dimension it can be grouped by, the ledger
 * expression that joins the code table.  group_emit puts the two together:
 *
 *	SELECT g0.code, g0.name_zh, [g1 ...,] coalesce(a.c0, 0), ...
 *	FROM (dimension rows) g0 [CROSS JOIN (dimension rows) g1]
 *	LEFT JOIN (SELECT key0 AS k0, ..., aggregate AS c0, ...
 *	           FROM ledger WHERE filters GROUP BY k0, ...) a
 *	       ON a.k0 IS g0.k ...
 *	ORDER BY report order
 *
 * so the ledger is read once, whatever the number of groups, and every
 * group has a row.  Statements use the parameters of plugins/common/
 * filter.h (?1..?7) and ?8, the command's own choice (hazard level,
 * outreach kind, case category): see GROUP_PARAM_CHOICE.
 */
#ifndef SAFESTAT_COUNTY_GROUP_H
#define SAFESTAT_COUNTY_GROUP_H

#include <stddef.h>

#include <safestat/plugin.h>

#include "plugins/common/counts.h"

/* The parameter after the common filters: a command's own restriction of
 * its rows (e.g. the hazard level), NULL for none.  The level, outreach
 * kind and case kind dimensions read it to leave out the rows it
 * excludes. */
#define GROUP_PARAM_CHOICE	8
#define GROUP_NPARAMS		8

enum group_dimension {
	GROUP_COUNTY,		/* county, county_zh: counties with ledgers */
	GROUP_TOWNSHIP,		/* township, township_zh */
	GROUP_SECTOR,		/* sector, sector_zh: every sector */
	GROUP_INSURED_SECTOR,	/* sector, sector_zh: those where insurance
				   is mandatory for some unit */
	GROUP_DEPARTMENT,	/* department, department_zh: every one */
	GROUP_REGULATOR,	/* department, department_zh: regulators
				   (not the committee office) */
	GROUP_FINDER,		/* finder, finder_zh: who found a hazard */
	GROUP_UNIT,		/* unit_id, unit_zh */
	GROUP_MONTH,		/* month: every month of the period */
	GROUP_LEVEL,		/* level, level_zh: hazard level (?8) */
	GROUP_KEY_PERIOD,	/* key_period, key_period_zh: holidays and
				   key periods of inspections */
	GROUP_CASE_KIND,	/* kind, kind_zh: case kinds (category ?8) */
	GROUP_OUTREACH_KIND,	/* kind, kind_zh: drill, training,
				   community (?8) */
	GROUP_VENUE,		/* venue, venue_zh */
	GROUP_MEDIUM,		/* medium, medium_zh: leaflets, SMS */
	GROUP_MEETING_KIND,	/* meeting_kind, meeting_kind_zh */
	GROUP_GRADE,		/* grade, grade_zh: accident grades */
	GROUP_NDIMS
};

#define GROUP_MAX_COUNTS	16
#define GROUP_MAX_AFTER		4

/* How a ledger joins one dimension: the ledger expression whose value is
 * the dimension's key, and, when that expression may be NULL, the name of
 * the extra group its NULL rows form ("（非部门检查发现）"), printed after
 * the code table's rows so that the total still adds up. */
struct group_key {
	const char	*expr;
	const char	*unassigned_zh;
};

/* A ledger to count, with the aliases its expressions use. */
struct group_source {
	const char	*from;		/* FROM clause, ledger alias x */
	const char	*where;		/* the filters, on ?1..?8 */
	/* Aggregates over the chosen rows, one per measure (src 0, 1 ...);
	 * a group with no rows reads 0. */
	const char	*counts[GROUP_MAX_COUNTS];
	/* Constant labels after the measures (src continues after the
	 * counts), e.g. the basis of a definition: "'cohort'", "?7". */
	const char	*after[GROUP_MAX_AFTER];
	/* The dimensions the source can be grouped by; expr NULL: not. */
	struct group_key by[GROUP_NDIMS];
};

/* Count `src` by dims[0..ndims-1] (ndims 1 or 2) and emit one result set
 * with the dimensions' key and name columns first, then `measures` (their
 * src, num and den index the source's counts, then its `after` labels),
 * and a total row when `total` is nonzero.  `params` are the
 * GROUP_NPARAMS values ?1..?8. */
int	group_emit(struct ss_ctx *ctx, const struct group_source *src,
	    const enum group_dimension *dims, int ndims,
	    const struct count_column *measures, int nmeasures, int total,
	    const struct ss_value *params);

/* The groups of `dim` that have no row of `src` (zero groups), in
 * report order: their count, and their Chinese names joined with "、"
 * into names (empty when none). */
int	group_empty(struct ss_ctx *ctx, const struct group_source *src,
	    enum group_dimension dim, const struct ss_value *params,
	    long long *count, char *names, size_t size);

/* The dimension chosen with --by: dims[i] for choice i, or `dflt`. */
enum group_dimension	group_by(const struct ss_args *args,
			    const enum group_dimension *dims,
			    enum group_dimension dflt);

/* What a dimension groups by, in Chinese, for titles: "行业领域". */
const char	*group_what_zh(enum group_dimension dim);

/* Run one fixed statement (a list, not a grouping) with the first
 * parameters of `params` that it uses: the host binds exactly as many
 * values as the statement's highest ?N. */
int	group_query(struct ss_ctx *ctx, const char *sql,
	    const struct ss_value *params, int nparams);

/* The number of parameters a statement takes: its highest ?N. */
int	group_param_count(const char *sql);

#endif
