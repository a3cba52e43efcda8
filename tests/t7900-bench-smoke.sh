#!/bin/sh
# The province bench (bench/run.sh, make bench) in its smoke mode: the whole
# harness once on a 3-county province -- every command's numbers against
# the hand-written SQL over the raw ledger, and the host's figures.  It
# must fail when a command and its SQL disagree.  DuckDB is left out here
# (optional, and not installed by the build).
test_description='bench smoke run'
. "$(dirname "$0")/test-lib.sh"

test_have_prereq SQLITE3 || skip_all 'sqlite3 CLI not found'
test -x /usr/bin/time || skip_all '/usr/bin/time not found (apt-get install time)'
DB="$SAFESTAT_BUILD_DIR/data/county.db"
QUERIES="$SAFESTAT_SRC_DIR/bench/queries"

# bench [VAR=VALUE...]: the smoke run with a cache of the test's own.
bench () {
	env BENCH_SMOKE=1 BENCH_NO_DUCKDB=1 BENCH_CACHE="$TRASH/cache" "$@" \
		"$SHELL_PATH" "$SAFESTAT_SRC_DIR/bench/run.sh"
}
SHELL_PATH=${SHELL_PATH:-/bin/sh}

test_expect_success 'the hand SQL gives the 2023 report: penalties, hazards' '
	"$SQLITE3_CLI" -csv "$DB" <"$QUERIES/enforcement.sql" >out &&
	echo "990101,32,123500" >expect &&
	test_cmp expect out &&
	"$SQLITE3_CLI" -csv "$DB" <"$QUERIES/hazards-county.sql" | cut -d, -f1-4 >out &&
	printf "general,990101,1324,1121\nmajor,990101,98,88\n" >expect &&
	test_cmp expect out
'

test_expect_success 'a smoke run: every command agrees with its SQL' '
	bench >out 2>err &&
	grep -q "^dataset: 3-county province" out &&
	n=$(ls "$QUERIES"/*.sql | grep -vc "\.duckdb\.sql\$") &&
	test "$n" -ge 12 &&
	test "$(grep -c "| same |\$" out)" = "$n" &&
	! grep -q DIFFERENT out &&
	test "$(grep -c "^| \`[^\`]*\` | [0-9.]* | [0-9.]* | - |" out)" = "$n"
'

test_expect_success '... and measures the host: start-up, pipe, export, import' '
	grep -q "^| start-up (" out &&
	grep -q "^| 1000 piped trivial commands |" out &&
	grep -q "^| peak RSS, 10000-row csv export of the hazard ledger |" out &&
	grep -q "^| import of 10000 hazard rows, rows/s | [0-9]* | [0-9]* |" out
'

test_expect_success 'the province is cached: a second run does not build it' '
	bench BENCH_ONLY=enforcement >out2 2>err2 &&
	! grep -q "building" err2 &&
	test "$(grep -c "| same |\$" out2)" = 1 &&
	! grep -q "piped" out2
'

test_expect_success 'a command that disagrees with its SQL fails the bench' '
	mkdir -p broken &&
	sed "/category = .safety./d" "$QUERIES/enforcement.sql" >broken/enforcement.sql &&
	test_expect_code 1 bench BENCH_ONLY=enforcement \
		BENCH_QUERIES="$TRASH/broken" >out3 2>err3 &&
	grep -q "| DIFFERENT |\$" out3 &&
	grep -q "enforcement: safestat and sqlite3 disagree" err3 &&
	grep -q "^bench: FAILED" err3
'

test_done
