/*
 * data/gen/calendar.c -- dates as day numbers, and the holiday calendar
 * 2021-2026 as the State Council's yearly notices set it (国务院办公厅关于
 * 20xx年部分节假日安排的通知; checked against published copies of each
 * notice, see docs/data.md).
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "data/gen/gen.h"

/* Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm). */
int
day_from_ymd(int y, int m, int d)
{
	int	era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void
day_to_ymd(int day, int *y, int *m, int *d)
{
	int	z = day + 719468, era, doe, yoe, doy, mp;

	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yoe + era * 400 + (*m <= 2);
}

int
day_weekday(int day)
{
	/* 1970-01-01 was a Thursday (4). */
	return ((day % 7) + 11) % 7;
}

int
day_year(int day)
{
	int	y, m, d;

	day_to_ymd(day, &y, &m, &d);
	return y;
}

int
year_first_day(int y)
{
	return day_from_ymd(y, 1, 1);
}

int
year_last_day(int y)
{
	return day_from_ymd(y, 12, 31);
}

int
day_add_years(int day, int years)
{
	int	y, m, d;

	day_to_ymd(day, &y, &m, &d);
	if (m == 2 && d == 29)
		d = 28;
	return day_from_ymd(y + years, m, d);
}

void
day_iso(int day, char *out)
{
	int	y, m, d;

	day_to_ymd(day, &y, &m, &d);
	out[0] = (char)('0' + y / 1000);
	out[1] = (char)('0' + y / 100 % 10);
	out[2] = (char)('0' + y / 10 % 10);
	out[3] = (char)('0' + y % 10);
	out[4] = '-';
	out[5] = (char)('0' + m / 10);
	out[6] = (char)('0' + m % 10);
	out[7] = '-';
	out[8] = (char)('0' + d / 10);
	out[9] = (char)('0' + d % 10);
	out[10] = '\0';
}

/* The notices, as written: kind, year, first and last day (month, day;
 * a first month of 12 is in the previous year), make-up workdays. */
struct holiday_spec {
	const char	*kind;
	int		 year;
	int		 fm, fd, lm, ld;
	int		 makeup[3][2];
};

static const struct holiday_spec holiday_specs[] = {
	{ "new_year",		2021, 1, 1, 1, 3, { {0} } },
	{ "spring_festival",	2021, 2, 11, 2, 17, { {2, 7}, {2, 20} } },
	{ "two_sessions",	2021, 3, 4, 3, 11, { {0} } },
	{ "qingming",		2021, 4, 3, 4, 5, { {0} } },
	{ "may_day",		2021, 5, 1, 5, 5, { {4, 25}, {5, 8} } },
	{ "dragon_boat",	2021, 6, 12, 6, 14, { {0} } },
	{ "mid_autumn",		2021, 9, 19, 9, 21, { {9, 18} } },
	{ "national_day",	2021, 10, 1, 10, 7, { {9, 26}, {10, 9} } },

	{ "new_year",		2022, 1, 1, 1, 3, { {0} } },
	{ "spring_festival",	2022, 1, 31, 2, 6, { {1, 29}, {1, 30} } },
	{ "two_sessions",	2022, 3, 4, 3, 11, { {0} } },
	{ "qingming",		2022, 4, 3, 4, 5, { {4, 2} } },
	{ "may_day",		2022, 4, 30, 5, 4, { {4, 24}, {5, 7} } },
	{ "dragon_boat",	2022, 6, 3, 6, 5, { {0} } },
	{ "mid_autumn",		2022, 9, 10, 9, 12, { {0} } },
	{ "national_day",	2022, 10, 1, 10, 7, { {10, 8}, {10, 9} } },

	{ "new_year",		2023, 12, 31, 1, 2, { {0} } },
	{ "spring_festival",	2023, 1, 21, 1, 27, { {1, 28}, {1, 29} } },
	{ "two_sessions",	2023, 3, 4, 3, 13, { {0} } },
	{ "qingming",		2023, 4, 5, 4, 5, { {0} } },
	{ "may_day",		2023, 4, 29, 5, 3, { {4, 23}, {5, 6} } },
	{ "dragon_boat",	2023, 6, 22, 6, 24, { {6, 25} } },
	{ "mid_autumn_national_day", 2023, 9, 29, 10, 6, { {10, 7}, {10, 8} } },

	{ "new_year",		2024, 12, 30, 1, 1, { {0} } },
	{ "spring_festival",	2024, 2, 10, 2, 17, { {2, 4}, {2, 18} } },
	{ "two_sessions",	2024, 3, 4, 3, 11, { {0} } },
	{ "qingming",		2024, 4, 4, 4, 6, { {4, 7} } },
	{ "may_day",		2024, 5, 1, 5, 5, { {4, 28}, {5, 11} } },
	{ "dragon_boat",	2024, 6, 8, 6, 10, { {0} } },
	{ "mid_autumn",		2024, 9, 15, 9, 17, { {9, 14} } },
	{ "national_day",	2024, 10, 1, 10, 7, { {9, 29}, {10, 12} } },

	{ "new_year",		2025, 1, 1, 1, 1, { {0} } },
	{ "spring_festival",	2025, 1, 28, 2, 4, { {1, 26}, {2, 8} } },
	{ "two_sessions",	2025, 3, 4, 3, 11, { {0} } },
	{ "qingming",		2025, 4, 4, 4, 6, { {0} } },
	{ "may_day",		2025, 5, 1, 5, 5, { {4, 27} } },
	{ "dragon_boat",	2025, 5, 31, 6, 2, { {0} } },
	{ "mid_autumn_national_day", 2025, 10, 1, 10, 8, { {9, 28}, {10, 11} } },

	{ "new_year",		2026, 1, 1, 1, 3, { {1, 4} } },
	{ "spring_festival",	2026, 2, 15, 2, 23, { {2, 14}, {2, 28} } },
	{ "two_sessions",	2026, 3, 4, 3, 12, { {0} } },
	{ "qingming",		2026, 4, 4, 4, 6, { {0} } },
	{ "may_day",		2026, 5, 1, 5, 5, { {5, 9} } },
	{ "dragon_boat",	2026, 6, 19, 6, 21, { {0} } },
	{ "mid_autumn",		2026, 9, 25, 9, 27, { {0} } },
	{ "national_day",	2026, 10, 1, 10, 7, { {9, 20}, {10, 10} } },
};
#define NHOLIDAYS (int)(sizeof holiday_specs / sizeof holiday_specs[0])

/* The calendar as day numbers, filled from holiday_specs on first use
 * (constant afterwards: the same for every county). */
static struct holiday	holidays[NHOLIDAYS];
static int		holidays_ready;

/* Turn holiday_specs into day numbers (once; constant afterwards). */
static void
holidays_fill(void)
{
	const struct holiday_spec	*h;
	int				 i;

	for (i = 0; i < NHOLIDAYS; i++) {
		h = &holiday_specs[i];
		holidays[i].kind = h->kind;
		holidays[i].year = h->year;
		holidays[i].first = day_from_ymd(h->fm == 12 && h->lm == 1 ?
		    h->year - 1 : h->year, h->fm, h->fd);
		holidays[i].last = day_from_ymd(h->year, h->lm, h->ld);
	}
	holidays_ready = 1;
}

const struct holiday *
holiday_at(int n)
{
	if (!holidays_ready)
		holidays_fill();
	return n >= 0 && n < NHOLIDAYS ? &holidays[n] : NULL;
}

const struct holiday *
holiday_on(int day)
{
	int	i;

	if (!holidays_ready)
		holidays_fill();
	for (i = 0; i < NHOLIDAYS; i++)
		if (strcmp(holidays[i].kind, "two_sessions") != 0 &&
		    day >= holidays[i].first && day <= holidays[i].last)
			return &holidays[i];
	return NULL;
}

int
is_makeup_workday(int day)
{
	const struct holiday_spec	*h;
	int				 i, j;

	for (i = 0; i < NHOLIDAYS; i++) {
		h = &holiday_specs[i];
		for (j = 0; j < 3 && h->makeup[j][0] != 0; j++)
			if (day_from_ymd(h->year, h->makeup[j][0],
			    h->makeup[j][1]) == day)
				return 1;
	}
	return 0;
}

/* Insert the holiday and make-up workday rows. */
void
gen_holidays(struct gen *g)
{
	const struct holiday_spec	*h;
	struct ins			*s;
	int				 i, j;

	if (!holidays_ready)
		holidays_fill();
	for (i = 0; i < NHOLIDAYS; i++) {
		s = st(g, ST_HOLIDAY);
		b_text(s, 1, holidays[i].kind);
		b_int(s, 2, holidays[i].year);
		b_day(s, 3, holidays[i].first);
		b_day(s, 4, holidays[i].last);
		db_insert(g, s);
	}
	for (i = 0; i < NHOLIDAYS; i++) {
		h = &holiday_specs[i];
		for (j = 0; j < 3 && h->makeup[j][0] != 0; j++) {
			s = st(g, ST_MAKEUP);
			b_day(s, 1, day_from_ymd(h->year, h->makeup[j][0],
			    h->makeup[j][1]));
			b_text(s, 2, h->kind);
			b_int(s, 3, h->year);
			db_insert(g, s);
		}
	}
}

/* 中秋节 (15th of the 8th lunar month) and 春节 (1st of the 1st). */
static const int lunar_days[][5] = {
	/* year, mid-autumn month, day, spring festival month, day */
	{ 2021, 9, 21, 2, 12 },
	{ 2022, 9, 10, 2, 1 },
	{ 2023, 9, 29, 1, 22 },
	{ 2024, 9, 17, 2, 10 },
	{ 2025, 10, 6, 1, 29 },
	{ 2026, 9, 25, 2, 17 },
};

int
mid_autumn_day(int y)
{
	size_t	i;

	for (i = 0; i < sizeof lunar_days / sizeof lunar_days[0]; i++)
		if (lunar_days[i][0] == y)
			return day_from_ymd(y, lunar_days[i][1],
			    lunar_days[i][2]);
	die("no Mid-Autumn date for %d", y);
}

int
spring_festival_day(int y)
{
	size_t	i;

	for (i = 0; i < sizeof lunar_days / sizeof lunar_days[0]; i++)
		if (lunar_days[i][0] == y)
			return day_from_ymd(y, lunar_days[i][3],
			    lunar_days[i][4]);
	die("no Spring Festival date for %d", y);
}

/* The holiday of `kind` in year y, or NULL. */
static const struct holiday *
holiday_find(const char *kind, int y)
{
	int	i;

	if (!holidays_ready)
		holidays_fill();
	for (i = 0; i < NHOLIDAYS; i++)
		if (holidays[i].year == y && strcmp(holidays[i].kind, kind) == 0)
			return &holidays[i];
	return NULL;
}

void
key_period_window(int kp, int y, int *first, int *last)
{
	const struct holiday	*h = NULL;

	/* Inspections for a holiday take place in the days before it
	 * ("节前"); 两节 runs from early January to the Spring Festival. */
	switch (kp) {
	case KP_NEW_YEAR_SPRING:
		h = holiday_find("spring_festival", y);
		*first = day_from_ymd(y, 1, 4);
		*last = h->first - 1;
		return;
	case KP_TWO_SESSIONS:
		h = holiday_find("two_sessions", y);
		*first = h->first - 8;
		*last = h->first - 1;
		return;
	case KP_MAY_DAY:
		h = holiday_find("may_day", y);
		break;
	case KP_DRAGON_BOAT:
		h = holiday_find("dragon_boat", y);
		break;
	case KP_NATIONAL_DAY:
		h = holiday_find("national_day", y);
		if (h == NULL)
			h = holiday_find("mid_autumn_national_day", y);
		break;
	}
	if (h == NULL)
		die("no dates for key period %d in %d", kp, y);
	*first = h->first - 10;
	*last = h->first - 1;
}
