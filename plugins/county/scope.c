/*
 * plugins/county/scope.c -- the period, places and years a result covers.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plugins/county/scope.h"

/* Emit the title "SUBJECT · WHEN · places · sector · department · 按BY". */
static int
title(struct ss_ctx *ctx, const struct filter *f, const char *subject,
    const char *when, const char *by_zh)
{
	char	 by[64] = "";

	if (by_zh != NULL)
		snprintf(by, sizeof by, " · 按%s", by_zh);
	return ss_block(ctx, SS_BLOCK_TITLE, "%s · %s%s%s%s%s%s%s%s%s%s",
	    subject, when,
	    f->county.name_zh[0] != '\0' ? " · " : "", f->county.name_zh,
	    f->township.name_zh[0] != '\0' ? " · " : "", f->township.name_zh,
	    f->sector.name_zh[0] != '\0' ? " · " : "", f->sector.name_zh,
	    f->department.name_zh[0] != '\0' ? " · " : "",
	    f->department.name_zh, by);
}

int
scope_title(struct ss_ctx *ctx, const struct filter *f, const char *subject,
    const char *by_zh)
{
	char	 period[64], when[96];

	title_period_zh(&f->period, period, sizeof period);
	if (strcmp(f->as_of, f->period.to) != 0)
		snprintf(when, sizeof when, "%s（截至%s）", period, f->as_of);
	else
		snprintf(when, sizeof when, "%s", period);
	return title(ctx, f, subject, when, by_zh);
}

int
scope_title_on_day(struct ss_ctx *ctx, const struct filter *f,
    const char *subject, const char *by_zh)
{
	char	 when[32];

	snprintf(when, sizeof when, "截至%s", f->as_of);
	return title(ctx, f, subject, when, by_zh);
}

/* Set p to the whole calendar years first..last. */
static void
set_years(struct period *p, int first, int last)
{
	/* The host keeps --year within 1900..2100 and --years within
	 * 1..100: four digits each. */
	snprintf(p->from, sizeof p->from, "%04u-01-01",
	    (unsigned)first % 10000);
	snprintf(p->to, sizeof p->to, "%04u-12-31", (unsigned)last % 10000);
	p->year = first == last ? last : 0;
	if (first == last)
		snprintf(p->label, sizeof p->label, "%04u",
		    (unsigned)last % 10000);
	else
		snprintf(p->label, sizeof p->label, "%04u-%04u",
		    (unsigned)first % 10000, (unsigned)last % 10000);
}

int
scope_years(struct ss_ctx *ctx, const struct ss_args *args, struct filter *f,
    struct period *asked, int clip)
{
	unsigned	 n = (unsigned)ss_arg_int(args, "years", 1);
	int		 first, last, ledger_first, ledger_last, known;

	if (asked != NULL)
		*asked = f->period;
	if (!ss_arg_has(args, "years"))
		return SS_OK;
	if (ss_arg_has(args, "from") || ss_arg_has(args, "to") ||
	    ss_arg_has(args, "quarter") || ss_arg_has(args, "month"))
		return ss_error(ctx, "--years counts whole calendar years back "
		    "from --year: give --year, not --from, --to, --quarter "
		    "or --month");
	if (ss_arg_has(args, "year"))
		last = (int)ss_arg_int(args, "year", 0);
	else if (filter_default_year(ctx, &last) != SS_OK)
		return SS_ERR;
	if (lookup_ledger_years(ctx, &ledger_first, &ledger_last,
	    &known) != SS_OK)
		return SS_ERR;
	first = last - (int)n + 1;
	if (asked != NULL)
		set_years(asked, first, last);
	/* Clip to the ledger years where they meet; a window wholly
	 * outside them stays as asked, and the notes say it has no
	 * ledger. */
	if (clip && known && first <= ledger_last && last >= ledger_first) {
		if (first < ledger_first)
			first = ledger_first;
		if (last > ledger_last)
			last = ledger_last;
	}
	set_years(&f->period, first, last);
	if (!ss_arg_has(args, "as-of"))
		return filter_default_as_of(ctx, f->period.to, f->as_of);
	return SS_OK;
}

int
scope_ledger_bounds(struct ss_ctx *ctx, const struct period *p, char *buf,
    size_t size, int *none)
{
	char	 first_day[11], last_day[11], since[64] = "", until[64] = "";
	int	 first, last, known;

	buf[0] = '\0';
	*none = 0;
	if (lookup_ledger_years(ctx, &first, &last, &known) != SS_OK)
		return SS_ERR;
	snprintf(first_day, sizeof first_day, "%04u-01-01",
	    (unsigned)first % 10000);
	snprintf(last_day, sizeof last_day, "%04u-12-31",
	    (unsigned)last % 10000);
	if (!known || strcmp(p->to, first_day) < 0 ||
	    strcmp(p->from, last_day) > 0) {
		*none = 1;
		return SS_OK;
	}
	if (strcmp(p->from, first_day) < 0)
		snprintf(since, sizeof since, "自%d年有台账记录以来", first);
	if (strcmp(p->to, last_day) > 0)
		snprintf(until, sizeof until, "台账记录截至%d年", last);
	if (since[0] != '\0' || until[0] != '\0')
		snprintf(buf, size, "（%s%s%s）", since,
		    since[0] != '\0' && until[0] != '\0' ? "，" : "", until);
	return SS_OK;
}

int
scope_check_as_of(struct ss_ctx *ctx, const struct ss_args *args,
    const struct filter *f)
{
	if (ss_arg_has(args, "as-of") && strcmp(f->as_of, f->period.from) < 0)
		return ss_error(ctx, "--as-of %s is before the period starts "
		    "(%s): nothing found in it could be counted by then",
		    f->as_of, f->period.from);
	return SS_OK;
}
