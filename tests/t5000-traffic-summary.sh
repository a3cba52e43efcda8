#!/bin/sh
# traffic summary: the road-traffic figures of the county's 2023 report,
# each checked twice -- the independent SQL gives the report's number, and
# the command gives what the SQL gives -- then filters, other periods,
# every output format, and the errors.
test_description='traffic summary'
. "$(dirname "$0")/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/sectors-lib.sh"

ss -F csv -c 'traffic summary --year 2023' >summary.csv 2>err
test_expect_success 'the 2023 summary runs quietly' '
	test_must_be_empty err &&
	test -s summary.csv
'

test_expect_success 'hazards: 30 found and all rectified (25 general, 5 major)' '
	q "SELECT count(*), count(CASE WHEN rectified_date <= '"'2023-12-31'"' THEN 1 END),
		count(CASE WHEN level = '"'major'"' THEN 1 END)
		FROM hazard WHERE sector = '"'transport'"' AND found_date $Y" >sql &&
	echo "30|30|5" >expect && test_cmp expect sql &&
	check_metric summary.csv hazards_found 30 &&
	check_metric summary.csv hazards_rectified 30 &&
	check_metric summary.csv hazards_rectified_pct 100.0 &&
	check_metric summary.csv major_found 5 &&
	check_metric summary.csv general_found 25
'

test_expect_success 'illegal cases: 35, with their fines' '
	q "SELECT count(*), sum(e.fine_yuan) FROM enforcement_case e, case_kind k
		WHERE k.code = e.kind AND k.category = '"'traffic'"'
		AND e.decided_date $Y" >sql &&
	test "$(cut -d"|" -f1 sql)" = 35 &&
	check_metric summary.csv illegal_cases 35 &&
	check_metric summary.csv illegal_fines_yuan "$(cut -d"|" -f2 sql)"
'

test_expect_success 'overload: 30 joint operations, 1650 vehicles, the over-limit rate from the weighings' '
	q "SELECT count(*) FROM overload_operation WHERE op_date $Y" >ops &&
	echo 30 >expect && test_cmp expect ops &&
	q "SELECT count(*), sum(CASE WHEN $OVER THEN 1 ELSE 0 END)
		FROM weighing w JOIN overload_operation o USING (operation_id)
		WHERE o.op_date $Y" >sql &&
	weighed=$(cut -d"|" -f1 sql) && over=$(cut -d"|" -f2 sql) &&
	test "$weighed" = 1650 &&
	test "$over" -gt 0 &&
	check_metric summary.csv overload_operations 30 &&
	check_metric summary.csv vehicles_weighed 1650 &&
	check_metric summary.csv over_limit "$over" &&
	check_metric summary.csv over_limit_pct "$(rate "$over" "$weighed")"
'

test_expect_success 'rural roads: 19.518 km = 65.1% and 57.12 million yuan = 51.5% of plan' '
	q "SELECT sum(plan_length_m), sum(plan_invest_yuan) FROM road_project
		WHERE year = 2023 AND kind = '"'rural_road_upgrade'"'" >plan &&
	q "SELECT sum(g.length_m), sum(g.invest_yuan) FROM road_progress g
		JOIN road_project p USING (project_id)
		WHERE p.year = 2023 AND p.kind = '"'rural_road_upgrade'"'
		AND g.report_date <= '"'2023-12-31'"'" >done &&
	plan_m=$(cut -d"|" -f1 plan) && plan_yuan=$(cut -d"|" -f2 plan) &&
	done_m=$(cut -d"|" -f1 done) && done_yuan=$(cut -d"|" -f2 done) &&
	test "$done_m" = 19518 && test "$done_yuan" = 57120000 &&
	test "$(rate "$done_m" "$plan_m")" = 65.1 &&
	test "$(rate "$done_yuan" "$plan_yuan")" = 51.5 &&
	check_metric summary.csv road_upgrade_done_m 19518 &&
	check_metric summary.csv road_upgrade_plan_m "$plan_m" &&
	check_metric summary.csv road_upgrade_length_pct 65.1 &&
	check_metric summary.csv road_upgrade_invest_yuan 57120000 &&
	check_metric summary.csv road_upgrade_plan_yuan "$plan_yuan" &&
	check_metric summary.csv road_upgrade_invest_pct 51.5
'

test_expect_success 'life-safety protection works: 8 km, over plan' '
	q "SELECT sum(p.plan_length_m), (SELECT sum(g.length_m) FROM road_progress g
		JOIN road_project r USING (project_id) WHERE r.year = 2023
		AND r.kind = '"'life_safety'"' AND g.report_date <= '"'2023-12-31'"')
		FROM road_project p WHERE p.year = 2023 AND p.kind = '"'life_safety'"'" >sql &&
	plan=$(cut -d"|" -f1 sql) && done=$(cut -d"|" -f2 sql) &&
	test "$done" = 8000 && test "$done" -gt "$plan" &&
	check_metric summary.csv life_safety_done_m 8000 &&
	check_metric summary.csv life_safety_plan_m "$plan" &&
	check_metric summary.csv life_safety_length_pct "$(rate "$done" "$plan")"
'

test_expect_success 'clean-up: 19 signs (about 280 m²), 26 places (52 m³), 8 vendors, 300+ leaflets' '
	q "SELECT sum(signs_removed), sum(signs_area_m2), sum(debris_places),
		sum(debris_m3), sum(vendors_persuaded), sum(leaflets)
		FROM roadside_cleanup WHERE action_date $Y" >sql &&
	IFS="|" read -r signs area places m3 vendors leaflets <sql &&
	test "$signs" = 19 && test "$places" = 26 && test "$m3" = 52 &&
	test "$vendors" = 8 &&
	test "$area" -ge 270 && test "$area" -le 290 &&
	test "$leaflets" -ge 300 && test "$leaflets" -lt 400 &&
	check_metric summary.csv signs_removed 19 &&
	check_metric summary.csv signs_area_m2 "$area" &&
	check_metric summary.csv debris_places 26 &&
	check_metric summary.csv debris_m3 52 &&
	check_metric summary.csv vendors_persuaded 8 &&
	check_metric summary.csv cleanup_leaflets "$leaflets"
'

test_expect_success 'key vehicles in service and the fire checks of buses 5 years or older' '
	q "SELECT count(*) FROM key_vehicle WHERE registered_date <= '"'2023-12-31'"'
		AND (deregistered_date IS NULL OR deregistered_date > '"'2023-12-31'"')" >inservice &&
	q "SELECT count(DISTINCT vehicle_id), count(finding),
		count(CASE WHEN fixed_date <= '"'2023-12-31'"' THEN 1 END)
		FROM vehicle_fire_check WHERE check_date $Y" >checks &&
	IFS="|" read -r checked findings fixed <checks &&
	check_metric summary.csv key_vehicles "$(cat inservice)" &&
	check_metric summary.csv fire_checked "$checked" &&
	check_metric summary.csv fire_findings "$findings" &&
	check_metric summary.csv fire_fixed "$fixed"
'

test_expect_success 'the metrics come in a stable order with stable keys' '
	tr -d "\r" <summary.csv | cut -d, -f1 >keys &&
	cat >expect <<-\EOF &&
	metric
	hazards_found
	hazards_rectified
	hazards_rectified_pct
	general_found
	general_rectified
	general_rectified_pct
	major_found
	major_rectified
	major_rectified_pct
	hazards_open
	hazards_overdue
	illegal_cases
	illegal_fines_yuan
	overload_operations
	vehicles_weighed
	over_limit
	over_limit_pct
	key_vehicles
	buses_aged_5y
	fire_checked
	fire_findings
	fire_fixed
	signs_removed
	signs_area_m2
	debris_places
	debris_m3
	vendors_persuaded
	cleanup_leaflets
	road_upgrade_plan_m
	road_upgrade_done_m
	road_upgrade_length_pct
	road_upgrade_plan_yuan
	road_upgrade_invest_yuan
	road_upgrade_invest_pct
	life_safety_plan_m
	life_safety_done_m
	life_safety_length_pct
	EOF
	test_cmp expect keys
'

test_expect_success 'every format: machine formats carry metric, label, value, as_of; people see the reading too' '
	ss -F tsv -c "traffic summary --year 2023" >out.tsv &&
	head -n 1 out.tsv >head && printf "metric\tlabel\tvalue\tas_of\n" >expect &&
	test_cmp expect head &&
	grep -x "road_upgrade_invest_yuan	已完成投资	57120000	2023-12-31" out.tsv &&
	ss -F json -c "traffic summary --year 2023" >out.json &&
	grep -x "{\"metric\":\"road_upgrade_length_pct\",\"label\":\"里程完成年度计划\",\"value\":65.1,\"as_of\":\"2023-12-31\"}," out.json &&
	ss -F jsonl -c "traffic summary --year 2023" >out.jsonl &&
	grep -x "{\"metric\":\"vehicles_weighed\",\"label\":\"治超检测货运车辆\",\"value\":1650,\"as_of\":null}" out.jsonl &&
	test $(wc -l <out.jsonl) = $(($(wc -l <summary.csv) - 1)) &&
	ss -F table -c "traffic summary --year 2023" >out.table &&
	grep "│ road_upgrade_invest_yuan *│ 已完成投资 *│ *57120000 │ 2023-12-31 │ 5712万元 *│" out.table &&
	grep "│ road_upgrade_done_m *│ .* │ *19518 │ 2023-12-31 │ 19.518公里 *│" out.table &&
	ss -F markdown -c "traffic summary --year 2023" >out.md &&
	grep "^| metric  *| label  *| *value | as_of  *| reading  *|$" out.md &&
	grep "^| over_limit_pct  *| 超限率  *| *[0-9.]* | *| [0-9.]*% *|$" out.md
'

test_expect_success 'the title names the period and the day the figures are counted on' '
	ss -F table -c "traffic summary --year 2023" >out.table &&
	head -n 1 out.table >title &&
	echo "道路交通安全主要指标 · 2023年 · 截至2023-12-31" >expect &&
	test_cmp expect title &&
	ss -F markdown -c "traffic summary --year 2023 --as-of 2023-06-30 --township 城关镇" >out.md &&
	grep -x "### 道路交通安全主要指标 · 2023年 · 城关镇 · 截至2023-06-30" out.md &&
	ss -F csv -c "traffic summary --year 2023 --as-of 2023-06-30" >mid.csv &&
	tr -d "\r" <mid.csv | grep -x "hazards_open,统计日未整改隐患,[0-9]*,2023-06-30" &&
	tr -d "\r" <mid.csv | grep -x "illegal_cases,查处交通违法案件,19,2023-06-30"
'

test_expect_success 'a township narrows the ledgers; road projects are county-wide and left empty' '
	ss -F csv -c "traffic summary --year 2023 --township 城关镇" >town.csv &&
	q "SELECT count(*) FROM hazard h JOIN township t USING (township_id)
		WHERE t.name_zh = '"'城关镇'"' AND h.sector = '"'transport'"'
		AND h.found_date $Y" >sql &&
	check_metric town.csv hazards_found "$(cat sql)" &&
	q "SELECT sum(signs_removed) FROM roadside_cleanup r JOIN township t USING (township_id)
		WHERE t.name_zh = '"'城关镇'"' AND r.action_date $Y" >sql &&
	check_metric town.csv signs_removed "$(cat sql)" &&
	check_metric town.csv road_upgrade_done_m "" &&
	check_metric town.csv road_upgrade_length_pct "" &&
	ss -F table -c "traffic summary --year 2023 --township 城关镇" >town.table &&
	grep "^\* 道路项目由全县统一计划" town.table
'

test_expect_success 'another year reads its own numbers' '
	ss -F csv -c "traffic summary --year 2024" >y2024.csv &&
	q "SELECT count(*) FROM weighing w JOIN overload_operation o USING (operation_id)
		WHERE o.op_date BETWEEN '"'2024-01-01'"' AND '"'2024-12-31'"'" >sql &&
	check_metric y2024.csv vehicles_weighed "$(cat sql)" &&
	! check_metric y2024.csv vehicles_weighed 1650
'

test_expect_success 'a year without ledgers: zeros, empty plan figures, and a note saying why' '
	ss -F csv -c "traffic summary --year 2019" >y2019.csv &&
	check_metric y2019.csv hazards_found 0 &&
	check_metric y2019.csv hazards_rectified_pct "" &&
	check_metric y2019.csv road_upgrade_plan_m "" &&
	ss -F table -c "traffic summary --year 2019" >y2019.table &&
	grep "^\* 台账只有2021–2025年的数据，所选期间（2019）没有台账" y2019.table
'

test_expect_success 'a misspelt township is one line with a suggestion' '
	test_expect_code 1 ss -c "traffic summary --township 城关" >out 2>err &&
	test_must_be_empty out &&
	echo "safestat: -c1:1: unknown township '"'"'城关'"'"' (did you mean '"'"'城关镇'"'"'?)" >expect &&
	test_cmp expect err
'

test_expect_success 'the summary takes no --by' '
	test_expect_code 1 ss -c "traffic summary --by month" 2>err &&
	test $(wc -l <err) = 1 &&
	grep "unknown option .--by. for .traffic summary." err
'

test_done
