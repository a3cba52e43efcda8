/*
 * plugins/common/title.h -- what a result covers, said the way an analyst
 * reads it, as the title above its table: "燃气用户报警器 · 2023年 · 柳河镇 ·
 * 按用户类别 · 截至2023-12-31".
 *
 * A title names the subject, the period in Chinese, the places the
 * filters chose, the grouping, and -- when the figures are counted on a
 * day (open, in service, fixed by) -- that day, so that two tables read
 * side by side say which day each is about.  Machine formats carry no
 * titles: they get the day in an `as_of` column instead.
 */
#ifndef SAFESTAT_TITLE_H
#define SAFESTAT_TITLE_H

#include <stddef.h>

#include <safestat/plugin.h>

#include "plugins/common/filter.h"

/* The period as Chinese text: "2023年", "2021—2023年", "2023年第3季度",
 * "2023年9月", "截至2023-06-30" (no start), "2023-01-05起" (no end),
 * "2023-01-05至2023-02-01". */
void	title_period_zh(const struct period *p, char *buf, size_t size);

/* Emit the title "SUBJECT · PERIOD[ · county][ · township][ · 按BY]
 * [ · 截至AS-OF]": `by_zh` NULL leaves out the grouping, `with_as_of` 0
 * the day.  Does nothing in machine formats. */
int	title_emit(struct ss_ctx *ctx, const struct filter *f,
	    const char *subject, const char *by_zh, int with_as_of);

#endif
