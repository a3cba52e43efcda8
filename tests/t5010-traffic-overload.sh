#!/bin/sh
# traffic overload: weighings over the limit, decided from each weighing's
# axles, gross mass and dimensions against the limit tables.  The test
# decides over-limit itself from the raw tables, checks every grouping
# against it, the boundaries ("over" is strictly above) on a copy of the
# dataset with weighings added, and every output format.
test_description='traffic overload'
. "$(dirname "$0")/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/sectors-lib.sh"

# The measures of a group as the command prints them in csv: weighed,
# over_limit, rate_pct (half-up from the counts), over_gross (mass),
# over_size (a dimension; a vehicle over both counts in both), unloaded in
# tonnes with three decimals.
MEASURES="count(w.weighing_id) AS n,
	sum(CASE WHEN $OVER THEN 1 ELSE 0 END) AS o,
	sum(CASE WHEN $OVER_GROSS THEN 1 ELSE 0 END) AS g,
	sum(CASE WHEN $OVER_SIZE THEN 1 ELSE 0 END) AS s,
	coalesce(sum(w.unloaded_kg), 0) AS kg"
# (|| binds tighter than / and % in SQL: the arithmetic is parenthesised.)
FORMAT="n || '|' || coalesce(o, 0) || '|' ||
	CASE WHEN n > 0 THEN (((2000 * o / n + 1) / 2) / 10) || '.' ||
		(((2000 * o / n + 1) / 2) % 10) ELSE '' END || '|' ||
	coalesce(g, 0) || '|' || coalesce(s, 0) || '|' ||
	(kg / 1000) || '.' || substr('00' || (kg % 1000), -3)"

test_expect_success 'one row for the year: weighed, over the limit, the rate, unloaded tonnes' '
	ss -F csv -c "traffic overload --year 2023" >out &&
	q "SELECT '"'2023|'"' || $FORMAT FROM (SELECT $MEASURES
		FROM weighing w JOIN overload_operation o USING (operation_id)
		WHERE o.op_date $Y)" >expect &&
	csv_body out >actual &&
	test_cmp expect actual &&
	grep "^2023|1650|" actual
'

test_expect_success 'by month: twelve rows, each as SQL counts it' '
	ss -F csv -c "traffic overload --year 2023 --by month" >out &&
	q "SELECT m.month || '"'|'"' || $FORMAT FROM
		(SELECT DISTINCT substr(op_date, 1, 7) AS month FROM overload_operation
		 WHERE op_date $Y) m,
		(SELECT substr(o.op_date, 1, 7) AS month, $MEASURES
		 FROM weighing w JOIN overload_operation o USING (operation_id)
		 WHERE o.op_date $Y GROUP BY 1) x
		WHERE x.month = m.month ORDER BY m.month" >expect &&
	csv_body out >actual &&
	test_cmp expect actual &&
	test $(wc -l <actual) = 12
'

test_expect_success 'by township: every township, zero rows included, and a total row in tables' '
	ss -F csv -c "traffic overload --year 2023 --by township" >out &&
	q "SELECT t.name_zh || '"'|'"' || t.code || '"'|'"' || $FORMAT FROM township t,
		(SELECT t2.township_id AS id, $MEASURES FROM township t2
		 LEFT JOIN overload_operation o ON o.township_id = t2.township_id
		  AND o.op_date $Y
		 LEFT JOIN weighing w ON w.operation_id = o.operation_id
		 GROUP BY t2.township_id) x
		WHERE x.id = t.township_id ORDER BY t.code" >expect &&
	csv_body out >actual &&
	test_cmp expect actual &&
	grep "|0|0||0|0|0.000$" actual &&
	ss -F table -c "traffic overload --year 2023 --by township" >table &&
	grep "^│ 合计 .* 1650 │" table
'

test_expect_success 'by axles: the classes of the limit table, 6 and more in one' '
	ss -F csv -c "traffic overload --year 2023 --by axles" >out &&
	q "SELECT CASE WHEN l.max_axles IS NULL THEN l.min_axles || '"'+'"'
			ELSE l.min_axles END || '"'|'"' || l.max_gross_kg || '"'|'"' || $FORMAT
		FROM weight_limit l, (SELECT l2.min_axles AS a, $MEASURES
		 FROM weight_limit l2 LEFT JOIN (weighing w JOIN overload_operation o
		  ON o.operation_id = w.operation_id AND o.op_date $Y)
		 ON w.axles >= l2.min_axles
		  AND (l2.max_axles IS NULL OR w.axles <= l2.max_axles)
		 GROUP BY l2.min_axles) x
		WHERE x.a = l.min_axles ORDER BY l.min_axles" >expect &&
	csv_body out >actual &&
	test_cmp expect actual &&
	cut -d"|" -f1 actual >classes &&
	printf "2\n3\n4\n5\n6+\n" >expect && test_cmp expect classes
'

test_expect_success 'by operation: one row per joint operation of the period' '
	ss -F csv -c "traffic overload --year 2023 --by operation" >out &&
	csv_body out >actual &&
	test $(wc -l <actual) = 30 &&
	q "SELECT count(*) FROM weighing w JOIN overload_operation o USING (operation_id)
		WHERE o.operation_id = 62" >n62 &&
	grep "^62|2023-10-03|白沙镇|S231线K31+600治超检测点|$(cat n62)|" actual
'

# The boundaries, on a copy with two operations added on days that have
# none: one weighing at and one just above each limit, one over both mass
# and height, and an operation that weighed nothing.
test_expect_success 'setup: a copy with weighings at the limits' '
	cp "$DB" limits.db &&
	test -z "$(sql_cli limits.db "SELECT 1 FROM overload_operation
		WHERE op_date IN ('"'2024-06-15'"', '"'2024-06-16'"')")" &&
	sql_cli limits.db "
	INSERT INTO overload_operation (operation_id, township_id, op_date, lead_dept, site)
		VALUES (9001, 1, '"'2024-06-15'"', '"'trans'"', '"'test site'"'),
		       (9002, 1, '"'2024-06-16'"', '"'trans'"', '"'quiet site'"');
	INSERT INTO weighing (operation_id, axles, gross_kg, height_mm, width_mm, length_mm, unloaded_kg) VALUES
		(9001, 2, 18000, 3000, 2500, 9000, 0),
		(9001, 2, 18001, 3000, 2500, 9000, 1),
		(9001, 6, 49000, 3000, 2500, 16000, 0),
		(9001, 6, 49001, 3000, 2500, 16000, 1),
		(9001, 7, 49000, 3000, 2500, 16000, 0),
		(9001, 3, 20000, 4000, 2550, 18100, 0),
		(9001, 3, 20000, 4001, 2500, 12000, 0),
		(9001, 3, 20000, 3000, 2551, 12000, 0),
		(9001, 3, 20000, 3000, 2500, 18101, 0),
		(9001, 2, 18001, 4001, 2500, 9000, 0);"
'

test_expect_success 'strictly above is over: at the limit is legal, one above is not' '
	"$SAFESTAT" limits.db -F csv -c "traffic overload --from 2024-06-15 --to 2024-06-16 --by operation" >out &&
	csv_body out >actual &&
	cat >expect <<-\EOF &&
	9001|2024-06-15|城关镇|test site|10|6|60.0|3|4|0.002
	9002|2024-06-16|城关镇|quiet site|0|0||0|0|0.000
	EOF
	test_cmp expect actual
'

test_expect_success 'seven axles fall in the 6-and-more class' '
	"$SAFESTAT" limits.db -F csv -c "traffic overload --from 2024-06-15 --to 2024-06-15 --by axles" >out &&
	csv_body out >actual &&
	grep -x "6+|49000|3|1|33.3|1|0|0.001" actual
'

test_expect_success 'a period without ledgers is an empty result with a note, not an error' '
	ss -F csv -c "traffic overload --year 2019 --by month" >out 2>err &&
	test_must_be_empty err &&
	echo "month,weighed,over_limit,rate_pct,over_gross,over_size,unloaded_t" >expect &&
	tr -d "\r" <out >actual && test_cmp expect actual &&
	ss -F table -c "traffic overload --year 2019 --by month" >table &&
	grep "^\* 台账只有2021–2025年的数据" table
'

test_expect_success 'a township with no operation in the period is a zero row' '
	q "SELECT t.name_zh FROM township t WHERE NOT EXISTS (SELECT 1
		FROM overload_operation o WHERE o.township_id = t.township_id
		AND o.op_date $Y) LIMIT 1" >town &&
	test -s town &&
	ss -F csv -c "traffic overload --year 2023 --township $(cat town)" >out &&
	csv_body out >actual &&
	echo "2023|0|0||0|0|0.000" >expect &&
	test_cmp expect actual
'

test_expect_success 'every format, with the keys scripts rely on' '
	ss -F csv -c "traffic overload --year 2023 --by axles" >out.csv &&
	tr -d "\r" <out.csv | head -n 1 >head &&
	echo "axles,max_gross_kg,weighed,over_limit,rate_pct,over_gross,over_size,unloaded_t" >expect &&
	test_cmp expect head &&
	csv_body out.csv >rows &&
	ss -F tsv -c "traffic overload --year 2023 --by axles" >out.tsv &&
	sed 1d out.tsv | tr "\t" "|" >tsv-rows && test_cmp rows tsv-rows &&
	head -n 1 out.tsv | tr "\t" "," >head && test_cmp expect head &&
	ss -F jsonl -c "traffic overload --year 2023 --by axles" >out.jsonl &&
	sed -n 5p rows >six &&
	IFS="|" read -r a g n o r og os t <six &&
	grep -x "{\"axles\":\"6+\",\"max_gross_kg\":49000,\"weighed\":$n,\"over_limit\":$o,\"rate_pct\":$r,\"over_gross\":$og,\"over_size\":$os,\"unloaded_t\":$t}" out.jsonl &&
	test $(wc -l <out.jsonl) = 5 &&
	ss -F json -c "traffic overload --year 2023 --by axles" >out.json &&
	head -n 1 out.json >first && echo "[" >expect && test_cmp expect first &&
	grep -x "{\"axles\":\"6+\",\"max_gross_kg\":49000,\"weighed\":$n,\"over_limit\":$o,\"rate_pct\":$r,\"over_gross\":$og,\"over_size\":$os,\"unloaded_t\":$t}" out.json &&
	! grep "合计" out.csv out.tsv out.json out.jsonl &&
	ss -F markdown -c "traffic overload --year 2023 --by axles" >out.md &&
	grep "^| axles  *| max_gross_kg |  *weighed | over_limit | rate_pct | over_gross | over_size |  *unloaded_t |$" out.md &&
	grep "^| \*\*合计\*\* |  *| \*\*1650\*\* |" out.md &&
	ss -F table -c "traffic overload --year 2023 --by axles" >out.table &&
	grep "^│ 6+ *│ *49000 │ *$n │" out.table &&
	grep "^│ 合计 *│ *│ *1650 │" out.table
'

test_expect_success 'a county of the file filters like none; an unknown one is refused' '
	ss -F csv -c "traffic overload --year 2023 --county 青峰县" >a &&
	ss -F csv -c "traffic overload --year 2023" >b &&
	test_cmp a b &&
	test_expect_code 1 ss -c "traffic overload --county 青峰" 2>err &&
	grep -x "safestat: -c1:1: unknown county '"'"'青峰'"'"' (did you mean '"'"'青峰县'"'"'?)" err
'

test_expect_success 'a misspelt --by names the choices and the closest' '
	test_expect_code 1 ss -c "traffic overload --by montth" 2>err &&
	test $(wc -l <err) = 1 &&
	grep "did you mean '"'"'month'"'"'?)$" err
'

test_done
