/*
 * data/gen/enforcement.c -- work-safety administrative penalties, traffic
 * violation cases, and departments' assistance visits to key
 * enterprises.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "data/gen/gen.h"

#define N(a) (int)(sizeof (a) / sizeof (a)[0])

static const char *const violations[] = {
	"未按规定对从业人员进行安全生产教育和培训",
	"特种作业人员未按照规定取得相应资格上岗作业",
	"未建立健全生产安全事故隐患排查治理制度",
	"重大事故隐患排查治理不到位",
	"未在有较大危险因素的生产经营场所设置明显的安全警示标志",
	"未为从业人员提供符合国家标准的劳动防护用品",
	"安全设备未进行经常性维护、保养和定期检测",
	"未按规定制定生产安全事故应急救援预案或定期组织演练",
	"生产经营场所与员工宿舍在同一座建筑内且不符合安全要求",
	"未采取措施消除事故隐患",
};

/* Sectors where safety penalties are decided, weighted. */
static const double penalty_sectors[NSECTORS] = {
	[SEC_INDUSTRY_TRADE] = 5, [SEC_HAZCHEM] = 2, [SEC_FIREWORKS] = 1,
	[SEC_MINING] = 1, [SEC_CONSTRUCTION] = 2, [SEC_SPECIAL_EQUIPMENT] = 1.5,
	[SEC_GAS] = 0.5, [SEC_FIRE] = 2, [SEC_SELF_BUILT] = 0.5,
	[SEC_OTHER] = 0.5,
};

/* The work-safety penalties of year index yi: exactly the plan's count
 * and total fine. */
static void
penalties(struct county *c, struct rng *r, int yi)
{
	const struct year_plan	*p = &c->plan[yi];
	struct gen		*g = c->g;
	const struct unitref	*u;
	const struct hazref	*hz;
	struct ins		*s;
	int64_t			*fine;
	char			 desc[320];
	int			 i, y = YEAR_FIRST + yi, ye = year_last_day(y);
	int			 sector, day, township;
	int64_t			 unit_id, hazard_id, step;
	double			 kind;

	if (p->penalties == 0)
		return;
	fine = calloc((size_t)p->penalties, sizeof *fine);
	if (fine == NULL)
		die("out of memory");
	step = p->fines_yuan % 500 == 0 ? 500 : 100;
	if (rng_partition(r, fine, p->penalties, p->fines_yuan, 1000,
	    50000, step) != 0)
		die("cannot split %lld yuan over %d penalties",
		    (long long)p->fines_yuan, p->penalties);
	for (i = 0; i < p->penalties; i++) {
		hazard_id = 0;
		if (c->nmajors[yi] > 0 && rng_chance(r, 0.35)) {
			/* A penalty for a major hazard found this year. */
			hz = &c->majors[yi][rng_range(r, 0, c->nmajors[yi] - 1)];
			hazard_id = hz->id;
			unit_id = hz->unit_id;
			sector = hz->sector;
			township = -1;
			day = hz->found + (int)rng_range(r, 7, 45);
			if (day > ye)
				day = (int)rng_range(r, hz->found, ye);
			s = st(g, ST_CASE);
			b_int(s, 1, hz->township_id);
		} else {
			sector = rng_weighted(r, penalty_sectors, NSECTORS);
			day = pick_day(r, y, NULL);
			u = pick_unit(c, r, sector, day);
			unit_id = u != NULL ? u->id : 0;
			township = u != NULL ? u->township : pick_township(c, r);
			s = st(g, ST_CASE);
			b_int(s, 1, c->township_id[township]);
		}
		b_id0(s, 2, unit_id);
		b_text(s, 3, dept_info[sector_info[sector].dept].code);
		b_text(s, 4, sector_info[sector].code);
		kind = rng_uniform(r);
		b_text(s, 5, kind < 0.8 ? "penalty_fine" : kind < 0.92 ?
		    "penalty_suspend" : "penalty_confiscate");
		b_day(s, 6, day);
		b_int(s, 7, fine[i]);
		b_id0(s, 8, hazard_id);
		snprintf(desc, sizeof desc, "%s，处罚款%lld元",
		    hazard_id != 0 ? "重大事故隐患未及时消除" :
		    violations[rng_range(r, 0, N(violations) - 1)],
		    (long long)fine[i]);
		b_text(s, 9, desc);
		db_insert(g, s);
	}
	free(fine);
}

/* Traffic violations: kind, the department that decides it, fines. */
static const struct {
	const char	*kind, *text;
	int		 dept;
	int		 lo, hi;	/* fine range, hundreds of yuan */
	double		 weight;
} traffic_kinds[] = {
	{ "overload", "货车超限运输", DEPT_TRANS, 5, 30, 30 },
	{ "illegal_passenger", "未取得道路运输经营许可从事旅客运输", DEPT_TRANS, 50, 200, 20 },
	{ "overcrowding", "营运客车超员", DEPT_PSB, 2, 20, 10 },
	{ "fatigue", "营运车辆驾驶人疲劳驾驶", DEPT_PSB, 2, 2, 10 },
	{ "hazmat_violation", "危险货物运输车辆未按规定路线行驶", DEPT_TRANS, 50, 200, 8 },
	{ "no_licence", "无道路运输证从事货物运输经营", DEPT_TRANS, 30, 100, 12 },
	{ "road_damage", "擅自占用、挖掘公路", DEPT_TRANS, 10, 50, 10 },
};

/* The traffic violation cases of year index yi. */
static void
traffic_cases(struct county *c, struct rng *r, int yi)
{
	const struct year_plan	*p = &c->plan[yi];
	struct gen		*g = c->g;
	const struct unitref	*u;
	struct ins		*s;
	double			 w[N(traffic_kinds)];
	char			 desc[256];
	int			 i, k, day, y = YEAR_FIRST + yi;
	int64_t			 fine;

	for (k = 0; k < N(traffic_kinds); k++)
		w[k] = traffic_kinds[k].weight;
	for (i = 0; i < p->traffic_cases; i++) {
		k = rng_weighted(r, w, N(traffic_kinds));
		day = pick_day(r, y, NULL);
		u = rng_chance(r, 0.5) ? pick_unit(c, r, SEC_TRANSPORT, day) :
		    NULL;
		fine = rng_range(r, traffic_kinds[k].lo, traffic_kinds[k].hi) *
		    100;
		snprintf(desc, sizeof desc, "%s%s，罚款%lld元",
		    u != NULL ? "" : "个体驾驶人", traffic_kinds[k].text,
		    (long long)fine);
		s = st(g, ST_CASE);
		b_int(s, 1, c->township_id[u != NULL ? u->township :
		    pick_township(c, r)]);
		b_id0(s, 2, u != NULL ? u->id : 0);
		b_text(s, 3, dept_info[traffic_kinds[k].dept].code);
		b_text(s, 4, sector_info[SEC_TRANSPORT].code);
		b_text(s, 5, traffic_kinds[k].kind);
		b_day(s, 6, day);
		b_int(s, 7, fine);
		b_null(s, 8);
		b_text(s, 9, desc);
		db_insert(g, s);
	}
}

static const char *const assistance_topics[] = {
	"指导开展重大事故隐患自查自改",
	"帮助完善全员安全生产责任制",
	"指导修订生产安全事故应急预案",
	"指导安全生产标准化创建",
	"送法送技术上门服务",
	"专家会诊式帮扶检查",
	"指导开展有限空间作业安全管理",
};

/* Each department helps exactly the plan's number of distinct key units
 * (its own sectors' first), one to three visits each. */
static void
assistance(struct county *c, struct rng *r, int yi)
{
	const struct year_plan	*p = &c->plan[yi];
	struct gen		*g = c->g;
	struct ins		*s;
	int			*pool, npool, d, i, k, v, visits, mid, y;

	y = YEAR_FIRST + yi;
	mid = day_from_ymd(y, 7, 1);
	pool = calloc((size_t)c->nunits + 1, sizeof *pool);
	if (pool == NULL)
		die("out of memory");
	for (d = 0; d < NDEPTS; d++) {
		if (p->assisted_units[d] <= 0)
			continue;
		/* Own sectors' key units first, shuffled; then the rest. */
		npool = 0;
		for (i = 0; i < c->nunits; i++) {
			const struct unitref *u = &c->units[i];

			if (u->key && u->opened <= mid && (u->closed < 0 ||
			    u->closed > year_last_day(y)) &&
			    sector_info[u->sector].dept == d)
				pool[npool++] = i;
		}
		rng_shuffle(r, pool, npool);
		k = npool;
		for (i = 0; i < c->nunits; i++) {
			const struct unitref *u = &c->units[i];

			if (u->key && u->opened <= mid && (u->closed < 0 ||
			    u->closed > year_last_day(y)) &&
			    sector_info[u->sector].dept != d)
				pool[npool++] = i;
		}
		rng_shuffle(r, pool + k, npool - k);
		for (i = 0; i < p->assisted_units[d] && i < npool; i++) {
			visits = (int)rng_range(r, 1, 3);
			for (v = 0; v < visits; v++) {
				s = st(g, ST_ASSIST);
				b_text(s, 1, dept_info[d].code);
				b_int(s, 2, c->units[pool[i]].id);
				b_day(s, 3, (int)rng_range(r,
				    c->units[pool[i]].opened > year_first_day(y) ?
				    c->units[pool[i]].opened : year_first_day(y),
				    year_last_day(y)));
				b_text(s, 4, assistance_topics[rng_range(r, 0,
				    N(assistance_topics) - 1)]);
				db_insert(g, s);
			}
		}
	}
	free(pool);
}

void
gen_enforcement(struct county *c)
{
	struct rng	r;
	int		yi;

	county_rng(c, AREA_ENFORCEMENT, &r);
	for (yi = 0; yi < NYEARS; yi++) {
		penalties(c, &r, yi);
		traffic_cases(c, &r, yi);
		assistance(c, &r, yi);
	}
}
