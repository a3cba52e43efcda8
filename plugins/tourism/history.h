/*
 * plugins/tourism/history.h -- one county's scenic spots, their daily
 * visitors, the holiday calendar and the weather, read from the dataset
 * into the shapes the forecaster takes (forecast.h), with the names the
 * commands print.
 */
#ifndef TOURISM_HISTORY_H
#define TOURISM_HISTORY_H

#include <safestat/plugin.h>

#include "plugins/tourism/forecast.h"
#include "plugins/tourism/ladder.h"

/* The holidays `tourism forecast --holiday` names, in its order, and the
 * kind each asks for in the holiday table (merged years are found through
 * the holiday_lookup view). */
extern const char *const holiday_choices[];	/* "mid-autumn", ... */
extern const char *const holiday_kinds[];	/* "mid_autumn", ... */

/* A spot as the commands print it. */
struct history_spot {
	long long	id;
	char		name_zh[128];
	int		capacity;
	struct ladder	ladder;
	int		last_day;	/* its last day with a count */
};

/* A holiday as the commands print it (parallel to the calendar's). */
struct history_holiday {
	char	kind[40];	/* holiday.kind */
	int	year;		/* the notice's year */
	char	name_zh[64];	/* 中秋节、国庆节 */
};

struct history {
	long long		 county_id;
	int			 nspots;
	struct history_spot	*spots;
	struct fc_spot		*fc_spots;	/* the same spots, for the model */
	int			 nholidays;
	struct history_holiday	*holidays;
	struct fc_holiday	*fc_holidays;	/* sorted by first day */
	struct fc_calendar	 calendar;
	int			 last_day;	/* the last day any spot has */
	/* storage behind the pointers above */
	int			*visitors;
	unsigned char		*status;
	int			*makeup;
	unsigned char		*weather;
};

/* Load the county's spots (all of them: their past errors make the
 * intervals) and calendar.  SS_OK, or SS_ERR with a message recorded. */
int	history_load(struct ss_ctx *ctx, long long county_id,
	    struct history *h);
void	history_free(struct history *h);

/* The index of spot `id` in h, or -1. */
int	history_spot_index(const struct history *h, long long id);

/* The index in h->fc_holidays of the holiday that `kind` (holiday_kinds[])
 * means in `year` (the merged Mid-Autumn and National Day in 2023 and
 * 2025), or -1 when the calendar has none. */
int	history_find_holiday(struct ss_ctx *ctx, const struct history *h,
	    const char *kind, int year);

/* What history_each calls for each county: its history and a forecaster
 * over all its spots (the documented parameters).  SS_OK or SS_ERR. */
typedef int	history_fn(struct ss_ctx *ctx, const struct history *h,
		    struct fc_model *model, void *arg);

/* Call fn for each ledger county in code order, or only for `county_id`
 * when it is not 0; stops at the first SS_ERR. */
int	history_each(struct ss_ctx *ctx, long long county_id, history_fn *fn,
	    void *arg);

#endif
