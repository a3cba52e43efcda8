/*
 * data/gen/places.c -- cities, counties, townships and the townships'
 * technical inspectors.  Region codes are fictional (prefix 99) so that
 * the synthetic places are never mistaken for real ones.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>

#include "data/gen/gen.h"

/* The 6-digit code of county `index`: 99, city, county in the city. */
static void
county_code(const struct gen *g, int index, char *out, size_t len)
{
	snprintf(out, len, "99%02d%02d", ((index - 1) / g->per_city + 1) % 100,
	    (index - 1) % g->per_city + 1);
}

void
gen_province_places(struct gen *g)
{
	struct ins	*s;
	char		 zh[64], en[96], code[16];
	int		 i, ncities, ncounties;

	/* The county file lists its city's counties (its neighbours, for
	 * the risk index); a province lists all of its counties. */
	ncounties = g->province ? g->ncounties : g->per_city;
	ncities = (ncounties - 1) / g->per_city + 1;
	for (i = 1; i <= ncities; i++) {
		city_name(i, zh, sizeof zh, en, sizeof en);
		snprintf(code, sizeof code, "99%02d", i % 100);
		s = st(g, ST_CITY);
		b_int(s, 1, i);
		b_text(s, 2, code);
		b_text(s, 3, zh);
		b_text(s, 4, en);
		db_insert(g, s);
	}
	for (i = 1; i <= ncounties; i++) {
		county_name(i, zh, sizeof zh, en, sizeof en);
		county_code(g, i, code, sizeof code);
		s = st(g, ST_COUNTY);
		b_int(s, 1, i);
		b_text(s, 2, code);
		b_text(s, 3, zh);
		b_text(s, 4, en);
		b_int(s, 5, (i - 1) / g->per_city + 1);
		b_int(s, 6, i <= g->ncounties);
		db_insert(g, s);
	}
}

/* Split `total` inspectors over n townships at random, the county seat
 * and the zone getting more. */
static void
spread(struct rng *r, int *out, int n, int total, int seat, int zone)
{
	double	w[MAX_TOWNSHIPS];
	int	i, k;

	for (i = 0; i < n; i++) {
		out[i] = 0;
		w[i] = i == seat ? 2.5 : i == zone ? 2.0 : 1.0;
	}
	for (k = 0; k < total; k++)
		out[rng_weighted(r, w, n)]++;
}

void
gen_places(struct county *c)
{
	struct gen	*g = c->g;
	struct rng	 r;
	struct ins	*s;
	int		 full[MAX_TOWNSHIPS], part[MAX_TOWNSHIPS];
	int		 i, y, n, tf, tp;
	double		 per;

	county_rng(c, AREA_PLACES, &r);
	n = (int)(8 + 4 * c->size / (c->size + 4) + rng_range(&r, 0, 8));
	if (n > MAX_TOWNSHIPS)
		n = MAX_TOWNSHIPS;
	n = township_names(c, &r, n);
	for (i = 0; i < n; i++)
		c->township_weight[i] = i == c->seat ? 3.0 :
		    i == c->zone ? 2.5 : 0.6 + rng_uniform(&r);
	/* Inspectors per township: county 1 has its plan's totals (well
	 * below the city's average); other counties draw an average. */
	per = 1.5 + 3.5 * rng_uniform(&r);
	for (y = 0; y < NYEARS; y++) {
		if (c->index == 1) {
			tf = c->plan[y].inspectors_fulltime;
			tp = c->plan[y].inspectors_parttime;
		} else {
			tf = (int)floor(n * per * (0.3 + 0.05 * y) + 0.5);
			tp = (int)floor(n * per * (0.7 + 0.04 * y) + 0.5);
		}
		spread(&r, full, n, tf, c->seat, c->zone);
		spread(&r, part, n, tp, c->seat, c->zone);
		/* The city's published average per township: county 1's
		 * city from the plan, others' drawn by their first county. */
		if ((c->index - 1) % g->per_city == 0) {
			s = st(g, ST_REFERENCE);
			b_int(s, 1, (c->index - 1) / g->per_city + 1);
			b_int(s, 2, YEAR_FIRST + y);
			b_text(s, 3, "township_inspectors_avg");
			b_real(s, 4, c->index == 1 ? c->plan[y].city_inspectors_avg :
			    floor((3.8 + 0.25 * y + 0.6 * rng_normal(&r)) * 10 + 0.5) /
			    10);
			b_text(s, 5, "人/乡镇");
			b_text(s, 6, "市安委办年度通报");
			db_insert(g, s);
		}
		for (i = 0; i < n; i++) {
			s = st(g, ST_STAFF);
			b_int(s, 1, c->township_id[i]);
			b_int(s, 2, YEAR_FIRST + y);
			b_int(s, 3, full[i]);
			b_int(s, 4, part[i]);
			db_insert(g, s);
		}
	}
}

int
pick_township(const struct county *c, struct rng *r)
{
	return rng_weighted(r, c->township_weight, c->ntownships);
}

int
pick_day(struct rng *r, int y, const double *month_weights)
{
	static const double	flat[12] = { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 };
	int			m, first, last;

	m = rng_weighted(r, month_weights != NULL ? month_weights : flat, 12);
	first = day_from_ymd(y, m + 1, 1);
	last = m == 11 ? year_last_day(y) : day_from_ymd(y, m + 2, 1) - 1;
	return (int)rng_range(r, first, last);
}
