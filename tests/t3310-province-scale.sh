#!/bin/sh
# The 100-county province: at least 10 million hazard rows in under two
# minutes.  Slow (and 3.5 GB), so it runs only when asked:
#	SAFESTAT_SLOW_TESTS=1 make check TESTS=tests/t3310-province-scale.sh

test_description='a 100-county province, timed'
. "$SAFESTAT_SRC_DIR/tests/test-lib.sh"

test -n "$SAFESTAT_SLOW_TESTS" || skip_all 'set SAFESTAT_SLOW_TESTS=1 to run'
test_have_prereq SQLITE3 || skip_all 'the sqlite3 command-line shell is missing'

test_expect_success '100 counties, 10 million hazards, under 120 seconds' '
	start=$(date +%s) &&
	"$SAFESTAT_BUILD_DIR/data/safestat-gen" --counties 100 --verbose --out p.db &&
	end=$(date +%s) &&
	echo "$((end - start)) s" &&
	test $((end - start)) -lt 120 &&
	test "$(sql_cli p.db "SELECT count(*) >= 10000000 FROM hazard")" = 1 &&
	rm -f p.db
'

test_done
