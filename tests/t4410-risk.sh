#!/bin/sh
# county: `risk` on the bundled dataset: the province's risk index as
# published -- 2nd in the province and 1st in the city in 2023 -- with
# last year's ranks and the change, checked against SQL written here.
test_description='county risk index'
. "$(dirname "$0")/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/county-lib.sh"

# ranks FIRST LAST: county code, year, ranks, last year's ranks and the
# change (last year's rank minus this year's) of the ledger counties.
ranks () {
	q "SELECT c.code, r.year, r.rank_province, r.rank_city,
		p.rank_province, p.rank_province - r.rank_province,
		p.rank_city, p.rank_city - r.rank_city
	   FROM risk_index r JOIN county c USING (county_id)
	   LEFT JOIN risk_index p ON p.county_id = r.county_id AND p.year = r.year - 1
	   WHERE c.ledger = 1 AND r.year BETWEEN $1 AND $2 ORDER BY c.code, r.year"
}

test_expect_success 'the keys' '
	"$SAFESTAT" "$DB" -F csv -c "risk --year 2023" | head -n 1 >out &&
	printf "county,county_zh,year,score,rank_province,rank_city,score_prev,score_change,rank_province_prev,rank_province_change,rank_city_prev,rank_city_change\r\n" >expect &&
	test_cmp expect out
'

test_expect_success '2023: 2nd in the province, 1st in the city' '
	rows "risk --year 2023" | cut -d, -f1,3,5,6,9-12 >out &&
	ranks 2023 2023 >expect &&
	test_cmp expect out &&
	test "$(cut -d, -f3,4 out)" = "2,1"
'

test_expect_success 'the score and its change are the published ones' '
	rows "risk --year 2023" | cut -d, -f4,7,8 >out &&
	q "SELECT r.score, p.score, round(r.score - p.score, 2) FROM risk_index r
	   JOIN risk_index p ON p.county_id = r.county_id AND p.year = 2022
	   WHERE r.county_id = 1 AND r.year = 2023" >expect &&
	test_cmp expect out
'

test_expect_success '--years 5: every year to the last ledger year, the first without a change' '
	rows "risk --years 5" | cut -d, -f1,3,5,6,9-12 >out &&
	ranks 2021 2025 >expect &&
	test_cmp expect out &&
	head -n 1 out | grep ",2021,[0-9]*,[0-9]*,,,,\$"
'

test_expect_success 'a year without a published index: an empty result, status 0' '
	"$SAFESTAT" "$DB" -F csv -c "risk --year 2030" >out 2>err &&
	test_must_be_empty err &&
	test $(wc -l <out) = 1
'

test_expect_success 'a county whose ledgers the file does not hold is refused' '
	test_expect_code 1 "$SAFESTAT" "$DB" -c "risk --county 安城县" >out 2>err &&
	test_must_be_empty out &&
	test $(wc -l <err) = 1 &&
	grep -x "safestat: -c1:1: county ${sq}安城县${sq} has no ledgers in this file (it holds: 青峰县)" err
'

test_expect_success SQLITE3 'by its code too; a name nobody has is unknown' '
	code=$(sql_cli "$DB" "SELECT code FROM county WHERE name_zh = ${sq}安城县${sq}") &&
	test_expect_code 1 "$SAFESTAT" "$DB" -c "hazards --county $code" 2>err &&
	grep "county ${sq}安城县${sq} has no ledgers in this file" err &&
	test_expect_code 1 "$SAFESTAT" "$DB" -c "hazards --county 安城" 2>err &&
	grep -x "safestat: -c1:1: unknown county ${sq}安城${sq}.*" err
'

test_done
