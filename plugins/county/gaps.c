/*
 * plugins/county/gaps.c -- the weak spots of a year and the `gaps`
 * command.  Every figure comes from the indicator catalogue; the rules
 * that make a figure a weak spot are here, each with its yardstick:
 *
 *   sector_low_major_hazards  a sector's major hazards per 100 units it
 *	supervises under a third of the county's rate (all sectors);
 *   major_hazards_open        major hazards found in the year and still
 *	open at its end, by sector;
 *   sector_breakdown_gap      major hazards in sectors outside the
 *	breakdown the county's report uses (gaps_report_breakdown), so that
 *	the breakdown does not add up to the total;
 *   department_no_assistance  regulators that helped no key enterprise;
 *   insurance_under_50        sectors where safety-liability insurance is
 *	mandatory with coverage under 50% (the report's own line);
 *   county_inspectors_below_city / township_inspectors_below_city
 *	technical inspectors per township under the city's published
 *	average.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plugins/common/rate.h"
#include "plugins/county/analysis.h"
#include "plugins/county/gaps.h"
#include "plugins/county/indicator.h"

/* The report's breakdown of major hazards: "工贸77条、特种设备7条、交通运输
 * 5条、消防4条 … 建筑施工3条，自建房1条，燃气领域未排查出". */
const char *const gaps_report_breakdown[] = { "industry_trade",
	"special_equipment", "transport", "fire", "construction",
	"self_built", "gas", NULL };

/* One sector, department or township to go through. */
struct place {
	long long	 id;
	char		 code[64];
	char		 name[128];
};

struct places {
	struct place	*v;
	size_t		 n;
};

/* Read the (id, code, name) rows of a bound query. */
static int
load_places(struct ss_ctx *ctx, const char *sql,
    const struct ss_value *params, int nparams, struct places *out)
{
	struct ss_stmt	*st;
	struct place	*grown;
	size_t		 cap = 0;
	int		 rc;

	memset(out, 0, sizeof *out);
	if ((st = ss_prepare(ctx, sql, params, nparams)) == NULL)
		return SS_ERR;
	while ((rc = ss_step(st)) == 1) {
		struct ss_value code = ss_column(st, 1), name = ss_column(st, 2);

		if (out->n == cap) {
			cap = cap ? 2 * cap : 32;
			if ((grown = realloc(out->v, cap * sizeof *grown)) ==
			    NULL) {
				ss_finalize(st);
				free(out->v);
				return ss_error(ctx, "out of memory");
			}
			out->v = grown;
		}
		out->v[out->n].id = ss_column(st, 0).u.i;
		snprintf(out->v[out->n].code, sizeof out->v[0].code, "%s",
		    code.type == SS_TEXT ? code.u.s : "");
		snprintf(out->v[out->n].name, sizeof out->v[0].name, "%s",
		    name.type == SS_TEXT ? name.u.s : "");
		out->n++;
	}
	ss_finalize(st);
	if (rc < 0) {
		free(out->v);
		return SS_ERR;
	}
	return SS_OK;
}

/* Evaluate `key` with the filter narrowed to one sector (or department,
 * or township; NULL/0 leaves it as it is). */
static int
eval_in(struct ss_ctx *ctx, const char *key, const struct filter *f,
    const char *sector, const char *dept, long long township,
    struct figure *out)
{
	struct filter	 g = *f;

	indicator_filter_narrow(&g, sector, dept, township);
	return indicator_eval_key(ctx, key, &g, out);
}

/* Start a gap of `kind` about `subject`. */
static void
gap_init(struct gap *g, const char *kind, const char *indicator,
    const char *subject, const char *unit)
{
	memset(g, 0, sizeof *g);
	g->kind = kind;
	g->indicator = indicator;
	g->unit = unit;
	snprintf(g->subject, sizeof g->subject, "%s", subject);
}

/* Sectors with few major hazards for the units they supervise, and
 * major hazards still open at the year end, by sector. */
static int
sector_gaps(struct ss_ctx *ctx, const struct filter *f,
    const struct places *sectors, gap_fn fn, void *arg)
{
	struct figure	 county, units, major, open;
	struct gap	 g;
	size_t		 i;

	if (indicator_eval_key(ctx, "major_hazards_per_100_units", f, &county)
	    != SS_OK)
		return SS_ERR;
	for (i = 0; i < sectors->n && county.known; i++) {
		const struct place *s = &sectors->v[i];

		if (eval_in(ctx, "units_supervised", f, s->code, NULL, 0,
		    &units) != SS_OK ||
		    eval_in(ctx, "major_hazards_found", f, s->code, NULL, 0,
		    &major) != SS_OK)
			return SS_ERR;
		/* under a third of the county rate, in exact integers:
		 * major / units < county_major / (3 county_units) */
		if (units.count == 0 ||
		    3 * major.count * county.den >= county.num * units.count)
			continue;
		gap_init(&g, "sector_low_major_hazards",
		    "major_hazards_per_100_units", s->name, "项/百家");
		g.has_counts = g.is_ratio = g.has_value = g.has_yardstick = 1;
		g.numerator = major.count;
		g.denominator = units.count;
		g.value = rate_tenths(major.count, units.count) / 10.0;
		g.yardstick = county.value;
		if (major.count == 0)
			snprintf(g.finding, sizeof g.finding, "%s领域监管单位"
			    "%lld家，未排查出重大事故隐患（全县每百家单位%.1f"
			    "项）", s->name, units.count, county.value);
		else
			snprintf(g.finding, sizeof g.finding, "%s领域监管单位"
			    "%lld家，仅排查重大事故隐患%lld项，每百家%.1f项，"
			    "不足全县平均（每百家%.1f项）的三分之一", s->name,
			    units.count, major.count, g.value, county.value);
		if (fn(ctx, &g, arg) != SS_OK)
			return SS_ERR;
	}
	for (i = 0; i < sectors->n; i++) {
		const struct place *s = &sectors->v[i];

		if (eval_in(ctx, "major_hazards_open", f, s->code, NULL, 0,
		    &open) != SS_OK ||
		    eval_in(ctx, "major_hazards_found", f, s->code, NULL, 0,
		    &major) != SS_OK)
			return SS_ERR;
		if (open.count == 0)
			continue;
		gap_init(&g, "major_hazards_open", "major_hazards_open",
		    s->name, "项");
		g.has_counts = g.has_value = g.has_yardstick = 1;
		g.numerator = open.count;
		g.denominator = major.count;
		g.value = (double)open.count;
		g.yardstick = (double)major.count;
		snprintf(g.finding, sizeof g.finding, "%s领域排查重大事故隐患"
		    "%lld项，截至%s仍有%lld项未完成整改", s->name, major.count,
		    f->as_of, open.count);
		if (fn(ctx, &g, arg) != SS_OK)
			return SS_ERR;
	}
	return SS_OK;
}

/* Nonzero when `code` is one of the report's breakdown sectors. */
static int
in_breakdown(const char *code)
{
	int	 i;

	for (i = 0; gaps_report_breakdown[i] != NULL; i++)
		if (strcmp(gaps_report_breakdown[i], code) == 0)
			return 1;
	return 0;
}

/* Major hazards in sectors the report's breakdown leaves out. */
static int
breakdown_gaps(struct ss_ctx *ctx, const struct filter *f,
    const struct places *sectors, gap_fn fn, void *arg)
{
	struct figure	 total, part;
	struct gap	 g;
	long long	 listed = 0;
	size_t		 i;

	if (indicator_eval_key(ctx, "major_hazards_found", f, &total) != SS_OK)
		return SS_ERR;
	for (i = 0; i < sectors->n; i++) {
		if (!in_breakdown(sectors->v[i].code))
			continue;
		if (eval_in(ctx, "major_hazards_found", f,
		    sectors->v[i].code, NULL, 0, &part) != SS_OK)
			return SS_ERR;
		listed += part.count;
	}
	for (i = 0; i < sectors->n; i++) {
		const struct place *s = &sectors->v[i];

		if (in_breakdown(s->code))
			continue;
		if (eval_in(ctx, "major_hazards_found", f, s->code, NULL, 0,
		    &part) != SS_OK)
			return SS_ERR;
		if (part.count == 0)
			continue;
		gap_init(&g, "sector_breakdown_gap", "major_hazards_found",
		    s->name, "项");
		g.has_counts = g.has_value = g.has_yardstick = 1;
		g.numerator = part.count;
		g.denominator = total.count;
		g.value = (double)part.count;
		g.yardstick = (double)total.count;
		snprintf(g.finding, sizeof g.finding, "%s领域重大事故隐患%lld项"
		    "不在报告常列的工贸、特种设备、交通运输、消防、建筑施工、"
		    "自建房、燃气等7个行业领域中：这7个领域合计%lld项，全县共"
		    "%lld项", s->name, part.count, listed, total.count);
		if (fn(ctx, &g, arg) != SS_OK)
			return SS_ERR;
	}
	return SS_OK;
}

/* Departments that helped no key enterprise. */
static int
assistance_gaps(struct ss_ctx *ctx, const struct filter *f, gap_fn fn,
    void *arg)
{
	struct places	 depts;
	struct figure	 fig, key_units;
	struct gap	 g;
	long long	 helped = 0;
	size_t		 i;
	int		 rc = SS_OK;

	/* The base of each department's count: the county's key
	 * enterprises, any of which a department may help. */
	if (indicator_eval_key(ctx, "key_units", f, &key_units) != SS_OK ||
	    load_places(ctx, "SELECT 0, code, short_zh FROM department"
	    " WHERE kind = 'regulator' ORDER BY report_order", SS_NO_PARAMS,
	    &depts) != SS_OK)
		return SS_ERR;
	/* The yardstick: key enterprises helped per regulator, on average. */
	for (i = 0; i < depts.n && rc == SS_OK; i++) {
		rc = eval_in(ctx, "assisted_key_units", f, NULL,
		    depts.v[i].code, 0, &fig);
		helped += fig.count;
	}
	for (i = 0; i < depts.n && rc == SS_OK; i++) {
		if ((rc = eval_in(ctx, "assisted_key_units", f, NULL,
		    depts.v[i].code, 0, &fig)) != SS_OK || fig.count != 0)
			continue;
		gap_init(&g, "department_no_assistance",
		    "assisted_key_units", depts.v[i].name, "家");
		g.has_counts = g.has_value = g.has_yardstick = 1;
		g.numerator = 0;
		g.denominator = key_units.count;
		g.value = 0;
		g.yardstick = rate_tenths(helped, 100 * (long long)depts.n) /
		    10.0;
		snprintf(g.finding, sizeof g.finding, "%s帮扶指导重点企业数为0"
		    "（全县重点企业%lld家，%zu个监管部门平均帮扶%.1f家）",
		    depts.v[i].name, key_units.count, depts.n, g.yardstick);
		rc = fn(ctx, &g, arg);
	}
	free(depts.v);
	return rc;
}

/* Mandatory sectors with insurance coverage under 50%. */
static int
insurance_gaps(struct ss_ctx *ctx, const struct filter *f,
    const struct places *sectors, gap_fn fn, void *arg)
{
	struct figure	 fig;
	struct gap	 g;
	size_t		 i;

	for (i = 0; i < sectors->n; i++) {
		if (eval_in(ctx, "insurance_coverage", f, sectors->v[i].code,
		    NULL, 0, &fig) != SS_OK)
			return SS_ERR;
		if (!fig.known || 2 * fig.num >= fig.den)
			continue;
		gap_init(&g, "insurance_under_50", "insurance_coverage",
		    sectors->v[i].name, "%");
		g.has_counts = g.is_ratio = g.has_value = g.has_yardstick = 1;
		g.numerator = fig.num;
		g.denominator = fig.den;
		g.value = fig.value;
		g.yardstick = 50;
		snprintf(g.finding, sizeof g.finding, "%s行业领域应投保安全生产"
		    "责任险单位%lld家，已投保%lld家，覆盖率%.1f%%，未达到50%%",
		    sectors->v[i].name, fig.den, fig.num, fig.value);
		if (fn(ctx, &g, arg) != SS_OK)
			return SS_ERR;
	}
	return SS_OK;
}

/* Technical inspectors per township against the city's average. */
static int
inspector_gaps(struct ss_ctx *ctx, const struct filter *f, gap_fn fn,
    void *arg)
{
	struct places	 towns;
	struct figure	 city, mean, fig;
	struct gap	 g;
	size_t		 i;
	int		 rc = SS_OK;

	if (indicator_eval_key(ctx, "city_inspectors_avg", f, &city) != SS_OK ||
	    indicator_eval_key(ctx, "township_inspectors_avg", f, &mean) !=
	    SS_OK)
		return SS_ERR;
	if (!city.known || !mean.known)
		return SS_OK;
	if (mean.value < city.value) {
		gap_init(&g, "county_inspectors_below_city",
		    "township_inspectors_avg", "全县", "人/乡镇");
		g.has_counts = g.is_ratio = g.has_value = g.has_yardstick = 1;
		g.numerator = mean.num;
		g.denominator = mean.den;
		g.value = mean.value;
		g.yardstick = city.value;
		snprintf(g.finding, sizeof g.finding, "乡镇专兼职技术检查员共"
		    "%lld人，平均每个乡镇%.1f人，%s全市平均水平（%.1f人）",
		    mean.num, mean.value, 2 * mean.value < city.value ?
		    "远低于" : "低于", city.value);
		if (fn(ctx, &g, arg) != SS_OK)
			return SS_ERR;
	}
	if (load_places(ctx, "SELECT t.township_id, t.code, t.name_zh"
	    " FROM township t JOIN county c ON c.county_id = t.county_id"
	    " WHERE c.ledger = 1 AND (?1 IS NULL OR t.county_id = ?1)"
	    " ORDER BY t.code", SS_PARAMS(f->county.id != 0 ?
	    SS_INT_VALUE(f->county.id) : SS_NULL_VALUE), &towns) != SS_OK)
		return SS_ERR;
	for (i = 0; i < towns.n && rc == SS_OK; i++) {
		if ((rc = eval_in(ctx, "township_inspectors", f, NULL, NULL,
		    towns.v[i].id, &fig)) != SS_OK || fig.value >= city.value)
			continue;
		gap_init(&g, "township_inspectors_below_city",
		    "township_inspectors", towns.v[i].name,
		    "人");
		g.has_value = g.has_yardstick = 1;
		g.value = (double)fig.count;
		g.yardstick = city.value;
		snprintf(g.finding, sizeof g.finding, "%s专兼职技术检查员%lld人，"
		    "低于全市乡镇平均%.1f人", towns.v[i].name, fig.count,
		    city.value);
		rc = fn(ctx, &g, arg);
	}
	free(towns.v);
	return rc;
}

int
gaps_collect(struct ss_ctx *ctx, const struct filter *f, gap_fn fn,
    void *arg)
{
	struct places	 sectors;
	int		 rc;

	if (load_places(ctx, "SELECT 0, code, name_zh FROM sector"
	    " ORDER BY report_order", SS_NO_PARAMS, &sectors) != SS_OK)
		return SS_ERR;
	rc = sector_gaps(ctx, f, &sectors, fn, arg);
	if (rc == SS_OK)
		rc = breakdown_gaps(ctx, f, &sectors, fn, arg);
	if (rc == SS_OK)
		rc = assistance_gaps(ctx, f, fn, arg);
	if (rc == SS_OK)
		rc = inspector_gaps(ctx, f, fn, arg);
	if (rc == SS_OK)
		rc = insurance_gaps(ctx, f, &sectors, fn, arg);
	free(sectors.v);
	return rc;
}

/* ---------------------------------------------------------------- */
/* The command                                                      */
/* ---------------------------------------------------------------- */

const char gaps_help[] =
    "The weak spots of a year, each a row with its finding (in Chinese),\n"
    "the figure that shows it and the yardstick it was compared with:\n"
    "  sector_low_major_hazards      major hazards per 100 supervised units\n"
    "                                under a third of the county's rate\n"
    "  major_hazards_open            major hazards of the year still open\n"
    "                                at its end (yardstick: those found)\n"
    "  sector_breakdown_gap          major hazards outside the report's\n"
    "                                usual breakdown (工贸 … 城镇燃气)\n"
    "  department_no_assistance      regulators that helped no key\n"
    "                                enterprise (yardstick: the average)\n"
    "  county_inspectors_below_city  technical inspectors per township\n"
    "  township_inspectors_below_city  under the city's average\n"
    "  insurance_under_50            mandatory insurance coverage under 50%";

const char *const gaps_examples[] = {
	"gaps --year 2023",
	"gaps --year 2025",
	NULL
};

const struct ss_option gaps_options[] = {
	ANALYSIS_YEAR_OPTIONS,
	{ .name = NULL }
};

/* Emit one gap as a row. */
static int
emit_gap(struct ss_ctx *ctx, const struct gap *g, void *arg)
{
	(void)arg;
	return ss_row(ctx, (struct ss_value[]){
	    SS_TEXT_VALUE(g->kind),
	    SS_TEXT_VALUE(g->subject),
	    g->has_counts ? SS_INT_VALUE(g->numerator) : SS_NULL_VALUE,
	    g->has_counts ? SS_INT_VALUE(g->denominator) : SS_NULL_VALUE,
	    g->has_value ? SS_REAL_VALUE(g->value) : SS_NULL_VALUE,
	    g->has_yardstick ? SS_REAL_VALUE(g->yardstick) : SS_NULL_VALUE,
	    SS_TEXT_VALUE(g->unit),
	    SS_TEXT_VALUE(g->finding) });
}

int
gaps_run(struct ss_ctx *ctx, const struct ss_args *args)
{
	static const struct ss_column cols[] = {
		{ .name = "kind", .type = SS_TEXT },
		{ .name = "subject", .type = SS_TEXT },
		{ .name = "numerator", .type = SS_INT },
		{ .name = "denominator", .type = SS_INT },
		{ .name = "value", .type = SS_REAL, .scale = -1 },
		{ .name = "yardstick", .type = SS_REAL, .scale = -1 },
		{ .name = "unit", .type = SS_TEXT },
		{ .name = "finding", .type = SS_TEXT },
	};
	struct filter	 f;

	if (filter_from_args(ctx, args, &f) != SS_OK ||
	    indicator_check_year(ctx, f.period.year) != SS_OK)
		return SS_ERR;
	if (ss_block(ctx, SS_BLOCK_TITLE, "%s年安全生产薄弱环节（截至%s）",
	    f.period.label, f.as_of) != SS_OK ||
	    ss_begin(ctx, cols, 8) != SS_OK ||
	    gaps_collect(ctx, &f, emit_gap, NULL) != SS_OK ||
	    ss_block(ctx, SS_BLOCK_NOTE, "sector_low_major_hazards：该行业领域"
	    "每百家监管单位排查重大事故隐患数不足全县水平的三分之一；"
	    "major_hazards_open：当年排查、截至%s仍未完成整改；"
	    "insurance_under_50：覆盖率 = 已投保单位 ÷ 应投保单位（%s在营的"
	    "强制投保行业领域单位）", f.as_of, f.as_of) != SS_OK)
		return SS_ERR;
	return ss_end(ctx);
}
