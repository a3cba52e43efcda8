#!/bin/sh
# county: `accidents` and `accidents summary` on the bundled dataset.  "No
# accident of the larger grade or above in three years" (2021-2023) as an
# empty list with a note, the 2025 larger accident, the grade the dataset's
# view gives each accident (boundaries are the dataset's to test), and the
# year-on-year summary -- each checked against SQL written here.
test_description='county accidents'
. "$(dirname "$0")/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/county-lib.sh"

# graded FROM TO RANK [AND ...]: id, date, grade, deaths, serious
# injuries, loss of the accidents of grade rank RANK or worse.
graded () {
	q "SELECT accident_id, occurred_date, grade, deaths, serious_injuries, direct_loss_yuan
	   FROM accident_graded WHERE occurred_date BETWEEN '$1' AND '$2'
	   AND grade_rank <= $3 $4 ORDER BY occurred_date, accident_id"
}

# list COMMAND: the csv rows of the accident list, the first result set.
list () {
	"$SAFESTAT" "$DB" -F csv -c "$1" | tr -d '\r' |
		awk 'NR > 1 && /^$/ { exit } NR > 1'
}

# window COMMAND: the csv row of the window, the second result set.
window () {
	"$SAFESTAT" "$DB" -F csv -c "$1" | tr -d '\r' |
		awk 'w == 2 { print; exit } /^$/ { w = 1; next } w == 1 { w = 2 }'
}

LARGER=$(sql_cli "$DB" "SELECT severity_rank FROM accident_grade WHERE code = 'larger'")
GENERAL=$(sql_cli "$DB" "SELECT severity_rank FROM accident_grade WHERE code = 'general'")

test_expect_success 'the keys of the list' '
	"$SAFESTAT" "$DB" -F csv -c "accidents --year 2023" | head -n 1 >out &&
	printf "accident_id,occurred_date,grade,grade_zh,deaths,serious_injuries,minor_injuries,direct_loss_yuan,township,township_zh,sector,sector_zh,unit_zh,accident_type,accident_type_zh,figures_date,summary\r\n" >expect &&
	test_cmp expect out
'

test_expect_success 'three years to 2023: every accident, with the figures of the view' '
	list "accidents --year 2023 --years 3" | cut -d, -f1,2,3,5,6,8 >out &&
	graded 2021-01-01 2023-12-31 $GENERAL >expect &&
	test_cmp expect out &&
	test -s out
'

test_expect_success 'no larger-grade accident in 2021-2023: an empty list that says so' '
	"$SAFESTAT" "$DB" -F csv -c "accidents --year 2023 --years 3 --min-grade larger" 2>err |
		tr -d "\r" | awk "NR > 1 && /^\$/ { exit } { print }" >out &&
	test_must_be_empty err &&
	test $(wc -l <out) = 1 &&
	test -z "$(graded 2021-01-01 2023-12-31 $LARGER)" &&
	"$SAFESTAT" "$DB" -F table -c "accidents --year 2023 --years 3 --min-grade larger" >table &&
	grep "^\* 2021—2023年未发生较大及以上生产安全事故。\$" table &&
	"$SAFESTAT" "$DB" -F markdown -c "accidents --year 2023 --years 3 --min-grade larger" >md &&
	grep "^> 2021—2023年未发生较大及以上生产安全事故。\$" md
'

test_expect_success '--years before the first ledger year: clipped, and the note says so' '
	first=$(q "SELECT substr(min(occurred_date), 1, 4) FROM accident") &&
	ledger_first=$(q "SELECT substr(min(found_date), 1, 4) FROM hazard") &&
	test "$ledger_first" = 2021 &&
	test "$(q "SELECT count(*) FROM accident_graded WHERE grade_rank <= (SELECT severity_rank FROM accident_grade WHERE code = ${sq}serious${sq})")" = 0 &&
	window "accidents --year 2023 --years 10 --min-grade serious" >out &&
	echo "2021-01-01,2023-12-31,serious,0" >expect &&
	test_cmp expect out &&
	"$SAFESTAT" "$DB" -F table -c "accidents --year 2023 --years 10 --min-grade serious" >table &&
	grep "^生产安全事故 · 2021—2023年\$" table &&
	grep "^\* 2021—2023年（自2021年有台账记录以来）未发生重大及以上生产安全事故。\$" table &&
	! grep 2014 table &&
	window "accidents --years 100 --min-grade serious" >out &&
	echo "2021-01-01,2025-12-31,serious,0" >expect &&
	test_cmp expect out &&
	"$SAFESTAT" "$DB" -F markdown -c "accidents --years 100 --min-grade serious" >md &&
	grep "^> 2021—2025年（自2021年有台账记录以来）未发生重大及以上生产安全事故。\$" md &&
	! grep 1926 md
'

test_expect_success '--years past the last ledger year: clipped at its end too' '
	window "accidents --year 2030 --years 7 --min-grade larger" >out &&
	echo "2024-01-01,2025-12-31,larger,$(graded 2024-01-01 2025-12-31 $LARGER | grep -c .)" >expect &&
	test_cmp expect out &&
	"$SAFESTAT" "$DB" -F table -c "accidents --year 2030 --years 7 --min-grade larger" >table &&
	grep "（台账记录截至2025年）" table
'

test_expect_success 'a window with no ledger at all claims nothing' '
	window "accidents --year 2019 --years 3 --min-grade larger" >out &&
	echo "2017-01-01,2019-12-31,larger,0" >expect &&
	test_cmp expect out &&
	"$SAFESTAT" "$DB" -F table -c "accidents --year 2019 --years 3 --min-grade larger" >table &&
	grep "2017—2019年没有事故台账记录，无从判断" table &&
	! grep "未发生" table
'

test_expect_success 'the window in every format: keys, and the list count' '
	for f in csv tsv json jsonl table markdown; do
		"$SAFESTAT" "$DB" -F $f -c "accidents --years 3" >w.$f || return 1
	done &&
	grep "^period_from,period_to,min_grade,accidents" w.csv &&
	n=$(graded 2023-01-01 2025-12-31 $GENERAL | grep -c .) &&
	grep "^2023-01-01,2025-12-31,general,$n" w.csv &&
	grep "^2023-01-01	2025-12-31	general	$n\$" w.tsv &&
	grep "{\"period_from\":\"2023-01-01\",\"period_to\":\"2025-12-31\",\"min_grade\":\"general\",\"accidents\":$n}" w.jsonl &&
	grep "\"period_from\": *\"2023-01-01\"" w.json &&
	grep "^统计窗口\$" w.table &&
	grep "2023-01-01 .*2025-12-31 .*general .* $n │" w.table &&
	grep "| 2023-01-01 .*| 2025-12-31 .*| general .*| *$n |" w.markdown
'

test_expect_success 'three years to 2025: the larger accident the data has' '
	list "accidents --years 3 --min-grade larger" | cut -d, -f1,2,3,5,6,8 >out &&
	graded 2023-01-01 2025-12-31 $LARGER >expect &&
	test_cmp expect out &&
	test $(wc -l <out) = 1 &&
	"$SAFESTAT" "$DB" -F table -c "accidents --years 3 --min-grade larger" >table &&
	grep "^\* 2023—2025年发生较大及以上生产安全事故1起。\$" table &&
	list "accidents --year 2024 --years 3 --min-grade larger" >out2 &&
	test_must_be_empty out2
'

test_expect_success 'each accident carries the grade and figures of accident_graded' '
	list "accidents --from 2021-01-01 --to 2025-12-31" | cut -d, -f1,3,4,5,6,7,8,16 >out &&
	q "SELECT accident_id, grade, grade_zh, deaths, serious_injuries, minor_injuries, direct_loss_yuan, reported_date
	   FROM accident_graded ORDER BY occurred_date, accident_id" >expect &&
	test_cmp expect out
'

test_expect_success 'a revision after its window does not regrade an accident' '
	# An accident whose last report counts 3 deaths but came too late.
	late=$(q "SELECT a.accident_id FROM accident_graded a
	   WHERE a.grade = ${sq}general${sq} AND (SELECT max(deaths) FROM accident_figures f
		WHERE f.accident_id = a.accident_id) >= 3") &&
	test -n "$late" &&
	list "accidents --from 2021-01-01 --to 2025-12-31" | grep "^$late," | cut -d, -f3,5 >out &&
	q "SELECT grade, deaths FROM accident_graded WHERE accident_id = $late" >expect &&
	test_cmp expect out &&
	grep "^general," out
'

test_expect_success '--min-grade serious and especially-serious: nothing' '
	list "accidents --years 5 --min-grade serious" >out &&
	test_must_be_empty out &&
	list "accidents --years 5 --min-grade especially-serious" >out &&
	test_must_be_empty out
'

test_expect_success 'filters: --sector and --township' '
	list "accidents --years 5 --sector transport" | cut -d, -f1,2,3,5,6,8 >out &&
	graded 2021-01-01 2025-12-31 $GENERAL "AND sector = ${sq}transport${sq}" >expect &&
	test_cmp expect out &&
	list "accidents --years 5 --township 城关镇" | cut -d, -f1,2,3,5,6,8 >out &&
	graded 2021-01-01 2025-12-31 $GENERAL "AND township_id = (SELECT township_id FROM township WHERE name_zh = ${sq}城关镇${sq})" >expect &&
	test_cmp expect out
'

test_expect_success 'loss in yuan for scripts, and in 万元 for tables' '
	"$SAFESTAT" "$DB" -F jsonl -c "accidents --years 3 --min-grade larger" >out &&
	loss=$(graded 2023-01-01 2025-12-31 $LARGER | cut -d, -f6) &&
	grep "\"direct_loss_yuan\":$loss," out &&
	! grep direct_loss_wan out &&
	"$SAFESTAT" "$DB" -F table -c "accidents --years 3 --min-grade larger" >table &&
	grep "│ direct_loss_wan │" table
'

test_expect_success '--years counts back from --year only' '
	test_expect_code 1 "$SAFESTAT" "$DB" -c "accidents --years 3 --month 2023-05" >out 2>err &&
	test_must_be_empty out &&
	test $(wc -l <err) = 1 &&
	grep "^safestat: -c1:1: --years counts whole calendar years back from --year" err &&
	test_expect_code 1 "$SAFESTAT" "$DB" -c "accidents --years 0" 2>err &&
	test $(wc -l <err) = 1
'

# summary YEAR KEY-EXPR TABLE...: this year's and last year's accidents,
# deaths, serious injuries and loss per group, by SQL.
SUMMARY_KEYS="sector,sector_zh,accidents,accidents_prev,accidents_yoy_pct,deaths,deaths_prev,deaths_yoy_pct,serious_injuries,serious_injuries_prev,serious_injuries_yoy_pct,direct_loss_yuan,direct_loss_prev_yuan,direct_loss_yoy_pct"

# change THIS LAST: year-on-year change, half-up, empty when LAST is 0.
change () {
	if test "$2" = 0; then echo; return; fi
	d=$(( $1 - $2 )) s=
	if test $d -lt 0; then d=$(( -d )) s=-; fi
	t=$(( (2000 * d / $2 + 1) / 2 ))
	echo "$s$((t / 10)).$((t % 10))"
}

by_sector () {
	q "SELECT s.code, s.name_zh,
		count(CASE WHEN a.occurred_date LIKE '$1-%' THEN 1 END),
		count(CASE WHEN a.occurred_date LIKE '$2-%' THEN 1 END),
		coalesce(sum(CASE WHEN a.occurred_date LIKE '$1-%' THEN a.deaths END), 0),
		coalesce(sum(CASE WHEN a.occurred_date LIKE '$2-%' THEN a.deaths END), 0),
		coalesce(sum(CASE WHEN a.occurred_date LIKE '$1-%' THEN a.serious_injuries END), 0),
		coalesce(sum(CASE WHEN a.occurred_date LIKE '$2-%' THEN a.serious_injuries END), 0),
		coalesce(sum(CASE WHEN a.occurred_date LIKE '$1-%' THEN a.direct_loss_yuan END), 0),
		coalesce(sum(CASE WHEN a.occurred_date LIKE '$2-%' THEN a.direct_loss_yuan END), 0)
	   FROM sector s LEFT JOIN accident_graded a ON a.sector = s.code
	   GROUP BY s.code ORDER BY s.report_order" |
	while IFS=, read -r c n a a0 d d0 i i0 l l0; do
		echo "$c,$n,$a,$a0,$(change $a $a0),$d,$d0,$(change $d $d0),$i,$i0,$(change $i $i0),$l,$l0,$(change $l $l0)"
	done
}

test_expect_success 'accidents summary: the keys' '
	"$SAFESTAT" "$DB" -F csv -c "accidents summary --year 2024 --by sector" | head -n 1 >out &&
	printf "%s\r\n" "$SUMMARY_KEYS" >expect &&
	test_cmp expect out
'

test_expect_success 'accidents summary 2024 by sector, year on year' '
	rows "accidents summary --year 2024 --by sector" >out &&
	by_sector 2024 2023 >expect &&
	test_cmp expect out
'

test_expect_success 'accidents summary 2023 by sector: zero sectors print, no change from 0' '
	rows "accidents summary --year 2023 --by sector" >out &&
	by_sector 2023 2022 >expect &&
	test_cmp expect out &&
	grep "^gas,城镇燃气,0,0,,0,0,,0,0,,0,0,\$" out
'

test_expect_success 'accidents summary: the total row recomputes the change' '
	"$SAFESTAT" "$DB" -F table -c "accidents summary --year 2024 --by sector" >out &&
	a=$(q "SELECT count(*) FROM accident_graded WHERE occurred_date LIKE ${sq}2024-%${sq}") &&
	a0=$(q "SELECT count(*) FROM accident_graded WHERE occurred_date LIKE ${sq}2023-%${sq}") &&
	grep "│ 合计 .*│ *$a │ *$a0 │ *$(change $a $a0) │" out &&
	"$SAFESTAT" "$DB" -F table -c "accidents summary --year 2024" >one &&
	grep "│ 990101 .*│ *$a │ *$a0 │ *$(change $a $a0) │" one &&
	! grep 合计 one
'

test_expect_success 'accidents summary by grade and by month' '
	rows "accidents summary --year 2025 --by grade" | cut -d, -f1,3,4 >out &&
	q "SELECT g.code, count(CASE WHEN a.occurred_date LIKE ${sq}2025-%${sq} THEN 1 END),
		count(CASE WHEN a.occurred_date LIKE ${sq}2024-%${sq} THEN 1 END)
	   FROM accident_grade g LEFT JOIN accident_graded a ON a.grade = g.code
	   GROUP BY g.code ORDER BY g.severity_rank" >expect &&
	test_cmp expect out &&
	rows "accidents summary --year 2024 --by month" >out &&
	test $(wc -l <out) = 12 &&
	grep "^2024-06,1,0,,1,0,," out &&
	awk -F, "{ n += \$2; p += \$3 } END { print n \",\" p }" out >sum &&
	q "SELECT count(CASE WHEN occurred_date LIKE ${sq}2024-%${sq} THEN 1 END), count(CASE WHEN occurred_date LIKE ${sq}2023-%${sq} THEN 1 END) FROM accident_graded" >expect &&
	test_cmp expect sum
'

test_expect_success 'accidents summary: --quarter compares with the same quarter a year earlier' '
	rows "accidents summary --quarter 2024Q2" | cut -d, -f3,4 >out &&
	q "SELECT count(CASE WHEN occurred_date BETWEEN ${sq}2024-04-01${sq} AND ${sq}2024-06-30${sq} THEN 1 END),
		count(CASE WHEN occurred_date BETWEEN ${sq}2023-04-01${sq} AND ${sq}2023-06-30${sq} THEN 1 END)
	   FROM accident_graded" >expect &&
	test_cmp expect out
'

test_done
