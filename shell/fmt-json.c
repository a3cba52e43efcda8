/*
 * shell/fmt-json.c -- json and jsonl, streamed.
 *
 * json: one command's output is one JSON document, an array of objects
 * written as rows arrive:
 *	[
 *	{"township":"城关镇","hazards":12},
 *	{"township":"新城镇","hazards":null}
 *	]
 * Several result sets of a command share the array (each object carries
 * its own keys), so json.load() reads any command's output; an empty
 * result is "[]".  The array opens with the first result set and closes
 * when the sink does.  jsonl: one object per line, nothing around them.
 *
 * Keys are the column names; SS_INT and SS_REAL are JSON numbers (a
 * non-finite real is null), NULL is null, text is a string escaped per
 * RFC 8259: " and \ by backslash, \n \r \t by name, other C0 controls, DEL,
 * C1 and U+2028/U+2029 as \uXXXX; invalid UTF-8 becomes U+FFFD so the
 * output is always valid JSON.  Display-only columns, totals and text
 * blocks are left out.
 */
#include "config.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "shell/fmt.h"
#include "shell/width.h"

static const char hex_digits[] = "0123456789abcdef";

/* Add \u00XX-style escape for code point cp (below U+10000). */
static void
json_u_escape(struct buf *b, int32_t cp)
{
	char e[6] = { '\\', 'u', hex_digits[(cp >> 12) & 15],
	    hex_digits[(cp >> 8) & 15], hex_digits[(cp >> 4) & 15],
	    hex_digits[cp & 15] };

	buf_add(b, e, sizeof(e));
}

/* Add `text` as a JSON string. */
static void
json_string(struct buf *b, const char *text)
{
	size_t len = strlen(text), i = 0, start;

	buf_addc(b, '"');
	while (i < len) {
		unsigned char	c = (unsigned char)text[i];
		int32_t		cp;
		size_t		n;

		if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
			start = i;
			while (i < len && (unsigned char)text[i] >= 0x20 &&
			    (unsigned char)text[i] < 0x7F && text[i] != '"' &&
			    text[i] != '\\')
				i++;
			buf_add(b, text + start, i - start);
			continue;
		}
		if (c < 0x80) {
			i++;
			if (c == '"' || c == '\\') {
				buf_addc(b, '\\');
				buf_addc(b, (char)c);
			} else if (c == '\n') {
				buf_add(b, "\\n", 2);
			} else if (c == '\r') {
				buf_add(b, "\\r", 2);
			} else if (c == '\t') {
				buf_add(b, "\\t", 2);
			} else {
				json_u_escape(b, c);
			}
			continue;
		}
		n = width_decode(text + i, len - i, &cp);
		if (cp == WIDTH_INVALID)
			buf_add(b, "\xEF\xBF\xBD", 3);	/* U+FFFD */
		else if (cp < 0xA0 || cp == 0x2028 || cp == 0x2029)
			json_u_escape(b, cp);
		else
			buf_add(b, text + i, n);
		i += n;
	}
	buf_addc(b, '"');
}

/* Prepare each shown column's `"key":` once per result set, so a row only
 * copies bytes. */
static int
json_keys(struct sink *s)
{
	int col;

	if (s->ncols > s->key_cap) {
		size_t *off = realloc(s->key_off,
		    (size_t)s->ncols * sizeof(*off));

		if (off == NULL)
			return -1;
		s->key_off = off;
		s->key_cap = s->ncols;
	}
	s->keys.len = 0;
	for (col = 0; col < s->ncols; col++) {
		s->key_off[col] = s->keys.len;
		if (!sink_shows(s, col))
			continue;
		json_string(&s->keys, s->cols[col].name);
		buf_addc(&s->keys, ':');
	}
	return s->keys.oom ? -1 : 0;
}

/* Add one row as an object. */
static void
json_object(struct sink *s, const struct ss_value *vals)
{
	int col, first = 1;

	buf_addc(&s->line, '{');
	for (col = 0; col < s->ncols; col++) {
		const struct ss_value	*v = &vals[col];
		size_t			 end;

		if (!sink_shows(s, col))
			continue;
		if (!first)
			buf_addc(&s->line, ',');
		first = 0;
		end = col + 1 < s->ncols ? s->key_off[col + 1] : s->keys.len;
		buf_add(&s->line, s->keys.data + s->key_off[col],
		    end - s->key_off[col]);
		if (v->type == SS_INT ||
		    (v->type == SS_REAL && isfinite(v->u.r)))
			fmt_number(&s->line, v, s->cols[col].scale);
		else if (v->type == SS_TEXT && v->u.s != NULL)
			json_string(&s->line, v->u.s);
		else
			buf_add(&s->line, "null", 4);
	}
	buf_addc(&s->line, '}');
}

/* json: open the command's array with its first result set. */
static int
json_begin(struct sink *s)
{
	if (json_keys(s) < 0)
		return -1;
	if (s->sets > 1)
		return 0;
	buf_addc(&s->line, '[');
	return sink_flush_line(s);
}

/* json: one object, after a comma unless it is the command's first. */
static int
json_row(struct sink *s, const struct ss_value *vals, int total)
{
	(void)total;
	buf_adds(&s->line, s->rows > 1 ? ",\n" : "\n");
	json_object(s, vals);
	return sink_flush_line(s);
}

/* json: a result set ends inside the command's array. */
static int
json_end(struct sink *s)
{
	(void)s;
	return 0;
}

/* json: close the array, if a result set opened it. */
static int
json_finish(struct sink *s)
{
	if (s->sets == 0)
		return 0;
	buf_adds(&s->line, s->rows > 0 ? "\n]\n" : "]\n");
	return sink_flush_line(s);
}

/* jsonl: nothing before the first row. */
static int
jsonl_begin(struct sink *s)
{
	return json_keys(s);
}

/* jsonl: one object on its own line. */
static int
jsonl_row(struct sink *s, const struct ss_value *vals, int total)
{
	(void)total;
	json_object(s, vals);
	buf_addc(&s->line, '\n');
	return sink_flush_line(s);
}

/* jsonl: nothing after the last row. */
static int
jsonl_end(struct sink *s)
{
	(void)s;
	return 0;
}

/* Never called: machine formats get no blocks. */
static int
json_block(struct sink *s, enum ss_block kind, const char *text)
{
	(void)s;
	(void)kind;
	(void)text;
	return 0;
}

const struct fmt fmt_json = {
	.name = "json",
	.summary = "one JSON array of objects per command",
	.flags = 0,
	.begin = json_begin,
	.row = json_row,
	.end = json_end,
	.block = json_block,
	.abort = NULL,
	.finish = json_finish,
};

const struct fmt fmt_jsonl = {
	.name = "jsonl",
	.summary = "JSON Lines: one object per row",
	.flags = 0,
	.begin = jsonl_begin,
	.row = jsonl_row,
	.end = jsonl_end,
	.block = json_block,
	.abort = NULL,
};
