/*
 * plugins/common/period.c -- turn --year/--from/--to/--quarter/--month into
 * one inclusive date range.  The host has already checked each value's
 * shape (a real date, a year, YYYY-MM, YYYYQn); this decides how they
 * combine.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plugins/common/period.h"

/* Days in a month of a year (Gregorian). */
static int
days_in_month(int year, int month)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };
	int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

	return month == 2 && leap ? 29 : days[month - 1];
}

/* Set out->from/to to whole months first..last of `year`. */
static void
set_months(struct period *out, int year, int first, int last)
{
	snprintf(out->from, sizeof out->from, "%04d-%02d-01", year, first);
	snprintf(out->to, sizeof out->to, "%04d-%02d-%02d", year, last,
	    days_in_month(year, last));
	out->year = year;
}

int
period_resolve(const struct period_request *req, int default_year,
    struct period *out, char *err, size_t errlen)
{
	int	 ways = 0;

	memset(out, 0, sizeof *out);
	ways += req->year != NULL;
	ways += req->from != NULL || req->to != NULL;
	ways += req->quarter != NULL;
	ways += req->month != NULL;
	if (ways > 1) {
		snprintf(err, errlen, "give the period one way: --year, "
		    "--from/--to, --quarter or --month");
		return -1;
	}
	if (req->quarter != NULL) {
		int year = atoi(req->quarter);
		int q = req->quarter[5] - '0';

		set_months(out, year, 3 * q - 2, 3 * q);
		snprintf(out->label, sizeof out->label, "%.6s", req->quarter);
	} else if (req->month != NULL) {
		int year = atoi(req->month);
		int month = atoi(req->month + 5);

		set_months(out, year, month, month);
		snprintf(out->label, sizeof out->label, "%.7s", req->month);
	} else if (req->from != NULL || req->to != NULL) {
		snprintf(out->from, sizeof out->from, "%s",
		    req->from != NULL ? req->from : "0001-01-01");
		snprintf(out->to, sizeof out->to, "%s",
		    req->to != NULL ? req->to : "9999-12-31");
		if (strcmp(out->from, out->to) > 0) {
			snprintf(err, errlen, "--from %s is after --to %s",
			    out->from, out->to);
			return -1;
		}
		if (strncmp(out->from, out->to, 4) == 0)
			out->year = atoi(out->from);
		snprintf(out->label, sizeof out->label, "%s..%s",
		    req->from != NULL ? req->from : "",
		    req->to != NULL ? req->to : "");
	} else {
		int year = req->year != NULL ? atoi(req->year) : default_year;

		set_months(out, year, 1, 12);
		snprintf(out->label, sizeof out->label, "%04d", year);
	}
	return 0;
}

int
period_from_args(struct ss_ctx *ctx, const struct ss_args *args,
    int default_year, struct period *out)
{
	struct period_request	 req;
	char			 err[160];

	req.year = ss_arg_text(args, "year");
	req.from = ss_arg_text(args, "from");
	req.to = ss_arg_text(args, "to");
	req.quarter = ss_arg_text(args, "quarter");
	req.month = ss_arg_text(args, "month");
	if (period_resolve(&req, default_year, out, err, sizeof err) != 0)
		return ss_error(ctx, "%s", err);
	return SS_OK;
}

int
period_given(const struct ss_args *args)
{
	return ss_arg_has(args, "year") || ss_arg_has(args, "from") ||
	    ss_arg_has(args, "to") || ss_arg_has(args, "quarter") ||
	    ss_arg_has(args, "month");
}
