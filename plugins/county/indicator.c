/*
 * plugins/county/indicator.c -- the indicator catalogue and how a figure
 * is computed from it.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plugins/common/hazard-summary.h"
#include "plugins/common/lookup.h"
#include "plugins/common/rate.h"
#include "plugins/county/indicator.h"
#include "plugins/county/queries.h"

/* SQL fragments the catalogue's statements are written with (see
 * indicator-catalogue.def). */
#define IN_PERIOD(col)	col " BETWEEN ?1 AND ?2"
#define PLACE(alias)	FILTER_PLACE(alias)
#define SECTOR_OF(alias) "(?5 IS NULL OR " alias ".sector = ?5)"
#define DEPT_OF(alias)	"(?6 IS NULL OR " alias ".dept = ?6)"
#define COUNTY_WIDE(alias) \
	"(" alias ".county_id IN (SELECT c.county_id FROM county c" \
	" WHERE c.ledger = 1 AND (?3 IS NULL OR c.county_id = ?3)))"
#define YEAR_OF_PERIOD	"CAST(strftime('%Y', ?2) AS INTEGER)"
#define HOME_COUNTY \
	"(SELECT hc.county_id FROM county hc WHERE hc.code =" \
	" (SELECT value FROM dataset_info WHERE key = 'home_county'))"

/* The host binds exactly as many values as a statement has parameters;
 * this prefix declares all seven filters in every statement, whether or
 * not the indicator narrows by each. */
#define FILTER_DECLARE \
	"WITH filter_params AS (SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7) "

#define INDICATOR(k, zh, ...)	{ .key = #k, .name_zh = zh, __VA_ARGS__ },
static const struct indicator catalogue[] = {
#include "plugins/county/indicator-catalogue.def"
};
#undef INDICATOR

#define NCATALOGUE	(sizeof catalogue / sizeof catalogue[0])

const struct indicator *
indicator_table(size_t *n)
{
	*n = NCATALOGUE;
	return catalogue;
}

const struct indicator *
indicator_find(const char *key)
{
	size_t	 i;

	for (i = 0; i < NCATALOGUE; i++)
		if (strcmp(catalogue[i].key, key) == 0)
			return &catalogue[i];
	return NULL;
}

const char *
indicator_closest(const char *typed)
{
	const char	*keys[NCATALOGUE + 1];
	size_t		 i;

	for (i = 0; i < NCATALOGUE; i++)
		keys[i] = catalogue[i].key;
	keys[NCATALOGUE] = NULL;
	return ss_closest(typed, keys);
}

int
indicator_is_integer(const struct indicator *ind)
{
	return ind->kind == IND_COUNT || ind->kind == IND_AMOUNT ||
	    ind->kind == IND_LENGTH || ind->kind == IND_RANK;
}

const char *
indicator_kind_name(enum indicator_kind kind)
{
	switch (kind) {
	case IND_COUNT:		return "count";
	case IND_AMOUNT:	return "amount";
	case IND_LENGTH:	return "length";
	case IND_RATE:		return "rate";
	case IND_MEAN:		return "mean";
	case IND_RANK:		return "rank";
	case IND_REAL:		return "real";
	}
	return "?";
}

const char *
indicator_section_key(enum report_section section)
{
	switch (section) {
	case SEC_OVERVIEW:	return "overview";
	case SEC_CAMPAIGN:	return "campaign";
	case SEC_ENFORCEMENT:	return "enforcement";
	case SEC_OUTREACH:	return "outreach";
	case SEC_TRAFFIC:	return "traffic";
	case SEC_GAS:		return "gas";
	case SEC_CHEMICALS:	return "chemicals";
	case SEC_PROBLEMS:	return "problems";
	}
	return "?";
}

int
indicator_check_year(struct ss_ctx *ctx, int year)
{
	int	 first, last;

	if (lookup_first_ledger_year(ctx, &first) != SS_OK ||
	    lookup_last_ledger_year(ctx, &last) != SS_OK)
		return SS_ERR;
	if (year < first || year > last)
		return ss_error(ctx, "no ledgers for %d (the dataset covers "
		    "%d-%d)", year, first, last);
	return SS_OK;
}

void
indicator_filter_year(struct filter *f, int year, const char *today)
{
	snprintf(f->period.from, sizeof f->period.from, "%04d-01-01", year);
	snprintf(f->period.to, sizeof f->period.to, "%04d-12-31", year);
	snprintf(f->period.label, sizeof f->period.label, "%04d", year);
	f->period.year = year;
	snprintf(f->as_of, sizeof f->as_of, "%s",
	    strcmp(f->period.to, today) < 0 ? f->period.to : today);
}

void
indicator_filter_narrow(struct filter *f, const char *sector,
    const char *dept, long long township)
{
	if (sector != NULL)
		snprintf(f->sector.code, sizeof f->sector.code, "%s", sector);
	if (dept != NULL)
		snprintf(f->department.code, sizeof f->department.code, "%s",
		    dept);
	if (township != 0)
		f->township.id = township;
}

/* Prepare an indicator's statement with the filter's values: its own
 * SQL, or its counts' (from a summary when one answers). */
static struct ss_stmt *
prepare_figure(struct ss_ctx *ctx, const struct indicator *ind,
    const struct filter *f)
{
	char			 sql[4096];
	struct ss_value		 params[FILTER_NPARAMS];
	struct query_params	 p;
	struct ss_stmt		*st;
	char			*text;

	if (ind->counts != NULL) {
		query_params_init(&p, f);
		if ((text = grouped_total_sql(ctx, ind->counts, &p)) == NULL)
			return NULL;
		st = ss_prepare(ctx, text, p.v, query_params_bound(&p, text));
		free(text);
		return st;
	}
	if ((size_t)snprintf(sql, sizeof sql, "%s%s", FILTER_DECLARE,
	    ind->sql) >= sizeof sql) {
		ss_error(ctx, "indicator '%s': statement too long", ind->key);
		return NULL;
	}
	filter_bind(f, params);
	return ss_prepare(ctx, sql, params, FILTER_NPARAMS);
}

/* Run an indicator's statement and read its one number. */
static int
eval_sql(struct ss_ctx *ctx, const struct indicator *ind,
    const struct filter *f, struct figure *out)
{
	struct ss_stmt	*st;
	struct ss_value	 v;
	int		 rc;

	if ((st = prepare_figure(ctx, ind, f)) == NULL)
		return SS_ERR;
	rc = ss_step(st);
	if (rc == 1) {
		v = ss_column(st, 0);
		if (v.type == SS_INT) {
			out->known = 1;
			out->count = v.u.i;
			out->value = (double)v.u.i;
		} else if (v.type == SS_REAL) {
			out->known = 1;
			out->value = v.u.r;
			out->count = (long long)v.u.r;
		}
	}
	ss_finalize(st);
	return rc < 0 ? SS_ERR : SS_OK;
}

/* A rate (percent) or mean of two integer indicators, half-up to tenths
 * from the exact counts. */
static int
eval_ratio(struct ss_ctx *ctx, const struct indicator *ind,
    const struct filter *f, struct figure *out)
{
	struct figure	 num, den;

	if (indicator_eval_key(ctx, ind->num, f, &num) != SS_OK ||
	    indicator_eval_key(ctx, ind->den, f, &den) != SS_OK)
		return SS_ERR;
	out->num = num.count;
	out->den = den.count;
	if (!num.known || !den.known || den.count == 0)
		return SS_OK;
	out->known = 1;
	/* A mean in tenths is a percentage of 100 times the denominator. */
	out->count = ind->kind == IND_MEAN ?
	    rate_tenths(num.count, 100 * den.count) :
	    rate_tenths(num.count, den.count);
	out->value = out->count / 10.0;
	return SS_OK;
}

int
indicator_eval(struct ss_ctx *ctx, const struct indicator *ind,
    const struct filter *f, struct figure *out)
{
	memset(out, 0, sizeof *out);
	if (ind->base != NULL) {
		const struct indicator	*base = indicator_find(ind->base);
		struct filter		 fixed = *f;

		if (base == NULL)
			return ss_error(ctx, "indicator '%s': unknown base '%s'",
			    ind->key, ind->base);
		snprintf(fixed.sector.code, sizeof fixed.sector.code, "%s",
		    ind->sector);
		return indicator_eval(ctx, base, &fixed, out);
	}
	if (ind->num != NULL)
		return eval_ratio(ctx, ind, f, out);
	return eval_sql(ctx, ind, f, out);
}

int
indicator_check_dims(struct ss_ctx *ctx, const struct indicator *ind,
    const struct filter *f)
{
	if (f->township.id != 0 && !(ind->dims & DIM_TOWNSHIP))
		return ss_error(ctx, "indicator '%s' is not kept by township "
		    "(leave out --township)", ind->key);
	if (f->sector.code[0] != '\0' && !(ind->dims & DIM_SECTOR))
		return ss_error(ctx, "indicator '%s' is not kept by sector "
		    "(leave out --sector)", ind->key);
	if (f->department.code[0] != '\0' && !(ind->dims & DIM_DEPARTMENT))
		return ss_error(ctx, "indicator '%s' is not kept by department "
		    "(leave out --department)", ind->key);
	return SS_OK;
}

int
indicator_eval_key(struct ss_ctx *ctx, const char *key,
    const struct filter *f, struct figure *out)
{
	const struct indicator	*ind = indicator_find(key);

	if (ind == NULL)
		return ss_error(ctx, "unknown indicator '%s'", key);
	return indicator_eval(ctx, ind, f, out);
}

/* value / 10^digits with `digits` decimals at most, trailing zeros cut. */
static void
format_scaled(long long value, int digits, char *buf, size_t n)
{
	long long	 unit = 1, whole, frac;
	int		 i;

	for (i = 0; i < digits; i++)
		unit *= 10;
	whole = value / unit;
	frac = value % unit;
	if (frac < 0)
		frac = -frac;
	while (digits > 0 && frac != 0 && frac % 10 == 0) {
		frac /= 10;
		digits--;
	}
	if (frac == 0)
		snprintf(buf, n, "%lld", whole);
	else
		snprintf(buf, n, "%lld.%0*lld", whole, digits, frac);
}

void
indicator_format_wan(long long yuan, char *buf, size_t n)
{
	format_scaled(yuan, 4, buf, n);
}

void
indicator_format_km(long long metres, char *buf, size_t n)
{
	format_scaled(metres, 3, buf, n);
}
