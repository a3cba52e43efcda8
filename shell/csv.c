/*
 * shell/csv.c -- CSV files for import (see csv.h).
 *
 * The reader is a byte-level state machine over decoded blocks: plain runs
 * (and quoted runs) are found with a class table and copied with memcpy, so
 * a ledger of a million rows costs one pass over its bytes.  Records are
 * RFC 4180 with the usual leniency of spreadsheet exports: CRLF, LF or a
 * lone CR end a record, a quote inside an unquoted field is a character,
 * text after a closing quote is kept.  An unclosed quote is an error only
 * where it shows: at the end of the file, or past CSV_MAX_RECORD bytes.
 */
#include "config.h"

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

#include "shell/csv.h"

/* Bytes read per block (GB18030 decodes to at most 3/2 as many). */
#define BLOCK		65536

/* Byte classes of the state machine. */
enum { C_PLAIN, C_COMMA, C_QUOTE, C_CR, C_LF, C_NUL };

struct csv_reader {
	FILE		*fp;
	const char	*name;
	enum csv_encoding enc;
	iconv_t		 cd;		/* GB18030 -> UTF-8 */
	char		*raw;		/* GB18030: bytes read, not converted */
	size_t		 rawlen;
	char		*data;		/* UTF-8 to parse */
	size_t		 pos, len;
	int		 eof;		/* nothing more to read */
	int		 started;	/* the BOM check is done */
	int		 bom;
	int		 after_cr;	/* a record ended with CR: skip an LF */
	long		 line;		/* the physical line at pos */
	char		*rec;		/* the record's fields, NUL-terminated */
	size_t		 reclen, reccap;
	size_t		*starts;	/* each field's offset in rec */
	int		*quoted;
	struct csv_field *fields;
	int		 nfields, fieldcap;
	int		 not_utf8;	/* the last error: invalid UTF-8 */
	char		 err[512];
};

/* The class of each byte. */
static unsigned char byte_class[256];

/* Fill the class table once. */
static void
init_classes(void)
{
	byte_class[','] = C_COMMA;
	byte_class['"'] = C_QUOTE;
	byte_class['\r'] = C_CR;
	byte_class['\n'] = C_LF;
	byte_class['\0'] = C_NUL;
}

/* Record a failure at a line, with what to do about it; -1.  not_utf8:
 * the failure is bytes that are not UTF-8. */
static int
fail(struct csv_reader *r, int not_utf8, long line, const char *what,
    const char *hint)
{
	snprintf(r->err, sizeof r->err, "'%s' %s (line %ld)%s%s", r->name,
	    what, line, hint != NULL ? ": " : "", hint != NULL ? hint : "");
	r->not_utf8 = not_utf8;
	return -1;
}

/* Start reading (see csv.h). */
struct csv_reader *
csv_open(FILE *fp, const char *name, enum csv_encoding enc, char *err,
    size_t errlen)
{
	struct csv_reader	*r;

	if (byte_class[','] != C_COMMA)
		init_classes();
	if ((r = calloc(1, sizeof *r)) == NULL ||
	    (r->data = malloc(BLOCK * 2)) == NULL) {
		free(r);
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	r->fp = fp;
	r->name = name;
	r->enc = enc;
	r->line = 1;
	r->cd = (iconv_t)-1;
	if (enc == CSV_GB18030) {
		r->cd = iconv_open("UTF-8", "GB18030");
		if (r->cd == (iconv_t)-1 || (r->raw = malloc(BLOCK)) == NULL) {
			snprintf(err, errlen, "cannot convert from GB18030: %s",
			    strerror(errno));
			csv_close(r);
			return NULL;
		}
	}
	return r;
}

/* Convert what raw holds into data; -1 on bytes that are not GB18030. */
static int
convert(struct csv_reader *r)
{
	char	*in = r->raw, *out = r->data;
	size_t	 inleft = r->rawlen, outleft = BLOCK * 2;
	long	 line = r->line;
	size_t	 rc, i;

	rc = iconv(r->cd, &in, &inleft, &out, &outleft);
	r->len = (size_t)(out - r->data);
	r->pos = 0;
	if (rc == (size_t)-1 && (errno == EILSEQ ||
	    (errno == EINVAL && r->eof))) {
		for (i = 0; i < r->len; i++)
			line += r->data[i] == '\n';
		return fail(r, 0, line, "is not valid GB18030", NULL);
	}
	/* An incomplete sequence (or a full buffer) waits for more bytes. */
	memmove(r->raw, in, inleft);
	r->rawlen = inleft;
	return 0;
}

/* Make data hold more bytes: 1 it does, 0 end of input, -1 an error. */
static int
fill(struct csv_reader *r)
{
	size_t	 n;

	do {
		if (r->eof && (r->enc == CSV_UTF8 || r->rawlen == 0))
			return 0;
		if (r->enc == CSV_UTF8) {
			n = fread(r->data, 1, BLOCK, r->fp);
			r->pos = 0;
			r->len = n;
		} else {
			n = fread(r->raw + r->rawlen, 1, BLOCK - r->rawlen,
			    r->fp);
			r->rawlen += n;
		}
		if (n == 0 || n < BLOCK) {
			if (ferror(r->fp)) {
				snprintf(r->err, sizeof r->err, "cannot read "
				    "'%s': %s", r->name, strerror(errno));
				return -1;
			}
			if (feof(r->fp))
				r->eof = 1;
		}
		if (r->enc == CSV_GB18030 && convert(r) == -1)
			return -1;
	} while (r->len == 0);
	if (!r->started) {
		const unsigned char *d = (const unsigned char *)r->data;

		r->started = 1;
		if (r->len >= 3 && d[0] == 0xEF && d[1] == 0xBB &&
		    d[2] == 0xBF) {
			r->bom = 1;
			r->pos = 3;
		} else if (r->len >= 2 && ((d[0] == 0xFF && d[1] == 0xFE) ||
		    (d[0] == 0xFE && d[1] == 0xFF)))
			return fail(r, 0, 1, "is UTF-16 text",
			    "save it as CSV (UTF-8)");
	}
	return r->pos < r->len ? 1 : fill(r);
}

/* Append n bytes to the record; -1 past CSV_MAX_RECORD. */
static int
rec_add(struct csv_reader *r, const char *bytes, size_t n, long first)
{
	if (r->reclen + n + 1 > r->reccap) {
		size_t	 cap = r->reccap ? r->reccap : 4096;
		char	*p;

		while (cap < r->reclen + n + 1)
			cap *= 2;
		if (r->reclen + n + 1 > CSV_MAX_RECORD)
			return fail(r, 0, first, "has a record longer "
			    "than 8 MiB", "is a quote never closed?");
		if ((p = realloc(r->rec, cap)) == NULL)
			return fail(r, 0, first, "has a record too large "
			    "for memory", NULL);
		r->rec = p;
		r->reccap = cap;
	}
	memcpy(r->rec + r->reclen, bytes, n);
	r->reclen += n;
	return 0;
}

/* End the current field, which started at `start`; -1 out of memory. */
static int
field_end(struct csv_reader *r, size_t start, int quoted, long first)
{
	if (rec_add(r, "", 1, first) == -1)
		return -1;
	if (r->nfields == r->fieldcap) {
		int		  cap = r->fieldcap ? r->fieldcap * 2 : 32;
		size_t		 *s = realloc(r->starts, cap * sizeof *s);
		int		 *q = s != NULL ? realloc(r->quoted,
				    cap * sizeof *q) : NULL;
		struct csv_field *f = q != NULL ? realloc(r->fields,
				    cap * sizeof *f) : NULL;

		if (s != NULL)
			r->starts = s;
		if (q != NULL)
			r->quoted = q;
		if (f == NULL)
			return fail(r, 0, first, "has a record too large "
			    "for memory", NULL);
		r->fields = f;
		r->fieldcap = cap;
	}
	r->starts[r->nfields] = start;
	r->quoted[r->nfields] = quoted;
	r->nfields++;
	return 0;
}

/* Length of the longest valid UTF-8 prefix of s[0..n). */
static size_t
utf8_valid_prefix(const unsigned char *s, size_t n)
{
	size_t	 i = 0, k, len;
	unsigned cp, min;

	while (i < n) {
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		if ((s[i] & 0xE0) == 0xC0) {
			len = 2; cp = s[i] & 0x1F; min = 0x80;
		} else if ((s[i] & 0xF0) == 0xE0) {
			len = 3; cp = s[i] & 0x0F; min = 0x800;
		} else if ((s[i] & 0xF8) == 0xF0) {
			len = 4; cp = s[i] & 0x07; min = 0x10000;
		} else
			return i;
		if (i + len > n)
			return i;
		for (k = 1; k < len; k++) {
			if ((s[i + k] & 0xC0) != 0x80)
				return i;
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return i;
		i += len;
	}
	return n;
}

/* Hand out the record just read; -1 when it is not valid UTF-8. */
static int
finish(struct csv_reader *r, struct csv_record *out, long first)
{
	size_t	 ok, i;
	long	 line = first;
	int	 f;

	if (r->enc == CSV_UTF8 && (ok = utf8_valid_prefix(
	    (const unsigned char *)r->rec, r->reclen)) < r->reclen) {
		for (i = 0; i < ok; i++)
			line += r->rec[i] == '\n';
		return fail(r, 1, line, "is not valid UTF-8", NULL);
	}
	for (f = 0; f < r->nfields; f++) {
		r->fields[f].text = r->rec + r->starts[f];
		r->fields[f].len = (f + 1 < r->nfields ? r->starts[f + 1] :
		    r->reclen) - r->starts[f] - 1;
		r->fields[f].quoted = r->quoted[f];
	}
	out->fields = r->fields;
	out->nfields = r->nfields;
	out->line = first;
	return 1;
}

/* The next record (see csv.h). */
int
csv_read(struct csv_reader *r, struct csv_record *out)
{
	enum { START, PLAIN, QUOTED, CLOSED } st = START;
	size_t		 start = 0, n;
	long		 first;
	int		 rc, quoted = 0;
	const char	*d;

	r->reclen = 0;
	r->nfields = 0;
	/* The LF of a CRLF that ended the last record is not a record. */
	for (;;) {
		if (r->pos == r->len && (rc = fill(r)) <= 0)
			return rc;
		if (!r->after_cr)
			break;
		r->after_cr = 0;
		if (r->data[r->pos] == '\n')
			r->pos++;
	}
	first = r->line;
	for (;;) {
		if (r->pos == r->len) {
			if ((rc = fill(r)) == -1)
				return -1;
			if (rc == 0)
				break;
		}
		d = r->data;
		if (st == QUOTED) {
			/* Up to the next quote, counting lines. */
			for (n = r->pos; n < r->len && d[n] != '"'; n++) {
				if (d[n] == '\n')
					r->line++;
				else if (d[n] == '\0')
					return fail(r, 0, r->line,
					    "contains a NUL byte", "is it "
					    "UTF-16? save it as CSV (UTF-8)");
			}
			if (rec_add(r, d + r->pos, n - r->pos, first) == -1)
				return -1;
			r->pos = n;
			if (n < r->len) {
				r->pos++;
				st = CLOSED;
			}
			continue;
		}
		/* Outside quotes: a plain run, then one special byte. */
		for (n = r->pos; n < r->len &&
		    byte_class[(unsigned char)d[n]] == C_PLAIN; n++)
			;
		if (n > r->pos) {
			if (rec_add(r, d + r->pos, n - r->pos, first) == -1)
				return -1;
			r->pos = n;
			st = PLAIN;
			continue;
		}
		switch (byte_class[(unsigned char)d[r->pos++]]) {
		case C_QUOTE:
			if (st == START) {
				st = QUOTED;
				quoted = 1;
			} else if (st == CLOSED) {
				/* "" inside quotes: one quote, still quoted. */
				if (rec_add(r, "\"", 1, first) == -1)
					return -1;
				st = QUOTED;
			} else if (rec_add(r, "\"", 1, first) == -1)
				return -1;
			break;
		case C_COMMA:
			if (field_end(r, start, quoted, first) == -1)
				return -1;
			start = r->reclen;
			quoted = 0;
			st = START;
			break;
		case C_CR:
			r->after_cr = 1;
			/* FALLTHROUGH */
		case C_LF:
			r->line++;
			if (field_end(r, start, quoted, first) == -1)
				return -1;
			return finish(r, out, first);
		case C_NUL:
			return fail(r, 0, r->line, "contains a NUL byte",
			    "is it UTF-16? save it as CSV (UTF-8)");
		}
	}
	/* The end of the input ends the last record. */
	if (st == QUOTED)
		return fail(r, 0, first, "has a quoted field that is "
		    "never closed", NULL);
	if (field_end(r, start, quoted, first) == -1)
		return -1;
	return finish(r, out, first);
}

/* The last error's message. */
const char *
csv_error(const struct csv_reader *r)
{
	return r->err;
}

/* Was the last error bytes that are not UTF-8? */
int
csv_not_utf8(const struct csv_reader *r)
{
	return r->not_utf8;
}

/* Did the input start with a byte-order mark? */
int
csv_had_bom(const struct csv_reader *r)
{
	return r->bom;
}

/* Stop reading and free the reader. */
void
csv_close(struct csv_reader *r)
{
	if (r == NULL)
		return;
	if (r->cd != (iconv_t)-1)
		iconv_close(r->cd);
	free(r->raw);
	free(r->data);
	free(r->rec);
	free(r->starts);
	free(r->quoted);
	free(r->fields);
	free(r);
}

/* Write one record (see csv.h). */
int
csv_write_record(FILE *fp, const struct csv_field *f, int n)
{
	const char	*p, *q;
	int		 i;

	for (i = 0; i < n; i++) {
		if (i > 0)
			putc(',', fp);
		p = f[i].text;
		if (strcspn(p, ",\"\r\n") == f[i].len &&
		    (f[i].len > 0 || !f[i].quoted)) {
			fwrite(p, 1, f[i].len, fp);
			continue;
		}
		putc('"', fp);
		while ((q = strchr(p, '"')) != NULL) {
			fwrite(p, 1, (size_t)(q - p) + 1, fp);
			putc('"', fp);
			p = q + 1;
		}
		fputs(p, fp);
		putc('"', fp);
	}
	fputs("\r\n", fp);
	return ferror(fp) ? -1 : 0;
}
