#!/bin/sh
# tourism forecast: one row per spot and holiday day with exactly the keys
# scripts rely on; dates and day indexes from the holiday table; every
# interval ordered; load and alert consistent with each spot's capacity
# and ladder (read here with sqlite3); the merged Mid-Autumn/National Day
# of 2023 and 2025 asked by either name; holidays of 3, 7 and 8 days; no
# look-ahead (changing the counts after the origin changes nothing); and a
# spot with too little history named with its reason, never given a
# number.  The forecast is of demand and may pass the capacity (the red
# line is reachable); the visitors the gate would admit are beside it.

test_description='tourism forecast'
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

KEYS=spot,date,day,forecast,lower,upper,admitted,capacity,load_pct,alert

# Check every row of a forecast csv against the spots' capacities and
# ladders: ordered interval, load = forecast (demand) / capacity half-up,
# alert the highest line the printed load reaches; admitted the whole
# demand up to the red line, and never more than the demand past it.
check_rows () {
	q "SELECT name_zh, daily_capacity, warn_yellow_pct, warn_orange_pct,
	    warn_red_pct FROM scenic_spot" >ladders &&
	awk -F, "
	    NR == FNR { cap[\$1] = \$2; y[\$1] = \$3; o[\$1] = \$4; r[\$1] = \$5; next }
	    FNR == 1 { next }
	    {
		n++
		if (!(\$5 <= \$4 && \$4 <= \$6)) { print \"unordered: \" \$0; bad = 1 }
		if (\$8 != cap[\$1]) { print \"capacity: \" \$0; bad = 1 }
		line = cap[\$1] * r[\$1] / 100
		if (\$4 <= line && \$7 != \$4) { print \"admitted: \" \$0; bad = 1 }
		if (\$4 > line && (\$7 < line || \$7 > \$4)) { print \"admitted: \" \$0; bad = 1 }
		t = int(\$4 * 1000 / \$8 + 0.5)
		if (sprintf(\"%.1f\", t / 10) != \$9) { print \"load: \" \$0; bad = 1 }
		a = \"none\"
		if (t >= 10 * y[\$1]) a = \"yellow\"
		if (t >= 10 * o[\$1]) a = \"orange\"
		if (t >= 10 * r[\$1]) a = \"red\"
		if (a != \$10) { print \"alert: \" \$0; bad = 1 }
	    }
	    END { print n \" rows checked\"; exit bad }" ladders "$1"
}

test_expect_success 'National Day 2026: 7 days at 7 spots, exactly these keys' '
	csv -c "tourism forecast --holiday national-day --year 2026" >nd.csv 2>err &&
	test_must_be_empty err &&
	head -n 1 nd.csv >keys &&
	echo "$KEYS" >expect &&
	test_cmp expect keys &&
	test_line_count 50 nd.csv
'

test_expect_success 'its dates and day indexes come from the holiday table' '
	q "WITH RECURSIVE d(day, k) AS (SELECT first_day, 1 FROM holiday
	    WHERE kind = '"'"'national_day'"'"' AND year = 2026
	    UNION ALL SELECT date(day, '"'"'+1 day'"'"'), k + 1 FROM d
	    WHERE day < (SELECT last_day FROM holiday
	    WHERE kind = '"'"'national_day'"'"' AND year = 2026))
	    SELECT s.name_zh, d.day, d.k FROM scenic_spot s, d
	    ORDER BY s.spot_id, d.k" >expect &&
	tail -n +2 nd.csv | cut -d, -f1-3 >got &&
	test_cmp expect got
'

test_expect_success 'every row: lower <= forecast <= upper, load and alert as the ladder says' '
	check_rows nd.csv
'

test_expect_success 'demand past the capacity is red; the gate admits its ceiling' '
	awk -F, "NR > 1 && \$4 > \$8" nd.csv >over &&
	test -s over &&
	awk -F, "\$10 != \"red\" { print; bad = 1 } END { exit bad }" over &&
	while IFS=, read -r spot date day forecast lower upper admitted cap load alert; do
		q "SELECT max(s.daily_capacity * s.warn_red_pct / 100,
		    (SELECT max(v.visitors) FROM visitor_day v
		     WHERE v.spot_id = s.spot_id))
		    FROM scenic_spot s WHERE s.name_zh = '"'"'$spot'"'"'" >ceiling &&
		test "$admitted" = "$(cat ceiling)" &&
		test "$upper" -gt "$forecast" || return 1
	done <over
'

test_expect_success 'without --year: the next one after the counts (2026)' '
	csv -c "tourism forecast --holiday national-day" >next.csv &&
	test_cmp nd.csv next.csv
'

test_expect_success 'merged years: mid-autumn and national-day ask for the same 8 days' '
	csv -c "tourism forecast --holiday mid-autumn --year 2025" >ma.csv &&
	csv -c "tourism forecast --holiday national-day --year 2025" >nd25.csv &&
	test_cmp ma.csv nd25.csv &&
	test_line_count 57 ma.csv &&
	tail -n +2 ma.csv | cut -d, -f2 | sort -u | sed -n "1p;\$p" >span &&
	printf "2025-10-01\n2025-10-08\n" >expect &&
	test_cmp expect span &&
	check_rows ma.csv
'

test_expect_success 'separate years: Mid-Autumn 2026 is its own 3 days' '
	csv -c "tourism forecast --holiday mid-autumn --year 2026" >ma26.csv &&
	test_line_count 22 ma26.csv &&
	test "$(cut -d, -f3 ma26.csv | sort -u | tr "\n" " ")" = "1 2 3 day " &&
	check_rows ma26.csv
'

test_expect_success 'the 8-day Spring Festival of 2024 and the 9-day one of 2026' '
	csv -c "tourism forecast --holiday spring-festival --year 2024" >sf24.csv 2>err24 &&
	csv -c "tourism forecast --holiday spring-festival --year 2026" >sf26.csv 2>err26 &&
	test "$(cut -d, -f3 sf24.csv | sort -n | tail -n 1)" = 8 &&
	test "$(cut -d, -f3 sf26.csv | sort -n | tail -n 1)" = 9 &&
	check_rows sf24.csv && check_rows sf26.csv
'

test_expect_success 'a spot with too little history: named with its reason, no number' '
	! grep -q "^龙泉峡漂流," sf26.csv &&
	echo "safestat: -c1:1: warning: no forecast for '"'"'龙泉峡漂流'"'"' at spring_festival 2026: it was closed on every earlier holiday of this kind" >expect &&
	test_cmp expect err26
'

test_expect_success '... in a table, a note after the rows' '
	"$SAFESTAT" "$DB" -F table -c "tourism forecast --holiday qingming --year 2026" >out 2>err &&
	test_must_be_empty err &&
	grep "^\* 龙泉峡漂流：2026年清明节无预测（此前每逢该节日均闭园）。" out &&
	! grep "│ 龙泉峡漂流" out
'

test_expect_success '... and asked for alone, an error' '
	test_expect_code 1 "$SAFESTAT" "$DB" -c "tourism forecast --holiday qingming --spot 龙泉峡漂流" >out 2>err &&
	test_must_be_empty out &&
	echo "safestat: -c1:1: too little history to forecast '"'"'龙泉峡漂流'"'"' at qingming 2026: it was closed on every earlier holiday of this kind" >expect &&
	test_cmp expect err
'

test_expect_success 'the first year of the counts cannot be forecast at all' '
	test_expect_code 1 "$SAFESTAT" "$DB" -F csv -c "tourism forecast --holiday national-day --year 2021" >out 2>err &&
	grep "^safestat: -c1:1: too little history to forecast national-day 2021 at any spot\$" err &&
	grep -c "warning: no forecast for .* at national_day 2021: no earlier holiday of this kind in its counts" err >n &&
	test "$(cat n)" = 7
'

test_expect_success 'a year the calendar does not have' '
	test_expect_code 1 "$SAFESTAT" "$DB" -c "tourism forecast --holiday national-day --year 2027" 2>err &&
	grep "the calendar has no national-day holiday in 2027" err
'

test_expect_success 'a wider level gives a wider interval around the same forecast' '
	csv -c "tourism forecast --holiday national-day --year 2026 --level 95" >wide.csv &&
	paste -d, nd.csv wide.csv | awk -F, "NR > 1 && (\$4 != \$14 || \$15 > \$5 || \$16 < \$6) { print; bad = 1 } END { exit bad }"
'

test_expect_success 'levels outside 50-99 are refused' '
	test_expect_code 1 "$SAFESTAT" "$DB" -c "tourism forecast --holiday may-day --level 100" 2>err &&
	grep "out of range (50..99)" err
'

# A copy of the dataset whose counts after 2025-09-20 are all changed:
# a forecast made on 2025-09-20 must not move.
test_expect_success 'no look-ahead: counts after the origin change nothing' '
	cp "$DB" changed.db &&
	sql_cli changed.db "UPDATE visitor_day SET visitors = visitors * 3,
	    peak_in_park = peak_in_park * 3 WHERE day > '"'"'2025-09-20'"'"'" &&
	"$SAFESTAT" "$DB" -F csv -c "tourism forecast --holiday national-day --year 2025 --as-of 2025-09-20" >before &&
	"$SAFESTAT" changed.db -F csv -c "tourism forecast --holiday national-day --year 2025 --as-of 2025-09-20" >after &&
	test_cmp before after &&
	"$SAFESTAT" changed.db -F csv -c "tourism forecast --holiday national-day --year 2025" >later &&
	! test_cmp before later >/dev/null
'

test_expect_success 'every format: the same rows, the keys in json' '
	"$SAFESTAT" "$DB" -F json -c "tourism forecast --holiday dragon-boat --year 2026" >out.json &&
	test "$(grep -c "^{\"spot\":\"[^\"]*\",\"date\":\"2026-06-[0-9]*\",\"day\":[1-3],\"forecast\":[0-9]*,\"lower\":[0-9]*,\"upper\":[0-9]*,\"admitted\":[0-9]*,\"capacity\":[0-9]*,\"load_pct\":[0-9.]*,\"alert\":\"[a-z]*\"}" out.json)" = 21 &&
	"$SAFESTAT" "$DB" -F markdown -c "tourism forecast --holiday dragon-boat --year 2026" >out.md &&
	grep "^### 2026年端午节客流预测（80%预测区间）" out.md &&
	test "$(grep -c "^| [^-s ]" out.md)" = 21
'

test_done
