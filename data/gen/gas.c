/*
 * data/gen/gas.c -- town gas: operators, users (restaurants, residents,
 * institutions) with their alarms, and home and premises inspections.
 * Gas hazards are rows of the common ledger; an inspection that found one
 * points to it.  The report's "no major gas hazard in 2023" is the plan's
 * zero in hazards.c.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "data/gen/gen.h"

#define N(a) (int)(sizeof (a) / sizeof (a)[0])

enum user_kind { U_RESTAURANT, U_RESIDENT, U_INSTITUTION };
static const char *const user_kind_code[] = {
	"restaurant", "resident", "institution",
};

struct user {
	int64_t	id;
	int	kind, township;
	int	op;		/* index into the county's gas operators */
};

static const char *const estates[] = {
	"滨河花园", "阳光小区", "锦绣家园", "幸福里", "和谐苑", "金色家园",
	"翠苑小区", "新城名苑", "城南安置小区", "东方丽景",
};
static const char *const foods[] = {
	"火锅店", "烧烤店", "面馆", "快餐店", "饭店", "酒楼", "小吃店",
	"农家乐", "早餐店", "羊肉馆",
};
static const char *const food_brands[] = {
	"老王", "川味", "好再来", "福满楼", "张记", "聚香园", "小李", "乡里乡亲",
	"一品", "鲜味坊",
};

/* A user's name: an address for residents, a trade name otherwise. */
static void
user_name(struct county *c, struct rng *r, int kind, int t, char *out,
    size_t len)
{
	switch (kind) {
	case U_RESIDENT:
		snprintf(out, len, "%s%s%d栋%d单元%d%02d室", c->township_zh[t],
		    estates[rng_range(r, 0, N(estates) - 1)],
		    (int)rng_range(r, 1, 18), (int)rng_range(r, 1, 4),
		    (int)rng_range(r, 1, 18), (int)rng_range(r, 1, 4));
		break;
	case U_RESTAURANT:
		snprintf(out, len, "%s%s%s", c->township_zh[t],
		    food_brands[rng_range(r, 0, N(food_brands) - 1)],
		    foods[rng_range(r, 0, N(foods) - 1)]);
		break;
	default: {
		static const char *const inst[] = { "卫生院食堂", "中心学校食堂",
		    "敬老院", "人民政府机关食堂", "派出所食堂" };
		snprintf(out, len, "%s%s", c->township_zh[t],
		    inst[rng_range(r, 0, N(inst) - 1)]);
		break;
	}
	}
}

/* Operators: the county's gas-sector units. */
static int
operators(struct county *c, const struct unitref **op)
{
	struct gen	*g = c->g;
	struct ins	*s;
	char		 licence[64];
	int		 i, n = c->nby_sector[SEC_GAS];

	for (i = 0; i < n; i++) {
		op[i] = &c->units[c->by_sector[SEC_GAS][i]];
		snprintf(licence, sizeof licence, "岭燃经字〔%d〕第%03d%02d号",
		    2016 + (int)(op[i]->id % 5), c->index, i + 1);
		s = st(g, ST_GAS_OPERATOR);
		b_int(s, 1, op[i]->id);
		b_text(s, 2, licence);
		b_text(s, 3, op[i]->subkind == 0 ? "piped" : "bottled");
		db_insert(g, s);
	}
	return n;
}

/* The user an inspection that found hazard h visited: one of the
 * hazard's operator's users in its township if there is one. */
static const struct user *
user_for(struct rng *r, const struct user *u, int n,
    const struct hazref *h, const struct county *c,
    const struct unitref *const *op)
{
	int	i, tries;

	for (tries = 0; tries < 400; tries++) {
		i = (int)rng_range(r, 0, n - 1);
		if (op[u[i].op]->id == h->unit_id &&
		    c->township_id[u[i].township] == h->township_id &&
		    (u[i].kind == U_RESTAURANT || rng_chance(r, 0.5)))
			return &u[i];
	}
	for (tries = 0; tries < 400; tries++) {
		i = (int)rng_range(r, 0, n - 1);
		if (op[u[i].op]->id == h->unit_id)
			return &u[i];
	}
	return &u[rng_range(r, 0, n - 1)];
}

/* One gas inspection row. */
static void
inspection(struct county *c, int64_t user, int day, const char *result,
    int64_t hazard)
{
	struct gen	*g = c->g;
	struct ins	*s = st(g, ST_GAS_INSPECTION);

	b_int(s, 1, user);
	b_day(s, 2, day);
	b_text(s, 3, result);
	b_id0(s, 4, hazard);
	db_insert(g, s);
}

void
gen_gas(struct county *c)
{
	struct gen		*g = c->g;
	struct rng		 r;
	const struct unitref	*op[16];
	struct user		*u;
	struct ins		*s;
	char			 name[160];
	int			 nop, counts[3], n, i, k, y, yi, t, piped = -1;
	int			*order, *rank_of, nrest, day, visits, v;
	int			 working_by[NYEARS];
	double			 p_alarm;
	const char		*alarm;

	county_rng(c, AREA_GAS, &r);
	nop = operators(c, op);
	if (nop == 0)
		return;
	for (i = 0; i < nop; i++)
		if (op[i]->subkind == 0)
			piped = i;
	counts[U_RESTAURANT] = c->index == 1 ? 186 :
	    (int)floor(186 * pow(c->size, 0.4) + 0.5);
	counts[U_RESIDENT] = c->index == 1 ? 2400 :
	    (int)floor(2400 * pow(c->size, 0.15) + 0.5);
	counts[U_INSTITUTION] = c->index == 1 ? 42 :
	    (int)floor(42 * pow(c->size, 0.3) + 0.5);
	n = counts[0] + counts[1] + counts[2];
	u = calloc((size_t)n, sizeof *u);
	order = calloc((size_t)n, sizeof *order);
	rank_of = calloc((size_t)n, sizeof *rank_of);
	if (u == NULL || order == NULL || rank_of == NULL)
		die("out of memory");
	for (i = 0, k = 0; k < 3; k++)
		for (v = 0; v < counts[k]; v++, i++) {
			u[i].kind = k;
			t = rng_chance(&r, k == U_RESIDENT ? 0.7 : 0.5) ? c->seat :
			    pick_township(c, &r);
			u[i].township = t;
			/* Piped gas reaches the county seat; elsewhere
			 * bottled LPG. */
			u[i].op = t == c->seat && piped >= 0 && rng_chance(&r, 0.8) ?
			    piped : (int)rng_range(&r, 0, nop - 1);
		}

	/* Restaurants' alarms: in a random order, the first ones were
	 * installed earliest, so that each year's end has exactly the
	 * plan's share with a working alarm. */
	nrest = counts[U_RESTAURANT];
	for (i = 0; i < nrest; i++)
		order[i] = i;
	rng_shuffle(&r, order, nrest);
	for (i = 0; i < nrest; i++)
		rank_of[order[i]] = i;
	for (yi = 0; yi < NYEARS; yi++)
		working_by[yi] = (int)floor(nrest *
		    c->plan[yi].alarm_permille / 1000.0 + 0.5);
	for (i = 0; i < n; i++) {
		int	alarm_day = -1;

		if (u[i].kind == U_RESTAURANT) {
			alarm = "none";
			for (yi = 0; yi < NYEARS; yi++)
				if (rank_of[i] < working_by[yi]) {
					alarm = "working";
					alarm_day = (int)rng_range(&r,
					    yi == 0 ? day_from_ymd(2019, 1, 1) :
					    year_first_day(YEAR_FIRST + yi),
					    year_last_day(YEAR_FIRST + yi));
					break;
				}
			/* Some without one have a faulty one instead (it
			 * does not count as working in any year). */
			if (alarm_day < 0 && rng_chance(&r, 0.3)) {
				alarm = "faulty";
				alarm_day = (int)rng_range(&r,
				    day_from_ymd(2019, 1, 1),
				    year_last_day(YEAR_LAST));
			}
		} else {
			p_alarm = u[i].kind == U_RESIDENT ? 0.15 : 0.8;
			alarm = rng_chance(&r, p_alarm) ? "working" : "none";
			if (alarm[0] == 'w')
				alarm_day = (int)rng_range(&r,
				    day_from_ymd(2018, 1, 1),
				    year_last_day(YEAR_LAST));
		}
		user_name(c, &r, u[i].kind, u[i].township, name, sizeof name);
		s = st(g, ST_GAS_USER);
		b_int(s, 1, c->township_id[u[i].township]);
		b_int(s, 2, op[u[i].op]->id);
		b_text(s, 3, user_kind_code[u[i].kind]);
		b_text(s, 4, name);
		b_text(s, 5, alarm);
		b_day(s, 6, alarm_day);
		u[i].id = db_insert(g, s);
	}

	/* Inspections: residents about once a year, restaurants two to four
	 * times, institutions twice; and one for each hazard the operators
	 * found at users' premises. */
	for (yi = 0; yi < NYEARS; yi++) {
		y = YEAR_FIRST + yi;
		for (i = 0; i < n; i++) {
			visits = u[i].kind == U_RESIDENT ? rng_chance(&r, 0.78) :
			    u[i].kind == U_RESTAURANT ? (int)rng_range(&r, 1, 3) : 2;
			for (v = 0; v < visits; v++) {
				day = pick_day(&r, y, NULL);
				inspection(c, u[i].id, day, rng_chance(&r,
				    u[i].kind == U_RESIDENT ? 0.08 : 0.01) ?
				    "no_access" : "ok", 0);
			}
		}
		for (k = 0; k < c->ngas_self[yi]; k++) {
			const struct hazref *h = &c->gas_self[yi][k];

			inspection(c, user_for(&r, u, n, h, c, op)->id, h->found,
			    "hazard", h->id);
		}
	}
	free(u);
	free(order);
	free(rank_of);
}
