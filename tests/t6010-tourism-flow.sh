#!/bin/sh
# tourism flow: visitors, open days, the peak day and its load, and the
# days over each warning line, per spot and period -- every figure checked
# against SQL written here over visitor_day and scenic_spot, with the load
# rounded half-up to one decimal the way this test computes it (floating
# point plus a half), not the way the plugin does (integer tenths).

test_description='tourism flow against the visitor ledger'
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

# The load of a count in tenths of a percent, half-up: SQL of this test.
TENTHS () {
	echo "CAST($1 * 1000.0 / s.daily_capacity + 0.5 AS INTEGER)"
}

# Per spot over [from, to]: the same columns as tourism flow.
expected_flow () {
	q "SELECT s.name_zh, '$3', min(v.day), max(v.day),
	    sum(v.status = 'open'), sum(v.visitors), s.daily_capacity,
	    (SELECT p.day FROM visitor_day p WHERE p.spot_id = s.spot_id
	     AND p.day BETWEEN '$1' AND '$2' AND p.visitors > 0
	     ORDER BY p.visitors DESC, p.day LIMIT 1),
	    max(v.visitors), printf('%.1f', $(TENTHS 'max(v.visitors)') / 10.0),
	    sum($(TENTHS v.visitors) >= 10 * s.warn_yellow_pct),
	    sum($(TENTHS v.visitors) >= 10 * s.warn_orange_pct),
	    sum($(TENTHS v.visitors) >= 10 * s.warn_red_pct)
	    FROM scenic_spot s JOIN visitor_day v ON v.spot_id = s.spot_id
	    WHERE v.day BETWEEN '$1' AND '$2'
	    GROUP BY s.spot_id ORDER BY s.spot_id"
}

test_expect_success 'a year per spot: visitors, peak, load, days over each line' '
	csv -c "tourism flow --year 2023" >out &&
	echo spot,period,first_day,last_day,open_days,visitors,capacity,peak_day,peak_visitors,peak_load_pct,yellow_days,orange_days,red_days >expect &&
	expected_flow 2023-01-01 2023-12-31 2023 >>expect &&
	test_cmp expect out
'

test_expect_success 'the default period is the latest year of the ledgers' '
	csv -c "tourism flow" >out &&
	echo spot,period,first_day,last_day,open_days,visitors,capacity,peak_day,peak_visitors,peak_load_pct,yellow_days,orange_days,red_days >expect &&
	expected_flow 2025-01-01 2025-12-31 2025 >>expect &&
	test_cmp expect out
'

test_expect_success 'the rafting spot passes its lines on summer weekends' '
	grep "^龙泉峡漂流,2025," out >rafting &&
	IFS=, read name p f l open n cap peak most load y o r <rafting &&
	test "$y" -gt 0 && test "$r" -gt 0 && test "$y" -ge "$o" && test "$o" -ge "$r"
'

test_expect_success 'by month: every spot, every month, closed months as zero rows' '
	csv -c "tourism flow --year 2023 --by month" >out &&
	test_line_count 85 out &&
	grep "^龙泉峡漂流,2023-01,2023-01-01,2023-01-31,0,0,3000,,0,0.0,0,0,0\$" out &&
	q "SELECT s.name_zh, sum(v.visitors) FROM scenic_spot s
	    JOIN visitor_day v USING (spot_id)
	    WHERE v.day LIKE '"'"'2023-%'"'"' GROUP BY s.spot_id
	    ORDER BY s.spot_id" >expect &&
	awk -F, "NR > 1 { if (!(\$1 in t)) o[++n] = \$1; t[\$1] += \$6 }
	    END { for (i = 1; i <= n; i++) print o[i] \",\" t[o[i]] }" out >sums &&
	test_cmp expect sums
'

test_expect_success 'by holiday: the merged Mid-Autumn/National Day of 2023 is one row of 8 days' '
	csv -c "tourism flow --year 2023 --by holiday --spot 柳河古镇" >out &&
	grep "^柳河古镇,2023年中秋节、国庆节,2023-09-29,2023-10-06,8," out >merged &&
	IFS=, read name p f l open n rest <merged &&
	test "$n" = "$(q "SELECT sum(visitors) FROM visitor_day
	    WHERE spot_id = 2 AND day BETWEEN '"'"'2023-09-29'"'"' AND '"'"'2023-10-06'"'"'")"
'

test_expect_success 'by holiday: holidays across the year end keep only their days inside' '
	cut -d, -f2-4 out >periods &&
	cat >expect <<-\EOF &&
	period,first_day,last_day
	2023年元旦,2023-01-01,2023-01-02
	2023年春节,2023-01-21,2023-01-27
	2023年清明节,2023-04-05,2023-04-05
	2023年劳动节,2023-04-29,2023-05-03
	2023年端午节,2023-06-22,2023-06-24
	2023年中秋节、国庆节,2023-09-29,2023-10-06
	2024年元旦,2023-12-30,2023-12-31
	EOF
	test_cmp expect periods
'

test_expect_success 'by day: each day its load, the peak day of a day is itself' '
	csv -c "tourism flow --spot 柳河古镇 --from 2023-09-29 --to 2023-10-06 --by day" >out &&
	q "SELECT s.name_zh, v.day, v.day, v.day, 1, v.visitors, 16000, v.day,
	    v.visitors, printf('"'"'%.1f'"'"', $(TENTHS v.visitors) / 10.0),
	    $(TENTHS v.visitors) >= 750, $(TENTHS v.visitors) >= 900,
	    $(TENTHS v.visitors) >= 1000
	    FROM visitor_day v JOIN scenic_spot s USING (spot_id)
	    WHERE s.spot_id = 2 AND v.day BETWEEN '"'"'2023-09-29'"'"' AND '"'"'2023-10-06'"'"'
	    ORDER BY v.day" >expect &&
	tail -n +2 out >rows &&
	test_cmp expect rows &&
	grep "^柳河古镇,2023-10-01,.*,94.9,1,1,0\$" out
'

test_expect_success 'by week: weeks start on Monday and are named by it' '
	csv -c "tourism flow --year 2024 --by week --spot 1" >out &&
	tail -n +2 out | cut -d, -f2 | sort -u >mondays &&
	while read -r monday; do
		test "$(q "SELECT strftime('"'"'%w'"'"', '"'"'$monday'"'"')")" = 1 ||
		{ echo "not a Monday: $monday"; return 1; }
	done <mondays &&
	test_line_count 53 mondays
'

test_expect_success 'table: the total row adds up the visitors' '
	"$SAFESTAT" "$DB" -F table -c "tourism flow --year 2024" >out &&
	total=$(q "SELECT sum(visitors) FROM visitor_day WHERE day LIKE '"'"'2024-%'"'"'") &&
	grep "│ 合计 .*│ *$total │" out
'

test_expect_success 'a year without counts is an empty result, not an error' '
	csv -c "tourism flow --year 2026" >out 2>err &&
	test_must_be_empty err &&
	test_line_count 1 out &&
	"$SAFESTAT" "$DB" -F table -c "tourism flow --year 2026" >out &&
	grep "2026没有客流记录" out
'

test_expect_success 'a period the wrong way round is refused' '
	test_expect_code 1 "$SAFESTAT" "$DB" -c "tourism flow --from 2023-02-01 --to 2023-01-01" 2>err &&
	grep "from 2023-02-01 is after --to 2023-01-01" err
'

test_expect_success 'an unknown grouping is refused with the choices' '
	test_expect_code 1 "$SAFESTAT" "$DB" -c "tourism flow --by quarter" 2>err &&
	grep "not one of day, week, month, year, holiday" err
'

test_done
