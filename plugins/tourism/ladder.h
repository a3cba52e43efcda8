/*
 * plugins/tourism/ladder.h -- a spot's warning ladder: the share of its
 * daily capacity at which visitor flow turns yellow, orange and red (local
 * practice 80/90/100%, per spot in the data).
 *
 * A line is reached when the load as printed -- visitors / capacity, in
 * percent, one decimal rounded half-up from the exact counts -- is at or
 * above it: 80.0% is yellow, 79.9% is not.  Comparing what is printed means
 * a row never shows "80.0" beside "none".  The SQL form below applies the
 * same rule inside queries (flow, alerts on past days).
 */
#ifndef TOURISM_LADDER_H
#define TOURISM_LADDER_H

enum alert_level {
	ALERT_NONE = 0,
	ALERT_YELLOW,
	ALERT_ORANGE,
	ALERT_RED
};

/* The three lines, percent of the daily capacity, ascending. */
struct ladder {
	int	yellow_pct;
	int	orange_pct;
	int	red_pct;
};

/* The highest line `visitors` reaches at a spot of `capacity` (> 0). */
int		 ladder_alert(long long visitors, long long capacity,
		    const struct ladder *l);

/* "none", "yellow", "orange", "red". */
const char	*ladder_name(int level);

/* The load in tenths of a percent, half-up, as SQL over integer columns
 * (the same arithmetic as rate_tenths). */
#define LADDER_SQL_TENTHS(visitors, capacity) \
	"((2000 * (" visitors ")) / (" capacity ") + 1) / 2"

#endif
