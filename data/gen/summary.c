/*
 * data/gen/summary.c -- the summary tables (data/schema.sql,
 * "Summaries"), counted from the rows as the generator writes them.
 *
 * The schema defines every summary as a view over its ledger
 * (summary_*_from_ledger).  Filling them from those views once the
 * ledger is written would cost more than a minute of GROUP BY over ten
 * million hazards, so the generator counts them instead: db.c shows this
 * file every row it writes (summary_row), and the rows of the hazard,
 * inspection, enforcement, outreach, publicity, meeting, weighing and
 * visitor ledgers are counted by the rules of the summary_*_events views,
 * with the limits and warning lines read from the rows of weight_limit,
 * dimension_limit and scenic_spot as they are written.  Accidents, whose
 * grade depends on revisions reported later, are few: main.c fills
 * their summary from its view (summary_build_rest).
 * tests/t3300-province.sh checks that these counts equal what the
 * schema's triggers build row by row, and tests/t3400-summaries.sh that
 * the summaries give the ledger's answers.
 *
 * Counts live in hash tables keyed by up to eight small integers (month
 * numbers, ids, and codes numbered as they are first seen).  The tables
 * of one county's rows are written and emptied after each county, the
 * province-wide ones at the end; rows are written in key order, so the
 * file is the same from run to run.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/gen/gen.h"
#include "data/month.h"

#define KEYS		8
#define MEASURES	8
#define MAX_CODES	256		/* a power of two */
#define MAX_LIMITS	16

/* The summaries counted here. */
enum sum_table {
	SUM_HAZARD_COUNTY, SUM_HAZARD_TOWNSHIP, SUM_HAZARD_COUNTY_SECTOR,
	SUM_HAZARD_PROVINCE, SUM_INSPECTION_COUNTY, SUM_INSPECTION_PROVINCE,
	SUM_ENFORCEMENT_COUNTY, SUM_ENFORCEMENT_PROVINCE, SUM_OUTREACH_COUNTY,
	SUM_OUTREACH_PROVINCE, SUM_PUBLICITY_COUNTY, SUM_MEETING_COUNTY,
	SUM_WEIGHING_COUNTY, SUM_WEIGHING_OPERATION, SUM_VISITOR_SPOT,
	NSUMS
};

/* What a key field or a measure holds, to write it back. */
enum field {
	F_END = 0,	/* no more fields */
	F_INT,		/* an integer */
	F_MONTH,	/* a month number: 'YYYY-MM' */
	F_CODE,		/* a code number: its text */
	F_DAY		/* a day number, or -1: 'YYYY-MM-DD' or NULL */
};

static const struct {
	const char	*table;
	enum stmt	 stmt;
	int		 per_county;	/* written after each county */
	enum field	 keys[KEYS];
	enum field	 measures[MEASURES];
} sum_spec[NSUMS] = {
#define COUNTS3	{ F_INT, F_INT, F_INT }
	/* found_month, month, county_id, level */
	[SUM_HAZARD_COUNTY] = { "summary_hazard_county",
	    ST_SUM_HAZARD_COUNTY, 1,
	    { F_MONTH, F_MONTH, F_INT, F_CODE }, COUNTS3 },
	/* county_id, found_month, month, township_id, level */
	[SUM_HAZARD_TOWNSHIP] = { "summary_hazard_township",
	    ST_SUM_HAZARD_TOWNSHIP, 1,
	    { F_INT, F_MONTH, F_MONTH, F_INT, F_CODE }, COUNTS3 },
	/* county_id, found_month, month, sector, level */
	[SUM_HAZARD_COUNTY_SECTOR] = { "summary_hazard_county_sector",
	    ST_SUM_HAZARD_COUNTY_SECTOR, 1,
	    { F_INT, F_MONTH, F_MONTH, F_CODE, F_CODE }, COUNTS3 },
	/* found_month, month, sector, level, finder_kind, finder_dept */
	[SUM_HAZARD_PROVINCE] = { "summary_hazard_province",
	    ST_SUM_HAZARD_PROVINCE, 0,
	    { F_MONTH, F_MONTH, F_CODE, F_CODE, F_CODE, F_CODE }, COUNTS3 },
	/* month, found_month, county_id, dept, leader_led, key_period */
	[SUM_INSPECTION_COUNTY] = { "summary_inspection_county",
	    ST_SUM_INSPECTION_COUNTY, 1,
	    { F_MONTH, F_MONTH, F_INT, F_CODE, F_INT, F_CODE }, COUNTS3 },
	/* month, found_month, dept, leader_led, key_period */
	[SUM_INSPECTION_PROVINCE] = { "summary_inspection_province",
	    ST_SUM_INSPECTION_PROVINCE, 0,
	    { F_MONTH, F_MONTH, F_CODE, F_INT, F_CODE }, COUNTS3 },
	/* month, county_id, sector, dept, kind: cases, fine_yuan */
	[SUM_ENFORCEMENT_COUNTY] = { "summary_enforcement_county",
	    ST_SUM_ENFORCEMENT_COUNTY, 1,
	    { F_MONTH, F_INT, F_CODE, F_CODE, F_CODE }, { F_INT, F_INT } },
	/* month, sector, dept, kind */
	[SUM_ENFORCEMENT_PROVINCE] = { "summary_enforcement_province",
	    ST_SUM_ENFORCEMENT_PROVINCE, 0,
	    { F_MONTH, F_CODE, F_CODE, F_CODE }, { F_INT, F_INT } },
	/* month, county_id, kind, venue: events, participants */
	[SUM_OUTREACH_COUNTY] = { "summary_outreach_county",
	    ST_SUM_OUTREACH_COUNTY, 1,
	    { F_MONTH, F_INT, F_CODE, F_CODE }, { F_INT, F_INT } },
	/* month, kind, venue */
	[SUM_OUTREACH_PROVINCE] = { "summary_outreach_province",
	    ST_SUM_OUTREACH_PROVINCE, 0,
	    { F_MONTH, F_CODE, F_CODE }, { F_INT, F_INT } },
	/* month, county_id, medium: batches, quantity */
	[SUM_PUBLICITY_COUNTY] = { "summary_publicity_county",
	    ST_SUM_PUBLICITY_COUNTY, 1,
	    { F_MONTH, F_INT, F_CODE }, { F_INT, F_INT } },
	/* month, county_id, kind: meetings */
	[SUM_MEETING_COUNTY] = { "summary_meeting_county",
	    ST_SUM_MEETING_COUNTY, 1,
	    { F_MONTH, F_INT, F_CODE }, { F_INT } },
	/* month, county_id, axle_class: weighed, over_limit, over_gross,
	 * over_size, unloaded_kg, excess_kg */
	[SUM_WEIGHING_COUNTY] = { "summary_weighing_county",
	    ST_SUM_WEIGHING_COUNTY, 1,
	    { F_MONTH, F_INT, F_INT },
	    { F_INT, F_INT, F_INT, F_INT, F_INT, F_INT } },
	/* operation_id: the same six */
	[SUM_WEIGHING_OPERATION] = { "summary_weighing_operation",
	    ST_SUM_WEIGHING_OPERATION, 1,
	    { F_INT }, { F_INT, F_INT, F_INT, F_INT, F_INT, F_INT } },
	/* month, spot_id: days, open_days, visitors, peak_visitors,
	 * peak_day, yellow_days, orange_days, red_days */
	[SUM_VISITOR_SPOT] = { "summary_visitor_spot",
	    ST_SUM_VISITOR_SPOT, 1,
	    { F_MONTH, F_INT },
	    { F_INT, F_INT, F_INT, F_INT, F_DAY, F_INT, F_INT, F_INT } },
#undef COUNTS3
};

/* The visitor measures that are not plain sums. */
#define VISITOR_PEAK		3
#define VISITOR_PEAK_DAY	4

/* One row of a summary: its key and its measures. */
struct cell {
	int32_t	key[KEYS];
	int64_t	m[MEASURES];
	int	used;
};

/* A hash table of cells (open addressing, linear probing). */
struct table {
	struct cell	*cells;
	size_t		 cap, len;	/* cap: a power of two */
};

/* What later rows need to know of an earlier one, by its id. */
struct inspection_info {
	int32_t	county_id, dept, leader_led, key_period, month;
};
struct operation_info {
	int32_t	county_id, month;
};
struct spot_info {
	int64_t	capacity;
	int32_t	yellow, orange, red;
};

/* An array indexed by id, grown as ids come. */
struct by_id {
	void	*items;
	size_t	 size, cap;	/* size of an item; items allocated */
};

struct summary {
	struct table	 t[NSUMS];
	/* codes: number -> text and length, and a hash of the texts */
	char		*codes[MAX_CODES];
	size_t		 code_len[MAX_CODES];
	int		 ncodes;
	int16_t		 code_slot[2 * MAX_CODES];	/* code + 1; 0 empty */
	int32_t		 empty_code;
	struct by_id	 township_county;	/* int32_t */
	struct by_id	 inspections;		/* struct inspection_info */
	struct by_id	 operations;		/* struct operation_info */
	struct by_id	 spots;			/* struct spot_info */
	/* the limits, as weight_limit and dimension_limit rows give them */
	struct {
		int64_t	min_axles, max_axles, max_gross;	/* max_axles < 0: none */
	}		 weight[MAX_LIMITS];
	int		 nweight;
	int64_t		 max_height, max_width, max_length;	/* < 0: none */
};

/* The item of `ids` for `id`, zeroed when new. */
static void *
by_id(struct by_id *ids, int64_t id)
{
	size_t	 cap;

	if (id < 0)
		die("negative id %lld in a summary", (long long)id);
	if ((size_t)id >= ids->cap) {
		cap = ids->cap == 0 ? 4096 : ids->cap;
		while (cap <= (size_t)id)
			cap *= 2;
		ids->items = realloc(ids->items, cap * ids->size);
		if (ids->items == NULL)
			die("out of memory");
		memset((char *)ids->items + ids->cap * ids->size, 0,
		    (cap - ids->cap) * ids->size);
		ids->cap = cap;
	}
	return (char *)ids->items + (size_t)id * ids->size;
}

/* FNV-1a of n bytes. */
static uint64_t
fnv(const void *p, size_t n, uint64_t h)
{
	const unsigned char	*b = p;

	while (n-- > 0) {
		h ^= *b++;
		h *= 1099511628211ULL;
	}
	return h;
}

/* The number of a code ("" for NULL), given the first time it is seen. */
static int32_t
code_id(struct summary *s, const struct row_value *v)
{
	const char	*text = v->type == SQLITE_TEXT ? v->s : "";
	size_t		 len = v->type == SQLITE_TEXT ? v->len : 0;
	size_t		 j;
	int		 c;

	j = fnv(text, len, 1469598103934665603ULL) & (2 * MAX_CODES - 1);
	while ((c = s->code_slot[j]) != 0) {
		if (s->code_len[c - 1] == len &&
		    memcmp(s->codes[c - 1], text, len) == 0)
			return c - 1;
		j = (j + 1) & (2 * MAX_CODES - 1);
	}
	if (s->ncodes == MAX_CODES)
		die("more than %d codes in the summaries", MAX_CODES);
	if ((s->codes[s->ncodes] = malloc(len + 1)) == NULL)
		die("out of memory");
	memcpy(s->codes[s->ncodes], text, len);
	s->codes[s->ncodes][len] = '\0';
	s->code_len[s->ncodes] = len;
	s->code_slot[j] = (int16_t)(s->ncodes + 1);
	return s->ncodes++;
}

/* Two digits, four digits of a date's text. */
#define DIGITS2(p)	(((p)[0] - '0') * 10 + ((p)[1] - '0'))
#define DIGITS4(p)	(DIGITS2(p) * 100 + DIGITS2((p) + 2))

/* The month number (year * 12 + month - 1) of a 'YYYY-MM-DD' value. */
int32_t
month_of(const struct row_value *v)
{
	if (v->type != SQLITE_TEXT || v->len < 7)
		die("a summary needs a date, not '%.*s'", (int)v->len, v->s);
	return DIGITS4(v->s) * 12 + DIGITS2(v->s + 5) - 1;
}

/* The month number of the day after a 'YYYY-MM-DD' value. */
int32_t
month_of_next_day(const struct row_value *v)
{
	int	y, m, d;

	if (v->type != SQLITE_TEXT || v->len < 10)
		die("a summary needs a date, not '%.*s'", (int)v->len, v->s);
	y = DIGITS4(v->s);
	m = DIGITS2(v->s + 5);
	d = DIGITS2(v->s + 8);
	return y * 12 + m - 1 + (d == month_last_day(y, m));
}

/* The day number of a 'YYYY-MM-DD' value. */
static int
day_of(const struct row_value *v)
{
	return day_from_ymd(DIGITS4(v->s), DIGITS2(v->s + 5),
	    DIGITS2(v->s + 8));
}

/* The key's eight fields as four words. */
static void
key_words(const int32_t *key, uint64_t *w)
{
	memcpy(w, key, KEYS * sizeof *key);
}

/* A hash of a key (multiply-xorshift over its words). */
static size_t
key_hash(const int32_t *key)
{
	uint64_t	w[KEYS / 2], h;

	key_words(key, w);
	h = w[0] * 0x9e3779b97f4a7c15ULL ^ w[1] * 0xc2b2ae3d27d4eb4fULL ^
	    w[2] * 0x165667b19e3779f9ULL ^ w[3] * 0xd6e8feb86659fd93ULL;
	return (size_t)(h ^ (h >> 31));
}

/* 1 when two keys are the same. */
static int
key_equal(const int32_t *a, const int32_t *b)
{
	uint64_t	x[KEYS / 2], y[KEYS / 2];

	key_words(a, x);
	key_words(b, y);
	return x[0] == y[0] && x[1] == y[1] && x[2] == y[2] && x[3] == y[3];
}

/* Double a table's capacity, moving its cells. */
static void
table_grow(struct table *t)
{
	struct cell	*old = t->cells;
	size_t		 oldcap = t->cap, i, j;

	t->cap = oldcap == 0 ? 1024 : oldcap * 2;
	if ((t->cells = calloc(t->cap, sizeof *t->cells)) == NULL)
		die("out of memory");
	for (i = 0; i < oldcap; i++) {
		if (!old[i].used)
			continue;
		j = key_hash(old[i].key) & (t->cap - 1);
		while (t->cells[j].used)
			j = (j + 1) & (t->cap - 1);
		t->cells[j] = old[i];
	}
	free(old);
}

/* The cell of `key` (unused fields zero), created with its measures at
 * zero (and, for a visitor month, no peak day yet). */
static struct cell *
cell(struct summary *s, enum sum_table which, const int32_t *key)
{
	struct table	*t = &s->t[which];
	struct cell	*c;
	size_t		 j;

	if (2 * (t->len + 1) > t->cap)
		table_grow(t);
	j = key_hash(key) & (t->cap - 1);
	while (t->cells[j].used && !key_equal(t->cells[j].key, key))
		j = (j + 1) & (t->cap - 1);
	c = &t->cells[j];
	if (!c->used) {
		memcpy(c->key, key, sizeof c->key);
		c->used = 1;
		if (which == SUM_VISITOR_SPOT)
			c->m[VISITOR_PEAK_DAY] = -1;
		t->len++;
	}
	return c;
}

/* Add up to three values to the cell of `key`. */
static void
add3(struct summary *s, enum sum_table which, const int32_t *key,
    int64_t a, int64_t b, int64_t c3)
{
	struct cell	*c = cell(s, which, key);

	c->m[0] += a;
	c->m[1] += b;
	c->m[2] += c3;
}

/* Key order, field by field (qsort). */
static int
cell_cmp(const void *a, const void *b)
{
	const struct cell	*x = a, *y = b;
	int			 i;

	for (i = 0; i < KEYS; i++)
		if (x->key[i] != y->key[i])
			return x->key[i] < y->key[i] ? -1 : 1;
	return 0;
}

/* Bind value v as `kind` to column *col of ins, and move on. */
static void
bind_field(struct summary *s, struct ins *ins, int *col, enum field kind,
    int64_t v)
{
	char	text[32];

	switch (kind) {
	case F_INT:
		b_int(ins, (*col)++, v);
		break;
	case F_MONTH:
		snprintf(text, sizeof text, "%04lld-%02lld",
		    (long long)(v / 12), (long long)(v % 12 + 1));
		b_text(ins, (*col)++, text);
		break;
	case F_CODE:
		b_text(ins, (*col)++, s->codes[v]);
		break;
	case F_DAY:
		b_day(ins, (*col)++, (int)v);
		break;
	case F_END:
		break;
	}
}

/* Write a table's cells in key order and empty it. */
static void
table_write(struct gen *g, struct summary *s, enum sum_table which)
{
	struct table	*t = &s->t[which];
	struct cell	*c;
	struct ins	*ins;
	size_t		 i, n = 0;
	int		 k, col;

	for (i = 0; i < t->cap; i++)
		if (t->cells[i].used)
			t->cells[n++] = t->cells[i];
	qsort(t->cells, n, sizeof *t->cells, cell_cmp);
	for (i = 0; i < n; i++) {
		c = &t->cells[i];
		ins = st(g, sum_spec[which].stmt);
		col = 1;
		for (k = 0; k < KEYS && sum_spec[which].keys[k] != F_END; k++)
			bind_field(s, ins, &col, sum_spec[which].keys[k],
			    c->key[k]);
		for (k = 0; k < MEASURES && sum_spec[which].measures[k] != F_END;
		    k++)
			bind_field(s, ins, &col, sum_spec[which].measures[k],
			    c->m[k]);
		db_insert(g, ins);
	}
	memset(t->cells, 0, t->cap * sizeof *t->cells);
	t->len = 0;
}

/* The run's summary state, created on first use. */
static struct summary *
summary_of(struct gen *g)
{
	struct summary		*s;
	struct row_value	 none = { .type = SQLITE_NULL };

	if (g->summary != NULL)
		return g->summary;
	if ((s = calloc(1, sizeof *s)) == NULL)
		die("out of memory");
	s->township_county.size = sizeof(int32_t);
	s->inspections.size = sizeof(struct inspection_info);
	s->operations.size = sizeof(struct operation_info);
	s->spots.size = sizeof(struct spot_info);
	s->max_height = s->max_width = s->max_length = -1;
	g->summary = s;
	s->empty_code = code_id(s, &none);
	return s;
}

/* The county of a township id (0 when unknown: no summary row then). */
static int32_t
county_of(struct summary *s, int64_t township_id)
{
	return *(int32_t *)by_id(&s->township_county, township_id);
}

/* A hazard: four events at most in the hazard summaries (the rules of
 * the view summary_hazard_events), and, when an inspection found it, a
 * hazard in the inspection summaries. */
static void
count_hazard(struct summary *s, const struct row *r)
{
	struct row_value	 v;
	int32_t			 key[KEYS] = { 0 }, township, county, sector;
	int32_t			 level, finder, dept, found, overdue, rect;
	int32_t			 month[4], delta[4][3];
	int			 i, n = 0;

	row_get(r, 1, &v);
	township = (int32_t)v.i;
	if ((county = county_of(s, township)) == 0)
		return;
	row_get(r, 3, &v);
	sector = code_id(s, &v);
	row_get(r, 4, &v);
	level = code_id(s, &v);
	row_get(r, 5, &v);
	finder = code_id(s, &v);
	row_get(r, 6, &v);
	dept = code_id(s, &v);
	row_get(r, 8, &v);
	found = month_of(&v);
	row_get(r, 9, &v);
	overdue = month_of_next_day(&v);
	row_get(r, 10, &v);
	rect = v.type == SQLITE_NULL ? -1 : month_of(&v);

	/* found; rectified; overdue from its overdue month if still open
	 * then, until rectified */
	month[n] = found;
	memcpy(delta[n++], (int32_t[3]){ 1, 0, 0 }, sizeof delta[0]);
	if (rect >= 0) {
		month[n] = rect;
		memcpy(delta[n++], (int32_t[3]){ 0, 1, 0 }, sizeof delta[0]);
	}
	if (rect < 0 || overdue < rect) {
		month[n] = overdue;
		memcpy(delta[n++], (int32_t[3]){ 0, 0, 1 }, sizeof delta[0]);
	}
	if (rect >= 0 && overdue < rect) {
		month[n] = rect;
		memcpy(delta[n++], (int32_t[3]){ 0, 0, -1 }, sizeof delta[0]);
	}
	for (i = 0; i < n; i++) {
		int32_t	*d = delta[i];

		memset(key, 0, sizeof key);
		key[0] = found; key[1] = month[i]; key[2] = county;
		key[3] = level;
		add3(s, SUM_HAZARD_COUNTY, key, d[0], d[1], d[2]);
		key[0] = county; key[1] = found; key[2] = month[i];
		key[3] = township; key[4] = level;
		add3(s, SUM_HAZARD_TOWNSHIP, key, d[0], d[1], d[2]);
		key[3] = sector;
		add3(s, SUM_HAZARD_COUNTY_SECTOR, key, d[0], d[1], d[2]);
		key[0] = found; key[1] = month[i]; key[2] = sector;
		key[3] = level; key[4] = finder; key[5] = dept;
		add3(s, SUM_HAZARD_PROVINCE, key, d[0], d[1], d[2]);
	}

	row_get(r, 7, &v);
	if (v.type == SQLITE_INTEGER) {
		const struct inspection_info *in = by_id(&s->inspections, v.i);
		const char *major = "major";

		if (in->county_id == 0)
			return;		/* no such inspection: no row */
		row_get(r, 4, &v);
		memset(key, 0, sizeof key);
		key[0] = in->month; key[1] = found; key[2] = in->county_id;
		key[3] = in->dept; key[4] = in->leader_led;
		key[5] = in->key_period;
		i = v.len == 5 && memcmp(v.s, major, 5) == 0;
		add3(s, SUM_INSPECTION_COUNTY, key, 0, 1, i);
		key[2] = in->dept; key[3] = in->leader_led;
		key[4] = in->key_period; key[5] = 0;
		add3(s, SUM_INSPECTION_PROVINCE, key, 0, 1, i);
	}
}

/* An inspection: remembered for the hazards it finds, and counted. */
static void
count_inspection(struct summary *s, const struct row *r)
{
	struct inspection_info	*in;
	struct row_value	 v;
	int32_t			 key[KEYS] = { 0 }, county;

	row_get(r, 1, &v);
	if ((county = county_of(s, v.i)) == 0)
		return;
	row_get(r, 0, &v);
	in = by_id(&s->inspections, v.i);
	in->county_id = county;
	row_get(r, 3, &v);
	in->dept = code_id(s, &v);
	row_get(r, 4, &v);
	in->month = month_of(&v);
	row_get(r, 5, &v);
	in->leader_led = (int32_t)v.i;
	row_get(r, 6, &v);
	in->key_period = code_id(s, &v);
	key[0] = in->month; key[1] = in->month; key[2] = county;
	key[3] = in->dept; key[4] = in->leader_led; key[5] = in->key_period;
	add3(s, SUM_INSPECTION_COUNTY, key, 1, 0, 0);
	key[2] = in->dept; key[3] = in->leader_led; key[4] = in->key_period;
	key[5] = 0;
	add3(s, SUM_INSPECTION_PROVINCE, key, 1, 0, 0);
}

/* An enforcement case. */
static void
count_case(struct summary *s, const struct row *r)
{
	struct row_value	 v;
	int32_t			 key[KEYS] = { 0 }, county, sector, dept, kind;
	int64_t			 fine;

	row_get(r, 1, &v);
	if ((county = county_of(s, v.i)) == 0)
		return;
	row_get(r, 3, &v);
	dept = code_id(s, &v);
	row_get(r, 4, &v);
	sector = code_id(s, &v);
	row_get(r, 5, &v);
	kind = code_id(s, &v);
	row_get(r, 7, &v);
	fine = v.i;
	row_get(r, 6, &v);
	key[0] = month_of(&v); key[1] = county; key[2] = sector;
	key[3] = dept; key[4] = kind;
	add3(s, SUM_ENFORCEMENT_COUNTY, key, 1, fine, 0);
	key[1] = sector; key[2] = dept; key[3] = kind; key[4] = 0;
	add3(s, SUM_ENFORCEMENT_PROVINCE, key, 1, fine, 0);
}

/* An outreach event. */
static void
count_outreach(struct summary *s, const struct row *r)
{
	struct row_value	 v;
	int32_t			 key[KEYS] = { 0 }, county, kind, venue;
	int64_t			 people;

	row_get(r, 1, &v);
	if ((county = county_of(s, v.i)) == 0)
		return;
	row_get(r, 4, &v);
	kind = code_id(s, &v);
	row_get(r, 5, &v);
	venue = code_id(s, &v);
	row_get(r, 7, &v);
	people = v.i;
	row_get(r, 6, &v);
	key[0] = month_of(&v); key[1] = county; key[2] = kind; key[3] = venue;
	add3(s, SUM_OUTREACH_COUNTY, key, 1, people, 0);
	key[1] = kind; key[2] = venue; key[3] = 0;
	add3(s, SUM_OUTREACH_PROVINCE, key, 1, people, 0);
}

/* A publicity batch, or a meeting (county-wide rows). */
static void
count_publicity(struct summary *s, const struct row *r)
{
	struct row_value	 v;
	int32_t			 key[KEYS] = { 0 };
	int64_t			 quantity;

	row_get(r, 5, &v);
	quantity = v.i;
	row_get(r, 4, &v);
	key[0] = month_of(&v);
	row_get(r, 1, &v);
	key[1] = (int32_t)v.i;
	row_get(r, 3, &v);
	key[2] = code_id(s, &v);
	add3(s, SUM_PUBLICITY_COUNTY, key, 1, quantity, 0);
}

/* Count a meeting in its month, county and kind. */
static void
count_meeting(struct summary *s, const struct row *r)
{
	struct row_value	 v;
	int32_t			 key[KEYS] = { 0 };

	row_get(r, 4, &v);
	key[0] = month_of(&v);
	row_get(r, 1, &v);
	key[1] = (int32_t)v.i;
	row_get(r, 3, &v);
	key[2] = code_id(s, &v);
	add3(s, SUM_MEETING_COUNTY, key, 1, 0, 0);
}

/* A weighing, judged as the view weighing_checked judges it: against
 * every weight_limit row its axles fall in, and the dimension limits;
 * "over" means strictly above, and a missing limit is never passed. */
static void
count_weighing(struct summary *s, const struct row *r)
{
	const struct operation_info	*op;
	struct row_value		 v;
	int32_t				 key[KEYS] = { 0 };
	int64_t				 axles, gross, height, width, length;
	int64_t				 unloaded, m[6];
	int				 i, k, over_size;

	row_get(r, 1, &v);
	op = by_id(&s->operations, v.i);
	if (op->county_id == 0)
		return;
	key[0] = (int32_t)v.i;
	row_get(r, 2, &v); axles = v.i;
	row_get(r, 3, &v); gross = v.i;
	row_get(r, 4, &v); height = v.i;
	row_get(r, 5, &v); width = v.i;
	row_get(r, 6, &v); length = v.i;
	row_get(r, 7, &v); unloaded = v.i;
	over_size = (s->max_height >= 0 && height > s->max_height) ||
	    (s->max_width >= 0 && width > s->max_width) ||
	    (s->max_length >= 0 && length > s->max_length);
	for (i = 0; i < s->nweight; i++) {
		struct cell *c;

		if (axles < s->weight[i].min_axles ||
		    (s->weight[i].max_axles >= 0 &&
		    axles > s->weight[i].max_axles))
			continue;
		m[0] = 1;
		m[2] = gross > s->weight[i].max_gross;
		m[3] = over_size;
		m[1] = m[2] || m[3];
		m[4] = unloaded;
		m[5] = m[2] ? gross - s->weight[i].max_gross : 0;
		c = cell(s, SUM_WEIGHING_OPERATION, key);
		for (k = 0; k < 6; k++)
			c->m[k] += m[k];
		c = cell(s, SUM_WEIGHING_COUNTY, (int32_t[KEYS]){ op->month,
		    op->county_id, (int32_t)s->weight[i].min_axles });
		for (k = 0; k < 6; k++)
			c->m[k] += m[k];
	}
}

/* A visitor day: sums, the month's busiest day (the first of equals,
 * none when nobody came) and the warning lines reached (the load in
 * tenths of a percent, half-up, at or above the line). */
static void
count_visitor_day(struct summary *s, const struct row *r)
{
	const struct spot_info	*spot;
	struct row_value	 v;
	struct cell		*c;
	int64_t			 visitors, tenths;
	int32_t			 spot_id;
	int			 day;

	row_get(r, 1, &v);
	spot = by_id(&s->spots, v.i);
	if (spot->capacity <= 0)
		return;
	spot_id = (int32_t)v.i;
	row_get(r, 2, &v);
	day = day_of(&v);
	c = cell(s, SUM_VISITOR_SPOT, (int32_t[KEYS]){ month_of(&v),
	    spot_id });
	row_get(r, 4, &v);
	visitors = v.i;
	tenths = ((2000 * visitors) / spot->capacity + 1) / 2;
	row_get(r, 3, &v);
	c->m[0]++;
	c->m[1] += v.len == 4 && memcmp(v.s, "open", 4) == 0;
	c->m[2] += visitors;
	if (visitors > c->m[VISITOR_PEAK] ||
	    (visitors > 0 && visitors == c->m[VISITOR_PEAK] &&
	    day < c->m[VISITOR_PEAK_DAY])) {
		c->m[VISITOR_PEAK] = visitors;
		c->m[VISITOR_PEAK_DAY] = day;
	}
	c->m[5] += tenths >= 10 * spot->yellow;
	c->m[6] += tenths >= 10 * spot->orange;
	c->m[7] += tenths >= 10 * spot->red;
}

/* Count one row being written into the summaries its ledger feeds. */
void
summary_row(struct gen *g, enum stmt which, const struct row *r)
{
	struct summary		*s = summary_of(g);
	struct row_value	 v, w;

	insurance_summary_row(g, which, r);
	switch (which) {
	case ST_TOWNSHIP:
		row_get(r, 0, &v);
		row_get(r, 1, &w);
		*(int32_t *)by_id(&s->township_county, v.i) = (int32_t)w.i;
		break;
	case ST_WEIGHT_LIMIT:
		if (s->nweight == MAX_LIMITS)
			die("more than %d weight limits", MAX_LIMITS);
		row_get(r, 1, &v);
		s->weight[s->nweight].min_axles = v.i;
		row_get(r, 2, &v);
		s->weight[s->nweight].max_axles = v.type == SQLITE_NULL ? -1 :
		    v.i;
		row_get(r, 3, &v);
		s->weight[s->nweight++].max_gross = v.i;
		break;
	case ST_DIMENSION_LIMIT:
		row_get(r, 1, &v);
		row_get(r, 2, &w);
		if (v.len == 6 && memcmp(v.s, "height", 6) == 0)
			s->max_height = w.i;
		else if (v.len == 5 && memcmp(v.s, "width", 5) == 0)
			s->max_width = w.i;
		else if (v.len == 6 && memcmp(v.s, "length", 6) == 0)
			s->max_length = w.i;
		break;
	case ST_OPERATION: {
		struct operation_info *op;

		row_get(r, 0, &v);
		op = by_id(&s->operations, v.i);
		row_get(r, 1, &w);
		op->county_id = county_of(s, w.i);
		row_get(r, 2, &w);
		op->month = month_of(&w);
		break;
	}
	case ST_SPOT: {
		struct spot_info *spot;

		row_get(r, 0, &v);
		spot = by_id(&s->spots, v.i);
		row_get(r, 6, &w);
		spot->capacity = w.i;
		row_get(r, 8, &w);
		spot->yellow = (int32_t)w.i;
		row_get(r, 9, &w);
		spot->orange = (int32_t)w.i;
		row_get(r, 10, &w);
		spot->red = (int32_t)w.i;
		break;
	}
	case ST_HAZARD:
		count_hazard(s, r);
		break;
	case ST_INSPECTION:
		count_inspection(s, r);
		break;
	case ST_CASE:
		count_case(s, r);
		break;
	case ST_OUTREACH:
		count_outreach(s, r);
		break;
	case ST_PUBLICITY:
		count_publicity(s, r);
		break;
	case ST_MEETING:
		count_meeting(s, r);
		break;
	case ST_WEIGHING:
		count_weighing(s, r);
		break;
	case ST_VISITOR_DAY:
		count_visitor_day(s, r);
		break;
	default:
		break;
	}
}

/* Write and empty the summaries keyed by county, after each county. */
void
summary_write_county(struct gen *g)
{
	struct summary	*s = summary_of(g);
	int		 i;

	for (i = 0; i < NSUMS; i++)
		if (sum_spec[i].per_county)
			table_write(g, s, (enum sum_table)i);
	insurance_summary_write_county(g);
}

/* Write the province-wide summaries, once every county is written. */
void
summary_write_province(struct gen *g)
{
	struct summary	*s = summary_of(g);
	int		 i;

	/* First: its rows go through summary_row, which needs s. */
	insurance_summary_write_province(g);

	for (i = 0; i < NSUMS; i++) {
		table_write(g, s, (enum sum_table)i);
		free(s->t[i].cells);
	}
	for (i = 0; i < s->ncodes; i++)
		free(s->codes[i]);
	free(s->township_county.items);
	free(s->inspections.items);
	free(s->operations.items);
	free(s->spots.items);
	free(s);
	g->summary = NULL;
}

/* 1 when this file counts summary `table` itself. */
static int
counted_here(const char *table)
{
	int	i;

	for (i = 0; i < NSUMS; i++)
		if (strcmp(sum_spec[i].table, table) == 0)
			return 1;
	return insurance_summary_counts(table);
}

/* Fill the summaries not counted here from their views, in one
 * transaction. */
void
summary_build_rest(struct gen *g, int verbose)
{
	sqlite3_stmt	*s;
	char		 sql[256];
	double		 t;

	if (sqlite3_prepare_v2(g->db, "SELECT name FROM sqlite_master"
	    " WHERE type = 'table' AND name LIKE 'summary\\_%' ESCAPE '\\'"
	    " ORDER BY rowid", -1, &s, NULL) != SQLITE_OK)
		die("%s", sqlite3_errmsg(g->db));
	db_exec(g, "BEGIN");
	while (sqlite3_step(s) == SQLITE_ROW) {
		const char *table = (const char *)sqlite3_column_text(s, 0);

		if (counted_here(table))
			continue;
		/* Table names come from our own schema, not from data. */
		snprintf(sql, sizeof sql, "INSERT INTO \"%s\" SELECT * FROM"
		    " \"%s_from_ledger\"", table, table);
		t = seconds();
		db_exec(g, sql);
		if (verbose && seconds() - t > 0.5)
			fprintf(stderr, "safestat-gen: %.1f s: %s\n",
			    seconds() - t, table);
	}
	sqlite3_finalize(s);
	db_exec(g, "COMMIT");
}
