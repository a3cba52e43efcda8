/*
 * shell/width.c -- UTF-8 decoding and display width from our Unicode table.
 *
 * Ambiguous-width characters (East_Asian_Width A: ·, “, ①, Greek and
 * Cyrillic) count one column, as in a terminal with the default "narrow"
 * setting; Emoji that Unicode lists as Wide count two.  A base character
 * followed by U+FE0F (emoji presentation) may be drawn wider than we count:
 * no table can know what a given terminal does, and we prefer a rule that
 * is the same everywhere.
 */
#include "config.h"

#include <string.h>

#include "shell/width.h"

/* One run of code points [first, last] that share a width. */
struct width_range {
	int32_t	first;
	int32_t	last;
};

#include "shell/width-table.h"

/* Nonzero when cp lies in one of the n sorted ranges. */
static int
in_ranges(int32_t cp, const struct width_range *ranges, size_t n)
{
	size_t	lo = 0, hi = n;

	if (n == 0 || cp < ranges[0].first || cp > ranges[n - 1].last)
		return 0;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (cp > ranges[mid].last)
			lo = mid + 1;
		else if (cp < ranges[mid].first)
			hi = mid;
		else
			return 1;
	}
	return 0;
}

size_t
width_decode(const char *text, size_t len, int32_t *cp)
{
	const unsigned char	*s = (const unsigned char *)text;
	unsigned char		 lo = 0x80, hi = 0xBF;	/* allowed 2nd byte */
	size_t			 need, i;
	int32_t			 c;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	/* Table 3-7 of the Unicode standard: the second byte's range
	 * excludes overlong forms, surrogates and code points past U+10FFFF. */
	if (s[0] < 0xC2) {
		*cp = WIDTH_INVALID;
		return 1;
	} else if (s[0] < 0xE0) {
		need = 1;
		c = s[0] & 0x1F;
	} else if (s[0] < 0xF0) {
		need = 2;
		c = s[0] & 0x0F;
		if (s[0] == 0xE0)
			lo = 0xA0;
		else if (s[0] == 0xED)
			hi = 0x9F;
	} else if (s[0] < 0xF5) {
		need = 3;
		c = s[0] & 0x07;
		if (s[0] == 0xF0)
			lo = 0x90;
		else if (s[0] == 0xF4)
			hi = 0x8F;
	} else {
		*cp = WIDTH_INVALID;
		return 1;
	}
	for (i = 1; i <= need; i++) {
		if (i >= len || s[i] < lo || s[i] > hi) {
			*cp = WIDTH_INVALID;
			return i;
		}
		c = (c << 6) | (s[i] & 0x3F);
		lo = 0x80;
		hi = 0xBF;
	}
	*cp = c;
	return need + 1;
}

int
width_codepoint(int32_t cp)
{
	if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
		return -1;
	/* Nothing below U+0300 is wide or zero-width (U+00AD SOFT HYPHEN is
	 * drawn), and the common CJK block needs no search. */
	if (cp < 0x300)
		return 1;
	if (cp >= 0x4E00 && cp <= 0x9FFF)
		return 2;
	if (in_ranges(cp, width_zero_ranges,
	    sizeof(width_zero_ranges) / sizeof(width_zero_ranges[0])))
		return 0;
	if (in_ranges(cp, width_wide_ranges,
	    sizeof(width_wide_ranges) / sizeof(width_wide_ranges[0])))
		return 2;
	return 1;
}

size_t
width_text(const char *text)
{
	size_t	len = strlen(text), i = 0, width = 0;

	while (i < len) {
		int32_t	cp;
		int	w;

		i += width_decode(text + i, len - i, &cp);
		if (cp == WIDTH_INVALID)
			width++;
		else if ((w = width_codepoint(cp)) > 0)
			width += (size_t)w;
	}
	return width;
}
