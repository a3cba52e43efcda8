/*
 * plugins/common/rate.h -- percentages the way reports print them.
 *
 * Reports give rates with one decimal, rounded half-up from the exact
 * counts (1121/1324 = 84.7%, 88/98 = 89.8%).  Computing in integers avoids
 * the double-rounding and binary-fraction surprises of round(100.0*a/b, 1).
 */
#ifndef SAFESTAT_RATE_H
#define SAFESTAT_RATE_H

#include <safestat/plugin.h>

/* num/den as a percentage in tenths, rounded half-up (8472 for 84.72%);
 * works for negative numerators (year-on-year falls) by rounding the
 * magnitude.  den must not be 0. */
long long	rate_tenths(long long num, long long den);

/* The rate as an SS_REAL value with one decimal, or SS_NULL when den is 0
 * (a rate of nothing is not 0%). */
struct ss_value	rate_value(long long num, long long den);

/* Year-on-year change in percent (this - last) / last, as rate_value;
 * SS_NULL when last is 0. */
struct ss_value	change_value(long long this_value, long long last_value);

/* The same half-up rounding as an SQL expression, for queries that compute
 * rates in SQL: SQL_RATE("rectified", "found") gives NULL when found = 0.
 * Plain integer arithmetic, so it runs on any SQL engine. */
#define SQL_RATE(num, den) \
	"(CASE WHEN (" den ") > 0 THEN ((2000 * (" num ")) / (" den ") + 1) / 2 / 10.0 END)"

#endif
