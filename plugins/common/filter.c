/*
 * plugins/common/filter.c -- resolve a command's common filters.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plugins/common/filter.h"

/* Resolve option `name` of `kind` into *out when given. */
static int
resolve_option(struct ss_ctx *ctx, const struct ss_args *args,
    const char *name, enum lookup_kind kind, struct lookup_result *out)
{
	const char	*typed = ss_arg_text(args, name);

	memset(out, 0, sizeof *out);
	if (typed == NULL)
		return SS_OK;
	return lookup_resolve(ctx, kind, typed, out);
}

/* The last day the ledgers cover into day[11]: 31 December of the last
 * ledger year; "9999-12-31" (no cap) when no ledger holds a row. */
static int
data_end(struct ss_ctx *ctx, char *day)
{
	int	 first, last, known;

	if (lookup_ledger_years(ctx, &first, &last, &known) != SS_OK)
		return SS_ERR;
	if (known)
		snprintf(day, 11, "%04u-12-31", (unsigned)last % 10000);
	else
		snprintf(day, 11, "9999-12-31");
	return SS_OK;
}

/* Copy the earlier of two ISO days into out[11] (which may be b). */
static void
earlier_day(const char *a, const char *b, char *out)
{
	const char	*day = strcmp(a, b) <= 0 ? a : b;

	if (day != out)
		snprintf(out, 11, "%s", day);
}

int
filter_default_as_of(struct ss_ctx *ctx, const char *period_end,
    char *as_of)
{
	char	 end[11];

	if (data_end(ctx, end) != SS_OK)
		return SS_ERR;
	earlier_day(ss_today(ctx), end, as_of);
	if (period_end != NULL)
		earlier_day(period_end, as_of, as_of);
	return SS_OK;
}

int
filter_default_year(struct ss_ctx *ctx, int *year)
{
	char	 day[11];

	if (filter_default_as_of(ctx, NULL, day) != SS_OK)
		return SS_ERR;
	*year = atoi(day);
	return SS_OK;
}

int
filter_from_args(struct ss_ctx *ctx, const struct ss_args *args,
    struct filter *f)
{
	const char	*as_of = ss_arg_text(args, "as-of");
	char		 latest[11];

	/* One lookup of the ledgers' span serves both defaults: the year
	 * (that of today or the data's end, the earlier) and the as-of day
	 * (the same day, no later than the period's end). */
	memset(f, 0, sizeof *f);
	if (filter_default_as_of(ctx, NULL, latest) != SS_OK ||
	    period_from_args(ctx, args, atoi(latest), &f->period) != SS_OK ||
	    resolve_option(ctx, args, "county", LOOKUP_COUNTY,
	    &f->county) != SS_OK ||
	    resolve_option(ctx, args, "township", LOOKUP_TOWNSHIP,
	    &f->township) != SS_OK ||
	    resolve_option(ctx, args, "sector", LOOKUP_SECTOR,
	    &f->sector) != SS_OK ||
	    resolve_option(ctx, args, "department", LOOKUP_DEPARTMENT,
	    &f->department) != SS_OK)
		return SS_ERR;
	if (as_of != NULL)
		snprintf(f->as_of, sizeof f->as_of, "%s", as_of);
	else
		earlier_day(f->period.to, latest, f->as_of);
	return SS_OK;
}

const char *
filter_count_to(const struct filter *f)
{
	return strcmp(f->period.to, f->as_of) <= 0 ? f->period.to : f->as_of;
}

void
filter_bind(const struct filter *f, struct ss_value *params)
{
	params[0] = SS_TEXT_VALUE(f->period.from);
	params[1] = SS_TEXT_VALUE(filter_count_to(f));
	params[2] = f->county.id != 0 ? SS_INT_VALUE(f->county.id) :
	    SS_NULL_VALUE;
	params[3] = f->township.id != 0 ? SS_INT_VALUE(f->township.id) :
	    SS_NULL_VALUE;
	params[4] = f->sector.code[0] != '\0' ?
	    SS_TEXT_VALUE(f->sector.code) : SS_NULL_VALUE;
	params[5] = f->department.code[0] != '\0' ?
	    SS_TEXT_VALUE(f->department.code) : SS_NULL_VALUE;
	params[6] = SS_TEXT_VALUE(f->as_of);
}
