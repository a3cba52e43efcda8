/*
 * tests/unit/test-forecast-parts.c -- the pieces the forecaster is built
 * from: day numbers, holiday alignment, robust statistics, the censored
 * mean, and the warning ladder at its exact boundaries.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "plugins/tourism/days.h"
#include "plugins/tourism/forecast.h"
#include "plugins/tourism/ladder.h"
#include "plugins/tourism/stats.h"
#include "tests/unit/tap.h"

/* A reproducible standard normal (Box-Muller over a 64-bit LCG). */
static double
normal(unsigned long long *state)
{
	double	u1, u2;

	*state = *state * 6364136223846793005ULL + 1442695040888963407ULL;
	u1 = ((*state >> 11) + 0.5) / 9007199254740992.0;
	*state = *state * 6364136223846793005ULL + 1442695040888963407ULL;
	u2 = ((*state >> 11) + 0.5) / 9007199254740992.0;
	return sqrt(-2 * log(u1)) * cos(2 * 3.14159265358979323846 * u2);
}

/* Day numbers against dates whose weekday everyone knows. */
static void
test_days(void)
{
	char	iso[11];
	int	d;

	is_int(day_from_ymd(1970, 1, 1), 0, "1970-01-01 is day 0");
	ok(day_from_iso("2023-10-01", &d) == 0, "reads 2023-10-01");
	day_to_iso(d, iso);
	is_str(iso, "2023-10-01", "and writes it back");
	is_int(day_weekday(d), 0, "2023-10-01 was a Sunday");
	is_int(day_weekday(day_from_ymd(2024, 2, 10)), 6,
	    "2024-02-10 (Spring Festival) was a Saturday");
	is_int(day_from_ymd(2024, 3, 1) - day_from_ymd(2024, 2, 28), 2,
	    "2024 is a leap year");
	is_int(day_from_ymd(2023, 3, 1) - day_from_ymd(2023, 2, 28), 1,
	    "2023 is not");
	is_int(day_year(day_from_ymd(2025, 12, 31)), 2025, "year of a day");
	is_int(day_month(day_from_ymd(2025, 12, 31)), 12, "month of a day");
	ok(day_from_iso("2023-13-01", &d) == -1, "month 13 is refused");
	ok(day_from_iso("2023-1-1", &d) == -1, "short forms are refused");
}

/* Day-index alignment of holidays of different lengths. */
static void
test_align(void)
{
	int	k, seven_from_eight[8] = { 1, 2, 3, 4, 4, 5, 6, 7 };
	int	eight_from_seven[7] = { 1, 2, 3, 4, 6, 7, 8 };

	for (k = 1; k <= 7; k++)
		is_int(fc_align(k, 7, 7), k, "same length: D%d is D%d", k, k);
	for (k = 1; k <= 8; k++)
		is_int(fc_align(k, 8, 7), seven_from_eight[k - 1],
		    "8-day D%d reads the 7-day D%d", k,
		    seven_from_eight[k - 1]);
	for (k = 1; k <= 7; k++)
		is_int(fc_align(k, 7, 8), eight_from_seven[k - 1],
		    "7-day D%d reads the 8-day D%d", k,
		    eight_from_seven[k - 1]);
	is_int(fc_align(1, 3, 1), 1, "a 1-day Qingming stands for D1 of 3");
	is_int(fc_align(3, 3, 1), 1, "... and for D3");
	is_int(fc_align(8, 8, 3), 3, "the last day of 8 is the last of 3");
}

/* Quantiles, robust scale and location. */
static void
test_robust(void)
{
	double	sorted[] = { 1, 2, 3, 4, 5 }, x[9], scratch[18], w[9];
	int	i;

	ok(fabs(stat_quantile(sorted, 5, 0.5) - 3) < 1e-12, "median of 1..5");
	ok(fabs(stat_quantile(sorted, 5, 0.1) - 1.4) < 1e-12,
	    "type-7 10%% quantile of 1..5 is 1.4");
	ok(fabs(stat_quantile(sorted, 5, 1) - 5) < 1e-12, "the 100%% quantile");
	for (i = 0; i < 9; i++)
		x[i] = 10 + (i % 3) - 1;	/* 9 10 11 ... */
	x[8] = 1000;				/* one wild value */
	ok(fabs(stat_huber_mean(x, NULL, 9, scratch) - 10) < 0.5,
	    "Huber mean ignores a wild value (%.3f)",
	    stat_huber_mean(x, NULL, 9, scratch));
	ok(fabs(stat_robust_sd(x, 9, scratch) - 1.4826) < 1e-9,
	    "robust sd is 1.4826 x MAD");
	for (i = 0; i < 9; i++) {
		x[i] = 5;
		w[i] = i + 1;
	}
	ok(stat_huber_mean(x, w, 9, scratch) == 5, "constant data: that value");
}

/*
 * Censoring: a normal sample cut at a ceiling.  The plain mean of what
 * was counted is biased low; the censored mean finds the true one.
 */
static void
test_censored(void)
{
	enum { N = 4000 };
	static double		x[N];
	static unsigned char	cut[N];
	unsigned long long	seed = 42;
	double			plain = 0, est, mu = 1.0, sd = 0.3, top = 1.2;
	int			i, ncut = 0;

	for (i = 0; i < N; i++) {
		x[i] = mu + sd * normal(&seed);
		if (x[i] >= top) {
			x[i] = top;
			cut[i] = 1;
			ncut++;
		}
		plain += x[i] / N;
	}
	est = stat_censored_mean(x, cut, N, sd, 0);
	ok(ncut > N / 5, "a quarter of the sample is at the ceiling (%d)",
	    ncut);
	ok(plain < mu - 0.05, "the plain mean is low (%.3f)", plain);
	ok(fabs(est - mu) < 0.02, "the censored mean recovers %.1f (%.3f)",
	    mu, est);
	est = stat_censored_mean(x, cut, N, sd, 1.345);
	ok(fabs(est - mu) < 0.03, "so does its Huber form (%.3f)", est);
	for (i = 0; i < 3; i++) {
		x[i] = 2;
		cut[i] = 1;
	}
	est = stat_censored_mean(x, cut, 3, 0.5, 0);
	ok(est >= 2 && est <= 2.5 + 1e-9, "all censored: at least the "
	    "bound, at most one sd above (%.3f)", est);
	x[0] = 0.1;
	x[1] = 0.2;
	cut[0] = cut[1] = 0;
	x[2] = 10;
	cut[2] = 0;
	ok(fabs(stat_censored_mean(x, cut, 3, 0.1, 1.345) - 0.2) < 0.2,
	    "Huber: one odd year does not carry the uplift");
}

/* The warning ladder at exactly its lines, and the rounding at them. */
static void
test_ladder(void)
{
	struct ladder	 std = { 80, 90, 100 }, town = { 75, 90, 100 };

	is_str(ladder_name(ladder_alert(8000, 10000, &std)), "yellow",
	    "exactly 80%% is yellow (the line is inclusive)");
	is_str(ladder_name(ladder_alert(9000, 10000, &std)), "orange",
	    "exactly 90%% is orange");
	is_str(ladder_name(ladder_alert(10000, 10000, &std)), "red",
	    "exactly 100%% is red");
	is_str(ladder_name(ladder_alert(10400, 10000, &std)), "red",
	    "over 100%% is red");
	is_str(ladder_name(ladder_alert(7995, 10000, &std)), "yellow",
	    "79.95%% prints as 80.0 and is yellow");
	is_str(ladder_name(ladder_alert(7994, 10000, &std)), "none",
	    "79.94%% prints as 79.9 and is not");
	is_str(ladder_name(ladder_alert(8994, 10000, &std)), "yellow",
	    "89.94%% is still yellow");
	is_str(ladder_name(ladder_alert(9995, 10000, &std)), "red",
	    "99.95%% prints as 100.0: red");
	is_str(ladder_name(ladder_alert(12000, 16000, &town)), "yellow",
	    "a spot's own ladder: 75%% is yellow at 柳河古镇");
	is_str(ladder_name(ladder_alert(0, 10000, &std)), "none",
	    "a closed day is none");
}

int
main(void)
{
	test_days();
	test_align();
	test_robust();
	test_censored();
	test_ladder();
	return tap_done();
}
