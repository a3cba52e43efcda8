#!/bin/sh
# The chemicals plugin: the summary of 2023 (32 general hazards found in
# the joint check, all rectified; the September warning-education
# meeting; the equipment-with-defects checks), units by kind and major
# hazard installations by grade, the checks, hazards.  Figures from SQL
# written here.
test_description='chemicals plugin'
. "$(dirname "$0")/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/sectors-lib.sh"

OPEN_END_2023="u.opened_date <= '2023-12-31'
	AND (u.closed_date IS NULL OR u.closed_date > '2023-12-31')"

ss -F csv -c 'chemicals summary --year 2023' >summary.csv 2>err
test_expect_success 'the 2023 summary runs quietly' '
	test_must_be_empty err && test -s summary.csv
'

test_expect_success 'the joint check: 32 general hazards, all rectified' '
	q "SELECT count(*), count(CASE WHEN h.level = '"'general'"' THEN 1 END),
		count(CASE WHEN h.rectified_date <= '"'2023-12-31'"' THEN 1 END)
		FROM hazard h JOIN inspection i ON i.inspection_id = h.inspection_id
		WHERE i.joint = 1 AND h.sector = '"'hazchem'"' AND h.found_date $Y" >sql &&
	echo "32|32|32" >expect && test_cmp expect sql &&
	check_metric summary.csv joint_hazards_found 32 &&
	check_metric summary.csv joint_hazards_rectified 32 &&
	check_metric summary.csv joint_rectified_pct 100.0 &&
	check_metric summary.csv general_found 32 &&
	check_metric summary.csv general_rectified 32 &&
	check_metric summary.csv major_found 0 &&
	q "SELECT count(*) FROM inspection i JOIN unit u USING (unit_id)
		WHERE i.joint = 1 AND u.sector = '"'hazchem'"' AND i.inspect_date $Y" >joint &&
	check_metric summary.csv joint_inspections "$(cat joint)"
'

test_expect_success 'the September warning-education meeting' '
	q "SELECT count(*), CAST(strftime('"'%m'"', min(held_date)) AS INTEGER) FROM meeting
		WHERE kind = '"'warning_education'"' AND held_date $Y" >sql &&
	echo "1|9" >expect && test_cmp expect sql &&
	check_metric summary.csv warning_meetings 1 &&
	check_metric summary.csv warning_meeting_month 9 &&
	ss -F table -c "chemicals summary --year 2023" >table &&
	grep "^│ warning_meeting_month  *│ .* │  *9 │  *│ 9月 *│$" table
'

test_expect_success 'the equipment-with-defects checks: units checked, defects found, fixed' '
	q "SELECT count(DISTINCT c.unit_id), count(d.defect_id),
		count(CASE WHEN d.fixed_date <= '"'2023-12-31'"' THEN 1 END)
		FROM equipment_check c LEFT JOIN equipment_defect d USING (check_id)
		WHERE c.check_date $Y" >sql &&
	IFS="|" read -r units defects fixed <sql &&
	test $units -gt 0 && test $defects -gt 0 &&
	check_metric summary.csv defect_check_units "$units" &&
	check_metric summary.csv defects_found "$defects" &&
	check_metric summary.csv defects_fixed "$fixed" &&
	check_metric summary.csv defects_fixed_pct "$(rate $fixed $defects)"
'

test_expect_success 'units by kind and installations by grade in the summary' '
	for kind in production storage trading use; do
		check_metric summary.csv ${kind}_units "$(q "SELECT count(*) FROM chem_unit c
			JOIN unit u USING (unit_id) WHERE c.kind = '"'"'$kind'"'"'
			AND $OPEN_END_2023")" || return 1
	done &&
	for grade in 1 2 3 4; do
		check_metric summary.csv installations_grade_$grade "$(q "SELECT count(*)
			FROM major_hazard_installation WHERE grade = $grade
			AND registered_date <= '"'2023-12-31'"'")" || return 1
	done
'

test_expect_success 'chemicals units: by kind, every kind, with installations by grade' '
	ss -F csv -c "chemicals units --year 2023" >out &&
	q "SELECT l.code || '"'|'"' || l.name_zh || '"'|'"' ||
		(SELECT count(*) FROM chem_unit c JOIN unit u USING (unit_id)
		 WHERE c.kind = l.code AND $OPEN_END_2023) || '"'|'"' ||
		(SELECT count(DISTINCT m.unit_id) FROM major_hazard_installation m
		 JOIN chem_unit c USING (unit_id) WHERE c.kind = l.code
		 AND m.registered_date <= '"'2023-12-31'"') || '"'|'"' ||
		(SELECT count(*) FROM major_hazard_installation m
		 JOIN chem_unit c USING (unit_id) WHERE c.kind = l.code
		 AND m.registered_date <= '"'2023-12-31'"') || '"'|'"' ||
		(SELECT group_concat(n, '"'|'"') FROM (SELECT g.grade, (SELECT count(*)
		  FROM major_hazard_installation m JOIN chem_unit c USING (unit_id)
		  WHERE c.kind = l.code AND m.grade = g.grade
		  AND m.registered_date <= '"'2023-12-31'"') AS n
		 FROM (SELECT 1 AS grade UNION ALL SELECT 2 UNION ALL SELECT 3
		  UNION ALL SELECT 4) g ORDER BY g.grade)) || '"'|2023-12-31'"'
		FROM code_label l WHERE l.list = '"'chem_unit.kind'"' ORDER BY l.sort_order" >expect &&
	csv_body out >actual &&
	test_cmp expect actual
'

test_expect_success 'every format of chemicals units, with the keys scripts rely on' '
	ss -F csv -c "chemicals units --year 2023" >out.csv &&
	tr -d "\r" <out.csv | head -n 1 >head &&
	echo "kind,kind_zh,units,units_with_installations,installations,grade_1,grade_2,grade_3,grade_4,as_of" >expect &&
	test_cmp expect head &&
	csv_body out.csv | grep "^storage|" >row &&
	IFS="|" read -r k kz n w i g1 g2 g3 g4 day <row &&
	test "$day" = 2023-12-31 &&
	ss -F tsv -c "chemicals units --year 2023" >out.tsv &&
	grep -x "storage	储存	$n	$w	$i	$g1	$g2	$g3	$g4	2023-12-31" out.tsv &&
	ss -F json -c "chemicals units --year 2023" >out.json &&
	grep -x "{\"kind\":\"storage\",\"kind_zh\":\"储存\",\"units\":$n,\"units_with_installations\":$w,\"installations\":$i,\"grade_1\":$g1,\"grade_2\":$g2,\"grade_3\":$g3,\"grade_4\":$g4,\"as_of\":\"2023-12-31\"}," out.json &&
	ss -F jsonl -c "chemicals units --year 2023" >out.jsonl &&
	test $(wc -l <out.jsonl) = 4 &&
	grep -x "{\"kind\":\"storage\",\"kind_zh\":\"储存\",\"units\":$n,\"units_with_installations\":$w,\"installations\":$i,\"grade_1\":$g1,\"grade_2\":$g2,\"grade_3\":$g3,\"grade_4\":$g4,\"as_of\":\"2023-12-31\"}" out.jsonl &&
	ss -F markdown -c "chemicals units --year 2023" >out.md &&
	grep -x "### 危险化学品单位与重大危险源 · 2023年 · 按单位类别 · 截至2023-12-31" out.md &&
	grep "^| kind  *| kind_zh | *units | units_with_installations | installations | grade_1 | grade_2 | grade_3 | grade_4 | as_of  *|$" out.md &&
	ss -F table -c "chemicals units --year 2023" >out.table &&
	q "SELECT count(*) FROM chem_unit c JOIN unit u USING (unit_id) WHERE $OPEN_END_2023" >all &&
	grep "^│ 合计  *│  *│  *$(cat all) │" out.table
'

test_expect_success 'units by township: every township, the total every unit' '
	ss -F csv -c "chemicals units --year 2023 --by township" >out &&
	q "SELECT count(*) FROM township" >towns &&
	test $(csv_body out | wc -l) = $(cat towns) &&
	csv_body out | awk -F"|" "{ n += \$3 } END { print n }" >sum &&
	q "SELECT count(*) FROM chem_unit" >all &&
	test_cmp all sum &&
	csv_body out | grep -q "|0|0|0|0|0|0|0|2023-12-31$"
'

test_expect_success 'chemicals checks: one row for 2023, and by unit with every unit' '
	ss -F csv -c "chemicals checks --year 2023" >out &&
	q "SELECT count(*), count(DISTINCT c.unit_id),
		(SELECT count(*) FROM equipment_defect d JOIN equipment_check e USING (check_id)
		 WHERE e.check_date $Y),
		(SELECT count(*) FROM equipment_defect d JOIN equipment_check e USING (check_id)
		 WHERE e.check_date $Y AND d.fixed_date <= '"'2023-12-31'"')
		FROM equipment_check c WHERE c.check_date $Y" >sql &&
	IFS="|" read -r checks units defects fixed <sql &&
	echo "2023|$checks|$units|$defects|$fixed|$(rate $fixed $defects)|$((defects - fixed))|2023-12-31" >expect &&
	csv_body out >actual &&
	test_cmp expect actual &&
	ss -F csv -c "chemicals checks --year 2023 --by unit" >by-unit &&
	q "SELECT count(*) FROM chem_unit" >n &&
	test $(csv_body by-unit | wc -l) = $(cat n) &&
	csv_body by-unit | awk -F"|" "\$4 == 0" | wc -l >unchecked &&
	echo $(( $(cat n) - units )) >expect && test_cmp expect unchecked
'

test_expect_success 'a later as-of day counts the defects fixed since' '
	ss -F csv -c "chemicals checks --year 2023 --as-of 2024-12-31" >out &&
	q "SELECT count(*) FROM equipment_defect d JOIN equipment_check e USING (check_id)
		WHERE e.check_date $Y AND d.fixed_date <= '"'2024-12-31'"'" >fixed &&
	csv_body out | cut -d"|" -f5 >actual &&
	test_cmp fixed actual
'

test_expect_success '--defects lists each defect, fixed by the day, later, or not at all' '
	ss -F csv -c "chemicals checks --year 2023 --defects" >out &&
	q "SELECT c.check_date || '"'|'"' || d.equipment || '"'|'"' || d.description || '"'|'"' ||
		CASE WHEN d.fixed_date <= '"'2023-12-31'"' THEN '"'fixed'"'
		 WHEN d.fixed_date IS NOT NULL THEN '"'fixed_later'"' ELSE '"'open'"' END
		FROM equipment_defect d JOIN equipment_check c USING (check_id)
		JOIN unit u ON u.unit_id = c.unit_id
		WHERE c.check_date $Y ORDER BY c.check_date, u.name_zh, d.defect_id" >expect &&
	csv_body out | cut -d"|" -f1,5,6,8 >actual &&
	test_cmp expect actual
'

test_expect_success 'chemicals hazards: 2023 by level, major a zero row' '
	ss -F csv -c "chemicals hazards --year 2023" >out &&
	csv_body out >actual &&
	cat >expect <<-\EOF &&
	general|一般隐患|32|32|100.0|0|0|2023-12-31
	major|重大事故隐患|0|0||0|0|2023-12-31
	EOF
	test_cmp expect actual
'

test_expect_success 'which chemical units have hazards: by unit, every unit' '
	ss -F csv -c "chemicals hazards --year 2024 --by unit" >out &&
	q "SELECT c.unit_id || '"'|'"' || count(h.hazard_id) || '"'|'"' ||
		count(CASE WHEN h.rectified_date <= '"'2024-12-31'"' THEN 1 END)
		FROM chem_unit c LEFT JOIN hazard h ON h.unit_id = c.unit_id
		AND h.sector = '"'hazchem'"'
		AND h.found_date BETWEEN '"'2024-01-01'"' AND '"'2024-12-31'"'
		GROUP BY c.unit_id ORDER BY c.unit_id" >expect &&
	csv_body out | cut -d"|" -f1,3,4 >actual &&
	test_cmp expect actual
'

test_expect_success 'the summary of another year reads its own numbers' '
	ss -F csv -c "chemicals summary --year 2024" >y2024.csv &&
	q "SELECT count(*) FROM hazard WHERE sector = '"'hazchem'"'
		AND found_date BETWEEN '"'2024-01-01'"' AND '"'2024-12-31'"'" >n &&
	check_metric y2024.csv hazards_found "$(cat n)" &&
	check_metric y2024.csv warning_meetings 1 &&
	check_metric y2024.csv defect_check_units 0
'

test_expect_success 'a township: the meeting is county-wide and left empty, with a note' '
	ss -F csv -c "chemicals summary --year 2023 --township 青峰经济开发区" >town.csv &&
	check_metric town.csv warning_meetings "" &&
	q "SELECT count(*) FROM chem_unit c JOIN unit u USING (unit_id)
		JOIN township t USING (township_id) WHERE t.name_zh = '"'青峰经济开发区'"'
		AND $OPEN_END_2023" >n &&
	check_metric town.csv units "$(cat n)" &&
	ss -F table -c "chemicals summary --year 2023 --township 青峰经济开发区" >table &&
	grep "^\* 警示教育会为全县会议" table
'

test_expect_success '--defects takes no --by; a bad --by names the choices' '
	test_expect_code 1 ss -c "chemicals checks --defects --by unit" 2>err &&
	grep "drop .--by. or .--defects.$" err &&
	test_expect_code 1 ss -c "chemicals units --by grade" 2>err &&
	grep "not one of kind, township, county" err
'

test_done
