/*
 * plugins/county/gaps.h -- the weak spots of a year, derived from data:
 * what `gaps` lists and the report's problems section says.
 */
#ifndef SAFESTAT_COUNTY_GAPS_H
#define SAFESTAT_COUNTY_GAPS_H

#include <safestat/plugin.h>

#include "plugins/common/filter.h"

/* One weak spot. */
struct gap {
	const char	*kind;		/* stable key, e.g. insurance_under_50 */
	const char	*indicator;	/* the catalogue key of its figure */
	char		 subject[128];	/* the sector, department or township */
	int		 has_counts;	/* numerator and denominator are set:
					   the count the finding is about and
					   its base (0 where a kind has none:
					   one township's head count) */
	int		 is_ratio;	/* value is numerator / denominator (a
					   rate, a mean); else the count */
	long long	 numerator, denominator;
	int		 has_value;
	double		 value;		/* the figure that shows it */
	int		 has_yardstick;
	double		 yardstick;	/* what it was compared with */
	const char	*unit;		/* of value and yardstick */
	char		 finding[512];	/* the finding, in Chinese */
};

/* Called for each weak spot found; returns SS_OK to go on. */
typedef int	(*gap_fn)(struct ss_ctx *, const struct gap *, void *);

/* Find the weak spots of the filter's period (a year), in a fixed order
 * of kinds, and hand each to fn.  Returns SS_OK or SS_ERR. */
int	gaps_collect(struct ss_ctx *ctx, const struct filter *f, gap_fn fn,
	    void *arg);

/* The sectors the county's annual report breaks major hazards down by
 * (工贸 … 城镇燃气), as a NULL-terminated list of codes. */
extern const char *const gaps_report_breakdown[];

#endif
