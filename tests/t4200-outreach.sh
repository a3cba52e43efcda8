#!/bin/sh
# county: `outreach` on the bundled dataset: the report's drills (72,
# 1521 people), trainings (52, 970), community activities (69, 4502),
# 20,000+ leaflets, 40,000 SMS and 34 meetings -- three result sets with
# keys of their own, each checked against SQL written here.
test_description='county outreach'
. "$(dirname "$0")/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/county-lib.sh"

# part N COMMAND: result set N of the command's csv (header included).
part () {
	"$SAFESTAT" "$DB" -F csv -c "$2" | tr -d '\r' |
		awk -v n="$1" 'BEGIN { RS = "" } NR == n'
}

Y2023="BETWEEN '2023-01-01' AND '2023-12-31'"

test_expect_success 'three result sets, each with its own keys' '
	"$SAFESTAT" "$DB" -F csv -c "outreach --year 2023" | tr -d "\r" >out &&
	grep -c "^\$" out >blanks && echo 2 >expect && test_cmp expect blanks &&
	part 1 "outreach --year 2023" | head -n 1 >keys &&
	part 2 "outreach --year 2023" | head -n 1 >>keys &&
	part 3 "outreach --year 2023" | head -n 1 >>keys &&
	printf "%s\n" kind,kind_zh,events,participants \
		medium,medium_zh,batches,quantity \
		meeting_kind,meeting_kind_zh,meetings >expect &&
	test_cmp expect keys
'

test_expect_success 'drills 72/1521, trainings 52/970, community 69/4502' '
	part 1 "outreach --year 2023" | sed 1d >out &&
	q "SELECT l.code, l.name_zh, count(e.event_id), coalesce(sum(e.participants), 0)
	   FROM code_label l LEFT JOIN outreach_event e ON e.kind = l.code AND e.held_date $Y2023
	   WHERE l.list = ${sq}outreach_event.kind${sq} GROUP BY l.code ORDER BY l.sort_order" >expect &&
	test_cmp expect out &&
	cut -d, -f1,3,4 out >figures &&
	printf "drill,72,1521\ntraining,52,970\ncommunity,69,4502\n" >expect &&
	test_cmp expect figures
'

test_expect_success 'leaflets and SMS: 20,000 and more, and 40,000' '
	part 2 "outreach --year 2023" | sed 1d >out &&
	q "SELECT l.code, l.name_zh, count(p.publicity_id), coalesce(sum(p.quantity), 0)
	   FROM code_label l LEFT JOIN publicity p ON p.medium = l.code AND p.issued_date $Y2023
	   WHERE l.list = ${sq}publicity.medium${sq} GROUP BY l.code ORDER BY l.sort_order" >expect &&
	test_cmp expect out &&
	test $(grep "^leaflet," out | cut -d, -f4) -ge 20000 &&
	test $(grep "^leaflet," out | cut -d, -f4) -lt 30000 &&
	grep "^sms,.*,40000\$" out
'

test_expect_success '34 meetings, 7 of them on major hazards' '
	part 3 "outreach --year 2023" | sed 1d >out &&
	q "SELECT k.code, k.name_zh, count(m.meeting_id) FROM meeting_kind k
	   LEFT JOIN meeting m ON m.kind = k.code AND m.held_date $Y2023
	   GROUP BY k.code ORDER BY k.rowid" >expect &&
	test_cmp expect out &&
	awk -F, "{ n += \$3 } END { print n }" out >sum &&
	echo 34 >expect && test_cmp expect sum &&
	grep "^major_hazard_session,.*,7\$" out
'

test_expect_success 'tables: titles, total rows, and no total of leaflets plus SMS' '
	"$SAFESTAT" "$DB" -F table -c "outreach --year 2023" >out &&
	grep "^应急演练、技能培训和科普宣传活动 · 2023年 · 按活动类别\$" out &&
	grep "│ 合计 .*│ *193 │ *6993 │" out &&
	grep "^宣传资料与短信 · 2023年\$" out &&
	grep "│ 合计 .*│ *34 │" out &&
	test $(grep -c "合计" out) = 2
'

test_expect_success '--by venue: enterprises, villages, communities, schools, families' '
	part 1 "outreach --year 2023 --by venue" | sed 1d >out &&
	q "SELECT l.code, l.name_zh, count(e.event_id), coalesce(sum(e.participants), 0)
	   FROM code_label l LEFT JOIN outreach_event e ON e.venue = l.code AND e.held_date $Y2023
	   WHERE l.list = ${sq}outreach_event.venue${sq} GROUP BY l.code ORDER BY l.sort_order" >expect &&
	test_cmp expect out
'

test_expect_success '--by township: every township; publicity and meetings stay county-wide' '
	part 1 "outreach --year 2023 --by township" | sed 1d >out &&
	q "SELECT t.code, t.name_zh, count(e.event_id), coalesce(sum(e.participants), 0)
	   FROM township t LEFT JOIN outreach_event e ON e.township_id = t.township_id AND e.held_date $Y2023
	   GROUP BY t.township_id ORDER BY t.code" >expect &&
	test_cmp expect out &&
	part 3 "outreach --year 2023 --by township" | sed 1d | cut -d, -f1 >kinds &&
	test $(wc -l <kinds) = $(q "SELECT count(*) FROM meeting_kind")
'

test_expect_success '--kind drill --by month: drills per month; nothing county-wide' '
	"$SAFESTAT" "$DB" -F csv -c "outreach --year 2023 --kind drill --by month" | tr -d "\r" | sed 1d >out &&
	test $(wc -l <out) = 12 &&
	q "WITH RECURSIVE m(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM m WHERE n < 12)
	   SELECT printf(${sq}2023-%02d${sq}, n),
		(SELECT count(*) FROM outreach_event WHERE kind = ${sq}drill${sq} AND substr(held_date, 1, 7) = printf(${sq}2023-%02d${sq}, n)),
		(SELECT coalesce(sum(participants), 0) FROM outreach_event WHERE kind = ${sq}drill${sq} AND substr(held_date, 1, 7) = printf(${sq}2023-%02d${sq}, n))
	   FROM m" >expect &&
	test_cmp expect out &&
	"$SAFESTAT" "$DB" -F table -c "outreach --year 2023 --kind drill" >table &&
	grep "按乡镇或活动类别筛选时不列出" table
'

test_expect_success '--by month: publicity by medium and month, meetings by month' '
	part 2 "outreach --year 2023 --by month" | sed 1d >pub &&
	test $(wc -l <pub) = 24 &&
	grep "^sms,宣传短信,2023-05,$(q "SELECT count(*), coalesce(sum(quantity), 0) FROM publicity WHERE medium = ${sq}sms${sq} AND issued_date LIKE ${sq}2023-05-%${sq}")\$" pub &&
	part 3 "outreach --year 2023 --by month" | sed 1d >meet &&
	test $(wc -l <meet) = 12 &&
	awk -F, "{ n += \$2 } END { print n }" meet >sum &&
	echo 34 >expect && test_cmp expect sum
'

test_expect_success 'json: one array for the three tables, numbers as numbers' '
	"$SAFESTAT" "$DB" -F json -c "outreach --year 2023" >out &&
	test $(grep -c "^\[\$" out) = 1 &&
	test $(grep -c "^\]\$" out) = 1 &&
	grep "^{\"kind\":\"drill\",\"kind_zh\":\"应急演练\",\"events\":72,\"participants\":1521}" out &&
	grep "^{\"medium\":\"sms\",\"medium_zh\":\"宣传短信\",\"batches\":[0-9]*,\"quantity\":40000}" out
'

test_done
