#!/bin/sh
# county: `inspections` on the bundled dataset: the report's 6 leader-led
# inspections in the key periods, every inspection by department and
# month, and the hazards they found -- checked against SQL written here.
test_description='county inspections'
. "$(dirname "$0")/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/county-lib.sh"

# inspected FROM TO [AND ...]: inspections, leader-led, and the hazards
# and major hazards whose ledger rows point to one of them.
inspected () {
	q "WITH i AS (SELECT * FROM inspection i
		WHERE i.inspect_date BETWEEN '$1' AND '$2' $3)
	   SELECT (SELECT count(*) FROM i),
		(SELECT count(*) FROM i WHERE leader_led = 1),
		(SELECT count(*) FROM hazard
		 WHERE inspection_id IN (SELECT inspection_id FROM i)),
		(SELECT count(*) FROM hazard WHERE level = 'major'
		 AND inspection_id IN (SELECT inspection_id FROM i))"
}

test_expect_success 'the keys' '
	"$SAFESTAT" "$DB" -F csv -c "inspections --year 2023" | head -n 1 >out &&
	printf "county,county_zh,inspections,leader_led,hazards_found,major_hazards_found\r\n" >expect &&
	test_cmp expect out
'

test_expect_success '2023: every inspection, the leader-led ones, the hazards they found' '
	rows "inspections --year 2023" >out &&
	echo "990101,青峰县,$(inspected 2023-01-01 2023-12-31)" >expect &&
	test_cmp expect out
'

test_expect_success 'six leader-led inspections in the key periods of 2023' '
	rows "inspections --year 2023 --leader --by period" >out &&
	q "SELECT p.code, p.name_zh, count(i.inspection_id), count(i.inspection_id), 0, 0
	   FROM period_kind p LEFT JOIN inspection i ON i.key_period = p.code
		AND i.leader_led = 1 AND i.inspect_date LIKE ${sq}2023-%${sq}
	   GROUP BY p.code ORDER BY p.report_order" >expect &&
	echo ",（非重点时段）,$(q "SELECT count(*), count(*), 0, 0 FROM inspection WHERE leader_led = 1 AND key_period IS NULL AND inspect_date LIKE ${sq}2023-%${sq}")" >>expect &&
	test_cmp expect out &&
	awk -F, "{ n += \$3 } END { print n }" out >sum &&
	echo 6 >expect && test_cmp expect sum &&
	# 两节 2, 两会 1, 五一 2, 端午 1
	grep "^new_year_spring,.*,2,2," out && grep "^two_sessions,.*,1,1," out &&
	grep "^may_day,.*,2,2," out && grep "^dragon_boat,.*,1,1," out
'

test_expect_success '--by department: every department, zero rows included' '
	rows "inspections --year 2023 --by department" | cut -d, -f1,3,4 >out &&
	q "SELECT d.code, count(i.inspection_id), count(CASE WHEN i.leader_led = 1 THEN 1 END)
	   FROM department d LEFT JOIN inspection i ON i.dept = d.code
		AND i.inspect_date LIKE ${sq}2023-%${sq}
	   GROUP BY d.code ORDER BY d.report_order" >expect &&
	test_cmp expect out &&
	rows "inspections --year 2023 --by department" | grep "^emb," | cut -d, -f3- >emb &&
	inspected 2023-01-01 2023-12-31 "AND i.dept = ${sq}emb${sq}" >expect &&
	test_cmp expect emb
'

test_expect_success '--by month: twelve months adding up to the year' '
	rows "inspections --year 2023 --by month" >out &&
	test $(wc -l <out) = 12 &&
	grep "^2023-05,$(inspected 2023-05-01 2023-05-31)\$" out &&
	awk -F, "{ for (i = 2; i <= 5; i++) s[i] += \$i } END { print s[2] \",\" s[3] \",\" s[4] \",\" s[5] }" out >sum &&
	inspected 2023-01-01 2023-12-31 >expect &&
	test_cmp expect sum
'

test_expect_success 'filters: --township and --department' '
	rows "inspections --year 2023 --township 新集镇 --department 住建" | cut -d, -f3- >out &&
	inspected 2023-01-01 2023-12-31 "AND i.dept = ${sq}hud${sq} AND i.township_id = (SELECT township_id FROM township WHERE name_zh = ${sq}新集镇${sq})" >expect &&
	test_cmp expect out
'

test_expect_success 'a period with no inspection: zero rows' '
	rows "inspections --year 2030 --leader --by period" | cut -d, -f3- | sort -u >out &&
	echo "0,0,0,0" >expect &&
	test_cmp expect out
'

test_expect_success 'tables: the total row, a title naming the leader-led inspections' '
	"$SAFESTAT" "$DB" -F table -c "inspections --year 2023 --leader --by period" >out &&
	head -n 1 out >title &&
	echo "县领导带队检查 · 2023年 · 按重点时段" >expect &&
	test_cmp expect title &&
	grep "│ 合计 .*│ *6 │ *6 │" out
'

test_done
