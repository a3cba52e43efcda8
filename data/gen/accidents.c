/*
 * data/gen/accidents.c -- production-safety accidents and their figures
 * as first reported and revised (补报).
 *
 * The bundled county's accidents are listed here one by one: general
 * grade only in 2021-2023 (the report's "three years without a larger
 * accident"), one 2024 accident whose third death came on day 40 (after
 * the 30-day window, so it stays general), and a 2025 coach crash whose
 * revision on day 4 brings it to three deaths: a larger accident.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "data/gen/gen.h"

#define N(a) (int)(sizeof (a) / sizeof (a)[0])

struct figures { int after_days, deaths, serious, minor; int64_t loss; };

/* Which unit an accident may happen at: its sector's units of `subkind`
 * (-1: any) whose name contains `fits` (NULL: any), so that the summary
 * fits the unit (a sawmill accident at a 木业 firm).  An accident with a
 * unit happens at the unit's township; `township` is where it happens
 * without one (a road accident of no transport firm), and which of the
 * fitting units is preferred. */
struct unit_fit { int subkind; const char *fits; };

static const struct {
	int		 y, m, d, sector, township;
	const char	*type, *summary;
	struct figures	 f[3];
	struct unit_fit	 unit;
} report_accidents[] = {
	{ 2021, 3, 14, SEC_TRANSPORT, 0, "02", "一辆中型货车与农用三轮车在S231线相撞",
	    { { 0, 1, 1, 2, 320000 } },
	    { 1, NULL } },
	{ 2021, 5, 27, SEC_CONSTRUCTION, 3, "09", "施工人员在外脚手架作业时坠落",
	    { { 0, 1, 0, 0, 1150000 } },
	    { -1, NULL } },
	{ 2021, 7, 9, SEC_INDUSTRY_TRADE, 11, "03", "冲压工右手被冲床压伤",
	    { { 0, 0, 1, 0, 210000 } },
	    { -1, "机械制造" } },
	{ 2021, 8, 30, SEC_TRANSPORT, 4, "02", "一辆班线客车与货车追尾",
	    { { 0, 1, 1, 3, 560000 }, { 3, 2, 0, 3, 560000 } },
	    { 0, NULL } },
	{ 2021, 11, 18, SEC_FIRE, 1, "08", "商贸城内一家具店仓库起火",
	    { { 0, 0, 0, 1, 860000 }, { 5, 0, 0, 1, 920000 } },
	    { -1, "商贸城" } },
	{ 2021, 12, 6, SEC_INDUSTRY_TRADE, 2, "01", "石材厂吊装石板时坠落砸伤工人",
	    { { 0, 1, 0, 0, 950000 } },
	    { -1, "石材" } },
	{ 2022, 1, 20, SEC_TRANSPORT, 6, "02", "一辆货车在Y015线弯道侧翻",
	    { { 0, 1, 2, 1, 410000 } },
	    { 1, NULL } },
	{ 2022, 4, 11, SEC_INDUSTRY_TRADE, 11, "05", "电工检修配电柜时触电",
	    { { 0, 1, 0, 0, 890000 } },
	    { -1, NULL } },
	{ 2022, 6, 25, SEC_CONSTRUCTION, 0, "10", "基坑边坡局部坍塌",
	    { { 0, 1, 2, 2, 2300000 }, { 5, 2, 1, 2, 2300000 } },
	    { -1, NULL } },
	{ 2022, 9, 3, SEC_SPECIAL_EQUIPMENT, 0, "04", "电梯安装作业时吊装的导轨坠落",
	    { { 0, 1, 0, 0, 1020000 } },
	    { -1, "电梯工程" } },
	{ 2022, 12, 15, SEC_FIRE, 8, "08", "一家超市电气线路故障引发火灾",
	    { { 0, 0, 0, 0, 1640000 } },
	    { -1, "超市" } },
	{ 2023, 2, 22, SEC_INDUSTRY_TRADE, 10, "03", "木业公司工人被木工圆锯机割伤致死",
	    { { 0, 1, 0, 1, 780000 } },
	    { -1, "木业" } },
	{ 2023, 5, 9, SEC_TRANSPORT, 5, "02", "一辆旅游包车与小型货车碰撞",
	    { { 0, 2, 3, 4, 1260000 } },
	    { 3, NULL } },
	{ 2023, 8, 16, SEC_CONSTRUCTION, 0, "09", "工人在楼层临边作业时坠落",
	    { { 0, 1, 0, 0, 1100000 } },
	    { -1, NULL } },
	{ 2023, 11, 2, SEC_FIRE, 7, "08", "一家酒楼后厨起火",
	    { { 0, 0, 1, 0, 2450000 } },
	    { -1, "酒楼" } },
	{ 2024, 3, 19, SEC_INDUSTRY_TRADE, 11, "19", "两名工人进入污水池作业时中毒窒息，一名施救人员受伤",
	    { { 0, 2, 1, 0, 1850000 }, { 40, 3, 0, 0, 1850000 } },
	    { -1, "食品" } },
	{ 2024, 6, 6, SEC_TRANSPORT, 3, "02", "货车与电动自行车相撞",
	    { { 0, 1, 1, 2, 520000 } },
	    { 1, NULL } },
	{ 2024, 7, 23, SEC_CONSTRUCTION, 1, "10", "模板支撑体系局部坍塌",
	    { { 0, 1, 2, 0, 1480000 } },
	    { -1, NULL } },
	{ 2024, 10, 5, SEC_TOURISM, 4, "06", "一名游客在漂流河道落水溺亡",
	    { { 0, 1, 0, 0, 600000 } },
	    { 0, NULL } },
	{ 2024, 12, 11, SEC_FIRE, 0, "08", "一家商贸城仓库起火",
	    { { 0, 0, 0, 2, 3200000 } },
	    { -1, "商贸城" } },
	{ 2025, 1, 15, SEC_INDUSTRY_TRADE, 2, "01", "石材厂石板倾倒砸伤工人",
	    { { 0, 1, 0, 0, 900000 } },
	    { -1, "石材" } },
	{ 2025, 4, 2, SEC_TRANSPORT, 9, "02", "一辆班线客车在X108线驶出路外坠入边沟",
	    { { 0, 2, 6, 9, 2100000 }, { 4, 3, 5, 9, 2100000 } },
	    { 0, NULL } },
	{ 2025, 7, 30, SEC_CONSTRUCTION, 11, "04", "塔式起重机吊物坠落",
	    { { 0, 1, 1, 0, 1320000 } },
	    { -1, NULL } },
	{ 2025, 9, 17, SEC_SPECIAL_EQUIPMENT, 0, "20", "电梯维修作业时人员受伤",
	    { { 0, 0, 2, 1, 280000 } },
	    { -1, "电梯工程" } },
};

/* Nonzero when unit u is open on day d and fits `fit`. */
static int
unit_fits(const struct unitref *u, const struct unit_fit *fit, int d)
{
	return u->opened <= d && (u->closed < 0 || u->closed > d) &&
	    (fit->subkind < 0 || u->subkind == fit->subkind) &&
	    (fit->fits == NULL || strstr(u->name, fit->fits) != NULL);
}

/* A unit of sector s that fits `fit` on day d, drawn among those of
 * township t when there are any, else among all; NULL when none fits. */
static const struct unitref *
fitting_unit(struct county *c, struct rng *r, int s,
    const struct unit_fit *fit, int t, int d)
{
	const struct unitref	*u;
	int			 i, k, n = 0, local = 0, pick;

	for (i = 0; i < c->nby_sector[s]; i++) {
		u = &c->units[c->by_sector[s][i]];
		if (unit_fits(u, fit, d)) {
			n++;
			local += u->township == t;
		}
	}
	if (n == 0)
		return NULL;
	pick = (int)rng_range(r, 0, (local > 0 ? local : n) - 1);
	for (i = 0, k = 0; i < c->nby_sector[s]; i++) {
		u = &c->units[c->by_sector[s][i]];
		if (!unit_fits(u, fit, d) || (local > 0 && u->township != t))
			continue;
		if (k++ == pick)
			return u;
	}
	return NULL;
}

/* Insert one accident and its figures rows.  The unit is one that fits
 * `fit` (NULL: any unit of the sector), or none for a share of road
 * accidents; an accident with a unit happens in the unit's township,
 * one without in `township`. */
static void
accident(struct county *c, struct rng *r, int day, int sector, int township,
    const char *type, const char *summary, const struct figures *f, int nf,
    const struct unit_fit *fit)
{
	struct gen		*g = c->g;
	const struct unitref	*u;
	struct ins		*s;
	int64_t			 id;
	int			 i;

	if (sector == SEC_TRANSPORT && rng_chance(r, 0.4))
		u = NULL;
	else if (fit != NULL)
		u = fitting_unit(c, r, sector, fit, township, day);
	else
		u = pick_unit(c, r, sector, day);
	if (u != NULL)
		township = u->township;
	s = st(g, ST_ACCIDENT);
	b_int(s, 1, c->township_id[township]);
	b_id0(s, 2, u != NULL ? u->id : 0);
	b_text(s, 3, sector_info[sector].code);
	b_text(s, 4, type);
	b_day(s, 5, day);
	b_text(s, 6, summary);
	id = db_insert(g, s);
	for (i = 0; i < nf; i++) {
		s = st(g, ST_FIGURES);
		b_int(s, 1, id);
		b_day(s, 2, day + f[i].after_days);
		b_int(s, 3, f[i].deaths);
		b_int(s, 4, f[i].serious);
		b_int(s, 5, f[i].minor);
		b_int(s, 6, f[i].loss);
		db_insert(g, s);
	}
}

/* Accidents of a province county: a few a year, mostly on the roads and
 * building sites, rarely of the larger grade. */
static void
random_accidents(struct county *c, struct rng *r)
{
	static const double sectors[NSECTORS] = {
		[SEC_INDUSTRY_TRADE] = 20, [SEC_HAZCHEM] = 2, [SEC_MINING] = 3,
		[SEC_CONSTRUCTION] = 20, [SEC_SPECIAL_EQUIPMENT] = 5,
		[SEC_GAS] = 2, [SEC_TRANSPORT] = 35, [SEC_FIRE] = 10,
		[SEC_TOURISM] = 2, [SEC_OTHER] = 1,
	};
	static const char *const types[NSECTORS] = {
		[SEC_INDUSTRY_TRADE] = "03", [SEC_HAZCHEM] = "19",
		[SEC_MINING] = "10", [SEC_CONSTRUCTION] = "09",
		[SEC_SPECIAL_EQUIPMENT] = "20", [SEC_GAS] = "18",
		[SEC_TRANSPORT] = "02", [SEC_FIRE] = "08", [SEC_TOURISM] = "06",
		[SEC_OTHER] = "20",
	};
	static const char *const summaries[NSECTORS] = {
		[SEC_INDUSTRY_TRADE] = "生产作业中发生机械伤害",
		[SEC_HAZCHEM] = "储罐检修作业中发生中毒窒息",
		[SEC_MINING] = "采场边坡局部坍塌",
		[SEC_CONSTRUCTION] = "施工人员高处坠落",
		[SEC_SPECIAL_EQUIPMENT] = "特种设备检修作业中人员受伤",
		[SEC_GAS] = "燃气泄漏引发爆燃",
		[SEC_TRANSPORT] = "营运车辆发生碰撞",
		[SEC_FIRE] = "经营场所发生火灾",
		[SEC_TOURISM] = "游客在景区水域落水",
		[SEC_OTHER] = "作业人员受伤",
	};
	struct figures	f[2];
	int		y, n, k, s, day, nf;
	double		x;

	for (y = YEAR_FIRST; y <= YEAR_LAST; y++) {
		n = rng_poisson(r, 4.0 * pow(c->size, 0.8));
		for (k = 0; k < n; k++) {
			s = rng_weighted(r, sectors, NSECTORS);
			day = pick_day(r, y, NULL);
			x = rng_uniform(r);
			f[0].after_days = 0;
			f[0].deaths = x < 0.35 ? 0 : x < 0.8 ? 1 : x < 0.97 ? 2 :
			    (int)rng_range(r, 3, 5);
			f[0].serious = rng_chance(r, 0.5) ? 0 :
			    (int)rng_range(r, 1, 4);
			f[0].minor = (int)rng_range(r, 0, 5);
			f[0].loss = (int64_t)(600000 * exp(0.8 * rng_normal(r)));
			nf = 1;
			if (rng_chance(r, 0.12) && f[0].serious > 0) {
				/* An injured person died within the window. */
				f[1] = f[0];
				f[1].after_days = (int)rng_range(r, 1,
				    sector_info[s].revision_days);
				f[1].deaths++;
				f[1].serious--;
				nf = 2;
			}
			accident(c, r, day, s, pick_township(c, r), types[s],
			    summaries[s], f, nf, NULL);
		}
	}
}

void
gen_accidents(struct county *c)
{
	struct rng	r;
	int		i, nf;

	county_rng(c, AREA_ACCIDENTS, &r);
	if (c->index != 1) {
		random_accidents(c, &r);
		return;
	}
	for (i = 0; i < N(report_accidents); i++) {
		for (nf = 0; nf < 3 && (nf == 0 ||
		    report_accidents[i].f[nf].after_days > 0); nf++)
			;
		accident(c, &r, day_from_ymd(report_accidents[i].y,
		    report_accidents[i].m, report_accidents[i].d),
		    report_accidents[i].sector, report_accidents[i].township,
		    report_accidents[i].type, report_accidents[i].summary,
		    report_accidents[i].f, nf, &report_accidents[i].unit);
	}
}
