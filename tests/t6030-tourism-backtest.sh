#!/bin/sh
# tourism backtest: the acceptance conditions on the bundled data -- the
# model beats the seasonal-naive forecast on MAPE, and its 80% intervals
# cover between 70% and 90% of the counted days -- plus the counts behind
# them checked against the ledger with sqlite3, and the rates against
# those counts.  This test fails if the forecaster gets worse.

test_description='tourism backtest'
. "$SAFESTAT_SRC_DIR/tests/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/host-lib.sh"

test_have_prereq SQLITE3 || skip_all 'the sqlite3 command-line shell is missing'

DB="$SAFESTAT_BUILD_DIR/data/county.db"
test -f "$DB" || skip_all 'the bundled dataset is not built'

csv () {
	"$SAFESTAT" "$DB" -F csv "$@" | tr -d "\r"
}

q () {
	sql_cli -separator , "$DB" "$1"
}

KEYS=spot,holidays,skipped,days,mape_pct,naive_mape_pct,forecast_visitors,actual_visitors,bias_pct,covered_days,coverage_pct

test_expect_success 'per spot and "all", with these keys' '
	csv -c "tourism backtest" >bt.csv 2>err &&
	test_must_be_empty err &&
	head -n 1 bt.csv >keys &&
	echo "$KEYS" >expect &&
	test_cmp expect keys &&
	cut -d, -f1 bt.csv | tail -n +2 >groups &&
	{ q "SELECT name_zh FROM scenic_spot ORDER BY spot_id" && echo all; } >expect &&
	test_cmp expect groups &&
	cat bt.csv
'

test_expect_success 'the model beats the seasonal-naive forecast on MAPE' '
	grep "^all," bt.csv >all &&
	IFS=, read g n skip days mape naive f a bias cov covpct <all &&
	echo "MAPE $mape%, seasonal naive $naive%" &&
	awk "BEGIN { exit !($mape < $naive) }"
'

test_expect_success 'its 80% intervals cover between 70% and 90% of the days' '
	IFS=, read g n skip days mape naive f a bias cov covpct <all &&
	echo "coverage $covpct% ($cov of $days days)" &&
	awk "BEGIN { exit !($covpct >= 70 && $covpct <= 90) }"
'

# The holidays the backtest covers and the spot-days it compares: every
# open day with visitors of the Spring Festival, Qingming, May Day, Dragon
# Boat, Mid-Autumn and National Day holidays (merged or not) of 2023-2025.
HOLIDAY_DAYS="SELECT v.spot_id, v.visitors FROM holiday h
	JOIN visitor_day v ON v.day BETWEEN h.first_day AND h.last_day
	WHERE h.year BETWEEN 2023 AND 2025 AND h.kind IN ('spring_festival',
	  'qingming', 'may_day', 'dragon_boat', 'mid_autumn', 'national_day',
	  'mid_autumn_national_day')
	  AND v.status = 'open' AND v.visitors > 0"

test_expect_success 'the days and the counted visitors are the ledger'"'"'s' '
	q "SELECT s.name_zh, count(d.visitors), coalesce(sum(d.visitors), 0)
	    FROM scenic_spot s LEFT JOIN ($HOLIDAY_DAYS) d USING (spot_id)
	    GROUP BY s.spot_id ORDER BY s.spot_id" >expect &&
	q "SELECT '"'"'all'"'"', count(*), sum(visitors) FROM ($HOLIDAY_DAYS)" >>expect &&
	cut -d, -f1,4,8 bt.csv | tail -n +2 >got &&
	test_cmp expect got
'

test_expect_success 'spot-holidays: 16 each over three years, the rafting spot closed 6' '
	q "SELECT 7 * count(*) FROM holiday WHERE year BETWEEN 2023 AND 2025
	    AND kind IN ('"'"'spring_festival'"'"', '"'"'qingming'"'"',
	    '"'"'may_day'"'"', '"'"'dragon_boat'"'"', '"'"'mid_autumn'"'"',
	    '"'"'national_day'"'"', '"'"'mid_autumn_national_day'"'"')" >n &&
	test "$(($(cut -d, -f2 all) + $(cut -d, -f3 all)))" = "$(cat n)" &&
	grep "^龙泉峡漂流,10,6," bt.csv
'

test_expect_success 'coverage and bias are computed from the counts beside them' '
	awk -F, "NR > 1 {
	    c = sprintf(\"%.1f\", int(\$10 * 1000 / \$4 + 0.5) / 10)
	    d = \$7 - \$8; s = d < 0 ? -1 : 1; d = d < 0 ? -d : d
	    b = sprintf(\"%.1f\", s * int(d * 1000 / \$8 + 0.5) / 10)
	    if (b == \"-0.0\") b = \"0.0\"
	    if (c != \$11 || b != \$9) { print; bad = 1 } }
	    END { exit bad }" bt.csv
'

test_expect_success 'by year: each held-out year on its own, the same overall row' '
	csv -c "tourism backtest --by year" >years.csv &&
	cat years.csv &&
	cut -d, -f1 years.csv >groups &&
	printf "year\n2023\n2024\n2025\nall\n" >expect &&
	test_cmp expect groups &&
	grep "^all," years.csv >all.years &&
	test_cmp all all.years
'

test_expect_success 'by holiday: the merged golden week apart from National Day alone' '
	csv -c "tourism backtest --by holiday" >kinds.csv &&
	cut -d, -f1,2 kinds.csv >groups &&
	cat >expect <<-\EOF &&
	holiday,holidays
	春节,18
	清明节,18
	劳动节,21
	端午节,21
	中秋节,7
	国庆节,7
	中秋节、国庆节,14
	all,106
	EOF
	test_cmp expect groups
'

test_expect_success 'one holiday: national-day includes the merged years' '
	csv -c "tourism backtest --holiday national-day --by year" >nd.csv &&
	grep "^all,21,0," nd.csv
'

test_expect_success 'a month ahead instead of the eve' '
	csv -c "tourism backtest --lead 30" >lead.csv &&
	grep "^all," lead.csv >all.lead &&
	test "$(cut -d, -f4 all.lead)" = "$(cut -d, -f4 all)"
'

test_expect_success 'the first years only teach: nothing to test there' '
	test_expect_code 1 "$SAFESTAT" "$DB" -c "tourism backtest --years 2021" 2>err &&
	grep "too little history to forecast any holiday of 2021-2021" err
'

test_expect_success 'years with no counts yet' '
	test_expect_code 1 "$SAFESTAT" "$DB" -c "tourism backtest --years 2026" 2>err &&
	grep "no holiday of 2026-2026 has counts to compare with" err
'

test_expect_success 'malformed year ranges are refused' '
	for bad in 2025-2023 23-25 2023- x; do
		test_expect_code 1 "$SAFESTAT" "$DB" -c "tourism backtest --years $bad" 2>err &&
		grep "bad year range '"'"'$bad'"'"'" err || return 1
	done
'

test_done
