/*
 * data/gen/tourism.c -- scenic spots, their equipment and its
 * inspections, the county's daily weather, and visitors per spot per day
 * for every day of 2021-2025.
 *
 * Visitors are not a formula a forecaster could fit exactly.  Each day a
 * spot has a latent demand: a level that moves with the years (the 2022
 * slump, the 2023 rebound, growth after), a seasonal shape by kind of
 * spot, weekday effects that follow the official work calendar (make-up
 * workdays are workdays), holiday effects by day of the holiday and by
 * the lunar festival days inside it (Mid-Autumn evening and New Year's
 * Eve keep people at home), a year-to-year jitter of those effects, two
 * AR(1) noises (the spot's own and one the county shares), and the day's
 * weather.  Realised visitors saturate smoothly at the approved daily
 * capacity, as ticket sales stop at the red line, and a spot closes on
 * some storm days, out of season, and during the 2022 closures.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/gen/gen.h"

#define N(a) (int)(sizeof (a) / sizeof (a)[0])

enum spot_kind {
	K_MOUNTAIN, K_TOWN, K_PARK, K_RAFTING, K_RED, K_SPRING, K_FLOWER,
	NKINDS
};

/* Seasonal shape by month, per kind (interpolated between months). */
static const double season[NKINDS][12] = {
	[K_MOUNTAIN] = { 0.45, 0.55, 0.8, 1.1, 1.15, 1.0, 1.05, 1.1, 1.05, 1.25, 1.0, 0.55 },
	[K_TOWN] = { 0.7, 0.9, 0.85, 1.0, 1.05, 0.95, 1.15, 1.2, 0.95, 1.15, 0.85, 0.75 },
	[K_PARK] = { 0.5, 0.6, 0.9, 1.2, 1.2, 1.0, 1.0, 1.0, 1.0, 1.15, 0.9, 0.6 },
	[K_RAFTING] = { 0.3, 0.3, 0.3, 0.3, 0.6, 1.2, 1.8, 1.9, 0.9, 0.6, 0.3, 0.3 },
	[K_RED] = { 0.6, 0.5, 0.9, 1.3, 1.1, 1.3, 1.6, 0.9, 1.0, 1.1, 0.9, 0.6 },
	[K_SPRING] = { 1.6, 1.5, 1.0, 0.7, 0.6, 0.5, 0.5, 0.5, 0.7, 1.0, 1.3, 1.6 },
	[K_FLOWER] = { 0.3, 0.6, 2.4, 2.6, 1.1, 0.6, 0.5, 0.5, 0.8, 1.4, 0.6, 0.3 },
};
/* Weekday factors, Sunday first; red-tourism groups come on weekdays. */
static const double weekday_factor[NKINDS][7] = {
	[K_MOUNTAIN] = { 2.0, 1.0, 0.95, 0.95, 1.0, 1.15, 2.3 },
	[K_TOWN] = { 1.9, 1.0, 0.95, 0.95, 1.0, 1.2, 2.2 },
	[K_PARK] = { 2.1, 1.0, 0.95, 0.95, 1.0, 1.1, 2.3 },
	[K_RAFTING] = { 2.0, 1.0, 1.0, 1.0, 1.05, 1.2, 2.4 },
	[K_RED] = { 1.1, 0.9, 1.1, 1.1, 1.1, 1.0, 1.3 },
	[K_SPRING] = { 1.6, 0.9, 0.9, 0.9, 1.0, 1.4, 2.0 },
	[K_FLOWER] = { 2.2, 1.0, 0.95, 0.95, 1.0, 1.1, 2.4 },
};
/* How strongly each kind draws holiday crowds. */
static const double holiday_pull[NKINDS] = {
	1.0, 1.1, 0.9, 0.6, 1.2, 0.6, 0.7,
};
/* ... and the Spring Festival ones (temple fairs in the old town, hot
 * springs in winter). */
static const double spring_pull[NKINDS] = {
	0.8, 1.3, 0.7, 0.0, 0.6, 1.2, 0.4,
};
/* Share of the day's visitors in the park at its busiest moment. */
static const double peak_share[NKINDS] = {
	0.34, 0.38, 0.36, 0.45, 0.30, 0.40, 0.40,
};
/* Probability of closing on a heavy-rain or snow day. */
static const double storm_closure[NKINDS] = {
	0.5, 0.05, 0.1, 0.8, 0.0, 0.05, 0.2,
};

static const struct {
	const char	*zh, *en;
	int		 kind, grade, township;
	double		 base;			/* 2023 weekday visitors */
	int		 daily, instant;
	int		 yellow, orange, red;
	double		 growth;		/* per year, log */
} report_spots[] = {
	{ "青峰山风景区", "Qingfeng Mountain Scenic Area", K_MOUNTAIN, 4, 4, 1500, 10000, 3500, 80, 90, 100, 0.05 },
	{ "柳河古镇", "Liuhe Ancient Town", K_TOWN, 4, 1, 2200, 16000, 5500, 75, 90, 100, 0.06 },
	{ "白沙湖湿地公园", "Baisha Lake Wetland Park", K_PARK, 3, 3, 1100, 8000, 2800, 80, 90, 100, 0.03 },
	{ "龙泉峡漂流", "Longquan Gorge Rafting", K_RAFTING, 3, 4, 650, 3000, 1200, 80, 90, 100, 0.08 },
	{ "石桥红色教育基地", "Shiqiao Red Education Base", K_RED, 3, 2, 500, 4000, 1200, 80, 90, 100, 0.0 },
	{ "马坊温泉度假村", "Mafang Hot Spring Resort", K_SPRING, 2, 6, 350, 2500, 900, 80, 90, 100, 0.04 },
	{ "黄岗花海", "Huanggang Flower Sea", K_FLOWER, 0, 9, 300, 3500, 1500, 80, 90, 100, 0.15 },
};

/* Names for province counties' spots, by kind. */
static const char *const kind_zh[NKINDS] = {
	"山风景区", "古镇", "湖湿地公园", "峡漂流", "红色教育基地",
	"温泉度假村", "花海",
};
static const char *const kind_en[NKINDS] = {
	"Mountain Scenic Area", "Ancient Town", "Lake Wetland Park",
	"Gorge Rafting", "Red Education Base", "Hot Spring Resort",
	"Flower Sea",
};

/* Yearly level of demand (mid-year), 2021-2025: the 2022 slump and the
 * 2023 rebound; linear between mid-years. */
static const double year_level[NYEARS] = { 0.80, 0.66, 1.00, 1.10, 1.17 };

enum weather { W_SUNNY, W_CLOUDY, W_RAIN, W_HEAVY, W_SNOW };
static const char *const weather_code[] = {
	"sunny", "cloudy", "rain", "heavy_rain", "snow",
};

struct spot {
	int64_t	id;
	int	kind;
	double	base, growth;
	int	daily, instant;
};

/* Month factor for day-of-year position, interpolated between mid-month
 * points so the season has no steps. */
static double
season_factor(int kind, int day)
{
	int	y, m, d, m2;
	double	frac, a, b;

	day_to_ymd(day, &y, &m, &d);
	frac = (d - 15) / 30.0;
	if (frac >= 0) {
		m2 = m % 12 + 1;
		a = season[kind][m - 1];
		b = season[kind][m2 - 1];
	} else {
		m2 = m == 1 ? 12 : m - 1;
		a = season[kind][m - 1];
		b = season[kind][m2 - 1];
		frac = -frac;
	}
	return a + (b - a) * frac;
}

/* The level of demand on a day: mid-year points joined linearly. */
static double
level(int day)
{
	double	t = (day - day_from_ymd(YEAR_FIRST, 7, 1)) / 365.25;
	int	i = (int)floor(t);

	if (i < 0)
		return year_level[0];
	if (i >= NYEARS - 1)
		return year_level[NYEARS - 1];
	return year_level[i] + (year_level[i + 1] - year_level[i]) * (t - i);
}

/* Shocks of the pandemic years: "就地过年" in early 2021, the spring and
 * winter waves of 2022.  Returns a factor; *closed when spots closed. */
static double
pandemic(int day, int *closed)
{
	*closed = (day >= day_from_ymd(2022, 4, 15) &&
	    day <= day_from_ymd(2022, 4, 28)) ||
	    (day >= day_from_ymd(2022, 11, 10) &&
	    day <= day_from_ymd(2022, 11, 30));
	if (day >= day_from_ymd(2021, 1, 1) && day <= day_from_ymd(2021, 2, 28))
		return 0.7;
	if (day >= day_from_ymd(2022, 12, 1) && day <= day_from_ymd(2023, 1, 10))
		return 0.45;
	return 1.0;
}

/* The holiday bump on day k (1-based) of a len-day holiday: high on the
 * first days, falling to about an ordinary weekend's level at its end. */
static double
holiday_curve(int k, int len)
{
	double	x = len > 1 ? (k - 1) / (double)(len - 1) : 0;

	return 1.4 + 3.8 * exp(-pow((x - 0.18) / 0.4, 2)) - 0.6 * x;
}

/* The multiplier of a holiday day for a kind of spot; `jitter` is that
 * holiday's per-year variation. */
static double
holiday_factor(int kind, int day, const struct holiday *h, double jitter)
{
	int	k = day - h->first + 1, len = h->last - h->first + 1, y;
	double	f, scale;

	y = h->year;
	if (strcmp(h->kind, "spring_festival") == 0) {
		static const double lunar[] = {
			/* 除夕, 初一 ... 初八 */
			0.35, 1.3, 3.2, 3.6, 3.3, 2.7, 2.2, 1.6, 1.2,
		};
		int j = day - spring_festival_day(y) + 1;

		f = j >= 0 && j < N(lunar) ? lunar[j] : 1.0;
		/* A power keeps the quiet New Year's Eve above zero. */
		return pow(f, spring_pull[kind] * jitter);
	}
	if (strcmp(h->kind, "national_day") == 0 ||
	    strcmp(h->kind, "mid_autumn_national_day") == 0)
		scale = 1.0;
	else if (strcmp(h->kind, "may_day") == 0)
		scale = 0.85;
	else if (strcmp(h->kind, "new_year") == 0)
		scale = 0.45;
	else if (strcmp(h->kind, "qingming") == 0)
		scale = kind == K_RED ? 0.9 : 0.55;
	else
		scale = 0.6;
	f = 1.0 + (holiday_curve(k, len) - 1.0) * scale * holiday_pull[kind] *
	    jitter;
	/* Mid-Autumn evening is for family reunions. */
	if (day == mid_autumn_day(day_year(day)))
		f *= 0.8;
	return f;
}

/* The county's weather: a two-state (dry/wet) Markov chain by month,
 * wet days heavy or snowy by season. */
static void
weather(struct county *c, struct rng *r, int first, int ndays,
    unsigned char *w)
{
	static const double wet[12] = {
		0.12, 0.15, 0.22, 0.28, 0.32, 0.40, 0.38, 0.33, 0.27, 0.20,
		0.15, 0.10,
	};
	static const double heavy[12] = {
		0.02, 0.03, 0.08, 0.12, 0.20, 0.30, 0.32, 0.28, 0.15, 0.08,
		0.04, 0.02,
	};
	struct gen	*g = c->g;
	struct ins	*s;
	int		 i, y, m, d, was_wet = 0;
	double		 p;

	for (i = 0; i < ndays; i++) {
		day_to_ymd(first + i, &y, &m, &d);
		p = was_wet ? fmin(0.8, wet[m - 1] + 0.3) : wet[m - 1] * 0.8;
		if (rng_chance(r, p)) {
			was_wet = 1;
			if ((m == 12 || m <= 2) && rng_chance(r, 0.35))
				w[i] = W_SNOW;
			else
				w[i] = rng_chance(r, heavy[m - 1]) ? W_HEAVY : W_RAIN;
		} else {
			was_wet = 0;
			w[i] = rng_chance(r, 0.45) ? W_CLOUDY : W_SUNNY;
		}
		s = st(g, ST_WEATHER);
		b_int(s, 1, c->county_id);
		b_day(s, 2, first + i);
		b_text(s, 3, weather_code[w[i]]);
		db_insert(g, s);
	}
}

/* How the weather moves demand at a kind of spot. */
static double
weather_factor(int kind, int w)
{
	switch (w) {
	case W_CLOUDY:
		return 0.95;
	case W_RAIN:
		return kind == K_RED || kind == K_SPRING ? 0.85 : 0.65;
	case W_HEAVY:
		return kind == K_SPRING ? 0.6 : 0.3;
	case W_SNOW:
		return kind == K_SPRING ? 1.1 : 0.55;
	}
	return 1.0;
}

/* 1 when a seasonal spot is out of season (rafting: May to mid-October;
 * the hot spring's two weeks of maintenance in July). */
static int
out_of_season(int kind, int day)
{
	int	y, m, d;

	day_to_ymd(day, &y, &m, &d);
	if (kind == K_RAFTING)
		return m < 5 || m > 10 || (m == 10 && d > 15);
	if (kind == K_SPRING)
		return m == 7 && d >= 6 && d <= 19;
	return 0;
}

/* Equipment of a spot and its yearly inspections. */
static void
equipment(struct county *c, struct rng *r, const struct spot *sp)
{
	static const struct { const char *kind, *zh; int special; }
	    items[NKINDS][3] = {
		[K_MOUNTAIN] = { { "ropeway", "客运索道", 1 },
		    { "glass_walkway", "玻璃栈道", 0 },
		    { "sightseeing_vehicle", "景区观光车", 0 } },
		[K_TOWN] = { { "boat", "画舫游船", 0 },
		    { "sightseeing_vehicle", "电瓶观光车", 0 } },
		[K_PARK] = { { "boat", "电动游船", 0 },
		    { "ride", "水上游乐设施", 1 } },
		[K_RAFTING] = { { "boat", "漂流艇", 0 } },
		[K_RED] = { { "sightseeing_vehicle", "电瓶观光车", 0 } },
		[K_SPRING] = { { "ride", "水滑梯", 1 } },
		[K_FLOWER] = { { "sightseeing_vehicle", "观光小火车", 0 },
		    { "ride", "摩天轮", 1 } },
	};
	static const char *const inspectors[] = {
		"省特种设备检验研究院", "县市场监督管理局", "县文化旅游广电局",
		"第三方检测机构",
	};
	struct gen	*g = c->g;
	struct ins	*s;
	char		 reg[48], name[96];
	int		 k, commissioned, inspect, due, skip_last;
	int64_t		 id;

	for (k = 0; k < 3 && items[sp->kind][k].kind != NULL; k++) {
		commissioned = (int)rng_range(r, day_from_ymd(2012, 3, 1),
		    day_from_ymd(2020, 9, 30));
		snprintf(name, sizeof name, "%s%s", items[sp->kind][k].zh,
		    rng_chance(r, 0.5) ? "（1号）" : "");
		if (items[sp->kind][k].special)
			snprintf(reg, sizeof reg, "岭特设%05lld",
			    (long long)++g->equipment_serial);
		s = st(g, ST_TOUR_EQUIPMENT);
		b_int(s, 1, sp->id);
		b_text(s, 2, items[sp->kind][k].kind);
		b_text(s, 3, name);
		b_int(s, 4, items[sp->kind][k].special);
		b_text(s, 5, items[sp->kind][k].special ? reg : NULL);
		b_day(s, 6, commissioned);
		id = db_insert(g, s);
		/* Yearly inspections, mostly a little before they fall due;
		 * some pieces miss their last one (overdue at the end of
		 * 2025). */
		skip_last = rng_chance(r, 0.2);
		due = day_add_years(commissioned, 1);
		while (due < day_from_ymd(YEAR_FIRST, 1, 1))
			due = day_add_years(due, 1);
		for (;;) {
			inspect = due - (int)rng_range(r, 0, 25) +
			    (rng_chance(r, 0.1) ? (int)rng_range(r, 10, 40) : 0);
			if (inspect > year_last_day(YEAR_LAST) ||
			    (skip_last && day_add_years(inspect, 1) >
			    year_last_day(YEAR_LAST)))
				break;
			s = st(g, ST_TOUR_INSPECTION);
			b_int(s, 1, id);
			b_day(s, 2, inspect);
			if (rng_chance(r, 0.05)) {
				/* Failed, fixed, passed on re-inspection. */
				b_text(s, 3, "fail");
				b_day(s, 4, inspect + 30);
				b_text(s, 5, inspectors[rng_range(r, 0, 3)]);
				db_insert(g, s);
				inspect += (int)rng_range(r, 10, 28);
				s = st(g, ST_TOUR_INSPECTION);
				b_int(s, 1, id);
				b_day(s, 2, inspect);
			}
			b_text(s, 3, "pass");
			due = day_add_years(inspect, 1);
			b_day(s, 4, due);
			b_text(s, 5, inspectors[rng_range(r, 0, 3)]);
			db_insert(g, s);
		}
	}
}

/* The visitor series of one spot. */
static void
visitors(struct county *c, struct rng *r, const struct spot *sp, int first,
    int ndays, const unsigned char *w, const double *shared)
{
	struct gen		*g = c->g;
	const struct holiday	*h;
	struct ins		*s;
	double			 ar = 0, demand, v, jit[64], f, cap;
	int			 i, day, closed, wd, pan_closed, hy;
	int64_t			 count, peak;

	/* Per holiday and year, one jitter of its effect (index by the
	 * holiday's position in the calendar). */
	for (i = 0; i < 64; i++)
		jit[i] = exp(0.12 * rng_normal(r));
	cap = sp->daily * 1.04;
	for (i = 0; i < ndays; i++) {
		day = first + i;
		ar = 0.7 * ar + 0.10 * rng_normal(r);
		demand = sp->base * level(day) *
		    exp(sp->growth * (day - day_from_ymd(2023, 7, 1)) / 365.25) *
		    season_factor(sp->kind, day) * pandemic(day, &pan_closed) *
		    exp(ar + shared[i]) * weather_factor(sp->kind, w[i]);
		h = holiday_on(day);
		if (h != NULL) {
			for (hy = 0; holiday_at(hy) != NULL && holiday_at(hy) != h;
			    hy++)
				;
			f = holiday_factor(sp->kind, day, h, jit[hy % 64]);
			/* A holiday is a day off: weekend factors do not
			 * add to it. */
			demand *= f * weekday_factor[sp->kind][1];
		} else {
			wd = day_weekday(day);
			if (is_makeup_workday(day))
				wd = 2;		/* worked like a Tuesday */
			demand *= weekday_factor[sp->kind][wd];
			/* The eve of a holiday, and the day after one. */
			if (holiday_on(day + 1) != NULL)
				demand *= 1.15;
			if (holiday_on(day - 1) != NULL)
				demand *= 0.7;
		}
		closed = pan_closed || out_of_season(sp->kind, day) ||
		    ((w[i] == W_HEAVY || w[i] == W_SNOW) &&
		    rng_chance(r, storm_closure[sp->kind]));
		/* Smooth saturation at the daily capacity: ticket sales
		 * stop at the red line, a few more are already in. */
		v = demand / pow(1.0 + pow(demand / cap, 6), 1.0 / 6.0);
		count = closed ? 0 : (int64_t)floor(v * exp(0.02 *
		    rng_normal(r)) + 0.5);
		peak = (int64_t)floor(count * peak_share[sp->kind] *
		    exp(0.05 * rng_normal(r)) + 0.5);
		if (peak > (int64_t)(sp->instant * 1.02))
			peak = (int64_t)(sp->instant * 1.02);
		if (peak > count)
			peak = count;
		s = st(g, ST_VISITOR_DAY);
		b_int(s, 1, sp->id);
		b_day(s, 2, day);
		b_text(s, 3, closed ? "closed" : "open");
		b_int(s, 4, count);
		b_int(s, 5, peak);
		db_insert(g, s);
	}
}

void
gen_tourism(struct county *c)
{
	struct gen	*g = c->g;
	struct rng	 r;
	struct spot	*sp;
	struct ins	*s;
	unsigned char	*w;
	double		*shared, b = 0;
	char		 zh[96], en[128];
	int		 first = year_first_day(YEAR_FIRST);
	int		 ndays = year_last_day(YEAR_LAST) - first + 1;
	int		 i, k, n = c->nspots, t, yellow, orange, red;

	county_rng(c, AREA_TOURISM, &r);
	w = calloc((size_t)ndays, 1);
	shared = calloc((size_t)ndays, sizeof *shared);
	sp = calloc((size_t)n + 1, sizeof *sp);
	if (w == NULL || shared == NULL || sp == NULL)
		die("out of memory");
	weather(c, &r, first, ndays, w);
	/* The county-wide swing all spots share (economy, events,
	 * regional travel mood). */
	for (i = 0; i < ndays; i++) {
		b = 0.85 * b + 0.05 * rng_normal(&r);
		shared[i] = b;
	}
	for (i = 0, k = 0; i < n; i++) {
		const struct unitref *op = NULL;

		/* The i-th scenic-spot operator of the county. */
		for (; k < c->nby_sector[SEC_TOURISM]; k++)
			if (c->units[c->by_sector[SEC_TOURISM][k]].subkind == 0) {
				op = &c->units[c->by_sector[SEC_TOURISM][k++]];
				break;
			}
		if (c->index == 1 && i < N(report_spots)) {
			sp[i].kind = report_spots[i].kind;
			sp[i].base = report_spots[i].base;
			sp[i].growth = report_spots[i].growth;
			sp[i].daily = report_spots[i].daily;
			sp[i].instant = report_spots[i].instant;
			t = report_spots[i].township;
			snprintf(zh, sizeof zh, "%s", report_spots[i].zh);
			snprintf(en, sizeof en, "%s", report_spots[i].en);
			yellow = report_spots[i].yellow;
			orange = report_spots[i].orange;
			red = report_spots[i].red;
		} else {
			const char *sp_en;

			sp[i].kind = (int)rng_range(&r, 0, NKINDS - 1);
			sp[i].base = 200 + 1400 * rng_uniform(&r);
			sp[i].growth = 0.02 + 0.08 * rng_uniform(&r);
			t = pick_township(c, &r);
			/* Capacity leaves holiday peaks at 60%-110%. */
			sp[i].daily = (int)(sp[i].base * 5.5 *
			    (0.9 + 0.8 * rng_uniform(&r))) / 100 * 100 + 500;
			sp[i].instant = sp[i].daily / (int)rng_range(&r, 3, 4);
			snprintf(zh, sizeof zh, "%.6s%s", c->township_zh[t],
			    kind_zh[sp[i].kind]);
			sp_en = c->name_en;
			snprintf(en, sizeof en, "%.*s %s %d",
			    (int)strcspn(sp_en, " "), sp_en, kind_en[sp[i].kind],
			    i + 1);
			yellow = 80;
			orange = 90;
			red = 100;
		}
		s = st(g, ST_SPOT);
		b_int(s, 1, c->township_id[t]);
		b_id0(s, 2, op != NULL ? op->id : 0);
		b_text(s, 3, zh);
		b_text(s, 4, en);
		b_int(s, 5, c->index == 1 && i < N(report_spots) ?
		    report_spots[i].grade : (int)rng_range(&r, 0, 4));
		b_int(s, 6, sp[i].daily);
		b_int(s, 7, sp[i].instant);
		b_int(s, 8, yellow);
		b_int(s, 9, orange);
		b_int(s, 10, red);
		sp[i].id = db_insert(g, s);
		equipment(c, &r, &sp[i]);
	}
	for (i = 0; i < n; i++)
		visitors(c, &r, &sp[i], first, ndays, w, shared);
	free(w);
	free(shared);
	free(sp);
}
