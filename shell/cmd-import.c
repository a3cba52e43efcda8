/*
 * shell/cmd-import.c -- `import TABLE FILE.csv [--reject FILE] [--encoding
 * utf-8|gb18030|gbk|gb2312]`: load a ledger exported from a spreadsheet
 * into one table, every row validated (one bad row refuses the file, or
 * with --reject goes to the reject file); `import TABLE` lists the columns
 * a file may have, `import` the tables.
 *
 * The rows go in through the one read-write connection a built-in may
 * open (db_begin_write: BEGIN IMMEDIATE, foreign keys on), in one
 * transaction.  Without --reject one bad row rolls everything back; with
 * it the good rows are committed and the bad ones written to the reject
 * file -- reject_line, reject_reason, then the row as it was -- which,
 * fixed, imports again as it is.  The summaries are brought in step
 * once, set-based, before COMMIT (dataset_bulk_begin/_end), not row by
 * row.  The reject file is written under a temporary name and renamed
 * only when the import went through, so a refused import leaves nothing
 * behind.  Plugins cannot import: they have no way to the write
 * connection.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "data/dataset.h"
#include "shell/csv.h"
#include "shell/import.h"
#include "shell/session.h"

/* How often (in rows) a long import looks at Ctrl-C. */
#define POLL_ROWS	4096

/* The --encoding choices: UTF-8, then GB18030 under its own name and as
 * gbk and gb2312, which it contains (Excel on Chinese Windows says "GBK"
 * for what it writes; GB2312 files are older). */
static const char *const encodings[] = { "utf-8", "gb18030", "gbk",
	"gb2312", NULL };

/* One import in progress: its files and counts. */
struct run {
	const char		*table, *file, *reject_path;
	FILE			*in;
	FILE			*reject;	/* the temporary reject file */
	char			*reject_tmp;
	struct csv_reader	*csv;
	struct import		*im;
	sqlite3			*db;
	long			 loaded, rejected;
	int			 stale;		/* summaries out of step */
	long			 first_line;	/* of the first bad row */
	char			 first_reason[1024];
};

/* ------------------------------------------------------------------ */
/* import, import TABLE: what can be imported                          */
/* ------------------------------------------------------------------ */

/* The tables seen by list_tables' callback. */
struct table_list {
	char	**v;
	int	  n, cap;
};

/* Collect one table name. */
static void
collect_table(void *arg, const char *name)
{
	struct table_list	*l = arg;
	char			**v;

	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 64;
		if ((v = realloc(l->v, l->cap * sizeof *v)) == NULL)
			return;
		l->v = v;
	}
	if ((l->v[l->n] = strdup(name)) != NULL)
		l->n++;
}

/* `import`: every table a file can go into, with what it needs. */
static int
list_tables(struct ss_ctx *ctx, sqlite3 *db)
{
	static const struct ss_column cols[] = {
		{ .name = "table", .type = SS_TEXT },
		{ .name = "columns", .type = SS_INT },
		{ .name = "required", .type = SS_TEXT },
		{ .name = "chinese_headers", .type = SS_INT },
	};
	struct table_list	 l = { NULL, 0, 0 };
	struct import_column_info info;
	struct import		*im;
	char			 err[1024], required[1024];
	int			 i, k, zh, rc = SS_OK;

	if (import_tables(db, collect_table, &l, err, sizeof err) == -1)
		return ss_error(ctx, "%s", err);
	if (ss_rich(ctx) && ss_block(ctx, SS_BLOCK_TITLE, "tables a CSV file "
	    "can be imported into") != SS_OK)
		rc = SS_ERR;
	if (rc == SS_OK && ss_begin(ctx, cols, 4) != SS_OK)
		rc = SS_ERR;
	for (i = 0; i < l.n && rc == SS_OK; i++) {
		if ((im = import_open(db, l.v[i], err, sizeof err)) == NULL) {
			rc = ss_error(ctx, "%s", err);
			break;
		}
		required[0] = '\0';
		for (k = zh = 0; k < import_column_count(im); k++) {
			import_column_info(im, k, &info);
			zh += info.headers_zh != NULL;
			if (info.required)
				snprintf(required + strlen(required),
				    sizeof required - strlen(required), "%s%s",
				    required[0] != '\0' ? ", " : "", info.name);
		}
		if (ss_row(ctx, (struct ss_value[]){ SS_TEXT_VALUE(l.v[i]),
		    SS_INT_VALUE(import_column_count(im)),
		    SS_TEXT_VALUE(required), SS_INT_VALUE(zh) }) != SS_OK)
			rc = SS_ERR;
		import_close(im);
	}
	for (i = 0; i < l.n; i++)
		free(l.v[i]);
	free(l.v);
	if (rc != SS_OK || ss_end(ctx) != SS_OK)
		return SS_ERR;
	return ss_block(ctx, SS_BLOCK_NOTE, "'import TABLE' lists the columns "
	    "a file for TABLE may have; 'import TABLE FILE.csv' loads FILE");
}

/* `import TABLE`: the columns a file for TABLE may have. */
static int
list_columns(struct ss_ctx *ctx, sqlite3 *db, const char *table)
{
	static const struct ss_column cols[] = {
		{ .name = "column", .type = SS_TEXT },
		{ .name = "chinese_header", .type = SS_TEXT },
		{ .name = "type", .type = SS_TEXT },
		{ .name = "required", .type = SS_INT },
		{ .name = "default_value", .type = SS_TEXT },
		{ .name = "names_from", .type = SS_TEXT },
		{ .name = "refers_to", .type = SS_TEXT },
	};
	struct import_column_info info;
	struct import		*im;
	char			 err[1024];
	int			 i, rc = SS_OK;

	if ((im = import_open(db, table, err, sizeof err)) == NULL)
		return ss_error(ctx, "%s", err);
	if (ss_rich(ctx) && ss_block(ctx, SS_BLOCK_TITLE, "columns a CSV file "
	    "for %s may have", table) != SS_OK)
		rc = SS_ERR;
	if (rc == SS_OK && ss_begin(ctx, cols, 7) != SS_OK)
		rc = SS_ERR;
	for (i = 0; i < import_column_count(im) && rc == SS_OK; i++) {
		import_column_info(im, i, &info);
		if (ss_row(ctx, (struct ss_value[]){ SS_TEXT_VALUE(info.name),
		    SS_TEXT_VALUE(info.headers_zh), SS_TEXT_VALUE(info.type),
		    SS_INT_VALUE(info.required),
		    SS_TEXT_VALUE(info.default_value),
		    SS_TEXT_VALUE(info.names),
		    SS_TEXT_VALUE(info.refers_to) }) != SS_OK)
			rc = SS_ERR;
	}
	import_close(im);
	if (rc != SS_OK || ss_end(ctx) != SS_OK)
		return SS_ERR;
	return ss_block(ctx, SS_BLOCK_NOTE, "a header may be the column's name, "
	    "its name without _id (township), or its Chinese header; a column "
	    "with names_from takes names (城关镇, 工贸, 一般隐患, 是) as well as "
	    "ids and codes, and a county column scopes the names of townships, "
	    "units and spots");
}

/* ------------------------------------------------------------------ */
/* import TABLE FILE                                                   */
/* ------------------------------------------------------------------ */

/* Open the reject file under a temporary name next to it; -1 with a
 * message. */
static int
reject_open(struct session *s, struct run *r, char *err, size_t errlen)
{
	int	 fd;

	if (asprintf(&r->reject_tmp, "%s.XXXXXX", r->reject_path) == -1) {
		r->reject_tmp = NULL;
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	if ((fd = mkostemp(r->reject_tmp, O_CLOEXEC)) == -1 ||
	    fchmod(fd, 0666 & ~s->umask) == -1 ||
	    (r->reject = fdopen(fd, "w")) == NULL) {
		snprintf(err, errlen, "cannot write '%s': %s", r->reject_path,
		    strerror(errno));
		if (fd != -1) {
			close(fd);
			unlink(r->reject_tmp);
		}
		free(r->reject_tmp);
		r->reject_tmp = NULL;
		return -1;
	}
	return 0;
}

/* Write one line of the reject file: line and reason (the header's
 * names when line is 0), then the record's fields as they were -- but
 * for an earlier reject file's own line and reason. */
static int
reject_write(struct run *r, long line, const char *reason,
    const struct csv_record *rec)
{
	struct csv_field	 stack[64], *f = stack;
	char			 num[32];
	int			 i, n = 2, rc;

	if (rec->nfields + 2 > 64 &&
	    (f = malloc((rec->nfields + 2) * sizeof *f)) == NULL)
		return -1;
	snprintf(num, sizeof num, "%ld", line);
	f[0] = (struct csv_field){ line > 0 ? num : "reject_line",
	    strlen(line > 0 ? num : "reject_line"), 0 };
	f[1] = (struct csv_field){ reason, strlen(reason), 0 };
	for (i = 0; i < rec->nfields; i++)
		if (!import_field_ignored(r->im, i))
			f[n++] = rec->fields[i];
	rc = csv_write_record(r->reject, f, n);
	if (f != stack)
		free(f);
	return rc;
}

/* Finish writing the reject file; -1 with a message. */
static int
reject_flush(struct run *r, char *err, size_t errlen)
{
	int	 failed;

	if (r->reject == NULL)
		return 0;
	failed = ferror(r->reject) != 0;
	failed |= fclose(r->reject) == EOF;
	r->reject = NULL;
	if (failed) {
		snprintf(err, errlen, "cannot write '%s': %s", r->reject_path,
		    strerror(errno));
		return -1;
	}
	return 0;
}

/* Put the written reject file in place (keep) or remove it; -1 with a
 * message when the rename fails. */
static int
reject_place(struct run *r, int keep, char *err, size_t errlen)
{
	int	 ret = 0;

	if (r->reject_tmp == NULL)
		return 0;
	if (r->reject != NULL) {
		fclose(r->reject);
		r->reject = NULL;
		keep = 0;
	}
	if (keep && rename(r->reject_tmp, r->reject_path) == -1) {
		snprintf(err, errlen, "the rows were imported, but the reject "
		    "file cannot be written: '%s': %s", r->reject_path,
		    strerror(errno));
		ret = -1;
		keep = 0;
	}
	if (!keep)
		unlink(r->reject_tmp);
	free(r->reject_tmp);
	r->reject_tmp = NULL;
	return ret;
}

/* Release what a run holds, rolling back an open transaction. */
static void
run_free(struct session *s, struct run *r)
{
	char	 err[16];

	reject_place(r, 0, err, sizeof err);
	csv_close(r->csv);
	import_close(r->im);
	if (r->db != NULL)
		db_end_write(s, r->db, 0, err, sizeof err);
	if (r->in != NULL)
		fclose(r->in);
}

/* The reader's message, with the way out for the likeliest cause. */
static void
read_error(struct run *r, int encoding, char *err, size_t errlen)
{
	snprintf(err, errlen, "%s%s", csv_error(r->csv),
	    csv_not_utf8(r->csv) && encoding == CSV_UTF8 ? ": if it came "
	    "from Excel on Windows, add --encoding gb18030" : "");
}

/* Refuse to write where import must not; -1 with a message. */
static int
check_writable(struct session *s, char *err, size_t errlen)
{
	if (s->db_bundled) {
		snprintf(err, errlen, "the bundled dataset is read-only: copy "
		    "it first: cp '%s' my.db; safestat my.db", s->db_path);
		return -1;
	}
	if (s->readonly) {
		snprintf(err, errlen, "database '%s' was opened with "
		    "--readonly: start safestat without it to import",
		    s->db_path);
		return -1;
	}
	return 0;
}

/* The write connection and its transaction; unless stale is NULL,
 * *stale tells whether the summaries are out of step with the ledger
 * (another program wrote it): an import then leaves them so, for
 * 'import --refresh' to rebuild, which on the 100-county province takes
 * a minute and a half: too much to add to an import of a few rows.
 * NULL with a message. */
static sqlite3 *
write_start(struct session *s, int *stale, char *err, size_t errlen)
{
	sqlite3	*db;
	int	 in_step;

	if ((db = db_begin_write(s, err, errlen)) == NULL)
		return NULL;
	if (sqlite3_db_readonly(db, "main") == 1) {
		snprintf(err, errlen, "database '%s' is read-only on disk: "
		    "copy it first: cp '%s' my.db; safestat my.db", s->db_path,
		    s->db_path);
	} else if (stale == NULL)
		return db;
	else if ((in_step = dataset_in_step(db, err, errlen)) >= 0) {
		*stale = !in_step;
		return db;
	}
	db_end_write(s, db, 0, NULL, 0);
	return NULL;
}

/* Open the files and the transaction, read the header; -1 with a
 * message. */
static int
run_start(struct session *s, struct run *r, int encoding, char *err,
    size_t errlen)
{
	struct csv_record	 header;
	struct stat		 in_sb, rej_sb;
	int			 rc;

	if (check_writable(s, err, errlen) == -1)
		return -1;
	if ((r->in = fopen(r->file, "rb")) == NULL) {
		snprintf(err, errlen, "cannot open '%s': %s", r->file,
		    strerror(errno));
		return -1;
	}
	if (r->reject_path != NULL && fstat(fileno(r->in), &in_sb) == 0 &&
	    stat(r->reject_path, &rej_sb) == 0 && in_sb.st_dev ==
	    rej_sb.st_dev && in_sb.st_ino == rej_sb.st_ino) {
		snprintf(err, errlen, "the reject file '%s' is the file being "
		    "imported: name another", r->reject_path);
		return -1;
	}
	if ((r->db = write_start(s, &r->stale, err, errlen)) == NULL)
		return -1;
	/* A bigger page cache for the indexes of a large ledger (bounded). */
	sqlite3_exec(r->db, "PRAGMA cache_size = -65536", NULL, NULL, NULL);
	if ((r->im = import_open(r->db, r->table, err, errlen)) == NULL ||
	    (r->csv = csv_open(r->in, r->file, encoding, err, errlen)) == NULL)
		return -1;
	if ((rc = csv_read(r->csv, &header)) == -1) {
		read_error(r, encoding, err, errlen);
		return -1;
	}
	if (rc == 0) {
		snprintf(err, errlen, "'%s' is empty: its first line must name "
		    "the columns ('import %s' lists them)", r->file, r->table);
		return -1;
	}
	if (import_header(r->im, r->file, &header, err, errlen) == -1)
		return -1;
	/* The summaries are brought in step once, at the end (import_file),
	 * not row by row; the flag is in this transaction. */
	if (dataset_bulk_begin(r->db, err, errlen) == -1)
		return -1;
	if (r->reject_path != NULL) {
		if (reject_open(s, r, err, errlen) == -1)
			return -1;
		/* Spreadsheet users get the BOM their program reads UTF-8 by. */
		if (csv_had_bom(r->csv) || encoding == CSV_GB18030)
			fputs("\xEF\xBB\xBF", r->reject);
		if (reject_write(r, 0, "reject_reason", &header) == -1) {
			snprintf(err, errlen, "cannot write '%s': %s",
			    r->reject_path, strerror(errno));
			return -1;
		}
	}
	return 0;
}

/* Read and load every row; -1 with a message when the import must stop
 * (unreadable input, a failing database, Ctrl-C). */
static int
run_rows(struct ss_ctx *ctx, struct run *r, int encoding, char *err,
    size_t errlen)
{
	struct csv_record	 rec;
	char			 reason[1024];
	long			 rows = 0;
	int			 rc;

	while ((rc = csv_read(r->csv, &rec)) == 1) {
		switch (import_row(r->im, &rec, reason, sizeof reason)) {
		case IMPORT_LOADED:
			r->loaded++;
			break;
		case IMPORT_SKIPPED:
			break;
		case IMPORT_REJECTED:
			if (r->rejected++ == 0) {
				r->first_line = rec.line;
				snprintf(r->first_reason,
				    sizeof r->first_reason, "%s", reason);
			}
			if (r->reject != NULL &&
			    reject_write(r, rec.line, reason, &rec) == -1) {
				snprintf(err, errlen, "cannot write '%s': %s",
				    r->reject_path, strerror(errno));
				return -1;
			}
			break;
		case IMPORT_FAILED:
			snprintf(err, errlen, "cannot import '%s' (line %ld): "
			    "%s", r->file, rec.line, reason);
			return -1;
		}
		if (++rows % POLL_ROWS == 0 && ss_interrupted(ctx)) {
			snprintf(err, errlen, "interrupted: nothing was "
			    "imported");
			return -1;
		}
	}
	if (rc == -1) {
		read_error(r, encoding, err, errlen);
		return -1;
	}
	return 0;
}

/* Print the counts: one row, so that csv and json carry them too; with
 * rejected rows the import then fails with ss_fail, keeping them. */
static int
report_counts(struct ss_ctx *ctx, const struct run *r)
{
	static const struct ss_column cols[] = {
		{ .name = "table", .type = SS_TEXT },
		{ .name = "file", .type = SS_TEXT },
		{ .name = "loaded", .type = SS_INT },
		{ .name = "rejected", .type = SS_INT },
	};

	if (ss_begin(ctx, cols, 4) != SS_OK ||
	    ss_row(ctx, (struct ss_value[]){ SS_TEXT_VALUE(r->table),
	    SS_TEXT_VALUE(r->file), SS_INT_VALUE(r->loaded),
	    SS_INT_VALUE(r->rejected) }) != SS_OK)
		return SS_ERR;
	/* Ended here: a command that fails still shows its counts. */
	return ss_end(ctx);
}

/* Import one file into one table. */
static int
import_file(struct ss_ctx *ctx, const char *table, const char *file,
    const char *reject_path, int encoding)
{
	struct session	*s = builtin_session(ctx);
	struct run	 r;
	char		 err[2048];
	long		 good;
	int		 commit, rc;

	memset(&r, 0, sizeof r);
	r.table = table;
	r.file = file;
	r.reject_path = reject_path;
	if (run_start(s, &r, encoding, err, sizeof err) == -1 ||
	    run_rows(ctx, &r, encoding, err, sizeof err) == -1) {
		run_free(s, &r);
		return ss_error(ctx, "%s", err);
	}
	/* All or nothing, unless the bad rows have somewhere to go.  The
	 * reject file is complete before the commit, in place after it. */
	commit = r.rejected == 0 || r.reject != NULL;
	good = r.loaded;
	/* Its statements go before the connection can close. */
	import_close(r.im);
	r.im = NULL;
	/* A refused import rolls back, flag and noted rows with it. */
	if (commit && dataset_bulk_end(r.db, err, sizeof err) == -1) {
		run_free(s, &r);
		return ss_error(ctx, "%s", err);
	}
	if (reject_flush(&r, err, sizeof err) == -1) {
		run_free(s, &r);
		return ss_error(ctx, "%s", err);
	}
	rc = db_end_write(s, r.db, commit, err, sizeof err);
	r.db = NULL;
	if (rc == -1 || reject_place(&r, commit, err, sizeof err) == -1) {
		run_free(s, &r);
		return ss_error(ctx, "%s", err);
	}
	run_free(s, &r);
	if (!commit)
		r.loaded = 0;
	if (commit && r.stale && ss_block(ctx, SS_BLOCK_NOTE,
	    "the summary tables are out of step with the ledger (another "
	    "program wrote it): the commands read the ledger until 'import "
	    "--refresh' rebuilds them") != SS_OK)
		return SS_ERR;
	if (report_counts(ctx, &r) != SS_OK)
		return SS_ERR;
	/* Rejected rows fail the import, and its counts stand (--output
	 * gets them, json is one complete document). */
	if (r.rejected == 0)
		return SS_OK;
	if (commit && r.loaded == 0)
		return ss_fail(ctx, "no row of '%s' imported into '%s': %ld "
		    "rejected and written to '%s' (the first, line %ld: %s)",
		    file, table, r.rejected, reject_path, r.first_line,
		    r.first_reason);
	if (commit)
		return ss_fail(ctx, "%ld row%s of '%s' imported into '%s', %ld "
		    "rejected and written to '%s' (the first, line %ld: %s)",
		    r.loaded, r.loaded == 1 ? "" : "s", file, table, r.rejected,
		    reject_path, r.first_line, r.first_reason);
	if (good == 0)
		return ss_fail(ctx, "%ld bad row%s in '%s' and no good one (the "
		    "first, line %ld: %s): --reject FILE lists every one with "
		    "its reason", r.rejected, r.rejected == 1 ? "" : "s", file,
		    r.first_line, r.first_reason);
	return ss_fail(ctx, "%ld bad row%s in '%s', nothing imported (the "
	    "first, line %ld: %s): fix %s, or add --reject FILE to import the "
	    "%ld good row%s", r.rejected, r.rejected == 1 ? "" : "s", file,
	    r.first_line, r.first_reason, r.rejected == 1 ? "it" : "them", good,
	    good == 1 ? "" : "s");
}

/* import --refresh: rebuild every summary from the ledger. */
static int
refresh_summaries(struct ss_ctx *ctx)
{
	static const struct ss_column cols[] = {
		{ .name = "summaries_rebuilt", .type = SS_INT },
	};
	struct session	*s = builtin_session(ctx);
	sqlite3		*db;
	char		 err[1024];
	int		 n;

	if (check_writable(s, err, sizeof err) == -1 ||
	    (db = write_start(s, NULL, err, sizeof err)) == NULL)
		return ss_error(ctx, "%s", err);
	/* Asked for, so done even when the file says they are in step. */
	if ((n = dataset_refresh(db, err, sizeof err)) < 0) {
		db_end_write(s, db, 0, NULL, 0);
		return ss_error(ctx, "%s", err);
	}
	if (db_end_write(s, db, 1, err, sizeof err) == -1)
		return ss_error(ctx, "%s", err);
	if (ss_begin(ctx, cols, 1) != SS_OK ||
	    ss_row(ctx, (struct ss_value[]){ SS_INT_VALUE(n) }) != SS_OK)
		return SS_ERR;
	return ss_end(ctx);
}

/* import [TABLE [FILE]]. */
static int
cmd_import(struct ss_ctx *ctx, const struct ss_args *args)
{
	struct session	*s = builtin_session(ctx);
	char		 err[512];
	int		 encoding = ss_arg_choice(args, "encoding");

	if (ss_operand_count(args) < 2 && (ss_arg_has(args, "reject") ||
	    encoding >= 0))
		return ss_error(ctx, "'--%s' goes with a file to import: "
		    "import TABLE FILE.csv --%s ...", ss_arg_has(args,
		    "reject") ? "reject" : "encoding", ss_arg_has(args,
		    "reject") ? "reject" : "encoding");
	if (ss_arg_has(args, "refresh")) {
		if (ss_operand_count(args) > 0)
			return ss_error(ctx, "'--refresh' rebuilds the "
			    "summaries and takes no table: import --refresh");
		return refresh_summaries(ctx);
	}
	if (ss_operand_count(args) < 2 &&
	    db_import_views(s, err, sizeof err) == -1)
		return ss_error(ctx, "%s", err);
	switch (ss_operand_count(args)) {
	case 0:
		return list_tables(ctx, s->db);
	case 1:
		return list_columns(ctx, s->db, ss_operand(args, 0));
	default:
		return import_file(ctx, ss_operand(args, 0),
		    ss_operand(args, 1), ss_arg_text(args, "reject"),
		    encoding >= 1 ? CSV_GB18030 : CSV_UTF8);
	}
}

static const struct ss_option cmd_import_options[] = {
	{ .name = "reject", .type = SS_OPT_TEXT, .metavar = "FILE",
	  .help = "load the good rows and write the bad ones to FILE (CSV: "
	      "line, reason, the row); without it one bad row imports "
	      "nothing" },
	{ .name = "encoding", .type = SS_OPT_ENUM, .choices = encodings,
	  .help = "the file's encoding: utf-8 (the default, with or without "
	      "a BOM) or gb18030; gbk (Excel's CSV on Chinese Windows) and "
	      "gb2312 are read as gb18030, which contains both" },
	{ .name = "refresh", .type = SS_OPT_FLAG,
	  .help = "rebuild the summary tables from the ledger, after another "
	      "program wrote it (minutes on a province)" },
	{ .name = NULL }
};

static const char *const cmd_import_examples[] = {
	"import hazard",
	"import",
	"import hazard 隐患台账.csv --reject 退回.csv",
	"import visitor_day visitors.csv --encoding gb18030",
	"import --refresh",
	NULL
};

const struct ss_command cmd_import_entry = {
	.name = "import",
	.summary = "load a CSV ledger into a table of the dataset, every row "
	    "validated",
	.help = "With TABLE and FILE, loads FILE (CSV, RFC 4180, UTF-8 or "
	    "--encoding gb18030, gbk or gb2312) into TABLE in one "
	    "transaction.  The header "
	    "names the columns (English names, or the Chinese headers "
	    "'import TABLE' lists); cells may name townships, units, sectors "
	    "and codes.  Every row is checked against the schema: types, real "
	    "dates, codes, foreign keys, duplicate keys.  Without --reject "
	    "one bad row imports nothing; with it the good rows are loaded "
	    "and the bad ones written to the reject file with their line and "
	    "reason, to be fixed and imported again.  Prints the rows loaded and "
	    "rejected, says what happened to them, and fails (the counts "
	    "still printed) when any was rejected.  Writes only to a "
	    "database of your own: never the bundled dataset, nor one opened "
	    "with --readonly.  With TABLE alone, lists the columns a file "
	    "may have; alone, the tables.  The summary tables follow every "
	    "import; when another program (the sqlite3 shell) wrote the "
	    "ledger, the commands answer from the ledger, exactly but more "
	    "slowly, until 'import --refresh' rebuilds them.",
	.examples = cmd_import_examples,
	.options = cmd_import_options,
	.operands = "TABLE [FILE]",
	.min_operands = 0,
	.max_operands = 2,
	.flags = SS_CMD_FILE_OPERANDS,
	.run = cmd_import,
};
