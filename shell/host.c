/*
 * shell/host.c -- the one struct ss_host: everything a plugin (or a
 * built-in) may ask of the shell.  Results go into the command's sink,
 * errors into its context, SQL through bound parameters on the read-only
 * connection.  Nothing here prints except ss_warn.
 *
 * Built-ins use this very table through the same ss_* macros plugins use,
 * so they obey the same rules (and `help --format json` just works).
 */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "shell/session.h"
#include "shell/sink.h"

/* The table the built-ins reach through the ss_* macros.  Set once, here,
 * at compile time; plugins get the same table through their host_slot. */
SS_PLUGIN_HOST_DEFINE = &host_table;

/* An open statement handed to a plugin. */
struct ss_stmt {
	struct ss_ctx	*ctx;
	sqlite3_stmt	*st;
	struct ss_stmt	*next;
	char		**blobs;	/* hex text of blob columns, per column */
	int		 nblobs;
};

/* Append a copy of s to a string list (completion candidates). */
void
strlist_add(struct strlist *l, const char *s)
{
	char	*copy;

	if (l->n == l->cap) {
		int	  cap = l->cap ? l->cap * 2 : 32;
		char	**v = realloc(l->v, cap * sizeof *v);

		if (v == NULL)
			return;
		l->v = v;
		l->cap = cap;
	}
	if ((copy = strdup(s)) != NULL)
		l->v[l->n++] = copy;
}

/* Free a string list and its strings. */
void
strlist_free(struct strlist *l)
{
	int	 i;

	for (i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	memset(l, 0, sizeof *l);
}

/* Start a context for one invocation. */
void
ctx_init(struct ss_ctx *ctx, struct session *s, const struct reg_entry *e,
    struct plugin *p, struct sink *sink)
{
	memset(ctx, 0, sizeof *ctx);
	ctx->s = s;
	ctx->entry = e;
	ctx->plugin = p;
	ctx->sink = sink;
}

/* Free a statement's blob buffers. */
static void
stmt_clear_blobs(struct ss_stmt *st)
{
	int	 i;

	for (i = 0; i < st->nblobs; i++) {
		free(st->blobs[i]);
		st->blobs[i] = NULL;
	}
}

/* Release and free one statement (already unlinked). */
static void
stmt_free(struct ss_stmt *st)
{
	db_release(st->ctx->s, st->st);
	stmt_clear_blobs(st);
	free(st->blobs);
	free(st);
}

/* Finish a context: statements a plugin left open are finalized. */
void
ctx_done(struct ss_ctx *ctx)
{
	while (ctx->stmts != NULL) {
		struct ss_stmt	*st = ctx->stmts;

		ctx->stmts = st->next;
		stmt_free(st);
	}
	free(ctx->msg);
	free(ctx->verdict);
	free(ctx->vals);
	ctx->msg = ctx->verdict = NULL;
	ctx->vals = NULL;
}

/* Record an error: the first message wins (later ones are usually its
 * consequences).  Returns SS_ERR. */
static int
ctx_verror(struct ss_ctx *ctx, const char *fmt, va_list ap)
{
	char	 buf[2048];

	if (ctx->msg != NULL)
		return SS_ERR;
	vsnprintf(buf, sizeof buf, fmt, ap);
	ctx->msg = strdup(buf);
	return SS_ERR;
}

/* Record an error (see shell.h). */
int
ctx_error(struct ss_ctx *ctx, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	ctx_verror(ctx, fmt, ap);
	va_end(ap);
	return SS_ERR;
}

/* ss_host.error */
static int
host_error(struct ss_ctx *ctx, const char *fmt, ...)
{
	va_list	 ap;

	if (ctx == NULL)
		return SS_ERR;
	va_start(ap, fmt);
	ctx_verror(ctx, fmt, ap);
	va_end(ap);
	return SS_ERR;
}

/* ss_host.fail: the command failed, its output stands (the first
 * message wins); SS_OK so that it may go on. */
static int
host_fail(struct ss_ctx *ctx, const char *fmt, ...)
{
	char	 buf[2048];
	va_list	 ap;

	if (ctx == NULL)
		return SS_ERR;
	if (ctx->sink == NULL)
		return ctx_error(ctx, "%s cannot fail a result (only commands "
		    "can)", ctx->plugin != NULL ? "a plugin's init" :
		    "this context");
	if (ctx->verdict != NULL)
		return SS_OK;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if ((ctx->verdict = strdup(buf)) == NULL)
		return ctx_error(ctx, "out of memory");
	return SS_OK;
}

/* ss_host.warn: print now, go on. */
static void
host_warn(struct ss_ctx *ctx, const char *fmt, ...)
{
	char	 buf[2048];
	va_list	 ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	report_warning(ctx->s, ctx->s->loc, "%s", buf);
}

/* ss_host.interrupted */
static int
host_interrupted(struct ss_ctx *ctx)
{
	(void)ctx;
	return session_interrupted != 0;
}

/* Record a failed write to the command's output. */
static int
write_failed(struct ss_ctx *ctx)
{
	int	 e = errno != 0 ? errno : EIO;

	ctx->write_failed = e;
	if (ctx->out_name != NULL)
		return ctx_error(ctx, "cannot write '%s': %s", ctx->out_name,
		    strerror(e));
	return ctx_error(ctx, "write error on standard output: %s",
	    strerror(e));
}

/* Refuse output where there is nowhere to put it (init, completion). */
static int
no_sink(struct ss_ctx *ctx)
{
	return ctx_error(ctx, "%s cannot emit results (only commands can)",
	    ctx->plugin != NULL ? "a plugin's init" : "this context");
}

/* ss_host.begin */
static int
host_begin(struct ss_ctx *ctx, const struct ss_column *cols, int ncols)
{
	int	 i;

	if (ctx->sink == NULL)
		return no_sink(ctx);
	if (cols == NULL || ncols <= 0)
		return ctx_error(ctx, "result set without columns");
	for (i = 0; i < ncols; i++)
		if (cols[i].name == NULL)
			return ctx_error(ctx, "column %d has no name", i + 1);
	errno = 0;
	if (sink_begin(ctx->sink, cols, ncols) == -1)
		return write_failed(ctx);
	ctx->open = 1;
	ctx->results++;
	return SS_OK;
}

/* ss_host.row */
static int
host_row(struct ss_ctx *ctx, const struct ss_value *vals)
{
	if (ctx->sink == NULL)
		return no_sink(ctx);
	if (!ctx->open)
		return ctx_error(ctx, "row before ss_begin");
	if (session_interrupted)
		return ctx_error(ctx, "interrupted");
	errno = 0;
	if (sink_row(ctx->sink, vals) == -1)
		return write_failed(ctx);
	return SS_OK;
}

/* ss_host.total */
static int
host_total(struct ss_ctx *ctx, const struct ss_value *vals)
{
	if (ctx->sink == NULL)
		return no_sink(ctx);
	if (!ctx->open)
		return ctx_error(ctx, "total row before ss_begin");
	errno = 0;
	if (sink_total(ctx->sink, vals) == -1)
		return write_failed(ctx);
	return SS_OK;
}

/* ss_host.end */
static int
host_end(struct ss_ctx *ctx)
{
	if (ctx->sink == NULL)
		return no_sink(ctx);
	if (!ctx->open)
		return ctx_error(ctx, "ss_end without ss_begin");
	ctx->open = 0;
	errno = 0;
	if (sink_end(ctx->sink) == -1)
		return write_failed(ctx);
	return SS_OK;
}

/* ss_host.block */
static int
host_block(struct ss_ctx *ctx, enum ss_block kind, const char *fmt, ...)
{
	char	 buf[4096], *text = buf;
	va_list	 ap;
	int	 n, rc;

	if (ctx->sink == NULL)
		return no_sink(ctx);
	if (kind < SS_BLOCK_TITLE || kind > SS_BLOCK_NOTE)
		return ctx_error(ctx, "unknown text block kind %d", (int)kind);
	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (n < 0)
		return ctx_error(ctx, "bad text block format");
	if ((size_t)n >= sizeof buf) {
		if ((text = malloc(n + 1)) == NULL)
			return ctx_error(ctx, "out of memory");
		va_start(ap, fmt);
		vsnprintf(text, n + 1, fmt, ap);
		va_end(ap);
	}
	errno = 0;
	rc = sink_block(ctx->sink, kind, text) == -1 ? write_failed(ctx) :
	    SS_OK;
	if (text != buf)
		free(text);
	return rc;
}

/* ss_host.rich */
static int
host_rich(struct ss_ctx *ctx)
{
	return ctx->sink != NULL && sink_rich(ctx->sink);
}

/* Bind values to ?1..?n; SS_ERR with a message on failure. */
static int
bind_params(struct ss_ctx *ctx, sqlite3_stmt *st,
    const struct ss_value *params, int n)
{
	int	 i, rc = SQLITE_OK;

	if (n != sqlite3_bind_parameter_count(st))
		return ctx_error(ctx, "the query has %d parameters, %d "
		    "values were given", sqlite3_bind_parameter_count(st), n);
	for (i = 0; i < n && rc == SQLITE_OK; i++) {
		switch (params[i].type) {
		case SS_INT:
			rc = sqlite3_bind_int64(st, i + 1, params[i].u.i);
			break;
		case SS_REAL:
			rc = sqlite3_bind_double(st, i + 1, params[i].u.r);
			break;
		case SS_TEXT:
			rc = params[i].u.s != NULL ? sqlite3_bind_text(st,
			    i + 1, params[i].u.s, -1, SQLITE_TRANSIENT) :
			    sqlite3_bind_null(st, i + 1);
			break;
		default:
			rc = sqlite3_bind_null(st, i + 1);
			break;
		}
	}
	if (rc != SQLITE_OK)
		return ctx_error(ctx, "cannot bind parameter %d: %s", i,
		    sqlite3_errstr(rc));
	return SS_OK;
}

/* Prepare one read-only statement with its parameters bound; NULL with
 * the message recorded. */
static sqlite3_stmt *
prepare(struct ss_ctx *ctx, const char *sql, const struct ss_value *params,
    int n)
{
	sqlite3_stmt	*st;
	char		 err[1024];

	if (sql == NULL)
		return ctx_error(ctx, "no SQL statement"), NULL;
	if ((st = db_prepare(ctx->s, sql, err, sizeof err)) == NULL)
		return ctx_error(ctx, "%s", err), NULL;
	if (bind_params(ctx, st, params, n) != SS_OK) {
		db_release(ctx->s, st);
		return NULL;
	}
	return st;
}

/* The error of a failed step. */
static int
step_failed(struct ss_ctx *ctx, int rc)
{
	if (rc == SQLITE_INTERRUPT || session_interrupted)
		return ctx_error(ctx, "interrupted");
	return ctx_error(ctx, "SQL error: %s",
	    sqlite3_errmsg(ctx->s->db));
}

/* Render a blob as X'hex' text into *out (reallocated). */
static const char *
blob_text(const void *data, int len, char **out)
{
	static const char	 hex[] = "0123456789abcdef";
	const unsigned char	*p = data;
	char			*t;
	int			 i;

	free(*out);
	if ((*out = t = malloc(2 * (size_t)len + 4)) == NULL)
		return "";
	*t++ = 'X';
	*t++ = '\'';
	for (i = 0; i < len; i++) {
		*t++ = hex[p[i] >> 4];
		*t++ = hex[p[i] & 15];
	}
	*t++ = '\'';
	*t = '\0';
	return *out;
}

/* Read column i of the current row as a value. */
static struct ss_value
read_column(sqlite3_stmt *st, int i, char **blob)
{
	struct ss_value	 v;

	switch (sqlite3_column_type(st, i)) {
	case SQLITE_INTEGER:
		v.type = SS_INT;
		v.u.i = sqlite3_column_int64(st, i);
		break;
	case SQLITE_FLOAT:
		v.type = SS_REAL;
		v.u.r = sqlite3_column_double(st, i);
		break;
	case SQLITE_TEXT:
		v.type = SS_TEXT;
		v.u.s = (const char *)sqlite3_column_text(st, i);
		break;
	case SQLITE_BLOB:
		v.type = SS_TEXT;
		v.u.s = blob_text(sqlite3_column_blob(st, i),
		    sqlite3_column_bytes(st, i), blob);
		break;
	default:
		v.type = SS_NULL;
		v.u.s = NULL;
		break;
	}
	return v;
}

/* The column type a declared SQL type suggests (for columns whose first
 * value is NULL, or when there are no rows). */
static enum ss_type
decl_type(const char *decl)
{
	if (decl == NULL)
		return SS_TEXT;
	if (strcasestr(decl, "INT") != NULL)
		return SS_INT;
	if (strcasestr(decl, "REAL") != NULL || strcasestr(decl, "FLOA") !=
	    NULL || strcasestr(decl, "DOUB") != NULL ||
	    strcasestr(decl, "NUM") != NULL || strcasestr(decl, "DEC") != NULL)
		return SS_REAL;
	return SS_TEXT;
}

/* Stream a prepared statement's rows as one result set. */
static int
emit_rows(struct ss_ctx *ctx, sqlite3_stmt *st)
{
	struct ss_column	 colbuf[16], *cols = colbuf;
	char			*blobbuf[16] = { NULL }, **blobs = blobbuf;
	int			 n = sqlite3_column_count(st), i, rc, ret;

	rc = sqlite3_step(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return step_failed(ctx, rc);
	if (n == 0)
		return SS_OK;
	if (n > 16 && ((cols = calloc(n, sizeof *cols)) == NULL ||
	    (blobs = calloc(n, sizeof *blobs)) == NULL)) {
		ret = ctx_error(ctx, "out of memory");
		goto out;
	}
	if (ctx->nvals < n) {
		struct ss_value	*v = realloc(ctx->vals, n * sizeof *v);

		if (v == NULL) {
			ret = ctx_error(ctx, "out of memory");
			goto out;
		}
		ctx->vals = v;
		ctx->nvals = n;
	}
	for (i = 0; i < n; i++) {
		int	 t = rc == SQLITE_ROW ? sqlite3_column_type(st, i) :
		    SQLITE_NULL;

		cols[i].name = sqlite3_column_name(st, i);
		cols[i].type = t == SQLITE_INTEGER ? SS_INT : t == SQLITE_FLOAT ?
		    SS_REAL : t == SQLITE_NULL ?
		    decl_type(sqlite3_column_decltype(st, i)) : SS_TEXT;
		cols[i].scale = -1;
		cols[i].flags = 0;
	}
	if ((ret = host_begin(ctx, cols, n)) != SS_OK)
		goto out;
	while (rc == SQLITE_ROW) {
		for (i = 0; i < n; i++)
			ctx->vals[i] = read_column(st, i, &blobs[i]);
		if ((ret = host_row(ctx, ctx->vals)) != SS_OK)
			goto out;
		rc = sqlite3_step(st);
	}
	if (rc != SQLITE_DONE) {
		ret = step_failed(ctx, rc);
		goto out;
	}
	ret = host_end(ctx);
out:
	if (blobs != NULL)
		for (i = 0; i < n && (blobs != blobbuf || i < 16); i++)
			free(blobs[i]);
	if (blobs != blobbuf)
		free(blobs);
	if (cols != colbuf)
		free(cols);
	return ret;
}

/* ss_host.query: one SELECT, its rows as one result set. */
static int
host_query(struct ss_ctx *ctx, const char *sql, const struct ss_value *params,
    int n)
{
	sqlite3_stmt	*st;
	int		 rc;

	if ((st = prepare(ctx, sql, params, n)) == NULL)
		return SS_ERR;
	rc = emit_rows(ctx, st);
	db_release(ctx->s, st);
	return rc;
}

/* ss_host.prepare */
static struct ss_stmt *
host_prepare(struct ss_ctx *ctx, const char *sql,
    const struct ss_value *params, int n)
{
	struct ss_stmt	*st;
	sqlite3_stmt	*raw;

	if ((raw = prepare(ctx, sql, params, n)) == NULL)
		return NULL;
	if ((st = calloc(1, sizeof *st)) == NULL) {
		db_release(ctx->s, raw);
		ctx_error(ctx, "out of memory");
		return NULL;
	}
	st->ctx = ctx;
	st->st = raw;
	st->next = ctx->stmts;
	ctx->stmts = st;
	return st;
}

/* ss_host.step: 1 a row, 0 done, -1 error (recorded). */
static int
host_step(struct ss_stmt *st)
{
	int	 rc;

	if (st == NULL)
		return -1;
	stmt_clear_blobs(st);
	rc = sqlite3_step(st->st);
	if (rc == SQLITE_ROW)
		return 1;
	if (rc == SQLITE_DONE)
		return 0;
	step_failed(st->ctx, rc);
	return -1;
}

/* ss_host.column_count */
static int
host_column_count(struct ss_stmt *st)
{
	return st != NULL ? sqlite3_column_count(st->st) : 0;
}

/* ss_host.column_name */
static const char *
host_column_name(struct ss_stmt *st, int i)
{
	if (st == NULL || i < 0 || i >= sqlite3_column_count(st->st))
		return NULL;
	return sqlite3_column_name(st->st, i);
}

/* ss_host.column */
static struct ss_value
host_column(struct ss_stmt *st, int i)
{
	int	 n;

	if (st == NULL || i < 0 || i >= (n = sqlite3_column_count(st->st)))
		return SS_NULL_VALUE;
	if (sqlite3_column_type(st->st, i) == SQLITE_BLOB &&
	    st->nblobs < n) {
		char	**b = realloc(st->blobs, n * sizeof *b);

		if (b == NULL)
			return SS_NULL_VALUE;
		memset(b + st->nblobs, 0, (n - st->nblobs) * sizeof *b);
		st->blobs = b;
		st->nblobs = n;
	}
	return read_column(st->st, i, st->nblobs > i ? &st->blobs[i] : NULL);
}

/* ss_host.finalize */
static void
host_finalize(struct ss_stmt *st)
{
	struct ss_stmt	**pp;

	if (st == NULL)
		return;
	for (pp = &st->ctx->stmts; *pp != NULL; pp = &(*pp)->next) {
		if (*pp == st) {
			*pp = st->next;
			stmt_free(st);
			return;
		}
	}
}

/* ss_host.today */
static const char *
host_today(struct ss_ctx *ctx)
{
	return ctx->s->today;
}

/* Add a completion candidate when it starts with the word typed so far. */
void
ctx_candidate(struct ss_ctx *ctx, const char *word)
{
	if (ctx->cands == NULL || word == NULL)
		return;
	if (ctx->prefix != NULL &&
	    strncmp(word, ctx->prefix, strlen(ctx->prefix)) != 0)
		return;
	strlist_add(ctx->cands, word);
}

/* The session behind a built-in's context. */
struct session *
builtin_session(struct ss_ctx *ctx)
{
	return ctx->s;
}

const struct ss_host host_table = {
	.abi = SS_ABI_VERSION,
	.size = sizeof(struct ss_host),
	.version = PACKAGE_VERSION,
	.error = host_error,
	.warn = host_warn,
	.interrupted = host_interrupted,
	.arg_has = args_has,
	.arg_text = args_text,
	.arg_int = args_int,
	.arg_real = args_real,
	.arg_choice = args_choice,
	.operand_count = args_operand_count,
	.operand = args_operand,
	.begin = host_begin,
	.row = host_row,
	.total = host_total,
	.end = host_end,
	.block = host_block,
	.rich = host_rich,
	.query = host_query,
	.prepare = host_prepare,
	.step = host_step,
	.column_count = host_column_count,
	.column_name = host_column_name,
	.column = host_column,
	.finalize = host_finalize,
	.today = host_today,
	.closest = closest_in,
	.candidate = ctx_candidate,
	.fail = host_fail,
};
