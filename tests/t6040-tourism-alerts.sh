#!/bin/sh
# tourism alerts: the spot-days of a year whose load reaches a warning
# line, most severe first -- counted days checked against SQL written
# here, the lines at exactly 80/90/100% on a copy of the dataset with
# counts set to the boundaries, and the forecast days of 2026 the same as
# tourism forecast says.
#
# The rule: a line is reached when the load as printed (one decimal,
# half-up) is at or above it.  80.0% is yellow; 7995 of 10000 prints as
# 80.0 and is yellow too; 7994 prints as 79.9 and is not.

test_description='tourism alerts and the warning lines'
. "$SAFESTAT_SRC_DIR/tests/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/host-lib.sh"

test_have_prereq SQLITE3 || skip_all 'the sqlite3 command-line shell is missing'

DB="$SAFESTAT_BUILD_DIR/data/county.db"
test -f "$DB" || skip_all 'the bundled dataset is not built'

csv () {
	"$SAFESTAT" "$DB" -F csv "$@" | tr -d "\r"
}

KEYS=spot,date,holiday,day,basis,visitors,upper,capacity,load_pct,alert

# 青峰山风景区 (capacity 10000, lines 80/90/100) on quiet January days of
# 2025, set to the boundaries.
test_expect_success 'a copy of the dataset with counts at the lines' '
	cp "$DB" lines.db &&
	sql_cli lines.db "
	    CREATE TEMP TABLE b (day TEXT, n INTEGER);
	    INSERT INTO b VALUES ('"'"'2025-01-06'"'"', 7994), ('"'"'2025-01-07'"'"', 7995),
	      ('"'"'2025-01-08'"'"', 8000), ('"'"'2025-01-09'"'"', 8999),
	      ('"'"'2025-01-10'"'"', 9000), ('"'"'2025-01-13'"'"', 9995),
	      ('"'"'2025-01-14'"'"', 10000);
	    UPDATE visitor_day SET status = '"'"'open'"'"',
	      visitors = (SELECT n FROM b WHERE b.day = visitor_day.day)
	    WHERE spot_id = 1 AND day IN (SELECT day FROM b);" &&
	test "$(sql_cli lines.db "SELECT group_concat(visitors, '"'"' '"'"') FROM visitor_day
	    WHERE spot_id = 1 AND day BETWEEN '"'"'2025-01-06'"'"' AND '"'"'2025-01-14'"'"'
	    AND visitors >= 7994")" = "7994 7995 8000 8999 9000 9995 10000"
'

# (Days of the same printed load are in date order.)
test_expect_success 'exactly 80, 90 and 100% reach their lines; 79.94% does not' '
	"$SAFESTAT" lines.db -F csv -c "tourism alerts --year 2025 --spot 青峰山风景区" |
	    tr -d "\r" | grep ",2025-01-" >got &&
	cat >expect <<-\EOF &&
	青峰山风景区,2025-01-13,,,actual,9995,,10000,100.0,red
	青峰山风景区,2025-01-14,,,actual,10000,,10000,100.0,red
	青峰山风景区,2025-01-09,,,actual,8999,,10000,90.0,orange
	青峰山风景区,2025-01-10,,,actual,9000,,10000,90.0,orange
	青峰山风景区,2025-01-07,,,actual,7995,,10000,80.0,yellow
	青峰山风景区,2025-01-08,,,actual,8000,,10000,80.0,yellow
	EOF
	test_cmp expect got
'

test_expect_success 'tourism flow counts the same days over each line' '
	"$SAFESTAT" lines.db -F csv -c "tourism flow --spot 1 --from 2025-01-06 --to 2025-01-14 --by day" |
	    tr -d "\r" | cut -d, -f2,10-13 >got &&
	cat >expect <<-\EOF &&
	period,peak_load_pct,yellow_days,orange_days,red_days
	2025-01-06,79.9,0,0,0
	2025-01-07,80.0,1,0,0
	2025-01-08,80.0,1,0,0
	2025-01-09,90.0,1,1,0
	2025-01-10,90.0,1,1,0
	EOF
	sql_cli -separator , lines.db "SELECT day, printf('"'"'%.1f'"'"', visitors / 100.0), 0, 0, 0
	    FROM visitor_day WHERE spot_id = 1 AND day IN ('"'"'2025-01-11'"'"', '"'"'2025-01-12'"'"')" >>expect &&
	printf "2025-01-13,100.0,1,1,1\n2025-01-14,100.0,1,1,1\n" >>expect &&
	test_cmp expect got
'

test_expect_success 'the counted days of 2025 at or over a yellow line, as the ledger has them' '
	csv -c "tourism alerts --year 2025" >a25.csv 2>err &&
	test_must_be_empty err &&
	head -n 1 a25.csv >keys &&
	echo "$KEYS" >expect &&
	test_cmp expect keys &&
	sql_cli -separator , "$DB" "SELECT s.name_zh, v.day, v.visitors
	    FROM visitor_day v JOIN scenic_spot s USING (spot_id)
	    WHERE v.day LIKE '"'"'2025-%'"'"'
	      AND CAST(v.visitors * 1000.0 / s.daily_capacity + 0.5 AS INTEGER) >= 10 * s.warn_yellow_pct
	    ORDER BY 1, 2" >expect &&
	tail -n +2 a25.csv | cut -d, -f1,2,6 | sort >got &&
	test_cmp expect got &&
	test "$(cut -d, -f5 a25.csv | sort -u | tr "\n" " ")" = "actual basis "
'

test_expect_success 'most severe first, then the heaviest load' '
	awk -F, "NR > 1 {
	    r = \$10 == \"red\" ? 3 : \$10 == \"orange\" ? 2 : 1
	    if (r > last || (r == last && \$9 + 0 > load)) { print; bad = 1 }
	    last = r; load = \$9 + 0 } BEGIN { last = 4 } END { exit bad }" a25.csv
'

test_expect_success 'holiday days say which holiday and which day of it' '
	grep ",2025-10-01,中秋节、国庆节,1,actual," a25.csv &&
	csv -c "tourism alerts --year 2025 --holidays" >hol.csv &&
	test "$(tail -n +2 hol.csv | cut -d, -f3 | grep -c "^\$")" = 0 &&
	test "$(grep -c ",actual," hol.csv)" = "$(grep -c ",[^,][^,]*,[0-9][0-9]*,actual," a25.csv)"
'

test_expect_success '2026: the coming holidays by forecast, with their upper bound' '
	csv -c "tourism alerts --year 2026" >a26.csv 2>err &&
	test "$(tail -n +2 a26.csv | cut -d, -f5 | sort -u)" = forecast &&
	awk -F, "NR > 1 && !(\$7 >= \$6) { print; bad = 1 } END { exit bad }" a26.csv &&
	grep "no forecast for '"'"'龙泉峡漂流'"'"' at qingming 2026" err
'

test_expect_success '... the same days and figures as tourism forecast' '
	csv -c "tourism forecast --holiday national-day --year 2026" >nd.csv &&
	awk -F, "NR > 1 && \$10 != \"none\" { print \$1 \",\" \$2 \",\" \$3 \",\" \$4 \",\" \$6 \",\" \$8 \",\" \$9 \",\" \$10 }" nd.csv | sort >expect &&
	grep ",国庆节," a26.csv | cut -d, -f1,2,4,6-10 | sort >got &&
	test_cmp expect got
'

test_expect_success 'a forecast alert is about demand: it can reach the red line' '
	awk -F, "NR > 1 && \$5 == \"forecast\" && \$9 + 0 >= 100" a26.csv >red &&
	test -s red &&
	awk -F, "\$10 != \"red\" || \$6 <= \$8 { print; bad = 1 } END { exit bad }" red &&
	"$SAFESTAT" "$DB" -F table -c "tourism alerts --year 2026" >a26.table &&
	grep "visitors为预测的客流需求" a26.table
'

test_expect_success 'a year without alerts is an empty list' '
	csv -c "tourism alerts --year 2024 --spot 石桥红色教育基地 --holidays" >none.csv &&
	test_line_count 1 none.csv
'

test_done
