/*
 * shell/sink.c -- the output sink: the protocol every format shares.
 *
 * A sink is made for one command (or one -c/-f run) and closed after it.
 * It copies the columns of each result set, counts rows, keeps totals and
 * text blocks away from machine formats, and makes write errors sticky: the
 * first failed write fails that call and every later one, and sink_close
 * reports it, so "disk full" can never end in exit status 0.  After
 * sink_abort the sink prints nothing more (a buffered table is dropped; a
 * streaming format keeps what it already wrote) until it is closed.
 *
 * Text blocks in rich formats: a title or paragraph that arrives while a
 * result set is open ends that set first (it belongs to what follows); a
 * note is held until the open set is printed, and follows it.
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "shell/fmt.h"
#include "shell/sink.h"

/* Every format, in the order help lists them: the default first. */
static const struct fmt *const formats[] = {
	&fmt_table, &fmt_csv, &fmt_tsv, &fmt_json, &fmt_jsonl, &fmt_markdown
};
#define NFORMATS	(sizeof(formats) / sizeof(formats[0]))

/* The same names as a NULL-terminated list (tests check they agree). */
static const char *const format_names[NFORMATS + 1] = {
	"table", "csv", "tsv", "json", "jsonl", "markdown", NULL
};

const char *const *
sink_format_names(void)
{
	return format_names;
}

/* The format called `name`, or NULL. */
static const struct fmt *
find_format(const char *name)
{
	size_t i;

	for (i = 0; name != NULL && i < NFORMATS; i++)
		if (strcmp(formats[i]->name, name) == 0)
			return formats[i];
	return NULL;
}

/* Extensions and the formats they ask for. */
static const struct {
	const char	*ext;
	const char	*format;
} extensions[] = {
	{ "csv", "csv" }, { "tsv", "tsv" }, { "tab", "tsv" },
	{ "json", "json" }, { "jsonl", "jsonl" }, { "ndjson", "jsonl" },
	{ "md", "markdown" }, { "markdown", "markdown" },
};

const char *
sink_format_for_path(const char *path)
{
	const char	*base, *dot;
	size_t		 i;

	if (path == NULL)
		return NULL;
	base = strrchr(path, '/') != NULL ? strrchr(path, '/') + 1 : path;
	if ((dot = strrchr(base, '.')) == NULL || dot == base)
		return NULL;
	for (i = 0; i < sizeof(extensions) / sizeof(extensions[0]); i++)
		if (strcasecmp(dot + 1, extensions[i].ext) == 0)
			return extensions[i].format;
	return NULL;
}

const char *
sink_format_summary(const char *name)
{
	const struct fmt *f = find_format(name);

	return f != NULL ? f->summary : NULL;
}

struct sink *
sink_new(FILE *out, const char *format, unsigned flags)
{
	const struct fmt	*f = find_format(format);
	struct sink		*s;

	if (f == NULL || out == NULL) {
		errno = EINVAL;
		return NULL;
	}
	if ((s = calloc(1, sizeof(*s))) == NULL)
		return NULL;
	s->out = out;
	s->fmt = f;
	s->flags = flags;
	s->bom_done = (flags & SINK_BOM) == 0;
	return s;
}

int
sink_rich(const struct sink *s)
{
	return (s->fmt->flags & FMT_RICH) != 0;
}

int
sink_format_rich(const char *name)
{
	const struct fmt *f = find_format(name);

	return f != NULL && (f->flags & FMT_RICH) != 0;
}

/* Mark the sink failed with `err` (the first reason wins). */
static void
sink_fail(struct sink *s, int err)
{
	if (!s->failed) {
		s->failed = 1;
		s->saved_errno = err != 0 ? err : EIO;
	}
}

/* What a public call returns after running a format callback that
 * returned rc: -1 with errno set when anything failed, so far or now. */
static int
sink_result(struct sink *s, int rc)
{
	if (s->line.oom || s->names.oom || s->keys.oom || s->notes.oom ||
	    s->grid.oom || s->grid.text.oom)
		sink_fail(s, ENOMEM);
	if (ferror(s->out))
		sink_fail(s, errno);
	if (rc < 0)
		sink_fail(s, errno);
	if (s->failed) {
		errno = s->saved_errno;
		return -1;
	}
	return 0;
}

int
sink_write(struct sink *s, const void *bytes, size_t n)
{
	if (s->failed)
		return -1;
	errno = 0;
	if (n > 0 && fwrite(bytes, 1, n, s->out) != n) {
		sink_fail(s, errno);
		return -1;
	}
	return 0;
}

int
sink_flush_line(struct sink *s)
{
	int rc;

	if (s->line.oom) {
		sink_fail(s, ENOMEM);
		return -1;
	}
	rc = sink_write(s, s->line.data, s->line.len);
	s->line.len = 0;
	return rc;
}

int
sink_shows(const struct sink *s, int i)
{
	return (s->fmt->flags & FMT_RICH) != 0 ||
	    (s->cols[i].flags & SS_COL_DISPLAY) == 0;
}

void
sink_add_bom(struct sink *s)
{
	if (!s->bom_done) {
		buf_add(&s->line, "\xEF\xBB\xBF", 3);
		s->bom_done = 1;
	}
}

int
sink_flush_notes(struct sink *s,
    int (*print_note)(struct sink *, const char *text))
{
	size_t	i = 0;
	int	rc = 0;

	while (rc == 0 && i < s->notes.len) {
		const char *note = s->notes.data + i;

		i += strlen(note) + 1;
		rc = print_note(s, note);
	}
	s->notes.len = 0;
	return rc;
}

int
sink_measure(struct sink *s)
{
	if (s->ncols > s->measure_cap) {
		size_t		*widths;
		unsigned char	*right;

		if ((widths = realloc(s->widths,
		    (size_t)s->ncols * sizeof(*widths))) == NULL)
			return -1;
		s->widths = widths;
		if ((right = realloc(s->right, (size_t)s->ncols)) == NULL)
			return -1;
		s->right = right;
		s->measure_cap = s->ncols;
	}
	grid_measure(&s->grid, s->cols, s->ncols, s->widths, s->right);
	return 0;
}

/* Copy the columns (names included) so they outlive the caller's array. */
static int
copy_columns(struct sink *s, const struct ss_column *cols, int ncols)
{
	size_t	off;
	int	i;

	if (ncols > s->cols_cap) {
		struct ss_column *p = realloc(s->cols,
		    (size_t)ncols * sizeof(*p));

		if (p == NULL)
			return -1;
		s->cols = p;
		s->cols_cap = ncols;
	}
	s->names.len = 0;
	for (i = 0; i < ncols; i++) {
		s->cols[i] = cols[i];
		buf_adds(&s->names, cols[i].name != NULL ? cols[i].name : "");
		buf_addc(&s->names, '\0');
	}
	if (s->names.oom)
		return -1;
	/* Point at the names only now: the buffer may have moved. */
	for (i = 0, off = 0; i < ncols; i++) {
		s->cols[i].name = s->names.data + off;
		off += strlen(s->cols[i].name) + 1;
	}
	s->ncols = ncols;
	return 0;
}

int
sink_begin(struct sink *s, const struct ss_column *cols, int ncols)
{
	if (s->aborted)
		return 0;
	if (s->open && sink_end(s) < 0)
		return -1;
	if (s->failed)
		return sink_result(s, -1);
	if (ncols < 0 || (ncols > 0 && cols == NULL)) {
		errno = EINVAL;
		return -1;
	}
	if (copy_columns(s, cols, ncols) < 0) {
		sink_fail(s, ENOMEM);
		return sink_result(s, -1);
	}
	s->open = 1;
	s->sets++;
	s->set_rows = 0;
	return sink_result(s, s->fmt->begin(s));
}

/* A row or total row: check the state, then hand it to the format. */
static int
sink_any_row(struct sink *s, const struct ss_value *vals, int total)
{
	if (s->aborted)
		return 0;
	if (!s->open || (vals == NULL && s->ncols > 0)) {
		errno = EINVAL;
		return -1;
	}
	if (s->failed)
		return sink_result(s, -1);
	return sink_result(s, s->fmt->row(s, vals, total));
}

int
sink_row(struct sink *s, const struct ss_value *vals)
{
	if (!s->aborted && s->open) {
		s->rows++;
		s->set_rows++;
	}
	return sink_any_row(s, vals, 0);
}

int
sink_total(struct sink *s, const struct ss_value *vals)
{
	if (!sink_rich(s))
		return s->failed ? sink_result(s, -1) : 0;
	return sink_any_row(s, vals, 1);
}

int
sink_end(struct sink *s)
{
	if (s->aborted || !s->open)
		return 0;
	s->open = 0;
	if (s->failed)
		return sink_result(s, -1);
	return sink_result(s, s->fmt->end(s));
}

int
sink_block(struct sink *s, enum ss_block kind, const char *text)
{
	if (s->aborted || !sink_rich(s))
		return s->failed ? sink_result(s, -1) : 0;
	if (kind != SS_BLOCK_TITLE && kind != SS_BLOCK_PARAGRAPH &&
	    kind != SS_BLOCK_NOTE) {
		errno = EINVAL;
		return -1;
	}
	if (s->failed)
		return sink_result(s, -1);
	if (s->open && kind == SS_BLOCK_NOTE) {
		/* Held until the table it annotates is printed. */
		buf_adds(&s->notes, text != NULL ? text : "");
		buf_addc(&s->notes, '\0');
		return sink_result(s, 0);
	}
	if (s->open && sink_end(s) < 0)
		return -1;
	return sink_result(s, s->fmt->block(s, kind, text != NULL ? text : ""));
}

void
sink_abort(struct sink *s)
{
	if (s->open && s->fmt->abort != NULL)
		s->fmt->abort(s);
	s->open = 0;
	s->aborted = 1;
	s->notes.len = 0;
	s->line.len = 0;
}

long long
sink_row_count(const struct sink *s)
{
	return s->rows;
}

int
sink_close(struct sink *s)
{
	int rc, err;

	if (s == NULL)
		return 0;
	sink_end(s);
	if (!s->aborted && !s->failed && s->fmt->finish != NULL)
		sink_result(s, s->fmt->finish(s));
	if (fflush(s->out) != 0)
		sink_fail(s, errno);
	rc = sink_result(s, 0);
	err = errno;
	free(s->cols);
	free(s->key_off);
	free(s->widths);
	free(s->right);
	buf_free(&s->names);
	buf_free(&s->line);
	buf_free(&s->keys);
	buf_free(&s->notes);
	grid_free(&s->grid);
	free(s);
	errno = err;
	return rc;
}
