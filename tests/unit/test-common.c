/*
 * tests/unit/test-common.c -- the plugins' shared helpers: report-style
 * rates and period resolution.
 */
#include "config.h"

#include "plugins/common/period.h"
#include "plugins/common/rate.h"
#include "tests/unit/tap.h"

/* period.c's host wrapper needs the symbol; the pure functions do not. */
SS_PLUGIN_HOST_DEFINE;

/* Resolve a request and compare the range and label with the expected. */
static void
check_period(const struct period_request *req, const char *from,
    const char *to, int year, const char *label)
{
	struct period	 p;
	char		 err[160] = "";

	if (!ok(period_resolve(req, 2025, &p, err, sizeof err) == 0,
	    "resolves to %s..%s", from, to)) {
		printf("#   error: %s\n", err);
		return;
	}
	is_str(p.from, from, "  from");
	is_str(p.to, to, "  to");
	is_int(p.year, year, "  year");
	is_str(p.label, label, "  label");
}

/* A request that must be refused, with a message mentioning `needle`. */
static void
check_refused(const struct period_request *req, const char *needle)
{
	struct period	 p;
	char		 err[160] = "";

	ok(period_resolve(req, 2025, &p, err, sizeof err) == -1 &&
	    strstr(err, needle) != NULL, "refused: %s", err);
}

int
main(void)
{
	/* The report's own figures. */
	is_int(rate_tenths(1121, 1324), 847, "1121/1324 is 84.7%% (not 96)");
	is_int(rate_tenths(88, 98), 898, "88/98 is 89.8%%");
	is_int(rate_tenths(5712, 11091), 515, "5712/11091 is 51.5%%");
	is_int(rate_tenths(19518, 29982), 651, "19518/29982 is 65.1%%");
	/* Half-up at the exact half, both signs. */
	is_int(rate_tenths(1, 8), 125, "1/8 is exactly 12.5%%");
	is_int(rate_tenths(1, 16), 63, "1/16 = 6.25%% rounds up to 6.3");
	is_int(rate_tenths(-1, 16), -63, "-1/16 rounds away from zero too");
	is_int(rate_tenths(2, 3), 667, "2/3 is 66.7%%");
	is_int(rate_tenths(0, 5), 0, "0 of 5 is 0%%");
	is_int(rate_tenths(5, 5), 1000, "5 of 5 is 100.0%%");
	ok(rate_value(1, 0).type == SS_NULL, "a rate of nothing is NULL");
	ok(rate_value(88, 98).type == SS_REAL && rate_value(88, 98).u.r == 89.8,
	    "rate_value gives 89.8 as a real");
	ok(change_value(110, 100).u.r == 10.0, "year-on-year +10%%");
	ok(change_value(90, 100).u.r == -10.0, "year-on-year -10%%");
	ok(change_value(5, 0).type == SS_NULL, "no change from zero");

	check_period(&(struct period_request){ .year = "2023" },
	    "2023-01-01", "2023-12-31", 2023, "2023");
	check_period(&(struct period_request){ 0 },
	    "2025-01-01", "2025-12-31", 2025, "2025");
	check_period(&(struct period_request){ .quarter = "2023Q3" },
	    "2023-07-01", "2023-09-30", 2023, "2023Q3");
	check_period(&(struct period_request){ .quarter = "2024Q1" },
	    "2024-01-01", "2024-03-31", 2024, "2024Q1");
	check_period(&(struct period_request){ .month = "2024-02" },
	    "2024-02-01", "2024-02-29", 2024, "2024-02");
	check_period(&(struct period_request){ .month = "2023-02" },
	    "2023-02-01", "2023-02-28", 2023, "2023-02");
	check_period(&(struct period_request){ .month = "1900-02" },
	    "1900-02-01", "1900-02-28", 1900, "1900-02");
	check_period(&(struct period_request){ .from = "2023-09-29",
	    .to = "2023-10-06" }, "2023-09-29", "2023-10-06", 2023,
	    "2023-09-29..2023-10-06");
	check_period(&(struct period_request){ .from = "2022-12-01",
	    .to = "2023-01-31" }, "2022-12-01", "2023-01-31", 0,
	    "2022-12-01..2023-01-31");
	check_period(&(struct period_request){ .from = "2024-06-01" },
	    "2024-06-01", "9999-12-31", 0, "2024-06-01..");
	check_refused(&(struct period_request){ .from = "2023-10-06",
	    .to = "2023-09-29" }, "after");
	check_refused(&(struct period_request){ .year = "2023",
	    .month = "2023-09" }, "one way");
	check_refused(&(struct period_request){ .quarter = "2023Q1",
	    .to = "2023-09-29" }, "one way");
	return tap_done();
}
