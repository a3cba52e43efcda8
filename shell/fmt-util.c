/*
 * shell/fmt-util.c -- what the formats share: a reusable buffer, the text
 * of numbers, and escaping text for display.
 *
 * Numbers: LC_NUMERIC is always "C" in safestat (the host never calls
 * setlocale for it), so snprintf and strtod use '.' and no grouping.
 */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "shell/fmt.h"
#include "shell/width.h"

/* More decimals than any statistic needs; keeps the text bounded. */
#define SCALE_MAX	30

static const char hex_digits[] = "0123456789abcdef";

/* Make room for `more` bytes; 0, or -1 (and b->oom) when memory ran out. */
static int
buf_reserve(struct buf *b, size_t more)
{
	size_t	 cap;
	char	*p;

	if (b->oom)
		return -1;
	if (more <= b->cap - b->len)
		return 0;
	if (more > SIZE_MAX / 2 - b->len) {
		b->oom = 1;
		return -1;
	}
	cap = b->cap != 0 ? b->cap : 256;
	while (cap < b->len + more)
		cap *= 2;
	if ((p = realloc(b->data, cap)) == NULL) {
		b->oom = 1;
		return -1;
	}
	b->data = p;
	b->cap = cap;
	return 0;
}

void
buf_add(struct buf *b, const void *bytes, size_t n)
{
	if (n == 0 || buf_reserve(b, n) < 0)
		return;
	memcpy(b->data + b->len, bytes, n);
	b->len += n;
}

void
buf_adds(struct buf *b, const char *text)
{
	buf_add(b, text, strlen(text));
}

void
buf_addc(struct buf *b, char c)
{
	if (b->len < b->cap || buf_reserve(b, 1) == 0)
		b->data[b->len++] = c;
}

void
buf_repeat(struct buf *b, const char *c, size_t clen, size_t n)
{
	if (n == 0 || clen == 0 || n > SIZE_MAX / 2 / clen ||
	    buf_reserve(b, clen * n) < 0)
		return;
	while (n-- > 0) {
		memcpy(b->data + b->len, c, clen);
		b->len += clen;
	}
}

void
buf_free(struct buf *b)
{
	free(b->data);
	memset(b, 0, sizeof(*b));
}

int
fmt_is_number(enum ss_type t)
{
	return t == SS_INT || t == SS_REAL;
}

/* Append the decimal text of n (faster than snprintf on the export path). */
static void
int_text(struct buf *b, long long n)
{
	char			 tmp[24], *p = tmp + sizeof(tmp);
	unsigned long long	 u = n < 0 ? 0ULL - (unsigned long long)n :
				    (unsigned long long)n;

	do {
		*--p = (char)('0' + u % 10);
		u /= 10;
	} while (u != 0);
	if (n < 0)
		*--p = '-';
	buf_add(b, p, (size_t)(tmp + sizeof(tmp) - p));
}

/*
 * The shortest decimal digits of x (finite, > 0) that read back as x:
 * x = 0.D1D2...Dn * 10^point.  Returns n; digits has no trailing zeros.
 * %.15g-style rounding finds it whenever 15 digits suffice (any decimal of
 * at most DBL_DIG digits survives a round trip), else 16, else 17 always do;
 * `first_precision` skips what the caller already knows is too few.
 */
static int
shortest_digits(double x, int first_precision, char digits[24], int *point)
{
	char	 e[40], *s;
	int	 precision, n = 0;

	for (precision = first_precision; precision <= 17; precision++) {
		snprintf(e, sizeof(e), "%.*e", precision - 1, x);
		if (precision == 17 || strtod(e, NULL) == x)
			break;
	}
	for (s = e; *s != 'e' && *s != '\0'; s++)
		if (*s >= '0' && *s <= '9')
			digits[n++] = *s;
	*point = (*s == 'e' ? atoi(s + 1) : 0) + 1;
	while (n > 1 && digits[n - 1] == '0')
		n--;
	return n;
}

/* Powers of ten that a double holds exactly (10^22 is the last). */
static const double exact_pow10[] = {
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
};

/* Append q / 10^decimals in plain notation ("0.05" for 5 and 2). */
static void
scaled_text(struct buf *b, unsigned long long q, int decimals)
{
	char	tmp[48];
	int	n = 0, i;

	do {
		tmp[n++] = (char)('0' + q % 10);
		q /= 10;
	} while (q != 0);
	while (n <= decimals)
		tmp[n++] = '0';
	for (i = n - 1; i >= decimals; i--)
		buf_addc(b, tmp[i]);
	if (decimals > 0) {
		buf_addc(b, '.');
		for (i = decimals - 1; i >= 0; i--)
			buf_addc(b, tmp[i]);
	}
}

/*
 * The fast way to the shortest text of x (finite, 1e-5 <= x < 1e15): the
 * fewest decimals d for which an integer q < 2^53 gives q / 10^d == x.
 * That division is exact-then-rounded (q and 10^d are exact doubles), so
 * it is precisely what strtod would read back, and the nearest q is what
 * %.*e would print.  Returns 1 when done; else the caller takes the slow
 * way: -1 when x needs at least 16 digits, 0 when we cannot tell (a value
 * out of range, or too near a tie).
 */
static int
shortest_fast(struct buf *b, double x)
{
	int d;

	if (!(x >= 1e-5 && x < 1e15))
		return 0;
	for (d = 0; d <= 22; d++) {
		double			y = x * exact_pow10[d], whole, fraction;
		unsigned long long	q;

		if (y >= 0x1p53)	/* every 15-digit q has failed */
			return -1;
		whole = floor(y);
		fraction = y - whole;		/* exact below 2^53 */
		/* y carries a rounding error: near a tie we cannot tell
		 * which neighbour is nearer, so if either reads back, let
		 * the slow way choose. */
		if (fabs(fraction - 0.5) <= y * 0x1p-50) {
			if ((double)whole / exact_pow10[d] == x ||
			    (whole + 1) / exact_pow10[d] == x)
				return 0;
			continue;
		}
		q = (unsigned long long)whole + (fraction > 0.5);
		if ((double)q / exact_pow10[d] != x)
			continue;
		scaled_text(b, q, d);
		if (d == 0)
			buf_adds(b, ".0");
		return 1;
	}
	return 0;
}

/*
 * The fast way to fixed_text for x >= 0: round x * 10^scale half away from
 * zero directly, when x is far enough from a rounding boundary (more than
 * a few units in the last place) that the shortest decimal text of x must
 * round the same way.  Returns 0 near a boundary or for huge values.
 */
static int
fixed_fast(struct buf *b, double x, int scale, int negative)
{
	double			y, whole, fraction;
	unsigned long long	q;

	if (scale > 15)
		return 0;
	y = x * exact_pow10[scale];
	if (!(y < 1e15))
		return 0;
	whole = floor(y);
	fraction = y - whole;			/* exact below 2^52 */
	if (fabs(fraction - 0.5) <= y * 0x1p-48)
		return 0;
	q = (unsigned long long)whole + (fraction > 0.5);
	if (negative && q != 0)
		buf_addc(b, '-');
	scaled_text(b, q, scale);
	return 1;
}

/* shortest_text the slow, general way, for x > 0; `first_precision` as
 * for shortest_digits. */
static void
shortest_slow(struct buf *b, double x, int first_precision)
{
	char	digits[24];
	int	n, point;

	n = shortest_digits(x, first_precision, digits, &point);
	if (point > 21 || point <= -6) {
		char exp[16];

		buf_addc(b, digits[0]);
		buf_addc(b, '.');
		if (n > 1)
			buf_add(b, digits + 1, (size_t)n - 1);
		else
			buf_addc(b, '0');
		snprintf(exp, sizeof(exp), "e%+d", point - 1);
		buf_adds(b, exp);
	} else if (point <= 0) {
		buf_adds(b, "0.");
		buf_repeat(b, "0", 1, (size_t)-point);
		buf_add(b, digits, (size_t)n);
	} else if (point >= n) {
		buf_add(b, digits, (size_t)n);
		buf_repeat(b, "0", 1, (size_t)(point - n));
		buf_adds(b, ".0");
	} else {
		buf_add(b, digits, (size_t)point);
		buf_addc(b, '.');
		buf_add(b, digits + point, (size_t)(n - point));
	}
}

/* Append x as the shortest text that reads back exactly, always with a
 * decimal point: 100.0, 0.1, 1.5e+25 (exponent only below 1e-6 or from
 * 1e21 on, the JavaScript rule, so ordinary figures never get one). */
static void
shortest_text(struct buf *b, double x)
{
	int fast;

	if (x == 0) {
		buf_adds(b, signbit(x) ? "-0.0" : "0.0");
		return;
	}
	if (x < 0)
		buf_addc(b, '-');
	if ((fast = shortest_fast(b, fabs(x))) != 1)
		shortest_slow(b, fabs(x), fast < 0 ? 16 : 15);
}

/* fixed_text the slow, general way: round the shortest digits. */
static void
fixed_slow(struct buf *b, double x, int scale)
{
	char	digits[24];
	int	n = 0, point, keep, i;

	if (x != 0)
		n = shortest_digits(fabs(x), 15, digits, &point);
	else
		point = 0;
	keep = point + scale;		/* digits that stay */
	if (keep < 0) {
		n = 0;
	} else if (keep < n) {
		int round_up = digits[keep] >= '5';

		n = keep;
		if (round_up) {
			for (i = n - 1; i >= 0 && digits[i] == '9'; i--)
				digits[i] = '0';
			if (i >= 0) {
				digits[i]++;
			} else {
				memmove(digits + 1, digits, (size_t)n);
				digits[0] = '1';
				n++;
				point++;
			}
		}
	}
	if (n > 0 && x < 0)		/* no "-0.0" once rounded to zero */
		buf_addc(b, '-');
	if (n == 0 || point <= 0)
		buf_addc(b, '0');
	for (i = 0; i < point; i++)
		buf_addc(b, i < n ? digits[i] : '0');
	if (scale > 0) {
		buf_addc(b, '.');
		for (i = point; i < point + scale; i++)
			buf_addc(b, i >= 0 && i < n ? digits[i] : '0');
	}
}

/*
 * Append x with exactly `scale` decimals, rounding the shortest decimal
 * text of x half away from zero.  Rounding the text, not the binary value,
 * gives what a reader of the number expects: 89.75 -> 89.8, 2.675 -> 2.68,
 * 89.85 -> 89.9 (printf("%.1f") says 89.8: the double is 89.8499...).
 */
static void
fixed_text(struct buf *b, double x, int scale)
{
	if (!fixed_fast(b, fabs(x), scale, x < 0))
		fixed_slow(b, x, scale);
}

void
fmt_number(struct buf *b, const struct ss_value *v, int scale)
{
	double x;

	if (v->type == SS_INT) {
		int_text(b, v->u.i);
		return;
	}
	x = v->u.r;
	if (isnan(x))
		buf_adds(b, "nan");
	else if (isinf(x))
		buf_adds(b, x < 0 ? "-inf" : "inf");
	else if (scale < 0)
		shortest_text(b, x);
	else
		fixed_text(b, x, scale > SCALE_MAX ? SCALE_MAX : scale);
}

/* Nonzero for characters shown as \uXXXX although printable in theory:
 * C1 controls, and the bidi and line-separator controls that can reorder
 * or break what a terminal shows ("Trojan Source"). */
static int
needs_u_escape(int32_t cp)
{
	return (cp >= 0x80 && cp < 0xA0) || cp == 0x061C || cp == 0x200E ||
	    cp == 0x200F || (cp >= 0x2028 && cp <= 0x202E) ||
	    (cp >= 0x2066 && cp <= 0x2069);
}

/* Append \xNN for byte c. */
static void
add_hex_escape(struct buf *b, unsigned char c)
{
	char e[4] = { '\\', 'x', hex_digits[c >> 4], hex_digits[c & 15] };

	buf_add(b, e, sizeof(e));
}

size_t
fmt_escape_display(struct buf *b, const char *text, size_t len, unsigned how)
{
	size_t	i = 0, width = 0;
	int	markdown = (how & ESC_MARKDOWN) != 0;

	while (i < len) {
		unsigned char	c = (unsigned char)text[i];
		int32_t		cp;
		size_t		n, start;

		if (c >= 0x20 && c < 0x7F) {
			if (markdown && (c == '|' || c == '\\')) {
				buf_addc(b, '\\');
				buf_addc(b, (char)c);
				width += 2;
				i++;
				continue;
			}
			/* Copy the run of plain ASCII in one go. */
			start = i;
			while (i < len && (unsigned char)text[i] >= 0x20 &&
			    (unsigned char)text[i] < 0x7F && !(markdown &&
			    (text[i] == '|' || text[i] == '\\')))
				i++;
			buf_add(b, text + start, i - start);
			width += i - start;
			continue;
		}
		n = width_decode(text + i, len - i, &cp);
		if (cp == WIDTH_INVALID) {
			for (start = i; start < i + n; start++)
				add_hex_escape(b, (unsigned char)text[start]);
			width += 4 * n;
		} else if (cp == '\n' && markdown) {
			buf_adds(b, "<br>");
			width += 4;
		} else if (cp == '\n' || cp == '\t' || cp == '\r') {
			buf_addc(b, '\\');
			buf_addc(b, cp == '\n' ? 'n' : cp == '\t' ? 't' : 'r');
			width += 2;
		} else if (cp < 0x20 || cp == 0x7F) {
			add_hex_escape(b, (unsigned char)cp);
			width += 4;
		} else if (needs_u_escape(cp)) {
			char e[6] = { '\\', 'u', hex_digits[(cp >> 12) & 15],
			    hex_digits[(cp >> 8) & 15],
			    hex_digits[(cp >> 4) & 15], hex_digits[cp & 15] };

			buf_add(b, e, sizeof(e));
			width += 6;
		} else {
			buf_add(b, text + i, n);
			width += (size_t)width_codepoint(cp);
		}
		i += n;
	}
	return width;
}

void
fmt_escape_lines(struct buf *b, const char *text, const char *first,
    const char *rest, unsigned how)
{
	size_t		 len = strlen(text);
	const char	*end = text + len, *nl;

	if (len > 0 && text[len - 1] == '\n')
		end--;
	for (;;) {
		nl = memchr(text, '\n', (size_t)(end - text));
		buf_adds(b, first);
		fmt_escape_display(b, text, (size_t)((nl ? nl : end) - text),
		    how);
		buf_addc(b, '\n');
		if (nl == NULL)
			break;
		text = nl + 1;
		first = rest;
	}
}
