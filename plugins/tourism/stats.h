/*
 * plugins/tourism/stats.h -- the few robust statistics the forecaster
 * needs: a weighted Huber location, a robust scale, empirical quantiles,
 * and the mean of a normal sample some of whose values are censored from
 * above (days a spot sold out).  Pure C and libm.
 */
#ifndef TOURISM_STATS_H
#define TOURISM_STATS_H

#include <stddef.h>

/* Huber's tuning constant, in standard deviations: 95% efficiency at the
 * normal, robust to the odd wild value. */
#define STAT_HUBER_K	1.345

/* Median absolute deviation from the median, scaled by 1.4826 so that it
 * estimates the standard deviation of normal data; 0 for n < 2.  Sorts a
 * scratch copy: `scratch` must hold n values. */
double	stat_robust_sd(const double *x, size_t n, double *scratch);

/* Huber M-estimate of location (tuning STAT_HUBER_K robust sds)
 * with prior weights w (NULL: all 1), by iteratively reweighted means
 * started at the weighted median.  `scratch` holds 2n values.  n > 0. */
double	stat_huber_mean(const double *x, const double *w, size_t n,
	    double *scratch);

/* The p-quantile (0 <= p <= 1) of sorted values, interpolating between
 * order statistics (Hyndman and Fan's type 7, R's default).  n > 0. */
double	stat_quantile(const double *sorted, size_t n, double p);

/* Sort n doubles ascending. */
void	stat_sort(double *x, size_t n);

/*
 * The mean of normal values with known standard deviation sd when the
 * values flagged in `censored` are only lower bounds (the true value was
 * at least that): the EM algorithm for a Tobit model, each censored value
 * replaced by its conditional expectation E[X | X >= x] until the mean
 * settles.  With huber_k > 0 the mean is a Huber one (values further than
 * huber_k sd from it weigh less), so that one odd year does not carry
 * the estimate.  With every value censored the likelihood has no
 * maximum; the mean is then held at the largest bound plus one sd.
 * n > 0.
 */
double	stat_censored_mean(const double *x, const unsigned char *censored,
	    size_t n, double sd, double huber_k);

#endif
