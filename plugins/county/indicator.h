/*
 * plugins/county/indicator.h -- the indicator catalogue: every figure of
 * the annual safety report, defined once.
 *
 * An indicator has a stable key (general_hazards_found), a Chinese name,
 * the words reports use for it, a unit, a kind, the report section it
 * belongs to, and how it is computed for a period (and, where it makes
 * sense, one township, sector or department): a bound SQL statement
 * returning one number, or a rate or mean of two other indicators, or
 * another indicator with its sector fixed (an alias).  trend, report,
 * verify and gaps all read figures through indicator_eval.
 *
 * The entries live in indicator-catalogue.def (one INDICATOR(...) line
 * each), so that `help trend` lists the same keys the table holds.
 */
#ifndef SAFESTAT_COUNTY_INDICATOR_H
#define SAFESTAT_COUNTY_INDICATOR_H

#include <safestat/plugin.h>

#include "plugins/common/filter.h"
#include "plugins/common/grouped.h"

/* What an indicator's number is. */
enum indicator_kind {
	IND_COUNT = 1,	/* integer count: 项, 起, 场, 人次 ... */
	IND_AMOUNT,	/* integer yuan; reports write 万元 */
	IND_LENGTH,	/* integer metres; reports write 公里 */
	IND_RATE,	/* num / den in percent, one decimal, half-up */
	IND_MEAN,	/* num / den, one decimal, half-up (人/乡镇) */
	IND_RANK,	/* integer rank, 1 is best */
	IND_REAL	/* a published real figure (an average, a score) */
};

/* The report's sections, in its order. */
enum report_section {
	SEC_OVERVIEW = 1,	/* 总体情况: accidents, risk index */
	SEC_CAMPAIGN,		/* 隐患排查整治: meetings, hazards, inspections */
	SEC_ENFORCEMENT,	/* 执法: penalties, fines */
	SEC_OUTREACH,		/* 宣传教育: publicity, drills, trainings */
	SEC_TRAFFIC,		/* 道路交通 */
	SEC_GAS,		/* 城镇燃气 */
	SEC_CHEMICALS,		/* 危化品 */
	SEC_PROBLEMS		/* 存在问题: assistance, inspectors, insurance */
};

/* Which filters an indicator can be narrowed by (besides the period and
 * the county, which every indicator takes). */
#define DIM_TOWNSHIP	0x01
#define DIM_SECTOR	0x02
#define DIM_DEPARTMENT	0x04

struct indicator {
	const char	*key;		/* stable snake_case key */
	const char	*name_zh;	/* Chinese name, as a table heads it */
	const char	*unit;		/* unit of the value: 项, 元, 米, % ... */
	enum indicator_kind kind;
	enum report_section section;
	unsigned	 dims;		/* DIM_* it can be narrowed by */
	/* How it is computed: exactly one of these. */
	const char	*sql;		/* one number; filters at ?1..?7 */
	const struct grouped_counts *counts; /* one number: its one
					   measure, from a summary table when
					   one answers (grouped.h) */
	const char	*num, *den;	/* IND_RATE, IND_MEAN: indicator keys */
	const char	*base;		/* an alias: `base` with `sector` fixed */
	const char	*sector;	/* the alias's sector code */
	/* How reports speak of it (verify recognises claims by these);
	 * each a '|'-separated list of alternatives, NULL for none. */
	const char	*words;		/* what it counts: 一般隐患|重大隐患 */
	const char	*verbs;		/* the measure, in the claim's own
					   clause: 排查|发现 vs 整改 */
	const char	*topic;		/* somewhere earlier in the paragraph:
					   道路|公路 for the traffic figures */
	const char	*units;		/* units a claim may use: 项|条|处 */
	const char	*yardstick;	/* key of the figure it is measured
					   against ("远低于全市平均") */
};

/* A computed figure. */
struct figure {
	int		 known;		/* 0: no value (no data, or 0/0) */
	long long	 count;		/* integer kinds: the number; IND_RATE
					   and IND_MEAN: value in tenths */
	double		 value;		/* the value as a number */
	long long	 num, den;	/* IND_RATE, IND_MEAN: the counts */
};

/* The catalogue, in report order; `n` receives its length. */
const struct indicator	*indicator_table(size_t *n);

/* The indicator with this key, or NULL. */
const struct indicator	*indicator_find(const char *key);

/* The key closest to `typed`, for "did you mean", or NULL. */
const char	*indicator_closest(const char *typed);

/* Compute `ind` under filter `f` (its period, places, sector and
 * department).  Returns SS_OK with *out set, or SS_ERR (recorded). */
int	indicator_eval(struct ss_ctx *ctx, const struct indicator *ind,
	    const struct filter *f, struct figure *out);

/* SS_OK when every filter set in `f` (township, sector, department) is
 * one `ind` can be narrowed by; else an error naming the first that is
 * not. */
int	indicator_check_dims(struct ss_ctx *ctx, const struct indicator *ind,
	    const struct filter *f);

/* The same by key; an unknown key is an error. */
int	indicator_eval_key(struct ss_ctx *ctx, const char *key,
	    const struct filter *f, struct figure *out);

/* Nonzero when the figure is an integer of its kind (counts, yuan,
 * metres, ranks) rather than a rate, mean or published real. */
int	indicator_is_integer(const struct indicator *ind);

/* The English word for a kind ("count", "rate" ...), for listings. */
const char	*indicator_kind_name(enum indicator_kind kind);

/* The report section's stable key ("overview", "campaign" ...). */
const char	*indicator_section_key(enum report_section section);

/* Yuan as 万元 the way reports write it, exact and without trailing
 * zeros: 57120000 -> "5712", 123500 -> "12.35". */
void	indicator_format_wan(long long yuan, char *buf, size_t n);

/* Metres as 公里 the same way: 19518 -> "19.518", 8000 -> "8". */
void	indicator_format_km(long long metres, char *buf, size_t n);

/* SS_OK when the ledgers cover calendar year `year`; else an error
 * naming the years they cover. */
int	indicator_check_year(struct ss_ctx *ctx, int year);

/* Set f's period to calendar year `year`, with open items counted as of
 * its last day (or `today` when sooner), as filter_from_args would. */
void	indicator_filter_year(struct filter *f, int year, const char *today);

/* Narrow f to one sector, department (codes) or township (id), each
 * where given (NULL or 0 leaves it as it is): a figure's qualifier. */
void	indicator_filter_narrow(struct filter *f, const char *sector,
	    const char *dept, long long township);

#endif
