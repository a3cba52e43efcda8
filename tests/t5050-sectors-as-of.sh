#!/bin/sh
# Which period and which day a sector table is about.  Every traffic, gas
# and chemicals command prints a title naming what it counts and the
# period; those whose figures are counted on a day (open, in service,
# installed, fixed by it) name that day in the title and carry it in an
# as_of column, and they take it from the common filter: --as-of, or the
# period's last day, or today when sooner -- the same day the county's
# commands use.  Notes say how a figure is defined.
test_description='sector tables say their period and their day'
. "$(dirname "$0")/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/sectors-lib.sh"

# The sector commands, each with the subject of its title, and whether
# its figures are counted on the as-of day (1) or over the period (0).
cat >commands <<\EOF
traffic summary|道路交通安全主要指标|1
traffic overload|联合治超检测货运车辆|0
traffic cases|交通运输违法案件查处 · 2023年 · 按案件类别|0
traffic vehicles|“两客一危一重”重点车辆与营运客车自燃隐患排查 · 2023年 · 按车辆类别|1
traffic roads|四好农村路提级改造年度计划完成情况 · 2023年 · 按道路项目|1
traffic cleanup|路域环境整治|0
traffic hazards|道路交通隐患排查整改 · 2023年 · 按隐患等级|1
gas summary|城镇燃气安全主要指标|1
gas users|燃气用户可燃气体报警器安装 · 2023年 · 按用户类别|1
gas inspections|燃气入户安全检查|0
gas hazards|城镇燃气隐患排查整改 · 2023年 · 按隐患等级|1
chemicals summary|危险化学品安全主要指标|1
chemicals units|危险化学品单位与重大危险源 · 2023年 · 按单位类别|1
chemicals checks|设备带“病”运行专项检查|1
chemicals hazards|危险化学品隐患排查整改 · 2023年 · 按隐患等级|1
EOF

test_expect_success 'every sector command titles its table with what, the period and the grouping' '
	while IFS="|" read -r cmd subject dated; do
		ss -F table -c "$cmd --year 2023" >out &&
		head -n 1 out >title &&
		case $subject in
		*" · "*) want="$subject" ;;
		*) want="$subject · 2023年" ;;
		esac &&
		if test $dated = 1; then want="$want · 截至2023-12-31"; fi &&
		echo "$want" >expect &&
		test_cmp expect title || { echo "$cmd"; return 1; }
	done <commands
'

test_expect_success 'markdown gets the same title as a heading; machine formats none' '
	ss -F markdown -c "gas users --year 2023 --township 柳河镇 --by operator" >out.md &&
	head -n 1 out.md >title &&
	echo "### 燃气用户可燃气体报警器安装 · 2023年 · 柳河镇 · 按燃气经营企业 · 截至2023-12-31" >expect &&
	test_cmp expect title &&
	for f in csv tsv json jsonl; do
		ss -F $f -c "gas users --year 2023" >out.$f &&
		! grep -e 燃气用户可燃气体报警器安装 -e 截至 out.$f || return 1
	done
'

test_expect_success 'a day given with --as-of is in the title and on every row' '
	while IFS="|" read -r cmd subject dated; do
		test $dated = 1 || continue
		ss -F table -c "$cmd --year 2023 --as-of 2023-06-30" >out &&
		head -n 1 out | grep " · 截至2023-06-30\$" &&
		ss -F csv -c "$cmd --year 2023 --as-of 2023-06-30" >out.csv &&
		tr -d "\r" <out.csv | head -n 1 | tr , "\n" >keys &&
		n=$(grep -n -x as_of keys | cut -d: -f1) && test -n "$n" &&
		csv_body out.csv | cut -d"|" -f$n | sort -u >days &&
		echo 2023-06-30 >expect &&
		test_cmp expect days || { echo "$cmd"; return 1; }
	done <commands
'

test_expect_success 'figures over a period carry no day: they do not depend on one' '
	for cmd in "traffic overload" "traffic cases" "traffic cleanup" "gas inspections"; do
		ss -F csv -c "$cmd --year 2023" >out.csv &&
		tr -d "\r" <out.csv | head -n 1 >keys &&
		! grep as_of keys || return 1
	done &&
	ss -F csv -c "traffic summary --year 2023" >year.csv &&
	tr -d "\r" <year.csv | grep -x "vehicles_weighed,治超检测货运车辆,1650," &&
	tr -d "\r" <year.csv | grep -x "key_vehicles,.*,2023-12-31"
'

test_expect_success 'an as-of day inside the period stops the flows there, and they say so' '
	ss -F csv -c "traffic summary --from 2023-01-01 --to 2023-06-30" >half.csv &&
	tr -d "\r" <half.csv | grep "^vehicles_weighed," | cut -d, -f3 >half &&
	ss -F csv -c "traffic summary --year 2023 --as-of 2023-06-30" >sum.csv &&
	tr -d "\r" <sum.csv | grep "^vehicles_weighed," >row &&
	echo "vehicles_weighed,治超检测货运车辆,$(cat half),2023-06-30" >expect &&
	test_cmp expect row &&
	! test "$(cat half)" = 1650
'

test_expect_success 'the lists that depend on the day carry it too' '
	ss -F csv -c "gas users --year 2023 --missing-alarm" >alarm.csv &&
	csv_body alarm.csv | awk -F"|" "{ print \$NF }" | sort -u >days &&
	echo 2023-12-31 >expect && test_cmp expect days &&
	ss -F csv -c "chemicals checks --year 2023 --defects --as-of 2023-10-31" >defects.csv &&
	csv_body defects.csv | awk -F"|" "{ print \$NF }" | sort -u >days &&
	echo 2023-10-31 >expect && test_cmp expect days &&
	ss -F table -c "traffic hazards --open --as-of 2024-03-31" >open.table &&
	head -n 1 open.table >title &&
	echo "道路交通未整改隐患 · 截至2024-03-31" >expect &&
	test_cmp expect title &&
	ss -F csv -c "traffic hazards --open --as-of 2024-03-31" >open.csv &&
	csv_body open.csv | awk -F"|" "{ print \$NF }" | sort -u >days &&
	echo 2024-03-31 >expect && test_cmp expect days
'

test_expect_success 'the default day: the period'"'"'s last day, or today when sooner' '
	SAFESTAT_TODAY=2024-03-01 ss -F csv -c "gas users" >today.csv &&
	csv_body today.csv | cut -d"|" -f8 | sort -u >days &&
	echo 2024-03-01 >expect && test_cmp expect days &&
	SAFESTAT_TODAY=2024-03-01 ss -F csv -c "gas users --year 2023" >y2023.csv &&
	csv_body y2023.csv | cut -d"|" -f8 | sort -u >days &&
	echo 2023-12-31 >expect && test_cmp expect days &&
	q "SELECT count(*) FROM gas_user WHERE kind = '"'restaurant'"'
		AND alarm = '"'working'"' AND alarm_date <= '"'2024-03-01'"'" >alarms &&
	csv_body today.csv | grep "^restaurant|" | cut -d"|" -f4 >actual &&
	test_cmp alarms actual
'

test_expect_success 'an open hazard has been open as many days here as in the county list' '
	for today in 2024-06-30 2025-12-31; do
		SAFESTAT_TODAY=$today ss -F csv -c "chemicals hazards --open" >sector.csv &&
		SAFESTAT_TODAY=$today ss -F csv -c "hazards open --sector hazchem" >county.csv &&
		csv_body sector.csv | cut -d"|" -f1,6,7 >sector &&
		csv_body county.csv | cut -d"|" -f1,6,7 >county &&
		test -s sector && test_cmp county sector || return 1
	done
'

test_expect_success 'help says what --as-of counts, command by command' '
	cat >counted <<-\EOF &&
	traffic summary|the key vehicles in service
	traffic vehicles|the vehicles in service
	traffic roads|the road work reported done
	traffic hazards|the hazards rectified, open and overdue
	gas summary|the users with a working alarm
	gas users|the alarms installed and working
	gas hazards|the hazards rectified, open and overdue
	chemicals summary|the installations registered
	chemicals units|the units in business
	chemicals checks|the defects fixed
	chemicals hazards|the hazards rectified, open and overdue
	EOF
	while IFS="|" read -r cmd what; do
		ss -F tsv -c "help $cmd" >help &&
		awk -F"\t" "\$1 == \"--as-of\" { print \$6 }" help >as-of &&
		grep "$what" as-of &&
		grep " on this day (default: " as-of &&
		! grep "open and overdue items" as-of || { echo "$cmd"; return 1; }
	done <counted &&
	for cmd in "traffic overload" "traffic cases" "traffic cleanup" "gas inspections"; do
		ss -F tsv -c "help $cmd" >help &&
		! grep -e "^--as-of" help || return 1
	done
'

test_expect_success 'over-limit is explained from the limit tables it is decided by' '
	ss -F table -c "traffic overload --year 2023" >out &&
	q "SELECT group_concat(a, '"'、'"') FROM (SELECT min_axles ||
		CASE WHEN max_axles IS NULL THEN '"'轴及以上'"' ELSE '"'轴'"' END ||
		(max_gross_kg / 1000) || '"'吨'"' AS a FROM weight_limit ORDER BY min_axles)" >limits &&
	grep "^\* 超限超载按数据集的限值表逐车判定：车货总质量严格大于其轴数的限值（$(cat limits)）" out &&
	q "SELECT max_mm FROM dimension_limit WHERE measure = '"'width'"'" >width &&
	test "$(cat width)" = 2550 &&
	grep "宽2.55米" out
'

test_expect_success 'a definition is a note under the table, in rich formats only' '
	ss -F table -c "gas users --year 2023" >out &&
	grep "^\* with_alarm为截至统计日已安装且正常工作报警器的用户；coverage_pct = with_alarm ÷ users" out &&
	ss -F table -c "gas hazards --year 2023" >out &&
	grep "^\* 口径：2023年内发现的隐患，截至2023-12-31已整改、未整改、逾期" out &&
	ss -F csv -c "gas users --year 2023" >out.csv &&
	! grep 口径 out.csv && ! grep coverage_pct.= out.csv
'

test_done
