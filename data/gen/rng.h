/*
 * data/gen/rng.h -- the generator's own pseudo-random numbers.
 *
 * xoshiro256** seeded through splitmix64: the same seed gives the same
 * stream on every platform, unlike rand() or random().  Each county and
 * each area of a county draws from its own stream (rng_seed with a
 * stream number), so adding draws to one area never shifts another.
 */
#ifndef SAFESTAT_GEN_RNG_H
#define SAFESTAT_GEN_RNG_H

#include <stdint.h>

struct rng {
	uint64_t	s[4];
};

/* Seed `r` for stream `stream` of `seed`. */
void	rng_seed(struct rng *r, uint64_t seed, uint64_t stream);
/* The next 64 random bits. */
uint64_t rng_next(struct rng *r);
/* Uniform in [0, 1). */
double	rng_uniform(struct rng *r);
/* Uniform integer in [lo, hi] (inclusive; lo <= hi). */
int64_t	rng_range(struct rng *r, int64_t lo, int64_t hi);
/* 1 with probability p. */
int	rng_chance(struct rng *r, double p);
/* Standard normal. */
double	rng_normal(struct rng *r);
/* Poisson with mean `mean` (normal approximation above 40). */
int	rng_poisson(struct rng *r, double mean);
/* An index in [0, n) drawn with the given non-negative weights. */
int	rng_weighted(struct rng *r, const double *weights, int n);
/* Shuffle n ints in place (Fisher-Yates). */
void	rng_shuffle(struct rng *r, int *v, int n);
/* Split `total` into n parts, each in [lo, hi] and a multiple of `step`,
 * spread at random; 0 on success, -1 when it cannot be done. */
int	rng_partition(struct rng *r, int64_t *out, int n, int64_t total,
	    int64_t lo, int64_t hi, int64_t step);

#endif
