/*
 * data/gen/province.c -- the province's published safety risk index
 * (安全风险指数): a score per county and year, and the ranks in the
 * province and in the city it gives.  The index is data the province
 * publishes, not something the ledgers compute; here it comes from a
 * latent quality per county with yearly noise.  The bundled county ranks
 * as its report says for 2023 (2nd in the province, 1st in the city) and
 * plausibly in the other years.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "data/gen/gen.h"

/* County 1's ranks (province, city), 2021-2025. */
static const int report_ranks[NYEARS][2] = {
	{ 5, 2 }, { 3, 1 }, { 2, 1 }, { 3, 1 }, { 4, 2 },
};

struct scored { int county; double score; };

/* qsort order: highest score first, then county number. */
static int
by_score(const void *a, const void *b)
{
	const struct scored	*x = a, *y = b;

	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	return x->county - y->county;
}

/* The city a county belongs to. */
static int
city_of(const struct gen *g, int county)
{
	return (county - 1) / g->per_city + 1;
}

void
gen_risk_index(struct gen *g)
{
	struct rng	 r;
	struct scored	*all, *order;
	double		*quality, *values;
	int		*rank_city, *city_count;
	int		 p = g->province_size, ncities, y, i, k, n;
	int		 want_p, want_c, above_city, above_other;
	int		 stored = g->province ? g->ncounties : g->per_city;

	rng_seed(&r, g->seed, 0x5249534bULL);	/* "RISK" */
	ncities = (p - 1) / g->per_city + 1;
	all = calloc((size_t)p, sizeof *all);
	order = calloc((size_t)p, sizeof *order);
	quality = calloc((size_t)p + 1, sizeof *quality);
	values = calloc((size_t)p, sizeof *values);
	rank_city = calloc((size_t)p + 1, sizeof *rank_city);
	city_count = calloc((size_t)ncities + 2, sizeof *city_count);
	if (all == NULL || order == NULL || quality == NULL ||
	    values == NULL || rank_city == NULL || city_count == NULL)
		die("out of memory");
	for (i = 1; i <= p; i++)
		quality[i] = rng_normal(&r);
	for (y = 0; y < NYEARS; y++) {
		for (i = 0; i < p; i++) {
			all[i].county = i + 1;
			all[i].score = 84 + 4.5 * quality[i + 1] +
			    1.5 * rng_normal(&r) + 0.4 * y;
			if (all[i].score > 99.5)
				all[i].score = 99.5;
			if (all[i].score < 55)
				all[i].score = 55;
			all[i].score = floor(all[i].score * 100 + 0.5) / 100;
		}
		qsort(all, (size_t)p, sizeof *all, by_score);
		for (i = 0; i < p; i++)
			values[i] = all[i].score;
		/* Put county 1 at its published ranks: exactly want_c - 1
		 * counties of its city above it and want_p - want_c others;
		 * scores stay the same set, handed out in the new order. */
		want_p = report_ranks[y][0] <= p ? report_ranks[y][0] : p;
		want_c = report_ranks[y][1];
		above_city = 0;
		above_other = 0;
		for (i = 0; i < p; i++)
			if (all[i].county != 1) {
				if (city_of(g, all[i].county) == 1)
					above_city++;
				else
					above_other++;
			}
		if (want_c - 1 > above_city)
			want_c = above_city + 1;
		if (want_p - want_c > above_other)
			want_p = want_c + above_other;
		n = 0;
		above_city = want_c - 1;
		above_other = want_p - want_c;
		for (i = 0; i < p; i++) {
			int c = all[i].county;

			if (c == 1)
				continue;
			if (city_of(g, c) == 1 && above_city > 0) {
				order[n++] = all[i];
				above_city--;
			} else if (city_of(g, c) != 1 && above_other > 0) {
				order[n++] = all[i];
				above_other--;
			}
		}
		order[n].county = 1;
		n++;
		for (i = 0; i < p; i++) {
			int c = all[i].county, placed = 0;

			if (c == 1)
				continue;
			for (k = 0; k < want_p - 1; k++)
				if (order[k].county == c)
					placed = 1;
			if (!placed)
				order[n++] = all[i];
		}
		for (i = 0; i <= ncities; i++)
			city_count[i] = 0;
		for (i = 0; i < p; i++) {
			order[i].score = values[i];
			rank_city[order[i].county] =
			    ++city_count[city_of(g, order[i].county)];
		}
		for (i = 0; i < p; i++) {
			struct ins *s;

			if (order[i].county > stored)
				continue;
			s = st(g, ST_RISK_INDEX);
			b_int(s, 1, order[i].county);
			b_int(s, 2, YEAR_FIRST + y);
			b_real(s, 3, order[i].score);
			b_int(s, 4, i + 1);
			b_int(s, 5, rank_city[order[i].county]);
			db_insert(g, s);
		}
	}
	free(all);
	free(order);
	free(quality);
	free(values);
	free(rank_city);
	free(city_count);
}
