/*
 * data/gen/main.c -- safestat-gen: write a safestat dataset.
 *
 *	safestat-gen [--seed S] [--counties N] [--verbose] --out FILE
 *
 * Without --counties (or with 1) it writes the bundled county: one county
 * with ledgers for 2021-2025, its city's neighbours for the risk index.
 * With --counties N (N >= 2) it writes a province of N counties of the
 * same shape, county 1 being the bundled county.  The same seed and
 * options give a byte-identical file: all randomness comes from rng.c
 * streams seeded from the command line, nothing reads the clock, and rows
 * are written in a fixed order.
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "data/dataset.h"
#include "data/gen/gen.h"

/* The seed of the bundled dataset when none is given. */
#define DEFAULT_SEED	2023
/* Mean size of a province county relative to the bundled one: about
 * 107,000 hazard rows each, so that 100 counties give 10.6 million (a
 * margin of 6% over the 10 million the benchmark needs; the total varies
 * by well under 1% between seeds). */
#define PROVINCE_MEAN_SIZE	16.5

void
county_rng(const struct county *c, int area, struct rng *r)
{
	rng_seed(r, c->g->seed, (uint64_t)c->index * 64 + (uint64_t)area);
}

/* Print the usage line to f. */
static void
usage(FILE *f)
{
	fputs("usage: safestat-gen [--seed S] [--counties N] [--verbose] "
	    "--out FILE\n", f);
}

/* Seconds on a monotonic clock, for --verbose timings (never data). */
double
seconds(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Schema objects dropped while loading and created again afterwards:
 * the secondary indexes (building an index once over sorted input is far
 * cheaper than updating it row by row) and the triggers that keep the
 * summaries in step (the summaries are built in bulk instead). */
struct deferred_sql {
	char	**sql;
	int	 n;
};

/* Save the schema's objects of `type` (index or trigger) into ds and
 * drop them. */
static void
deferred_drop(struct gen *g, const char *type, struct deferred_sql *ds)
{
	sqlite3_stmt	*s;
	char		 drop[256];
	char		**names = NULL;
	int		 i;

	if (sqlite3_prepare_v2(g->db, "SELECT name, sql FROM sqlite_master "
	    "WHERE type = ?1 AND sql IS NOT NULL ORDER BY rowid", -1, &s,
	    NULL) != SQLITE_OK)
		die("%s", sqlite3_errmsg(g->db));
	sqlite3_bind_text(s, 1, type, -1, SQLITE_STATIC);
	ds->n = 0;
	ds->sql = NULL;
	while (sqlite3_step(s) == SQLITE_ROW) {
		ds->sql = realloc(ds->sql, (size_t)(ds->n + 1) * sizeof *ds->sql);
		names = realloc(names, (size_t)(ds->n + 1) * sizeof *names);
		if (ds->sql == NULL || names == NULL)
			die("out of memory");
		ds->sql[ds->n] = strdup((const char *)sqlite3_column_text(s, 1));
		names[ds->n] = strdup((const char *)sqlite3_column_text(s, 0));
		if (ds->sql[ds->n] == NULL || names[ds->n] == NULL)
			die("out of memory");
		ds->n++;
	}
	sqlite3_finalize(s);
	for (i = 0; i < ds->n; i++) {
		/* Names come from our own schema, not from data. */
		snprintf(drop, sizeof drop, "DROP %s \"%s\"",
		    strcmp(type, "index") == 0 ? "INDEX" : "TRIGGER", names[i]);
		db_exec(g, drop);
		free(names[i]);
	}
	free(names);
}

/* Create the saved objects again (timing each with --verbose). */
static void
deferred_create(struct gen *g, struct deferred_sql *ds, int verbose)
{
	double	t;
	int	i;

	for (i = 0; i < ds->n; i++) {
		t = seconds();
		db_exec(g, ds->sql[i]);
		if (verbose && seconds() - t > 0.5)
			fprintf(stderr, "safestat-gen: %.1f s: %s\n",
			    seconds() - t, ds->sql[i]);
		free(ds->sql[i]);
	}
	free(ds->sql);
}

/* Record what the file is. */
static void
dataset_info(struct gen *g)
{
	static const char *const keys[] = {
		"kind", "generator", "seed", "counties", "ledger_years",
		"holiday_years", "home_county", "province", "description",
	};
	char		 values[9][160];
	struct ins	*s;
	size_t		 i;

	snprintf(values[0], sizeof values[0], "%s",
	    g->province ? "province" : "county");
	snprintf(values[1], sizeof values[1], "%s", GEN_VERSION);
	snprintf(values[2], sizeof values[2], "%" PRIu64, g->seed);
	snprintf(values[3], sizeof values[3], "%d", g->ncounties);
	snprintf(values[4], sizeof values[4], "%d-%d", YEAR_FIRST, YEAR_LAST);
	snprintf(values[5], sizeof values[5], "%d-%d", YEAR_FIRST,
	    HOLIDAY_LAST);
	snprintf(values[6], sizeof values[6], "990101");
	snprintf(values[7], sizeof values[7], "云岭省");
	snprintf(values[8], sizeof values[8], "%s", g->province ?
	    "synthetic province: county 990101 is the bundled county" :
	    "synthetic county ledgers reproducing the 2023 safety work report");
	for (i = 0; i < sizeof keys / sizeof keys[0]; i++) {
		s = st(g, ST_INFO);
		b_text(s, 1, keys[i]);
		b_text(s, 2, values[i]);
		db_insert(g, s);
	}
}

/* Sizes of the ledger counties: 1 for the bundled county, lognormal for
 * the others, rescaled to PROVINCE_MEAN_SIZE on average so that the
 * province's row counts are predictable. */
static void
county_sizes(struct gen *g, double *size, double *rate)
{
	struct county	c = { .g = g };
	struct rng	r;
	double		sum = 0;
	int		i;

	size[0] = 1;
	rate[0] = 0.85;
	for (i = 1; i < g->ncounties; i++) {
		c.index = i + 1;
		county_rng(&c, AREA_SIZE, &r);
		size[i] = exp(0.55 * rng_normal(&r));
		rate[i] = 0.88 + 0.05 * rng_normal(&r);
		if (rate[i] < 0.7)
			rate[i] = 0.7;
		if (rate[i] > 0.97)
			rate[i] = 0.97;
		sum += size[i];
	}
	for (i = 1; i < g->ncounties; i++)
		size[i] *= PROVINCE_MEAN_SIZE * (g->ncounties - 1) / sum;
}

/* Free what a county allocated. */
static void
county_free(struct county *c)
{
	size_t	i;
	int	k;

	free(c->units);
	for (k = 0; k < NSECTORS; k++)
		free(c->by_sector[k]);
	for (k = 0; k < NYEARS; k++) {
		free(c->majors[k]);
		free(c->gas_self[k]);
	}
	for (i = 0; i < c->names_cap; i++)
		free(c->names[i]);
	free(c->names);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "seed", required_argument, NULL, 's' },
		{ "counties", required_argument, NULL, 'n' },
		{ "out", required_argument, NULL, 'o' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct gen		 g;
	struct deferred_sql	 indexes, triggers;
	struct county		 c;
	const char		*out = NULL;
	char			 msg[512], *end;
	double			*size, *rate, t0, t1, t2, t3;
	int			 ch, i, verbose = 0;
	long			 n;

	memset(&g, 0, sizeof g);
	g.seed = DEFAULT_SEED;
	g.ncounties = 1;
	while ((ch = getopt_long(argc, argv, "s:n:o:vh", longopts, NULL)) != -1) {
		switch (ch) {
		case 's':
			errno = 0;
			g.seed = strtoull(optarg, &end, 10);
			if (errno != 0 || *end != '\0' || *optarg == '\0')
				die("--seed wants a non-negative integer, not '%s'",
				    optarg);
			break;
		case 'n':
			n = strtol(optarg, &end, 10);
			if (*end != '\0' || n < 1 || n > 9900)
				die("--counties wants 1 to 9900, not '%s'", optarg);
			g.ncounties = (int)n;
			break;
		case 'o':
			out = optarg;
			break;
		case 'v':
			verbose = 1;
			break;
		case 'h':
			usage(stdout);
			return 0;
		default:
			usage(stderr);
			return 2;
		}
	}
	if (out == NULL || optind != argc) {
		usage(stderr);
		return 2;
	}
	g.province = g.ncounties >= 2;
	/* Eight counties to a city; a small province still puts the
	 * bundled county and the province's first-ranked one in different
	 * cities, as the 2023 ranks (2nd in province, 1st in city) need. */
	g.per_city = g.province ? (g.ncounties >= 16 ? 8 :
	    (g.ncounties / 2 > 1 ? g.ncounties / 2 : 1)) : 8;
	g.province_size = g.province ? g.ncounties : 100;

	if (unlink(out) != 0 && errno != ENOENT)
		die("cannot remove %s: %s", out, strerror(errno));
	if (sqlite3_open(out, &g.db) != SQLITE_OK)
		die("cannot open %s: %s", out, sqlite3_errmsg(g.db));
	t0 = seconds();
	/* Nothing to recover if the run dies: the build removes the file.
	 * So no journal, no syncs, and a large cache while loading. */
	/* 16 KiB pages load and index a province faster; the small county
	 * file keeps SQLite's default. */
	db_exec(&g, g.province ? "PRAGMA page_size = 16384" :
	    "PRAGMA page_size = 4096");
	db_exec(&g, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; "
	    "PRAGMA cache_size = -1000000; PRAGMA temp_store = MEMORY");
	/* The county is checked against its foreign keys as it is
	 * written; the province skips that for speed (tests run
	 * PRAGMA foreign_key_check on a small one). */
	db_exec(&g, g.province ? "PRAGMA foreign_keys = OFF" :
	    "PRAGMA foreign_keys = ON");
	/* Likewise its CHECK constraints: the same code writes the county
	 * with them on, and the tests copy a small province into a fresh
	 * schema with them on. */
	if (g.province)
		db_exec(&g, "PRAGMA ignore_check_constraints = ON");
	if (dataset_create(g.db, msg, sizeof msg) != 0)
		die("%s", msg);
	deferred_drop(&g, "index", &indexes);
	deferred_drop(&g, "trigger", &triggers);
	db_exec(&g, "BEGIN");
	db_prepare_all(&g, g.province);
	dataset_info(&g);
	gen_codes(&g);
	gen_aliases(&g);
	gen_province_places(&g);

	size = calloc((size_t)g.ncounties, sizeof *size);
	rate = calloc((size_t)g.ncounties, sizeof *rate);
	if (size == NULL || rate == NULL)
		die("out of memory");
	county_sizes(&g, size, rate);
	for (i = 0; i < g.ncounties; i++) {
		memset(&c, 0, sizeof c);
		c.g = &g;
		c.index = i + 1;
		c.county_id = i + 1;
		c.size = size[i];
		c.rate = rate[i];
		county_name(c.index, c.name_zh, sizeof c.name_zh,
		    c.name_en, sizeof c.name_en);
		plan_county(&c);
		gen_places(&c);
		gen_units(&c);
		gen_insurance(&c);
		gen_hazards(&c);
		gen_enforcement(&c);
		gen_outreach(&c);
		gen_accidents(&c);
		gen_traffic(&c);
		gen_gas(&c);
		gen_chemicals(&c);
		gen_tourism(&c);
		summary_write_county(&g);
		county_free(&c);
		if (verbose && (i + 1) % 10 == 0)
			fprintf(stderr, "safestat-gen: %d counties, %.1f s\n",
			    i + 1, seconds() - t0);
	}
	free(size);
	free(rate);
	gen_risk_index(&g);
	summary_write_province(&g);
	db_flush_all(&g);
	db_exec(&g, "COMMIT");
	db_finalize_all(&g);
	db_exec(&g, "PRAGMA ignore_check_constraints = OFF");
	t1 = seconds();
	/* Index builds sort; in chunks of a few tens of megabytes, with two
	 * worker threads, they sort about 40% faster than in one big
	 * in-memory run. */
	db_exec(&g, "PRAGMA cache_size = -32000; PRAGMA threads = 2");
	deferred_create(&g, &indexes, verbose);
	t2 = seconds();
	/* The summaries filled from their views come after the indexes:
	 * their views look rows up by key as the triggers do (a chemicals
	 * unit's installations), which without the indexes took 34 s of
	 * scans on a province instead of about one. */
	db_exec(&g, "PRAGMA cache_size = -1000000");
	/* The views they are filled from are the upkeep's (TEMP, this
	 * connection's): the file keeps only the tables. */
	if (dataset_upkeep(g.db, msg, sizeof msg) != 0)
		die("%s", msg);
	summary_build_rest(&g, verbose);
	deferred_create(&g, &triggers, verbose);
	/* Statistics for the query planner; a bounded sample keeps this
	 * quick (and deterministic) on a province. */
	t3 = seconds();
	db_exec(&g, "PRAGMA analysis_limit = 2000; ANALYZE");
	if (verbose)
		fprintf(stderr, "safestat-gen: ANALYZE %.1f s\n", seconds() - t3);
	if (verbose)
		fprintf(stderr, "safestat-gen: rows %.1f s, indexes %.1f s, "
		    "summaries, triggers and statistics %.1f s\n", t1 - t0,
		    t2 - t1, seconds() - t2);
	if (sqlite3_close(g.db) != SQLITE_OK)
		die("cannot close %s", out);
	return 0;
}
