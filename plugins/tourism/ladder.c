/*
 * plugins/tourism/ladder.c -- which warning line a day's load reaches.
 */
#include "config.h"

#include "plugins/common/rate.h"
#include "plugins/tourism/ladder.h"

int
ladder_alert(long long visitors, long long capacity, const struct ladder *l)
{
	long long	tenths = rate_tenths(visitors, capacity);

	if (tenths >= 10LL * l->red_pct)
		return ALERT_RED;
	if (tenths >= 10LL * l->orange_pct)
		return ALERT_ORANGE;
	if (tenths >= 10LL * l->yellow_pct)
		return ALERT_YELLOW;
	return ALERT_NONE;
}

const char *
ladder_name(int level)
{
	static const char *const names[] = { "none", "yellow", "orange",
	    "red" };

	return level >= ALERT_NONE && level <= ALERT_RED ? names[level] :
	    "none";
}
