#!/bin/sh
# The gas plugin: the summary of 2023 (no major gas hazard -- a zero row,
# not a missing one; catering users' alarm coverage; home-inspection
# coverage), users and alarms on a day, the catering users without a
# working alarm, inspections, hazards.  Figures from SQL written here.
test_description='gas plugin'
. "$(dirname "$0")/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/sectors-lib.sh"

# A user had a working alarm on day D when it works now and was put in by
# D (gas_user keeps the alarm's state and its installation day).
working () {
	echo "(alarm = 'working' AND alarm_date <= '$1')"
}

ss -F csv -c 'gas summary --year 2023' >summary.csv 2>err
test_expect_success 'the 2023 summary runs quietly' '
	test_must_be_empty err && test -s summary.csv
'

test_expect_success 'no major gas hazard in 2023: a row with 0, beside the general ones' '
	q "SELECT count(*) FROM hazard WHERE sector = '"'gas'"' AND level = '"'major'"'
		AND found_date $Y" >major &&
	echo 0 >expect && test_cmp expect major &&
	check_metric summary.csv major_found 0 &&
	check_metric summary.csv major_rectified 0 &&
	check_metric summary.csv major_rectified_pct "" &&
	q "SELECT count(*), count(CASE WHEN rectified_date <= '"'2023-12-31'"' THEN 1 END)
		FROM hazard WHERE sector = '"'gas'"' AND level = '"'general'"'
		AND found_date $Y" >general &&
	IFS="|" read -r found fixed <general &&
	check_metric summary.csv general_found "$found" &&
	check_metric summary.csv general_rectified "$fixed" &&
	check_metric summary.csv general_rectified_pct "$(rate $fixed $found)"
'

test_expect_success 'catering alarm coverage at the end of 2023 (about 61%)' '
	q "SELECT count(*), count(CASE WHEN $(working 2023-12-31) THEN 1 END)
		FROM gas_user WHERE kind = '"'restaurant'"'" >sql &&
	IFS="|" read -r users alarms <sql &&
	check_metric summary.csv restaurant_users "$users" &&
	check_metric summary.csv restaurant_alarms "$alarms" &&
	check_metric summary.csv restaurant_alarm_pct "$(rate $alarms $users)" &&
	test "$(rate $alarms $users | cut -d. -f1)" -ge 60 &&
	test "$(rate $alarms $users | cut -d. -f1)" -le 61
'

test_expect_success 'home-inspection coverage: users with a completed inspection in 2023 over users' '
	q "SELECT count(*), (SELECT count(DISTINCT user_id) FROM gas_inspection
		 WHERE inspect_date $Y AND result IN ('"'ok'"', '"'hazard'"')),
		(SELECT count(*) FROM gas_inspection WHERE inspect_date $Y)
		FROM gas_user" >sql &&
	IFS="|" read -r users inspected visits <sql &&
	check_metric summary.csv users "$users" &&
	check_metric summary.csv users_inspected "$inspected" &&
	check_metric summary.csv inspections "$visits" &&
	check_metric summary.csv inspection_coverage_pct "$(rate $inspected $users)"
'

test_expect_success 'operators and users by kind' '
	q "SELECT count(*), count(CASE WHEN business = '"'piped'"' THEN 1 END) FROM gas_operator" >ops &&
	IFS="|" read -r ops piped <ops &&
	check_metric summary.csv operators "$ops" &&
	check_metric summary.csv piped_operators "$piped" &&
	for kind in restaurant resident institution; do
		check_metric summary.csv ${kind}_users \
			"$(q "SELECT count(*) FROM gas_user WHERE kind = '"'"'$kind'"'"'")" || return 1
	done
'

test_expect_success 'gas users by kind, as of the end of 2023' '
	ss -F csv -c "gas users --year 2023" >out &&
	q "SELECT l.code, l.name_zh, count(u.user_id),
		count(CASE WHEN $(working 2023-12-31) THEN 1 END)
		FROM code_label l LEFT JOIN gas_user u ON u.kind = l.code
		WHERE l.list = '"'gas_user.kind'"' GROUP BY l.code ORDER BY l.sort_order" >sql &&
	while IFS="|" read -r code name users alarms; do
		echo "$code|$name|$users|$alarms|$(rate $alarms $users)"
	done <sql >expect &&
	csv_body out | cut -d"|" -f1-5 >actual &&
	test_cmp expect actual
'

test_expect_success 'every format of gas users, with the keys scripts rely on' '
	ss -F csv -c "gas users --year 2023" >out.csv &&
	tr -d "\r" <out.csv | head -n 1 >head &&
	echo "kind,kind_zh,users,with_alarm,coverage_pct,alarm_faulty,no_alarm,as_of" >expect &&
	test_cmp expect head &&
	csv_body out.csv | head -n 1 >first &&
	IFS="|" read -r k kz n a c f none day <first &&
	test "$day" = 2023-12-31 &&
	ss -F tsv -c "gas users --year 2023" >out.tsv &&
	head -n 1 out.tsv | tr "\t" "," >head && test_cmp expect head &&
	grep -x "restaurant	餐饮用户	$n	$a	$c	$f	$none	2023-12-31" out.tsv &&
	ss -F json -c "gas users --year 2023" >out.json &&
	grep -x "{\"kind\":\"restaurant\",\"kind_zh\":\"餐饮用户\",\"users\":$n,\"with_alarm\":$a,\"coverage_pct\":$c,\"alarm_faulty\":$f,\"no_alarm\":$none,\"as_of\":\"2023-12-31\"}," out.json &&
	ss -F jsonl -c "gas users --year 2023" >out.jsonl &&
	test $(wc -l <out.jsonl) = 3 &&
	grep -x "{\"kind\":\"restaurant\",\"kind_zh\":\"餐饮用户\",\"users\":$n,\"with_alarm\":$a,\"coverage_pct\":$c,\"alarm_faulty\":$f,\"no_alarm\":$none,\"as_of\":\"2023-12-31\"}" out.jsonl &&
	ss -F markdown -c "gas users --year 2023" >out.md &&
	grep -x "### 燃气用户可燃气体报警器安装 · 2023年 · 按用户类别 · 截至2023-12-31" out.md &&
	grep "^| kind  *| kind_zh  *|  *users | with_alarm | coverage_pct | alarm_faulty | no_alarm | as_of  *|$" out.md &&
	q "SELECT count(*) FROM gas_user" >all &&
	grep "^| \*\*合计\*\*  *|  *| \*\*$(cat all)\*\* |" out.md &&
	ss -F table -c "gas users --year 2023" >out.table &&
	grep "^│ restaurant  *│ 餐饮用户  *│  *$n │  *$a │  *$c │" out.table &&
	grep "^│ 合计  *│  *│  *$(cat all) │" out.table
'

test_expect_success 'users by township and by operator add up to every user' '
	q "SELECT count(*) FROM gas_user" >all &&
	for by in township operator; do
		ss -F csv -c "gas users --year 2023 --by $by" >out.$by &&
		csv_body out.$by | awk -F"|" "{ n += \$(NF - 5) } END { print n }" >sum.$by &&
		test_cmp all sum.$by || return 1
	done &&
	q "SELECT count(*) FROM township" >towns &&
	test $(csv_body out.township | wc -l) = $(cat towns)
'

test_expect_success '--missing-alarm lists the catering users without a working alarm on the day' '
	ss -F csv -c "gas users --year 2023 --missing-alarm" >out &&
	q "SELECT user_id FROM gas_user WHERE kind = '"'restaurant'"'
		AND NOT $(working 2023-12-31) ORDER BY user_id" >expect &&
	csv_body out | cut -d"|" -f1 | sort -n >actual &&
	test_cmp expect actual &&
	q "SELECT count(*) FROM gas_user WHERE kind = '"'restaurant'"'
		AND alarm = '"'faulty'"' AND alarm_date <= '"'2023-12-31'"'" >faulty &&
	test $(csv_body out | cut -d"|" -f5 | grep -c -x faulty) = $(cat faulty)
'

test_expect_success 'a later day: alarms put in since leave the list' '
	ss -F csv -c "gas users --missing-alarm --as-of 2025-12-31" >out &&
	q "SELECT count(*) FROM gas_user WHERE kind = '"'restaurant'"'
		AND NOT $(working 2025-12-31)" >n &&
	test $(csv_body out | wc -l) = $(cat n) &&
	ss -F csv -c "gas users --year 2023 --missing-alarm" >early &&
	test $(csv_body early | wc -l) -gt $(cat n)
'

test_expect_success 'every restaurant alarmed: an empty list and a note' '
	cp "$DB" alarmed.db &&
	sql_cli alarmed.db "UPDATE gas_user SET alarm = '"'working'"', alarm_date = '"'2020-01-01'"'
		WHERE kind = '"'restaurant'"'" &&
	"$SAFESTAT" alarmed.db -F csv -c "gas users --year 2023 --missing-alarm" >out 2>err &&
	test_must_be_empty err &&
	test $(tr -d "\r" <out | wc -l) = 1 &&
	"$SAFESTAT" alarmed.db -F table -c "gas users --year 2023 --missing-alarm" >table &&
	grep "^\* 所有餐饮用户均已安装正常工作的可燃气体报警器$" table
'

test_expect_success '--missing-alarm takes no --by' '
	test_expect_code 1 ss -c "gas users --missing-alarm --by township" >out 2>err &&
	test_must_be_empty out &&
	test $(wc -l <err) = 1 &&
	grep "drop .--by. or .--missing-alarm.$" err
'

test_expect_success 'inspections of 2023: visits, completed, no access, hazards, coverage' '
	ss -F csv -c "gas inspections --year 2023" >out &&
	q "SELECT count(*), count(CASE WHEN result <> '"'no_access'"' THEN 1 END),
		count(CASE WHEN result = '"'no_access'"' THEN 1 END),
		count(CASE WHEN result = '"'hazard'"' THEN 1 END),
		(SELECT count(*) FROM gas_user),
		count(DISTINCT CASE WHEN result <> '"'no_access'"' THEN user_id END)
		FROM gas_inspection WHERE inspect_date $Y" >sql &&
	IFS="|" read -r v c na h u ui <sql &&
	echo "2023|$v|$c|$na|$h|$u|$ui|$(rate $ui $u)" >expect &&
	csv_body out >actual &&
	test_cmp expect actual
'

test_expect_success 'inspections by month: visits only, adding up to the year' '
	ss -F csv -c "gas inspections --year 2023 --by month" >out &&
	tr -d "\r" <out | head -n 1 >head &&
	echo "month,inspections,completed,no_access,hazards_found" >expect &&
	test_cmp expect head &&
	test $(csv_body out | wc -l) = 12 &&
	csv_body out | awk -F"|" "{ n += \$2 } END { print n }" >sum &&
	q "SELECT count(*) FROM gas_inspection WHERE inspect_date $Y" >n &&
	test_cmp n sum
'

test_expect_success 'inspection coverage by operator: each operator'"'"'s own users' '
	ss -F csv -c "gas inspections --year 2023 --by operator" >out &&
	q "SELECT o.unit_id, count(*), count(CASE WHEN EXISTS (SELECT 1 FROM gas_inspection i
		 WHERE i.user_id = g.user_id AND i.inspect_date $Y
		 AND i.result <> '"'no_access'"') THEN 1 END)
		FROM gas_operator o JOIN gas_user g ON g.operator_id = o.unit_id
		GROUP BY o.unit_id ORDER BY o.unit_id" >sql &&
	while IFS="|" read -r id users inspected; do
		echo "$id|$users|$inspected|$(rate $inspected $users)"
	done <sql >expect &&
	csv_body out | awk -F"|" "{ print \$1 \"|\" \$8 \"|\" \$9 \"|\" \$10 }" >actual &&
	test_cmp expect actual
'

test_expect_success 'gas hazards 2023 by level: the major row is there, with 0' '
	ss -F csv -c "gas hazards --year 2023" >out &&
	csv_body out | grep "^major|" >major &&
	echo "major|重大事故隐患|0|0||0|0|2023-12-31" >expect &&
	test_cmp expect major
'

test_expect_success 'major gas hazards appear in later years' '
	ss -F csv -c "gas hazards --from 2021-01-01 --to 2025-12-31 --level major --by month" >out &&
	csv_body out | awk -F"|" "\$2 > 0 { print \$1 }" >months &&
	q "SELECT DISTINCT substr(found_date, 1, 7) FROM hazard WHERE sector = '"'gas'"'
		AND level = '"'major'"' ORDER BY 1" >expect &&
	test_cmp expect months &&
	test -s months
'

test_expect_success 'gas hazards by unit: the operators' '
	ss -F csv -c "gas hazards --year 2023 --by unit" >out &&
	q "SELECT o.unit_id || '"'|'"' || count(h.hazard_id) FROM gas_operator o
		LEFT JOIN hazard h ON h.unit_id = o.unit_id AND h.sector = '"'gas'"'
		AND h.found_date $Y GROUP BY o.unit_id ORDER BY o.unit_id" >expect &&
	csv_body out | cut -d"|" -f1,3 >actual &&
	test_cmp expect actual
'

test_done
