#!/bin/sh
# traffic roads and traffic cleanup: each road project of a year against
# its annual plan (2023: the 四好农村路 upgrades at 19.518 km = 65.1% and
# 57.12 million yuan = 51.5%, 8 km of protection works over plan), work
# counted up to the as-of day; and the roadside clean-up of 2023.
test_description='traffic roads and cleanup'
. "$(dirname "$0")/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/sectors-lib.sh"

# km with three decimals from metres, as the command prints them.
km () {
	echo "$(( $1 / 1000 )).$(printf %03d $(( $1 % 1000 )))"
}

test_expect_success 'each 2023 project: plan, done by year end, each as % of plan' '
	ss -F csv -c "traffic roads --year 2023" >out &&
	q "SELECT p.project_id, p.kind, p.plan_length_m, p.plan_invest_yuan,
		(SELECT coalesce(sum(g.length_m), 0) FROM road_progress g
		 WHERE g.project_id = p.project_id AND g.report_date <= '"'2023-12-31'"'),
		(SELECT coalesce(sum(g.invest_yuan), 0) FROM road_progress g
		 WHERE g.project_id = p.project_id AND g.report_date <= '"'2023-12-31'"')
		FROM road_project p WHERE p.year = 2023
		ORDER BY p.kind = '"'life_safety'"', p.project_id" >sql &&
	while IFS="|" read -r id kind plan_m plan_yuan done_m done_yuan; do
		echo "$id|$kind|$(km $plan_m)|$(km $done_m)|$(rate $done_m $plan_m)|$plan_yuan|$done_yuan|$(rate $done_yuan $plan_yuan)|2023-12-31"
	done <sql >expect &&
	csv_body out | cut -d"|" -f1,3,5- >actual &&
	test_cmp expect actual
'

test_expect_success 'by kind: 19.518 km = 65.1%, 57.12 million = 51.5%, 8 km over plan' '
	ss -F csv -c "traffic roads --year 2023 --by kind" >out &&
	csv_body out >actual &&
	q "SELECT sum(plan_length_m), sum(plan_invest_yuan) FROM road_project
		WHERE year = 2023 AND kind = '"'rural_road_upgrade'"'" >plan &&
	IFS="|" read -r plan_m plan_yuan <plan &&
	grep -x "rural_road_upgrade|四好农村路提级改造|$(km $plan_m)|19.518|65.1|$plan_yuan|57120000|51.5|2023-12-31" actual &&
	q "SELECT sum(plan_length_m) FROM road_project
		WHERE year = 2023 AND kind = '"'life_safety'"'" >ls_plan &&
	grep "^life_safety|公路安全生命防护工程|$(km $(cat ls_plan))|8.000|1[0-9][0-9]\.[0-9]|" actual
'

test_expect_success 'by kind: 万元 beside yuan, and no total adding upgrades to protection works' '
	ss -F table -c "traffic roads --year 2023 --by kind" >table &&
	grep "^│ rural_road_upgrade │ .* │  *19.518 │  *65.1 │ .* │  *5712.00 │  *51.5 │ 2023-12-31 │$" table &&
	! grep 合计 table &&
	ss -F markdown -c "traffic roads --year 2023 --by kind" >md &&
	! grep 合计 md &&
	grep "不相加" table
'

test_expect_success 'by project: each kind its own table, with its own total' '
	ss -F table -c "traffic roads --year 2023" >table &&
	grep -c "^│ 合计 " table >totals &&
	q "SELECT count(*) FROM code_label WHERE list = '"'road_project.kind'"'" >kinds &&
	test_cmp kinds totals &&
	q "SELECT l.name_zh FROM code_label l WHERE l.list = '"'road_project.kind'"'
		ORDER BY l.sort_order" | sed "s/\$/年度计划完成情况 · 2023年 · 按道路项目 · 截至2023-12-31/" >expect &&
	grep "年度计划完成情况 · " table >titles &&
	test_cmp expect titles &&
	for kind in rural_road_upgrade life_safety; do
		q "SELECT sum(plan_length_m), (SELECT sum(g.length_m) FROM road_progress g
			JOIN road_project r USING (project_id) WHERE r.year = 2023
			AND r.kind = '"'"'$kind'"'"' AND g.report_date <= '"'2023-12-31'"')
			FROM road_project WHERE year = 2023 AND kind = '"'"'$kind'"'"'" >sums &&
		IFS="|" read -r plan done <sums &&
		grep "^│ 合计 .* │  *$(km $plan) │  *$(km $done) │  *$(rate $done $plan) │" table ||
			return 1
	done &&
	q "SELECT sum(plan_length_m) FROM road_project WHERE year = 2023" >all &&
	! grep "│  *$(km $(cat all)) │" table
'

test_expect_success 'machine formats: one result set, every kind'"'"'s rows carrying their kind' '
	ss -F csv -c "traffic roads --year 2023" >out &&
	test $(tr -d "\r" <out | grep -c "^project_id,") = 1 &&
	q "SELECT count(*) FROM road_project WHERE year = 2023" >n &&
	test $(csv_body out | wc -l) = $(cat n) &&
	ss -F csv -c "traffic roads --year 2023 --by county" >county &&
	csv_body county | cut -d"|" -f1 >kinds &&
	printf "rural_road_upgrade\nlife_safety\n" >expect &&
	test_cmp expect kinds
'

test_expect_success 'an earlier as-of day counts the work reported by then' '
	ss -F csv -c "traffic roads --year 2023 --by kind --as-of 2023-06-30" >out &&
	q "SELECT coalesce(sum(g.length_m), 0) FROM road_progress g JOIN road_project p USING (project_id)
		WHERE p.year = 2023 AND p.kind = '"'rural_road_upgrade'"'
		AND g.report_date <= '"'2023-06-30'"'" >done &&
	csv_body out | grep "^rural_road_upgrade|" | cut -d"|" -f4 >actual &&
	km $(cat done) >expect &&
	test_cmp expect actual &&
	! grep -x 19.518 actual
'

test_expect_success 'a year without projects is an empty list' '
	ss -F csv -c "traffic roads --year 2019" >out 2>err &&
	test_must_be_empty err &&
	test $(tr -d "\r" <out | wc -l) = 1
'

test_expect_success 'roads take no township: the projects are the county'"'"'s' '
	test_expect_code 1 ss -c "traffic roads --township 城关镇" 2>err &&
	grep "unknown option .--township. for .traffic roads." err
'

test_expect_success 'clean-up in 2023: 19 signs, about 280 m², 26 places, 52 m³, 8 vendors, 300+ leaflets' '
	ss -F csv -c "traffic cleanup --year 2023" >out &&
	q "SELECT count(*), sum(signs_removed), sum(signs_area_m2), sum(debris_places),
		sum(debris_m3), sum(vendors_persuaded), sum(leaflets)
		FROM roadside_cleanup WHERE action_date $Y" >sql &&
	echo "2023|$(cat sql)" >expect &&
	csv_body out >actual &&
	test_cmp expect actual &&
	IFS="|" read -r p n signs area places m3 vendors leaflets <actual &&
	test $signs = 19 && test $places = 26 && test $m3 = 52 && test $vendors = 8 &&
	test $area -ge 275 && test $area -le 285 && test $leaflets -ge 300
'

test_expect_success 'clean-up by road and by township add up to the year' '
	for by in road township month; do
		ss -F csv -c "traffic cleanup --year 2023 --by $by" >out.$by &&
		csv_body out.$by | awk -F"|" "{ s += \$(NF - 5) } END { print s }" >signs.$by &&
		echo 19 >expect && test_cmp expect signs.$by || return 1
	done &&
	q "SELECT count(DISTINCT road) FROM roadside_cleanup" >roads &&
	test $(csv_body out.road | wc -l) = $(cat roads)
'

test_done
