/*
 * data/refresh.c -- rebuild every summary from the ledger
 * (dataset_refresh, for `import --refresh` after another program wrote
 * the ledger): the families of summaries that share their events in one
 * pass each, the others from their views.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/dataset.h"
#include "data/dataset-exec.h"
#include "data/month.h"

/*
 * Refreshing the summaries.
 *
 * Most summaries are a GROUP BY, by the summary's primary key, of an
 * events view that several of them share: the four hazard summaries all
 * group summary_hazard_events, the two inspection summaries the
 * inspections' and the inspection-found hazards' events, the two
 * insurance summaries summary_insurance_events.  Rebuilt each from its
 * own view, a family evaluates and sorts the same events once per
 * summary: on a province, ten million hazards' events four times.  So a
 * family is counted here in one pass over its events, each event added
 * to every summary of the family in a hash table keyed by that
 * summary's primary key (no sort), and each summary then written in key
 * order.  The hazards' events are worked out here from the ledger's own
 * columns, by the views' rules (hazard_events): the views call SQL
 * functions on every hazard, which cost more than the counting.  The
 * key columns are the table's primary key, the other columns are sums, each of the events' column of the same name: what
 * the summary's view computes, as tests/t3420 checks.  A family whose
 * tables or values do not fit that shape (a column the events lack, a
 * measure that is not an integer) is rebuilt from its views instead,
 * and so is every summary no family names (`DELETE; INSERT ... SELECT *
 * FROM its view`).
 */

#define PASS_MAX_FIELDS		16	/* columns of a family's events */
#define PASS_MAX_KEYS		8	/* primary key columns of a summary */
#define FAMILY_MAX_TABLES	4

/* How a family's pass ended. */
enum pass_end {
	PASS_DONE = 0,		/* its summaries are rebuilt */
	PASS_FAILED = -1,	/* an error, in the message */
	PASS_UNSUITED = -2	/* its shape does not fit: use the views */
};

struct pass;

/* A family of summaries counted in one pass. */
struct family {
	const char	*tables[FAMILY_MAX_TABLES + 1];	/* NULL-terminated */
	/* The events views whose rows (UNION ALL) every table groups. */
	const char	*views[3];
	/* Or: a fixed source, its event fields (the first nkey_fields
	 * keys, the others measures) and what makes its rows events. */
	const char	*source;
	const char	*fields[PASS_MAX_FIELDS + 1];
	int		 nkey_fields;
	enum pass_end	(*expand)(struct pass *, sqlite3_stmt *);
	/* Leave out the groups whose sums are all zero (the views' HAVING). */
	int		 drop_zero;
};

/* A distinct key value met in a pass: NULL, an integer or a text. */
struct value {
	int		 type;		/* SQLITE_NULL, _INTEGER or _TEXT */
	sqlite3_int64	 integer;
	char		*text;
	int		 len;
	unsigned	 rank;		/* its place in SQLite's order */
};

/* The values met in a pass, each stored once and named by its index. */
struct dict {
	struct value	*value;
	size_t		 n, cap;
	uint32_t	*slot;		/* open addressing: index + 1, 0 free */
	size_t		 nslot;		/* a power of two */
};

/* The value met last in one place of the rows read (a short one). */
struct value_cache {
	int		 valid, type, len;
	sqlite3_int64	 integer;
	unsigned char	 text[32];
	uint32_t	 index;
};

/* One summary's groups: their keys (value indexes, in primary key
 * order) and sums, with a hash index over the keys. */
struct grouping {
	const char	*table;
	int		 nkeys, nsums;
	int		 key_field[PASS_MAX_KEYS];
	int		 sum_field[PASS_MAX_FIELDS];
	char		*insert_sql;
	uint32_t	*keys;
	sqlite3_int64	*sums;
	size_t		 n, cap;
	uint32_t	*slot;		/* open addressing: index + 1, 0 free */
	size_t		 nslot;
};

/* One event: the value index of each key field, the number of each
 * measure field. */
struct event {
	uint32_t	 key[PASS_MAX_FIELDS];
	sqlite3_int64	 num[PASS_MAX_FIELDS];
};

/* A family's pass. */
struct pass {
	sqlite3		*db;
	const struct family *family;
	int		 nfields;
	const char	*field[PASS_MAX_FIELDS];
	int		 is_key[PASS_MAX_FIELDS];
	struct dict	 dict;
	struct value_cache cache[PASS_MAX_FIELDS];
	int		 ngroupings;
	struct grouping	 grouping[FAMILY_MAX_TABLES];
	char		*msg;
	size_t		 msglen;
};

/* Mix a 64-bit number into a well-spread hash. */
static uint64_t
hash_mix(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ULL;
	h ^= h >> 33;
	return h;
}

/* The hash of a value given by type, integer and text. */
static uint64_t
value_hash(int type, sqlite3_int64 integer, const unsigned char *text,
    int len)
{
	uint64_t	 h = 0xcbf29ce484222325ULL ^ (uint64_t)type;
	int		 i;

	if (type == SQLITE_INTEGER)
		return hash_mix(h ^ (uint64_t)integer);
	for (i = 0; i < len; i++)
		h = (h ^ text[i]) * 0x100000001b3ULL;
	return hash_mix(h);
}

/* Double a hash index of nslot slots (0: make one of 1024) over n items
 * whose hashes item_hash gives; -1 when out of memory. */
static int
slots_grow(uint32_t **slot, size_t *nslot, size_t n,
    uint64_t (*item_hash)(const void *, size_t), const void *owner)
{
	size_t		 size = *nslot ? *nslot * 2 : 1024, i, j;
	uint32_t	*grown;

	if ((grown = calloc(size, sizeof *grown)) == NULL)
		return -1;
	for (i = 0; i < n; i++) {
		j = item_hash(owner, i) & (size - 1);
		while (grown[j] != 0)
			j = (j + 1) & (size - 1);
		grown[j] = (uint32_t)i + 1;
	}
	free(*slot);
	*slot = grown;
	*nslot = size;
	return 0;
}

/* The hash of the dictionary's value i. */
static uint64_t
dict_item_hash(const void *owner, size_t i)
{
	const struct value *v = &((const struct dict *)owner)->value[i];

	return value_hash(v->type, v->integer, (const unsigned char *)v->text,
	    v->len);
}

/* The index of a value in the dictionary, added if new; PASS_FAILED
 * when out of memory. */
static enum pass_end
dict_add(struct dict *d, int type, sqlite3_int64 integer,
    const unsigned char *text, int len, uint32_t *index)
{
	struct value	*v;
	size_t		 j;

	if (d->n * 2 >= d->nslot &&
	    slots_grow(&d->slot, &d->nslot, d->n, dict_item_hash, d) == -1)
		return PASS_FAILED;
	j = value_hash(type, integer, text, len) & (d->nslot - 1);
	for (; d->slot[j] != 0; j = (j + 1) & (d->nslot - 1)) {
		v = &d->value[d->slot[j] - 1];
		if (v->type == type && v->integer == integer &&
		    v->len == len && (len == 0 ||
		    memcmp(v->text, text, (size_t)len) == 0)) {
			*index = d->slot[j] - 1;
			return PASS_DONE;
		}
	}
	if (d->n == d->cap) {
		size_t	 cap = d->cap ? d->cap * 2 : 256;
		void	*grown = realloc(d->value, cap * sizeof *d->value);

		if (grown == NULL)
			return PASS_FAILED;
		d->value = grown;
		d->cap = cap;
	}
	v = &d->value[d->n];
	*v = (struct value){ .type = type, .integer = integer, .len = len };
	if (type == SQLITE_TEXT) {
		if ((v->text = malloc((size_t)len + 1)) == NULL)
			return PASS_FAILED;
		memcpy(v->text, text, (size_t)len);
		v->text[len] = '\0';
	}
	d->slot[j] = (uint32_t)d->n + 1;
	*index = (uint32_t)d->n++;
	return PASS_DONE;
}

/* The index of a value in the dictionary, looked up only when it is not
 * the one met last in the same place (cache): a ledger's rows come
 * county by county, day by day, so much of a row is its predecessor's. */
static enum pass_end
dict_add_cached(struct dict *d, struct value_cache *cache, int type,
    sqlite3_int64 integer, const unsigned char *text, int len,
    uint32_t *index)
{
	enum pass_end	 end;

	if (cache->valid && cache->type == type && cache->integer == integer &&
	    cache->len == len &&
	    (len == 0 || memcmp(cache->text, text, (size_t)len) == 0)) {
		*index = cache->index;
		return PASS_DONE;
	}
	if ((end = dict_add(d, type, integer, text, len, index)) != PASS_DONE)
		return end;
	cache->valid = len <= (int)sizeof cache->text;
	cache->type = type;
	cache->integer = integer;
	cache->len = len;
	if (cache->valid && len > 0)
		memcpy(cache->text, text, (size_t)len);
	cache->index = *index;
	return PASS_DONE;
}

/* The index of column col of the current row in the dictionary;
 * PASS_UNSUITED for a real or a blob, PASS_FAILED when out of memory. */
static enum pass_end
dict_intern(struct pass *p, sqlite3_stmt *st, int col, uint32_t *index)
{
	int			 type = sqlite3_column_type(st, col), len = 0;
	sqlite3_int64		 integer = 0;
	const unsigned char	*text = NULL;

	if (type == SQLITE_INTEGER)
		integer = sqlite3_column_int64(st, col);
	else if (type == SQLITE_TEXT) {
		text = sqlite3_column_text(st, col);
		len = sqlite3_column_bytes(st, col);
		if (text == NULL)
			return PASS_FAILED;
	} else if (type != SQLITE_NULL)
		return PASS_UNSUITED;
	return dict_add_cached(&p->dict, &p->cache[col], type, integer, text,
	    len, index);
}

/* Compare two values in SQLite's order (NULL, numbers, texts by their
 * bytes: the summaries' keys use the BINARY collation). */
static int
value_cmp(const struct value *a, const struct value *b)
{
	size_t	 n;
	int	 c;

	if (a->type != b->type)
		return a->type == SQLITE_NULL || (a->type == SQLITE_INTEGER &&
		    b->type == SQLITE_TEXT) ? -1 : 1;
	if (a->type == SQLITE_INTEGER)
		return (a->integer > b->integer) - (a->integer < b->integer);
	if (a->type == SQLITE_NULL)
		return 0;
	n = (size_t)(a->len < b->len ? a->len : b->len);
	if ((c = memcmp(a->text, b->text, n)) != 0)
		return c;
	return (a->len > b->len) - (a->len < b->len);
}

/* qsort's comparison of two pointers to values. */
static int
value_ptr_cmp(const void *a, const void *b)
{
	return value_cmp(*(const struct value *const *)a,
	    *(const struct value *const *)b);
}

/* Rank every value of the dictionary in SQLite's order; -1 when out of
 * memory. */
static int
dict_rank(struct dict *d)
{
	struct value	**order;
	size_t		  i;

	if ((order = malloc((d->n ? d->n : 1) * sizeof *order)) == NULL)
		return -1;
	for (i = 0; i < d->n; i++)
		order[i] = &d->value[i];
	qsort(order, d->n, sizeof *order, value_ptr_cmp);
	for (i = 0; i < d->n; i++)
		order[i]->rank = (unsigned)i;
	free(order);
	return 0;
}

/* The SQL "a < b" of two key values: NULL (false) when either is NULL. */
static int
value_less(const struct dict *d, uint32_t a, uint32_t b)
{
	const struct value *va = &d->value[a], *vb = &d->value[b];

	return va->type != SQLITE_NULL && vb->type != SQLITE_NULL &&
	    value_cmp(va, vb) < 0;
}

/* The hash of a grouping's key at keys. */
static uint64_t
key_hash(const uint32_t *keys, int nkeys)
{
	uint64_t	 h = 0x9e3779b97f4a7c15ULL;
	int		 i;

	for (i = 0; i < nkeys; i++)
		h = hash_mix(h ^ keys[i]);
	return h;
}

/* The hash of the key of a grouping's group i. */
static uint64_t
grouping_item_hash(const void *owner, size_t i)
{
	const struct grouping *g = owner;

	return key_hash(&g->keys[i * (size_t)g->nkeys], g->nkeys);
}

/* Add an event to its group of g, made if new; -1 when out of memory. */
static int
grouping_add(struct grouping *g, const struct event *ev)
{
	uint32_t	 key[PASS_MAX_KEYS];
	sqlite3_int64	*sums;
	size_t		 j, i;
	int		 k;

	for (k = 0; k < g->nkeys; k++)
		key[k] = ev->key[g->key_field[k]];
	if (g->n * 2 >= g->nslot && slots_grow(&g->slot, &g->nslot, g->n,
	    grouping_item_hash, g) == -1)
		return -1;
	j = key_hash(key, g->nkeys) & (g->nslot - 1);
	for (; g->slot[j] != 0; j = (j + 1) & (g->nslot - 1))
		if (memcmp(&g->keys[(g->slot[j] - 1) * (size_t)g->nkeys], key,
		    (size_t)g->nkeys * sizeof *key) == 0)
			break;
	if (g->slot[j] != 0)
		i = g->slot[j] - 1;
	else {
		if (g->n == g->cap) {
			size_t	 cap = g->cap ? g->cap * 2 : 1024;
			void	*keys, *grown;

			if ((keys = realloc(g->keys, cap * (size_t)g->nkeys *
			    sizeof *g->keys)) == NULL)
				return -1;
			g->keys = keys;
			if ((grown = realloc(g->sums, cap * (size_t)g->nsums *
			    sizeof *g->sums)) == NULL)
				return -1;
			g->sums = grown;
			g->cap = cap;
		}
		i = g->n++;
		memcpy(&g->keys[i * (size_t)g->nkeys], key,
		    (size_t)g->nkeys * sizeof *key);
		memset(&g->sums[i * (size_t)g->nsums], 0,
		    (size_t)g->nsums * sizeof *g->sums);
		g->slot[j] = (uint32_t)i + 1;
	}
	sums = &g->sums[i * (size_t)g->nsums];
	for (k = 0; k < g->nsums; k++)
		sums[k] += ev->num[g->sum_field[k]];
	return 0;
}

/* Add an event to every summary of the pass. */
static enum pass_end
pass_add(struct pass *p, const struct event *ev)
{
	int	 i;

	for (i = 0; i < p->ngroupings; i++)
		if (grouping_add(&p->grouping[i], ev) == -1) {
			snprintf(p->msg, p->msglen, "out of memory");
			return PASS_FAILED;
		}
	return PASS_DONE;
}

/* The index of the pass's field `name`, added (as a key or not) when
 * the family's events are the columns its tables name; -1 when absent,
 * -2 when there is no room. */
static int
pass_field(struct pass *p, const char *name, int is_key)
{
	int	 i;

	for (i = 0; i < p->nfields; i++)
		if (strcmp(p->field[i], name) == 0)
			return i;
	if (p->family->source != NULL)
		return -1;
	if (p->nfields == PASS_MAX_FIELDS)
		return -2;
	p->field[p->nfields] = sqlite3_mprintf("%s", name);
	if (p->field[p->nfields] == NULL)
		return -2;
	p->is_key[p->nfields] = is_key;
	return p->nfields++;
}

/* Set up the grouping of table: its key and sum columns, each an event
 * field of the same name and role, and its INSERT. */
static enum pass_end
grouping_setup(struct pass *p, struct grouping *g, const char *table)
{
	sqlite3_stmt	*st;
	char		*sql, *cols = NULL, *marks = NULL;
	const char	*name;
	int		 pk, field, rc = SQLITE_DONE, k;
	enum pass_end	 end = PASS_DONE;

	g->table = table;
	sql = sqlite3_mprintf("SELECT name, pk FROM pragma_table_info(%Q, "
	    "'main') ORDER BY pk, cid", table);
	if (sql == NULL ||
	    sqlite3_prepare_v2(p->db, sql, -1, &st, NULL) != SQLITE_OK) {
		sqlite3_free(sql);
		snprintf(p->msg, p->msglen, "cannot read the columns of %s: %s",
		    table, sqlite3_errmsg(p->db));
		return PASS_FAILED;
	}
	sqlite3_free(sql);
	/* Measures (pk 0) come first, then the key in primary key order. */
	while (end == PASS_DONE && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		name = (const char *)sqlite3_column_text(st, 0);
		pk = sqlite3_column_int(st, 1);
		field = pass_field(p, name, pk > 0);
		if (field < 0 || p->is_key[field] != (pk > 0) ||
		    (pk > 0 ? g->nkeys == PASS_MAX_KEYS :
		    g->nsums == PASS_MAX_FIELDS))
			end = PASS_UNSUITED;
		else if (pk > 0)
			g->key_field[g->nkeys++] = field;
		else
			g->sum_field[g->nsums++] = field;
	}
	if (end == PASS_DONE && rc != SQLITE_DONE) {
		snprintf(p->msg, p->msglen, "cannot read the columns of %s: %s",
		    table, sqlite3_errmsg(p->db));
		end = PASS_FAILED;
	}
	sqlite3_finalize(st);
	if (end != PASS_DONE)
		return end;
	if (g->nkeys == 0 || g->nsums == 0)
		return PASS_UNSUITED;
	/* The INSERT names the key columns, then the sums. */
	for (k = 0; k < g->nkeys + g->nsums; k++) {
		int	 f = k < g->nkeys ? g->key_field[k] :
		    g->sum_field[k - g->nkeys];
		char	*c = sqlite3_mprintf("%s%s\"%w\"", cols ? cols : "",
		    k ? ", " : "", p->field[f]);
		char	*m = sqlite3_mprintf("%s%s?", marks ? marks : "",
		    k ? ", " : "");

		sqlite3_free(cols);
		sqlite3_free(marks);
		cols = c;
		marks = m;
		if (cols == NULL || marks == NULL) {
			sqlite3_free(cols);
			sqlite3_free(marks);
			snprintf(p->msg, p->msglen, "out of memory");
			return PASS_FAILED;
		}
	}
	g->insert_sql = sqlite3_mprintf("INSERT INTO main.\"%w\" (%s) "
	    "VALUES (%s)", table, cols, marks);
	sqlite3_free(cols);
	sqlite3_free(marks);
	if (g->insert_sql == NULL) {
		snprintf(p->msg, p->msglen, "out of memory");
		return PASS_FAILED;
	}
	return PASS_DONE;
}

/* Is text a day 'YYYY-MM-DD' (digits and dashes where they belong)? */
static int
is_day_text(const unsigned char *text, int len)
{
	int	 i;

	if (text == NULL || len != 10)
		return 0;
	for (i = 0; i < 10; i++)
		if (i == 4 || i == 7 ? text[i] != '-' :
		    text[i] < '0' || text[i] > '9')
			return 0;
	return 1;
}

/* The month 'YYYY-MM' of the day after day 'YYYY-MM-DD' (what
 * substr(date(day, '+1 day'), 1, 7) gives): the next month after a
 * month's last day, else the day's own; -1 when day is no real day. */
static int
month_of_next_day(const unsigned char *day, char month[8])
{
	int	 y, m, d, last;

	y = (day[0] - '0') * 1000 + (day[1] - '0') * 100 +
	    (day[2] - '0') * 10 + (day[3] - '0');
	m = (day[5] - '0') * 10 + (day[6] - '0');
	d = (day[8] - '0') * 10 + (day[9] - '0');
	if (m < 1 || m > 12 || d < 1)
		return -1;
	last = month_last_day(y, m);
	if (d > last)
		return -1;
	if (d == last && ++m > 12) {
		if (++y > 9999)
			return -1;
		m = 1;
	}
	month[0] = (char)('0' + y / 1000);
	month[1] = (char)('0' + y / 100 % 10);
	month[2] = (char)('0' + y / 10 % 10);
	month[3] = (char)('0' + y % 10);
	month[4] = '-';
	month[5] = (char)('0' + m / 10);
	month[6] = (char)('0' + m % 10);
	month[7] = '\0';
	return 0;
}

/* The events of one hazard, read from the ledger as summary_hazard_months
 * reads it and counted by the rules of summary_hazard_events
 * (data/upkeep.sql): found in its found month; rectified in its
 * rectified month; overdue (+1) in its overdue month (the month of the
 * day after its deadline) unless rectified by then, and -1 in the month
 * it was rectified after that.  Reading each hazard once, with no SQL
 * function called on it, is most of what makes the refresh fast.  A day
 * that is no 'YYYY-MM-DD' (the schema's CHECKs forbid it) leaves the
 * family to the views. */
static enum pass_end
hazard_events(struct pass *p, sqlite3_stmt *st)
{
	enum { FOUND_MONTH = 6, MONTH, FOUND, RECTIFIED, OVERDUE_CHANGE };
	enum { FOUND_DATE = 6, RECTIFIED_DATE, DEADLINE_DATE };
	const unsigned char *found, *rectified_date, *deadline;
	struct event	 ev;
	uint32_t	 rectified = 0, overdue;
	char		 month[8];
	enum pass_end	 end;
	int		 i, open;

	/* county_id .. finder_dept are the events' own first fields. */
	for (i = 0; i < FOUND_MONTH; i++)
		if ((end = dict_intern(p, st, i, &ev.key[i])) != PASS_DONE)
			return end;
	found = sqlite3_column_text(st, FOUND_DATE);
	rectified_date = sqlite3_column_text(st, RECTIFIED_DATE);
	deadline = sqlite3_column_text(st, DEADLINE_DATE);
	open = rectified_date == NULL;
	if (!is_day_text(found, sqlite3_column_bytes(st, FOUND_DATE)) ||
	    !is_day_text(deadline, sqlite3_column_bytes(st, DEADLINE_DATE)) ||
	    (!open && !is_day_text(rectified_date,
	    sqlite3_column_bytes(st, RECTIFIED_DATE))) ||
	    month_of_next_day(deadline, month) == -1)
		return PASS_UNSUITED;
	if ((end = dict_add_cached(&p->dict, &p->cache[FOUND_DATE],
	    SQLITE_TEXT, 0, found, 7, &ev.key[FOUND_MONTH])) != PASS_DONE ||
	    (!open && (end = dict_add_cached(&p->dict,
	    &p->cache[RECTIFIED_DATE], SQLITE_TEXT, 0, rectified_date, 7,
	    &rectified)) != PASS_DONE) ||
	    (end = dict_add_cached(&p->dict, &p->cache[DEADLINE_DATE],
	    SQLITE_TEXT, 0, (const unsigned char *)month, 7, &overdue)) !=
	    PASS_DONE)
		return end;

	ev.key[MONTH] = ev.key[FOUND_MONTH];
	ev.num[FOUND] = 1, ev.num[RECTIFIED] = 0, ev.num[OVERDUE_CHANGE] = 0;
	if ((end = pass_add(p, &ev)) != PASS_DONE)
		return end;
	if (!open) {
		ev.key[MONTH] = rectified;
		ev.num[FOUND] = 0, ev.num[RECTIFIED] = 1;
		if ((end = pass_add(p, &ev)) != PASS_DONE)
			return end;
	}
	if (open || value_less(&p->dict, overdue, rectified)) {
		ev.key[MONTH] = overdue;
		ev.num[FOUND] = 0, ev.num[RECTIFIED] = 0;
		ev.num[OVERDUE_CHANGE] = 1;
		if ((end = pass_add(p, &ev)) != PASS_DONE)
			return end;
	}
	if (!open && value_less(&p->dict, overdue, rectified)) {
		ev.key[MONTH] = rectified;
		ev.num[FOUND] = 0, ev.num[RECTIFIED] = 0;
		ev.num[OVERDUE_CHANGE] = -1;
		if ((end = pass_add(p, &ev)) != PASS_DONE)
			return end;
	}
	return PASS_DONE;
}

/* One row of a family's events views: each key column interned, each
 * measure an integer (else the family is unsuited). */
static enum pass_end
view_event(struct pass *p, sqlite3_stmt *st)
{
	struct event	 ev;
	enum pass_end	 end;
	int		 i;

	for (i = 0; i < p->nfields; i++) {
		if (p->is_key[i]) {
			if ((end = dict_intern(p, st, i, &ev.key[i])) !=
			    PASS_DONE)
				return end;
		} else if (sqlite3_column_type(st, i) != SQLITE_INTEGER)
			return PASS_UNSUITED;
		else
			ev.num[i] = sqlite3_column_int64(st, i);
	}
	return pass_add(p, &ev);
}

/* The SELECT of a family's events: its fixed source, or the fields of
 * its tables from each of its views, UNION ALL. */
static char *
pass_source(const struct pass *p)
{
	const struct family *f = p->family;
	char	*cols = NULL, *sql = NULL, *more;
	int	 i;

	if (f->source != NULL)
		return sqlite3_mprintf("%s", f->source);
	for (i = 0; i < p->nfields; i++) {
		more = sqlite3_mprintf("%s%s\"%w\"", cols ? cols : "",
		    i ? ", " : "", p->field[i]);
		sqlite3_free(cols);
		if ((cols = more) == NULL)
			return NULL;
	}
	for (i = 0; f->views[i] != NULL && i < (int)(sizeof f->views /
	    sizeof f->views[0]); i++) {
		more = sqlite3_mprintf("%s%sSELECT %s FROM temp.\"%w\"",
		    sql ? sql : "", i ? " UNION ALL " : "", cols, f->views[i]);
		sqlite3_free(sql);
		if ((sql = more) == NULL)
			break;
	}
	sqlite3_free(cols);
	return sql;
}

/* Read every event of the pass's family into its groupings. */
static enum pass_end
pass_read(struct pass *p)
{
	enum pass_end	(*expand)(struct pass *, sqlite3_stmt *) =
	    p->family->expand != NULL ? p->family->expand : view_event;
	sqlite3_stmt	*st;
	char		*sql;
	enum pass_end	 end = PASS_DONE;
	int		 rc = SQLITE_DONE;

	if ((sql = pass_source(p)) == NULL) {
		snprintf(p->msg, p->msglen, "out of memory");
		return PASS_FAILED;
	}
	rc = sqlite3_prepare_v2(p->db, sql, -1, &st, NULL);
	sqlite3_free(sql);
	/* A view the family names is gone: the summaries' own views say. */
	if (rc != SQLITE_OK)
		return PASS_UNSUITED;
	while (end == PASS_DONE && (rc = sqlite3_step(st)) == SQLITE_ROW)
		end = expand(p, st);
	if (end == PASS_DONE && rc != SQLITE_DONE) {
		snprintf(p->msg, p->msglen, "cannot read the events of %s: %s",
		    p->family->tables[0], sqlite3_errmsg(p->db));
		end = PASS_FAILED;
	}
	sqlite3_finalize(st);
	return end;
}

/* One group to write: the ranks of its key values and its index. */
struct group_order {
	unsigned	 rank[PASS_MAX_KEYS];
	int		 nkeys;
	size_t		 index;
};

/* qsort's comparison of two groups in their table's key order. */
static int
group_order_cmp(const void *a, const void *b)
{
	const struct group_order *x = a, *y = b;
	int	 k;

	for (k = 0; k < x->nkeys; k++)
		if (x->rank[k] != y->rank[k])
			return x->rank[k] < y->rank[k] ? -1 : 1;
	return 0;
}

/* Bind value v as parameter i of st. */
static int
bind_value(sqlite3_stmt *st, int i, const struct value *v)
{
	if (v->type == SQLITE_INTEGER)
		return sqlite3_bind_int64(st, i, v->integer);
	if (v->type == SQLITE_TEXT)
		return sqlite3_bind_text(st, i, v->text, v->len, SQLITE_STATIC);
	return sqlite3_bind_null(st, i);
}

/* Empty g's table and write its groups there in key order (so that the
 * b-tree is appended to), but those all of whose sums are zero when the
 * family drops them. */
static enum pass_end
grouping_write(struct pass *p, struct grouping *g)
{
	struct group_order *order;
	sqlite3_stmt	*st = NULL;
	const uint32_t	*key;
	const sqlite3_int64 *sums;
	char		*del, what[256];
	size_t		 i, n = 0;
	int		 k, rc = SQLITE_OK, zero;

	if ((order = malloc((g->n ? g->n : 1) * sizeof *order)) == NULL) {
		snprintf(p->msg, p->msglen, "out of memory");
		return PASS_FAILED;
	}
	for (i = 0; i < g->n; i++) {
		sums = &g->sums[i * (size_t)g->nsums];
		for (zero = 1, k = 0; k < g->nsums; k++)
			zero = zero && sums[k] == 0;
		if (zero && p->family->drop_zero)
			continue;
		key = &g->keys[i * (size_t)g->nkeys];
		order[n].nkeys = g->nkeys;
		order[n].index = i;
		for (k = 0; k < g->nkeys; k++)
			order[n].rank[k] = p->dict.value[key[k]].rank;
		n++;
	}
	qsort(order, n, sizeof *order, group_order_cmp);
	snprintf(what, sizeof what, "rebuild %s", g->table);
	del = sqlite3_mprintf("DELETE FROM main.\"%w\"", g->table);
	if (del == NULL ||
	    dataset_exec(p->db, del, what, p->msg, p->msglen) == -1) {
		sqlite3_free(del);
		free(order);
		return PASS_FAILED;
	}
	sqlite3_free(del);
	rc = sqlite3_prepare_v2(p->db, g->insert_sql, -1, &st, NULL);
	for (i = 0; rc == SQLITE_OK && i < n; i++) {
		key = &g->keys[order[i].index * (size_t)g->nkeys];
		sums = &g->sums[order[i].index * (size_t)g->nsums];
		for (k = 0; rc == SQLITE_OK && k < g->nkeys; k++)
			rc = bind_value(st, k + 1, &p->dict.value[key[k]]);
		for (k = 0; rc == SQLITE_OK && k < g->nsums; k++)
			rc = sqlite3_bind_int64(st, g->nkeys + k + 1, sums[k]);
		if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_DONE)
			rc = sqlite3_reset(st);
	}
	free(order);
	if (rc != SQLITE_OK)
		snprintf(p->msg, p->msglen, "cannot %s: %s", what,
		    sqlite3_errmsg(p->db));
	sqlite3_finalize(st);
	return rc == SQLITE_OK ? PASS_DONE : PASS_FAILED;
}

/* Free what a pass holds. */
static void
pass_free(struct pass *p)
{
	size_t	 i;
	int	 k;

	for (i = 0; i < p->dict.n; i++)
		free(p->dict.value[i].text);
	free(p->dict.value);
	free(p->dict.slot);
	for (k = 0; k < p->ngroupings; k++) {
		free(p->grouping[k].keys);
		free(p->grouping[k].sums);
		free(p->grouping[k].slot);
		sqlite3_free(p->grouping[k].insert_sql);
	}
	if (p->family->source == NULL)
		for (k = 0; k < p->nfields; k++)
			sqlite3_free((char *)p->field[k]);
}

/* Count family f's summaries named in `tables` (the others are left
 * out) in one pass over its events and write them. */
static enum pass_end
family_refresh(sqlite3 *db, const struct family *f, const char *const *tables,
    int ntables, char *msg, size_t msglen)
{
	struct pass	 p = { .db = db, .family = f, .msg = msg,
			       .msglen = msglen };
	enum pass_end	 end = PASS_DONE;
	int		 i;

	if (f->source != NULL)
		for (; f->fields[p.nfields] != NULL; p.nfields++) {
			p.field[p.nfields] = f->fields[p.nfields];
			p.is_key[p.nfields] = p.nfields < f->nkey_fields;
		}
	for (i = 0; end == PASS_DONE && i < ntables; i++)
		end = grouping_setup(&p, &p.grouping[p.ngroupings++], tables[i]);
	if (end == PASS_DONE)
		end = pass_read(&p);
	if (end == PASS_DONE && dict_rank(&p.dict) == -1) {
		snprintf(msg, msglen, "out of memory");
		end = PASS_FAILED;
	}
	for (i = 0; end == PASS_DONE && i < p.ngroupings; i++)
		end = grouping_write(&p, &p.grouping[i]);
	pass_free(&p);
	return end;
}

/* The families counted in one pass each (the module comment above). */
static const struct family families[] = {
	{ .tables = { "summary_hazard_county", "summary_hazard_township",
	      "summary_hazard_county_sector", "summary_hazard_province" },
	  /* Ledger order (CROSS JOIN): read through its township
	   * index instead, each row is a seek. */
	  .source = "SELECT t.county_id, h.township_id, h.sector, h.level, "
	      "h.finder_kind, coalesce(h.finder_dept, ''), h.found_date, "
	      "h.rectified_date, h.deadline_date FROM main.hazard h "
	      "CROSS JOIN main.township t ON t.township_id = h.township_id",
	  .fields = { "county_id", "township_id", "sector", "level",
	      "finder_kind", "finder_dept", "found_month", "month", "found",
	      "rectified", "overdue_change" },
	  .nkey_fields = 8, .expand = hazard_events },
	{ .tables = { "summary_inspection_county",
	      "summary_inspection_province" },
	  .views = { "summary_inspection_events",
	      "summary_inspection_hazard_events" } },
	{ .tables = { "summary_insurance_county",
	      "summary_insurance_province" },
	  .views = { "summary_insurance_events" }, .drop_zero = 1 },
};

/* Rebuild summary table `name` (a name read from sqlite_master, quoted
 * here) from its view; -1 with a message. */
static int
refresh_one(sqlite3 *db, const char *name, char *msg, size_t msglen)
{
	char	*sql, what[256];
	int	 rc;

	sql = sqlite3_mprintf("DELETE FROM main.\"%w\"; INSERT INTO main.\"%w\""
	    " SELECT * FROM temp.\"%w_from_ledger\"", name, name, name);
	if (sql == NULL) {
		snprintf(msg, msglen, "out of memory");
		return -1;
	}
	snprintf(what, sizeof what, "rebuild %s", name);
	rc = dataset_exec(db, sql, what, msg, msglen);
	sqlite3_free(sql);
	return rc;
}

/* The summary tables that have a view to rebuild them from, in name
 * order, as a NULL-terminated array (sqlite3_free each, then it); NULL
 * with a message. */
static char **
summary_tables(sqlite3 *db, int *count, char *msg, size_t msglen)
{
	sqlite3_stmt	*st;
	char		**names = NULL, **grown;
	int		 rc, n = 0;

	if (sqlite3_prepare_v2(db, "SELECT t.name FROM main.sqlite_master t"
	    " JOIN temp.sqlite_master v ON v.type = 'view'"
	    " AND v.name = t.name || '_from_ledger'"
	    " WHERE t.type = 'table' ORDER BY t.name", -1, &st, NULL) !=
	    SQLITE_OK) {
		snprintf(msg, msglen, "cannot list the summaries: %s",
		    sqlite3_errmsg(db));
		return NULL;
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if ((grown = sqlite3_realloc64(names, (n + 2) *
		    sizeof *names)) == NULL ||
		    (grown[n] = sqlite3_mprintf("%s",
		    sqlite3_column_text(st, 0))) == NULL) {
			rc = SQLITE_NOMEM;
			if (grown != NULL)
				names = grown;
			break;
		}
		names = grown;
		names[++n] = NULL;
	}
	if (rc != SQLITE_DONE) {
		snprintf(msg, msglen, "cannot list the summaries: %s",
		    rc == SQLITE_NOMEM ? "out of memory" : sqlite3_errmsg(db));
		while (n > 0)
			sqlite3_free(names[--n]);
		sqlite3_free(names);
		names = NULL;
	} else if (names == NULL &&
	    (names = sqlite3_malloc(sizeof *names)) != NULL)
		names[0] = NULL;
	else if (names == NULL)
		snprintf(msg, msglen, "out of memory");
	sqlite3_finalize(st);
	*count = n;
	return names;
}

int
dataset_refresh(sqlite3 *db, char *msg, size_t msglen)
{
	const char	*mine[FAMILY_MAX_TABLES];
	char		**names;
	unsigned char	*done;
	size_t		 fi;
	int		 n, i, k, nmine, rc = 0;

	if ((names = summary_tables(db, &n, msg, msglen)) == NULL)
		return -1;
	if ((done = calloc((size_t)n + 1, 1)) == NULL) {
		snprintf(msg, msglen, "out of memory");
		rc = -1;
	}
	/* Each family's summaries that the file has, in one pass. */
	for (fi = 0; rc == 0 && fi < sizeof families / sizeof families[0];
	    fi++) {
		for (nmine = 0, k = 0; families[fi].tables[k] != NULL; k++)
			for (i = 0; i < n; i++)
				if (strcmp(names[i], families[fi].tables[k]) == 0)
					mine[nmine++] = names[i];
		if (nmine == 0)
			continue;
		switch (family_refresh(db, &families[fi], mine, nmine, msg,
		    msglen)) {
		case PASS_DONE:
			for (k = 0; k < nmine; k++)
				for (i = 0; i < n; i++)
					done[i] |= names[i] == mine[k];
			break;
		case PASS_UNSUITED:
			break;
		case PASS_FAILED:
			rc = -1;
			break;
		}
	}
	/* The rest from their views. */
	for (i = 0; rc == 0 && i < n; i++)
		if (!done[i] && refresh_one(db, names[i], msg, msglen) == -1)
			rc = -1;
	for (i = 0; i < n; i++)
		sqlite3_free(names[i]);
	sqlite3_free(names);
	free(done);
	if (rc == 0 && dataset_exec(db, "UPDATE main.summaries_state SET "
	    "in_step = 1", "rebuild the summaries", msg, msglen) == -1)
		rc = -1;
	return rc == 0 ? n : -1;
}
