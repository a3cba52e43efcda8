/*
 * tests/unit/tap.h -- the smallest TAP producer for C unit tests.
 *
 *	ok(cond, "what it checks %d", n);
 *	is_str(got, want, "what");
 *	is_int(got, want, "what");
 *	return tap_done();
 *
 * Header-only so each unit test is one file; failures print what was
 * expected and what came back as TAP comments.
 */
#ifndef SAFESTAT_TAP_H
#define SAFESTAT_TAP_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int tap_count;
static int tap_failed;

/* Record one check; returns cond so callers can branch on it. */
static int
tap_ok(int cond, const char *fmt, ...)
{
	va_list ap;

	tap_count++;
	if (!cond)
		tap_failed++;
	printf("%s %d - ", cond ? "ok" : "not ok", tap_count);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	return cond;
}

#define ok(cond, ...)	tap_ok((cond) != 0, __VA_ARGS__)

/* Compare two strings (NULL allowed); print both on mismatch. */
#define is_str(got, want, ...) do {					\
	const char *tap_g_ = (got), *tap_w_ = (want);			\
	int tap_same_ = (tap_g_ == NULL || tap_w_ == NULL) ?		\
	    tap_g_ == tap_w_ : strcmp(tap_g_, tap_w_) == 0;		\
	if (!tap_ok(tap_same_, __VA_ARGS__))				\
		printf("#   got:  \"%s\"\n#   want: \"%s\"\n",		\
		    tap_g_ ? tap_g_ : "(null)", tap_w_ ? tap_w_ : "(null)"); \
} while (0)

/* Compare two integers; print both on mismatch. */
#define is_int(got, want, ...) do {					\
	long long tap_g_ = (got), tap_w_ = (want);			\
	if (!tap_ok(tap_g_ == tap_w_, __VA_ARGS__))			\
		printf("#   got:  %lld\n#   want: %lld\n", tap_g_, tap_w_); \
} while (0)

/* Print the plan; the exit status is nonzero when any check failed. */
static int
tap_done(void)
{
	printf("1..%d\n", tap_count);
	return tap_failed != 0;
}

#endif
