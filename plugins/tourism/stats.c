/*
 * plugins/tourism/stats.c -- robust location and scale, quantiles, and a
 * censored-normal mean.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "plugins/tourism/stats.h"

#define MAD_TO_SD	1.4826
#define SQRT_2PI	2.50662827463100050242

/* qsort comparison of doubles. */
static int
compare_doubles(const void *a, const void *b)
{
	double	x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

void
stat_sort(double *x, size_t n)
{
	if (n > 1)
		qsort(x, n, sizeof *x, compare_doubles);
}

double
stat_quantile(const double *sorted, size_t n, double p)
{
	double	h = p * (double)(n - 1);
	size_t	i = (size_t)floor(h);

	if (i + 1 >= n)
		return sorted[n - 1];
	return sorted[i] + (h - (double)i) * (sorted[i + 1] - sorted[i]);
}

double
stat_robust_sd(const double *x, size_t n, double *scratch)
{
	double	median;
	size_t	i;

	if (n < 2)
		return 0;
	memcpy(scratch, x, n * sizeof *x);
	stat_sort(scratch, n);
	median = stat_quantile(scratch, n, 0.5);
	for (i = 0; i < n; i++)
		scratch[i] = fabs(x[i] - median);
	stat_sort(scratch, n);
	return MAD_TO_SD * stat_quantile(scratch, n, 0.5);
}

/* The weighted median: the smallest value whose cumulative weight reaches
 * half the total.  `pairs` holds 2n values (value and weight, sorted). */
static double
weighted_median(const double *x, const double *w, size_t n, double *pairs)
{
	double	total = 0, run = 0;
	size_t	i;

	for (i = 0; i < n; i++) {
		pairs[2 * i] = x[i];
		pairs[2 * i + 1] = w != NULL ? w[i] : 1;
		total += pairs[2 * i + 1];
	}
	qsort(pairs, n, 2 * sizeof *pairs, compare_doubles);
	for (i = 0; i < n; i++) {
		run += pairs[2 * i + 1];
		if (run >= total / 2)
			return pairs[2 * i];
	}
	return pairs[2 * (n - 1)];
}

double
stat_huber_mean(const double *x, const double *w, size_t n, double *scratch)
{
	double	mu, scale, sum, sumw, r, h;
	size_t	i;
	int	iter;

	mu = weighted_median(x, w, n, scratch);
	scale = stat_robust_sd(x, n, scratch);
	if (scale <= 0) {
		/* Half the values or more are equal: their value is the
		 * answer any robust estimate would give. */
		return mu;
	}
	for (iter = 0; iter < 50; iter++) {
		sum = sumw = 0;
		for (i = 0; i < n; i++) {
			r = fabs(x[i] - mu);
			h = r <= STAT_HUBER_K * scale ? 1 : STAT_HUBER_K * scale / r;
			h *= w != NULL ? w[i] : 1;
			sum += h * x[i];
			sumw += h;
		}
		if (sumw <= 0)
			break;
		r = sum / sumw;
		if (fabs(r - mu) < 1e-10 * (1 + fabs(mu))) {
			mu = r;
			break;
		}
		mu = r;
	}
	return mu;
}

/* phi(a) / (1 - Phi(a)): how far above a a standard normal lands on
 * average, given that it is above a (the inverse Mills ratio). */
static double
mills_ratio(double a)
{
	double	tail = 0.5 * erfc(a / sqrt(2.0));
	double	density = exp(-0.5 * a * a) / SQRT_2PI;

	/* Far in the tail the ratio tends to a (and both parts underflow). */
	if (tail < 1e-300)
		return a;
	return density / tail;
}

double
stat_censored_mean(const double *x, const unsigned char *censored,
    size_t n, double sd, double huber_k)
{
	double	mu = 0, next, top = -HUGE_VAL, sum, sumw, v, w;
	size_t	i, ncensored = 0;
	int	iter;

	for (i = 0; i < n; i++) {
		mu += x[i] / (double)n;
		if (censored[i]) {
			ncensored++;
			if (x[i] > top)
				top = x[i];
		}
	}
	if (sd <= 0 || (ncensored == 0 && huber_k <= 0))
		return mu;
	for (iter = 0; iter < 200; iter++) {
		sum = sumw = 0;
		for (i = 0; i < n; i++) {
			/* E-step: a censored value is replaced by the mean
			 * of what lies above it. */
			v = censored[i] ? mu + sd * mills_ratio((x[i] - mu) /
			    sd) : x[i];
			w = huber_k > 0 && fabs(v - mu) > huber_k * sd ?
			    huber_k * sd / fabs(v - mu) : 1;
			sum += w * v;
			sumw += w;
		}
		next = sum / sumw;
		if (ncensored == n && next > top + sd) {
			mu = top + sd;
			break;
		}
		if (fabs(next - mu) < 1e-10) {
			mu = next;
			break;
		}
		mu = next;
	}
	return mu;
}
