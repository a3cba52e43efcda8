/*
 * plugins/county/claims.c -- the numeric claims of a report's text, found
 * by pattern: a number (Arabic, full-width or Chinese) with what bounds it
 * (约, 余, 未达到 ...), its multiplier (万, 亿) and its unit, or one of the
 * few phrases that state a number without digits.  Pure: no database, no
 * host; tests/unit/test-claims.c checks each pattern.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plugins/county/claims.h"

/* ---------------------------------------------------------------- */
/* Characters and literals                                          */
/* ---------------------------------------------------------------- */

/* Bytes of the UTF-8 character at i (1 for a stray byte). */
static size_t
char_len(const char *t, size_t len, size_t i)
{
	unsigned char	 c = (unsigned char)t[i];
	size_t		 n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 :
			    c >= 0xC0 ? 2 : 1;

	return i + n <= len ? n : len - i;
}

/* Where the character before byte i begins. */
static size_t
prev_char(const char *t, size_t i)
{
	if (i == 0)
		return 0;
	i--;
	while (i > 0 && ((unsigned char)t[i] & 0xC0) == 0x80)
		i--;
	return i;
}

/* The length of `lit` when the text has it at i, else 0. */
static size_t
at(const char *t, size_t len, size_t i, const char *lit)
{
	size_t	 n = strlen(lit);

	return i + n <= len && memcmp(t + i, lit, n) == 0 ? n : 0;
}

/* The length of the first of `lits` (NULL-terminated) at i, else 0;
 * *which gets its index. */
static size_t
at_any(const char *t, size_t len, size_t i, const char *const *lits,
    int *which)
{
	size_t	 n;
	int	 k;

	for (k = 0; lits[k] != NULL; k++)
		if ((n = at(t, len, i, lits[k])) > 0) {
			if (which != NULL)
				*which = k;
			return n;
		}
	return 0;
}

/* The offset of the first `lit` at or after `from`, or len. */
static size_t
find(const char *t, size_t len, size_t from, const char *lit)
{
	for (; from < len; from++)
		if (at(t, len, from, lit) > 0)
			return from;
	return len;
}

/* Nonzero for an ASCII digit or letter. */
static int
is_alnum(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z');
}

/* The digit 0-9 at i (ASCII or full-width ０-９) and its length, or -1. */
static int
digit_at(const char *t, size_t len, size_t i, size_t *n)
{
	if (t[i] >= '0' && t[i] <= '9') {
		*n = 1;
		return t[i] - '0';
	}
	if (i + 3 <= len && (unsigned char)t[i] == 0xEF &&
	    (unsigned char)t[i + 1] == 0xBC &&
	    (unsigned char)t[i + 2] >= 0x90 && (unsigned char)t[i + 2] <= 0x99) {
		*n = 3;
		return (unsigned char)t[i + 2] - 0x90;
	}
	return -1;
}

/* ---------------------------------------------------------------- */
/* Scopes: items, clauses, sentences, lines                         */
/* ---------------------------------------------------------------- */

static const char *const sentence_marks[] = { "。", "；", "！", "？", ";",
	"!", "?", NULL };
static const char *const clause_marks[] = { "，", "：", ",", ":", NULL };
static const char *const item_marks[] = { "、", NULL };

/* How wide a boundary starts at i (0 none, 1 item, 2 clause, 3 sentence,
 * 4 line) and its length in *n. */
static int
boundary_at(const char *t, size_t len, size_t i, size_t *n)
{
	if (t[i] == '\n' || t[i] == '\r') {
		*n = 1;
		return 4;
	}
	if ((*n = at_any(t, len, i, sentence_marks, NULL)) > 0)
		return 3;
	/* A full stop typed as '.', but not the point of 19.518. */
	if (t[i] == '.' && !(i > 0 && t[i - 1] >= '0' && t[i - 1] <= '9' &&
	    i + 1 < len && t[i + 1] >= '0' && t[i + 1] <= '9')) {
		*n = 1;
		return 3;
	}
	if ((*n = at_any(t, len, i, clause_marks, NULL)) > 0)
		return 2;
	if ((*n = at_any(t, len, i, item_marks, NULL)) > 0)
		return 1;
	return 0;
}

size_t
claims_scope_start(const char *text, size_t len, size_t pos,
    enum claim_scope scope)
{
	int	 level = (int)scope + 1;
	size_t	 j = pos, k, n;

	while (j > 0) {
		k = prev_char(text, j);
		if (boundary_at(text, len, k, &n) >= level)
			return k + n;
		j = k;
	}
	return 0;
}

size_t
claims_scope_end(const char *text, size_t len, size_t pos,
    enum claim_scope scope)
{
	int	 level = (int)scope + 1;
	size_t	 i = pos, n;

	while (i < len) {
		if (boundary_at(text, len, i, &n) >= level)
			return i;
		i += char_len(text, len, i);
	}
	return len;
}

/* ---------------------------------------------------------------- */
/* Numbers                                                          */
/* ---------------------------------------------------------------- */

struct number {
	double		 value;
	double		 precision;	/* one unit of the last digit */
	double		 step;		/* one unit of the last non-zero digit */
	int		 decimals;
	size_t		 end;
	int		 chinese;
};

/* Ten to the power n (n small, either sign). */
static double
pow10i(int n)
{
	double	 p = 1;

	for (; n > 0; n--)
		p *= 10;
	for (; n < 0; n++)
		p /= 10;
	return p;
}

/* An Arabic number at i: digits, thousands commas, a decimal point. */
static int
scan_arabic(const char *t, size_t len, size_t i, struct number *num)
{
	double	 value = 0;
	size_t	 n, start = i;
	int	 d, decimals = 0, zeros = 0, digits = 0, after_point = 0;

	while (i < len) {
		if ((d = digit_at(t, len, i, &n)) >= 0) {
			/* digits accumulate as an integer, divided once at
			 * the end: 898 / 10 is the double nearest 89.8 */
			value = value * 10 + d;
			if (after_point)
				decimals++;
			else
				zeros = d == 0 ? zeros + 1 : 0;
			digits++;
			i += n;
		} else if (t[i] == ',' && !after_point && digits > 0 &&
		    i + 3 < len + 0 && digit_at(t, len, i + 1, &n) >= 0 &&
		    n == 1 && digit_at(t, len, i + 2, &n) >= 0 &&
		    digit_at(t, len, i + 3, &n) >= 0 &&
		    (i + 4 >= len || digit_at(t, len, i + 4, &n) < 0)) {
			i++;		/* 1,650 */
		} else if (t[i] == '.' && !after_point && i + 1 < len &&
		    digit_at(t, len, i + 1, &n) >= 0) {
			after_point = 1;
			i++;
		} else if (at(t, len, i, "．") > 0 && !after_point &&
		    i + 3 < len && digit_at(t, len, i + 3, &n) >= 0) {
			after_point = 1;	/* a full-width point */
			i += 3;
		} else
			break;
	}
	if (digits == 0 || i == start)
		return 0;
	num->value = value / pow10i(decimals);
	num->decimals = decimals;
	num->precision = pow10i(-decimals);
	num->step = decimals > 0 ? num->precision :
	    value == 0 ? 1 : pow10i(zeros);
	num->end = i;
	num->chinese = 0;
	return 1;
}

static const char *const cn_digits[] = { "零", "一", "二", "三", "四", "五",
	"六", "七", "八", "九", "〇", "两", NULL };
static const char *const cn_places[] = { "十", "百", "千", "万", "亿", NULL };

/* The value of one Chinese digit (index into cn_digits). */
static int
cn_digit_value(int which)
{
	return which == 10 ? 0 : which == 11 ? 2 : which;
}

long long
claims_chinese_number(const char *s, size_t n)
{
	long long	 total = 0, section = 0, digit = -1;
	size_t		 i = 0, k;
	int		 which;
	static const long long place_value[] = { 10, 100, 1000, 10000,
		100000000 };

	if (n == 0)
		return -1;
	while (i < n) {
		if ((k = at_any(s, n, i, cn_digits, &which)) > 0) {
			digit = cn_digit_value(which);
		} else if ((k = at_any(s, n, i, cn_places, &which)) > 0) {
			long long p = place_value[which];

			if (p >= 10000) {
				total = (total + section +
				    (digit > 0 ? digit : 0)) * p;
				section = 0;
			} else
				section += (digit >= 0 ? digit : 1) * p;
			digit = -1;
		} else
			return -1;
		i += k;
	}
	return total + section + (digit > 0 ? digit : 0);
}

/* A Chinese numeral at i; a trailing 万 or 亿 is left for the multiplier,
 * as with Arabic digits (两万余份 reads like 2万余份). */
static int
scan_chinese(const char *t, size_t len, size_t i, struct number *num)
{
	size_t		 j = i, k, last = 0;
	int		 which, last_place = -1;
	long long	 v;

	while (j < len) {
		if ((k = at_any(t, len, j, cn_digits, &which)) > 0)
			last_place = -1;
		else if ((k = at_any(t, len, j, cn_places, &which)) > 0)
			last_place = which;
		else
			break;
		last = j;
		j += k;
	}
	if (j == i)
		return 0;
	if (last_place >= 3 && last > i) {	/* 两万: 两, then 万 */
		j = last;
		last_place = -1;
		/* what was before the multiplier decides the step */
		k = prev_char(t, last);
		if (at_any(t, len, k, cn_places, &which) > 0)
			last_place = which;
	}
	if ((v = claims_chinese_number(t + i, j - i)) < 0)
		return 0;
	num->value = (double)v;
	num->decimals = 0;
	num->precision = 1;
	num->step = last_place >= 0 && last_place <= 2 ?
	    pow10i(last_place + 1) : 1;
	num->end = j;
	num->chinese = 1;
	return 1;
}

/* ---------------------------------------------------------------- */
/* Units, bounds, multipliers                                       */
/* ---------------------------------------------------------------- */

struct unit_def {
	const char		*text;
	enum claim_measure	 measure;	/* 0: not a claim (time) */
	double			 factor;	/* to base units */
};

/* Longest first where one is the start of another. */
static const struct unit_def units[] = {
	{ "个百分点", 0, 0 }, { "个月", 0, 0 }, { "小时", 0, 0 },
	{ "分钟", 0, 0 }, { "季度", 0, 0 },
	{ "平方公里", MEASURE_AREA, 1e6 }, { "平方米", MEASURE_AREA, 1 },
	{ "平方", MEASURE_AREA, 1 }, { "㎡", MEASURE_AREA, 1 },
	{ "立方米", MEASURE_VOLUME, 1 }, { "立方", MEASURE_VOLUME, 1 },
	{ "元", MEASURE_MONEY, 1 },
	{ "公里", MEASURE_LENGTH, 1000 }, { "千米", MEASURE_LENGTH, 1000 },
	{ "米", MEASURE_LENGTH, 1 },
	{ "%", MEASURE_PERCENT, 1 }, { "％", MEASURE_PERCENT, 1 },
	{ "人次", MEASURE_COUNT, 1 }, { "场次", MEASURE_COUNT, 1 },
	{ "辆次", MEASURE_COUNT, 1 }, { "台次", MEASURE_COUNT, 1 },
	{ "家次", MEASURE_COUNT, 1 }, { "户次", MEASURE_COUNT, 1 },
	{ "项", MEASURE_COUNT, 1 }, { "条", MEASURE_COUNT, 1 },
	{ "起", MEASURE_COUNT, 1 }, { "件", MEASURE_COUNT, 1 },
	{ "场", MEASURE_COUNT, 1 }, { "次", MEASURE_COUNT, 1 },
	{ "人", MEASURE_COUNT, 1 }, { "名", MEASURE_COUNT, 1 },
	{ "份", MEASURE_COUNT, 1 }, { "辆", MEASURE_COUNT, 1 },
	{ "处", MEASURE_COUNT, 1 }, { "面", MEASURE_COUNT, 1 },
	{ "户", MEASURE_COUNT, 1 }, { "个", MEASURE_COUNT, 1 },
	{ "家", MEASURE_COUNT, 1 }, { "所", MEASURE_COUNT, 1 },
	{ "座", MEASURE_COUNT, 1 }, { "台", MEASURE_COUNT, 1 },
	{ "套", MEASURE_COUNT, 1 }, { "张", MEASURE_COUNT, 1 },
	{ "块", MEASURE_COUNT, 1 }, { "册", MEASURE_COUNT, 1 },
	{ "期", MEASURE_COUNT, 1 }, { "艘", MEASURE_COUNT, 1 },
	{ "栋", MEASURE_COUNT, 1 },
	{ "年", 0, 0 }, { "月", 0, 0 }, { "日", 0, 0 }, { "号", 0, 0 },
	{ "时", 0, 0 }, { "分", 0, 0 }, { "秒", 0, 0 }, { "天", 0, 0 },
	{ "周", 0, 0 }, { "岁", 0, 0 }, { "点", 0, 0 }, { "倍", 0, 0 },
	{ NULL, 0, 0 }
};

/* The unit at i, or NULL. */
static const struct unit_def *
unit_at(const char *t, size_t len, size_t i)
{
	const struct unit_def	*u;

	for (u = units; u->text != NULL; u++)
		if (at(t, len, i, u->text) > 0)
			return u;
	return NULL;
}

struct bound_word {
	const char		*text;
	enum claim_bound	 bound;
};

/* Words just before a number that bound it; longest first. */
static const struct bound_word bound_prefixes[] = {
	{ "没有达到", BOUND_BELOW }, { "未达到", BOUND_BELOW },
	{ "达不到", BOUND_BELOW }, { "低于", BOUND_BELOW },
	{ "不足", BOUND_BELOW }, { "不到", BOUND_BELOW },
	{ "少于", BOUND_BELOW }, { "大约", BOUND_ABOUT },
	{ "将近", BOUND_ABOUT }, { "约", BOUND_ABOUT }, { "近", BOUND_ABOUT },
	{ "超过", BOUND_ABOVE }, { "高于", BOUND_ABOVE },
	{ "多于", BOUND_ABOVE }, { "逾", BOUND_ABOVE },
	{ NULL, 0 }
};

/* The bound word ending at i, its length in *n; BOUND_EXACT if none. */
static enum claim_bound
bound_before(const char *t, size_t i, size_t *n)
{
	const struct bound_word	*b;
	size_t			 k;

	for (b = bound_prefixes; b->text != NULL; b++) {
		k = strlen(b->text);
		if (k <= i && memcmp(t + i - k, b->text, k) == 0) {
			*n = k;
			return b->bound;
		}
	}
	*n = 0;
	return BOUND_EXACT;
}

static const char *const more_marks[] = { "余", "多", NULL };

/* Words just before a number that make it a change from the year
 * before (同比增加281项, 下降6.5%): up, then down. */
static const char *const change_up[] = { "增加", "增长", "上升", "提高",
	"增多", NULL };
static const char *const change_down[] = { "减少", "下降", "降低", NULL };

/* +1 or -1 when a change word ends at byte i, else 0. */
static int
change_before(const char *t, size_t i)
{
	const char *const	*lists[2] = { change_up, change_down };
	size_t			 n;
	int			 k, w;

	for (k = 0; k < 2; k++)
		for (w = 0; lists[k][w] != NULL; w++) {
			n = strlen(lists[k][w]);
			if (n <= i && memcmp(t + i - n, lists[k][w], n) == 0)
				return k == 0 ? 1 : -1;
		}
	return 0;
}

/* What may follow a count that is a claim of its own (rather than a
 * count modifying a noun, as in 十五条硬措施). */
static const char *const count_followers[] = { "，", "。", "；", "：", "、",
	"！", "？", "）", "(", "（", "”", "’", "」", "』", "…", "—", "其中",
	"以外", "之外", "外", "等", "和", "与", "及", "共", "合计", NULL };

/* Nonzero when what follows byte i lets a count stand as a claim. */
static int
count_may_end_at(const char *t, size_t len, size_t i)
{
	if (i >= len)
		return 1;
	if ((unsigned char)t[i] < 0x80)
		return !is_alnum(t[i]);
	return at_any(t, len, i, count_followers, NULL) > 0;
}

/* ---------------------------------------------------------------- */
/* Claims                                                           */
/* ---------------------------------------------------------------- */

/* Append a claim; returns it (zeroed but for the given fields) or NULL. */
static struct claim *
add_claim(struct claims *c, enum claim_kind kind, size_t start, size_t end)
{
	struct claim	*grown, *cl;

	if (c->n == c->cap) {
		size_t cap = c->cap ? 2 * c->cap : 32;

		if ((grown = realloc(c->v, cap * sizeof *grown)) == NULL)
			return NULL;
		c->v = grown;
		c->cap = cap;
	}
	cl = &c->v[c->n++];
	memset(cl, 0, sizeof *cl);
	cl->kind = kind;
	cl->bound = BOUND_EXACT;
	cl->start = cl->number = start;
	cl->end = end;
	return cl;
}

static const char *const none_verbs[] = { "未排查出", "未排查到", "未发现",
	"未发生", "没有发生", "未出现", "未查出", NULL };
static const char *const all_phrases[] = { "全部完成整改", "全部整改到位",
	"全部整改", "全部完成", "全部消除", NULL };
static const char *const over_plan_phrases[] = { "超额完成", NULL };
static const char *const compare_words[] = { "远低于", "明显低于", "低于",
	"远高于", "明显高于", "高于", NULL };
static const char *const scope_words[] = { "全市", "全省", "全县", "全国",
	NULL };
static const char *const rank_units[] = { "名", "位", NULL };

/* A comparison with an average at i (低于全市平均): its length or 0. */
static size_t
scan_compare(const char *t, size_t len, size_t i, struct claims *c,
    int *failed)
{
	size_t		 n, m, s = 0, a;
	int		 which, scope = -1;
	struct claim	*cl;

	if ((n = at_any(t, len, i, compare_words, &which)) == 0)
		return 0;
	if ((s = at_any(t, len, i + n, scope_words, &scope)) == 0)
		s = 0;
	if ((a = at(t, len, i + n + s, "平均")) == 0)
		return 0;
	m = n + s + a;
	if ((cl = add_claim(c, CLAIM_COMPARE, i, i + m)) == NULL) {
		*failed = 1;
		return m;
	}
	cl->measure = MEASURE_COUNT;
	cl->bound = which < 3 ? BOUND_BELOW : BOUND_ABOVE;
	if (scope >= 0)
		strcpy(cl->scope_word, scope_words[scope]);
	return m;
}

/* A number at i with its bounds, multiplier and unit; its length (the
 * whole number when it is not a claim, so that it is skipped), or 0. */
static size_t
scan_number(const char *t, size_t len, size_t i, struct claims *c,
    int *failed)
{
	struct number		 num;
	const struct unit_def	*u;
	struct claim		*cl;
	enum claim_bound	 bound;
	size_t			 j, k, pre, start = i;
	double			 mult = 1;
	int			 more = 0, rank = 0;

	if (!scan_arabic(t, len, i, &num) && !scan_chinese(t, len, i, &num))
		return 0;
	j = num.end;
	/* Codes and identifiers: K12+300, S231, v2.1. */
	if (i > 0 && (unsigned char)t[i - 1] < 0x80 &&
	    (is_alnum(t[i - 1]) || strchr("+-/#._", t[i - 1]) != NULL))
		return j - i;
	if (j < len && (unsigned char)t[j] < 0x80 && is_alnum(t[j]))
		return j - i;
	/* 第二名 is a rank; 第一时间, 第3条 are ordinals. */
	if (i >= 3 && memcmp(t + i - 3, "第", 3) == 0) {
		if ((k = at_any(t, len, j, rank_units, NULL)) == 0)
			return j - i;
		rank = 1;
		start = i - 3;
		j += k;
	}
	if (!rank) {
		if ((k = at_any(t, len, j, more_marks, NULL)) > 0) {
			more = 1;
			j += k;
		}
		if ((k = at(t, len, j, "万")) > 0 ||
		    (k = at(t, len, j, "亿")) > 0) {
			mult = at(t, len, j, "万") > 0 ? 1e4 : 1e8;
			j += k;
			if (!more && (k = at_any(t, len, j, more_marks,
			    NULL)) > 0) {
				more = 1;
				j += k;
			}
		}
	}
	u = rank ? NULL : unit_at(t, len, j);
	if (!rank && u == NULL) {
		/* 企业数为0: a count without a unit after 数为 / 数量为. */
		if (mult == 1 && !more && !num.chinese && i >= 6 &&
		    (memcmp(t + i - 6, "数为", 6) == 0 ||
		    memcmp(t + i - 6, "量为", 6) == 0) &&
		    count_may_end_at(t, len, j)) {
			if ((cl = add_claim(c, CLAIM_QUANTITY, i, j)) == NULL)
				goto oom;
			cl->measure = MEASURE_COUNT;
			cl->value = num.value;
			cl->precision = num.precision;
			cl->step = num.step;
			return j - i;
		}
		return j - i;
	}
	if (u != NULL && u->measure == 0)	/* 2023年, 24小时 */
		return j + strlen(u->text) - i;
	if (u != NULL)
		j += strlen(u->text);
	bound = bound_before(t, start, &pre);
	if ((cl = add_claim(c, rank ? CLAIM_RANK :
	    u->measure == MEASURE_PERCENT ? CLAIM_PERCENT : CLAIM_QUANTITY,
	    start - pre, j)) == NULL)
		goto oom;
	cl->number = i;
	cl->measure = rank ? MEASURE_RANK : u->measure;
	cl->value = num.value * mult * (u != NULL ? u->factor : 1);
	cl->precision = num.precision * mult * (u != NULL ? u->factor : 1);
	cl->step = num.step * mult * (u != NULL ? u->factor : 1);
	cl->decimals = num.decimals;
	cl->bound = more ? BOUND_MORE : bound;
	cl->change = change_before(t, start - pre);
	snprintf(cl->unit, sizeof cl->unit, "%s", rank ? "名" :
	    mult == 1e4 && u->measure == MEASURE_MONEY ? "万元" :
	    mult == 1e8 && u->measure == MEASURE_MONEY ? "亿元" : u->text);
	if ((k = at(t, len, j, "左右")) > 0) {
		cl->bound = BOUND_ABOUT;
		cl->end = j += k;
	} else if ((k = at(t, len, j, "以上")) > 0 && !more) {
		cl->bound = BOUND_AT_LEAST;
		cl->end = j += k;
	}
	return j - i;
oom:
	*failed = 1;
	return j - i;
}

/* Drop counts that modify a noun (十五条硬措施), and every count of a
 * 、-list whose last item does (省66条、市68条、县69条具体措施). */
static void
drop_modifiers(const char *t, size_t len, struct claims *c)
{
	size_t	 i, k, out;
	char	*drop;

	if (c->n == 0 || (drop = calloc(c->n, 1)) == NULL)
		return;
	for (i = c->n; i-- > 0;) {
		struct claim *cl = &c->v[i];

		if (cl->kind != CLAIM_QUANTITY || cl->measure != MEASURE_COUNT)
			continue;
		if (!count_may_end_at(t, len, cl->end))
			drop[i] = 1;
		else if (at(t, len, cl->end, "、") > 0 && i + 1 < c->n &&
		    drop[i + 1] && c->v[i + 1].measure == MEASURE_COUNT) {
			/* Followed by a dropped count of the same item list. */
			k = claims_scope_start(t, len, c->v[i + 1].start,
			    SCOPE_CLAUSE);
			if (k <= cl->start)
				drop[i] = 1;
		}
	}
	for (i = out = 0; i < c->n; i++)
		if (!drop[i])
			c->v[out++] = c->v[i];
	c->n = out;
	free(drop);
}

/* Mark the claims a 分别 introduces: the run of claims of one kind after
 * it in its sentence, joined only by 和、及与， or nothing. */
static void
mark_respectively(const char *t, size_t len, struct claims *c)
{
	static const char *const joiners[] = { "和", "、", "及", "与", " ",
		"为", "是", NULL };
	size_t		 pos, from = 0, first, i, n, end, gap;
	int		 size;

	while ((pos = find(t, len, from, "分别")) < len) {
		from = pos + strlen("分别");
		end = claims_scope_end(t, len, pos, SCOPE_SENTENCE);
		for (first = 0; first < c->n && c->v[first].start < pos;
		    first++)
			;
		if (first == c->n || c->v[first].start >= end)
			continue;
		/* 分别完成计划（A、B）的X%和Y%: the percentages are the list */
		for (i = first; i < c->n && c->v[i].start < end; i++)
			if (c->v[i].kind == CLAIM_PERCENT) {
				first = i;
				break;
			}
		for (n = first + 1; n < c->n && c->v[n].start < end &&
		    c->v[n].kind == c->v[first].kind; n++) {
			/* only joiners between two claims of the list */
			for (gap = c->v[n - 1].end; gap < c->v[n].start;
			    gap += i) {
				if ((i = at_any(t, len, gap, joiners, NULL)) ==
				    0)
					break;
			}
			if (gap < c->v[n].start)
				break;
		}
		size = (int)(n - first);
		if (size < 2)
			continue;
		for (i = first; i < n; i++) {
			c->v[i].respectively = (int)(i - first) + 1;
			c->v[i].list_size = size;
		}
	}
}

/* A phrase from `phrases` at i, recorded as a claim of `kind`. */
static size_t
scan_phrase(const char *t, size_t len, size_t i, const char *const *phrases,
    enum claim_kind kind, struct claims *c, int *failed)
{
	struct claim	*cl;
	size_t		 n;

	if ((n = at_any(t, len, i, phrases, NULL)) == 0)
		return 0;
	if ((cl = add_claim(c, kind, i, i + n)) == NULL) {
		*failed = 1;
		return n;
	}
	cl->measure = kind == CLAIM_OVER_PLAN ? MEASURE_PERCENT :
	    MEASURE_COUNT;
	cl->bound = kind == CLAIM_OVER_PLAN ? BOUND_ABOVE : BOUND_EXACT;
	cl->value = kind == CLAIM_OVER_PLAN ? 100 : 0;
	return n;
}

/* Nonzero when text[0, pos) ends with `lit`. */
static int
ends_with(const char *t, size_t pos, const char *lit)
{
	size_t	 n = strlen(lit);

	return n <= pos && memcmp(t + pos - n, lit, n) == 0;
}

/* Words that state what follows as a total (合计95项), each optionally
 * linked to the number by 为, 达 or 有. */
static const char *const total_words[] = { "合计", "共计", "总计", "总共",
	"共", NULL };
static const char *const total_links[] = { "为", "达", "有", "", NULL };

/* Phrases that introduce a breakdown of a figure stated before them. */
static const char *const breakdown_phrases[] = { "分行业", "按行业",
	"从行业", "分领域", "按领域", "从领域", "分部门", "按部门", NULL };

/* Mark the claims stated as totals, and those a breakdown phrase
 * introduces (up to the full stop: a breakdown often runs on in
 * ；-separated parts). */
static void
mark_totals_and_breakdowns(const char *t, size_t len, struct claims *c)
{
	static const char *const stops[] = { "。", "！", "？", "!", "?",
		NULL };
	size_t	 i, j, k, from, n;
	int	 w, l;

	for (i = 0; i < c->n; i++) {
		struct claim *cl = &c->v[i];

		for (l = 0; total_links[l] != NULL && !cl->total; l++) {
			if (!ends_with(t, cl->start, total_links[l]))
				continue;
			k = cl->start - strlen(total_links[l]);
			for (w = 0; total_words[w] != NULL; w++)
				if (ends_with(t, k, total_words[w])) {
					cl->total = 1;
					break;
				}
		}
		for (from = cl->start; from > 0; from = j) {
			j = prev_char(t, from);
			if (t[j] == '\n' || t[j] == '\r' ||
			    at_any(t, len, j, stops, NULL) > 0)
				break;
		}
		for (j = from; j < cl->start && !cl->breakdown; j++)
			if ((n = at_any(t, len, j, breakdown_phrases, NULL)) >
			    0 && j + n <= cl->start)
				cl->breakdown = 1;
	}
}

/* Fill in where each claim's item, clause, sentence and line begin. */
static void
locate(const char *t, size_t len, struct claims *c)
{
	size_t	 i, pos = 0;
	int	 line = 1;

	for (i = 0; i < c->n; i++) {
		struct claim *cl = &c->v[i];

		for (; pos < cl->start; pos++)
			if (t[pos] == '\n')
				line++;
		cl->line = line;
		cl->item = claims_scope_start(t, len, cl->start, SCOPE_ITEM);
		cl->clause = claims_scope_start(t, len, cl->start,
		    SCOPE_CLAUSE);
		cl->sentence = claims_scope_start(t, len, cl->start,
		    SCOPE_SENTENCE);
		cl->line_start = claims_scope_start(t, len, cl->start,
		    SCOPE_LINE);
		cl->clause_end = claims_scope_end(t, len, cl->end,
		    SCOPE_CLAUSE);
	}
}

int
claims_extract(const char *text, size_t len, struct claims *out)
{
	size_t	 i = 0, n;
	int	 failed = 0;

	memset(out, 0, sizeof *out);
	while (i < len && !failed) {
		if ((n = scan_phrase(text, len, i, none_verbs, CLAIM_NONE, out,
		    &failed)) == 0 &&
		    (n = scan_phrase(text, len, i, all_phrases, CLAIM_ALL, out,
		    &failed)) == 0 &&
		    (n = scan_phrase(text, len, i, over_plan_phrases,
		    CLAIM_OVER_PLAN, out, &failed)) == 0 &&
		    (n = scan_compare(text, len, i, out, &failed)) == 0 &&
		    (n = scan_number(text, len, i, out, &failed)) == 0)
			n = char_len(text, len, i);
		i += n;
	}
	if (failed) {
		claims_free(out);
		return -1;
	}
	drop_modifiers(text, len, out);
	mark_respectively(text, len, out);
	mark_totals_and_breakdowns(text, len, out);
	locate(text, len, out);
	return 0;
}

void
claims_free(struct claims *c)
{
	free(c->v);
	memset(c, 0, sizeof *c);
}

int
claims_check_utf8(const char *text, size_t len, size_t *bad)
{
	const unsigned char	*s = (const unsigned char *)text;
	size_t			 i = 0, n, k;
	unsigned		 cp, min;

	while (i < len) {
		if (s[i] == 0)
			goto invalid;
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		if (s[i] >= 0xC2 && s[i] <= 0xDF) {
			n = 2;
			cp = s[i] & 0x1F;
			min = 0x80;
		} else if (s[i] >= 0xE0 && s[i] <= 0xEF) {
			n = 3;
			cp = s[i] & 0x0F;
			min = 0x800;
		} else if (s[i] >= 0xF0 && s[i] <= 0xF4) {
			n = 4;
			cp = s[i] & 0x07;
			min = 0x10000;
		} else
			goto invalid;
		if (i + n > len)
			goto invalid;
		for (k = 1; k < n; k++) {
			if ((s[i + k] & 0xC0) != 0x80)
				goto invalid;
			cp = cp << 6 | (s[i + k] & 0x3F);
		}
		if (cp < min || cp > 0x10FFFF ||
		    (cp >= 0xD800 && cp <= 0xDFFF))
			goto invalid;
		i += n;
	}
	return 0;
invalid:
	*bad = i;
	return -1;
}

int
claims_looks_gb18030(const char *text, size_t len)
{
	const unsigned char	*s = (const unsigned char *)text;
	size_t			 i = 0, pairs = 0, bad = 0;

	while (i < len) {
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		if (s[i] >= 0x81 && s[i] <= 0xFE && i + 1 < len &&
		    s[i + 1] >= 0x40 && s[i + 1] <= 0xFE && s[i + 1] != 0x7F) {
			pairs++;
			i += 2;
		} else {
			bad++;
			i++;
		}
	}
	return pairs > 0 && bad * 10 <= pairs;
}
