/*
 * plugins/common/title.c -- the title above a result: subject, period,
 * places, grouping and as-of day.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plugins/common/title.h"

/* Nonzero when s starts with n ASCII digits. */
static int
digits(const char *s, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

void
title_period_zh(const struct period *p, char *buf, size_t size)
{
	const char	*l = p->label;
	size_t		 len = strlen(l);

	/* The labels period.c makes: "2023", "2021-2023", "2023Q3",
	 * "2023-09"; anything else is a range of days. */
	if (len == 4 && digits(l, 4))
		snprintf(buf, size, "%s年", l);
	else if (len == 9 && digits(l, 4) && l[4] == '-' && digits(l + 5, 4))
		snprintf(buf, size, "%.4s—%s年", l, l + 5);
	else if (len == 6 && digits(l, 4) && l[4] == 'Q')
		snprintf(buf, size, "%.4s年第%c季度", l, l[5]);
	else if (len == 7 && digits(l, 4) && l[4] == '-' && digits(l + 5, 2))
		snprintf(buf, size, "%.4s年%d月", l, atoi(l + 5));
	else if (strcmp(p->from, "0001-01-01") == 0)
		snprintf(buf, size, "截至%s", p->to);
	else if (strcmp(p->to, "9999-12-31") == 0)
		snprintf(buf, size, "%s起", p->from);
	else
		snprintf(buf, size, "%s至%s", p->from, p->to);
}

int
title_emit(struct ss_ctx *ctx, const struct filter *f, const char *subject,
    const char *by_zh, int with_as_of)
{
	char	 period[64], by[96] = "", as_of[32] = "";

	if (!ss_rich(ctx))
		return SS_OK;
	title_period_zh(&f->period, period, sizeof period);
	if (by_zh != NULL)
		snprintf(by, sizeof by, " · 按%s", by_zh);
	/* "截至D · 截至D" would say the same twice. */
	if (with_as_of && !(strcmp(f->period.from, "0001-01-01") == 0 &&
	    strcmp(f->period.to, f->as_of) == 0))
		snprintf(as_of, sizeof as_of, " · 截至%s", f->as_of);
	return ss_block(ctx, SS_BLOCK_TITLE, "%s · %s%s%s%s%s%s%s", subject,
	    period,
	    f->county.name_zh[0] != '\0' ? " · " : "", f->county.name_zh,
	    f->township.name_zh[0] != '\0' ? " · " : "", f->township.name_zh,
	    by, as_of);
}
