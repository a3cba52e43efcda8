/*
 * plugins/tourism/days.h -- calendar days as integers: day 0 is
 * 1970-01-01, so that "the day before", "364 days earlier" and "day k of
 * the holiday" are plain arithmetic.  Pure C: the forecaster and its unit
 * tests use it without a database.
 */
#ifndef TOURISM_DAYS_H
#define TOURISM_DAYS_H

/* The day number of a Gregorian date. */
int	day_from_ymd(int year, int month, int day);

/* Read "YYYY-MM-DD" into *day; 0, or -1 when the text is not a date. */
int	day_from_iso(const char *text, int *day);

/* Write "YYYY-MM-DD" (11 bytes with the NUL) for a day number. */
void	day_to_iso(int day, char out[11]);

/* The calendar year of a day number. */
int	day_year(int day);

/* The month (1-12) of a day number. */
int	day_month(int day);

/* The weekday of a day number: 0 Sunday ... 6 Saturday. */
int	day_weekday(int day);

#endif
