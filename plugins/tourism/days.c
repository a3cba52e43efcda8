/*
 * plugins/tourism/days.c -- day numbers <-> dates (Howard Hinnant's
 * days_from_civil and civil_from_days, proleptic Gregorian).
 */
#include "config.h"

#include <stdio.h>

#include "plugins/tourism/days.h"

int
day_from_ymd(int year, int month, int day)
{
	int		y = month <= 2 ? year - 1 : year;
	int		era = (y >= 0 ? y : y - 399) / 400;
	int		yoe = y - era * 400;
	int		doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 +
			    day - 1;
	int		doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

/* Split a day number into year, month and day. */
static void
ymd_from_day(int z, int *year, int *month, int *day)
{
	int	era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*day = doy - (153 * mp + 2) / 5 + 1;
	*month = mp < 10 ? mp + 3 : mp - 9;
	*year = yoe + era * 400 + (*month <= 2);
}

int
day_from_iso(const char *text, int *day)
{
	int	y, m, d, n = 0;

	if (text == NULL || sscanf(text, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 ||
	    n != 10 || m < 1 || m > 12 || d < 1 || d > 31)
		return -1;
	*day = day_from_ymd(y, m, d);
	return 0;
}

void
day_to_iso(int day, char out[11])
{
	char	text[40];
	int	y, m, d;

	/* Through a buffer wide enough for any int, so that the compiler
	 * need not prove the year has four digits. */
	ymd_from_day(day, &y, &m, &d);
	snprintf(text, sizeof text, "%04d-%02d-%02d", y, m, d);
	snprintf(out, 11, "%.10s", text);
}

int
day_year(int day)
{
	int	y, m, d;

	ymd_from_day(day, &y, &m, &d);
	return y;
}

int
day_month(int day)
{
	int	y, m, d;

	ymd_from_day(day, &y, &m, &d);
	return m;
}

int
day_weekday(int day)
{
	/* 1970-01-01 was a Thursday. */
	int	w = (day + 4) % 7;

	return w < 0 ? w + 7 : w;
}
