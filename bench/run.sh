#!/bin/sh
# bench/run.sh -- safestat at province scale, side by side with sqlite3 and
# DuckDB (make bench; never part of make check).
#
#   1. the province: the generator's 100-county file (>= 10 M hazards),
#      built once and cached in bench/cache/ (bench/province-db.sh);
#   2. each command of bench/queries/ against the same question in SQL over
#      the raw ledger, in sqlite3 and in DuckDB, results compared
#      (bench/queries.sh);
#   3. the host: start-up, piped commands, export RSS, import
#      (bench/host.sh).
#
# Settings (environment):
#   BENCH_RUNS=N        timed runs per measurement (default 5; warm-up first)
#   BENCH_ONLY=a,b      only the queries whose names start so (no host part)
#   BENCH_HOST_ONLY=1   only the host part (start-up, pipe, export, import)
#   BENCH_COUNTIES=N    the province's size (default 100)
#   BENCH_SMOKE=1       everything once on a 3-county province, small sizes
#   BENCH_NO_DUCKDB=1   leave DuckDB out
#   BENCH_COMMANDS, BENCH_ROWS, BENCH_IMPORT_ROWS: the host part's sizes
#   BENCH_CACHE=DIR     where datasets are cached (default bench/cache/)
#   BENCH_QUERIES=DIR   the queries (default bench/queries/)
#
# Prints Markdown tables for docs/performance.md; exits 1 when a command's
# numbers differ from the hand-written SQL's (or a run fails), 0 otherwise:
# a missed target is reported (MISS), not an error.
set -u
: "${SAFESTAT_BUILD_DIR:=$(pwd)}"
: "${SAFESTAT_SRC_DIR:=$(cd "$(dirname "$0")/.." && pwd)}"
SAFESTAT_BUILD_DIR=$(cd "$SAFESTAT_BUILD_DIR" && pwd)
SAFESTAT_SRC_DIR=$(cd "$SAFESTAT_SRC_DIR" && pwd)
SAFESTAT="$SAFESTAT_BUILD_DIR/shell/safestat"
SQLITE3=${SQLITE3:-sqlite3}
CACHE=${BENCH_CACHE:-"$SAFESTAT_BUILD_DIR/bench/cache"}
QUERIES=${BENCH_QUERIES:-"$SAFESTAT_SRC_DIR/bench/queries"}
BENCH_ONLY=${BENCH_ONLY:-}
if test "${BENCH_SMOKE:-0}" = 1; then
	COUNTIES=${BENCH_COUNTIES:-3} RUNS=${BENCH_RUNS:-1} WARMUP=0
	BENCH_COMMANDS=${BENCH_COMMANDS:-1000} BENCH_ROWS=${BENCH_ROWS:-10000}
	BENCH_IMPORT_ROWS=${BENCH_IMPORT_ROWS:-10000}
else
	COUNTIES=${BENCH_COUNTIES:-100} RUNS=${BENCH_RUNS:-5} WARMUP=1
	BENCH_COMMANDS=${BENCH_COMMANDS:-100000} BENCH_ROWS=${BENCH_ROWS:-10000000}
	BENCH_IMPORT_ROWS=${BENCH_IMPORT_ROWS:-1000000}
fi
export SQLITE3

. "$SAFESTAT_SRC_DIR/bench/lib.sh"
. "$SAFESTAT_SRC_DIR/bench/province-db.sh"
. "$SAFESTAT_SRC_DIR/bench/queries.sh"
. "$SAFESTAT_SRC_DIR/bench/host.sh"

command -v "$SQLITE3" >/dev/null 2>&1 || { note "sqlite3 is required (apt-get install sqlite3)"; exit 1; }
test -x /usr/bin/time || { note "/usr/bin/time is required (apt-get install time)"; exit 1; }
test -x "$SAFESTAT" || { note "no $SAFESTAT: build first (make)"; exit 1; }
test -x "$SAFESTAT_BUILD_DIR/data/safestat-gen" || { note "no data/safestat-gen: build first (make)"; exit 1; }
mkdir -p "$CACHE" && CACHE=$(cd "$CACHE" && pwd) && cd "$CACHE" || exit 1
QUERIES=$(cd "$QUERIES" && pwd) || exit 1
unset SAFESTAT_DB SAFESTAT_PLUGIN_PATH

province_db || { note "the province could not be built"; exit 1; }
DUCKDB_DB=
HOST_ONLY=${BENCH_HOST_ONLY:-0}
if test "$HOST_ONLY" != 1 && test "${BENCH_NO_DUCKDB:-0}" != 1 &&
    duckdb_available; then
	duckdb_db || { note "the DuckDB copy could not be loaded"; exit 1; }
fi

echo "safestat $("$SAFESTAT" --version | sed 's/^safestat //'); $("$SQLITE3" --version | cut -d' ' -f1-2)${DUCKDB_DB:+; DuckDB $(DUCKDB_DIR="$DUCKDB_DIR" node -e "console.log(require(process.env.DUCKDB_DIR + '/node_modules/@duckdb/node-api/package.json').version)" 2>/dev/null), node $(node --version)}"
echo "machine: $(uname -m), $(nproc) cores, $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n 1), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
echo "dataset: $COUNTIES-county province, $("$SQLITE3" "$PROVINCE_DB" "SELECT count(*) FROM hazard") hazards, $(du -m "$PROVINCE_DB" | cut -f1) MB, generated in ${PROVINCE_BUILD_S:-?} s"
echo "plugins loaded: $("$SAFESTAT" "$PROVINCE_DB" -c plugins -F tsv | tail -n +2 | cut -f1 | paste -s -d ' ')"
echo "timing: $WARMUP warm-up + $RUNS runs per query, alternating safestat, sqlite3, DuckDB; medians"
echo
status=0
if test "$HOST_ONLY" != 1; then
	run_queries || status=1
fi
if test -z "$BENCH_ONLY"; then
	echo
	START_DB=$PROVINCE_DB EXPORT_DB=$PROVINCE_DB
	IMPORT_SOURCE_DB="$SAFESTAT_BUILD_DIR/data/county.db"
	run_host || status=1
fi
test $status = 0 || note "FAILED: see the messages above"
exit $status
