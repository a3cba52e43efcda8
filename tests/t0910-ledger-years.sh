#!/bin/sh
# The years the ledgers cover come from the ledgers themselves (the first
# and last dates of every dated ledger), not from a stored constant: a
# new dataset of one's own counts nothing without an error, and a copy of
# the bundled dataset that imports a 2026 hazard covers 2026.  The years
# are checked against min/max written here with the sqlite3 shell.
test_description='ledger years derived from the data'
. "$(dirname "$0")/test-lib.sh"

test_have_prereq SQLITE3 || skip_all 'the sqlite3 command-line shell is missing'

BUNDLED="$SAFESTAT_BUILD_DIR/data/county.db"
FIX="$SAFESTAT_SRC_DIR/tests/fixtures/import"

# years DB: "FIRST LAST" of every dated ledger in DB, by SQL.
years () {
	sql_cli "$1" "SELECT substr(min(d), 1, 4) || ' ' || substr(max(d), 1, 4)
	   FROM (SELECT found_date AS d FROM hazard
		UNION ALL SELECT decided_date FROM enforcement_case
		UNION ALL SELECT inspect_date FROM inspection
		UNION ALL SELECT visit_date FROM assistance_visit
		UNION ALL SELECT held_date FROM outreach_event
		UNION ALL SELECT occurred_date FROM accident
		UNION ALL SELECT op_date FROM overload_operation
		UNION ALL SELECT action_date FROM roadside_cleanup
		UNION ALL SELECT check_date FROM vehicle_fire_check
		UNION ALL SELECT inspect_date FROM gas_inspection
		UNION ALL SELECT check_date FROM equipment_check
		UNION ALL SELECT day FROM visitor_day)"
}

# coverage DB: the years the coverage note of a period after the data
# names, as "FIRST LAST".
coverage () {
	"$SAFESTAT" "$1" -F table -c "hazards --year 2090" |
		sed -n "s/.*台账只有\([0-9]*\)–\([0-9]*\)年的数据.*/\1 \2/p"
}

test_expect_success 'the bundled dataset: the years of its ledgers, as SQL finds them' '
	years "$BUNDLED" >expect &&
	echo "2021 2025" | test_cmp - expect &&
	coverage "$BUNDLED" >out &&
	test_cmp expect out
'

test_expect_success 'a new dataset: dated commands give empty results, not errors' '
	"$SAFESTAT" --create new.db -c tables >/dev/null &&
	for cmd in "hazards --year 2023" "hazards" "hazards open" \
	    "hazards overdue --year 2023" "enforcement --by month" \
	    "inspections" "outreach" "assistance" \
	    "accidents summary --by month" "insurance" "risk --years 5"; do
		"$SAFESTAT" new.db -F jsonl -c "$cmd" >out 2>err || {
			echo "$cmd failed"; cat err; return 1; }
		test_must_be_empty err || return 1
		test_must_be_empty out || return 1
	done &&
	# accidents adds the window its (empty) list covers.
	"$SAFESTAT" new.db -F jsonl -c "accidents --years 3" >out 2>err &&
	test_must_be_empty err &&
	grep -c . out >lines &&
	echo 1 | test_cmp - lines &&
	grep "\"accidents\":0}" out
'

test_expect_success 'a new dataset: tables say that it holds no ledger yet' '
	"$SAFESTAT" new.db -F table -c "hazards --year 2023" >out &&
	grep "数据集中还没有台账记录" out &&
	! grep "│ 合计" out
'

test_expect_success 'import a 2026 hazard into a copy: the ledgers now cover 2026' '
	cp "$BUNDLED" copy.db && chmod u+w copy.db &&
	"$SAFESTAT" copy.db -c "import hazard $FIX/hazards-good.csv" >/dev/null &&
	years copy.db >expect &&
	echo "2021 2026" | test_cmp - expect &&
	coverage copy.db >out &&
	test_cmp expect out
'

test_expect_success 'and the default year is 2026 once today is in it' '
	SAFESTAT_TODAY=2026-06-30 "$SAFESTAT" copy.db -F csv -c hazards |
		tr -d "\r" | sed 1d | cut -d, -f1,5,11 >out &&
	sql_cli -separator , copy.db "SELECT level, count(*), '"'"'2026-06-30'"'"'
	   FROM hazard WHERE found_date BETWEEN '"'"'2026-01-01'"'"' AND '"'"'2026-06-30'"'"'
	   GROUP BY level ORDER BY level = '"'"'major'"'"'" >expect &&
	test_cmp expect out
'

test_expect_success 'months of 2026 group the imported hazards' '
	SAFESTAT_TODAY=2026-06-30 "$SAFESTAT" copy.db -F csv \
		-c "hazards --level general --by month --quarter 2026Q1" |
		tr -d "\r" | sed 1d | cut -d, -f3,4 >out &&
	sql_cli -separator , copy.db "WITH RECURSIVE m(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM m WHERE n < 3)
	   SELECT printf('"'"'2026-%02d'"'"', n), (SELECT count(*) FROM hazard
		WHERE level = '"'"'general'"'"' AND substr(found_date, 1, 7) = printf('"'"'2026-%02d'"'"', n))
	   FROM m" >expect &&
	test_cmp expect out
'

test_expect_success 'dataset_info is not read: deleting its ledger_years changes nothing' '
	sql_cli copy.db "DELETE FROM dataset_info WHERE key = '"'"'ledger_years'"'"'" &&
	coverage copy.db >out &&
	echo "2021 2026" | test_cmp - out &&
	"$SAFESTAT" copy.db -F csv -c "hazards --year 2023" >out 2>err &&
	test_must_be_empty err
'

test_done
