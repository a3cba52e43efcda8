/*
 * data/gen/rng.c -- xoshiro256** and the distributions the generator
 * needs.  See rng.h.
 */
#include "config.h"

#include <math.h>

#include "data/gen/rng.h"

/* splitmix64: spreads a seed over the 256 bits of xoshiro state. */
static uint64_t
splitmix64(uint64_t *x)
{
	uint64_t	z = (*x += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

void
rng_seed(struct rng *r, uint64_t seed, uint64_t stream)
{
	uint64_t	x = seed ^ (stream * 0xd1b54a32d192ed03ULL);
	int		i;

	for (i = 0; i < 4; i++)
		r->s[i] = splitmix64(&x);
}

/* Rotate left by k bits. */
static uint64_t
rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

uint64_t
rng_next(struct rng *r)
{
	uint64_t	*s = r->s;
	uint64_t	 result = rotl(s[1] * 5, 7) * 9;
	uint64_t	 t = s[1] << 17;

	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 45);
	return result;
}

double
rng_uniform(struct rng *r)
{
	return (double)(rng_next(r) >> 11) * 0x1.0p-53;
}

int64_t
rng_range(struct rng *r, int64_t lo, int64_t hi)
{
	uint64_t	span = (uint64_t)(hi - lo) + 1, x, limit;

	if (span == 0)
		return lo + (int64_t)rng_next(r);
	/* Reject the top sliver so every value is equally likely. */
	limit = UINT64_MAX - UINT64_MAX % span;
	do
		x = rng_next(r);
	while (x >= limit);
	return lo + (int64_t)(x % span);
}

int
rng_chance(struct rng *r, double p)
{
	return rng_uniform(r) < p;
}

double
rng_normal(struct rng *r)
{
	double	u1, u2;

	/* Box-Muller without caching the second value: simpler to keep
	 * streams aligned when callers interleave distributions. */
	do
		u1 = rng_uniform(r);
	while (u1 <= 0.0);
	u2 = rng_uniform(r);
	return sqrt(-2.0 * log(u1)) * cos(6.283185307179586 * u2);
}

int
rng_poisson(struct rng *r, double mean)
{
	double	limit, p;
	int	k;

	if (mean <= 0)
		return 0;
	if (mean > 40) {
		k = (int)floor(mean + sqrt(mean) * rng_normal(r) + 0.5);
		return k < 0 ? 0 : k;
	}
	limit = exp(-mean);
	p = rng_uniform(r);
	for (k = 0; p > limit; k++)
		p *= rng_uniform(r);
	return k;
}

int
rng_weighted(struct rng *r, const double *weights, int n)
{
	double	total = 0, x;
	int	i;

	for (i = 0; i < n; i++)
		total += weights[i];
	if (total <= 0)
		return (int)rng_range(r, 0, n - 1);
	x = rng_uniform(r) * total;
	for (i = 0; i < n - 1; i++) {
		if (x < weights[i])
			return i;
		x -= weights[i];
	}
	return n - 1;
}

void
rng_shuffle(struct rng *r, int *v, int n)
{
	int	i, j, t;

	for (i = n - 1; i > 0; i--) {
		j = (int)rng_range(r, 0, i);
		t = v[i];
		v[i] = v[j];
		v[j] = t;
	}
}

int
rng_partition(struct rng *r, int64_t *out, int n, int64_t total,
    int64_t lo, int64_t hi, int64_t step)
{
	double	w[4096], sum = 0;
	int64_t	given = 0, spare;
	int	i, tries;

	if (n <= 0)
		return total == 0 ? 0 : -1;
	if (n > 4096 || total % step != 0 || lo % step != 0 ||
	    hi % step != 0 || total < lo * n || total > hi * n)
		return -1;
	/* Everyone gets lo; what is left is shared in proportion to
	 * lognormal weights (a few large parts, many small ones, as real
	 * fines and head counts are), in whole steps; the rounding rest
	 * goes one step at a time to random parts with room. */
	spare = (total - lo * n) / step;
	for (i = 0; i < n; i++) {
		w[i] = exp(0.6 * rng_normal(r));
		sum += w[i];
	}
	for (i = 0; i < n; i++) {
		out[i] = lo + (int64_t)floor(spare * w[i] / sum) * step;
		if (out[i] > hi)
			out[i] = hi;
		given += out[i];
	}
	for (tries = 0; given < total && tries < 100000000; tries++) {
		i = (int)rng_range(r, 0, n - 1);
		if (out[i] + step <= hi) {
			out[i] += step;
			given += step;
		}
	}
	return given == total ? 0 : -1;
}
