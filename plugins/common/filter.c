/*
 * plugins/common/filter.c -- resolve a command's common filters.
 */
#include "config.h"

#include <stdio.h>
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

int
filter_from_args(struct ss_ctx *ctx, const struct ss_args *args,
    struct filter *f)
{
	const char	*as_of;
	int		 last_year;

	memset(f, 0, sizeof *f);
	if (lookup_last_ledger_year(ctx, &last_year) != SS_OK ||
	    period_from_args(ctx, args, last_year, &f->period) != SS_OK ||
	    resolve_option(ctx, args, "county", LOOKUP_COUNTY,
	    &f->county) != SS_OK ||
	    resolve_option(ctx, args, "township", LOOKUP_TOWNSHIP,
	    &f->township) != SS_OK ||
	    resolve_option(ctx, args, "sector", LOOKUP_SECTOR,
	    &f->sector) != SS_OK ||
	    resolve_option(ctx, args, "department", LOOKUP_DEPARTMENT,
	    &f->department) != SS_OK)
		return SS_ERR;
	/* Open items are counted as of the period's end, or today when the
	 * period has not ended yet. */
	as_of = ss_arg_text(args, "as-of");
	if (as_of == NULL) {
		const char *today = ss_today(ctx);

		as_of = strcmp(f->period.to, today) < 0 ? f->period.to : today;
	}
	snprintf(f->as_of, sizeof f->as_of, "%s", as_of);
	return SS_OK;
}

void
filter_bind(const struct filter *f, struct ss_value *params)
{
	params[0] = SS_TEXT_VALUE(f->period.from);
	params[1] = SS_TEXT_VALUE(f->period.to);
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
