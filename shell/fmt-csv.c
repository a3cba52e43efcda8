/*
 * shell/fmt-csv.c -- the delimited formats, csv and tsv: a header line of
 * column keys, then one line per row, streamed (nothing held per row beyond
 * the sink's reused line buffer).  Several result sets are separated by a
 * blank line, each with its own header.  Display-only columns, total rows
 * and text blocks are left out (sink.c sees to the last two).
 *
 * csv is RFC 4180: CRLF line ends; a field holding a comma, a double quote,
 * CR or LF is quoted, its quotes doubled.  NULL is an empty field and an
 * empty string is "" -- the one way to tell them apart, as PostgreSQL does.
 * Bytes are passed through as they are (no UTF-8 repair: a csv file is a
 * copy of the data).
 *
 * tsv is one line per row, LF-terminated; tab, newline, CR and backslash in
 * a value are written \t \n \r \\ so a row is always one line of fields.
 * NULL and the empty string are both an empty field.
 */
#include "config.h"

#include <string.h>

#include "shell/fmt.h"

/* Add one csv field, quoted when RFC 4180 requires it. */
static void
csv_field(struct buf *b, const char *text)
{
	const char	*quote;
	size_t		 n = strcspn(text, ",\"\r\n");

	if (n > 0 && text[n] == '\0') {
		buf_add(b, text, n);
		return;
	}
	buf_addc(b, '"');
	while ((quote = strchr(text, '"')) != NULL) {
		buf_add(b, text, (size_t)(quote - text) + 1);
		buf_addc(b, '"');
		text = quote + 1;
	}
	buf_adds(b, text);
	buf_addc(b, '"');
}

/* Add one tsv field, its tab, newline, CR and backslash escaped. */
static void
tsv_field(struct buf *b, const char *text)
{
	size_t n;

	for (;;) {
		n = strcspn(text, "\t\n\r\\");
		buf_add(b, text, n);
		text += n;
		if (*text == '\0')
			break;
		buf_addc(b, '\\');
		buf_addc(b, *text == '\t' ? 't' : *text == '\n' ? 'n' :
		    *text == '\r' ? 'r' : '\\');
		text++;
	}
}

/* Add a line: the keys (vals NULL) or the values, through `field`. */
static int
delimited_line(struct sink *s, const struct ss_value *vals, char sep,
    const char *eol, void (*field)(struct buf *, const char *))
{
	int col, first = 1;

	for (col = 0; col < s->ncols; col++) {
		const struct ss_value *v = vals != NULL ? &vals[col] : NULL;

		if (!sink_shows(s, col))
			continue;
		if (!first)
			buf_addc(&s->line, sep);
		first = 0;
		if (v == NULL)
			field(&s->line, s->cols[col].name);
		else if (fmt_is_number(v->type))
			fmt_number(&s->line, v, s->cols[col].scale);
		else if (v->type == SS_TEXT && v->u.s != NULL)
			field(&s->line, v->u.s);
	}
	buf_adds(&s->line, eol);
	return sink_flush_line(s);
}

/* csv: BOM (once, if asked), a blank line between sets, the header. */
static int
csv_begin(struct sink *s)
{
	sink_add_bom(s);
	if (s->sets > 1)
		buf_adds(&s->line, "\r\n");
	return delimited_line(s, NULL, ',', "\r\n", csv_field);
}

/* csv: one row. */
static int
csv_row(struct sink *s, const struct ss_value *vals, int total)
{
	(void)total;
	return delimited_line(s, vals, ',', "\r\n", csv_field);
}

/* tsv: BOM (once, if asked), a blank line between sets, the header. */
static int
tsv_begin(struct sink *s)
{
	sink_add_bom(s);
	if (s->sets > 1)
		buf_addc(&s->line, '\n');
	return delimited_line(s, NULL, '\t', "\n", tsv_field);
}

/* tsv: one row. */
static int
tsv_row(struct sink *s, const struct ss_value *vals, int total)
{
	(void)total;
	return delimited_line(s, vals, '\t', "\n", tsv_field);
}

/* Nothing to close: every line went out whole. */
static int
delimited_end(struct sink *s)
{
	(void)s;
	return 0;
}

/* Never called: machine formats get no blocks. */
static int
delimited_block(struct sink *s, enum ss_block kind, const char *text)
{
	(void)s;
	(void)kind;
	(void)text;
	return 0;
}

const struct fmt fmt_csv = {
	.name = "csv",
	.summary = "comma-separated values (RFC 4180, CRLF), for spreadsheets",
	.flags = 0,
	.begin = csv_begin,
	.row = csv_row,
	.end = delimited_end,
	.block = delimited_block,
	.abort = NULL,
};

const struct fmt fmt_tsv = {
	.name = "tsv",
	.summary = "tab-separated values, one line per row (the default when "
	    "output is not a terminal)",
	.flags = 0,
	.begin = tsv_begin,
	.row = tsv_row,
	.end = delimited_end,
	.block = delimited_block,
	.abort = NULL,
};
