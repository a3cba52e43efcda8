/*
 * plugins/county/report.c -- `report [--year Y]`: the statistics of the
 * annual safety work summary, in Chinese, in the report's order, every
 * figure computed through the indicator catalogue.
 *
 * One pass serves every format: each figure is read with use(), which in
 * machine formats (csv, json ...) emits it as a row of one result set
 * (section, indicator, name, qualifier, value, unit, numerator,
 * denominator); in table and markdown the section functions write the
 * figures into sentences (ss_block paragraphs under titles) and a table
 * of major hazards by sector.  A sentence says only what the data show:
 * "未发生较大以上事故" only when none happened, zeros and falls phrased as
 * such.
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plugins/common/filter.h"
#include "plugins/common/lookup.h"
#include "plugins/common/rate.h"
#include "plugins/county/analysis.h"
#include "plugins/county/gaps.h"
#include "plugins/county/indicator.h"

#define PARAGRAPH_MAX	4096

const char report_help[] =
    "The statistics of the county's annual safety work summary, in Chinese\n"
    "and in the report's order: overall situation, the hazard campaign,\n"
    "enforcement, outreach, traffic, gas, chemicals, problems.  Every figure\n"
    "is computed from the ledgers through the indicator catalogue (see\n"
    "`trend`); hazards are the year's cohort, rectified by its last day.\n"
    "Table output is the text with a table of major hazards by sector;\n"
    "--format markdown gives a document with headings; csv, tsv, json and\n"
    "jsonl give one row per figure: section, indicator, name_zh,\n"
    "qualifier (a sector, department or township), value (yuan, metres,\n"
    "percent ...), unit, and the numerator and denominator of rates.";

const char *const report_examples[] = {
	"report --year 2023",
	"report --year 2023 --format markdown",
	"report --year 2025",
	NULL
};

const struct ss_option report_options[] = {
	ANALYSIS_YEAR_OPTIONS,
	{ .name = NULL }
};

/* The weak spots gaps_collect found, kept for the problems section. */
struct gap_list {
	struct gap	*v;
	size_t		 n, cap;
};

struct report {
	struct ss_ctx	*ctx;
	struct filter	 f;		/* the year */
	struct filter	 prev;		/* the year before, when in the data */
	int		 has_prev;
	int		 rich;		/* table/markdown: text; else rows */
	int		 year;
	int		 first_year;	/* the first ledger year */
	char		 para[PARAGRAPH_MAX];
	size_t		 used;
	struct gap_list	 gaps;		/* for the problems section */
};

/* ---------------------------------------------------------------- */
/* Figures and sentences                                            */
/* ---------------------------------------------------------------- */

/* Read one figure, narrowed to a sector or department (code and its
 * name) or a township (id) when given; machine formats get it as a row. */
static int
use_in(struct report *r, enum report_section section, const char *key,
    const char *sector, const char *dept, long long township,
    const char *qualifier, struct figure *out)
{
	const struct indicator	*ind = indicator_find(key);
	struct filter		 g = r->f;
	struct ss_value		 value;

	if (ind == NULL)
		return ss_error(r->ctx, "unknown indicator '%s'", key);
	indicator_filter_narrow(&g, sector, dept, township);
	if (indicator_eval(r->ctx, ind, &g, out) != SS_OK)
		return SS_ERR;
	if (r->rich)
		return SS_OK;
	value = !out->known ? SS_NULL_VALUE : indicator_is_integer(ind) ?
	    SS_INT_VALUE(out->count) : SS_REAL_VALUE(out->value);
	return ss_row(r->ctx, (struct ss_value[]){
	    SS_TEXT_VALUE(indicator_section_key(section)),
	    SS_TEXT_VALUE(ind->key),
	    SS_TEXT_VALUE(ind->name_zh),
	    SS_TEXT_VALUE(qualifier),
	    value,
	    SS_TEXT_VALUE(ind->unit),
	    ind->num != NULL ? SS_INT_VALUE(out->num) : SS_NULL_VALUE,
	    ind->num != NULL ? SS_INT_VALUE(out->den) : SS_NULL_VALUE });
}

/* Read one county-wide figure of the year. */
static int
use(struct report *r, enum report_section section, const char *key,
    struct figure *out)
{
	return use_in(r, section, key, NULL, NULL, 0, NULL, out);
}

/* Append to the paragraph being written (rich formats only). */
static void
say(struct report *r, const char *fmt, ...) SS_PRINTFLIKE(2, 3);

static void
say(struct report *r, const char *fmt, ...)
{
	va_list	 ap;
	int	 n;

	if (!r->rich || r->used >= sizeof r->para)
		return;
	va_start(ap, fmt);
	n = vsnprintf(r->para + r->used, sizeof r->para - r->used, fmt, ap);
	va_end(ap);
	if (n > 0)
		r->used += (size_t)n;
}

/* Emit the paragraph written so far, if any. */
static int
flush(struct report *r)
{
	int	 rc = SS_OK;

	if (r->rich && r->used > 0)
		rc = ss_block(r->ctx, SS_BLOCK_PARAGRAPH, "%s", r->para);
	r->used = 0;
	r->para[0] = '\0';
	return rc;
}

/* A section heading (rich formats only). */
static int
heading(struct report *r, const char *title)
{
	if (flush(r) != SS_OK)
		return SS_ERR;
	return r->rich ? ss_block(r->ctx, SS_BLOCK_TITLE, "%s", title) : SS_OK;
}

/* A Chinese numeral for a small rank (1 -> 一, 12 -> 十二), else digits. */
static void
chinese_number(long long n, char *buf, size_t size)
{
	static const char *const d[] = { "零", "一", "二", "三", "四", "五",
		"六", "七", "八", "九" };

	if (n >= 1 && n <= 9)
		snprintf(buf, size, "%s", d[n]);
	else if (n >= 10 && n <= 99)
		snprintf(buf, size, "%s十%s", n >= 20 ? d[n / 10] : "",
		    n % 10 ? d[n % 10] : "");
	else
		snprintf(buf, size, "%lld", n);
}

/* "，同比增加281项（增长26.9%）" / "减少" / "与上年持平": the change of an
 * integer indicator from the year before, or nothing for the first
 * ledger year. */
static int
say_change(struct report *r, const char *key, const struct figure *now)
{
	const struct indicator	*ind = indicator_find(key);
	struct figure		 last;
	struct ss_value		 pct;
	long long		 d;

	if (!r->has_prev || ind == NULL || !now->known)
		return SS_OK;
	if (indicator_eval(r->ctx, ind, &r->prev, &last) != SS_OK)
		return SS_ERR;
	if (!last.known)
		return SS_OK;
	d = now->count - last.count;
	pct = change_value(now->count, last.count);
	if (d == 0)
		say(r, "，与上年持平");
	else if (pct.type == SS_REAL)
		say(r, "，同比%s%lld%s（%s%.1f%%）", d > 0 ? "增加" : "减少",
		    d > 0 ? d : -d, ind->unit, d > 0 ? "增长" : "下降",
		    pct.u.r > 0 ? pct.u.r : -pct.u.r);
	else
		say(r, "，同比增加%lld%s", d, ind->unit);
	return SS_OK;
}

/* Names from a bound query's first column, joined with 、 (at most
 * `limit`), and how many rows there were. */
static int
names_of(struct report *r, const char *sql, char *buf, size_t n, int limit,
    int *count)
{
	struct ss_value	 params[FILTER_NPARAMS];
	struct ss_stmt	*st;
	size_t		 used = 0;
	int		 rc;

	*count = 0;
	buf[0] = '\0';
	filter_bind(&r->f, params);
	if ((st = ss_prepare(r->ctx, sql, params, FILTER_NPARAMS)) == NULL)
		return SS_ERR;
	while ((rc = ss_step(st)) == 1) {
		struct ss_value v = ss_column(st, 0);

		if (v.type == SS_TEXT && (*count)++ < limit && used < n)
			used += (size_t)snprintf(buf + used, n - used, "%s%s",
			    used ? "、" : "", v.u.s);
	}
	ss_finalize(st);
	return rc < 0 ? SS_ERR : SS_OK;
}

/* Every statement of names_of declares the seven filters (see
 * indicator.c), whether or not it uses each. */
#define NAMES_FILTERS \
	"WITH filter_params AS (SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7) "

/* ---------------------------------------------------------------- */
/* The sections                                                     */
/* ---------------------------------------------------------------- */

/* 一、总体情况: accidents (three years and this one), the risk index. */
static int
section_overview(struct report *r)
{
	struct figure	 larger3, acc, deaths, larger, prov, city;
	char		 a[16], b[16];

	if (heading(r, "一、全县安全生产总体情况") != SS_OK ||
	    use(r, SEC_OVERVIEW, "larger_accidents_3y", &larger3) != SS_OK ||
	    use(r, SEC_OVERVIEW, "accidents", &acc) != SS_OK ||
	    use(r, SEC_OVERVIEW, "accident_deaths", &deaths) != SS_OK ||
	    use(r, SEC_OVERVIEW, "larger_accidents", &larger) != SS_OK ||
	    use(r, SEC_OVERVIEW, "risk_rank_province", &prov) != SS_OK ||
	    use(r, SEC_OVERVIEW, "risk_rank_city", &city) != SS_OK)
		return SS_ERR;
	/* Three years, but never before the ledgers begin. */
	if (r->year - 2 < r->first_year && larger3.count == 0)
		say(r, "自%d年有台账记录以来，全县未发生较大以上生产安全事故。",
		    r->first_year);
	else if (larger3.count == 0)
		say(r, "三年以来（%d—%d年），全县未发生较大以上生产安全事故。",
		    r->year - 2, r->year);
	else
		say(r, "%d—%d年，全县发生较大以上生产安全事故%lld起。",
		    r->year - 2 < r->first_year ? r->first_year : r->year - 2,
		    r->year, larger3.count);
	if (acc.count == 0)
		say(r, "%d年全县未发生生产安全事故。", r->year);
	else if (larger.count == 0)
		say(r, "%d年全县发生生产安全事故%lld起、死亡%lld人，均为一般"
		    "事故。", r->year, acc.count, deaths.count);
	else
		say(r, "%d年全县发生生产安全事故%lld起、死亡%lld人，其中较大"
		    "以上事故%lld起。", r->year, acc.count, deaths.count,
		    larger.count);
	if (prov.known && city.known) {
		chinese_number(prov.count, a, sizeof a);
		chinese_number(city.count, b, sizeof b);
		say(r, "在全省安全风险指数通报中，我县排名全省第%s名、全市第%s"
		    "名。", a, b);
	}
	return flush(r);
}

/* The sectors' major hazards as a sentence and, in rich formats, a
 * table with a total row. */
static int
major_by_sector(struct report *r)
{
	static const struct ss_column cols[] = {
		{ .name = "sector", .type = SS_TEXT },
		{ .name = "major_hazards_found", .type = SS_INT },
		{ .name = "major_hazards_rectified", .type = SS_INT },
		{ .name = "rectification_rate_pct", .type = SS_REAL,
		  .scale = 1 },
	};
	struct ss_stmt	*st;
	struct figure	 found, fixed;
	char		 codes[32][64], names[32][128], zeros[512] = "";
	long long	 counts[32], fixes[32], total = 0, total_fixed = 0;
	int		 n = 0, i, j, best, rc, nzero = 0, listed = 0;
	size_t		 zused = 0;

	st = ss_prepare(r->ctx, "SELECT code, name_zh FROM sector"
	    " ORDER BY report_order", SS_NO_PARAMS);
	if (st == NULL)
		return SS_ERR;
	while ((rc = ss_step(st)) == 1 && n < 32) {
		snprintf(codes[n], sizeof codes[n], "%s", ss_column(st, 0).u.s);
		snprintf(names[n], sizeof names[n], "%s", ss_column(st, 1).u.s);
		n++;
	}
	ss_finalize(st);
	if (rc < 0)
		return SS_ERR;
	for (i = 0; i < n; i++) {
		if (use_in(r, SEC_CAMPAIGN, "major_hazards_found", codes[i],
		    NULL, 0, names[i], &found) != SS_OK ||
		    use_in(r, SEC_CAMPAIGN, "major_hazards_rectified", codes[i],
		    NULL, 0, names[i], &fixed) != SS_OK)
			return SS_ERR;
		counts[i] = found.count;
		fixes[i] = fixed.count;
		total += found.count;
		total_fixed += fixed.count;
	}
	if (total == 0 || !r->rich)
		return SS_OK;
	/* The sentence: the sectors with some, most first; then the rest. */
	say(r, "分行业领域看，");
	for (j = 0; j < n; j++) {
		for (best = -1, i = 0; i < n; i++)
			if (counts[i] > 0 && (best < 0 || counts[i] >
			    counts[best]))
				best = i;
		if (best < 0)
			break;
		say(r, "%s%s%lld项", listed++ ? "、" : "", names[best],
		    counts[best]);
		counts[best] = -counts[best];
	}
	for (i = 0; i < n; i++) {
		counts[i] = -counts[i];
		if (counts[i] == 0 && nzero++ < 3)
			zused += (size_t)snprintf(zeros + zused,
			    sizeof zeros - zused, "%s%s", zused ? "、" : "",
			    names[i]);
	}
	if (nzero > 3)
		say(r, "；%s等%d个行业领域未排查出重大事故隐患", zeros, nzero);
	else if (nzero > 0)
		say(r, "；%s未排查出重大事故隐患", zeros);
	say(r, "。");
	if (flush(r) != SS_OK ||
	    ss_block(r->ctx, SS_BLOCK_TITLE, "%d年重大事故隐患分行业领域情况",
	    r->year) != SS_OK ||
	    ss_begin(r->ctx, cols, 4) != SS_OK)
		return SS_ERR;
	for (i = 0; i < n; i++)
		if (ss_row(r->ctx, (struct ss_value[]){
		    SS_TEXT_VALUE(names[i]), SS_INT_VALUE(counts[i]),
		    SS_INT_VALUE(fixes[i]), rate_value(fixes[i], counts[i]) })
		    != SS_OK)
			return SS_ERR;
	if (ss_total(r->ctx, (struct ss_value[]){ SS_TEXT_VALUE("合计"),
	    SS_INT_VALUE(total), SS_INT_VALUE(total_fixed),
	    rate_value(total_fixed, total) }) != SS_OK)
		return SS_ERR;
	/* The host heads columns with their keys, which scripts rely on;
	 * in a Chinese document the note says what each one is. */
	if (ss_block(r->ctx, SS_BLOCK_NOTE, "列名：sector 行业领域；"
	    "major_hazards_found 排查重大事故隐患（项）；"
	    "major_hazards_rectified 截至%s已完成整改（项）；"
	    "rectification_rate_pct 整改率（%%）", r->f.as_of) != SS_OK)
		return SS_ERR;
	return ss_end(r->ctx);
}

/* 二、隐患排查整治: meetings, general and major hazards, inspections. */
static int
section_campaign(struct report *r)
{
	struct figure	 meet, sess, gf, gr, grate, mf, mdept, mself, mr,
			 mrate, mopen, lead;
	char		 periods[512];
	int		 nperiods;
	long long	 other;

	if (heading(r, "二、隐患排查整治工作开展情况") != SS_OK ||
	    use(r, SEC_CAMPAIGN, "meetings", &meet) != SS_OK ||
	    use(r, SEC_CAMPAIGN, "major_hazard_sessions", &sess) != SS_OK ||
	    use(r, SEC_CAMPAIGN, "general_hazards_found", &gf) != SS_OK ||
	    use(r, SEC_CAMPAIGN, "general_hazards_rectified", &gr) != SS_OK ||
	    use(r, SEC_CAMPAIGN, "general_rectification_rate", &grate) !=
	    SS_OK ||
	    use(r, SEC_CAMPAIGN, "major_hazards_found", &mf) != SS_OK ||
	    use(r, SEC_CAMPAIGN, "major_hazards_found_by_departments",
	    &mdept) != SS_OK ||
	    use(r, SEC_CAMPAIGN, "major_hazards_found_by_enterprises",
	    &mself) != SS_OK ||
	    use(r, SEC_CAMPAIGN, "major_hazards_rectified", &mr) != SS_OK ||
	    use(r, SEC_CAMPAIGN, "major_rectification_rate", &mrate) !=
	    SS_OK ||
	    use(r, SEC_CAMPAIGN, "major_hazards_open", &mopen) != SS_OK ||
	    use(r, SEC_CAMPAIGN, "leader_inspections", &lead) != SS_OK)
		return SS_ERR;
	say(r, "召开各类安全生产会议%lld场次", meet.count);
	if (sess.count > 0)
		say(r, "，其中专题学习研究部署重大事故隐患专项排查整治%lld次",
		    sess.count);
	say(r, "。");
	if (gf.count == 0)
		say(r, "全年未排查出一般隐患。");
	else {
		say(r, "累计排查一般隐患%lld项", gf.count);
		if (say_change(r, "general_hazards_found", &gf) != SS_OK)
			return SS_ERR;
		say(r, "，已完成整改%lld项，整改率%.1f%%。", gr.count,
		    grate.value);
	}
	if (mf.count == 0)
		say(r, "全年未排查出重大事故隐患。");
	else {
		other = mf.count - mdept.count - mself.count;
		say(r, "排查重大事故隐患%lld项", mf.count);
		if (say_change(r, "major_hazards_found", &mf) != SS_OK)
			return SS_ERR;
		say(r, "，其中部门检查发现%lld项、企业自查发现%lld项",
		    mdept.count, mself.count);
		if (other > 0)
			say(r, "、其他途径发现%lld项", other);
		say(r, "；已完成整改%lld项，整改率%.1f%%", mr.count,
		    mrate.value);
		if (mopen.count > 0)
			say(r, "，截至%s尚有%lld项未完成整改。", r->f.as_of,
			    mopen.count);
		else
			say(r, "，已全部完成整改。");
	}
	if (major_by_sector(r) != SS_OK ||
	    names_of(r, NAMES_FILTERS "SELECT k.name_zh FROM inspection i"
	    " JOIN period_kind k ON k.code = i.key_period"
	    " WHERE i.leader_led = 1 AND i.inspect_date BETWEEN ?1 AND ?2"
	    " AND " FILTER_PLACE("i") " GROUP BY k.code"
	    " ORDER BY min(i.inspect_date)", periods, sizeof periods, 8,
	    &nperiods) != SS_OK)
		return SS_ERR;
	if (lead.count == 0)
		say(r, "全年没有县主要领导带队检查的记录。");
	else if (nperiods > 0)
		say(r, "县主要领导在%s等重点时段带队检查重点企业%lld次。",
		    periods, lead.count);
	else
		say(r, "县主要领导带队检查重点企业%lld次。", lead.count);
	return flush(r);
}

/* 三、执法: penalties and fines. */
static int
section_enforcement(struct report *r)
{
	struct figure	 pen, fines;
	char		 wan[32];

	if (heading(r, "三、安全生产执法情况") != SS_OK ||
	    use(r, SEC_ENFORCEMENT, "penalties", &pen) != SS_OK ||
	    use(r, SEC_ENFORCEMENT, "fines", &fines) != SS_OK)
		return SS_ERR;
	if (pen.count == 0)
		say(r, "全年未实施安全生产行政处罚。");
	else {
		indicator_format_wan(fines.count, wan, sizeof wan);
		say(r, "实施安全生产行政处罚%lld起", pen.count);
		if (say_change(r, "penalties", &pen) != SS_OK)
			return SS_ERR;
		say(r, "，罚款%s万元。", wan);
	}
	return flush(r);
}

/* "演练72场、参与1521人次" or "未组织…" for one kind of event. */
static void
say_events(struct report *r, const char *what, const char *none,
    const struct figure *events, const struct figure *people)
{
	if (events->count == 0)
		say(r, "%s", none);
	else
		say(r, "%s%lld场，参与%lld人次", what, events->count,
		    people->count);
}

/* 四、宣传教育: publicity, drills, trainings, community activities. */
static int
section_outreach(struct report *r)
{
	struct figure	 leaf, sms, dr, drp, tr, trp, com, comp;
	char		 venues[256], what[400];
	int		 nvenues;

	if (heading(r, "四、安全宣传教育和应急演练") != SS_OK ||
	    use(r, SEC_OUTREACH, "leaflets", &leaf) != SS_OK ||
	    use(r, SEC_OUTREACH, "sms", &sms) != SS_OK ||
	    use(r, SEC_OUTREACH, "drills", &dr) != SS_OK ||
	    use(r, SEC_OUTREACH, "drill_participants", &drp) != SS_OK ||
	    use(r, SEC_OUTREACH, "trainings", &tr) != SS_OK ||
	    use(r, SEC_OUTREACH, "training_participants", &trp) != SS_OK ||
	    use(r, SEC_OUTREACH, "community_events", &com) != SS_OK ||
	    use(r, SEC_OUTREACH, "community_participants", &comp) != SS_OK ||
	    names_of(r, NAMES_FILTERS "SELECT l.name_zh FROM code_label l"
	    " WHERE l.list = 'outreach_event.venue' AND l.code IN"
	    " (SELECT o.venue FROM outreach_event o WHERE o.kind = 'community'"
	    " AND o.held_date BETWEEN ?1 AND ?2 AND " FILTER_PLACE("o") ")"
	    " ORDER BY l.sort_order", venues, sizeof venues, 8, &nvenues) !=
	    SS_OK)
		return SS_ERR;
	say(r, "累计发放各类宣传资料%lld份，发送安全宣传短信%lld条；",
	    leaf.count, sms.count);
	say_events(r, "企业组织事故应急演练", "企业未组织事故应急演练", &dr,
	    &drp);
	say(r, "；");
	say_events(r, "开展从业人员自救互救技能培训", "未开展从业人员自救互救"
	    "技能培训", &tr, &trp);
	say(r, "；");
	snprintf(what, sizeof what, "在%s开展科普宣传、情景模拟、逃生演练等"
	    "活动", nvenues > 0 ? venues : "村庄社区");
	say_events(r, what, "未开展村庄、社区、学校、家庭科普宣传活动", &com,
	    &comp);
	say(r, "。");
	return flush(r);
}

/* 五、道路交通: hazards, cases, overload control, clean-up, roads. */
static int
section_traffic(struct report *r)
{
	struct figure	 th, tr, cases, ops, wei, over, orate, signs, area,
			 debris, m3, vend, leaf, inv, invp, invr, len, lenp,
			 lenr, prot, protp, protr;
	char		 a[32], b[32], c[32], d[32], e[32];

	if (heading(r, "五、道路交通安全") != SS_OK ||
	    use(r, SEC_TRAFFIC, "traffic_hazards_found", &th) != SS_OK ||
	    use(r, SEC_TRAFFIC, "traffic_hazards_rectified", &tr) != SS_OK ||
	    use(r, SEC_TRAFFIC, "traffic_cases", &cases) != SS_OK ||
	    use(r, SEC_TRAFFIC, "overload_operations", &ops) != SS_OK ||
	    use(r, SEC_TRAFFIC, "vehicles_weighed", &wei) != SS_OK ||
	    use(r, SEC_TRAFFIC, "vehicles_over_limit", &over) != SS_OK ||
	    use(r, SEC_TRAFFIC, "over_limit_rate", &orate) != SS_OK ||
	    use(r, SEC_TRAFFIC, "signs_removed", &signs) != SS_OK ||
	    use(r, SEC_TRAFFIC, "signs_area_m2", &area) != SS_OK ||
	    use(r, SEC_TRAFFIC, "debris_places", &debris) != SS_OK ||
	    use(r, SEC_TRAFFIC, "debris_m3", &m3) != SS_OK ||
	    use(r, SEC_TRAFFIC, "vendors_persuaded", &vend) != SS_OK ||
	    use(r, SEC_TRAFFIC, "cleanup_leaflets", &leaf) != SS_OK ||
	    use(r, SEC_TRAFFIC, "rural_road_investment", &inv) != SS_OK ||
	    use(r, SEC_TRAFFIC, "rural_road_investment_plan", &invp) !=
	    SS_OK ||
	    use(r, SEC_TRAFFIC, "rural_road_investment_rate", &invr) !=
	    SS_OK ||
	    use(r, SEC_TRAFFIC, "rural_road_length", &len) != SS_OK ||
	    use(r, SEC_TRAFFIC, "rural_road_length_plan", &lenp) != SS_OK ||
	    use(r, SEC_TRAFFIC, "rural_road_length_rate", &lenr) != SS_OK ||
	    use(r, SEC_TRAFFIC, "protection_works_length", &prot) != SS_OK ||
	    use(r, SEC_TRAFFIC, "protection_works_plan", &protp) != SS_OK ||
	    use(r, SEC_TRAFFIC, "protection_works_rate", &protr) != SS_OK)
		return SS_ERR;
	say(r, "交通运输领域排查整治隐患%lld处，已整改%lld处；查处交通违法案件"
	    "%lld件；开展联合治超行动%lld次，检测货运车辆%lld辆次", th.count,
	    tr.count, cases.count, ops.count, wei.count);
	if (orate.known)
		say(r, "，其中超限超载%lld辆次，超限率%.1f%%", over.count,
		    orate.value);
	say(r, "。");
	if (signs.count + debris.count + vend.count + leaf.count > 0)
		say(r, "开展农村公路路域整治，拆除非公路标志%lld面（%lld平方米），"
		    "清理路面堆积物%lld处（%lld立方米），劝导占道经营%lld户，"
		    "发放宣传单%lld份。", signs.count, area.count, debris.count,
		    m3.count, vend.count, leaf.count);
	if (invr.known && lenr.known) {
		indicator_format_wan(inv.count, a, sizeof a);
		indicator_format_km(len.count, b, sizeof b);
		indicator_format_wan(invp.count, c, sizeof c);
		indicator_format_km(lenp.count, d, sizeof d);
		say(r, "完成四好农村路投资%s万元，提级改造路面%s公里，分别完成"
		    "年度计划（%s万元、%s公里）的%.1f%%和%.1f%%。", a, b, c, d,
		    invr.value, lenr.value);
	}
	if (protr.known) {
		indicator_format_km(prot.count, e, sizeof e);
		if (prot.count > protp.count)
			say(r, "实施公路安全生命防护工程%s公里，超额完成年度计划"
			    "任务（完成%.1f%%）。", e, protr.value);
		else
			say(r, "实施公路安全生命防护工程%s公里，完成年度计划任务的"
			    "%.1f%%。", e, protr.value);
	}
	return flush(r);
}

/* 六、城镇燃气: gas hazards, major ones, restaurants' alarms. */
static int
section_gas(struct report *r)
{
	struct figure	 hz, major, cov;

	if (heading(r, "六、城镇燃气安全") != SS_OK ||
	    use(r, SEC_GAS, "gas_hazards_found", &hz) != SS_OK ||
	    use(r, SEC_GAS, "gas_major_hazards", &major) != SS_OK ||
	    use(r, SEC_GAS, "gas_alarm_coverage", &cov) != SS_OK)
		return SS_ERR;
	say(r, "城镇燃气领域排查隐患%lld项，", hz.count);
	if (major.count == 0)
		say(r, "未排查出重大事故隐患");
	else
		say(r, "其中重大事故隐患%lld项", major.count);
	if (cov.known)
		say(r, "；餐饮用户可燃气体报警器安装使用率%.1f%%（%lld/%lld户）",
		    cov.value, cov.num, cov.den);
	say(r, "。");
	return flush(r);
}

/* 七、危化品: the warning meeting, the joint check, equipment defects. */
static int
section_chemicals(struct report *r)
{
	struct figure	 meet, found, fixed, units, defects, dfixed;
	char		 months[128];
	int		 nmonths;

	if (heading(r, "七、危险化学品安全") != SS_OK ||
	    use(r, SEC_CHEMICALS, "warning_meetings", &meet) != SS_OK ||
	    use(r, SEC_CHEMICALS, "hazchem_hazards_found", &found) != SS_OK ||
	    use(r, SEC_CHEMICALS, "hazchem_hazards_rectified", &fixed) !=
	    SS_OK ||
	    use(r, SEC_CHEMICALS, "equipment_units_checked", &units) !=
	    SS_OK ||
	    use(r, SEC_CHEMICALS, "equipment_defects", &defects) != SS_OK ||
	    use(r, SEC_CHEMICALS, "equipment_defects_fixed", &dfixed) != SS_OK ||
	    names_of(r, NAMES_FILTERS "SELECT DISTINCT CAST(strftime('%m',"
	    " m.held_date) AS INTEGER) || '月' FROM meeting m"
	    " WHERE m.kind = 'warning_education' AND m.held_date BETWEEN ?1"
	    " AND ?2 AND (?3 IS NULL OR m.county_id = ?3)"
	    " ORDER BY m.held_date", months, sizeof months, 12, &nmonths) !=
	    SS_OK)
		return SS_ERR;
	if (meet.count > 0)
		say(r, "%s召开危险化学品安全生产警示教育会%lld场。", months,
		    meet.count);
	if (found.count == 0)
		say(r, "危险化学品领域全年未排查出一般隐患。");
	else if (fixed.count == found.count)
		say(r, "对全县危化品生产经营单位开展检查，排查一般隐患%lld项，"
		    "已全部完成整改。", found.count);
	else
		say(r, "对全县危化品生产经营单位开展检查，排查一般隐患%lld项，"
		    "已完成整改%lld项，整改率%.1f%%。", found.count, fixed.count,
		    rate_tenths(fixed.count, found.count) / 10.0);
	if (units.count > 0)
		say(r, "开展化工装置设备带“病”运行专项检查，检查单位%lld家，"
		    "发现问题%lld项，已整改%lld项。", units.count, defects.count,
		    dfixed.count);
	return flush(r);
}

/* Keep one weak spot (and, in machine formats, emit its figure). */
static int
keep_gap(struct ss_ctx *ctx, const struct gap *g, void *arg)
{
	struct report		*r = arg;
	struct gap_list		*l = &r->gaps;
	const struct indicator	*ind = indicator_find(g->indicator);
	struct gap		*grown;

	(void)ctx;
	if (l->n == l->cap) {
		size_t cap = l->cap ? 2 * l->cap : 32;

		if ((grown = realloc(l->v, cap * sizeof *grown)) == NULL)
			return ss_error(r->ctx, "out of memory");
		l->v = grown;
		l->cap = cap;
	}
	l->v[l->n++] = *g;
	if (r->rich)
		return SS_OK;
	return ss_row(r->ctx, (struct ss_value[]){
	    SS_TEXT_VALUE(indicator_section_key(SEC_PROBLEMS)),
	    SS_TEXT_VALUE(g->indicator),
	    SS_TEXT_VALUE(ind != NULL ? ind->name_zh : NULL),
	    SS_TEXT_VALUE(g->subject),
	    g->value == (double)(long long)g->value && !g->is_ratio ?
	    SS_INT_VALUE((long long)g->value) : SS_REAL_VALUE(g->value),
	    SS_TEXT_VALUE(ind != NULL ? ind->unit : g->unit),
	    g->has_counts ? SS_INT_VALUE(g->numerator) : SS_NULL_VALUE,
	    g->has_counts ? SS_INT_VALUE(g->denominator) : SS_NULL_VALUE });
}

/* The subjects of the kept gaps of `kind` joined with 、 (those whose
 * value is zero, or not, or all), and how many. */
static int
subjects(const struct gap_list *l, const char *kind, int zero, char *buf,
    size_t n, int limit)
{
	size_t	 i, used = 0;
	int	 count = 0;

	buf[0] = '\0';
	for (i = 0; i < l->n; i++) {
		if (strcmp(l->v[i].kind, kind) != 0 ||
		    (zero == 1 && l->v[i].value != 0) ||
		    (zero == 0 && l->v[i].value == 0))
			continue;
		if (count++ < limit && used < n)
			used += (size_t)snprintf(buf + used, n - used, "%s%s",
			    used ? "、" : "", l->v[i].subject);
	}
	return count;
}

/* 八、存在问题: the weak spots, as the report's problems section says
 * them. */
static int
section_problems(struct report *r, struct gap_list *l)
{
	char		 names[1024];
	size_t		 i;
	int		 n, nz, said = 0;

	struct figure	 city;

	/* The city's average is the yardstick of the inspectors' finding;
	 * scripts get it as a figure of its own. */
	if (heading(r, "八、存在问题") != SS_OK ||
	    use(r, SEC_PROBLEMS, "city_inspectors_avg", &city) != SS_OK ||
	    gaps_collect(r->ctx, &r->f, keep_gap, r) != SS_OK)
		return SS_ERR;
	if (!r->rich)
		return SS_OK;
	n = subjects(l, "sector_low_major_hazards", 0, names, sizeof names,
	    16);
	nz = 0;
	if (n > 0 || subjects(l, "sector_low_major_hazards", 1, names,
	    sizeof names, 0) > 0) {
		say(r, "重大事故隐患排查不平衡，部分行业领域排查数量与监管对象"
		    "体量不匹配：");
		for (i = 0; i < l->n; i++)
			if (strcmp(l->v[i].kind, "sector_low_major_hazards") ==
			    0 && l->v[i].value != 0)
				say(r, "%s%s（监管单位%lld家）仅排查%lld项",
				    nz++ ? "，" : "", l->v[i].subject,
				    l->v[i].denominator, l->v[i].numerator);
		n = subjects(l, "sector_low_major_hazards", 1, names,
		    sizeof names, 3);
		if (n > 0)
			say(r, "%s%s%s未排查出重大事故隐患", nz ? "，" : "",
			    names, n > 3 ? "等领域" : "");
		for (i = 0; i < l->n; i++)
			if (strcmp(l->v[i].kind, "sector_low_major_hazards") ==
			    0) {
				say(r, "（全县平均每百家单位%.1f项）。",
				    l->v[i].yardstick);
				break;
			}
		said++;
	}
	if (subjects(l, "major_hazards_open", 2, names, sizeof names, 16) >
	    0) {
		say(r, "重大事故隐患整改尚未闭环：");
		for (i = 0, n = 0; i < l->n; i++)
			if (strcmp(l->v[i].kind, "major_hazards_open") == 0)
				say(r, "%s%s%.0f项", n++ ? "、" : "",
				    l->v[i].subject, l->v[i].value);
		say(r, "截至%s未完成整改。", r->f.as_of);
		said++;
	}
	if ((n = subjects(l, "department_no_assistance", 2, names,
	    sizeof names, 16)) > 0) {
		say(r, "对企业帮扶指导力度不够，%s%s帮扶指导重点企业数为0。",
		    names, n > 1 ? "等部门" : "");
		said++;
	}
	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i].kind, "county_inspectors_below_city") ==
		    0) {
			say(r, "%s", l->v[i].finding);
			n = subjects(l, "township_inspectors_below_city", 1,
			    names, sizeof names, 16);
			say(r, n > 0 ? "，其中%s没有技术检查员。" : "。", names);
			said++;
		}
	if ((n = subjects(l, "insurance_under_50", 2, names, sizeof names,
	    16)) > 0) {
		say(r, "%s行业领域生产经营单位安全生产责任险覆盖率%s", names,
		    n > 1 ? "分别为" : "为");
		for (i = 0, nz = 0; i < l->n; i++)
			if (strcmp(l->v[i].kind, "insurance_under_50") == 0)
				say(r, "%s%.1f%%", nz++ ? (nz == n ? "和" : "、") :
				    "", l->v[i].value);
		say(r, "，未达到50%%。");
		said++;
	}
	if (!said)
		say(r, "按各项指标衡量，未发现明显的薄弱环节。");
	return flush(r);
}

int
report_run(struct ss_ctx *ctx, const struct ss_args *args)
{
	static const struct ss_column cols[] = {
		{ .name = "section", .type = SS_TEXT },
		{ .name = "indicator", .type = SS_TEXT },
		{ .name = "name_zh", .type = SS_TEXT },
		{ .name = "qualifier", .type = SS_TEXT },
		{ .name = "value", .type = SS_REAL, .scale = -1 },
		{ .name = "unit", .type = SS_TEXT },
		{ .name = "numerator", .type = SS_INT },
		{ .name = "denominator", .type = SS_INT },
	};
	static struct report	 zero;
	struct report		 report = zero, *r = &report;
	int			 rc;

	r->ctx = ctx;
	r->rich = ss_rich(ctx);
	if (filter_from_args(ctx, args, &r->f) != SS_OK ||
	    indicator_check_year(ctx, r->f.period.year) != SS_OK ||
	    lookup_first_ledger_year(ctx, &r->first_year) != SS_OK)
		return SS_ERR;
	if ((r->year = r->f.period.year) > r->first_year) {
		r->prev = r->f;
		indicator_filter_year(&r->prev, r->year - 1, ss_today(ctx));
		r->has_prev = 1;
	}
	if (r->rich) {
		if (ss_block(ctx, SS_BLOCK_TITLE, "%d年全县安全生产工作情况统计",
		    r->year) != SS_OK ||
		    ss_block(ctx, SS_BLOCK_NOTE, "数据截至%s；隐患按当年排查、"
		    "截至%s整改的口径统计；金额、里程按台账精确到元、米",
		    r->f.as_of, r->f.as_of) != SS_OK)
			return SS_ERR;
	} else if (ss_begin(ctx, cols, 8) != SS_OK)
		return SS_ERR;
	rc = section_overview(r);
	if (rc == SS_OK)
		rc = section_campaign(r);
	if (rc == SS_OK)
		rc = section_enforcement(r);
	if (rc == SS_OK)
		rc = section_outreach(r);
	if (rc == SS_OK)
		rc = section_traffic(r);
	if (rc == SS_OK)
		rc = section_gas(r);
	if (rc == SS_OK)
		rc = section_chemicals(r);
	if (rc == SS_OK)
		rc = section_problems(r, &r->gaps);
	free(r->gaps.v);
	if (rc != SS_OK)
		return SS_ERR;
	return r->rich ? SS_OK : ss_end(ctx);
}
