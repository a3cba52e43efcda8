#!/bin/sh
# tourism spots: every scenic spot with its capacities and warning ladder,
# checked against the scenic_spot table read with the sqlite3 shell; the
# same command in every output format with its stable keys; and how a
# mistyped spot or township is answered.

test_description='tourism spots, output formats, spot names'
. "$SAFESTAT_SRC_DIR/tests/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/host-lib.sh"

test_have_prereq SQLITE3 || skip_all 'the sqlite3 command-line shell is missing'

DB="$SAFESTAT_BUILD_DIR/data/county.db"
test -f "$DB" || skip_all 'the bundled dataset is not built'

ss () {
	"$SAFESTAT" "$DB" "$@"
}

# csv without its CRLF line ends (RFC 4180), for comparing with sqlite3.
csv () {
	"$SAFESTAT" "$DB" -F csv "$@" | tr -d "\r"
}

KEYS=spot_id,spot,name_en,township,a_grade,daily_capacity,instant_capacity,warn_yellow_pct,warn_orange_pct,warn_red_pct,equipment

test_expect_success 'every spot of the ledger county, as the table has it' '
	csv -c "tourism spots" >out.csv &&
	head -n 1 out.csv >keys &&
	echo "$KEYS" >expect &&
	test_cmp expect keys &&
	sql_cli -separator , "$DB" "SELECT s.spot_id, s.name_zh, s.name_en, t.name_zh,
	    s.a_grade, s.daily_capacity, s.instant_capacity, s.warn_yellow_pct,
	    s.warn_orange_pct, s.warn_red_pct,
	    (SELECT count(*) FROM tourism_equipment e WHERE e.spot_id = s.spot_id)
	    FROM scenic_spot s JOIN township t USING (township_id)
	    JOIN county c USING (county_id) WHERE c.ledger = 1
	    ORDER BY s.spot_id" >expect &&
	tail -n +2 out.csv >rows &&
	test_cmp expect rows &&
	test_line_count 7 rows
'

test_expect_success 'the warning ladder is per spot: 柳河古镇 turns yellow at 75%' '
	grep "^2,柳河古镇,.*,75,90,100," out.csv
'

test_expect_success 'table: a title, the rows and a total of the capacities' '
	ss -F table -c "tourism spots" >out.txt &&
	head -n 1 out.txt >title &&
	echo "景区承载量与预警线" >expect &&
	test_cmp expect title &&
	total=$(sql_cli "$DB" "SELECT sum(daily_capacity) FROM scenic_spot") &&
	grep "合计.* $total " out.txt
'

test_expect_success 'tsv: the same rows as csv, tab-separated' '
	ss -F tsv -c "tourism spots" | tr "\t" "," >out.tsv &&
	test_cmp out.csv out.tsv
'

test_expect_success 'json: one object per spot, numbers as numbers, no total' '
	ss -F json -c "tourism spots" >out.json &&
	test "$(grep -c "^{\"spot_id\":" out.json)" = 7 &&
	grep -q "\"daily_capacity\":16000," out.json &&
	grep -q "\"spot\":\"柳河古镇\"" out.json &&
	! grep -q 合计 out.json
'

test_expect_success 'jsonl: one line per spot with every key' '
	ss -F jsonl -c "tourism spots" >out.jsonl &&
	test_line_count 7 out.jsonl &&
	for key in $(echo "$KEYS" | tr , " "); do
		test "$(grep -c "\"$key\":" out.jsonl)" = 7 ||
		{ echo "missing $key"; return 1; }
	done
'

test_expect_success 'markdown: a heading, a pipe table and the total in bold' '
	ss -F markdown -c "tourism spots" >out.md &&
	grep "^### 景区承载量与预警线" out.md &&
	grep "^| spot_id | spot " out.md &&
	grep "^| *| \*\*合计\*\*" out.md
'

test_expect_success 'one township only' '
	csv -c "tourism spots --township 龙泉镇" >out &&
	cut -d, -f2 out >names &&
	printf "spot\n青峰山风景区\n龙泉峡漂流\n" >expect &&
	test_cmp expect names
'

test_expect_success 'a mistyped township gets a suggestion and status 1' '
	test_expect_code 1 ss -c "tourism spots --township 柳河" >out 2>err &&
	test_must_be_empty out &&
	echo "safestat: -c1:1: unknown township '"'"'柳河'"'"' (did you mean '"'"'柳河镇'"'"'?)" >expect &&
	test_cmp expect err
'

test_expect_success 'spots by Chinese name, English name (any case) or id' '
	for spot in 龙泉峡漂流 "longquan gorge rafting" 4; do
		csv -c "tourism equipment --spot \"$spot\" --as-of 2025-12-31" >out &&
		cut -d, -f1 out | sort -u >names &&
		printf "spot\n龙泉峡漂流\n" >expect &&
		test_cmp expect names || return 1
	done
'

test_expect_success 'a mistyped spot gets the closest name' '
	test_expect_code 1 ss -c "tourism flow --spot 柳河古" 2>err &&
	grep "unknown spot '"'"'柳河古'"'"' (did you mean '"'"'柳河古镇'"'"'?)\$" err &&
	test_expect_code 1 ss -c "tourism flow --spot \"Liuhe Ancient Twon\"" 2>err &&
	grep "did you mean '"'"'Liuhe Ancient Town'"'"'" err
'

test_expect_success 'every tourism command explains itself' '
	for cmd in spots flow forecast backtest alerts equipment; do
		ss -c "help tourism $cmd" >out 2>err &&
		test_must_be_empty err &&
		grep -q "^tourism $cmd" out || return 1
	done
'

test_done
