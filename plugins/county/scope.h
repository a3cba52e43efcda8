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

/* The --years option of commands that look back over whole years. */
#define SCOPE_YEARS_OPTION \
	{ .name = "years", .type = SS_OPT_INT, .metavar = "N", .min = 1, \
	  .max = 100, .help = "the N calendar years ending with --year " \
	  "(default: the last ledger year)" }

/* The period as Chinese text: "2023年", "2021—2023年", "2023年第3季度",
 * "2023年9月", "2023-01-05至2023-02-01". */
void	scope_period_zh(const struct period *p, char *buf, size_t size);

/* Emit a title "SUBJECT · 2023年 · 柳河镇 · 工贸", ending with
 * " · 按WHAT" when `by_zh` is not NULL. */
int	scope_title(struct ss_ctx *ctx, const struct filter *f,
	    const char *subject, const char *by_zh);

/* --years N: make the period the N calendar years ending with --year, or
 * with the last ledger year when --year is absent.  Refuses --years with
 * --from, --to, --quarter or --month.  Does nothing without --years. */
int	scope_years(struct ss_ctx *ctx, const struct ss_args *args,
	    struct filter *f);

/* Refuse an --as-of day before the period starts: nothing found in the
 * period could be counted by then.  (The default, today, may be: a
 * period that has not begun counts nothing, which is no error.) */
int	scope_check_as_of(struct ss_ctx *ctx, const struct ss_args *args,
	    const struct filter *f);

#endif
