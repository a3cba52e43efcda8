# bench/: safestat at province scale against sqlite3 and DuckDB (make bench;
# not part of make check).  bench/run.sh says what it measures and its
# settings (BENCH_RUNS, BENCH_ONLY, BENCH_SMOKE ...).
bench: all
	SAFESTAT_BUILD_DIR='$(abs_top_builddir)' SAFESTAT_SRC_DIR='$(abs_top_srcdir)' \
	  $(SHELL) $(top_srcdir)/bench/run.sh
.PHONY: bench
EXTRA_DIST += bench/run.sh bench/lib.sh bench/province-db.sh bench/queries.sh \
	bench/host.sh bench/normalise.awk bench/duckdb.mjs \
	bench/queries/accidents.duckdb.sql \
	bench/queries/accidents.sql \
	bench/queries/chemicals-units.sql \
	bench/queries/enforcement.sql \
	bench/queries/gas-users.sql \
	bench/queries/hazards-county.sql \
	bench/queries/hazards-major.sql \
	bench/queries/hazards-month.duckdb.sql \
	bench/queries/hazards-month.sql \
	bench/queries/hazards-overdue.duckdb.sql \
	bench/queries/hazards-overdue.sql \
	bench/queries/hazards-sector.sql \
	bench/queries/inspections.sql \
	bench/queries/insurance.sql \
	bench/queries/outreach.sql \
	bench/queries/overload.duckdb.sql \
	bench/queries/overload.sql \
	bench/queries/tourism-flow.duckdb.sql \
	bench/queries/tourism-flow.sql
