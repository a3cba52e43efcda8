/*
 * data/gen/traffic.c -- key operating vehicles (两客一危一重) and the
 * spontaneous-combustion checks of older buses, joint overload operations
 * with one row per weighing, rural road projects with their progress
 * reports, and roadside clean-up actions.  Traffic hazards are in the
 * common ledger (hazards.c), traffic cases in enforcement.c.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/gen/gen.h"

#define N(a) (int)(sizeof (a) / sizeof (a)[0])

static const char *const roads[] = {
	"S231线", "X102线", "X108线", "X115线", "Y015线", "Y027线", "Y033线",
};

/* A plate unique in the file: the province's abbreviation, the city's
 * letter, and a serial number spread over five characters. */
static void
plate(struct county *c, int64_t serial, char *out, size_t len)
{
	static const char alnum[] = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
	static const char letters[] = "ABCDEFGHJKLMNPQRSTUVWXY";
	int64_t	 space = 34LL * 34 * 34 * 34 * 34, x;
	char	 tail[6];
	int	 i;

	/* Multiplying by a number coprime to 34^5 permutes the serials. */
	x = (serial * 7919 + 12345) % space;
	for (i = 4; i >= 0; i--) {
		tail[i] = alnum[x % 34];
		x /= 34;
	}
	tail[5] = '\0';
	snprintf(out, len, "岭%c·%s",
	    letters[((c->index - 1) / c->g->per_city) % (int)(sizeof letters - 1)],
	    tail);
}

/* Transport units of one subkind (passenger, freight, ...). */
static int
transport_units(struct county *c, int subkind, int *out)
{
	int	i, n = 0;

	for (i = 0; i < c->nby_sector[SEC_TRANSPORT]; i++)
		if (c->units[c->by_sector[SEC_TRANSPORT][i]].subkind == subkind)
			out[n++] = c->by_sector[SEC_TRANSPORT][i];
	if (n == 0)
		for (i = 0; i < c->nby_sector[SEC_TRANSPORT]; i++)
			out[n++] = c->by_sector[SEC_TRANSPORT][i];
	return n;
}

/* The fleet, and in 2023 the checks of buses five years or older. */
static void
vehicles(struct county *c, struct rng *r)
{
	static const struct { const char *class; int subkind, count; double
	    keep; } classes[] = {
		{ "tour_charter", 3, 24, 0.5 },
		{ "coach", 0, 38, 0.5 },
		{ "hazmat", 2, 27, 0.8 },
		{ "heavy_truck", 1, 160, 0.9 },
	};
	static const char *const findings[] = {
		"发动机舱电气线路老化破损", "排气管周边油污积存", "灭火器过期失效",
		"私自加装电器、线路私拉乱接", "发动机舱自动灭火装置缺失",
		"轮胎花纹深度不足、制动鼓温度过高",
	};
	struct gen	*g = c->g;
	struct ins	*s;
	char		 p[32];
	int		*ops, nops, k, i, n, reg, dereg, check, fixed;
	int64_t		 id;
	int		 first_check = day_from_ymd(2023, 4, 10);
	int		 last_check = day_from_ymd(2023, 6, 30);

	ops = calloc((size_t)c->nby_sector[SEC_TRANSPORT] + 1, sizeof *ops);
	if (ops == NULL)
		die("out of memory");
	for (k = 0; k < N(classes); k++) {
		nops = transport_units(c, classes[k].subkind, ops);
		if (nops == 0)
			continue;
		n = c->index == 1 ? classes[k].count :
		    (int)floor(classes[k].count * pow(c->size, 0.8) + 0.5);
		for (i = 0; i < n; i++) {
			/* Newer vehicles are more common: the square of a
			 * uniform leans towards the recent end. */
			reg = day_from_ymd(2025, 10, 31) - (int)(pow(rng_uniform(r),
			    1.6) * (day_from_ymd(2025, 10, 31) -
			    day_from_ymd(2010, 1, 1)));
			dereg = -1;
			if (!rng_chance(r, classes[k].keep) &&
			    reg + 8 * 365 < day_from_ymd(2025, 12, 31))
				dereg = (int)rng_range(r, reg + 8 * 365,
				    day_from_ymd(2025, 12, 31));
			plate(c, ++g->vehicle_serial, p, sizeof p);
			s = st(g, ST_VEHICLE);
			b_int(s, 1, c->units[ops[rng_range(r, 0, nops - 1)]].id);
			b_text(s, 2, p);
			b_text(s, 3, classes[k].class);
			b_day(s, 4, reg);
			b_day(s, 5, dereg);
			id = db_insert(g, s);
			/* 5年及以上车龄营运客车自燃隐患排查整治 (2023). */
			if (k > 1 || !c->plan[2].coach_fire_campaign)
				continue;
			check = (int)rng_range(r, first_check, last_check);
			if (check < day_add_years(reg, 5) ||
			    (dereg >= 0 && dereg <= check))
				continue;
			s = st(g, ST_FIRE_CHECK);
			b_int(s, 1, id);
			b_day(s, 2, check);
			b_text(s, 3, "coach_fire_2023");
			if (rng_chance(r, 0.22)) {
				fixed = rng_chance(r, 0.95) ? check +
				    (int)rng_range(r, 1, 15) : -1;
				b_text(s, 4, findings[rng_range(r, 0,
				    N(findings) - 1)]);
				b_day(s, 5, fixed);
			} else {
				b_null(s, 4);
				b_null(s, 5);
			}
			db_insert(g, s);
		}
	}
	free(ops);
}

/* Standard gross-mass limit for a number of axles (the weight_limit
 * table holds the same rule; the view decides, this only aims). */
static int
limit_kg(int axles)
{
	static const int limits[] = { 0, 0, 18000, 25000, 31000, 43000, 49000 };

	return limits[axles > 6 ? 6 : axles];
}

/* One weighing: legal, or over the limit by mass or by size. */
static void
weighing(struct county *c, struct rng *r, int64_t op, int over)
{
	static const double axle_weights[] = { 0.33, 0.14, 0.12, 0.08, 0.33 };
	static const int len_lo[] = { 5990, 8000, 9500, 14000, 15500 };
	static const int len_hi[] = { 9000, 12000, 12000, 17500, 18100 };
	struct gen	*g = c->g;
	struct ins	*s;
	int		 a, lim, gross, height, width, length, unloaded = 0;

	a = rng_weighted(r, axle_weights, 5);
	lim = limit_kg(a + 2);
	height = (int)rng_range(r, 2600, 3990);
	width = (int)rng_range(r, 2380, 2550);
	length = (int)rng_range(r, len_lo[a], len_hi[a]);
	if (!over) {
		/* A few weigh exactly at the limit: legal ("超过" is
		 * strictly above). */
		gross = rng_chance(r, 0.01) ? lim :
		    (int)(lim * (0.30 + 0.685 * rng_uniform(r))) / 10 * 10;
	} else if (rng_chance(r, 0.82)) {
		gross = (int)(lim * (1.02 + 0.63 * rng_uniform(r))) / 10 * 10;
		if (gross <= lim)
			gross = lim + 10;
		unloaded = (gross - lim + (int)rng_range(r, 0, 150) * 10);
		if (unloaded > gross)
			unloaded = gross;
	} else {
		gross = (int)(lim * (0.5 + 0.45 * rng_uniform(r))) / 10 * 10;
		if (rng_chance(r, 0.7))
			height = (int)rng_range(r, 4050, 4500);
		else
			width = (int)rng_range(r, 2600, 2900);
	}
	s = st(g, ST_WEIGHING);
	b_int(s, 1, op);
	b_int(s, 2, a + 2);
	b_int(s, 3, gross);
	b_int(s, 4, height);
	b_int(s, 5, width);
	b_int(s, 6, length);
	b_int(s, 7, unloaded);
	db_insert(g, s);
}

/* The year's joint overload operations and their weighings. */
static void
overload(struct county *c, struct rng *r, int yi)
{
	static const double op_months[12] = {
		0.6, 0.5, 1.0, 1.1, 1.1, 1.0, 1.0, 0.9, 1.1, 1.2, 1.2, 1.0,
	};
	const struct year_plan	*p = &c->plan[yi];
	struct gen		*g = c->g;
	struct ins		*s;
	int64_t			*per_op, op;
	unsigned char		*over;
	int			*idx, i, k, n = 0, t, y = YEAR_FIRST + yi;
	char			 site[128];

	if (p->overload_ops == 0)
		return;
	per_op = calloc((size_t)p->overload_ops, sizeof *per_op);
	over = calloc((size_t)p->weighings + 1, 1);
	idx = calloc((size_t)p->weighings + 1, sizeof *idx);
	if (per_op == NULL || over == NULL || idx == NULL)
		die("out of memory");
	if (rng_partition(r, per_op, p->overload_ops, p->weighings, 15, 150,
	    1) != 0)
		die("cannot split %d weighings over %d operations",
		    p->weighings, p->overload_ops);
	/* Exactly the plan's number of vehicles over the limit. */
	for (i = 0; i < p->weighings; i++)
		idx[i] = i;
	rng_shuffle(r, idx, p->weighings);
	for (i = 0; i < p->over_limit && i < p->weighings; i++)
		over[idx[i]] = 1;
	for (k = 0; k < p->overload_ops; k++) {
		t = pick_township(c, r);
		if (rng_chance(r, 0.5))
			snprintf(site, sizeof site, "%sK%d+%03d治超检测点",
			    roads[rng_range(r, 0, N(roads) - 1)],
			    (int)rng_range(r, 1, 38), (int)rng_range(r, 0, 9) * 100);
		else
			snprintf(site, sizeof site, "%s超限检测站",
			    c->township_zh[t]);
		s = st(g, ST_OPERATION);
		b_int(s, 1, c->township_id[t]);
		b_day(s, 2, pick_day(r, y, op_months));
		b_text(s, 3, dept_info[DEPT_TRANS].code);
		b_text(s, 4, dept_info[DEPT_PSB].code);
		b_text(s, 5, site);
		op = db_insert(g, s);
		for (i = 0; i < per_op[k]; i++, n++)
			weighing(c, r, op, over[n]);
	}
	free(per_op);
	free(over);
	free(idx);
}

/* Split total into n parts in proportion to weights w (exact sum). */
static void
proportional(const int64_t *w, int n, int64_t total, int64_t *out)
{
	int64_t	sum = 0, given = 0;
	int	i, big = 0;

	for (i = 0; i < n; i++)
		sum += w[i];
	for (i = 0; i < n; i++) {
		out[i] = sum > 0 ? (int64_t)((double)total * w[i] / sum) : 0;
		given += out[i];
		if (w[i] > w[big])
			big = i;
	}
	out[big] += total - given;
}

/* One kind of road project for a year: projects with plans summing to
 * the plan, and monthly progress reports summing to what was done. */
static void
road_kind(struct county *c, struct rng *r, int y, const char *kind,
    int nproj, int64_t plan_m, int64_t plan_yuan, int64_t done_m,
    int64_t done_yuan)
{
	struct gen	*g = c->g;
	struct ins	*s;
	int64_t		 pm[16], py[16], dm[16], dy[16], mm[12], my[12], id;
	char		 name[160];
	int		 k, m, nrep, first_month;

	if (nproj > 16)
		nproj = 16;
	if (rng_partition(r, pm, nproj, plan_m, 1, plan_m, 1) != 0)
		die("cannot split %lld m of road plan", (long long)plan_m);
	proportional(pm, nproj, plan_yuan, py);
	proportional(pm, nproj, done_m, dm);
	proportional(pm, nproj, done_yuan, dy);
	for (k = 0; k < nproj; k++) {
		if (strcmp(kind, "rural_road_upgrade") == 0) {
			/* A road joins two different places: the second is
			 * drawn among the others (as many draws as before,
			 * so the rest of the stream is unchanged). */
			int	 from = (int)rng_range(r, 0, c->ntownships - 1);
			int	 to = (int)rng_range(r, 0, c->ntownships - 2);

			if (to >= from)
				to++;
			snprintf(name, sizeof name, "%s至%s四好农村路提级改造工程",
			    c->township_zh[from], c->township_zh[to]);
		} else
			snprintf(name, sizeof name, "%s公路安全生命防护工程（%d年）",
			    roads[rng_range(r, 0, N(roads) - 1)], y);
		s = st(g, ST_ROAD_PROJECT);
		b_int(s, 1, c->county_id);
		b_int(s, 2, y);
		b_text(s, 3, kind);
		b_text(s, 4, name);
		b_int(s, 5, pm[k]);
		b_int(s, 6, py[k]);
		id = db_insert(g, s);
		/* Progress is reported monthly from the start of works
		 * (spring) to the year-end report on 25 December. */
		first_month = (int)rng_range(r, 3, 6);
		nrep = 12 - first_month + 1;
		if (rng_partition(r, mm, nrep, dm[k], 0, dm[k], 1) != 0 ||
		    rng_partition(r, my, nrep, dy[k], 0, dy[k], 1) != 0)
			die("cannot split road progress");
		for (m = 0; m < nrep; m++) {
			s = st(g, ST_ROAD_PROGRESS);
			b_int(s, 1, id);
			b_day(s, 2, day_from_ymd(y, first_month + m,
			    first_month + m == 12 ? 25 : 20));
			b_int(s, 3, mm[m]);
			b_int(s, 4, my[m]);
			db_insert(g, s);
		}
	}
}

/* Clean-up actions: signs with their area, debris with its volume,
 * vendors and leaflets, each summing to the plan. */
static void
cleanup(struct county *c, struct rng *r, int yi)
{
	const struct year_plan	*p = &c->plan[yi];
	struct gen		*g = c->g;
	struct ins		*s;
	int64_t			 signs[64], area[64], places[64], m3[64];
	int64_t			 vendors[64], leaflets[64], w[64];
	int			 n = p->cleanup_actions, k;

	if (n <= 0)
		return;
	if (n > 64)
		n = 64;
	if (rng_partition(r, signs, n, p->signs, 0, p->signs, 1) != 0 ||
	    rng_partition(r, places, n, p->debris_places, 0,
	    p->debris_places, 1) != 0 ||
	    rng_partition(r, vendors, n, p->vendors, 0, p->vendors, 1) != 0 ||
	    rng_partition(r, leaflets, n, p->cleanup_leaflets, 0,
	    p->cleanup_leaflets, 1) != 0)
		die("cannot split the clean-up figures");
	/* Areas follow the signs removed, volumes the places cleared. */
	for (k = 0; k < n; k++)
		w[k] = signs[k] * (int64_t)rng_range(r, 8, 20);
	proportional(w, n, p->signs_m2, area);
	for (k = 0; k < n; k++)
		w[k] = places[k] * (int64_t)rng_range(r, 1, 3);
	proportional(w, n, p->debris_m3, m3);
	for (k = 0; k < n; k++) {
		s = st(g, ST_CLEANUP);
		b_int(s, 1, c->township_id[pick_township(c, r)]);
		b_day(s, 2, pick_day(r, YEAR_FIRST + yi, NULL));
		b_text(s, 3, roads[rng_range(r, 0, N(roads) - 1)]);
		b_int(s, 4, signs[k]);
		b_int(s, 5, area[k]);
		b_int(s, 6, places[k]);
		b_int(s, 7, m3[k]);
		b_int(s, 8, vendors[k]);
		b_int(s, 9, leaflets[k]);
		db_insert(g, s);
	}
}

void
gen_traffic(struct county *c)
{
	struct rng	r;
	int		yi, y;

	county_rng(c, AREA_TRAFFIC, &r);
	vehicles(c, &r);
	for (yi = 0; yi < NYEARS; yi++) {
		const struct year_plan *p = &c->plan[yi];

		y = YEAR_FIRST + yi;
		overload(c, &r, yi);
		road_kind(c, &r, y, "rural_road_upgrade", 5, p->upgrade_plan_m,
		    p->upgrade_plan_yuan, p->upgrade_done_m, p->upgrade_done_yuan);
		road_kind(c, &r, y, "life_safety", 3, p->safety_plan_m,
		    p->safety_plan_yuan, p->safety_done_m, p->safety_done_yuan);
		cleanup(c, &r, yi);
	}
}
