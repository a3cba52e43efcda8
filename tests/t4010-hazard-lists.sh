#!/bin/sh
# county: `hazards overdue` and `hazards open`, the closed-loop follow-up
# lists, on the bundled dataset: which hazards, in which order, with how
# many days, as of which day -- each checked against SQL written here.
test_description='county hazard lists'
. "$(dirname "$0")/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/county-lib.sh"

# rows COMMAND FIELDS: county-lib.sh's rows, cut to the columns FIELDS.
rows () {
	"$SAFESTAT" "$DB" -F csv -c "$1" | tr -d '\r' | sed 1d | cut -d, -f"$2"
}

# open_on DAY [AND ...]: id, days open, days overdue of the hazards open
# on DAY, found earliest first.
open_on () {
	q "SELECT hazard_id,
		CAST(julianday('$1') - julianday(found_date) AS INTEGER),
		CASE WHEN deadline_date < '$1'
		     THEN CAST(julianday('$1') - julianday(deadline_date) AS INTEGER)
		     ELSE 0 END
	   FROM hazard
	   WHERE found_date <= '$1' AND (rectified_date IS NULL OR rectified_date > '$1') $2
	   ORDER BY found_date, hazard_id"
}

# overdue_on DAY [AND ...]: id, deadline, days overdue of the hazards open
# and past their deadline on DAY, most overdue first.
overdue_on () {
	q "SELECT hazard_id, deadline_date,
		CAST(julianday('$1') - julianday(deadline_date) AS INTEGER)
	   FROM hazard
	   WHERE found_date <= '$1' AND (rectified_date IS NULL OR rectified_date > '$1')
	     AND deadline_date < '$1' $2
	   ORDER BY deadline_date, hazard_id"
}

MAJOR="AND level = 'major'"
FOUND_2023="AND found_date BETWEEN '2023-01-01' AND '2023-12-31'"
CHENGGUAN="AND township_id = (SELECT township_id FROM township WHERE name_zh = '城关镇')"

test_expect_success 'the keys of both lists' '
	"$SAFESTAT" "$DB" -F csv -c "hazards overdue --as-of 2023-12-31" | head -n 1 >out &&
	printf "hazard_id,level,level_zh,found_date,deadline_date,days_open,days_overdue,township,township_zh,sector,sector_zh,unit_id,unit_zh,finder,finder_zh,description,as_of\r\n" >expect &&
	test_cmp expect out &&
	"$SAFESTAT" "$DB" -F csv -c "hazards open --as-of 2023-12-31" | head -n 1 >out &&
	test_cmp expect out
'

test_expect_success 'overdue major hazards on 2023-12-31: most overdue first, with their days' '
	rows "hazards overdue --as-of 2023-12-31 --level major" 1,5,7 >out &&
	overdue_on 2023-12-31 "$MAJOR" >expect &&
	test_cmp expect out &&
	test -s out
'

test_expect_success 'every overdue hazard, any level, found any time up to the day' '
	rows "hazards overdue --as-of 2024-06-30" 1,5,7 >out &&
	overdue_on 2024-06-30 >expect &&
	test_cmp expect out
'

test_expect_success 'the list tells where, what and whose: unit, township, sector, level, description' '
	rows "hazards overdue --as-of 2023-12-31 --level major" 1,2,8,10,12,16 >out &&
	q "SELECT h.hazard_id, h.level, t.code, h.sector, h.unit_id, h.description
	   FROM hazard h JOIN township t USING (township_id)
	   WHERE h.level = ${sq}major${sq} AND h.found_date <= ${sq}2023-12-31${sq}
	     AND (h.rectified_date IS NULL OR h.rectified_date > ${sq}2023-12-31${sq})
	     AND h.deadline_date < ${sq}2023-12-31${sq}
	   ORDER BY h.deadline_date, h.hazard_id" >expect &&
	test_cmp expect out
'

test_expect_success 'open major hazards on 2023-12-31: found earliest first, days open and overdue' '
	rows "hazards open --level major --as-of 2023-12-31" 1,6,7 >out &&
	open_on 2023-12-31 "$MAJOR" >expect &&
	test_cmp expect out
'

test_expect_success '--as-of changes the lists as SQL says' '
	rows "hazards open --level major --as-of 2024-12-31" 1,6,7 >late &&
	open_on 2024-12-31 "$MAJOR" >expect &&
	test_cmp expect late &&
	rows "hazards open --level major --as-of 2023-12-31" 1,6,7 >early &&
	! test_cmp early late
'

test_expect_success 'without --as-of the lists are as of today' '
	SAFESTAT_TODAY=2024-03-01 rows "hazards overdue" 1,5,7 >out &&
	overdue_on 2024-03-01 >expect &&
	test_cmp expect out
'

test_expect_success 'a period keeps what was found in it, as of its last day' '
	rows "hazards overdue --year 2023" 1,5,7 >out &&
	overdue_on 2023-12-31 "$FOUND_2023" >expect &&
	test_cmp expect out &&
	rows "hazards open --year 2023 --as-of 2024-06-30" 1,6,7 >out &&
	open_on 2024-06-30 "$FOUND_2023" >expect &&
	test_cmp expect out
'

test_expect_success '--township narrows the list' '
	rows "hazards overdue --as-of 2023-12-31 --township 城关镇" 1,5,7 >out &&
	overdue_on 2023-12-31 "$CHENGGUAN" >expect &&
	test_cmp expect out
'

test_expect_success 'nothing open: an empty list and status 0' '
	"$SAFESTAT" "$DB" -F csv -c "hazards open --level major --sector gas --as-of 2023-12-31" >out 2>err &&
	test_must_be_empty err &&
	test $(wc -l <out) = 1 &&
	test $(q "SELECT count(*) FROM hazard WHERE level = ${sq}major${sq} AND sector = ${sq}gas${sq} AND found_date <= ${sq}2023-12-31${sq}") = 0
'

test_expect_success 'tables say as of which day and in which order' '
	"$SAFESTAT" "$DB" -F table -c "hazards overdue --as-of 2023-12-31 --level major" >out &&
	head -n 1 out >title &&
	echo "逾期未整改隐患 · 截至2023-12-31" >expect &&
	test_cmp expect title &&
	grep "^\* 截至2023-12-31仍未整改且已过整改期限的隐患，逾期最久的在前" out
'

test_expect_success 'an --as-of before the period is refused' '
	test_expect_code 1 "$SAFESTAT" "$DB" -c "hazards open --year 2024 --as-of 2023-12-31" 2>err &&
	test $(wc -l <err) = 1 &&
	grep "before the period starts" err
'

test_done
