#!/bin/sh
# county: `assistance` on the bundled dataset: key enterprises helped by
# each department, the departments at zero named (the report: 工信、公安、
# 住建、教育、城管文旅).  The figures come from SQL written here, not from
# a list of names, so that they hold whether the dataset keeps 城管 and
# 文旅 as two bureaus or one.
test_description='county assistance'
. "$(dirname "$0")/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/county-lib.sh"

# helped FROM TO: every regulating department with the key enterprises
# it visited and its visits.
helped () {
	q "SELECT d.code, d.short_zh, count(DISTINCT v.unit_id), count(v.visit_id)
	   FROM department d LEFT JOIN (SELECT a.* FROM assistance_visit a
		JOIN unit u ON u.unit_id = a.unit_id AND u.key_unit = 1
		WHERE a.visit_date BETWEEN '$1' AND '$2') v ON v.dept = d.code
	   WHERE d.kind = 'regulator'
	   GROUP BY d.code ORDER BY d.report_order"
}

test_expect_success 'the keys' '
	"$SAFESTAT" "$DB" -F csv -c "assistance --year 2023" | head -n 1 >out &&
	printf "department,department_zh,enterprises,visits\r\n" >expect &&
	test_cmp expect out
'

test_expect_success '2023: every regulating department, those at zero included' '
	rows "assistance --year 2023" >out &&
	helped 2023-01-01 2023-12-31 >expect &&
	test_cmp expect out
'

test_expect_success '2023: the report names its departments at zero, and they are' '
	rows "assistance --year 2023" | awk -F, "\$3 == 0 { print \$2 }" >zero &&
	for d in 工信 公安 住建 教育; do grep -x "$d" zero || return 1; done &&
	# 城管文旅: one bureau or two, every part of it is at zero
	grep -e 城管 -e 文旅 zero &&
	test $(wc -l <zero) -ge 5 &&
	! grep -x 应急 zero
'

test_expect_success 'tables name the departments at zero and the distinct total' '
	"$SAFESTAT" "$DB" -F table -c "assistance --year 2023" >out &&
	names=$(helped 2023-01-01 2023-12-31 | awk -F, "\$3 == 0 { printf \"%s%s\", s, \$2; s = \"、\" }") &&
	n=$(helped 2023-01-01 2023-12-31 | awk -F, "\$3 == 0" | wc -l) &&
	grep "^\* 帮扶指导重点企业数为0的部门（${n}个）：${names}。\$" out &&
	total=$(q "SELECT count(DISTINCT a.unit_id) || ${sq}家、帮扶${sq} || count(*) FROM assistance_visit a JOIN unit u USING (unit_id) WHERE u.key_unit = 1 AND a.visit_date LIKE ${sq}2023-%${sq}") &&
	grep "去重后共${total}次" out
'

test_expect_success 'later years: every department helped someone' '
	rows "assistance --year 2024" >out &&
	helped 2024-01-01 2024-12-31 >expect &&
	test_cmp expect out &&
	"$SAFESTAT" "$DB" -F table -c "assistance --year 2024" >table &&
	if test $(awk -F, "\$3 == 0" out | wc -l) = 0; then
		! grep "数为0的部门" table
	fi
'

test_expect_success '--by sector: the sector of each enterprise helped' '
	rows "assistance --year 2023 --by sector" | cut -d, -f1,3,4 >out &&
	q "SELECT s.code, count(DISTINCT v.unit_id), count(v.visit_id) FROM sector s
	   LEFT JOIN (SELECT a.*, u.sector FROM assistance_visit a JOIN unit u USING (unit_id)
		WHERE u.key_unit = 1 AND a.visit_date LIKE ${sq}2023-%${sq}) v ON v.sector = s.code
	   GROUP BY s.code ORDER BY s.report_order" >expect &&
	test_cmp expect out
'

test_expect_success '--department and --township narrow the count' '
	rows "assistance --year 2023 --department 应急 --township 城关镇" | cut -d, -f3,4 >out &&
	q "SELECT count(DISTINCT a.unit_id), count(*) FROM assistance_visit a JOIN unit u USING (unit_id)
	   WHERE u.key_unit = 1 AND a.dept = ${sq}emb${sq} AND a.visit_date LIKE ${sq}2023-%${sq}
	   AND u.township_id = (SELECT township_id FROM township WHERE name_zh = ${sq}城关镇${sq})" >expect &&
	test_cmp expect out
'

test_done
