/*
 * data/gen/insurance-summary.c -- the insurance coverage summaries
 * (data/schema.sql, summary_insurance_county and _province), counted
 * from the units and policies as the generator writes them.
 *
 * The rules are those of the view summary_insurance_events: a unit for
 * which insurance is mandatory (its sector's rule, or metal smelting)
 * counts at the month ends from the month it opened up to, not
 * including, the month it closed; it is insured at the month ends some
 * policy covers, from the month of start_date up to, not including, the
 * month of the day after end_date, while it is open.  Its changes are
 * +1 where such a run begins and -1 where it ends; a unit's policies are
 * merged first, so overlapping or back-to-back ones count it once.
 * Filling the tables from their views instead takes about a minute on a
 * 100-county province (a correlated lookup per unit and month).
 *
 * A county's units and policies are kept until summary_write_county
 * (a county writes its units, then their policies), its changes
 * written then, and the province's summed across counties and written
 * at the end, in key order.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/gen/gen.h"

#define MAX_SECTORS	32
#define FIRST_MONTH	(1900 * 12)	/* month numbers: year * 12 + m - 1 */
#define NMONTHS		(200 * 12)
#define NEVER		(FIRST_MONTH + NMONTHS)	/* a run that never ends */

/* A unit of the county being written. */
struct ins_unit {
	int64_t	id;
	int32_t	county_id, sector, open, close;	/* close: NEVER if open */
	int	mandatory;
};

/* A policy of the county being written, in month numbers [lo, hi). */
struct ins_policy {
	int64_t	unit_id;
	int32_t	lo, hi;
};

/* Changes by sector and month: mandatory, insured. */
struct ins_changes {
	int64_t	m[MAX_SECTORS][NMONTHS][2];
};

struct insurance_summary {
	char		*sector[MAX_SECTORS];	/* codes, as sector rows come */
	int		 mandatory[MAX_SECTORS];
	int		 nsectors;
	struct by_county {
		int64_t		 township;	/* township id -> county id */
		int32_t		 county_id;
	}		*townships;
	size_t		 ntownships, townships_cap;
	struct ins_unit	*units;
	size_t		 nunits, units_cap;
	struct ins_policy *policies;
	size_t		 npolicies, policies_cap;
	struct ins_changes county, province;
};

/* The run's state, created on first use. */
static struct insurance_summary *
state_of(struct gen *g)
{
	if (g->insurance == NULL &&
	    (g->insurance = calloc(1, sizeof *g->insurance)) == NULL)
		die("out of memory");
	return g->insurance;
}

/* Grow *items (of `size` bytes each) to hold one more. */
static void *
grow(void *items, size_t *cap, size_t len, size_t size)
{
	if (len < *cap)
		return items;
	*cap = *cap == 0 ? 1024 : *cap * 2;
	if ((items = realloc(items, *cap * size)) == NULL)
		die("out of memory");
	return items;
}

/* The index of sector `code` among the sector rows seen. */
static int32_t
sector_index(struct insurance_summary *s, const struct row_value *code)
{
	int	 i;

	for (i = 0; i < s->nsectors; i++)
		if (strlen(s->sector[i]) == code->len &&
		    memcmp(s->sector[i], code->s, code->len) == 0)
			return i;
	die("unit of unknown sector '%.*s'", (int)code->len, code->s);
	return -1;
}

/* The county of a township id (townships come before their units). */
static int32_t
county_of_township(struct insurance_summary *s, int64_t township)
{
	size_t	 i;

	for (i = s->ntownships; i-- > 0;)
		if (s->townships[i].township == township)
			return s->townships[i].county_id;
	die("unit of unknown township %lld", (long long)township);
	return 0;
}

/* A month number as an index into the change arrays. */
static int32_t
month_index(int32_t month)
{
	if (month < FIRST_MONTH || month >= NEVER)
		die("month %d out of the summaries' range", month);
	return month - FIRST_MONTH;
}

void
insurance_summary_row(struct gen *g, enum stmt which, const struct row *r)
{
	struct insurance_summary *s;
	struct row_value	 v;

	/* Every row comes here, summary rows too, after the state is gone. */
	if (which != ST_SECTOR && which != ST_TOWNSHIP && which != ST_UNIT &&
	    which != ST_POLICY)
		return;
	s = state_of(g);
	switch (which) {
	case ST_SECTOR:
		if (s->nsectors == MAX_SECTORS)
			die("more than %d sectors", MAX_SECTORS);
		row_get(r, 1, &v);
		if ((s->sector[s->nsectors] = malloc(v.len + 1)) == NULL)
			die("out of memory");
		memcpy(s->sector[s->nsectors], v.s, v.len);
		s->sector[s->nsectors][v.len] = '\0';
		row_get(r, 6, &v);
		s->mandatory[s->nsectors++] = v.i != 0;
		break;
	case ST_TOWNSHIP:
		s->townships = grow(s->townships, &s->townships_cap,
		    s->ntownships, sizeof *s->townships);
		row_get(r, 0, &v);
		s->townships[s->ntownships].township = v.i;
		row_get(r, 1, &v);
		s->townships[s->ntownships++].county_id = (int32_t)v.i;
		break;
	case ST_UNIT: {
		struct ins_unit	*u;

		s->units = grow(s->units, &s->units_cap, s->nunits,
		    sizeof *s->units);
		u = &s->units[s->nunits++];
		row_get(r, 0, &v);
		u->id = v.i;
		row_get(r, 1, &v);
		u->county_id = county_of_township(s, v.i);
		row_get(r, 2, &v);
		u->sector = sector_index(s, &v);
		row_get(r, 5, &v);
		u->mandatory = s->mandatory[u->sector] || v.i != 0;
		row_get(r, 7, &v);
		u->open = month_of(&v);
		row_get(r, 8, &v);
		u->close = v.type == SQLITE_NULL ? NEVER : month_of(&v);
		break;
	}
	case ST_POLICY: {
		struct ins_policy *p;

		s->policies = grow(s->policies, &s->policies_cap,
		    s->npolicies, sizeof *s->policies);
		p = &s->policies[s->npolicies++];
		row_get(r, 1, &v);
		p->unit_id = v.i;
		row_get(r, 3, &v);
		p->lo = month_of(&v);
		row_get(r, 4, &v);
		p->hi = month_of_next_day(&v);
		break;
	}
	default:
		break;
	}
}

/* Policies by unit, then start (qsort). */
static int
policy_cmp(const void *a, const void *b)
{
	const struct ins_policy	*x = a, *y = b;

	if (x->unit_id != y->unit_id)
		return x->unit_id < y->unit_id ? -1 : 1;
	return (x->lo > y->lo) - (x->lo < y->lo);
}

/* Units by id (bsearch). */
static int
unit_cmp(const void *key, const void *elem)
{
	int64_t			 id = *(const int64_t *)key;
	const struct ins_unit	*u = elem;

	return (id > u->id) - (id < u->id);
}

/* Add `d` to one kind (0 mandatory, 1 insured) of a unit's changes at
 * month `m`, in its county's and the province's counts. */
static void
add_change(struct insurance_summary *s, const struct ins_unit *u,
    int32_t m, int kind, int d)
{
	if (m == NEVER)
		return;
	s->county.m[u->sector][month_index(m)][kind] += d;
	s->province.m[u->sector][month_index(m)][kind] += d;
}

/* Count the county's units: open runs, and the merged runs of their
 * policies within them. */
static void
count_units(struct insurance_summary *s)
{
	const struct ins_unit	*u;
	size_t			 i, j;
	int32_t			 lo, hi, run_lo = 0, run_hi = 0;
	int			 in_run;

	for (i = 0; i < s->nunits; i++) {
		if (s->units[i].county_id != s->units[0].county_id)
			die("units of two counties in one county's summary");
		if (!s->units[i].mandatory ||
		    s->units[i].open >= s->units[i].close)
			continue;
		add_change(s, &s->units[i], s->units[i].open, 0, 1);
		add_change(s, &s->units[i], s->units[i].close, 0, -1);
	}
	qsort(s->policies, s->npolicies, sizeof *s->policies, policy_cmp);
	for (i = 0; i < s->npolicies; i = j) {
		u = bsearch(&s->policies[i].unit_id, s->units, s->nunits,
		    sizeof *s->units, unit_cmp);
		in_run = 0;
		for (j = i; j < s->npolicies &&
		    s->policies[j].unit_id == s->policies[i].unit_id; j++) {
			if (u == NULL || !u->mandatory)
				continue;
			lo = s->policies[j].lo > u->open ? s->policies[j].lo :
			    u->open;
			hi = s->policies[j].hi < u->close ? s->policies[j].hi :
			    u->close;
			if (lo >= hi)
				continue;
			/* Sorted by start: a run that reaches this one
			 * (overlapping or back to back) takes it in. */
			if (in_run && lo <= run_hi) {
				if (hi > run_hi)
					run_hi = hi;
				continue;
			}
			if (in_run) {
				add_change(s, u, run_lo, 1, 1);
				add_change(s, u, run_hi, 1, -1);
			}
			run_lo = lo;
			run_hi = hi;
			in_run = 1;
		}
		if (in_run) {
			add_change(s, u, run_lo, 1, 1);
			add_change(s, u, run_hi, 1, -1);
		}
	}
}

/* Write the nonzero changes of `c` through statement `which` (the
 * county's when county_id > 0) and zero them. */
static void
write_changes(struct gen *g, struct insurance_summary *s,
    struct ins_changes *c, enum stmt which, int32_t county_id)
{
	struct ins	*ins;
	char		 month[16];
	int		 k, m, col;

	for (k = 0; k < s->nsectors; k++)
		for (m = 0; m < NMONTHS; m++) {
			if (c->m[k][m][0] == 0 && c->m[k][m][1] == 0)
				continue;
			snprintf(month, sizeof month, "%04d-%02d",
			    (FIRST_MONTH + m) / 12, (FIRST_MONTH + m) % 12 + 1);
			ins = st(g, which);
			col = 1;
			if (county_id > 0)
				b_int(ins, col++, county_id);
			b_text(ins, col++, s->sector[k]);
			b_text(ins, col++, month);
			b_int(ins, col++, c->m[k][m][0]);
			b_int(ins, col, c->m[k][m][1]);
			db_insert(g, ins);
			c->m[k][m][0] = c->m[k][m][1] = 0;
		}
}

void
insurance_summary_write_county(struct gen *g)
{
	struct insurance_summary *s = state_of(g);

	if (s->nunits == 0)
		return;
	count_units(s);
	/* One county's units at a time (gen_units, gen_insurance). */
	write_changes(g, s, &s->county, ST_SUM_INSURANCE_COUNTY,
	    s->units[0].county_id);
	s->nunits = 0;
	s->npolicies = 0;
}

void
insurance_summary_write_province(struct gen *g)
{
	struct insurance_summary *s = state_of(g);
	int			  i;

	write_changes(g, s, &s->province, ST_SUM_INSURANCE_PROVINCE, 0);
	for (i = 0; i < s->nsectors; i++)
		free(s->sector[i]);
	free(s->townships);
	free(s->units);
	free(s->policies);
	free(s);
	g->insurance = NULL;
}

int
insurance_summary_counts(const char *table)
{
	return strcmp(table, "summary_insurance_county") == 0 ||
	    strcmp(table, "summary_insurance_province") == 0;
}
