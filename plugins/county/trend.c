/*
 * plugins/county/trend.c -- `trend INDICATOR [--years Y1-Y2]`: one
 * indicator of the catalogue per year, with the year-on-year change
 * (in percentage points for rates).  Without an operand it lists the
 * catalogue.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plugins/common/filter.h"
#include "plugins/common/lookup.h"
#include "plugins/common/rate.h"
#include "plugins/county/analysis.h"
#include "plugins/county/indicator.h"

/* The list of keys for `help trend`, made from the catalogue itself. */
#define INDICATOR(k, zh, ...)	"  " #k "  " zh "\n"
const char trend_help[] =
    "One indicator of the county's annual report per year: its value, the\n"
    "change from the year before (change, change_pct; for rates change_pp,\n"
    "in percentage points) and, for rates and means, the two counts they\n"
    "are computed from.  Hazard figures are the cohort of each year (found\n"
    "in the year, rectified by its last day).  Without an indicator, lists\n"
    "them all.  --township, --sector and --department narrow the indicators\n"
    "kept that way.  The indicators:\n"
#include "plugins/county/indicator-catalogue.def"
    ;
#undef INDICATOR

const char *const trend_examples[] = {
	"trend general_rectification_rate --years 2021-2025",
	"trend major_hazards_found --sector construction",
	"trend fines",
	"trend",
	NULL
};

const struct ss_option trend_options[] = {
	{ .name = "years", .type = SS_OPT_TEXT, .metavar = "Y1-Y2",
	  .help = "the years, e.g. 2021-2025 or 2023 (default: every "
	  "ledger year)" },
	FILTER_TOWNSHIP_OPTION,
	FILTER_COUNTY_OPTION,
	FILTER_SECTOR_OPTION,
	FILTER_DEPARTMENT_OPTION,
	{ .name = NULL }
};

/* Parse --years ("2023" or "2021-2025") within the ledger years. */
static int
parse_years(struct ss_ctx *ctx, const char *text, int *first, int *last)
{
	int	 ledger_first, ledger_last, n, a, b;
	char	 dash, extra;

	if (lookup_first_ledger_year(ctx, &ledger_first) != SS_OK ||
	    lookup_last_ledger_year(ctx, &ledger_last) != SS_OK)
		return SS_ERR;
	if (text == NULL) {
		*first = ledger_first;
		*last = ledger_last;
		return SS_OK;
	}
	n = sscanf(text, "%4d%c%4d%c", &a, &dash, &b, &extra);
	if (n == 1 && strlen(text) == 4)
		b = a;
	else if (!(n == 3 && dash == '-'))
		return ss_error(ctx, "invalid --years '%s' (give a year or a "
		    "range such as %d-%d)", text, ledger_first, ledger_last);
	if (a > b)
		return ss_error(ctx, "invalid --years '%s': %d is after %d",
		    text, a, b);
	if (a < ledger_first || b > ledger_last)
		return ss_error(ctx, "no ledgers for --years '%s' (the dataset "
		    "covers %d-%d)", text, ledger_first, ledger_last);
	*first = a;
	*last = b;
	return SS_OK;
}

/* List the catalogue: key, Chinese name, unit, kind, report section. */
static int
list_indicators(struct ss_ctx *ctx)
{
	static const struct ss_column cols[] = {
		{ .name = "indicator", .type = SS_TEXT },
		{ .name = "name_zh", .type = SS_TEXT },
		{ .name = "unit", .type = SS_TEXT },
		{ .name = "kind", .type = SS_TEXT },
		{ .name = "section", .type = SS_TEXT },
	};
	const struct indicator	*table;
	size_t			 n, i;

	table = indicator_table(&n);
	if (ss_block(ctx, SS_BLOCK_TITLE, "统计指标目录（trend 指标键）") != SS_OK ||
	    ss_begin(ctx, cols, 5) != SS_OK)
		return SS_ERR;
	for (i = 0; i < n; i++)
		if (ss_row(ctx, (struct ss_value[]){
		    SS_TEXT_VALUE(table[i].key),
		    SS_TEXT_VALUE(table[i].name_zh),
		    SS_TEXT_VALUE(table[i].unit),
		    SS_TEXT_VALUE(indicator_kind_name(table[i].kind)),
		    SS_TEXT_VALUE(indicator_section_key(table[i].section)) })
		    != SS_OK)
			return SS_ERR;
	return ss_end(ctx);
}

/* The columns of a trend of `ind`: how many and which. */
static int
trend_columns(const struct indicator *ind, struct ss_column *cols)
{
	int	 n = 0;

	memset(cols, 0, 6 * sizeof *cols);
	cols[n++] = (struct ss_column){ .name = "year", .type = SS_INT };
	switch (ind->kind) {
	case IND_RATE:
	case IND_MEAN:
		cols[n++] = (struct ss_column){ .name = "numerator",
		    .type = SS_INT };
		cols[n++] = (struct ss_column){ .name = "denominator",
		    .type = SS_INT };
		cols[n++] = (struct ss_column){ .name = "value",
		    .type = SS_REAL, .scale = 1 };
		if (ind->kind == IND_RATE) {
			cols[n++] = (struct ss_column){ .name = "change_pp",
			    .type = SS_REAL, .scale = 1 };
		} else {
			cols[n++] = (struct ss_column){ .name = "change",
			    .type = SS_REAL, .scale = 1 };
			cols[n++] = (struct ss_column){ .name = "change_pct",
			    .type = SS_REAL, .scale = 1 };
		}
		break;
	case IND_REAL:
		cols[n++] = (struct ss_column){ .name = "value",
		    .type = SS_REAL, .scale = 2 };
		cols[n++] = (struct ss_column){ .name = "change",
		    .type = SS_REAL, .scale = 2 };
		cols[n++] = (struct ss_column){ .name = "change_pct",
		    .type = SS_REAL, .scale = 1 };
		break;
	default:
		cols[n++] = (struct ss_column){ .name = "value",
		    .type = SS_INT };
		if (ind->kind == IND_AMOUNT)
			cols[n++] = (struct ss_column){ .name = "value_wan",
			    .type = SS_REAL, .scale = 2,
			    .flags = SS_COL_DISPLAY };
		if (ind->kind == IND_LENGTH)
			cols[n++] = (struct ss_column){ .name = "value_km",
			    .type = SS_REAL, .scale = 3,
			    .flags = SS_COL_DISPLAY };
		cols[n++] = (struct ss_column){ .name = "change",
		    .type = SS_INT };
		if (ind->kind != IND_RANK)
			cols[n++] = (struct ss_column){ .name = "change_pct",
			    .type = SS_REAL, .scale = 1 };
		break;
	}
	return n;
}

/* x in hundredths, rounded half away from zero (without libm: the
 * plugin links nothing but libc). */
static long long
hundredths(double x)
{
	return (long long)(x * 100 + (x < 0 ? -0.5 : 0.5));
}

/* Fill one row of `ind` for `year` from this year's and last year's
 * figures (last NULL for the first year). */
static void
trend_row(const struct indicator *ind, int year, const struct figure *fig,
    const struct figure *last, struct ss_value *row)
{
	int	 n = 0, has_last = last != NULL && last->known && fig->known;
	long long h, lh;

	row[n++] = SS_INT_VALUE(year);
	switch (ind->kind) {
	case IND_RATE:
	case IND_MEAN:
		row[n++] = SS_INT_VALUE(fig->num);
		row[n++] = SS_INT_VALUE(fig->den);
		row[n++] = fig->known ? SS_REAL_VALUE(fig->value) :
		    SS_NULL_VALUE;
		row[n++] = has_last ?
		    SS_REAL_VALUE((fig->count - last->count) / 10.0) :
		    SS_NULL_VALUE;
		if (ind->kind == IND_MEAN)
			row[n++] = has_last ?
			    change_value(fig->count, last->count) :
			    SS_NULL_VALUE;
		break;
	case IND_REAL:
		/* Published figures have at most two decimals: compare
		 * them in hundredths, exactly. */
		h = hundredths(fig->value);
		lh = has_last ? hundredths(last->value) : 0;
		row[n++] = fig->known ? SS_REAL_VALUE(fig->value) :
		    SS_NULL_VALUE;
		row[n++] = has_last ? SS_REAL_VALUE((h - lh) / 100.0) :
		    SS_NULL_VALUE;
		row[n++] = has_last ? change_value(h, lh) : SS_NULL_VALUE;
		break;
	default:
		row[n++] = fig->known ? SS_INT_VALUE(fig->count) :
		    SS_NULL_VALUE;
		if (ind->kind == IND_AMOUNT)
			row[n++] = fig->known ?
			    SS_REAL_VALUE(fig->count / 10000.0) : SS_NULL_VALUE;
		if (ind->kind == IND_LENGTH)
			row[n++] = fig->known ?
			    SS_REAL_VALUE(fig->count / 1000.0) : SS_NULL_VALUE;
		row[n++] = has_last ? SS_INT_VALUE(fig->count - last->count) :
		    SS_NULL_VALUE;
		if (ind->kind != IND_RANK)
			row[n++] = has_last ?
			    change_value(fig->count, last->count) :
			    SS_NULL_VALUE;
		break;
	}
}

/* The heading of a trend: what the indicator is, narrowed to what. */
static int
trend_title(struct ss_ctx *ctx, const struct indicator *ind,
    const struct filter *f, int first, int last)
{
	char	 narrowed[400] = "";

	if (f->township.id != 0 || f->sector.code[0] != '\0' ||
	    f->department.code[0] != '\0')
		snprintf(narrowed, sizeof narrowed, "（%s%s%s）",
		    f->township.name_zh, f->sector.name_zh,
		    f->department.name_zh);
	return ss_block(ctx, SS_BLOCK_TITLE, "%s%s（%s，%s），%d—%d年",
	    ind->name_zh, narrowed, ind->key, ind->unit, first, last);
}

/* The note under a trend of a rate or mean: how its value is made from
 * the two counts beside it, and what its change column measures.  Sent
 * while the result set is open, so that rich formats print it after
 * the table it explains. */
static int
trend_note(struct ss_ctx *ctx, const struct indicator *ind)
{
	const struct indicator	*num, *den;

	if (ind->num == NULL)
		return SS_OK;
	num = indicator_find(ind->num);
	den = indicator_find(ind->den);
	return ss_block(ctx, SS_BLOCK_NOTE, "value = numerator（%s，%s）÷ "
	    "denominator（%s，%s）%s，按精确计数四舍五入保留一位小数；%s",
	    num ? num->name_zh : ind->num, ind->num,
	    den ? den->name_zh : ind->den, ind->den,
	    ind->kind == IND_RATE ? "× 100" : "",
	    ind->kind == IND_RATE ? "change_pp为与上年相比增减的百分点" :
	    "change为与上年相比的增减，change_pct为增减幅度（%）");
}

/* Emit the yearly rows of `ind`, then its note.  No total row: a sum
 * over years is not a figure of any year, and most of the catalogue
 * cannot be summed at all (stocks on the as-of day such as
 * units_supervised and major_hazards_open, three-year windows, rates,
 * means, ranks); scripts that want a multi-year sum of a flow add the
 * values themselves. */
static int
emit_trend(struct ss_ctx *ctx, const struct indicator *ind,
    struct filter *f, int first, int last)
{
	struct ss_column cols[6];
	struct ss_value	 row[6];
	struct figure	 fig, prev;
	int		 ncols, year;
	const char	*today = ss_today(ctx);

	ncols = trend_columns(ind, cols);
	if (trend_title(ctx, ind, f, first, last) != SS_OK ||
	    ss_begin(ctx, cols, ncols) != SS_OK)
		return SS_ERR;
	for (year = first; year <= last; year++) {
		if (ss_interrupted(ctx))
			return ss_error(ctx, "interrupted");
		indicator_filter_year(f, year, today);
		if (indicator_eval(ctx, ind, f, &fig) != SS_OK)
			return SS_ERR;
		trend_row(ind, year, &fig, year > first ? &prev : NULL, row);
		if (ss_row(ctx, row) != SS_OK)
			return SS_ERR;
		prev = fig;
	}
	if (trend_note(ctx, ind) != SS_OK)
		return SS_ERR;
	return ss_end(ctx);
}

int
trend_run(struct ss_ctx *ctx, const struct ss_args *args)
{
	const struct indicator	*ind;
	struct filter		 f;
	const char		*key, *close;
	int			 first = 0, last = 0;

	if (ss_operand_count(args) == 0)
		return list_indicators(ctx);
	key = ss_operand(args, 0);
	if ((ind = indicator_find(key)) == NULL) {
		if ((close = indicator_closest(key)) != NULL)
			return ss_error(ctx, "unknown indicator '%s' (did you "
			    "mean '%s'?)", key, close);
		return ss_error(ctx, "unknown indicator '%s' (try 'trend' for "
		    "the list)", key);
	}
	if (filter_from_args(ctx, args, &f) != SS_OK ||
	    indicator_check_dims(ctx, ind, &f) != SS_OK ||
	    parse_years(ctx, ss_arg_text(args, "years"), &first, &last) !=
	    SS_OK)
		return SS_ERR;
	return emit_trend(ctx, ind, &f, first, last);
}

void
trend_complete(struct ss_ctx *ctx, const char *option, const char *prefix)
{
	const struct indicator	*table;
	size_t			 n, i, len = strlen(prefix);

	if (option != NULL)
		return;
	table = indicator_table(&n);
	for (i = 0; i < n; i++)
		if (strncmp(table[i].key, prefix, len) == 0)
			ss_candidate(ctx, table[i].key);
}
