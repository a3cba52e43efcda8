/*
 * shell/lex.c -- split a command line into words, the way a shell would.
 *
 * Words are separated by blanks.  Single quotes keep everything literally;
 * double quotes keep everything but \" and \\ (and backslash-newline, which
 * disappears); outside quotes a backslash takes the next character
 * literally and backslash-newline joins lines.  A '#' at the start of a
 * word comments out the rest of the physical line.  The text must be valid
 * UTF-8.  An unclosed quote or a trailing backslash is not an error but
 * LEX_INCOMPLETE: the caller reads another line, appends it after a '\n'
 * and lexes the whole text again.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "shell/shell.h"

/* Make room for the words of `len` bytes of text; -1 when out of memory. */
static int
words_reserve(struct words *w, size_t len)
{
	/* Unquoting only shrinks text, and words are separated by at least
	 * one byte, so the words and their NULs fit in len + 1 bytes. */
	if (w->scap < len + 1) {
		char	*p = realloc(w->store, len + 1);

		if (p == NULL)
			return -1;
		w->store = p;
		w->scap = len + 1;
	}
	return 0;
}

/* Append word start pointer `p` to w->v; -1 when out of memory. */
static int
words_push(struct words *w, char *p)
{
	if (w->n + 2 > w->vcap) {
		int	  cap = w->vcap ? w->vcap * 2 : 16;
		char	**v = realloc(w->v, cap * sizeof *v);

		if (v == NULL)
			return -1;
		w->v = v;
		w->vcap = cap;
	}
	w->v[w->n++] = p;
	w->v[w->n] = NULL;
	return 0;
}

/* Free what a words struct holds. */
void
words_free(struct words *w)
{
	free(w->v);
	free(w->store);
	memset(w, 0, sizeof *w);
}

/* Nonzero when s[0..len) is valid UTF-8 (no overlongs, no surrogates). */
int
utf8_valid(const char *s, size_t len, size_t *bad)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0;

	while (i < len) {
		unsigned	 c = p[i], cp;
		size_t		 n, k;

		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf) {
			n = 1;
			cp = c & 0x1f;
		} else if (c >= 0xe0 && c <= 0xef) {
			n = 2;
			cp = c & 0x0f;
		} else if (c >= 0xf0 && c <= 0xf4) {
			n = 3;
			cp = c & 0x07;
		} else
			goto invalid;
		for (k = 1; k <= n; k++) {
			if (i + k >= len || (p[i + k] & 0xc0) != 0x80)
				goto invalid;
			cp = (cp << 6) | (p[i + k] & 0x3f);
		}
		if ((n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) ||
		    cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
			goto invalid;
		i += n + 1;
	}
	return 1;
invalid:
	if (bad != NULL)
		*bad = i;
	return 0;
}

/* The 1-based column (in characters) of byte offset `off` in `text`. */
static size_t
column_of(const char *text, size_t off)
{
	size_t	 col = 1, i;

	for (i = 0; i < off; i++)
		if (((unsigned char)text[i] & 0xc0) != 0x80)
			col++;
	return col;
}

/* Split `text` into words (see the file comment). */
enum lex_status
lex_split(const char *text, unsigned flags, struct words *w, char *err,
    size_t errlen)
{
	size_t	 len = strlen(text), bad;
	const char *p = text;
	char	*out;
	int	 inword = 0;
	char	 quote = 0;

	w->n = 0;
	w->open = 0;
	w->ended = 1;
	if (w->v != NULL)
		w->v[0] = NULL;
	if (!utf8_valid(text, len, &bad)) {
		snprintf(err, errlen, "invalid UTF-8 at column %zu",
		    column_of(text, bad));
		return LEX_ERROR;
	}
	if (words_reserve(w, len) == -1)
		goto nomem;
	out = w->store;

	for (;;) {
		char	 c = *p;

		if (quote == '\'') {
			if (c == '\0')
				break;
			p++;
			if (c == '\'')
				quote = 0;
			else
				*out++ = c;
			continue;
		}
		if (quote == '"') {
			if (c == '\0')
				break;
			p++;
			if (c == '"')
				quote = 0;
			else if (c == '\\' && (*p == '"' || *p == '\\'))
				*out++ = *p++;
			else if (c == '\\' && *p == '\n')
				p++;
			else if (c == '\\' && *p == '\0')
				break;		/* still open: more is coming */
			else
				*out++ = c;
			continue;
		}
		if (c == '\0')
			break;
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
		    c == '\v' || c == '\f') {
			if (inword) {
				*out++ = '\0';
				inword = 0;
			}
			p++;
			continue;
		}
		if (c == '\\' && p[1] == '\n') {
			p += 2;			/* backslash-newline: join */
			continue;
		}
		if (c == '\\' && p[1] == '\0') {
			quote = '\\';		/* a trailing backslash */
			break;
		}
		if (c == '#' && !inword) {
			while (*p != '\0' && *p != '\n')
				p++;
			continue;
		}
		if (!inword) {
			if (words_push(w, out) == -1)
				goto nomem;
			inword = 1;
		}
		p++;
		if (c == '\'' || c == '"')
			quote = c;
		else if (c == '\\')
			*out++ = *p++;
		else
			*out++ = c;
	}
	if (inword || quote != 0)
		*out = '\0';
	w->ended = !inword && quote == 0;
	if (quote != 0) {
		if (flags & LEX_PARTIAL) {
			w->open = 1;
			return LEX_OK;
		}
		return LEX_INCOMPLETE;
	}
	return LEX_OK;

nomem:
	snprintf(err, errlen, "out of memory");
	return LEX_ERROR;
}
