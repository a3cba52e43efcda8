#!/bin/sh
# county: `enforcement` on the bundled dataset: the report's 32
# administrative penalties and "over 120,000 yuan" of fines, the traffic
# cases, the groupings with their zero rows, the 万元 column that only
# tables show -- each checked against SQL written here.
test_description='county enforcement'
. "$(dirname "$0")/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/county-lib.sh"

# cases CATEGORY FROM TO [AND ...]: cases and fines of a category.
cases () {
	q "SELECT count(*), coalesce(sum(e.fine_yuan), 0)
	   FROM enforcement_case e JOIN case_kind k ON k.code = e.kind
	   WHERE k.category = '$1' AND e.decided_date BETWEEN '$2' AND '$3' $4"
}

# by_group TABLE KEY NAME ORDER JOIN: 2023 penalties per row of a code
# table, zero rows included.
by_group () {
	q "SELECT g.$2, g.$3, count(e.case_id), coalesce(sum(e.fine_yuan), 0)
	   FROM $1 g LEFT JOIN (SELECT e.* FROM enforcement_case e
		JOIN case_kind k ON k.code = e.kind AND k.category = 'safety'
		WHERE e.decided_date BETWEEN '2023-01-01' AND '2023-12-31') e ON $5
	   GROUP BY g.$2 ORDER BY g.$4"
}

test_expect_success '2023: 32 penalties and a little over 120,000 yuan of fines' '
	rows "enforcement --year 2023" >out &&
	echo "990101,青峰县,$(cases safety 2023-01-01 2023-12-31)" >expect &&
	test_cmp expect out &&
	IFS=, read -r code name n fines <out &&
	test "$n" = 32 &&
	test "$fines" -ge 120000 && test "$fines" -lt 130000
'

test_expect_success 'the keys; fines in yuan, the 万元 column for tables only' '
	"$SAFESTAT" "$DB" -F csv -c "enforcement --year 2023" | head -n 1 >out &&
	printf "county,county_zh,cases,fines_yuan\r\n" >expect &&
	test_cmp expect out &&
	"$SAFESTAT" "$DB" -F jsonl -c "enforcement --year 2023" >out &&
	IFS=, read -r n fines <<-EOF &&
	$(cases safety 2023-01-01 2023-12-31)
	EOF
	echo "{\"county\":\"990101\",\"county_zh\":\"青峰县\",\"cases\":$n,\"fines_yuan\":$fines}" >expect &&
	test_cmp expect out &&
	"$SAFESTAT" "$DB" -F table -c "enforcement --year 2023" >table &&
	wan=$(awk "BEGIN { printf \"%.2f\", $fines / 10000 }") &&
	grep "│ fines_wan │" table &&
	grep "│ *$n │ *$fines │ *$wan │" table
'

test_expect_success '--by sector: every sector, as SQL says' '
	rows "enforcement --year 2023 --by sector" >out &&
	by_group sector code name_zh report_order "e.sector = g.code" >expect &&
	test_cmp expect out
'

test_expect_success '--by department: every department, zero rows included' '
	rows "enforcement --year 2023 --by department" >out &&
	by_group department code short_zh report_order "e.dept = g.code" >expect &&
	test_cmp expect out &&
	grep ",0,0\$" out
'

test_expect_success '--by kind: the kinds of work-safety penalty' '
	rows "enforcement --year 2023 --by kind" | cut -d, -f1,3,4 >out &&
	q "SELECT k.code, count(e.case_id), coalesce(sum(e.fine_yuan), 0)
	   FROM case_kind k LEFT JOIN enforcement_case e ON e.kind = k.code
		AND e.decided_date BETWEEN ${sq}2023-01-01${sq} AND ${sq}2023-12-31${sq}
	   WHERE k.category = ${sq}safety${sq} GROUP BY k.code ORDER BY k.rowid" >expect &&
	test_cmp expect out
'

test_expect_success '--by month: twelve months adding up to the year' '
	rows "enforcement --year 2023 --by month" >out &&
	test $(wc -l <out) = 12 &&
	awk -F, "{ n += \$2; f += \$3 } END { print n \",\" f }" out >sum &&
	cases safety 2023-01-01 2023-12-31 >expect &&
	test_cmp expect sum &&
	grep "^2023-09,$(cases safety 2023-09-01 2023-09-30)\$" out
'

test_expect_success '--category traffic and all' '
	rows "enforcement --year 2023 --category traffic" | cut -d, -f3,4 >out &&
	cases traffic 2023-01-01 2023-12-31 >expect &&
	test_cmp expect out &&
	test "$(cut -d, -f1 out)" = 35 &&
	rows "enforcement --year 2023 --category all --by kind" >out &&
	test $(wc -l <out) = $(q "SELECT count(*) FROM case_kind")
'

test_expect_success 'filters: --township, --sector, --department, --quarter' '
	rows "enforcement --year 2023 --township 城关镇" | cut -d, -f3,4 >out &&
	cases safety 2023-01-01 2023-12-31 "AND e.township_id = (SELECT township_id FROM township WHERE name_zh = ${sq}城关镇${sq})" >expect &&
	test_cmp expect out &&
	rows "enforcement --year 2023 --sector industry_trade" | cut -d, -f3,4 >out &&
	cases safety 2023-01-01 2023-12-31 "AND e.sector = ${sq}industry_trade${sq}" >expect &&
	test_cmp expect out &&
	rows "enforcement --year 2023 --department 消防" | cut -d, -f3,4 >out &&
	cases safety 2023-01-01 2023-12-31 "AND e.dept = ${sq}fire${sq}" >expect &&
	test_cmp expect out &&
	rows "enforcement --quarter 2023Q2" | cut -d, -f3,4 >out &&
	cases safety 2023-04-01 2023-06-30 >expect &&
	test_cmp expect out
'

test_expect_success 'other years have their own figures' '
	for y in 2021 2022 2024 2025; do
		rows "enforcement --year $y" | cut -d, -f3,4 >out &&
		cases safety $y-01-01 $y-12-31 >expect &&
		test_cmp expect out || return 1
	done
'

test_expect_success 'nothing matched: a zero row, status 0' '
	rows "enforcement --year 2023 --sector campus --township 黄岗乡" >out &&
	echo "990101,青峰县,0,0" >expect &&
	test_cmp expect out
'

test_expect_success 'an unknown department: one line with a suggestion' '
	test_expect_code 1 "$SAFESTAT" "$DB" -c "enforcement --department 应极" >out 2>err &&
	test_must_be_empty out &&
	test $(wc -l <err) = 1 &&
	grep "unknown department ${sq}应极${sq} (did you mean ${sq}应急${sq}?)" err
'

test_done
