/*
 * plugins/common/sector-hazards.c -- a sector's hazards: grouped counts,
 * the open list, and the figures for a summary.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "plugins/common/dimensions.h"
#include "plugins/common/grouped.h"
#include "plugins/common/hazard-sql.h"
#include "plugins/common/hazard-summary.h"
#include "plugins/common/sector-hazards.h"
#include "plugins/common/title.h"

const char *const sector_hazards_levels[] = { "general", "major", "all",
    NULL };
const char *const sector_hazards_by[] = { "level", "township", "county",
    "month", "finder", "unit", NULL };

/* The sector's hazards found in the period, in the places the filter
 * allows, of the level ?9 (NULL: both). */
#define HAZARD_FACTS \
	"FROM hazard f WHERE f.sector = ?5" \
	" AND f.found_date BETWEEN ?1 AND ?2 AND " FILTER_PLACE("f") \
	" AND (?9 IS NULL OR f.level = ?9)"

/* The hazards open on the as-of day, whenever found, oldest first. */
#define HAZARD_OPEN_LIST \
	"SELECT h.hazard_id, h.level, l.name_zh AS level_zh, h.found_date," \
	" h.deadline_date," \
	" CAST(julianday(?7) - julianday(h.found_date) AS INTEGER)" \
	"  AS days_open," \
	" CASE WHEN h.deadline_date < ?7 THEN CAST(julianday(?7)" \
	"  - julianday(h.deadline_date) AS INTEGER) ELSE 0 END AS days_overdue," \
	" t.name_zh AS township, u.name_zh AS unit, k.name_zh AS finder," \
	" h.description, ?7 AS as_of" \
	" FROM hazard h" \
	" JOIN township t ON t.township_id = h.township_id" \
	" JOIN code_label l ON l.list = 'hazard.level' AND l.code = h.level" \
	" JOIN finder_kind k ON k.code = h.finder_kind" \
	" LEFT JOIN unit u ON u.unit_id = h.unit_id" \
	" WHERE h.sector = ?5 AND (?9 IS NULL OR h.level = ?9)" \
	" AND " HAZARD_OPEN_ON_AS_OF("h") " AND " FILTER_PLACE("h") \
	" ORDER BY h.found_date, h.hazard_id"

/* The summary's figures: all levels, general, major; open, overdue --
 * from the hazard summaries when they answer (hazard-summary.h). */
static const struct grouped_counts hazard_figures = {
	.facts = "FROM hazard f WHERE f.sector = ?5"
	    " AND f.found_date BETWEEN ?1 AND ?2 AND " FILTER_PLACE("f"),
	.measures = {
		"count(*)",
		"count(CASE WHEN f.rectified_date <= ?7 THEN 1 END)",
		"count(CASE WHEN f.level = 'general' THEN 1 END)",
		"count(CASE WHEN f.level = 'general' AND f.rectified_date <= ?7"
		" THEN 1 END)",
		"count(CASE WHEN f.level = 'major' THEN 1 END)",
		"count(CASE WHEN f.level = 'major' AND f.rectified_date <= ?7"
		" THEN 1 END)",
		"count(CASE WHEN " HAZARD_OPEN_ON_AS_OF("f") " THEN 1 END)",
		"count(CASE WHEN " HAZARD_OVERDUE_ON_AS_OF("f") " THEN 1 END)",
	},
	.summaries = { &hazard_figures_province,
	    &hazard_figures_county_sector },
};

/* The sector's units open during the period, and one group under id 0
 * for the hazards of no unit (roads, public places) when the period has
 * any. */
static const struct group_dim dim_sector_unit = {
	.what_zh = "单位",
	.groups = "(SELECT u.unit_id, u.name_zh FROM unit u"
	    " WHERE u.sector = ?5 AND u.opened_date <= ?2"
	    " AND (u.closed_date IS NULL OR u.closed_date >= ?1)"
	    " AND " FILTER_PLACE("u")
	    " UNION ALL SELECT 0, '（无单位：道路、公共场所）'"
	    " WHERE EXISTS (SELECT 1 FROM hazard h WHERE h.sector = ?5"
	    " AND h.found_date BETWEEN ?1 AND ?2 AND h.unit_id IS NULL))",
	.key = "g.unit_id", .order = { "g.unit_id = 0", "g.unit_id" },
	.labels = { { "unit_id", "NULLIF(g.unit_id, 0)" },
	    { "unit", "g.name_zh" } },
	.name_label = 1,
};

static const struct count_column hazard_cols[] = {
	{ .name = "found", .kind = COUNT_VALUE, .src = 0 },
	{ .name = "rectified", .kind = COUNT_VALUE, .src = 1 },
	{ .name = "rate_pct", .kind = COUNT_RATE, .num = 1, .den = 0 },
	{ .name = "open", .kind = COUNT_VALUE, .src = 2 },
	{ .name = "overdue", .kind = COUNT_VALUE, .src = 3 },
	{ .name = "as_of", .kind = COUNT_LABEL, .src = 4 },
};

static const struct grouped_counts hazard_counts = {
	.facts = HAZARD_FACTS,
	.measures = {
		"count(*)",
		"count(CASE WHEN f.rectified_date <= ?7 THEN 1 END)",
		"count(CASE WHEN " HAZARD_OPEN_ON_AS_OF("f") " THEN 1 END)",
		"count(CASE WHEN " HAZARD_OVERDUE_ON_AS_OF("f") " THEN 1 END)",
	},
	.constants = { "?7" },
	.by = {
		{ "level", &dim_hazard_level, "f.level", NULL },
		BY_TOWNSHIP_NAMED("f.township_id"),
		BY_COUNTY_NAMED("f.township_id"),
		BY_LEDGER_MONTH("f.found_date"),
		{ "finder", &dim_finder, "f.finder_kind", NULL },
		{ "unit", &dim_sector_unit,
		  "CAST(coalesce(f.unit_id, 0) AS INTEGER)", NULL },
	},
	.summaries = HAZARD_COHORT_SUMMARIES,
};

/* The hazards open on the as-of day, whenever found, under a title
 * naming the day. */
static int
open_list(struct ss_ctx *ctx, const struct filter *f,
    const struct query_params *p, const char *sector_zh)
{
	struct filter	 whenever = *f;
	char		 subject[128], empty[128];

	/* The list is not of the period: it covers everything found up to
	 * the as-of day, and its title says so. */
	snprintf(whenever.period.from, sizeof whenever.period.from,
	    "0001-01-01");
	snprintf(whenever.period.to, sizeof whenever.period.to, "%s", f->as_of);
	whenever.period.label[0] = '\0';
	snprintf(subject, sizeof subject, "%s未整改隐患", sector_zh);
	snprintf(empty, sizeof empty, "截至%s没有未整改的隐患", f->as_of);
	if (title_emit(ctx, &whenever, subject, NULL, 1) != SS_OK ||
	    query_list(ctx, HAZARD_OPEN_LIST, p, empty) != SS_OK)
		return SS_ERR;
	if (!ss_rich(ctx))
		return SS_OK;
	return ss_block(ctx, SS_BLOCK_NOTE, "不论何时发现、截至统计日仍未整改"
	    "的隐患，发现最早的在前；days_open = 发现至统计日的天数，"
	    "days_overdue = 超过整改期限的天数（未超期为0）。");
}

int
sector_hazards_run(struct ss_ctx *ctx, const struct ss_args *args,
    const char *sector, const char *sector_zh)
{
	const struct grouping	*by;
	struct query_params	 p;
	struct filter		 f;
	const char		*name = grouped_choice(args, sector_hazards_by);
	int			 level = ss_arg_choice(args, "level");
	char			 subject[128], period[64];

	if (ss_arg_has(args, "open") && name != NULL)
		return ss_error(ctx, "'--by %s' does not apply to the list of "
		    "open hazards: drop '--by' or '--open'", name);
	if (query_params_resolve(ctx, args, sector, &f, &p) != SS_OK)
		return SS_ERR;
	/* "all" (index 2) and no --level both mean every level. */
	query_params_add(&p, level == 0 || level == 1 ?
	    SS_TEXT_VALUE(sector_hazards_levels[level]) : SS_NULL_VALUE);
	if (ss_arg_has(args, "open"))
		return open_list(ctx, &f, &p, sector_zh);
	if ((by = grouped_find(&hazard_counts, name)) == NULL)
		return ss_error(ctx, "no grouping '%s'", name);
	snprintf(subject, sizeof subject, "%s隐患排查整改", sector_zh);
	if (title_emit(ctx, &f, subject, by->dim->what_zh, 1) != SS_OK ||
	    grouped_emit(ctx, &hazard_counts, &by, 1, hazard_cols,
	    (int)(sizeof hazard_cols / sizeof hazard_cols[0]), &p) != SS_OK)
		return SS_ERR;
	if (ss_rich(ctx)) {
		title_period_zh(&f.period, period, sizeof period);
		if (ss_block(ctx, SS_BLOCK_NOTE, "口径：%s内发现的隐患，截至%s"
		    "已整改、未整改、逾期（已过整改期限仍未整改）的数量；"
		    "rate_pct = 已整改 ÷ 发现。", period, f.as_of) != SS_OK)
			return SS_ERR;
	}
	return query_coverage_note(ctx, p.period);
}

int
sector_hazards_metrics(struct ss_ctx *ctx, const struct query_params *p)
{
	static const struct metric metrics[] = {
		{ "hazards_found", "排查隐患", METRIC_COUNT, "项", 0, 0, 0 },
		{ "hazards_rectified", "已整改隐患", METRIC_COUNT, "项", 1,
		  0, 0 },
		{ "hazards_rectified_pct", "隐患整改率", METRIC_RATE, NULL, 0,
		  1, 0 },
		{ "general_found", "一般隐患", METRIC_COUNT, "项", 2, 0, 0 },
		{ "general_rectified", "一般隐患已整改", METRIC_COUNT, "项", 3,
		  0, 0 },
		{ "general_rectified_pct", "一般隐患整改率", METRIC_RATE, NULL,
		  0, 3, 2 },
		{ "major_found", "重大事故隐患", METRIC_COUNT, "项", 4, 0, 0 },
		{ "major_rectified", "重大事故隐患已整改", METRIC_COUNT, "项",
		  5, 0, 0 },
		{ "major_rectified_pct", "重大事故隐患整改率", METRIC_RATE,
		  NULL, 0, 5, 4 },
		{ "hazards_open", "统计日未整改隐患", METRIC_COUNT, "项", 6,
		  0, 0 },
		{ "hazards_overdue", "其中逾期", METRIC_COUNT, "项", 7, 0, 0 },
	};

	char	*sql;
	int	 rc;

	if ((sql = grouped_total_sql(ctx, &hazard_figures, p)) == NULL)
		return SS_ERR;
	rc = metrics_add(ctx, metrics, 11, sql, p);
	free(sql);
	return rc;
}
