/*
 * data/gen/units.c -- the regulated units of a county and their
 * safety-liability insurance policies.
 *
 * Subkinds by sector: hazchem 0 production, 1 storage, 2 trading, 3 use;
 * fireworks 0 wholesale, 1 retail; gas 0 piped, 1 bottled; transport
 * 0 passenger, 1 freight, 2 dangerous goods, 3 tour charter; tourism
 * 0 scenic-spot operator, 1 other; industry & trade: the trade (text.c).
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "data/gen/gen.h"

/* The bundled county's units by sector, and typical head counts. */
static const int report_units[NSECTORS] = {
	150, 22, 8, 6, 40, 24, 3, 45, 42, 30, 9, 6, 26, 5, 4, 10,
};
static const double median_employees[NSECTORS] = {
	45, 30, 8, 25, 80, 40, 25, 60, 20, 4, 60, 12, 80, 10, 8, 15,
};
/* Share of units that are key enterprises (重点企业). */
static const double key_share[NSECTORS] = {
	0.25, 1.0, 0.2, 1.0, 0.2, 0.2, 1.0, 0.3, 0.1, 0.0, 0.8, 0.5, 0.1,
	0.0, 0.0, 0.1,
};

/* The subkind of the k-th of n units of sector s. */
static int
subkind_of(struct county *c, struct rng *r, int s, int k, int n)
{
	static const double trade_weights[20] = {
		14, 8, 6, 9, 5, 7, 3, 7, 5, 6, 6, 3, 4, 5, 4, 4, 5, 3, 2, 3,
	};

	switch (s) {
	case SEC_INDUSTRY_TRADE:
		return rng_weighted(r, trade_weights, 20);
	case SEC_HAZCHEM:
		/* county 1: 3 production, 4 storage, 9 trading, 6 use */
		return k < n * 3 / 22 ? 0 : k < n * 7 / 22 ? 1 :
		    k < n * 16 / 22 ? 2 : 3;
	case SEC_FIREWORKS:
		return k < (n + 7) / 8 ? 0 : 1;
	case SEC_GAS:
		return k == 0 ? 0 : 1;
	case SEC_TRANSPORT:
		return k < n * 6 / 45 ? 0 : k < n * 36 / 45 ? 1 :
		    k < n * 41 / 45 ? 2 : 3;
	case SEC_TOURISM:
		return k < c->nspots ? 0 : 1;
	default:
		return 0;
	}
}

/* Where a unit of sector s is: industry in the zone, crowded places
 * and building sites in the county seat, the rest spread out. */
static int
township_of(struct county *c, struct rng *r, int s)
{
	double	p_zone = 0, p_seat = 0.15;

	switch (s) {
	case SEC_INDUSTRY_TRADE:
		p_zone = 0.4;
		break;
	case SEC_HAZCHEM:
		p_zone = 0.5;
		break;
	case SEC_CONSTRUCTION:
	case SEC_FIRE:
	case SEC_CAMPUS:
		p_seat = 0.5;
		break;
	default:
		break;
	}
	if (c->zone >= 0 && rng_chance(r, p_zone))
		return c->zone;
	if (rng_chance(r, p_seat))
		return c->seat;
	return pick_township(c, r);
}

void
gen_units(struct county *c)
{
	struct gen	*g = c->g;
	struct rng	 r;
	struct unitref	*u;
	struct ins	*st_unit;
	int		 s, k, n, total = 0, counts[NSECTORS], spots;
	double		 e;

	county_rng(c, AREA_UNITS, &r);
	for (s = 0; s < NSECTORS; s++) {
		if (c->index == 1)
			counts[s] = report_units[s];
		else if (s == SEC_GAS)
			counts[s] = 1 + (int)rng_range(&r, 1, 4);
		else
			counts[s] = (int)floor(report_units[s] * c->size *
			    exp(0.3 * rng_normal(&r)) + 0.5);
		total += counts[s];
	}
	/* Scenic-spot operators: as many as the county has spots. */
	spots = c->index == 1 ? 7 : 3 + (int)rng_range(&r, 0, 3) +
	    (int)floor(log(c->size + 1));
	if (counts[SEC_TOURISM] < spots + 1) {
		total += spots + 1 - counts[SEC_TOURISM];
		counts[SEC_TOURISM] = spots + 1;
	}
	c->nspots = spots;
	c->units = calloc((size_t)total, sizeof *c->units);
	if (c->units == NULL)
		die("out of memory");
	for (s = 0; s < NSECTORS; s++) {
		c->by_sector[s] = calloc((size_t)counts[s] + 1, sizeof(int));
		if (c->by_sector[s] == NULL)
			die("out of memory");
	}
	c->nunits = 0;
	for (s = 0; s < NSECTORS; s++) {
		n = counts[s];
		for (k = 0; k < n; k++) {
			u = &c->units[c->nunits];
			u->sector = s;
			u->subkind = subkind_of(c, &r, s, k, n);
			u->township = township_of(c, &r, s);
			u->township_id = c->township_id[u->township];
			e = median_employees[s] * exp(0.7 * rng_normal(&r));
			if (s == SEC_FIREWORKS && u->subkind == 1)
				e = 2 + rng_range(&r, 0, 3);
			u->employees = (int)floor(e + 1);
			u->key = rng_chance(&r, key_share[s]) ||
			    (s == SEC_FIREWORKS && u->subkind == 0) ||
			    (s == SEC_TOURISM && u->subkind == 0) ||
			    (s == SEC_INDUSTRY_TRADE && u->employees >= 150);
			/* Four foundries of county 1 smelt metal; elsewhere
			 * a share of the foundries do. */
			u->smelting = s == SEC_INDUSTRY_TRADE && u->subkind == 6 &&
			    (c->index == 1 ? k % 3 == 0 : rng_chance(&r, 0.5));
			u->opened = rng_chance(&r, 0.08) ?
			    (int)rng_range(&r, year_first_day(YEAR_FIRST),
			    year_last_day(YEAR_LAST) - 60) :
			    (int)rng_range(&r, day_from_ymd(1995, 1, 1),
			    day_from_ymd(2020, 12, 31));
			u->closed = -1;
			/* Units the report's figures rest on stay open. */
			if (s != SEC_HAZCHEM && s != SEC_GAS && s != SEC_TOURISM &&
			    s != SEC_TRANSPORT && s != SEC_CONSTRUCTION &&
			    rng_chance(&r, 0.04))
				u->closed = (int)rng_range(&r,
				    (u->opened > year_first_day(YEAR_FIRST) ?
				    u->opened : year_first_day(YEAR_FIRST)) + 30,
				    year_last_day(YEAR_LAST));
			if (s == SEC_HAZCHEM || s == SEC_GAS ||
			    (s == SEC_TOURISM && u->subkind == 0)) {
				/* In business throughout the ledger years. */
				if (u->opened > year_first_day(YEAR_FIRST))
					u->opened = (int)rng_range(&r,
					    day_from_ymd(2005, 1, 1),
					    day_from_ymd(2020, 6, 30));
			}
			unit_name(c, &r, s, u->subkind, u->township, u->name,
			    sizeof u->name);
			st_unit = st(g, ST_UNIT);
			b_int(st_unit, 1, u->township_id);
			b_text(st_unit, 2, sector_info[s].code);
			b_text(st_unit, 3, u->name);
			b_int(st_unit, 4, u->key);
			b_int(st_unit, 5, u->smelting);
			b_int(st_unit, 6, u->employees);
			b_day(st_unit, 7, u->opened);
			b_day(st_unit, 8, u->closed);
			u->id = db_insert(g, st_unit);
			c->by_sector[s][k] = c->nunits;
			c->nunits++;
		}
		c->nby_sector[s] = n;
	}
}

/* 1 when unit u is open on day d. */
static int
open_on(const struct unitref *u, int d)
{
	return u->opened <= d && (u->closed < 0 || u->closed > d);
}

const struct unitref *
pick_unit(struct county *c, struct rng *r, int s, int day)
{
	const struct unitref	*u;
	int			 n = c->nby_sector[s], tries;

	if (n == 0)
		return NULL;
	/* Larger and key units are inspected and self-inspect more: accept
	 * a drawn unit with a probability that grows with both. */
	for (tries = 0; tries < 200; tries++) {
		u = &c->units[c->by_sector[s][rng_range(r, 0, n - 1)]];
		if (!open_on(u, day))
			continue;
		if (rng_uniform(r) < (u->key ? 1.0 : 0.35 +
		    0.65 * log(1 + u->employees) / log(1 + 500.0)))
			return u;
	}
	for (tries = 0; tries < n; tries++) {
		u = &c->units[c->by_sector[s][tries]];
		if (open_on(u, day))
			return u;
	}
	return NULL;
}

static const char *const insurers[] = {
	"中国人民财产保险股份有限公司", "中国平安财产保险股份有限公司",
	"中国太平洋财产保险股份有限公司", "中华联合财产保险股份有限公司",
};

/* One policy for unit u starting in year y. */
static void
policy(struct county *c, struct rng *r, const struct unitref *u, int y)
{
	struct gen	*g = c->g;
	struct ins	*s;
	char		 insurer[160];
	int		 start, end, yy, m, d, persons;

	/* Annual policies start in the first quarter (or when a new unit
	 * opens) and run one year: coverage on any day from April to
	 * December is that year's purchases. */
	start = (int)rng_range(r, year_first_day(y), day_from_ymd(y, 3, 31));
	if (start < u->opened)
		start = u->opened + (int)rng_range(r, 0, 20);
	if (start > year_last_day(y))
		start = year_last_day(y);
	day_to_ymd(start, &yy, &m, &d);
	end = (m == 2 && d == 29 ? day_from_ymd(yy + 1, 3, 1) :
	    day_from_ymd(yy + 1, m, d)) - 1;
	persons = u->employees > 0 ? u->employees : 1;
	snprintf(insurer, sizeof insurer, "%s%s支公司",
	    insurers[rng_range(r, 0, 3)], c->name_zh);
	s = st(g, ST_POLICY);
	b_int(s, 1, u->id);
	b_text(s, 2, insurer);
	b_day(s, 3, start);
	b_day(s, 4, end);
	b_int(s, 5, persons);
	b_int(s, 6, (int64_t)persons * rng_range(r, 150, 420));
	db_insert(g, s);
}

void
gen_insurance(struct county *c)
{
	struct rng	 r;
	int		*pool, npool, y, s, k, i, want, ye, smelt;
	unsigned char	*chosen;

	county_rng(c, AREA_INSURANCE, &r);
	pool = calloc((size_t)c->nunits + 1, sizeof *pool);
	chosen = calloc((size_t)c->nunits + 1, 1);
	if (pool == NULL || chosen == NULL)
		die("out of memory");
	for (y = 0; y < NYEARS; y++) {
		ye = year_last_day(YEAR_FIRST + y);
		for (i = 0; i < c->nunits; i++)
			chosen[i] = 0;
		/* Each mandatory group (a mandatory sector, or the smelting
		 * units of industry & trade): exactly the plan's share of
		 * the units open at year end holds a policy. */
		for (s = 0; s <= NSECTORS; s++) {
			smelt = s == NSECTORS;
			if (!smelt && !sector_info[s].mandatory)
				continue;
			npool = 0;
			for (i = 0; i < c->nunits; i++)
				if (open_on(&c->units[i], ye) && (smelt ?
				    c->units[i].smelting :
				    c->units[i].sector == s))
					pool[npool++] = i;
			want = (int)floor(npool * (smelt ?
			    c->plan[y].smelting_permille :
			    c->plan[y].coverage_permille[s]) / 1000.0 + 0.5);
			rng_shuffle(&r, pool, npool);
			for (k = 0; k < want && k < npool; k++)
				chosen[pool[k]] = 1;
		}
		for (i = 0; i < c->nunits; i++) {
			const struct unitref *u = &c->units[i];

			if (!open_on(u, ye))
				continue;
			if (!sector_info[u->sector].mandatory && !u->smelting &&
			    rng_chance(&r, c->plan[y].voluntary_permille / 1000.0))
				chosen[i] = 1;
			if (chosen[i])
				policy(c, &r, u, YEAR_FIRST + y);
		}
	}
	free(pool);
	free(chosen);
}
