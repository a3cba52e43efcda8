/*
 * plugins/common/rate.c -- half-up percentages from exact counts.
 */
#include "config.h"

#include "plugins/common/rate.h"

long long
rate_tenths(long long num, long long den)
{
	int		 negative = (num < 0) != (den < 0);
	long long	 n = num < 0 ? -num : num;
	long long	 d = den < 0 ? -den : den;
	/* tenths of a percent = num * 1000 / den; add half a unit to round */
	long long	 t = (2000 * n / d + 1) / 2;

	return negative ? -t : t;
}

struct ss_value
rate_value(long long num, long long den)
{
	if (den == 0)
		return SS_NULL_VALUE;
	return SS_REAL_VALUE(rate_tenths(num, den) / 10.0);
}

struct ss_value
change_value(long long this_value, long long last_value)
{
	if (last_value == 0)
		return SS_NULL_VALUE;
	return rate_value(this_value - last_value, last_value);
}
