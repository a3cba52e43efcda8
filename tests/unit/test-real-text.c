/*
 * tests/unit/test-real-text.c -- the fast ways of printing a real give
 * exactly the text of the slow, general ways.
 *
 * The fast paths (fixed_fast, shortest_fast) are exact only by argument;
 * this checks the argument on values built to hurt: exact ties (x.x25,
 * x.x5), values a hair off a tie, ratios that need 16 or 17 digits, and
 * random bit patterns.  It includes shell/fmt-util.c to reach its static
 * functions.
 */
#include "config.h"

#include <stdint.h>

#include "shell/fmt-util.c"
#include "tap.h"

static uint64_t rng_state = 88172645463325252ULL;

/* xorshift64: reproducible pseudo-random bits. */
static uint64_t
rng_next(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return rng_state;
}

/* A test value of kind `kind` (0..5). */
static double
make_value(int kind)
{
	uint64_t	r = rng_next();
	double		x;

	switch (kind) {
	case 0:				/* any finite double */
		memcpy(&x, &r, sizeof(x));
		return isfinite(x) ? x : 1.0;
	case 1:				/* a ratio, 16-17 digits */
		return (double)(r % 100000000) / (double)(1 + rng_next() % 9999);
	case 2:				/* three decimals */
		return (double)(r % 1000000) / 1000.0;
	case 3:				/* exact binary ties: k / 40 */
		return ((double)(r % 2000001) - 1000000) / 40.0;
	case 4:				/* decimal ties: x.x5, x.xx5 */
		return (double)(r % 100000) / 100.0 + 0.005;
	default:			/* a hair off a tie */
		x = (double)(r % 100000) / 10.0 + 0.05;
		return (r & 1) ? nextafter(x, 0) : nextafter(x, 1e300);
	}
}

int
main(void)
{
	struct buf	fast = { 0 }, slow = { 0 };
	long		i, n = 400000, fixed_diff = 0, shortest_diff = 0;
	long		fixed_fast_hits = 0, shortest_fast_hits = 0;

	for (i = 0; i < n; i++) {
		double	x = make_value((int)(i % 6));
		int	scale = (int)(rng_next() % 6), r;

		fast.len = slow.len = 0;
		if (fixed_fast(&fast, fabs(x), scale, x < 0)) {
			fixed_fast_hits++;
			fixed_slow(&slow, x, scale);
			if (fast.len != slow.len ||
			    memcmp(fast.data, slow.data, fast.len) != 0) {
				if (fixed_diff++ < 5)
					printf("# %.17g scale %d: fast %.*s, "
					    "slow %.*s\n", x, scale,
					    (int)fast.len, fast.data,
					    (int)slow.len, slow.data);
			}
		}
		fast.len = slow.len = 0;
		if (x != 0 && (r = shortest_fast(&fast, fabs(x))) == 1) {
			shortest_fast_hits++;
			shortest_slow(&slow, fabs(x), 15);
			if (fast.len != slow.len ||
			    memcmp(fast.data, slow.data, fast.len) != 0) {
				if (shortest_diff++ < 5)
					printf("# %.17g: fast %.*s, slow %.*s\n",
					    x, (int)fast.len, fast.data,
					    (int)slow.len, slow.data);
			}
		}
	}
	is_int(fixed_diff, 0, "fixed: fast and slow agree (%ld fast of %ld)",
	    fixed_fast_hits, n);
	is_int(shortest_diff, 0,
	    "shortest: fast and slow agree (%ld fast of %ld)",
	    shortest_fast_hits, n);
	ok(fixed_fast_hits > n / 2 && shortest_fast_hits > n / 4,
	    "the fast paths are taken for most values");

	/* shortest_fast saying "16 digits or more" must be right. */
	for (i = 0, fixed_diff = 0; i < n / 4; i++) {
		double x = fabs(make_value(1));

		fast.len = slow.len = 0;
		if (x != 0 && shortest_fast(&fast, x) == -1) {
			shortest_slow(&fast, x, 16);
			shortest_slow(&slow, x, 15);
			if (fast.len != slow.len ||
			    memcmp(fast.data, slow.data, fast.len) != 0)
				fixed_diff++;
		}
	}
	is_int(fixed_diff, 0, "starting at 16 digits loses nothing");
	buf_free(&fast);
	buf_free(&slow);
	return tap_done();
}
