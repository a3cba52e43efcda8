#!/bin/sh
# tourism equipment: each piece with its last inspection on or before the
# as-of day and when the next falls due, checked against the inspection
# ledger with SQL written here; overdue ones first and alone with
# --overdue; a day before the ledger began is refused.

test_description='tourism equipment and its inspections'
. "$SAFESTAT_SRC_DIR/tests/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/host-lib.sh"

test_have_prereq SQLITE3 || skip_all 'the sqlite3 command-line shell is missing'

DB="$SAFESTAT_BUILD_DIR/data/county.db"
test -f "$DB" || skip_all 'the bundled dataset is not built'

csv () {
	"$SAFESTAT" "$DB" -F csv "$@" | tr -d "\r"
}

# Each piece on day $1: spot, name, last inspection, result, next due,
# overdue -- the latest inspection by date, from the ledger.
expected () {
	sql_cli -separator , "$DB" "SELECT s.name_zh, e.name_zh, i.inspect_date,
	    i.result, i.next_due_date, i.next_due_date < '$1'
	    FROM tourism_equipment e JOIN scenic_spot s USING (spot_id)
	    JOIN equipment_inspection i ON i.equipment_id = e.equipment_id
	    WHERE i.inspect_date = (SELECT max(inspect_date)
	      FROM equipment_inspection j WHERE j.equipment_id = e.equipment_id
	      AND j.inspect_date <= '$1')
	    ORDER BY 1, 2"
}

test_expect_success 'every piece at the end of 2025, as the ledger has it' '
	csv -c "tourism equipment --as-of 2025-12-31" >out &&
	echo spot,equipment,kind,special_equipment,registration_no,commissioned_date,last_inspected,last_result,next_due,overdue,overdue_days,as_of >expect &&
	head -n 1 out >keys &&
	test_cmp expect keys &&
	expected 2025-12-31 >expect &&
	tail -n +2 out | cut -d, -f1,2,7-10 | sort >got &&
	test_cmp expect got &&
	test "$(tail -n +2 out | wc -l)" = "$(sql_cli "$DB" "SELECT count(*) FROM tourism_equipment")"
'

test_expect_success 'overdue first, with the days since it fell due' '
	sed -n 2p out >first &&
	grep ",1,[0-9]*,2025-12-31\$" first &&
	due=$(cut -d, -f9 first) &&
	test "$(cut -d, -f11 first)" = "$(sql_cli "$DB" "SELECT CAST(julianday('"'"'2025-12-31'"'"') - julianday('"'"'$due'"'"') AS INTEGER)")"
'

test_expect_success '--overdue: only those' '
	csv -c "tourism equipment --overdue --as-of 2025-12-31" >over &&
	expected 2025-12-31 | awk -F, "\$6 == 1" | cut -d, -f1,2 >expect &&
	tail -n +2 over | cut -d, -f1,2 | sort >got &&
	test_cmp expect got &&
	test -s got
'

test_expect_success 'mid-2023: a different set, still the ledger'"'"'s' '
	csv -c "tourism equipment --as-of 2023-07-01" >mid &&
	expected 2023-07-01 >expect &&
	tail -n +2 mid | cut -d, -f1,2,7-10 | sort >got &&
	test_cmp expect got
'

test_expect_success 'the default day: today, or the end of the data when sooner' '
	csv -c "tourism equipment" >today &&
	test_cmp out today &&
	SAFESTAT_TODAY=2024-03-01 csv -c "tourism equipment" >early &&
	csv -c "tourism equipment --as-of 2024-03-01" >expect &&
	test_cmp expect early &&
	tail -n +2 early | cut -d, -f12 | sort -u >days &&
	echo 2024-03-01 >expect && test_cmp expect days &&
	SAFESTAT_TODAY=2026-06-30 csv -c "tourism equipment" >late &&
	test_cmp out late &&
	SAFESTAT_TODAY=2026-06-30 "$SAFESTAT" "$DB" -F table -c "tourism equipment" >late.table &&
	head -n 1 late.table | grep "（截至2025-12-31）\$"
'

test_expect_success 'special equipment carries its registration number' '
	awk -F, "NR > 1 && (\$4 == 1) != (\$5 != \"\") { print; bad = 1 } END { exit bad }" out
'

test_expect_success 'table: the total counts the overdue pieces' '
	"$SAFESTAT" "$DB" -F table -c "tourism equipment --as-of 2025-12-31" >out.txt &&
	n=$(expected 2025-12-31 | awk -F, "\$6 == 1" | wc -l) &&
	grep "│ 合计 .*│ *$n │ *│ *│\$" out.txt
'

test_expect_success 'one spot' '
	csv -c "tourism equipment --spot 青峰山风景区 --as-of 2025-12-31" >one &&
	test "$(tail -n +2 one | cut -d, -f1 | sort -u)" = 青峰山风景区 &&
	test_line_count 4 one
'

test_expect_success 'before the ledger began: refused, not "never inspected"' '
	test_expect_code 1 "$SAFESTAT" "$DB" -c "tourism equipment --as-of 2020-06-01" 2>err &&
	start=$(sql_cli "$DB" "SELECT min(inspect_date) FROM equipment_inspection") &&
	grep "the inspection ledger starts on $start" err
'

test_done
