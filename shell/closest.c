/*
 * shell/closest.c -- "did you mean": the closest valid name to a mistyped
 * one, by edit distance counted in code points (so a Chinese township name
 * with one wrong character is one edit away, not three).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "shell/shell.h"

/* Longest word compared; longer ones are never "close" to anything. */
#define CLOSEST_MAX	64

/* Decode s into code points (ASCII folded to lower case); -1 if too long. */
static int
decode(const char *s, unsigned *cp)
{
	const unsigned char	*p = (const unsigned char *)s;
	int			 n = 0;

	while (*p != '\0') {
		unsigned	 c = *p++;

		if (n == CLOSEST_MAX)
			return -1;
		if (c >= 0xc0) {
			int	 more = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;

			c &= 0x3f >> more;
			while (more-- > 0 && (*p & 0xc0) == 0x80)
				c = (c << 6) | (*p++ & 0x3f);
		} else if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		cp[n++] = c;
	}
	return n;
}

/* Minimum of three ints. */
static int
min3(int a, int b, int c)
{
	int	 m = a < b ? a : b;

	return m < c ? m : c;
}

/* Optimal-string-alignment distance; a large number when a word is too
 * long to compare. */
int
edit_distance(const char *a, const char *b)
{
	unsigned	 x[CLOSEST_MAX], y[CLOSEST_MAX];
	int		 d[CLOSEST_MAX + 1][CLOSEST_MAX + 1];
	int		 m, n, i, j;

	if ((m = decode(a, x)) < 0 || (n = decode(b, y)) < 0)
		return 1000;
	for (i = 0; i <= m; i++)
		d[i][0] = i;
	for (j = 0; j <= n; j++)
		d[0][j] = j;
	for (i = 1; i <= m; i++) {
		for (j = 1; j <= n; j++) {
			int	 cost = x[i - 1] != y[j - 1];

			d[i][j] = min3(d[i - 1][j] + 1, d[i][j - 1] + 1,
			    d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && x[i - 1] == y[j - 2] &&
			    x[i - 2] == y[j - 1] && d[i - 2][j - 2] + 1 < d[i][j])
				d[i][j] = d[i - 2][j - 2] + 1;
		}
	}
	return d[m][n];
}

/* Number of code points in s. */
static int
length(const char *s)
{
	int	 n = 0;

	for (; *s != '\0'; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			n++;
	return n;
}

/* Start looking for the candidate closest to `word`. */
void
closest_init(struct closest *c, const char *word)
{
	c->word = word;
	c->best = NULL;
	c->score = 1000;
}

/*
 * Consider one candidate.  A candidate is close when at most a third of
 * its characters (at least one) must change, or when the word is the
 * start of it (two characters or more); the first of equally close
 * candidates wins, so callers list the likeliest first.
 */
void
closest_try(struct closest *c, const char *cand)
{
	int	 d, len = length(cand), wlen = length(c->word), limit;

	if (*c->word == '\0')
		return;
	d = edit_distance(c->word, cand);
	limit = len / 3 > 1 ? len / 3 : 1;
	if (d > limit) {
		if (wlen >= 2 && wlen < len &&
		    strncmp(cand, c->word, strlen(c->word)) == 0)
			d = limit;
		else
			return;
	}
	if (d < c->score) {
		c->score = d;
		c->best = cand;
	}
}

/* The closest entry of a NULL-terminated list, or NULL. */
const char *
closest_in(const char *word, const char *const *choices)
{
	struct closest	 c;

	if (word == NULL || choices == NULL)
		return NULL;
	closest_init(&c, word);
	for (; *choices != NULL; choices++)
		closest_try(&c, *choices);
	return c.best;
}
