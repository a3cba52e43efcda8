#!/bin/sh
# report: every figure of the county's 2023 report (../shared/DOMAIN.md
# §1), read from report's csv result set and checked against SQL written
# here (the queries of docs/data.md); then the text: headings, the
# correct 84.7% where the report said 96%, markdown, and another year
# that reads with its own numbers and claims nothing the data deny.
test_description='report --year'
. "$SAFESTAT_SRC_DIR/tests/test-lib.sh"

test_have_prereq SQLITE3 || skip_all 'the sqlite3 command-line shell is missing'

DB="$SAFESTAT_BUILD_DIR/data/county.db"
Y="BETWEEN '2023-01-01' AND '2023-12-31'"
run () {
	"$SAFESTAT" "$DB" "$@"
}
q () {
	sql_cli "$DB" "$1"
}
run -F csv -c "report --year 2023" | tr -d '\r' >report.csv ||
	{ echo "Bail out! report failed"; exit 1; }

# fig KEY [QUALIFIER]: the value of a figure in report.csv (the first row
# with that indicator and qualifier); figs KEY QUALIFIER: value,num,den.
fig () {
	awk -F, -v k="$1" -v q="$2" '$2 == k && $4 == q { print $5; exit }' report.csv
}
figs () {
	awk -F, -v k="$1" -v q="$2" '$2 == k && $4 == q { print $5 "," $7 "," $8; exit }' report.csv
}
# is KEY SQL [QUALIFIER]: the figure equals what the SQL gives
is () {
	is_want=$(q "$2") &&
	is_got=$(fig "$1" "$3") &&
	if test "$is_got" != "$is_want"; then
		echo "$1 $3: report says '$is_got', SQL says '$is_want'" >&2
		return 1
	fi
}

test_expect_success 'the result set: one row per figure, stable keys' '
	head -1 report.csv >head &&
	echo "section,indicator,name_zh,qualifier,value,unit,numerator,denominator" >expect &&
	test_cmp expect head &&
	cut -d, -f1 report.csv | sed 1d | uniq >sections &&
	printf "overview\ncampaign\nenforcement\noutreach\ntraffic\ngas\nchemicals\nproblems\n" >expect &&
	test_cmp expect sections
'

test_expect_success 'overview: no larger accident 2021-2023; 2nd in the province, 1st in the city' '
	is larger_accidents_3y "SELECT count(*) FROM accident_graded WHERE grade_rank <= 3 AND occurred_date BETWEEN '"'"'2021-01-01'"'"' AND '"'"'2023-12-31'"'"'" &&
	test "$(fig larger_accidents_3y)" = 0 &&
	is risk_rank_province "SELECT rank_province FROM risk_index WHERE county_id = 1 AND year = 2023" &&
	is risk_rank_city "SELECT rank_city FROM risk_index WHERE county_id = 1 AND year = 2023" &&
	is accidents "SELECT count(*) FROM accident_graded WHERE occurred_date $Y"
'

test_expect_success 'meetings 34, of them 7 special sessions' '
	is meetings "SELECT count(*) FROM meeting WHERE held_date $Y" &&
	is major_hazard_sessions "SELECT count(*) FROM meeting WHERE kind = '"'"'major_hazard_session'"'"' AND held_date $Y" &&
	test "$(fig meetings),$(fig major_hazard_sessions)" = 34,7
'

test_expect_success 'general hazards 1324 / 1121 = 84.7% (not 96%)' '
	is general_hazards_found "SELECT count(*) FROM hazard WHERE level = '"'"'general'"'"' AND found_date $Y" &&
	is general_hazards_rectified "SELECT count(*) FROM hazard WHERE level = '"'"'general'"'"' AND found_date $Y AND rectified_date <= '"'"'2023-12-31'"'"'" &&
	test "$(figs general_rectification_rate)" = "84.7,1121,1324"
'

test_expect_success 'penalties 32, fines 123500 yuan' '
	is penalties "SELECT count(*) FROM enforcement_case e JOIN case_kind k ON k.code = e.kind WHERE k.category = '"'"'safety'"'"' AND decided_date $Y" &&
	is fines "SELECT sum(fine_yuan) FROM enforcement_case e JOIN case_kind k ON k.code = e.kind WHERE k.category = '"'"'safety'"'"' AND decided_date $Y" &&
	test "$(fig fines)" = 123500
'

test_expect_success 'major hazards 98: 11 by departments, 87 self-found, 88 rectified = 89.8%' '
	is major_hazards_found "SELECT count(*) FROM hazard WHERE level = '"'"'major'"'"' AND found_date $Y" &&
	is major_hazards_found_by_departments "SELECT count(*) FROM hazard WHERE level = '"'"'major'"'"' AND finder_kind = '"'"'dept'"'"' AND found_date $Y" &&
	is major_hazards_found_by_enterprises "SELECT count(*) FROM hazard WHERE level = '"'"'major'"'"' AND finder_kind = '"'"'self'"'"' AND found_date $Y" &&
	test "$(figs major_rectification_rate)" = "89.8,88,98"
'

test_expect_success 'major hazards by sector, every sector, zeros included' '
	q "SELECT s.name_zh || '"'"'|'"'"' || count(h.hazard_id) FROM sector s LEFT JOIN hazard h ON h.sector = s.code AND h.level = '"'"'major'"'"' AND h.found_date $Y GROUP BY s.code ORDER BY s.report_order" >want &&
	test $(wc -l <want) -gt 10 &&
	while IFS="|" read name n; do
		test "$(fig major_hazards_found "$name")" = "$n" ||
			{ echo "$name: $(fig major_hazards_found "$name") != $n"; return 1; }
	done <want &&
	test "$(fig major_hazards_found 城镇燃气)" = 0 &&
	test "$(fig major_hazards_found 烟花爆竹)" = 1
'

test_expect_success 'leader-led inspections 6; leaflets 20360 and SMS 40000' '
	is leader_inspections "SELECT count(*) FROM inspection WHERE leader_led = 1 AND inspect_date $Y" &&
	is leaflets "SELECT sum(quantity) FROM publicity WHERE medium = '"'"'leaflet'"'"' AND issued_date $Y" &&
	is sms "SELECT sum(quantity) FROM publicity WHERE medium = '"'"'sms'"'"' AND issued_date $Y"
'

test_expect_success 'drills 72/1521, trainings 52/970, community 69/4502' '
	for k in drill:drills:drill_participants training:trainings:training_participants community:community_events:community_participants; do
		kind=${k%%:*} rest=${k#*:} &&
		is ${rest%%:*} "SELECT count(*) FROM outreach_event WHERE kind = '"'"'$kind'"'"' AND held_date $Y" &&
		is ${rest#*:} "SELECT sum(participants) FROM outreach_event WHERE kind = '"'"'$kind'"'"' AND held_date $Y" || return 1
	done &&
	test "$(fig drills),$(fig drill_participants)" = 72,1521
'

test_expect_success 'traffic: 30 hazards, 35 cases, 30 operations, 1650 vehicles (29 over = 1.8%)' '
	is traffic_hazards_found "SELECT count(*) FROM hazard WHERE sector = '"'"'transport'"'"' AND found_date $Y" &&
	is traffic_hazards_rectified "SELECT count(*) FROM hazard WHERE sector = '"'"'transport'"'"' AND found_date $Y AND rectified_date <= '"'"'2023-12-31'"'"'" &&
	is traffic_cases "SELECT count(*) FROM enforcement_case e JOIN case_kind k ON k.code = e.kind WHERE k.category = '"'"'traffic'"'"' AND decided_date $Y" &&
	is overload_operations "SELECT count(DISTINCT operation_id) FROM weighing_checked WHERE op_date $Y" &&
	is vehicles_weighed "SELECT count(*) FROM weighing_checked WHERE op_date $Y" &&
	test "$(figs over_limit_rate)" = "1.8,29,1650"
'

test_expect_success 'road clean-up: 19 signs (281 m2), 26 places (52 m3), 8 vendors, 320 leaflets' '
	q "SELECT sum(signs_removed) || '"'"' '"'"' || sum(signs_area_m2) || '"'"' '"'"' || sum(debris_places) || '"'"' '"'"' || sum(debris_m3) || '"'"' '"'"' || sum(vendors_persuaded) || '"'"' '"'"' || sum(leaflets) FROM roadside_cleanup WHERE action_date $Y" >expect &&
	echo "$(fig signs_removed) $(fig signs_area_m2) $(fig debris_places) $(fig debris_m3) $(fig vendors_persuaded) $(fig cleanup_leaflets)" >actual &&
	test_cmp expect actual
'

test_expect_success 'rural roads: 57120000 of 110910000 yuan = 51.5%, 19518 of 29980 m = 65.1%; 8000 of 7500 m' '
	P="FROM road_project p WHERE p.year = 2023 AND p.kind" &&
	G="FROM road_progress g JOIN road_project p USING (project_id) WHERE p.year = 2023 AND g.report_date <= '"'"'2023-12-31'"'"' AND p.kind" &&
	inv=$(q "SELECT sum(invest_yuan) $G = '"'"'rural_road_upgrade'"'"'") &&
	plan=$(q "SELECT sum(plan_invest_yuan) $P = '"'"'rural_road_upgrade'"'"'") &&
	len=$(q "SELECT sum(length_m) $G = '"'"'rural_road_upgrade'"'"'") &&
	lplan=$(q "SELECT sum(plan_length_m) $P = '"'"'rural_road_upgrade'"'"'") &&
	prot=$(q "SELECT sum(length_m) $G = '"'"'life_safety'"'"'") &&
	pplan=$(q "SELECT sum(plan_length_m) $P = '"'"'life_safety'"'"'") &&
	test "$(figs rural_road_investment_rate)" = "51.5,$inv,$plan" &&
	test "$(figs rural_road_length_rate)" = "65.1,$len,$lplan" &&
	test "$(fig protection_works_length),$(fig protection_works_plan)" = "$prot,$pplan" &&
	test $prot -gt $pplan
'

test_expect_success 'gas: no major hazard; chemicals: 1 warning meeting, 32 hazards all rectified' '
	is gas_major_hazards "SELECT count(*) FROM hazard WHERE sector = '"'"'gas'"'"' AND level = '"'"'major'"'"' AND found_date $Y" &&
	test "$(fig gas_major_hazards)" = 0 &&
	is warning_meetings "SELECT count(*) FROM meeting WHERE kind = '"'"'warning_education'"'"' AND held_date $Y" &&
	is hazchem_hazards_found "SELECT count(*) FROM hazard WHERE sector = '"'"'hazchem'"'"' AND level = '"'"'general'"'"' AND found_date $Y" &&
	is hazchem_hazards_rectified "SELECT count(*) FROM hazard WHERE sector = '"'"'hazchem'"'"' AND level = '"'"'general'"'"' AND found_date $Y AND rectified_date <= '"'"'2023-12-31'"'"'"
'

test_expect_success 'problems: the departments at zero are those SQL finds' '
	q "SELECT d.short_zh FROM department d LEFT JOIN assistance_visit a ON a.dept = d.code AND a.visit_date $Y WHERE d.kind = '"'"'regulator'"'"' GROUP BY d.code HAVING count(a.visit_id) = 0 ORDER BY d.report_order" >expect &&
	awk -F, "\$2 == \"assisted_key_units\" && \$5 == 0 { print \$4 }" report.csv >actual &&
	test_cmp expect actual &&
	grep -x 工信 actual && grep -x 教育 actual
'

test_expect_success 'problems: the sentence on the five departments' '
	"$SAFESTAT" "$DB" -F table -c "report --year 2023" >text &&
	grep "工信、公安、住建、教育、城管文旅等部门帮扶指导重点企业数为0" text
'

test_expect_success 'problems: inspectors 24 on 12 townships = 2.0 against the city 4.6' '
	n=$(q "SELECT sum(inspectors_fulltime + inspectors_parttime) FROM township_staff WHERE year = 2023") &&
	d=$(q "SELECT count(*) FROM township_staff WHERE year = 2023") &&
	test "$(figs township_inspectors_avg 全县)" = "2.0,$n,$d" &&
	is city_inspectors_avg "SELECT value FROM reference_figure WHERE year = 2023 AND indicator = '"'"'township_inspectors_avg'"'"'"
'

COVER="SELECT count(*) || ',' || sum(EXISTS (SELECT 1 FROM insurance_policy p WHERE p.unit_id = u.unit_id AND p.start_date <= '2023-12-31' AND p.end_date >= '2023-12-31')) FROM unit_insurance_rule u WHERE u.mandatory = 1 AND u.opened_date <= '2023-12-31' AND (u.closed_date IS NULL OR u.closed_date > '2023-12-31') AND u.sector ="
test_expect_success 'problems: insurance under 50% in transport (18/44) and construction (16/39)' '
	td=$(q "$COVER '"'"'transport'"'"'") &&
	cd=$(q "$COVER '"'"'construction'"'"'") &&
	test "$(figs insurance_coverage 交通运输)" = "40.9,${td#*,},${td%,*}" &&
	test "$(figs insurance_coverage 建筑施工)" = "41.0,${cd#*,},${cd%,*}" &&
	test $(awk -F, "\$2 == \"insurance_coverage\"" report.csv | wc -l) = 2
'

test_expect_success 'json carries the same figures as csv' '
	run -F json -c "report --year 2023" >report.json &&
	test $(grep -c "^{" report.json) = $(($(wc -l <report.csv) - 1)) &&
	grep "\"indicator\":\"general_rectification_rate\",\"name_zh\":\"一般隐患整改率\",\"qualifier\":null,\"value\":84.7,\"unit\":\"%\",\"numerator\":1121,\"denominator\":1324" report.json
'

test_expect_success 'the text: the sections in order, 84.7% where the report said 96%' '
	run -F table -c "report --year 2023" >report.txt &&
	grep -n "^[一二三四五六七八]、" report.txt | cut -d: -f2 >headings &&
	printf "%s\n" 一、全县安全生产总体情况 二、隐患排查整治工作开展情况 三、安全生产执法情况 四、安全宣传教育和应急演练 五、道路交通安全 六、城镇燃气安全 七、危险化学品安全 八、存在问题 >expect &&
	test_cmp expect headings &&
	grep "累计排查一般隐患1324项.*已完成整改1121项，整改率84.7%" report.txt &&
	! grep "96%" report.txt &&
	grep "三年以来（2021—2023年），全县未发生较大以上生产安全事故" report.txt &&
	grep "排名全省第二名、全市第一名" report.txt &&
	grep "罚款12.35万元" report.txt &&
	grep "投资5712万元，提级改造路面19.518公里" report.txt &&
	grep "51.5%和65.1%" report.txt &&
	grep "未排查出重大事故隐患" report.txt &&
	grep "工信、公安、住建、教育.*帮扶指导重点企业数为0" report.txt &&
	grep "远低于全市平均水平（4.6人）" report.txt &&
	grep "分别为41.0%和40.9%，未达到50%" report.txt
'

test_expect_success 'markdown: a document with headings and the sector table' '
	run -F markdown -c "report --year 2023" >report.md &&
	grep "^### 2023年全县安全生产工作情况统计" report.md &&
	grep "^### 二、隐患排查整治工作开展情况" report.md &&
	grep "^### 八、存在问题" report.md &&
	grep "整改率84.7%" report.md &&
	grep "^| sector  *| major_hazards_found" report.md &&
	grep "^| \*\*合计\*\* *| *\*\*98\*\* *| *\*\*88\*\* *| *\*\*89.8\*\* *|" report.md
'

# The keys head the table (scripts rely on them); a Chinese reader gets
# a note under it saying what each is.
test_expect_success 'markdown: the sector table'"'"'s keys explained in Chinese under it' '
	sed -n "/^| \*\*合计/,\$p" report.md | sed -n 3p >note &&
	echo "> 列名：sector 行业领域；major_hazards_found 排查重大事故隐患（项）；major_hazards_rectified 截至2023-12-31已完成整改（项）；rectification_rate_pct 整改率（%）" >expect &&
	test_cmp expect note
'

test_expect_success 'another year reads with its own numbers' '
	run -F table -c "report --year 2025" >r2025.txt &&
	gf=$(q "SELECT count(*) FROM hazard WHERE level = '"'"'general'"'"' AND found_date LIKE '"'"'2025-%'"'"'") &&
	grep "累计排查一般隐患${gf}项" r2025.txt &&
	for n in 1324项 1121项 84.7% 98项 12.35万元 5712万元 19.518公里; do
		! grep -q "$n" r2025.txt || { echo "2025 says $n"; return 1; }
	done &&
	grep "同比减少" r2025.txt
'

test_expect_success 'sentences follow the data: a larger accident in 2025, none before the ledgers' '
	test $(q "SELECT count(*) FROM accident_graded WHERE grade_rank <= 3 AND occurred_date LIKE '"'"'2025-%'"'"'") = 1 &&
	! grep "未发生较大以上" r2025.txt &&
	grep "2023—2025年，全县发生较大以上生产安全事故1起" r2025.txt &&
	run -F table -c "report --year 2021" >r2021.txt &&
	! grep "2019" r2021.txt &&
	grep "自2021年有台账记录以来" r2021.txt
'

test_expect_success 'a year without ledgers is refused' '
	test_expect_code 1 run -c "report --year 2019" 2>err &&
	echo "safestat: -c1:1: no ledgers for 2019 (the dataset covers 2021-2025)" >expect &&
	test_cmp expect err
'

test_done
