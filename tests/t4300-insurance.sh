#!/bin/sh
# county: `insurance` and `insurance uninsured` on the bundled dataset:
# coverage of the units for which safety-liability insurance is mandatory,
# under 50% in transport and construction at the end of 2023 as the report
# says, the uninsured units, --as-of -- each checked against SQL written
# here.
test_description='county insurance'
. "$(dirname "$0")/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/county-lib.sh"

# mandatory_on DAY: the units open on DAY that must be insured (their
# sector says so, or they smelt metal), with 1 when a policy covers DAY.
mandatory_on () {
	echo "SELECT u.unit_id, u.sector, u.township_id,
		EXISTS (SELECT 1 FROM insurance_policy p WHERE p.unit_id = u.unit_id
			AND p.start_date <= '$1' AND p.end_date >= '$1') AS insured
	   FROM unit u JOIN sector s ON s.code = u.sector
	   WHERE (s.insurance_mandatory = 1 OR u.metal_smelting = 1)
	     AND u.opened_date <= '$1' AND (u.closed_date IS NULL OR u.closed_date > '$1')"
}

# coverage DAY: per sector that has mandatory units or a mandatory rule,
# sector,name,mandatory,insured,uninsured,coverage,below_50,day.
coverage () {
	q "SELECT s.code, s.name_zh, count(m.unit_id), coalesce(sum(m.insured), 0)
	   FROM sector s LEFT JOIN ($(mandatory_on "$1")) m ON m.sector = s.code
	   WHERE s.insurance_mandatory = 1
	      OR EXISTS (SELECT 1 FROM unit u WHERE u.sector = s.code AND u.metal_smelting = 1)
	   GROUP BY s.code ORDER BY s.report_order" |
	while IFS=, read -r code name n ins; do
		if test "$n" = 0; then below=; else
			below=$(( (2000 * ins / n + 1) / 2 < 500 ? 1 : 0 ))
		fi
		echo "$code,$name,$n,$ins,$((n - ins)),$(rate "$ins" "$n"),$below,$1"
	done
}

test_expect_success 'the keys' '
	"$SAFESTAT" "$DB" -F csv -c "insurance --year 2023" | head -n 1 >out &&
	printf "sector,sector_zh,mandatory,insured,uninsured,coverage_pct,below_50,as_of\r\n" >expect &&
	test_cmp expect out
'

test_expect_success 'end of 2023: coverage by mandatory sector, as SQL says' '
	rows "insurance --year 2023" >out &&
	coverage 2023-12-31 >expect &&
	test_cmp expect out
'

test_expect_success 'end of 2023: under 50% in transport and construction, and only there' '
	rows "insurance --year 2023" | awk -F, "\$7 == 1 { print \$1 }" | sort >below &&
	printf "construction\ntransport\n" >expect &&
	test_cmp expect below
'

test_expect_success 'metal smelting units count in their own sector' '
	rows "insurance --year 2023" | grep "^industry_trade," | cut -d, -f3 >out &&
	q "SELECT count(*) FROM unit WHERE sector = ${sq}industry_trade${sq} AND metal_smelting = 1
	   AND opened_date <= ${sq}2023-12-31${sq} AND (closed_date IS NULL OR closed_date > ${sq}2023-12-31${sq})" >expect &&
	test_cmp expect out
'

test_expect_success 'the total row recomputes coverage and the flag from the sums' '
	"$SAFESTAT" "$DB" -F table -c "insurance --year 2023" >out &&
	n=$(q "SELECT count(*) FROM ($(mandatory_on 2023-12-31))") &&
	ins=$(q "SELECT sum(insured) FROM ($(mandatory_on 2023-12-31))") &&
	grep "│ 合计 .*│ *$n │ *$ins │ *$((n - ins)) │ *$(rate $ins $n) │" out
'

test_expect_success '--as-of and other years move the figures as SQL says' '
	rows "insurance --as-of 2024-06-30" >out &&
	coverage 2024-06-30 >expect &&
	test_cmp expect out &&
	rows "insurance --year 2024" >out &&
	coverage 2024-12-31 >expect &&
	test_cmp expect out
'

test_expect_success '--by township: every township, zero rows included' '
	rows "insurance --year 2023 --by township" | cut -d, -f1,3,4 >out &&
	q "SELECT t.code, count(m.unit_id), coalesce(sum(m.insured), 0) FROM township t
	   LEFT JOIN ($(mandatory_on 2023-12-31)) m ON m.township_id = t.township_id
	   GROUP BY t.township_id ORDER BY t.code" >expect &&
	test_cmp expect out
'

test_expect_success '--sector and --township narrow the count' '
	rows "insurance --year 2023 --sector transport --township 城关镇" | cut -d, -f1,3,4 >out &&
	q "SELECT ${sq}transport${sq}, count(*), coalesce(sum(insured), 0) FROM ($(mandatory_on 2023-12-31))
	   WHERE sector = ${sq}transport${sq} AND township_id = (SELECT township_id FROM township WHERE name_zh = ${sq}城关镇${sq})" >expect &&
	test_cmp expect out
'

test_expect_success 'insurance uninsured: the units, sector by sector' '
	"$SAFESTAT" "$DB" -F csv -c "insurance uninsured --year 2023" | tr -d "\r" >out &&
	head -n 1 out >keys &&
	echo "unit_id,unit_zh,sector,sector_zh,township,township_zh,employees,metal_smelting,last_policy_end,as_of" >expect &&
	test_cmp expect keys &&
	sed 1d out | cut -d, -f1,3 | sort >ids &&
	q "SELECT unit_id, sector FROM ($(mandatory_on 2023-12-31)) WHERE insured = 0" | sort >expect &&
	test_cmp expect ids &&
	test $(sed 1d out | grep -c ",transport,") = $(rows "insurance --year 2023" | grep "^transport," | cut -d, -f5)
'

test_expect_success 'insurance uninsured: when the last policy ended' '
	"$SAFESTAT" "$DB" -F csv -c "insurance uninsured --year 2023 --sector mining" | tr -d "\r" | sed 1d | cut -d, -f1,9 >out &&
	q "SELECT m.unit_id, (SELECT max(end_date) FROM insurance_policy p WHERE p.unit_id = m.unit_id AND p.end_date < ${sq}2023-12-31${sq})
	   FROM ($(mandatory_on 2023-12-31)) m WHERE m.insured = 0 AND m.sector = ${sq}mining${sq}" >expect &&
	test_cmp expect out
'

test_expect_success 'a sector where insurance is not mandatory: zeros and an empty list' '
	rows "insurance --year 2023 --sector campus" >out &&
	echo "campus,校园,0,0,0,,,2023-12-31" >expect &&
	test_cmp expect out &&
	"$SAFESTAT" "$DB" -F csv -c "insurance uninsured --year 2023 --sector campus" >out 2>err &&
	test_must_be_empty err &&
	test $(wc -l <out) = 1
'

test_expect_success 'titles name the day coverage is measured on, not a period' '
	"$SAFESTAT" "$DB" -F table -c "insurance --by sector --as-of 2023-12-31" | head -n 1 >out &&
	echo "安全生产责任保险覆盖率 · 截至2023-12-31 · 按行业领域" >expect &&
	test_cmp expect out &&
	"$SAFESTAT" "$DB" -F markdown -c "insurance uninsured --as-of 2024-06-30 --township 城关镇" >md &&
	grep "^### 未参保安责险的单位 · 截至2024-06-30 · 城关镇\$" md &&
	! grep "2025年" md &&
	"$SAFESTAT" "$DB" -F table -c "insurance --year 2023" | head -n 1 >out &&
	echo "安全生产责任保险覆盖率 · 截至2023-12-31 · 按行业领域" >expect &&
	test_cmp expect out
'

test_done
