/*
 * data/gen/hazards.c -- the hazard ledger and the inspections that found
 * its department-found hazards, plus leader-led and hazard-free
 * inspections.
 *
 * Per year: the plan fixes how many general and major hazards are found
 * and how many of each are rectified by 31 December, the majors' sectors
 * and how many departments found.  Each hazard gets a sector, a unit open
 * on its found date, a finder, a deadline and (if rectified) a date, and
 * a description from its sector's criteria.  Hazards not rectified by the
 * year's end are mostly the ones found late in the year; most of them are
 * rectified the next year, a few stay open.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/gen/gen.h"

enum finder {
	F_DEPT, F_SELF, F_TOWNSHIP, F_SUPERIOR, F_REPORT, F_THIRD, NFINDERS
};
static const char *const finder_code[NFINDERS] = {
	"dept", "self", "township", "superior", "report", "third_party",
};
/* How general hazards are found. */
static const double general_finders[NFINDERS] = {
	0.36, 0.40, 0.15, 0.04, 0.03, 0.02,
};

/* General hazards per open unit of a sector, and those without a unit
 * (roads, users' premises) per county of the bundled county's size. */
static const double propensity[NSECTORS] = {
	3.5, 2.0, 1.5, 3.0, 4.0, 2.5, 2.0, 0.8, 3.0, 1.5, 3.0, 2.0, 2.0,
	1.0, 1.5, 1.5,
};
static const double unitless[NSECTORS] = {
	[SEC_GAS] = 25, [SEC_TRANSPORT] = 12,
};

/* Finding follows the work calendar: quiet at the Spring Festival, busy
 * in the June safety month and before the year-end review. */
static const double month_weights[12] = {
	0.7, 0.6, 1.0, 1.1, 1.1, 1.25, 1.0, 0.9, 1.0, 1.0, 1.1, 1.2,
};
static const double campaign_2023_weights[12] = {
	0.3, 0.3, 0.4, 1.2, 1.2, 1.3, 1.2, 1.1, 1.2, 1.2, 1.2, 1.0,
};

struct hz {
	int			 major, sector, variant;
	const struct unitref	*unit;
	int			 township;
	int			 finder, dept;		/* dept: -1 none */
	int			 found, deadline, rectified;
	int			 forced;		/* must be rectified by year end */
	int			 group;			/* inspection group, -1 none */
	const char		*campaign;
	int			 order;			/* tie-break when sorting */
};

/* An inspection made for one or more department-found hazards. */
struct group {
	const struct unitref	*unit;
	int			 township, dept, day;
	int			 joint;
	const char		*campaign;
	int64_t			 id;			/* 0 until inserted */
};

struct year_state {
	struct county	*c;
	struct rng	*r;
	int		 y, ye;			/* year, its last day */
	struct hz	*h;
	int		 n, cap;
	struct group	*grp;
	int		 ngrp, capgrp;
	int		 last_group[NSECTORS];	/* for clustering */
};

/* A new, zeroed hazard of the year (no dept, group or rectification). */
static struct hz *
hz_new(struct year_state *ys)
{
	if (ys->n == ys->cap) {
		ys->cap = ys->cap == 0 ? 1024 : ys->cap * 2;
		ys->h = realloc(ys->h, (size_t)ys->cap * sizeof *ys->h);
		if (ys->h == NULL)
			die("out of memory");
	}
	memset(&ys->h[ys->n], 0, sizeof ys->h[ys->n]);
	ys->h[ys->n].order = ys->n;
	ys->h[ys->n].dept = -1;
	ys->h[ys->n].group = -1;
	ys->h[ys->n].rectified = -1;
	return &ys->h[ys->n++];
}

/* A new inspection group of the year; returns its index. */
static int
group_new(struct year_state *ys, const struct unitref *u, int township,
    int dept, int day, int joint, const char *campaign)
{
	struct group	*gr;

	if (ys->ngrp == ys->capgrp) {
		ys->capgrp = ys->capgrp == 0 ? 256 : ys->capgrp * 2;
		ys->grp = realloc(ys->grp, (size_t)ys->capgrp * sizeof *ys->grp);
		if (ys->grp == NULL)
			die("out of memory");
	}
	gr = &ys->grp[ys->ngrp];
	gr->unit = u;
	gr->township = township;
	gr->dept = dept;
	gr->day = day;
	gr->joint = joint;
	gr->campaign = campaign;
	gr->id = 0;
	return ys->ngrp++;
}

/* The department that inspects sector s: its regulator mostly, the
 * emergency bureau (comprehensive supervision) or another sometimes. */
static int
inspecting_dept(struct rng *r, int s)
{
	double	x = rng_uniform(r);

	if (x < 0.75)
		return sector_info[s].dept;
	if (x < 0.92)
		return DEPT_EMB;
	return (int)rng_range(r, DEPT_EMB, NDEPTS - 1);
}

/* The campaign a hazard of year y belongs to, if any. */
static const char *
campaign_of(struct rng *r, int y, int s, int major, int found)
{
	int	yy, m, d;

	day_to_ymd(found, &yy, &m, &d);
	switch (y) {
	case 2022:
		if (s == SEC_SELF_BUILT && m >= 5)
			return "self_built_2022";
		return NULL;
	case 2023:
		if (major)
			return "major_hazard_2023";
		if (s == SEC_TRANSPORT)
			return "key_vehicles_2023";
		if (s == SEC_GAS && found >= day_from_ymd(2023, 6, 25))
			return rng_chance(r, 0.7) ? "gas_2023" : NULL;
		if (m >= 3 && m <= 6 && rng_chance(r, 0.3))
			return "self_check_2023";
		if (m >= 7 && rng_chance(r, 0.15))
			return "capacity_2023";
		return NULL;
	case 2024:
		return rng_chance(r, major ? 0.8 : 0.35) ? "root_cause_2024" : NULL;
	case 2025:
		return rng_chance(r, major ? 0.8 : 0.35) ? "root_cause_2025" : NULL;
	}
	return NULL;
}

/* Fill in where and by whom hazard h was found. */
static void
place_hazard(struct year_state *ys, struct hz *h, int last_found)
{
	struct county		*c = ys->c;
	struct rng		*r = ys->r;
	const double		*mw;
	struct group		*gr;

	mw = ys->y == 2023 && h->major ? campaign_2023_weights : month_weights;
	h->found = pick_day(r, ys->y, mw);
	if (h->found > last_found)
		h->found = (int)rng_range(r, year_first_day(ys->y), last_found);
	/* Cluster: join a department inspection already made in this
	 * sector (same unit, day and department). */
	if (h->finder == F_DEPT && ys->last_group[h->sector] >= 0 &&
	    rng_chance(r, 0.6)) {
		gr = &ys->grp[ys->last_group[h->sector]];
		if (gr->day <= last_found) {
			h->group = ys->last_group[h->sector];
			h->unit = gr->unit;
			h->township = gr->township;
			h->dept = gr->dept;
			h->found = gr->day;
			return;
		}
	}
	if (h->variant == 1 && h->sector == SEC_TRANSPORT)
		h->unit = NULL;		/* a road */
	else if (h->variant == 1 && h->sector == SEC_GAS)
		h->unit = pick_unit(c, r, SEC_GAS, h->found);	/* the operator */
	else
		h->unit = pick_unit(c, r, h->sector, h->found);
	h->township = h->unit != NULL ? h->unit->township : pick_township(c, r);
	if (h->finder == F_DEPT) {
		if (h->dept < 0)
			h->dept = inspecting_dept(r, h->sector);
		h->group = group_new(ys, h->unit, h->township, h->dept,
		    h->found, 0, h->major && ys->y == 2023 ?
		    "major_hazard_2023" : NULL);
		ys->last_group[h->sector] = h->group;
	}
}

/* Deadline and, for rectified hazards, the rectification date. */
static void
schedule(struct year_state *ys, struct hz *h, int rectified_by_ye)
{
	static const int general_days[] = { 3, 7, 7, 10, 15, 15, 20, 30 };
	static const int major_days[] = { 30, 45, 60, 60, 90, 120 };
	struct rng	*r = ys->r;
	double		 t;
	int		 last = year_last_day(YEAR_LAST);

	h->deadline = h->found + (h->major ?
	    major_days[rng_range(r, 0, 5)] : general_days[rng_range(r, 0, 7)]);
	t = (h->major ? 30.0 : 8.0) * exp(0.7 * rng_normal(r));
	if (rectified_by_ye) {
		h->rectified = h->found + (int)t;
		if (h->rectified > ys->ye)
			h->rectified = (int)rng_range(r, h->found, ys->ye);
		return;
	}
	/* Carried over: most are rectified next year, some stay open. */
	if (ys->y < YEAR_LAST && rng_chance(r, 0.9)) {
		h->rectified = ys->ye + 1 + (int)(40.0 * exp(0.8 *
		    rng_normal(r)));
		if (h->rectified > last)
			h->rectified = -1;
	} else
		h->rectified = -1;
}

/* Efraimidis-Spirakis keys: the k smallest are a weighted sample. */
struct keyed { double key; int i; };

/* Order by key, then index (qsort is not stable). */
static int
keyed_cmp(const void *a, const void *b)
{
	const struct keyed	*x = a, *y = b;

	return x->key < y->key ? -1 : x->key > y->key ? 1 : x->i - y->i;
}

/* Mark which hazards of one level are rectified by year end: all forced
 * ones, and of the rest all but `open`, the open ones drawn with a weight
 * that grows with the found date. */
static void
choose_rectified(struct year_state *ys, int major, int open)
{
	struct keyed	*k;
	int		 i, n = 0;
	double		 u;

	k = calloc((size_t)ys->n + 1, sizeof *k);
	if (k == NULL)
		die("out of memory");
	for (i = 0; i < ys->n; i++) {
		if (ys->h[i].major != major || ys->h[i].forced)
			continue;
		do
			u = rng_uniform(ys->r);
		while (u <= 0);
		k[n].key = -log(u) / exp((ys->h[i].found - ys->ye) / 75.0);
		k[n].i = i;
		n++;
	}
	if (open > n)
		die("year %d: %d %s hazards must stay open but only %d may",
		    ys->y, open, major ? "major" : "general", n);
	qsort(k, (size_t)n, sizeof *k, keyed_cmp);
	for (i = 0; i < ys->n; i++)
		if (ys->h[i].major == major)
			schedule(ys, &ys->h[i], 1);
	for (i = 0; i < open; i++)
		schedule(ys, &ys->h[k[i].i], 0);
	free(k);
}

/* Order hazards by found date, then by creation (stable ids). */
static int
hz_cmp(const void *a, const void *b)
{
	const struct hz	*x = a, *y = b;

	if (x->found != y->found)
		return x->found < y->found ? -1 : 1;
	return x->order - y->order;
}

/* Largest-remainder split of `total` over sectors by weight. */
static void
allocate(struct rng *r, const double *w, int total, int *out)
{
	double	sum = 0, rem[NSECTORS], best;
	int	s, given = 0, pick;

	for (s = 0; s < NSECTORS; s++)
		sum += w[s];
	for (s = 0; s < NSECTORS; s++) {
		double x = sum > 0 ? total * w[s] / sum : 0;

		out[s] = (int)floor(x);
		rem[s] = x - out[s] + 1e-9 * rng_uniform(r);
		given += out[s];
	}
	while (given < total) {
		pick = 0;
		best = -1;
		for (s = 0; s < NSECTORS; s++)
			if (w[s] > 0 && rem[s] > best) {
				best = rem[s];
				pick = s;
			}
		out[pick]++;
		rem[pick] = -1;
		given++;
	}
}

/* Open units of sector s at the middle of year y. */
static int
open_units(const struct county *c, int s, int y)
{
	int	i, n = 0, mid = day_from_ymd(y, 7, 1);

	for (i = 0; i < c->nby_sector[s]; i++) {
		const struct unitref *u = &c->units[c->by_sector[s][i]];

		if (u->opened <= mid && (u->closed < 0 || u->closed > mid))
			n++;
	}
	return n;
}

/* The joint inspection of every hazardous-chemical unit (2023): one
 * inspection each, in the campaign's weeks; returns how many. */
static int
joint_check_groups(struct year_state *ys, int *first)
{
	struct county	*c = ys->c;
	int		 i, n = c->nby_sector[SEC_HAZCHEM];

	*first = ys->ngrp;
	for (i = 0; i < n; i++) {
		const struct unitref *u = &c->units[c->by_sector[SEC_HAZCHEM][i]];

		group_new(ys, u, u->township, DEPT_EMB, (int)rng_range(ys->r,
		    day_from_ymd(2023, 9, 18), day_from_ymd(2023, 10, 31)), 1,
		    "hazchem_joint_2023");
	}
	return n;
}

/* Insert inspection group g (once). */
static int64_t
group_insert(struct county *c, struct group *gr)
{
	struct gen	*g = c->g;
	struct ins	*s;

	if (gr->id != 0)
		return gr->id;
	s = st(g, ST_INSPECTION);
	b_int(s, 1, c->township_id[gr->township]);
	b_id0(s, 2, gr->unit != NULL ? gr->unit->id : 0);
	b_text(s, 3, dept_info[gr->dept].code);
	b_day(s, 4, gr->day);
	b_int(s, 5, 0);
	b_null(s, 6);
	b_int(s, 7, gr->joint);
	b_text(s, 8, gr->campaign);
	gr->id = db_insert(g, s);
	return gr->id;
}

/* Append hazard h (inserted as id) to a county list for later areas. */
static void
remember(struct hazref **list, int *n, const struct hz *h, int64_t id,
    const struct county *c)
{
	*list = realloc(*list, (size_t)(*n + 1) * sizeof **list);
	if (*list == NULL)
		die("out of memory");
	(*list)[*n].id = id;
	(*list)[*n].unit_id = h->unit != NULL ? h->unit->id : 0;
	(*list)[*n].township_id = c->township_id[h->township];
	(*list)[*n].sector = h->sector;
	(*list)[*n].found = h->found;
	(*n)++;
}

/* Insert the year's hazards in found-date order. */
static void
insert_hazards(struct year_state *ys, int yi)
{
	struct county	*c = ys->c;
	struct gen	*g = c->g;
	struct ins	*s;
	char		 desc[256];
	int64_t		 crit, inspection, id;
	int		 i;

	qsort(ys->h, (size_t)ys->n, sizeof *ys->h, hz_cmp);
	for (i = 0; i < ys->n; i++) {
		struct hz *h = &ys->h[i];

		inspection = h->group >= 0 ? group_insert(c, &ys->grp[h->group]) :
		    0;
		crit = hazard_text(ys->r, h->sector, h->major, h->variant,
		    desc, sizeof desc);
		s = st(g, ST_HAZARD);
		b_int(s, 1, c->township_id[h->township]);
		b_id0(s, 2, h->unit != NULL ? h->unit->id : 0);
		b_text(s, 3, sector_info[h->sector].code);
		b_text(s, 4, h->major ? "major" : "general");
		b_text(s, 5, finder_code[h->finder]);
		b_text(s, 6, h->dept >= 0 ? dept_info[h->dept].code : NULL);
		b_id0(s, 7, inspection);
		b_day(s, 8, h->found);
		b_day(s, 9, h->deadline);
		b_day(s, 10, h->rectified);
		b_id0(s, 11, crit);
		b_text(s, 12, h->campaign);
		b_text(s, 13, desc);
		id = db_insert(g, s);
		if (h->major)
			remember(&c->majors[yi], &c->nmajors[yi], h, id, c);
		else if (h->sector == SEC_GAS && h->variant == 1)
			remember(&c->gas_self[yi], &c->ngas_self[yi], h, id, c);
	}
}

/* Leader-led inspections in the key periods, and department inspections
 * that found nothing, up to the plan's count. */
static void
other_inspections(struct year_state *ys, const struct year_plan *p)
{
	static const int leader_sectors[] = {
		SEC_INDUSTRY_TRADE, SEC_HAZCHEM, SEC_FIREWORKS, SEC_GAS,
		SEC_TRANSPORT, SEC_TOURISM, SEC_CONSTRUCTION,
	};
	struct county		*c = ys->c;
	struct gen		*g = c->g;
	const struct unitref	*u;
	struct ins		*s;
	int			 kp, k, first, last, day, n, sector, dept;

	for (kp = 0; kp < NKEYPERIODS; kp++) {
		key_period_window(kp, ys->y, &first, &last);
		for (k = 0; k < p->leader_inspections[kp]; k++) {
			day = (int)rng_range(ys->r, first, last);
			u = pick_unit(c, ys->r, leader_sectors[rng_range(ys->r,
			    0, 6)], day);
			s = st(g, ST_INSPECTION);
			b_int(s, 1, c->township_id[u != NULL ? u->township :
			    c->seat]);
			b_id0(s, 2, u != NULL ? u->id : 0);
			b_text(s, 3, dept_info[DEPT_SAC].code);
			b_day(s, 4, day);
			b_int(s, 5, 1);
			b_text(s, 6, key_period_code[kp]);
			b_int(s, 7, 1);
			b_null(s, 8);
			db_insert(g, s);
		}
	}
	for (n = ys->ngrp; n < p->dept_inspections; n++) {
		double w[NSECTORS];

		for (sector = 0; sector < NSECTORS; sector++)
			w[sector] = c->nby_sector[sector];
		sector = rng_weighted(ys->r, w, NSECTORS);
		day = pick_day(ys->r, ys->y, month_weights);
		u = pick_unit(c, ys->r, sector, day);
		dept = inspecting_dept(ys->r, sector);
		s = st(g, ST_INSPECTION);
		b_int(s, 1, c->township_id[u != NULL ? u->township :
		    pick_township(c, ys->r)]);
		b_id0(s, 2, u != NULL ? u->id : 0);
		b_text(s, 3, dept_info[dept].code);
		b_day(s, 4, day);
		b_int(s, 5, 0);
		b_null(s, 6);
		b_int(s, 7, rng_chance(ys->r, 0.1));
		b_null(s, 8);
		db_insert(g, s);
	}
}

/* One year of one county. */
static void
hazard_year(struct county *c, struct rng *r, int yi)
{
	const struct year_plan	*p = &c->plan[yi];
	struct year_state	 ys;
	struct hz		*h;
	double			 w[NSECTORS];
	int			 counts[NSECTORS], *dept_pick, s, k, i, n, rest;
	int			 joint_first = 0, njoint = 0, last_found;

	memset(&ys, 0, sizeof ys);
	ys.c = c;
	ys.r = r;
	ys.y = YEAR_FIRST + yi;
	ys.ye = year_last_day(ys.y);
	for (s = 0; s < NSECTORS; s++)
		ys.last_group[s] = -1;
	if (p->hazchem_joint_check)
		njoint = joint_check_groups(&ys, &joint_first);

	/* Majors: the plan's sectors, exactly major_by_dept of them found
	 * by departments. */
	dept_pick = calloc((size_t)p->major_found + 1, sizeof *dept_pick);
	if (dept_pick == NULL)
		die("out of memory");
	for (k = 0; k < p->major_found; k++)
		dept_pick[k] = k < p->major_by_dept;
	rng_shuffle(r, dept_pick, p->major_found);
	for (s = 0, k = 0; s < NSECTORS; s++) {
		for (i = 0; i < p->major_by_sector[s]; i++, k++) {
			h = hz_new(&ys);
			h->major = 1;
			h->sector = s;
			h->finder = dept_pick[k] ? F_DEPT : F_SELF;
			h->forced = s == SEC_TRANSPORT && p->transport_all_rectified;
			last_found = h->forced ? day_from_ymd(ys.y, 11, 30) : ys.ye;
			place_hazard(&ys, h, last_found);
		}
	}
	free(dept_pick);

	/* Generals: fixed counts where the plan has them, the rest split
	 * by how many open units each sector has. */
	rest = p->general_found;
	for (s = 0; s < NSECTORS; s++) {
		w[s] = (open_units(c, s, ys.y) * propensity[s] +
		    unitless[s] * sqrt(c->size)) * exp(0.15 * rng_normal(r));
		if ((s == SEC_TRANSPORT && p->transport_general >= 0) ||
		    (s == SEC_HAZCHEM && p->hazchem_general >= 0))
			w[s] = 0;
	}
	if (p->transport_general >= 0)
		rest -= p->transport_general;
	if (p->hazchem_general >= 0)
		rest -= p->hazchem_general;
	allocate(r, w, rest, counts);
	if (p->transport_general >= 0)
		counts[SEC_TRANSPORT] = p->transport_general;
	if (p->hazchem_general >= 0)
		counts[SEC_HAZCHEM] = p->hazchem_general;
	for (s = 0; s < NSECTORS; s++) {
		for (i = 0; i < counts[s]; i++) {
			h = hz_new(&ys);
			h->sector = s;
			h->finder = rng_weighted(r, general_finders, NFINDERS);
			last_found = ys.ye;
			if (s == SEC_TRANSPORT) {
				h->variant = rng_chance(r, 0.45);
				if (h->variant == 1)
					h->finder = rng_chance(r, 0.6) ? F_DEPT :
					    F_TOWNSHIP;
				if (p->transport_all_rectified) {
					h->forced = 1;
					last_found = day_from_ymd(ys.y, 11, 30);
				}
			}
			if (s == SEC_GAS && rng_chance(r, 0.65)) {
				h->variant = 1;		/* at a user's premises */
				h->finder = F_SELF;
			}
			if (s == SEC_HAZCHEM && njoint > 0) {
				/* Found in the joint check: its unit, day
				 * and department. */
				struct group *gr = &ys.grp[joint_first +
				    rng_range(r, 0, njoint - 1)];

				h->finder = F_DEPT;
				h->forced = 1;
				h->group = (int)(gr - ys.grp);
				h->unit = gr->unit;
				h->township = gr->township;
				h->dept = gr->dept;
				h->found = gr->day;
				h->campaign = "hazchem_joint_2023";
				continue;
			}
			place_hazard(&ys, h, last_found);
		}
	}
	for (i = 0; i < ys.n; i++)
		if (ys.h[i].campaign == NULL)
			ys.h[i].campaign = campaign_of(r, ys.y, ys.h[i].sector,
			    ys.h[i].major, ys.h[i].found);

	n = p->general_found - p->general_rectified;
	choose_rectified(&ys, 0, n);
	choose_rectified(&ys, 1, p->major_found - p->major_rectified);
	/* Every joint-check inspection is recorded, found hazards or not. */
	for (i = 0; i < njoint; i++)
		group_insert(c, &ys.grp[joint_first + i]);
	insert_hazards(&ys, yi);
	other_inspections(&ys, p);
	free(ys.h);
	free(ys.grp);
}

void
gen_hazards(struct county *c)
{
	struct rng	r;
	int		y;

	county_rng(c, AREA_HAZARDS, &r);
	for (y = 0; y < NYEARS; y++)
		hazard_year(c, &r, y);
}
