/*
 * shell/import.c -- load CSV records into one table, validated row by row
 * (see import.h).
 *
 * A row goes through three gates.  First the file's own shape: as many
 * fields as the header, no value under a header left empty.  Then each
 * cell: a name ("城关镇", "工贸", "一般隐患", "是") is resolved through the
 * view name_lookup to the id or code the column stores -- once per
 * distinct name, through a bounded cache -- and integers and reals must
 * be numbers (SQLite would store "12万" in an INTEGER column as text).
 * Last the database: one prepared INSERT, reused, with foreign keys on;
 * when it refuses, the reason is read back from what failed -- the named
 * CHECK constraint (hazard_found_date_is_real_date becomes "found_date
 * '2023-02-30' is not a real date"), the key that is taken, the parent
 * row that does not exist -- so the hot path pays for no check twice.
 * A refused INSERT undoes only itself: the transaction goes on.
 */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <sqlite3.h>

#include "data/dataset.h"
#include "shell/import.h"
#include "shell/shell.h"

/* Where a header field goes when not to a column. */
#define FIELD_IGNORED	-1	/* reject_line, reject_reason */
#define FIELD_UNNAMED	-2	/* an empty header: its cells must be empty */
#define FIELD_SCOPE	-3	/* the county that scopes names */

/* The lookup cache: entries and the bytes of their names, before it is
 * emptied (between rows) to keep memory bounded. */
#define CACHE_MAX_ENTRIES	(1 << 16)
#define CACHE_MAX_BYTES		(8u << 20)
/* Names of a list loaded for "did you mean": at most this many. */
#define SUGGEST_MAX_NAMES	50000
/* How much of a cell a message quotes. */
#define QUOTE_MAX		60

/* A cell's value, ready to bind. */
enum value_kind { V_NULL, V_INT, V_REAL, V_TEXT, V_CACHED };

/* One column of the table. */
struct column {
	char		*name;
	enum ss_type	 type;		/* by the declared type's affinity */
	int		 notnull, pk, rowid;
	char		*dflt;		/* default (SQL), or NULL */
	char		*headers;	/* Chinese headers, '/'-separated */
	char		*names;		/* name_lookup list, or NULL */
	char		*ref_table;	/* single-column foreign key */
	char		*ref_col;
	char		*refers;	/* "township (township_id)" */
	sqlite3_stmt	*ref_check;	/* prepared on the first need */
	char		**suggest;	/* the list's names, loaded on the first
					   unknown one */
	int		 nsuggest;
	int		 suggest_loaded;
	int		 field;		/* its field in the file, or -1 */
	int		 param;		/* its parameter in the INSERT */
	/* This row's cell: as written (trimmed), and as bound. */
	const char	*raw;
	size_t		 rawlen;
	enum value_kind	 kind;
	long long	 i;
	double		 r;
	size_t		 cached;	/* V_CACHED: offset in the arena */
};

/* One resolved name. */
struct entry {
	uint64_t	 hash;		/* 0: a free slot */
	int		 col;
	long long	 scope;
	size_t		 key, keylen;	/* in the arena */
	int		 matches;	/* 0 unknown, 1 found, more ambiguous */
	int		 has_id;
	long long	 id;
	long		 code;		/* in the arena, or -1 */
};

struct import {
	sqlite3		*db;
	char		*table;
	struct column	*cols;
	int		 ncols;
	struct column	 scope;		/* the county pseudo-column */
	int		 has_scope;	/* the table takes one (no county_id) */
	int		 county_col;	/* index of county_id, or -1 */
	int		*map;		/* per header field: column or FIELD_* */
	int		 nheader;
	sqlite3_stmt	*insert;
	sqlite3_stmt	*lookup;
	struct entry	*cache;
	size_t		 cachecap, cachelen;
	char		*arena;
	size_t		 arenalen, arenacap;
};

/* Free a string list of n strings. */
static void
free_list(char **v, int n)
{
	int	 i;

	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

/* strdup that keeps NULL. */
static char *
dup_or_null(const unsigned char *s)
{
	return s != NULL ? strdup((const char *)s) : NULL;
}

/* Drop leading and trailing blanks (spaces and tabs). */
static void
trim(const char **s, size_t *n)
{
	while (*n > 0 && (**s == ' ' || **s == '\t')) {
		(*s)++;
		(*n)--;
	}
	while (*n > 0 && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t'))
		(*n)--;
}

/* Copy at most QUOTE_MAX bytes of a cell into buf, cut at a character
 * boundary, with "..." when cut; for messages. */
static const char *
quoted_cell(const char *s, size_t n, char *buf, size_t len)
{
	size_t	 k = n;

	if (k > QUOTE_MAX) {
		k = QUOTE_MAX;
		while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80)
			k--;
	}
	snprintf(buf, len, "%.*s%s", (int)k, s, k < n ? "..." : "");
	return buf;
}

/* Run a query with one text parameter and call fn on each first column. */
static int
each_row(sqlite3 *db, const char *sql, const char *param,
    void (*fn)(void *, const char *), void *arg)
{
	sqlite3_stmt	*st;
	int		 rc;

	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return -1;
	if (param != NULL)
		sqlite3_bind_text(st, 1, param, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (sqlite3_column_text(st, 0) != NULL)
			fn(arg, (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* A table callback that passes on only the tables import may write. */
struct importable {
	void	(*fn)(void *, const char *);
	void	*arg;
};

/* Pass `name` on unless the dataset keeps it itself. */
static void
pass_importable(void *arg, const char *name)
{
	struct importable	*i = arg;

	if (dataset_not_importable(name) == NULL)
		i->fn(i->arg, name);
}

/* List the importable tables (see import.h). */
int
import_tables(sqlite3 *db, void (*fn)(void *, const char *), void *arg,
    char *err, size_t errlen)
{
	struct importable	 i = { fn, arg };

	if (each_row(db, "SELECT name FROM sqlite_schema WHERE type = 'table' "
	    "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name", NULL,
	    pass_importable, &i) == -1) {
		snprintf(err, errlen, "cannot read the schema: %s",
		    sqlite3_errmsg(db));
		return -1;
	}
	return 0;
}

/* A growing comma-separated list. */
struct joined {
	char	*buf;
	size_t	 len, used;
};

/* Append a name to a joined list (what fits). */
static void
join_add(void *arg, const char *name)
{
	struct joined	*j = arg;
	int		 n;

	n = snprintf(j->buf + j->used, j->len - j->used, "%s%s",
	    j->used > 0 ? ", " : "", name);
	if (n > 0 && (size_t)n < j->len - j->used)
		j->used += (size_t)n;
}

/* The ledgers, comma-separated (see import.h). */
int
import_ledgers(sqlite3 *db, char *buf, size_t len)
{
	struct joined	 j = { buf, len, 0 };

	buf[0] = '\0';
	return each_row(db, "SELECT DISTINCT table_name FROM import_column "
	    "WHERE table_name IS NOT NULL ORDER BY 1", NULL, join_add, &j);
}

/* A closest-match search over names that live only for the call. */
struct nearest {
	struct closest	 c;
	char		 best[128];
};

/* Offer one name; keep a copy of the best so far. */
static void
nearest_add(void *arg, const char *name)
{
	struct nearest	*n = arg;

	closest_try(&n->c, name);
	if (n->c.best == name) {
		snprintf(n->best, sizeof n->best, "%s", name);
		n->c.best = n->best;
	}
}

/* The message for a table a file cannot go into. */
static void
unknown_table(sqlite3 *db, const char *table, char *err, size_t errlen)
{
	struct nearest	 n;
	char		 near[160] = "", ledgers[1024], scratch[256];
	const char	*why;

	closest_init(&n.c, table);
	if (import_tables(db, nearest_add, &n, scratch, sizeof scratch) == 0 &&
	    n.c.best != NULL)
		snprintf(near, sizeof near, " (did you mean '%s'?)", n.c.best);
	if ((why = dataset_not_importable(table)) != NULL)
		snprintf(err, errlen, "cannot import into '%s': it %s", table,
		    why);
	else if (import_ledgers(db, ledgers, sizeof ledgers) == 0 &&
	    ledgers[0] != '\0')
		snprintf(err, errlen, "unknown table '%s'%s: the ledgers are "
		    "%s; 'import' lists every table a file can go into",
		    table, near, ledgers);
	else
		snprintf(err, errlen, "unknown table '%s'%s: 'import' lists "
		    "the tables a file can go into", table, near);
}

/* The affinity of a declared type (SQLite's rules, section 3.1). */
static enum ss_type
affinity(const char *decl)
{
	char	 up[64];
	size_t	 i;

	for (i = 0; decl != NULL && decl[i] != '\0' && i + 1 < sizeof up; i++)
		up[i] = (char)(decl[i] >= 'a' && decl[i] <= 'z' ?
		    decl[i] - 32 : decl[i]);
	up[i] = '\0';
	if (strstr(up, "INT") != NULL)
		return SS_INT;
	if (strstr(up, "CHAR") || strstr(up, "CLOB") || strstr(up, "TEXT"))
		return SS_TEXT;
	if (strstr(up, "REAL") || strstr(up, "FLOA") || strstr(up, "DOUB"))
		return SS_REAL;
	return SS_TEXT;
}

/* Append "/header" to a column's Chinese headers; -1 out of memory. */
static int
add_header(struct column *c, const char *header, const char *names)
{
	size_t	 n = c->headers != NULL ? strlen(c->headers) : 0;
	char	*p;

	if (header != NULL) {
		if ((p = realloc(c->headers, n + strlen(header) + 2)) == NULL)
			return -1;
		snprintf(p + n, strlen(header) + 2, "%s%s", n > 0 ? "/" : "",
		    header);
		c->headers = p;
	}
	if (names != NULL && c->names == NULL &&
	    (c->names = strdup(names)) == NULL)
		return -1;
	return 0;
}

/* Read the table's columns; -1 on failure. */
static int
load_columns(struct import *im)
{
	sqlite3_stmt	*st;
	struct column	*c;
	int		 rc, n = 0, cap = 0, npk = 0;

	if (sqlite3_prepare_v2(im->db, "SELECT name, type, \"notnull\", "
	    "dflt_value, pk FROM pragma_table_info(?1) ORDER BY cid", -1, &st,
	    NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_text(st, 1, im->table, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (n == cap) {
			cap = cap ? cap * 2 : 16;
			if ((c = realloc(im->cols, cap * sizeof *c)) == NULL)
				break;
			im->cols = c;
		}
		c = &im->cols[n++];
		memset(c, 0, sizeof *c);
		c->field = -1;
		c->name = dup_or_null(sqlite3_column_text(st, 0));
		c->type = affinity((const char *)sqlite3_column_text(st, 1));
		c->notnull = sqlite3_column_int(st, 2);
		c->dflt = dup_or_null(sqlite3_column_text(st, 3));
		c->pk = sqlite3_column_int(st, 4);
		c->rowid = c->pk && sqlite3_column_text(st, 1) != NULL &&
		    strcasecmp((const char *)sqlite3_column_text(st, 1),
		    "INTEGER") == 0;
		npk += c->pk > 0;
		if (c->name == NULL)
			break;
	}
	sqlite3_finalize(st);
	im->ncols = n;
	if (rc != SQLITE_DONE)
		return -1;
	/* Only a lone INTEGER PRIMARY KEY is the rowid. */
	for (n = 0; n < im->ncols; n++)
		if (npk > 1)
			im->cols[n].rowid = 0;
	return 0;
}

/* The column named exactly `name`, or -1. */
static int
column_named(const struct import *im, const char *name)
{
	int	 i;

	for (i = 0; i < im->ncols; i++)
		if (strcmp(im->cols[i].name, name) == 0)
			return i;
	return -1;
}

/* Read the single-column foreign keys; -1 on failure. */
static int
load_references(struct import *im)
{
	sqlite3_stmt	*st;
	struct column	*c;
	int		 rc, ci;

	/* Keys of one column only: a composite key is left to SQLite. */
	if (sqlite3_prepare_v2(im->db, "SELECT \"table\", \"from\", \"to\" "
	    "FROM pragma_foreign_key_list(?1) GROUP BY id "
	    "HAVING count(*) = 1", -1, &st, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_text(st, 1, im->table, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		ci = column_named(im, (const char *)sqlite3_column_text(st, 1));
		if (ci < 0 || sqlite3_column_text(st, 2) == NULL)
			continue;
		c = &im->cols[ci];
		free(c->ref_table);
		free(c->ref_col);
		free(c->refers);
		c->ref_table = dup_or_null(sqlite3_column_text(st, 0));
		c->ref_col = dup_or_null(sqlite3_column_text(st, 2));
		if (c->ref_table != NULL && c->ref_col != NULL &&
		    asprintf(&c->refers, "%s (%s)", c->ref_table,
		    c->ref_col) == -1)
			c->refers = NULL;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* Read the Chinese headers and name lists of import_column; a dataset
 * without the view simply has none. */
static int
load_headers(struct import *im)
{
	sqlite3_stmt	*st;
	const char	*col, *header, *names;
	int		 ci, rc;

	im->county_col = column_named(im, "county_id");
	im->has_scope = im->county_col < 0;
	im->scope.name = strdup("county");
	im->scope.type = SS_INT;
	im->scope.field = -1;
	if (im->scope.name == NULL)
		return -1;
	if (sqlite3_prepare_v2(im->db, "SELECT table_name, column_name, "
	    "header_zh, names FROM import_column "
	    "WHERE table_name = ?1 OR table_name IS NULL", -1, &st, NULL) !=
	    SQLITE_OK)
		return 0;
	sqlite3_bind_text(st, 1, im->table, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		col = (const char *)sqlite3_column_text(st, 1);
		header = (const char *)sqlite3_column_text(st, 2);
		names = (const char *)sqlite3_column_text(st, 3);
		if (col == NULL)
			continue;
		if (sqlite3_column_type(st, 0) == SQLITE_NULL) {
			if (im->has_scope && strcmp(col, "county") == 0 &&
			    add_header(&im->scope, header, names) == -1)
				break;
			continue;
		}
		if ((ci = column_named(im, col)) >= 0 &&
		    add_header(&im->cols[ci], header, names) == -1)
			break;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* Free one column's strings and statements. */
static void
column_free(struct column *c)
{
	free(c->name);
	free(c->dflt);
	free(c->headers);
	free(c->names);
	free(c->ref_table);
	free(c->ref_col);
	free(c->refers);
	sqlite3_finalize(c->ref_check);
	free_list(c->suggest, c->nsuggest);
}

/* Release everything (see import.h). */
void
import_close(struct import *im)
{
	int	 i;

	if (im == NULL)
		return;
	for (i = 0; i < im->ncols; i++)
		column_free(&im->cols[i]);
	column_free(&im->scope);
	free(im->cols);
	free(im->table);
	free(im->map);
	sqlite3_finalize(im->insert);
	sqlite3_finalize(im->lookup);
	free(im->cache);
	free(im->arena);
	free(im);
}

/* Read what importing into a table needs (see import.h). */
struct import *
import_open(sqlite3 *db, const char *table, char *err, size_t errlen)
{
	struct import	*im;
	sqlite3_stmt	*st;
	int		 found;

	if (sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_schema "
	    "WHERE type = 'table' AND name = ?1 "
	    "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'", -1, &st, NULL) !=
	    SQLITE_OK) {
		snprintf(err, errlen, "cannot read the schema: %s",
		    sqlite3_errmsg(db));
		return NULL;
	}
	sqlite3_bind_text(st, 1, table, -1, SQLITE_STATIC);
	found = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	if (!found || dataset_not_importable(table) != NULL) {
		unknown_table(db, table, err, errlen);
		return NULL;
	}
	if ((im = calloc(1, sizeof *im)) == NULL ||
	    (im->table = strdup(table)) == NULL) {
		free(im);
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	im->db = db;
	if (load_columns(im) == -1 || load_references(im) == -1 ||
	    load_headers(im) == -1) {
		snprintf(err, errlen, "cannot read the columns of '%s': %s",
		    table, sqlite3_errmsg(db));
		import_close(im);
		return NULL;
	}
	return im;
}

/* Is header field i one that import passes over (reject_line,
 * reject_reason)? */
int
import_field_ignored(const struct import *im, int i)
{
	return i < im->nheader && im->map[i] == FIELD_IGNORED;
}

/* How many columns the table has. */
int
import_column_count(const struct import *im)
{
	return im->ncols;
}

/* Does a file have to give this column? */
static int
required(const struct column *c)
{
	return !c->rowid && ((c->notnull && c->dflt == NULL) || c->pk);
}

/* Describe column i (see import.h). */
void
import_column_info(const struct import *im, int i,
    struct import_column_info *info)
{
	const struct column	*c = &im->cols[i];

	info->name = c->name;
	info->type = c->type == SS_INT ? "integer" : c->type == SS_REAL ?
	    "real" : "text";
	info->required = required(c);
	info->default_value = c->dflt;
	info->headers_zh = c->headers;
	info->names = c->names;
	info->refers_to = c->refers;
}

/* ------------------------------------------------------------------ */
/* The header                                                          */
/* ------------------------------------------------------------------ */

/* Is `h` one of the '/'-separated headers? */
static int
in_headers(const char *headers, const char *h, size_t n)
{
	const char	*p = headers, *end;

	size_t		 seg;

	while (p != NULL && *p != '\0') {
		end = strchr(p, '/');
		seg = end != NULL ? (size_t)(end - p) : strlen(p);
		if (seg == n && strncmp(p, h, n) == 0)
			return 1;
		p = end != NULL ? end + 1 : NULL;
	}
	return 0;
}

/* Does header h (n bytes) name column c: its name in any case, its name
 * without "_id", or one of its Chinese headers? */
static int
names_column(const struct column *c, const char *h, size_t n)
{
	size_t	 len = strlen(c->name);

	if (n == len && strncasecmp(c->name, h, n) == 0)
		return 1;
	if (len > 3 && strcmp(c->name + len - 3, "_id") == 0 &&
	    n == len - 3 && strncasecmp(c->name, h, n) == 0)
		return 1;
	return in_headers(c->headers, h, n);
}

/* Offer every name a header may use to a closest-match search. */
static void
suggest_headers(const struct import *im, struct closest *cl)
{
	char	 one[256];
	int	 i;

	for (i = 0; i < im->ncols; i++) {
		const char	*p = im->cols[i].headers, *end;

		closest_try(cl, im->cols[i].name);
		while (p != NULL && *p != '\0') {
			end = strchr(p, '/');
			snprintf(one, sizeof one, "%.*s", (int)(end != NULL ?
			    (size_t)(end - p) : strlen(p)), p);
			closest_try(cl, one);
			p = end != NULL ? end + 1 : NULL;
		}
	}
}

/* Write a double-quoted SQL identifier (a name from the schema). */
static void
put_ident(FILE *f, const char *name)
{
	putc('"', f);
	for (; *name != '\0'; name++) {
		if (*name == '"')
			putc('"', f);
		putc(*name, f);
	}
	putc('"', f);
}

/* Build and prepare the INSERT of the mapped columns, in table order;
 * an empty cell of a column with a default takes the default. */
static int
prepare_insert(struct import *im)
{
	FILE	*f;
	char	*sql = NULL;
	size_t	 len = 0;
	int	 i, pass, param, rc;

	if ((f = open_memstream(&sql, &len)) == NULL)
		return -1;
	fputs("INSERT INTO ", f);
	put_ident(f, im->table);
	/* Pass 0 writes the column list, pass 1 the values. */
	for (pass = 0; pass < 2; pass++) {
		fputs(pass == 0 ? " (" : ") VALUES (", f);
		for (i = 0, param = 0; i < im->ncols; i++) {
			struct column	*c = &im->cols[i];

			if (c->field < 0)
				continue;
			c->param = ++param;
			if (param > 1)
				fputs(", ", f);
			if (pass == 0)
				put_ident(f, c->name);
			else if (c->dflt != NULL)
				fprintf(f, "COALESCE(?%d, %s)", param, c->dflt);
			else
				fprintf(f, "?%d", param);
		}
	}
	fputs(")", f);
	if (fclose(f) == EOF || sql == NULL) {
		free(sql);
		return -1;
	}
	rc = sqlite3_prepare_v3(im->db, sql, -1, SQLITE_PREPARE_PERSISTENT,
	    &im->insert, NULL);
	free(sql);
	return rc == SQLITE_OK ? 0 : -1;
}

/* The header field h (n bytes) as a place in the map: a column, or one
 * of the FIELD_* values; -4 when it names nothing. */
static int
map_field(const struct import *im, const char *h, size_t n)
{
	int	 i;

	if (n == 0)
		return FIELD_UNNAMED;
	/* A reject file imports again as it is, once fixed. */
	if ((n == 11 && strncmp(h, "reject_line", n) == 0) ||
	    (n == 13 && strncmp(h, "reject_reason", n) == 0))
		return FIELD_IGNORED;
	for (i = 0; i < im->ncols; i++)
		if (names_column(&im->cols[i], h, n))
			return i;
	if (im->has_scope && names_column(&im->scope, h, n))
		return FIELD_SCOPE;
	return -4;
}

/* Map the header and prepare the insert (see import.h). */
int
import_header(struct import *im, const char *file,
    const struct csv_record *rec, char *err, size_t errlen)
{
	struct column	*c;
	struct closest	 cl;
	char		 h[256], near[300] = "";
	size_t		 n;
	int		 i, to, mapped = 0;

	free(im->map);
	if ((im->map = calloc((size_t)rec->nfields, sizeof *im->map)) ==
	    NULL) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	im->nheader = rec->nfields;
	for (i = 0; i < rec->nfields; i++) {
		const char	*t = rec->fields[i].text;

		n = rec->fields[i].len;
		trim(&t, &n);
		snprintf(h, sizeof h, "%.*s", (int)n, t);
		to = map_field(im, t, n);
		if (to == -4) {
			closest_init(&cl, h);
			suggest_headers(im, &cl);
			if (cl.best != NULL)
				snprintf(near, sizeof near, " (did you mean "
				    "'%s'?)", cl.best);
			snprintf(err, errlen, "unknown column '%s' in the "
			    "header of '%s'%s: 'import %s' lists the columns",
			    h, file, near, im->table);
			return -1;
		}
		im->map[i] = to;
		if (to < 0 && to != FIELD_SCOPE)
			continue;
		c = to == FIELD_SCOPE ? &im->scope : &im->cols[to];
		if (c->field >= 0) {
			snprintf(err, errlen, "column '%s' appears twice in the "
			    "header of '%s' (fields %d and %d)", c->name, file,
			    c->field + 1, i + 1);
			return -1;
		}
		c->field = i;
		mapped += to >= 0;
	}
	for (i = 0; i < im->ncols; i++) {
		c = &im->cols[i];
		if (c->field < 0 && required(c)) {
			snprintf(err, errlen, "'%s' has no column '%s', which "
			    "%s needs in every row", file, c->name, im->table);
			return -1;
		}
	}
	if (mapped == 0) {
		snprintf(err, errlen, "no field of the header of '%s' is a "
		    "column of %s", file, im->table);
		return -1;
	}
	if (prepare_insert(im) == -1 || sqlite3_prepare_v3(im->db,
	    "SELECT code, id, county_id FROM name_lookup "
	    "WHERE list = ?1 AND name = ?2", -1, SQLITE_PREPARE_PERSISTENT,
	    &im->lookup, NULL) != SQLITE_OK) {
		snprintf(err, errlen, "cannot prepare the import into %s: %s",
		    im->table, sqlite3_errmsg(im->db));
		return -1;
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* Names: the lookup cache                                             */
/* ------------------------------------------------------------------ */

/* Append bytes and a NUL to the arena; their offset, or -1. */
static long
arena_add(struct import *im, const char *s, size_t n)
{
	size_t	 at = im->arenalen;

	if (im->arenalen + n + 1 > im->arenacap) {
		size_t	 cap = im->arenacap ? im->arenacap : 65536;
		char	*p;

		while (cap < im->arenalen + n + 1)
			cap *= 2;
		if ((p = realloc(im->arena, cap)) == NULL)
			return -1;
		im->arena = p;
		im->arenacap = cap;
	}
	memcpy(im->arena + at, s, n);
	im->arena[at + n] = '\0';
	im->arenalen += n + 1;
	return (long)at;
}

/* FNV-1a of a name, its column and its scope (never 0). */
static uint64_t
name_hash(int col, long long scope, const char *s, size_t n)
{
	uint64_t	 h = 14695981039346656037ULL;
	size_t		 i;

	h = (h ^ (uint64_t)(col + 1)) * 1099511628211ULL;
	h = (h ^ (uint64_t)scope) * 1099511628211ULL;
	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
	return h != 0 ? h : 1;
}

/* Empty the cache when it has grown past its bounds (between rows). */
static void
cache_bound(struct import *im)
{
	if (im->cachelen < CACHE_MAX_ENTRIES &&
	    im->arenalen < CACHE_MAX_BYTES)
		return;
	memset(im->cache, 0, im->cachecap * sizeof *im->cache);
	im->cachelen = 0;
	im->arenalen = 0;
}

/* Double the table (or make the first); -1 out of memory. */
static int
cache_grow(struct import *im)
{
	size_t		 cap = im->cachecap ? im->cachecap * 2 : 1024, i, j;
	struct entry	*v = calloc(cap, sizeof *v);

	if (v == NULL)
		return -1;
	for (i = 0; i < im->cachecap; i++) {
		if (im->cache[i].hash == 0)
			continue;
		for (j = im->cache[i].hash & (cap - 1); v[j].hash != 0;
		    j = (j + 1) & (cap - 1))
			;
		v[j] = im->cache[i];
	}
	free(im->cache);
	im->cache = v;
	im->cachecap = cap;
	return 0;
}

/* Ask name_lookup what `name` is in column c's list, within county scope
 * (-1: any county), and fill e: the first match, and how many different
 * things (ids, or codes) the name matched. */
static int
resolve(struct import *im, const struct column *c, const char *name,
    size_t n, long long scope, struct entry *e)
{
	sqlite3_stmt	*st = im->lookup;
	long long	 seen[8], id;
	const char	*code;
	int		 rc, k, has_id;

	e->matches = 0;
	e->has_id = 0;
	e->code = -1;
	sqlite3_bind_text(st, 1, c->names, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, name, (int)n, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (scope >= 0 && sqlite3_column_type(st, 2) != SQLITE_NULL &&
		    sqlite3_column_int64(st, 2) != scope)
			continue;
		code = (const char *)sqlite3_column_text(st, 0);
		has_id = sqlite3_column_type(st, 1) != SQLITE_NULL;
		id = sqlite3_column_int64(st, 1);
		if (e->matches == 0) {
			e->matches = 1;
			e->has_id = has_id;
			e->id = seen[0] = id;
			if (code != NULL && (e->code = arena_add(im, code,
			    strlen(code))) < 0) {
				rc = SQLITE_NOMEM;
				break;
			}
			continue;
		}
		/* A code list names one code by several names. */
		if (!has_id)
			continue;
		for (k = 0; k < e->matches && k < 8; k++)
			if (seen[k] == id)
				break;
		if (k == e->matches && k < 8)
			seen[e->matches++] = id;
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* The cache entry for `name` in column ci's list: found, or resolved
 * and added.  NULL when the database failed. */
static const struct entry *
lookup(struct import *im, int ci, const struct column *c, const char *name,
    size_t n, long long scope)
{
	uint64_t	 h = name_hash(ci, scope, name, n);
	struct entry	*e, fresh;
	size_t		 j;
	long		 key;

	if (im->cachelen * 2 >= im->cachecap && cache_grow(im) == -1)
		return NULL;
	for (j = h & (im->cachecap - 1); im->cache[j].hash != 0;
	    j = (j + 1) & (im->cachecap - 1)) {
		e = &im->cache[j];
		if (e->hash == h && e->col == ci && e->scope == scope &&
		    e->keylen == n && memcmp(im->arena + e->key, name, n) == 0)
			return e;
	}
	memset(&fresh, 0, sizeof fresh);
	if ((key = arena_add(im, name, n)) < 0 ||
	    resolve(im, c, name, n, scope, &fresh) == -1)
		return NULL;
	fresh.hash = h;
	fresh.col = ci;
	fresh.scope = scope;
	fresh.key = (size_t)key;
	fresh.keylen = n;
	im->cache[j] = fresh;
	im->cachelen++;
	return &im->cache[j];
}

/* The names of column c's list, loaded once, for "did you mean". */
static void
load_suggestions(struct import *im, struct column *c)
{
	sqlite3_stmt	*st;
	char		**v;
	int		 cap = 0;

	if (c->suggest_loaded)
		return;
	c->suggest_loaded = 1;
	if (sqlite3_prepare_v2(im->db, "SELECT DISTINCT name FROM name_lookup "
	    "WHERE list = ?1", -1, &st, NULL) != SQLITE_OK)
		return;
	sqlite3_bind_text(st, 1, c->names, -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW &&
	    c->nsuggest < SUGGEST_MAX_NAMES) {
		if (c->nsuggest == cap) {
			cap = cap ? cap * 2 : 64;
			if ((v = realloc(c->suggest, cap * sizeof *v)) == NULL)
				break;
			c->suggest = v;
		}
		if ((c->suggest[c->nsuggest] = dup_or_null(
		    sqlite3_column_text(st, 0))) != NULL)
			c->nsuggest++;
	}
	sqlite3_finalize(st);
}

/* What a list is called in messages: the list (township, department),
 * or the column for a code list (level for hazard.level). */
static const char *
list_label(const struct column *c)
{
	return c->names != NULL && strchr(c->names, '.') == NULL ? c->names :
	    c->name;
}

/* The reason for a name that is not in the column's list. */
static void
unknown_name(struct import *im, struct column *c, char *reason, size_t len)
{
	struct closest	 cl;
	char		 cell[QUOTE_MAX + 8], word[QUOTE_MAX + 8];
	int		 i;

	quoted_cell(c->raw, c->rawlen, cell, sizeof cell);
	if (c->names != NULL) {
		load_suggestions(im, c);
		snprintf(word, sizeof word, "%.*s", (int)c->rawlen, c->raw);
		closest_init(&cl, word);
		for (i = 0; i < c->nsuggest; i++)
			closest_try(&cl, c->suggest[i]);
		if (cl.best != NULL) {
			snprintf(reason, len, "unknown %s '%s' (did you mean "
			    "'%s'?)", list_label(c), cell, cl.best);
			return;
		}
	}
	snprintf(reason, len, "unknown %s '%s'", list_label(c), cell);
}

/* ------------------------------------------------------------------ */
/* Cells                                                               */
/* ------------------------------------------------------------------ */

/* Parse a whole number (sign, digits, nothing else); 0 when it is not. */
static int
whole_number(const char *s, size_t n, long long *out)
{
	char	 buf[32], *end;
	size_t	 sign;

	if (n == 0 || n >= sizeof buf)
		return 0;
	memcpy(buf, s, n);
	buf[n] = '\0';
	sign = buf[0] == '-' || buf[0] == '+';
	if (sign == n || strspn(buf + sign, "0123456789") != n - sign)
		return 0;
	errno = 0;
	*out = strtoll(buf, &end, 10);
	return errno == 0 && *end == '\0';
}

/* Parse a decimal number; 0 when it is not one (or not finite). */
static int
real_number(const char *s, size_t n, double *out)
{
	char	 buf[64], *end;

	if (n == 0 || n >= sizeof buf)
		return 0;
	memcpy(buf, s, n);
	buf[n] = '\0';
	errno = 0;
	*out = strtod(buf, &end);
	return *end == '\0' && errno == 0 && isfinite(*out) &&
	    strspn(buf, "+-0123456789.eE") == n;
}

/* Turn column ci's cell into the value to bind; -1 with the reason when
 * it cannot be one.  scope: the row's county (-1 none). */
static int
convert(struct import *im, int ci, struct column *c,
    const struct csv_field *f, long long scope, char *reason, size_t len)
{
	const struct entry	*e;
	char			 cell[QUOTE_MAX + 8];

	c->raw = f->text;
	c->rawlen = f->len;
	/* Blanks around a value are noise, but quotes keep free text as
	 * written. */
	if (!f->quoted || c->type != SS_TEXT || c->names != NULL)
		trim(&c->raw, &c->rawlen);
	if (c->rawlen == 0) {
		/* "" is an empty string where text is stored as is. */
		c->kind = f->quoted && c->type == SS_TEXT && c->names == NULL ?
		    V_TEXT : V_NULL;
		return 0;
	}
	if (c->type == SS_INT && whole_number(c->raw, c->rawlen, &c->i)) {
		c->kind = V_INT;
		return 0;
	}
	if (c->names != NULL) {
		if ((e = lookup(im, ci, c, c->raw, c->rawlen, scope)) == NULL) {
			snprintf(reason, len, "cannot look up '%s': %s",
			    quoted_cell(c->raw, c->rawlen, cell, sizeof cell),
			    sqlite3_errmsg(im->db));
			return -1;
		}
		if (e->matches > 1) {
			snprintf(reason, len, "%s '%s' is ambiguous: it names "
			    "%d or more (add a county column, or give %s)",
			    list_label(c), quoted_cell(c->raw, c->rawlen, cell,
			    sizeof cell), e->matches, c->name);
			return -1;
		}
		if (e->matches == 1 && (c->type == SS_INT ? e->has_id :
		    e->code >= 0 || e->has_id)) {
			if (c->type == SS_INT || e->code < 0) {
				c->kind = V_INT;
				c->i = e->id;
			} else {
				c->kind = V_CACHED;
				c->cached = (size_t)e->code;
			}
			return 0;
		}
		/* Not a name: the column's foreign key or CHECK constraint
		 * (every column with names has one) judges it as stored,
		 * and says why when it refuses. */
		c->kind = V_TEXT;
		return 0;
	}
	switch (c->type) {
	case SS_INT:
		snprintf(reason, len, "%s '%s' is not a whole number", c->name,
		    quoted_cell(c->raw, c->rawlen, cell, sizeof cell));
		return -1;
	case SS_REAL:
		if (real_number(c->raw, c->rawlen, &c->r)) {
			c->kind = V_REAL;
			return 0;
		}
		snprintf(reason, len, "%s '%s' is not a number", c->name,
		    quoted_cell(c->raw, c->rawlen, cell, sizeof cell));
		return -1;
	default:
		c->kind = V_TEXT;
		return 0;
	}
}

/* Bind a column's value to parameter p of st. */
static void
bind_value(struct import *im, sqlite3_stmt *st, int p,
    const struct column *c)
{
	switch (c->kind) {
	case V_INT:
		sqlite3_bind_int64(st, p, c->i);
		break;
	case V_REAL:
		sqlite3_bind_double(st, p, c->r);
		break;
	case V_TEXT:
		sqlite3_bind_text(st, p, c->raw, (int)c->rawlen, SQLITE_STATIC);
		break;
	case V_CACHED:
		sqlite3_bind_text(st, p, im->arena + c->cached, -1,
		    SQLITE_STATIC);
		break;
	default:
		sqlite3_bind_null(st, p);
		break;
	}
}

/* ------------------------------------------------------------------ */
/* Why the database refused a row                                      */
/* ------------------------------------------------------------------ */

/* The mapped column named `name` (n bytes), or NULL. */
static struct column *
mapped_column(struct import *im, const char *name, size_t n)
{
	int	 i;

	for (i = 0; i < im->ncols; i++)
		if (strlen(im->cols[i].name) == n &&
		    strncmp(im->cols[i].name, name, n) == 0)
			return &im->cols[i];
	return NULL;
}

/* A named CHECK constraint failed: say what it means for the row.  The
 * schema names them <table>_<what must hold>; three endings are about
 * one column's value. */
static void
check_reason(struct import *im, const char *name, char *reason, size_t len)
{
	static const struct {
		const char	*ending;
		const char	*says;		/* %s column, %s value */
	} endings[] = {
		{ "_is_real_date", "%s '%s' is not a real date (YYYY-MM-DD)" },
		{ "_is_0_or_1", "%s '%s' must be 0 or 1 (是 or 否)" },
		{ "_is_known", NULL },
	};
	size_t		 tlen = strlen(im->table), clen, k;
	char		 cell[QUOTE_MAX + 8];
	const char	*rest;
	int		 i;

	if (strncmp(name, im->table, tlen) == 0 && name[tlen] == '_') {
		rest = name + tlen + 1;
		for (i = 0; i < im->ncols; i++) {
			struct column	*c = &im->cols[i];

			clen = strlen(c->name);
			if (c->field < 0 || strncmp(rest, c->name, clen) != 0)
				continue;
			for (k = 0; k < sizeof endings / sizeof endings[0];
			    k++) {
				if (strcmp(rest + clen, endings[k].ending) != 0)
					continue;
				if (endings[k].says == NULL) {
					unknown_name(im, c, reason, len);
					return;
				}
				snprintf(reason, len, endings[k].says, c->name,
				    quoted_cell(c->raw, c->rawlen, cell,
				    sizeof cell));
				return;
			}
		}
	}
	snprintf(reason, len, "fails the check '%s'", name);
}

/* A key is taken: name it with the row's values.  msg lists the key's
 * columns: "UNIQUE constraint failed: t.a, t.b". */
static void
duplicate_reason(struct import *im, const char *msg, char *reason,
    size_t len)
{
	const char	*p = strchr(msg, ':'), *dot, *end;
	struct column	*c;
	char		 cell[QUOTE_MAX + 8];
	size_t		 used;
	int		 first = 1;

	used = (size_t)snprintf(reason, len, "duplicate: a row with");
	for (p = p != NULL ? p + 1 : msg; *p != '\0' && used < len;
	    p = end) {
		p += strspn(p, " ,");
		end = p + strcspn(p, ",");
		dot = memchr(p, '.', (size_t)(end - p));
		dot = dot != NULL ? dot + 1 : p;
		c = mapped_column(im, dot, (size_t)(end - dot));
		used += (size_t)snprintf(reason + used, len - used,
		    "%s %.*s '%s'", first ? "" : ",", (int)(end - dot), dot,
		    c != NULL && c->field >= 0 ? quoted_cell(c->raw, c->rawlen,
		    cell, sizeof cell) : "");
		first = 0;
	}
	if (used < len)
		snprintf(reason + used, len - used, " is already in %s",
		    im->table);
}

/* A foreign key failed: find the column whose parent row is missing. */
static void
reference_reason(struct import *im, const char *msg, char *reason,
    size_t len)
{
	char		*sql, cell[QUOTE_MAX + 8];
	int		 i, rc;

	for (i = 0; i < im->ncols; i++) {
		struct column	*c = &im->cols[i];

		if (c->field < 0 || c->ref_table == NULL || c->kind == V_NULL)
			continue;
		if (c->ref_check == NULL) {
			FILE	*f;
			size_t	 n;

			sql = NULL;
			if ((f = open_memstream(&sql, &n)) == NULL)
				continue;
			fputs("SELECT 1 FROM ", f);
			put_ident(f, c->ref_table);
			fputs(" WHERE ", f);
			put_ident(f, c->ref_col);
			fputs(" = ?1", f);
			rc = fclose(f) == EOF ? SQLITE_NOMEM :
			    sqlite3_prepare_v2(im->db, sql, -1, &c->ref_check,
			    NULL);
			free(sql);
			if (rc != SQLITE_OK)
				continue;
		}
		bind_value(im, c->ref_check, 1, c);
		rc = sqlite3_step(c->ref_check);
		sqlite3_reset(c->ref_check);
		if (rc != SQLITE_DONE)
			continue;
		if (c->names != NULL)
			unknown_name(im, c, reason, len);
		else
			snprintf(reason, len, "%s '%s': no such %s", c->name,
			    quoted_cell(c->raw, c->rawlen, cell, sizeof cell),
			    c->ref_table);
		return;
	}
	snprintf(reason, len, "%s", msg);
}

/* The reason for a refused INSERT, from the constraint that failed. */
static void
constraint_reason(struct import *im, int ext, const char *msg,
    char *reason, size_t len)
{
	const char	*what = strchr(msg, ':');
	struct column	*c;

	what = what != NULL ? what + 2 : msg;
	switch (ext) {
	case SQLITE_CONSTRAINT_CHECK:
		check_reason(im, what, reason, len);
		break;
	case SQLITE_CONSTRAINT_NOTNULL:
		c = strchr(what, '.') != NULL ? mapped_column(im,
		    strchr(what, '.') + 1, strlen(strchr(what, '.') + 1)) :
		    NULL;
		snprintf(reason, len, "%s is empty: %s needs one in every "
		    "row", c != NULL ? c->name : what, im->table);
		break;
	case SQLITE_CONSTRAINT_PRIMARYKEY:
	case SQLITE_CONSTRAINT_UNIQUE:
		duplicate_reason(im, msg, reason, len);
		break;
	case SQLITE_CONSTRAINT_FOREIGNKEY:
		reference_reason(im, msg, reason, len);
		break;
	default:
		snprintf(reason, len, "%s", msg);
		break;
	}
}

/* ------------------------------------------------------------------ */
/* Rows                                                                */
/* ------------------------------------------------------------------ */

/* Is the record a blank line (or a row of empty cells)? */
static int
blank(const struct csv_record *rec)
{
	int	 i;

	for (i = 0; i < rec->nfields; i++)
		if (rec->fields[i].len > 0 || rec->fields[i].quoted)
			return 0;
	return 1;
}

/* Resolve the row's county (a county_id column or the county scope)
 * first, since it scopes every other name; -1 with the reason. */
static int
row_scope(struct import *im, const struct csv_record *rec, long long *scope,
    char *reason, size_t len)
{
	struct column	*c = NULL;
	int		 ci = -1;

	*scope = -1;
	if (im->county_col >= 0 && im->cols[im->county_col].field >= 0) {
		ci = im->county_col;
		c = &im->cols[ci];
	} else if (im->has_scope && im->scope.field >= 0) {
		c = &im->scope;
		if (c->names == NULL && (c->names = strdup("county")) == NULL)
			return -1;
	}
	if (c == NULL)
		return 0;
	if (convert(im, ci, c, &rec->fields[c->field], -1, reason, len) == -1)
		return -1;
	if (c->kind == V_INT)
		*scope = c->i;
	else if (c == &im->scope && c->kind != V_NULL) {
		/* Not stored, so no constraint would notice. */
		unknown_name(im, c, reason, len);
		return -1;
	}
	return 0;
}

/* Validate and insert one record (see import.h). */
enum import_result
import_row(struct import *im, const struct csv_record *rec, char *reason,
    size_t len)
{
	long long	 scope;
	int		 i, rc, ext;

	if (blank(rec))
		return IMPORT_SKIPPED;
	if (rec->nfields != im->nheader) {
		snprintf(reason, len, "%d field%s where the header has %d",
		    rec->nfields, rec->nfields == 1 ? "" : "s", im->nheader);
		return IMPORT_REJECTED;
	}
	for (i = 0; i < rec->nfields; i++) {
		if (im->map[i] == FIELD_UNNAMED && rec->fields[i].len > 0) {
			snprintf(reason, len, "a value in field %d, which has "
			    "no header", i + 1);
			return IMPORT_REJECTED;
		}
	}
	cache_bound(im);
	if (row_scope(im, rec, &scope, reason, len) == -1)
		return IMPORT_REJECTED;
	for (i = 0; i < im->ncols; i++) {
		struct column	*c = &im->cols[i];

		if (c->field < 0 || i == im->county_col)
			continue;
		if (convert(im, i, c, &rec->fields[c->field], scope, reason,
		    len) == -1)
			return IMPORT_REJECTED;
	}
	for (i = 0; i < im->ncols; i++)
		if (im->cols[i].field >= 0)
			bind_value(im, im->insert, im->cols[i].param,
			    &im->cols[i]);
	rc = sqlite3_step(im->insert);
	if (rc == SQLITE_DONE) {
		sqlite3_reset(im->insert);
		return IMPORT_LOADED;
	}
	ext = sqlite3_extended_errcode(im->db);
	snprintf(reason, len, "%s", sqlite3_errmsg(im->db));
	sqlite3_reset(im->insert);
	if ((ext & 0xff) != SQLITE_CONSTRAINT)
		return IMPORT_FAILED;
	{
		char	 msg[512];

		snprintf(msg, sizeof msg, "%s", reason);
		constraint_reason(im, ext, msg, reason, len);
	}
	return IMPORT_REJECTED;
}
