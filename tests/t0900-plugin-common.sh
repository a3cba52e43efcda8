#!/bin/sh
# plugins/common through a fixture plugin on the bundled dataset: the
# common filters resolve names and periods, counts_emit computes rates from
# counts (half-up), keeps zero rows, and adds a total row in table output
# only.  Figures are checked against SQL written here.
test_description='shared plugin helpers'
. "$(dirname "$0")/test-lib.sh"

DB="$SAFESTAT_BUILD_DIR/data/county.db"
DEMO="$SAFESTAT_BUILD_DIR/tests/plugins/.libs/common-demo.so"
demo () {
	"$SAFESTAT" --no-plugins --plugin "$DEMO" "$DB" "$@"
}

test_expect_success SQLITE3 'one row per sector, zero rows included' '
	demo -F csv -c "demo hazards --year 2023" >out &&
	test $(($(wc -l <out) - 1)) = $(sql_cli "$DB" "SELECT count(*) FROM sector") &&
	grep "^gas,城镇燃气,[0-9]*," out
'

test_expect_success SQLITE3 'counts and the half-up rate match SQL' '
	demo -F csv -c "demo hazards --year 2023 --sector industry_trade" |
		tr -d "\r" | sed 1d >out &&
	found=$(sql_cli "$DB" "SELECT count(*) FROM hazard WHERE sector = '"'"'industry_trade'"'"' AND found_date BETWEEN '"'"'2023-01-01'"'"' AND '"'"'2023-12-31'"'"'") &&
	fixed=$(sql_cli "$DB" "SELECT count(*) FROM hazard WHERE sector = '"'"'industry_trade'"'"' AND found_date BETWEEN '"'"'2023-01-01'"'"' AND '"'"'2023-12-31'"'"' AND rectified_date <= '"'"'2023-12-31'"'"'") &&
	tenths=$(( (2000 * fixed / found + 1) / 2 )) &&
	rate="$((tenths / 10)).$((tenths % 10))" &&
	below=$(( tenths < 900 ? 1 : 0 )) &&
	echo "industry_trade,工贸,$found,$fixed,$rate,$below" >expect &&
	test_cmp expect out
'

test_expect_success SQLITE3 'the total row sums the counts and recomputes the rate' '
	demo -F table -c "demo hazards --year 2023" >out &&
	found=$(sql_cli "$DB" "SELECT count(*) FROM hazard WHERE found_date LIKE '"'"'2023-%'"'"'") &&
	fixed=$(sql_cli "$DB" "SELECT count(*) FROM hazard WHERE found_date LIKE '"'"'2023-%'"'"' AND rectified_date <= '"'"'2023-12-31'"'"'") &&
	tenths=$(( (2000 * fixed / found + 1) / 2 )) &&
	grep "合计.* $found .* $fixed .* $((tenths / 10))\.$((tenths % 10)) " out
'

test_expect_success 'machine formats leave the total row out' '
	demo -F json -c "demo hazards --year 2023" >out &&
	! grep "合计" out
'

test_expect_success SQLITE3 'a township by its English name narrows the count' '
	demo -F csv -c "demo hazards --year 2023 --township \"liuhe town\" --sector industry_trade" |
		tr -d "\r" | sed 1d | cut -d, -f3 >out &&
	sql_cli "$DB" "SELECT count(*) FROM hazard h JOIN township t USING (township_id) WHERE t.name_en = '"'"'Liuhe Town'"'"' AND h.sector = '"'"'industry_trade'"'"' AND h.found_date LIKE '"'"'2023-%'"'"'" >expect &&
	test_cmp expect out
'

test_expect_success 'a misspelt township is one line with a suggestion' '
	test_expect_code 1 demo -c "demo hazards --township 柳河" >out 2>err &&
	test_must_be_empty out &&
	echo "safestat: -c1:1: unknown township '"'"'柳河'"'"' (did you mean '"'"'柳河镇'"'"'?)" >expect &&
	test_cmp expect err
'

test_expect_success 'a later as-of day counts more hazards rectified' '
	demo -F csv -c "demo hazards --year 2023 --sector industry_trade" | tr -d "\r" | sed 1d | cut -d, -f4 >early &&
	demo -F csv -c "demo hazards --year 2023 --sector industry_trade --as-of 2024-12-31" | tr -d "\r" | sed 1d | cut -d, -f4 >late &&
	test "$(cat late)" -gt "$(cat early)"
'

test_expect_success 'two ways of giving the period are refused' '
	test_expect_code 1 demo -c "demo hazards --year 2023 --month 2023-09" 2>err &&
	grep "give the period one way" err
'

test_expect_success 'a quarter is three months' '
	demo -F csv -c "demo hazards --quarter 2023Q3" | tr -d "\r" | sed 1d | cut -d, -f3 | awk '"'"'{ n += $1 } END { print n }'"'"' >q3 &&
	demo -F csv -c "demo hazards --from 2023-07-01 --to 2023-09-30" | tr -d "\r" | sed 1d | cut -d, -f3 | awk '"'"'{ n += $1 } END { print n }'"'"' >range &&
	test_cmp q3 range
'

# total_rows COMMAND...: the number of 合计 rows in the table output.
total_rows () {
	"$SAFESTAT" "$DB" -F table -c "$1" | grep -c "│ 合计 "
}

test_expect_success SQLITE3 'no total row for a single row: it would only repeat it' '
	demo -F table -c "demo hazards --year 2023 --sector industry_trade" >out &&
	test $(grep -c "^│ industry_trade " out) = 1 &&
	! grep 合计 out &&
	for cmd in "hazards --year 2023 --level major" "enforcement --year 2023" \
	    "inspections --year 2023" "assistance --year 2023 --department 应急" \
	    "hazards --year 2023 --level all" "gas hazards --year 2023 --by level --level major"; do
		test "$(total_rows "$cmd")" = 0 || { echo "$cmd"; return 1; }
	done
'

test_expect_success SQLITE3 'two rows or more keep their total row' '
	for cmd in "hazards --year 2023" "enforcement --year 2023 --by sector" \
	    "hazards --year 2023 --level all --by sector" "gas hazards --year 2023"; do
		test "$(total_rows "$cmd")" = 1 || { echo "$cmd"; return 1; }
	done &&
	demo -F table -c "demo hazards --year 2023" >out &&
	grep "合计" out
'

test_done
