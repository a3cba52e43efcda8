/*
 * data/gen/outreach.c -- safety meetings, drills, trainings, community
 * activities, and publicity (leaflets, SMS).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "data/gen/gen.h"

#define N(a) (int)(sizeof (a) / sizeof (a)[0])

static const char *const ordinal[] = {
	"一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
};

/* One meeting row. */
static void
meeting(struct county *c, int dept, const char *kind, int day,
    const char *title)
{
	struct gen	*g = c->g;
	struct ins	*s = st(g, ST_MEETING);

	b_int(s, 1, c->county_id);
	b_text(s, 2, dept_info[dept].code);
	b_text(s, 3, kind);
	b_day(s, 4, day);
	b_text(s, 5, title);
	db_insert(g, s);
}

/* The year's meetings: the plan's total, of which the special sessions
 * on major hazards and the warning-education meeting; the rest are the
 * committee's plenaries, pre-holiday meetings, reviews and deployments. */
static void
meetings(struct county *c, struct rng *r, int yi)
{
	static const char *const holidays[] = { "元旦春节", "清明五一", "端午",
	    "中秋国庆" };
	static const int holiday_month[] = { 1, 4, 6, 9 };
	static const char *const deployments[] = {
		"安全生产月活动动员部署会", "安全生产大排查大整治工作部署会",
		"岁末年初安全生产工作部署会", "安全生产专项整治推进会",
		"汛期安全生产工作部署会",
	};
	const struct year_plan	*p = &c->plan[yi];
	char			 title[256];
	int			 y = YEAR_FIRST + yi, n = 0, k, day;

	for (k = 0; k < p->major_hazard_sessions && n < p->meetings; k++, n++) {
		day = (int)rng_range(r, day_from_ymd(y, 4, 1),
		    day_from_ymd(y, 12, 20));
		if (k == 0)
			snprintf(title, sizeof title, "专题学习安全生产十五条硬措施"
			    "暨研究部署重大事故隐患专项排查整治工作会");
		else
			snprintf(title, sizeof title, "重大事故隐患专项排查整治工作"
			    "专题调度会（第%s次）", ordinal[k % 10]);
		meeting(c, DEPT_SAC, "major_hazard_session", day, title);
	}
	for (k = 0; k < p->warning_education && n < p->meetings; k++, n++)
		meeting(c, DEPT_EMB, "warning_education",
		    (int)rng_range(r, day_from_ymd(y, 9, 11),
		    day_from_ymd(y, 9, 28)),
		    "全县危险化学品安全生产警示教育会");
	for (k = 0; k < 2 && n < p->meetings; k++, n++) {
		snprintf(title, sizeof title, "%s安全生产委员会%d年第%s次全体"
		    "（扩大）会议", c->name_zh, y, ordinal[k]);
		meeting(c, DEPT_SAC, "committee_plenary", (int)rng_range(r,
		    day_from_ymd(y, k == 0 ? 2 : 7, 1),
		    day_from_ymd(y, k == 0 ? 3 : 8, 20)), title);
	}
	for (k = 0; k < N(holidays) && n < p->meetings; k++, n++) {
		snprintf(title, sizeof title, "%s节前安全防范工作部署会",
		    holidays[k]);
		day = holiday_month[k] == 1 ? (int)rng_range(r,
		    day_from_ymd(y, 1, 5), day_from_ymd(y, 1, 15)) :
		    (int)rng_range(r, day_from_ymd(y, holiday_month[k], 5),
		    day_from_ymd(y, holiday_month[k], 20));
		meeting(c, DEPT_EMB, "holiday_deployment", day, title);
	}
	for (k = 0; k < 4 && n < p->meetings; k++, n++) {
		snprintf(title, sizeof title, "第%s季度安全生产形势分析调度会",
		    ordinal[k]);
		meeting(c, DEPT_SAC, "dispatch", (int)rng_range(r,
		    day_from_ymd(y, 3 * k + 1, 20), day_from_ymd(y, 3 * k + 2, 10)),
		    title);
	}
	if (n < p->meetings) {
		meeting(c, DEPT_EMB, "disaster_prevention", (int)rng_range(r,
		    day_from_ymd(y, 4, 20), day_from_ymd(y, 5, 20)),
		    "全县防汛抗旱暨地质灾害防治工作会");
		n++;
	}
	for (k = 0; n < p->meetings; k++, n++) {
		if (k % 3 == 2) {
			snprintf(title, sizeof title, "县政府常务会议专题研究安全生产"
			    "工作（第%d次）", (int)rng_range(r, 3, 40));
			meeting(c, DEPT_SAC, "government_standing",
			    pick_day(r, y, NULL), title);
		} else
			meeting(c, DEPT_EMB, "deployment", pick_day(r, y, NULL),
			    deployments[rng_range(r, 0, N(deployments) - 1)]);
	}
}

/* Drills and trainings cluster in the June safety month and the
 * November fire-safety month. */
static const double drill_months[12] = {
	0.5, 0.4, 0.8, 1.0, 1.2, 2.2, 0.9, 0.8, 1.0, 1.0, 1.6, 0.9,
};

static const double drill_sectors[NSECTORS] = {
	[SEC_INDUSTRY_TRADE] = 6, [SEC_HAZCHEM] = 3, [SEC_FIREWORKS] = 1,
	[SEC_MINING] = 1, [SEC_CONSTRUCTION] = 2, [SEC_SPECIAL_EQUIPMENT] = 1,
	[SEC_GAS] = 1, [SEC_TRANSPORT] = 1.5, [SEC_FIRE] = 3,
	[SEC_TOURISM] = 1.5, [SEC_WATER] = 0.5,
};
static const char *const drill_scenarios[NSECTORS] = {
	[SEC_INDUSTRY_TRADE] = "粉尘爆炸及火灾", [SEC_HAZCHEM] = "危险化学品泄漏",
	[SEC_FIREWORKS] = "烟花爆竹仓库火灾", [SEC_MINING] = "边坡坍塌",
	[SEC_CONSTRUCTION] = "高处坠落及坍塌", [SEC_SPECIAL_EQUIPMENT] = "电梯困人",
	[SEC_GAS] = "燃气泄漏", [SEC_TRANSPORT] = "客车火灾疏散",
	[SEC_FIRE] = "火灾人员疏散", [SEC_TOURISM] = "景区游客疏散",
	[SEC_WATER] = "防汛抢险",
};
static const char *const training_topics[] = {
	"心肺复苏", "止血包扎", "火灾逃生自救", "有限空间救援", "灭火器使用",
	"危险化学品泄漏应急处置",
};

enum event_kind { EV_DRILL, EV_TRAINING };

/* n drills or trainings at enterprises, `people` participants in all. */
static void
enterprise_events(struct county *c, struct rng *r, int y,
    enum event_kind kind, int n, int people, int lo, int hi)
{
	struct gen		*g = c->g;
	const struct unitref	*u;
	struct ins		*s;
	int64_t			*part;
	char			 title[256];
	int			 i, day, sector;

	if (n <= 0)
		return;
	part = calloc((size_t)n, sizeof *part);
	if (part == NULL)
		die("out of memory");
	if (rng_partition(r, part, n, people, lo, hi, 1) != 0)
		die("cannot split %d participants over %d events", people, n);
	for (i = 0; i < n; i++) {
		day = pick_day(r, y, drill_months);
		sector = rng_weighted(r, drill_sectors, NSECTORS);
		u = pick_unit(c, r, sector, day);
		if (kind == EV_DRILL)
			snprintf(title, sizeof title, "%s事故应急演练",
			    drill_scenarios[sector]);
		else
			snprintf(title, sizeof title, "从业人员自救互救技能培训（%s）",
			    training_topics[rng_range(r, 0,
			    N(training_topics) - 1)]);
		s = st(g, ST_OUTREACH);
		b_int(s, 1, c->township_id[u != NULL ? u->township :
		    pick_township(c, r)]);
		b_id0(s, 2, u != NULL ? u->id : 0);
		b_null(s, 3);		/* organised by the enterprise */
		b_text(s, 4, kind == EV_DRILL ? "drill" : "training");
		b_text(s, 5, "enterprise");
		b_day(s, 6, day);
		b_int(s, 7, part[i]);
		b_text(s, 8, title);
		db_insert(g, s);
	}
	free(part);
}

/* qsort order: largest first. */
static int
int64_desc(const void *a, const void *b)
{
	int64_t	x = *(const int64_t *)a, y = *(const int64_t *)b;

	return x < y ? 1 : x > y ? -1 : 0;
}

/* Community activities in villages, communities, schools and families:
 * schools and villages draw the larger audiences, families the small. */
static void
community(struct county *c, struct rng *r, int y, int n, int people)
{
	static const char *const venues[] = { "school", "community", "village",
	    "family" };
	static const double venue_weights[] = { 0.25, 0.25, 0.35, 0.15 };
	static const char *const titles[][3] = {
		{ "校园地震逃生演练暨安全知识讲座", "防溺水安全教育进校园",
		    "消防安全疏散演练进校园" },
		{ "“安全宣传五进”进社区科普宣传", "社区燃气安全情景模拟",
		    "社区应急避险实战推演" },
		{ "安全知识进农村暨应急避险情景模拟", "农村自建房安全宣传",
		    "防汛避险转移实战推演" },
		{ "安全知识进家庭入户宣传", "家庭燃气安全自查指导",
		    "平安家庭应急知识讲解" },
	};
	struct gen	*g = c->g;
	struct ins	*s;
	int64_t		*part;
	int		*venue, count[4] = { 0 }, i, v, k, slot[4];

	if (n <= 0)
		return;
	part = calloc((size_t)n, sizeof *part);
	venue = calloc((size_t)n, sizeof *venue);
	if (part == NULL || venue == NULL)
		die("out of memory");
	if (rng_partition(r, part, n, people, 12, 300, 1) != 0)
		die("cannot split %d participants over %d activities", people, n);
	qsort(part, (size_t)n, sizeof *part, int64_desc);
	for (i = 0; i < n; i++)
		count[venue[i] = rng_weighted(r, venue_weights, 4)]++;
	/* Hand out the sorted sizes by venue: schools first, families last. */
	slot[0] = 0;
	for (v = 1; v < 4; v++)
		slot[v] = slot[v - 1] + count[v - 1];
	for (i = 0; i < n; i++) {
		v = venue[i];
		k = slot[v]++;
		s = st(g, ST_OUTREACH);
		b_int(s, 1, c->township_id[pick_township(c, r)]);
		b_null(s, 2);
		b_text(s, 3, dept_info[v == 0 ? DEPT_EDU : DEPT_EMB].code);
		b_text(s, 4, "community");
		b_text(s, 5, venues[v]);
		b_day(s, 6, pick_day(r, y, drill_months));
		b_int(s, 7, part[k]);
		b_text(s, 8, titles[v][rng_range(r, 0, 2)]);
		db_insert(g, s);
	}
	free(part);
	free(venue);
}

/* Leaflet and SMS batches summing to the plan's totals. */
static void
publicity(struct county *c, struct rng *r, int yi)
{
	static const struct { const char *occasion; int month; int dept; }
	    leaflet_occasions[] = {
		{ "安全宣传咨询日", 6, DEPT_EMB },
		{ "安全生产月", 6, DEPT_EMB },
		{ "安全宣传“五进”", 0, DEPT_EMB },
		{ "119消防宣传月", 11, DEPT_FIRE },
		{ "防灾减灾日", 5, DEPT_EMB },
		{ "春节前安全提示", 1, DEPT_EMB },
		{ "燃气安全宣传", 0, DEPT_HUD },
		{ "道路交通安全宣传", 0, DEPT_PSB },
	};
	static const char *const sms_occasions[] = {
		"节前安全提示短信", "汛期安全提示短信", "安全生产月主题短信",
		"森林防火提示短信",
	};
	const struct year_plan	*p = &c->plan[yi];
	struct gen		*g = c->g;
	struct ins		*s;
	int64_t			*q;
	int			 i, k, day, y = YEAR_FIRST + yi, n;

	n = p->leaflet_batches > p->sms_batches ? p->leaflet_batches :
	    p->sms_batches;
	q = calloc((size_t)n + 1, sizeof *q);
	if (q == NULL)
		die("out of memory");
	if (rng_partition(r, q, p->leaflet_batches, p->leaflets, 100, 5000,
	    10) != 0)
		die("cannot split %lld leaflets", (long long)p->leaflets);
	for (i = 0; i < p->leaflet_batches; i++) {
		k = (int)rng_range(r, 0, N(leaflet_occasions) - 1);
		day = leaflet_occasions[k].month > 0 ? (int)rng_range(r,
		    day_from_ymd(y, leaflet_occasions[k].month, 1),
		    day_from_ymd(y, leaflet_occasions[k].month, 28)) :
		    pick_day(r, y, NULL);
		s = st(g, ST_PUBLICITY);
		b_int(s, 1, c->county_id);
		b_text(s, 2, dept_info[leaflet_occasions[k].dept].code);
		b_text(s, 3, "leaflet");
		b_day(s, 4, day);
		b_int(s, 5, q[i]);
		b_text(s, 6, leaflet_occasions[k].occasion);
		db_insert(g, s);
	}
	if (rng_partition(r, q, p->sms_batches, p->sms, 1000, 20000, 1000) != 0)
		die("cannot split %lld SMS", (long long)p->sms);
	for (i = 0; i < p->sms_batches; i++) {
		s = st(g, ST_PUBLICITY);
		b_int(s, 1, c->county_id);
		b_text(s, 2, dept_info[DEPT_EMB].code);
		b_text(s, 3, "sms");
		b_day(s, 4, pick_day(r, y, NULL));
		b_int(s, 5, q[i]);
		b_text(s, 6, sms_occasions[rng_range(r, 0, N(sms_occasions) - 1)]);
		db_insert(g, s);
	}
	free(q);
}

void
gen_outreach(struct county *c)
{
	struct rng	r;
	int		yi, y;

	county_rng(c, AREA_OUTREACH, &r);
	for (yi = 0; yi < NYEARS; yi++) {
		const struct year_plan *p = &c->plan[yi];

		y = YEAR_FIRST + yi;
		meetings(c, &r, yi);
		enterprise_events(c, &r, y, EV_DRILL, p->drills, p->drill_people,
		    6, 90);
		enterprise_events(c, &r, y, EV_TRAINING, p->trainings,
		    p->training_people, 5, 60);
		community(c, &r, y, p->community, p->community_people);
		publicity(c, &r, yi);
	}
}
