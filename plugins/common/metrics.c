/*
 * plugins/common/metrics.c -- emit summary figures as metric/value rows.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "plugins/common/metrics.h"
#include "plugins/common/rate.h"

#define METRICS_MAX_SRC	32
#define METRICS_AS_OF_PARAM	7	/* ?7 (filter.h) */

/* Append n / 10^digits to buf as a decimal without trailing zeros
 * ("5712", "12.35", "19.518"), rounding half-up to `keep` decimals. */
static void
decimal_text(char *buf, size_t len, long long n, int digits, int keep)
{
	long long	 unit = 1, drop = 1, whole, frac;
	int		 i, neg = n < 0;
	char		*end;

	for (i = 0; i < digits; i++)
		unit *= 10;
	for (i = keep; i < digits; i++)
		drop *= 10;
	if (neg)
		n = -n;
	n = (n + drop / 2) / drop;	/* now in units of 10^-keep */
	unit /= drop;
	whole = n / unit;
	frac = n % unit;
	if (keep == 0)
		snprintf(buf, len, "%s%lld", neg ? "-" : "", whole);
	else
		snprintf(buf, len, "%s%lld.%0*lld", neg ? "-" : "", whole, keep,
		    frac);
	if (keep > 0) {
		end = buf + strlen(buf) - 1;
		while (*end == '0')
			*end-- = '\0';
		if (*end == '.')
			*end = '\0';
	}
}

/* The value and the report-style reading of metric m from the cells. */
static void
metric_value(const struct metric *m, const struct ss_value *cells,
    struct ss_value *value, char *reading, size_t len)
{
	char	 num[64];

	reading[0] = '\0';
	if (m->kind == METRIC_RATE) {
		if (cells[m->num].type != SS_INT ||
		    cells[m->den].type != SS_INT) {
			*value = SS_NULL_VALUE;
			return;
		}
		*value = rate_value(cells[m->num].u.i, cells[m->den].u.i);
		if (value->type == SS_REAL) {
			long long t = rate_tenths(cells[m->num].u.i,
			    cells[m->den].u.i);

			snprintf(reading, len, "%s%lld.%lld%%", t < 0 ? "-" : "",
			    (t < 0 ? -t : t) / 10, (t < 0 ? -t : t) % 10);
		}
		return;
	}
	if (cells[m->src].type != SS_INT) {
		*value = SS_NULL_VALUE;
		return;
	}
	*value = cells[m->src];
	switch (m->kind) {
	case METRIC_YUAN:
		decimal_text(num, sizeof num, value->u.i, 4, 2);
		snprintf(reading, len, "%s万元", num);
		break;
	case METRIC_METRES:
		decimal_text(num, sizeof num, value->u.i, 3, 3);
		snprintf(reading, len, "%s公里", num);
		break;
	case METRIC_MONTH:
		snprintf(reading, len, "%lld月", value->u.i);
		break;
	default:
		snprintf(reading, len, "%lld%s", value->u.i,
		    m->unit != NULL ? m->unit : "");
		break;
	}
}

/* Nonzero when `sql` names parameter ?n (outside quoted text). */
static int
names_param(const char *sql, int n)
{
	const char	*s;
	int		 quoted = 0, k;

	for (s = sql; *s != '\0'; s++) {
		if (*s == '\'')
			quoted = !quoted;
		else if (*s == '?' && !quoted) {
			for (k = 0; s[1] >= '0' && s[1] <= '9'; s++)
				k = k * 10 + (s[1] - '0');
			if (k == n)
				return 1;
		}
	}
	return 0;
}

int
metrics_begin(struct ss_ctx *ctx)
{
	static const struct ss_column cols[] = {
		{ .name = "metric", .type = SS_TEXT },
		{ .name = "label", .type = SS_TEXT },
		{ .name = "value", .type = SS_REAL, .scale = -1 },
		{ .name = "as_of", .type = SS_TEXT },
		{ .name = "reading", .type = SS_TEXT, .flags = SS_COL_DISPLAY },
	};

	return ss_begin(ctx, cols, 5);
}

int
metrics_add(struct ss_ctx *ctx, const struct metric *m, int n,
    const char *sql, const struct query_params *p)
{
	struct ss_value	 cells[METRICS_MAX_SRC], value, as_of;
	struct ss_stmt	*st;
	char		 reading[96];
	int		 i, ncells, rc;

	/* Figures counted on the as-of day (?7) carry it.  Flows of the
	 * period (cases decided in it) do not depend on a day -- unless
	 * the as-of day came before the period's end and stopped the count
	 * there (?2 is then that day: filter_count_to). */
	as_of = names_param(sql, METRICS_AS_OF_PARAM) ||
	    (names_param(sql, 2) && p->period != NULL &&
	    strcmp(p->v[1].u.s, p->period->to) < 0) ?
	    p->v[METRICS_AS_OF_PARAM - 1] : SS_NULL_VALUE;

	st = ss_prepare(ctx, sql, p->v, query_params_bound(p, sql));
	if (st == NULL)
		return SS_ERR;
	ncells = ss_column_count(st);
	if (ncells > METRICS_MAX_SRC) {
		ss_finalize(st);
		return ss_error(ctx, "summary query has too many columns (%d)",
		    ncells);
	}
	/* One row of aggregates; no row at all reads as NULLs. */
	for (i = 0; i < ncells; i++)
		cells[i] = SS_NULL_VALUE;
	rc = ss_step(st);
	if (rc < 0) {
		ss_finalize(st);
		return SS_ERR;
	}
	for (i = 0; rc == 1 && i < ncells; i++) {
		cells[i] = ss_column(st, i);
		/* Counts that SQLite returns as reals (sum of a CASE) are
		 * still counts. */
		if (cells[i].type == SS_REAL)
			cells[i] = SS_INT_VALUE((long long)cells[i].u.r);
	}
	for (i = 0; i < n; i++) {
		metric_value(&m[i], cells, &value, reading, sizeof reading);
		if (ss_row(ctx, (struct ss_value[]){ SS_TEXT_VALUE(m[i].key),
		    SS_TEXT_VALUE(m[i].label), value, as_of,
		    reading[0] != '\0' ? SS_TEXT_VALUE(reading) :
		    SS_NULL_VALUE }) != SS_OK) {
			ss_finalize(st);
			return SS_ERR;
		}
	}
	ss_finalize(st);
	return SS_OK;
}

int
metrics_end(struct ss_ctx *ctx, const struct query_params *p)
{
	if (ss_end(ctx) != SS_OK)
		return SS_ERR;
	return query_coverage_note(ctx, p->period);
}
