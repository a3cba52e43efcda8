#!/bin/sh
# The sector commands on a file of several counties (a small province
# from the generator): --by county gives each county's figures as SQL
# counts them, --county narrows to one, and county 1 -- the bundled
# county, row for row -- reads exactly as in the county file.
test_description='sector commands on a province'
. "$(dirname "$0")/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/sectors-lib.sh"

GEN="$SAFESTAT_BUILD_DIR/data/safestat-gen"
P=province.db

test_expect_success 'write a province of three counties' '
	"$GEN" --seed 2023 --counties 3 --out $P &&
	test "$(sql_cli $P "SELECT count(*) FROM county WHERE ledger = 1")" = 3
'

# p ARGS...: safestat on the province.
p () {
	"$SAFESTAT" $P "$@"
}

test_expect_success 'overload by county: each county as SQL counts it, the total all' '
	p -F csv -c "traffic overload --year 2023 --by county" >out &&
	sql_cli $P "SELECT c.name_zh || '"'|'"' || c.code || '"'|'"' || count(w.weighing_id)
		FROM county c LEFT JOIN township t ON t.county_id = c.county_id
		LEFT JOIN overload_operation o ON o.township_id = t.township_id
		 AND o.op_date $Y
		LEFT JOIN weighing w ON w.operation_id = o.operation_id
		WHERE c.ledger = 1 GROUP BY c.county_id ORDER BY c.code" >expect &&
	csv_body out | cut -d"|" -f1-3 >actual &&
	test_cmp expect actual
'

test_expect_success '--county gives that county'"'"'s row' '
	p -F csv -c "traffic overload --year 2023 --by county" >all &&
	name=$(sql_cli $P "SELECT name_zh FROM county WHERE county_id = 2") &&
	p -F csv -c "traffic overload --year 2023 --county $name" >one &&
	csv_body all | grep "^$name|" | cut -d"|" -f3- >expect &&
	csv_body one | cut -d"|" -f2- >actual &&
	test_cmp expect actual
'

test_expect_success 'county 1 of the province reads as the county file' '
	for cmd in "traffic summary --year 2023" "gas summary --year 2023" \
	    "chemicals summary --year 2023" "traffic roads --year 2023" \
	    "gas users --year 2023 --by township" "chemicals checks --year 2023 --by unit"; do
		ss -F csv -c "$cmd" >county.csv &&
		p -F csv -c "$cmd --county 青峰县" >province.csv &&
		test_cmp county.csv province.csv || return 1
	done
'

test_expect_success 'by county, every sector command adds up to the whole province' '
	for cmd in "traffic hazards --year 2023" "gas users --year 2023" \
	    "chemicals units --year 2023" "traffic cases --year 2023" \
	    "gas inspections --year 2023"; do
		p -F csv -c "$cmd --by county" >by &&
		test $(csv_body by | wc -l) = 3 &&
		p -F table -c "$cmd --by county" >table &&
		csv_body by | awk -F"|" "{ n += \$3 } END { print n }" >sum &&
		grep "^│ 合计  *│  *│  *$(cat sum) │" table || return 1
	done
'

test_expect_success 'road projects by county: each county its own plan, kind by kind' '
	p -F csv -c "traffic roads --year 2023 --by county" >out &&
	sql_cli $P "SELECT k.code, c.name_zh, coalesce(sum(r.plan_invest_yuan), 0)
		FROM code_label k CROSS JOIN county c
		LEFT JOIN road_project r ON r.county_id = c.county_id AND r.year = 2023
		 AND r.kind = k.code
		WHERE k.list = '"'road_project.kind'"' AND c.ledger = 1
		GROUP BY k.code, c.county_id ORDER BY k.sort_order, c.code" >expect &&
	csv_body out | cut -d"|" -f1,3,8 >actual &&
	test_cmp expect actual
'

test_done
