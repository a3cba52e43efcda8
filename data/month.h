/*
 * data/month.h -- the length of a month, as the summaries' months need
 * it in C: the generator (data/gen/summary.c) and the refresh
 * (data/refresh.c) put a hazard's overdue event in the month of the day
 * after its deadline, which is the next month when the deadline is a
 * month's last day.
 */
#ifndef SAFESTAT_MONTH_H
#define SAFESTAT_MONTH_H

/* The last day of month m (1-12) of year y, Gregorian. */
static inline int
month_last_day(int y, int m)
{
	static const int mdays[12] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	return mdays[m - 1] + (m == 2 && y % 4 == 0 &&
	    (y % 100 != 0 || y % 400 == 0));
}

#endif
