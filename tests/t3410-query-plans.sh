#!/bin/sh
# The hot queries (tests/fixtures/hot-queries.sql: the province-wide
# questions the summaries answer, and the ledger lists) never read a
# ledger whole: EXPLAIN QUERY PLAN on a small province, whose ANALYZE
# statistics the generator wrote, shows no SCAN of a ledger without an
# index.  A summary or a code table may be scanned: they are small.

test_description='query plans of the hot queries'
. "$SAFESTAT_SRC_DIR/tests/test-lib.sh"

test_have_prereq SQLITE3 || skip_all 'the sqlite3 command-line shell is missing'

GEN="$SAFESTAT_BUILD_DIR/data/safestat-gen"
HOT="$SAFESTAT_SRC_DIR/tests/fixtures/hot-queries.sql"

# The ledgers: the tables that grow with the counties.
LEDGERS="hazard inspection enforcement_case assistance_visit meeting
	outreach_event publicity accident accident_figures overload_operation
	weighing visitor_day gas_user gas_inspection key_vehicle
	vehicle_fire_check equipment_check equipment_defect unit
	insurance_policy"

test_expect_success 'write a province of three counties' '
	"$GEN" --counties 3 --out p.db
'

# Split the file into one query per file, q.N, with its name in name.N.
test_expect_success 'the file lists its queries, each under a name' '
	awk "
		/^-- name: / { n++; sub(/^-- name: /, \"\"); print > (\"name.\" n); next }
		n && !/^--/ { print > (\"q.\" n) }
	" "$HOT" &&
	ls q.* >queries &&
	test "$(wc -l <queries)" -ge 20 &&
	for f in $(cat queries); do
		test "$(grep -c ";" $f)" = 1 || { echo "$f: one statement"; exit 1; }
	done
'

# For query file $1: the plan, then each ledger the plan scans whole (its
# name, or the alias the query gives it).
full_scans () {
	sql_upkeep p.db "EXPLAIN QUERY PLAN $(cat "$1")" >plan || return 1
	for t in $LEDGERS; do
		aliases="$t $(grep -o -i -E "(from|join) +$t( +as)? +[a-z]+" "$1" |
		    awk "{ print \$NF }")"
		for a in $aliases; do
			grep -E "SCAN $a( |\$)" plan | grep -v "USING" |
			    sed "s/^/$t: /"
		done
	done
}

test_expect_success 'no hot query scans a ledger without an index' '
	: >bad &&
	for f in $(cat queries); do
		n=${f#q.} &&
		full_scans $f >scans &&
		echo "$(cat name.$n):" && sed "s/^/	/" plan &&
		if test -s scans; then
			{ echo "$(cat name.$n):"; cat scans; } >>bad
		fi || exit 1
	done &&
	test_must_be_empty bad
'

# The summary questions read summaries only.
test_expect_success 'the summary questions read no ledger at all' '
	for f in $(cat queries); do
		n=${f#q.} &&
		grep -q "(summary)" name.$n || continue
		sql_upkeep p.db "EXPLAIN QUERY PLAN $(cat $f)" || exit 1
	done >plans &&
	test "$(grep -c "SEARCH summary_\|SEARCH s USING PRIMARY" plans)" -ge 14 &&
	! grep -E "(SCAN|SEARCH) ($(echo $LEDGERS | tr " " "|"))( |\$)" plans
'

test_done
