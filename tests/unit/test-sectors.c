/*
 * tests/unit/test-sectors.c -- the pure parts of plugins/common's
 * parameters and grouped tables: how many values a statement binds,
 * which --by grouping a name picks, and how a title says the period.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "plugins/common/dimensions.h"
#include "plugins/common/grouped.h"
#include "plugins/common/query.h"
#include "plugins/common/title.h"
#include "tests/unit/tap.h"

/* The library's host wrappers need the symbol; these functions do not. */
SS_PLUGIN_HOST_DEFINE;

static const struct grouped_counts q = {
	.facts = "FROM t f", .measures = { "count(*)" },
	.by = {
		BY_PERIOD,
		BY_LEDGER_MONTH("f.day"),
		BY_TOWNSHIP_NAMED("f.township_id"),
	},
};
static const struct grouping *const dims = q.by;

int
main(void)
{
	/* The host wants exactly the highest ?N a statement names. */
	is_int(query_params_count("SELECT 1"), 0, "no parameter: bind none");
	is_int(query_params_count("SELECT ?1, ?2"), 2, "?1 ?2: two");
	is_int(query_params_count("SELECT ?7 WHERE x = ?3"), 7,
	    "the highest, not the count: ?3 ?7 binds seven");
	is_int(query_params_count("SELECT ?10, ?9, ?1"), 10,
	    "two digits: ?10");
	is_int(query_params_count("SELECT ?2 || '?' || ?2"), 2,
	    "a bare ? in text counts for nothing");
	is_int(query_params_count("SELECT 1 WHERE a = ?"), 0,
	    "an unnumbered ? adds nothing");

	{
		struct query_params p = { .n = 9 };

		is_int(query_params_bound(&p, "SELECT ?9"), 9, "bound: ?9 of 9");
		is_int(query_params_bound(&p, "SELECT ?40"), QUERY_MAX_PARAMS,
		    "bound: never past the array (the host then refuses)");
	}

	/* --by: absent picks the first dimension, a name its own. */
	ok(grouped_find(&q, NULL) == &dims[0], "no --by: the first");
	ok(grouped_find(&q, "township") == &dims[2], "--by township");
	ok(grouped_find(&q, "axles") == NULL, "an unknown name: none");
	is_str(dims[1].fact_key, "substr(f.day, 1, 7)",
	    "the month of the fact's day");
	ok(dims[0].dim->single && !dims[1].dim->single,
	    "only the period is one row");

	/* A title says the period as an analyst writes it. */
	{
		static const struct {
			const char *from, *to, *label, *zh;
		} periods[] = {
			{ "2023-01-01", "2023-12-31", "2023", "2023年" },
			{ "2021-01-01", "2023-12-31", "2021-2023", "2021—2023年" },
			{ "2023-07-01", "2023-09-30", "2023Q3", "2023年第3季度" },
			{ "2023-09-01", "2023-09-30", "2023-09", "2023年9月" },
			{ "0001-01-01", "2023-06-30", "..2023-06-30",
			  "截至2023-06-30" },
			{ "2023-01-05", "9999-12-31", "2023-01-05..",
			  "2023-01-05起" },
			{ "2023-01-05", "2023-02-01", "2023-01-05..2023-02-01",
			  "2023-01-05至2023-02-01" },
		};
		struct period	 p;
		char		 zh[64];
		size_t		 i;

		for (i = 0; i < sizeof periods / sizeof periods[0]; i++) {
			memset(&p, 0, sizeof p);
			snprintf(p.from, sizeof p.from, "%s", periods[i].from);
			snprintf(p.to, sizeof p.to, "%s", periods[i].to);
			snprintf(p.label, sizeof p.label, "%s",
			    periods[i].label);
			title_period_zh(&p, zh, sizeof zh);
			is_str(zh, periods[i].zh, "period %s in a title",
			    periods[i].label);
		}
	}
	return tap_done();
}
