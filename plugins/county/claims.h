/*
 * plugins/county/claims.h -- find the numeric claims of a Chinese report
 * by recognising patterns: text in, claims out, no database.
 *
 * A claim is a number with its unit (1324项, 34场次, 12余万元, 19.518公里,
 * 2万余份, 十五条 ...), a percentage (84.7%, 96％), a rank (全省第二名), or a
 * statement without digits that still says how many (未发生较大以上事故:
 * none; 已全部完成整改: all of them; 超额完成: more than planned; 远低于
 * 全市平均: below a yardstick).  Numbers that are not claims are left out:
 * dates and durations (2023年, 9月, 24小时), ordinals (第一时间, 一是),
 * codes (K12+300), and counts that only modify a noun (十五条硬措施, 省66条、
 * 市68条具体措施).  Each claim knows its line and where its item, clause
 * and sentence begin, so that verify can read the words around it.
 */
#ifndef SAFESTAT_COUNTY_CLAIMS_H
#define SAFESTAT_COUNTY_CLAIMS_H

#include <stddef.h>

enum claim_kind {
	CLAIM_QUANTITY = 1,	/* a number with a unit: 1324项, 12余万元 */
	CLAIM_PERCENT,		/* 89.8%, 96％ */
	CLAIM_RANK,		/* 第二名 */
	CLAIM_NONE,		/* 未发生…, 未排查出…: a count of zero */
	CLAIM_ALL,		/* 已全部完成整改: all of the count before */
	CLAIM_OVER_PLAN,	/* 超额完成: more than the plan */
	CLAIM_COMPARE		/* 低于/高于全市平均: against a yardstick */
};

/* What the value measures, in base units. */
enum claim_measure {
	MEASURE_COUNT = 1,	/* items, people, times */
	MEASURE_MONEY,		/* yuan */
	MEASURE_LENGTH,		/* metres */
	MEASURE_AREA,		/* square metres */
	MEASURE_VOLUME,		/* cubic metres */
	MEASURE_PERCENT,	/* percent */
	MEASURE_RANK		/* place, 1 is first */
};

/* How the stated value bounds the true one. */
enum claim_bound {
	BOUND_EXACT = 1,	/* within the rounding of its last digit */
	BOUND_MORE,		/* 余, 多: at least, below the next step */
	BOUND_AT_LEAST,		/* 以上: at least */
	BOUND_ABOUT,		/* 约, 近, 左右: within 5% */
	BOUND_BELOW,		/* 未达到, 低于, 不足, 不到: below */
	BOUND_ABOVE		/* 超过, 高于, 逾: above */
};

/* How far back a scope reaches from a position. */
enum claim_scope {
	SCOPE_ITEM,		/* since the last 、 or a wider boundary */
	SCOPE_CLAUSE,		/* since the last ， or ： or wider */
	SCOPE_SENTENCE,		/* since the last 。 ； ！ ？ or a line end */
	SCOPE_LINE		/* since the line began */
};

struct claim {
	enum claim_kind	 kind;
	enum claim_measure measure;
	enum claim_bound bound;
	double		 value;		/* in base units */
	double		 precision;	/* one unit of the last digit written
					   (1 for 1324项, 10000 for 5712万元,
					   0.1 for 89.8%) in base units */
	double		 step;		/* BOUND_MORE: one unit of the last
					   non-zero digit (100 for 300余份) */
	int		 decimals;	/* digits written after the point */
	char		 unit[16];	/* the unit as written: 项, 万元, ％ */
	char		 scope_word[16]; /* CLAIM_RANK, CLAIM_COMPARE: 全省,
					   全市 ... when written, else "" */
	int		 line;		/* 1-based */
	size_t		 start, end;	/* the claim's bytes, bound words
					   and approximations included */
	size_t		 number;	/* where its number (or verb) begins */
	size_t		 item, clause, sentence, line_start;
	size_t		 clause_end;	/* where its clause ends */
	int		 change;	/* +1 after 增加/增长/上升, -1 after
					   减少/下降: a change from the year
					   before, not the figure itself */
	int		 respectively;	/* k-th (1-based) of a 分别 list */
	int		 list_size;	/* the length of that list */
	int		 total;		/* stated as a total: 合计95项, 共计,
					   总计, 共 right before its number */
	int		 breakdown;	/* a breakdown phrase (分行业看, 按行业
					   分 …) precedes it in its sentence,
					   ；-parts included: its subject is
					   the figure stated before */
};

struct claims {
	struct claim	*v;
	size_t		 n, cap;
};

/* Find the claims of `text` (len bytes of UTF-8) in text order into
 * *out (zeroed first).  Returns 0, or -1 when memory ran out. */
int	claims_extract(const char *text, size_t len, struct claims *out);

/* Release what claims_extract allocated. */
void	claims_free(struct claims *c);

/* Where the scope containing byte `pos` begins. */
size_t	claims_scope_start(const char *text, size_t len, size_t pos,
	    enum claim_scope scope);

/* Where the scope containing byte `pos` ends (the boundary's offset). */
size_t	claims_scope_end(const char *text, size_t len, size_t pos,
	    enum claim_scope scope);

/* 0 when text is valid UTF-8 without NUL bytes; else -1 and *bad is the
 * offset of the first bad byte. */
int	claims_check_utf8(const char *text, size_t len, size_t *bad);

/* Nonzero when invalid UTF-8 looks like GB18030/GBK (pairs of a lead byte
 * 0x81-0xFE and a trail byte 0x40-0xFE, 0x7F excluded). */
int	claims_looks_gb18030(const char *text, size_t len);

/* The value of a Chinese numeral of n bytes (一 ... 九十九, 两, 十五,
 * 一百零八, 一万二千), or -1 when it is not one. */
long long	claims_chinese_number(const char *s, size_t n);

#endif
