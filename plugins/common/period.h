/*
 * plugins/common/period.h -- the reporting period of a command.
 *
 * Every plugin command that counts things takes the same period options:
 * --year Y, or --from DATE and/or --to DATE, or --quarter YYYYQn, or
 * --month YYYY-MM.  This turns whichever was given into one inclusive ISO
 * date range, so SQL compares `date BETWEEN ?from AND ?to` and nothing
 * else needs to know which option the user chose.
 */
#ifndef SAFESTAT_PERIOD_H
#define SAFESTAT_PERIOD_H

#include <stddef.h>

#include <safestat/plugin.h>

struct period {
	char	from[11];	/* first day, YYYY-MM-DD */
	char	to[11];		/* last day, inclusive */
	int	year;		/* the year when the period lies in one year, else 0 */
	char	label[40];	/* "2023", "2023Q3", "2023-09", "2023-01-05..2023-02-01" */
};

/* The option values as typed (NULL when absent). */
struct period_request {
	const char	*year;
	const char	*from;
	const char	*to;
	const char	*quarter;
	const char	*month;
};

/* Resolve a request into `out`; `default_year` is used when nothing was
 * given.  Returns 0, or -1 with a one-line message in err (two ways of
 * giving the period at once, --from after --to). */
int	period_resolve(const struct period_request *req, int default_year,
	    struct period *out, char *err, size_t errlen);

/* The same, reading the options of a command (`year`, `from`, `to`,
 * `quarter`, `month`; those the command does not declare read as absent)
 * and reporting errors through the host.  Returns SS_OK or SS_ERR. */
int	period_from_args(struct ss_ctx *ctx, const struct ss_args *args,
	    int default_year, struct period *out);

/* Nonzero when any of the period options was given: commands whose
 * default is not "the latest year" (an open-items list as of today) tell
 * the two cases apart with it. */
int	period_given(const struct ss_args *args);

/* Option-table entries for the period options, to splice into a command's
 * `struct ss_option` array. */
#define PERIOD_OPTIONS \
	{ .name = "year", .short_name = 'y', .type = SS_OPT_YEAR, \
	  .help = "calendar year (default: the latest year in the data)" }, \
	{ .name = "from", .type = SS_OPT_DATE, \
	  .help = "first day of the period" }, \
	{ .name = "to", .type = SS_OPT_DATE, \
	  .help = "last day of the period (inclusive)" }, \
	{ .name = "quarter", .type = SS_OPT_QUARTER, \
	  .help = "one quarter, e.g. 2023Q3" }, \
	{ .name = "month", .type = SS_OPT_MONTH, \
	  .help = "one month, e.g. 2023-09" }

#endif
