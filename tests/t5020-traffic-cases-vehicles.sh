#!/bin/sh
# traffic cases and traffic vehicles: enforcement cases by kind and month,
# key vehicles (两客一危一重) in service on a day, and the 2023 checks of
# buses five years old or more for spontaneous-combustion hazards, with
# what they found.  Figures from SQL written here.
test_description='traffic cases and vehicles'
. "$(dirname "$0")/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/sectors-lib.sh"

test_expect_success 'cases by kind: every traffic kind, 35 in all in 2023' '
	ss -F csv -c "traffic cases --year 2023" >out &&
	q "SELECT k.code || '"'|'"' || k.name_zh || '"'|'"' || count(e.case_id)
		|| '"'|'"' || coalesce(sum(e.fine_yuan), 0)
		FROM case_kind k LEFT JOIN enforcement_case e ON e.kind = k.code
		 AND e.decided_date $Y
		WHERE k.category = '"'traffic'"' GROUP BY k.code ORDER BY k.rowid" >expect &&
	csv_body out >actual &&
	test_cmp expect actual &&
	awk -F"|" "{ n += \$3 } END { print n }" actual >total &&
	echo 35 >expect && test_cmp expect total
'

test_expect_success 'the table adds 万元 and a total row; machine formats do not' '
	q "SELECT sum(e.fine_yuan) FROM enforcement_case e JOIN case_kind k ON k.code = e.kind
		WHERE k.category = '"'traffic'"' AND e.decided_date $Y" >fines &&
	fines=$(cat fines) &&
	wan="$((fines / 10000)).$(printf %02d $(( (fines % 10000 + 50) / 100 )))" &&
	ss -F table -c "traffic cases --year 2023" >table &&
	grep "^│ kind  *│ kind_zh  *│ cases │ fines_yuan │ fines_wan │$" table &&
	grep "^│ 合计  *│  *│  *35 │  *$fines │  *$wan │$" table &&
	ss -F json -c "traffic cases --year 2023" >json &&
	! grep "fines_wan\|合计" json &&
	grep "^{\"kind\":\"overload\",\"kind_zh\":\"超限超载运输\",\"cases\":[0-9]*,\"fines_yuan\":[0-9]*},$" json
'

test_expect_success 'cases by month add up to the year' '
	ss -F csv -c "traffic cases --year 2023 --by month" >out &&
	q "SELECT substr(e.decided_date, 1, 7) AS month, count(*), sum(e.fine_yuan)
		FROM enforcement_case e JOIN case_kind k ON k.code = e.kind
		WHERE k.category = '"'traffic'"' AND e.decided_date $Y
		GROUP BY month ORDER BY month" >sql &&
	csv_body out >actual &&
	test $(wc -l <actual) = 12 &&
	grep -v "|0|0$" actual >nonzero &&
	test_cmp sql nonzero
'

test_expect_success 'a quarter and the same dates as a range give the same' '
	ss -F csv -c "traffic cases --quarter 2023Q3" >q3 &&
	ss -F csv -c "traffic cases --from 2023-07-01 --to 2023-09-30" >range &&
	test_cmp q3 range
'

IN_SERVICE="v.registered_date <= '2023-12-31'
	AND (v.deregistered_date IS NULL OR v.deregistered_date > '2023-12-31')"

test_expect_success 'vehicles by class: in service at the end of 2023, and 5 years or older' '
	ss -F csv -c "traffic vehicles --year 2023" >out &&
	q "SELECT l.code || '"'|'"' || l.name_zh || '"'|'"' ||
		(SELECT count(*) FROM key_vehicle v WHERE v.class = l.code AND $IN_SERVICE)
		|| '"'|'"' ||
		(SELECT count(*) FROM key_vehicle v WHERE v.class = l.code AND $IN_SERVICE
		 AND v.registered_date <= '"'2018-12-31'"')
		|| '"'|'"' ||
		(SELECT count(DISTINCT c.vehicle_id) FROM vehicle_fire_check c
		 JOIN key_vehicle v USING (vehicle_id)
		 WHERE v.class = l.code AND c.check_date $Y)
		|| '"'|'"' ||
		(SELECT count(c.finding) FROM vehicle_fire_check c
		 JOIN key_vehicle v USING (vehicle_id)
		 WHERE v.class = l.code AND c.check_date $Y)
		|| '"'|'"' ||
		(SELECT count(c.fixed_date) FROM vehicle_fire_check c
		 JOIN key_vehicle v USING (vehicle_id)
		 WHERE v.class = l.code AND c.check_date $Y
		 AND c.fixed_date <= '"'2023-12-31'"')
		|| '"'|2023-12-31'"'
		FROM code_label l WHERE l.list = '"'key_vehicle.class'"'
		ORDER BY l.sort_order" >expect &&
	csv_body out >actual &&
	test_cmp expect actual &&
	cut -d"|" -f1 actual >classes &&
	printf "tour_charter\ncoach\nhazmat\nheavy_truck\n" >expect &&
	test_cmp expect classes
'

test_expect_success 'every bus checked was 5 years or older; the checks list what they found' '
	ss -F csv -c "traffic vehicles --year 2023 --checks" >out &&
	csv_body out >actual &&
	q "SELECT count(*) FROM vehicle_fire_check WHERE check_date $Y" >n &&
	test $(wc -l <actual) = $(cat n) &&
	cut -d"|" -f7 actual | sort -n | head -n 1 >youngest &&
	test "$(cat youngest)" -ge 5 &&
	q "SELECT c.check_date || '"'|'"' || v.plate || '"'|'"' || c.finding || '"'|'"' || c.fixed_date
		FROM vehicle_fire_check c JOIN key_vehicle v USING (vehicle_id)
		WHERE c.finding IS NOT NULL AND c.check_date $Y
		ORDER BY c.check_date, v.plate" >expect &&
	awk -F"|" "\$8 != \"\" { print \$1 \"|\" \$2 \"|\" \$8 \"|\" \$9 }" actual >found &&
	test_cmp expect found &&
	test -s found
'

test_expect_success 'a bus age is counted in whole years on the check day' '
	q "SELECT v.plate, v.registered_date, c.check_date FROM vehicle_fire_check c
		JOIN key_vehicle v USING (vehicle_id) WHERE c.check_date $Y
		ORDER BY c.check_date LIMIT 1" >first &&
	IFS="|" read -r plate reg day <first &&
	years=$(( ${day%%-*} - ${reg%%-*} )) &&
	if test "${day#*-}" \< "${reg#*-}"; then years=$((years - 1)); fi &&
	ss -F csv -c "traffic vehicles --year 2023 --checks" >out &&
	csv_body out | grep "^$day|$plate|" | cut -d"|" -f7 >age &&
	echo $years >expect && test_cmp expect age
'

test_expect_success 'the as-of day moves the fleet: later, more registered, fewer checked in 2025' '
	ss -F csv -c "traffic vehicles --year 2023 --as-of 2025-06-30 --by township" >out &&
	q "SELECT count(*) FROM key_vehicle v WHERE v.registered_date <= '"'2025-06-30'"'
		AND (v.deregistered_date IS NULL OR v.deregistered_date > '"'2025-06-30'"')" >n &&
	csv_body out | awk -F"|" "{ n += \$3 } END { print n }" >total &&
	test_cmp n total &&
	q "SELECT count(*) FROM township" >towns &&
	test $(csv_body out | wc -l) = $(cat towns)
'

test_expect_success 'a listing with --by is refused with a way out' '
	test_expect_code 1 ss -c "traffic vehicles --checks --by class" >out 2>err &&
	test_must_be_empty out &&
	echo "safestat: -c1:1: '"'"'--by'"'"' does not apply to the list of checks: drop '"'"'--by'"'"' or '"'"'--checks'"'"'" >expect &&
	test_cmp expect err
'

test_expect_success 'no checks in a period: an empty list and a note saying so' '
	ss -F csv -c "traffic vehicles --year 2024 --checks" >out 2>err &&
	test_must_be_empty err &&
	test $(tr -d "\r" <out | wc -l) = 1 &&
	ss -F table -c "traffic vehicles --year 2024 --checks" >table &&
	grep "^\* 所选期间没有营运客车自燃隐患排查记录$" table
'

test_done
