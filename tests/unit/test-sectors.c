/*
 * tests/unit/test-sectors.c -- the pure parts of plugins/common's
 * parameters and grouped tables: how many values a statement binds, and
 * which --by grouping a name picks.
 */
#include "config.h"

#include "plugins/common/dimensions.h"
#include "plugins/common/grouped.h"
#include "plugins/common/query.h"
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
	return tap_done();
}
