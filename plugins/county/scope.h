/*
 * plugins/county/scope.h -- what a result covers, said the way an analyst
 * reads it: the period in Chinese ("2023年", "2023年第3季度"), the places,
 * sector and department chosen, and the last N calendar years of
 * `--years N`.
 */
#ifndef SAFESTAT_COUNTY_SCOPE_H
#define SAFESTAT_COUNTY_SCOPE_H

#include <stddef.h>

#include <safestat/plugin.h>

#include "plugins/common/filter.h"
#include "plugins/common/title.h"

/* The --years option of commands that look back over whole years. */
#define SCOPE_YEARS_OPTION \
	{ .name = "years", .type = SS_OPT_INT, .metavar = "N", .min = 1, \
	  .max = 100, .help = "the N calendar years ending with --year " \
	  "(default: the last ledger year), within the years the ledgers " \
	  "cover" }

/* Emit a title "SUBJECT · 2023年 · 柳河镇 · 工贸", ending with
 * " · 按WHAT" when `by_zh` is not NULL.  When the as-of day is not the
 * period's last day it governs the figures (counted up to it, or open
 * and rectified on it), and the title names it: "2023年（截至
 * 2023-06-30）". */
int	scope_title(struct ss_ctx *ctx, const struct filter *f,
	    const char *subject, const char *by_zh);

/* The same for a state on one day (insurance coverage), where the period
 * only chooses the day: "SUBJECT · 截至2023-12-31 · 柳河镇". */
int	scope_title_on_day(struct ss_ctx *ctx, const struct filter *f,
	    const char *subject, const char *by_zh);

/* --years N: make the period the N calendar years ending with --year, or
 * with the default year (filter.h) when --year is absent; with `clip`,
 * clipped to the years the ledgers cover where the two meet: nothing is
 * known of the years before the first ledger or after the last, so
 * `--year 2023 --years 10` is 2021-2023 (the as-of day follows the new
 * end).  Published figures (the risk index) are not ledgers: no clip.
 * Refuses --years with --from, --to, --quarter or --month.  Does nothing
 * without --years.  `asked`, when not NULL, gets the window as asked,
 * before the clipping (the period itself without --years), for
 * scope_ledger_bounds. */
int	scope_years(struct ss_ctx *ctx, const struct ss_args *args,
	    struct filter *f, struct period *asked, int clip);

/* Into buf: how the ledgers bound the period, for a finding such as
 * "未发生较大及以上事故" that must not claim years without records:
 * "（自2021年有台账记录以来）" when the period starts before the first
 * ledger year, "（台账记录截至2025年）" when it ends after the last one,
 * both joined, or "" when it lies within them.  Returns SS_OK with
 * *none set when the period and the ledgers do not meet at all (nothing
 * can be said), SS_ERR when the lookup fails. */
int	scope_ledger_bounds(struct ss_ctx *ctx, const struct period *p,
	    char *buf, size_t size, int *none);

/* Refuse an --as-of day before the period starts: nothing found in the
 * period could be counted by then.  (The default, today, may be: a
 * period that has not begun counts nothing, which is no error.) */
int	scope_check_as_of(struct ss_ctx *ctx, const struct ss_args *args,
	    const struct filter *f);

#endif
