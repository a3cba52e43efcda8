#!/bin/sh
# trend: one indicator of the catalogue per year.  The values are checked
# against SQL written here from docs/data.md's definitions (cohort of the
# year, rectified by its last day; rates half-up from the counts), the
# change year on year in shell arithmetic; then every output format, the
# listing, the errors, and completion of the keys.
test_description='trend INDICATOR'
. "$SAFESTAT_SRC_DIR/tests/test-lib.sh"

DB="$SAFESTAT_BUILD_DIR/data/county.db"
run () {
	"$SAFESTAT" "$DB" "$@"
}
# csv without the header and the CRs
rows () {
	run -F csv -c "$1" | tr -d '\r' | sed 1d
}
# rate N D: percent, one decimal, half-up
rate () {
	r_t=$(( (2000 * $1 / $2 + 1) / 2 ))
	echo "$((r_t / 10)).$((r_t % 10))"
}
# pct THIS LAST: year-on-year change in percent, one decimal, half-up
pct () {
	p_d=$(($1 - $2))
	p_s=
	if test $p_d -lt 0; then p_d=$((-p_d)); p_s=-; fi
	echo "$p_s$(rate $p_d $2)"
}

test_expect_success SQLITE3 'general rectification rate per year: counts, rate and change in points from SQL' '
	: >expect &&
	last= &&
	for y in 2021 2022 2023 2024 2025; do
		found=$(sql_cli "$DB" "SELECT count(*) FROM hazard WHERE level = '"'"'general'"'"' AND found_date BETWEEN '"'"'$y-01-01'"'"' AND '"'"'$y-12-31'"'"'") &&
		fixed=$(sql_cli "$DB" "SELECT count(*) FROM hazard WHERE level = '"'"'general'"'"' AND found_date BETWEEN '"'"'$y-01-01'"'"' AND '"'"'$y-12-31'"'"' AND rectified_date <= '"'"'$y-12-31'"'"'") &&
		r=$(rate $fixed $found) &&
		t=$(( (2000 * fixed / found + 1) / 2 )) &&
		if test -z "$last"; then change=; else
			d=$((t - last)); s=; if test $d -lt 0; then d=$((-d)); s=-; fi
			change="$s$((d / 10)).$((d % 10))"
		fi &&
		echo "$y,$fixed,$found,$r,$change" >>expect &&
		last=$t || return 1
	done &&
	rows "trend general_rectification_rate --years 2021-2025" >actual &&
	test_cmp expect actual &&
	grep "^2023,1121,1324,84.7," actual
'

test_expect_success SQLITE3 'fines per year in yuan with the change and its percent' '
	: >expect &&
	last= &&
	for y in 2021 2022 2023 2024 2025; do
		v=$(sql_cli "$DB" "SELECT coalesce(sum(e.fine_yuan), 0) FROM enforcement_case e JOIN case_kind k ON k.code = e.kind WHERE k.category = '"'"'safety'"'"' AND e.decided_date BETWEEN '"'"'$y-01-01'"'"' AND '"'"'$y-12-31'"'"'") &&
		if test -z "$last"; then echo "$y,$v,," >>expect; else
			echo "$y,$v,$((v - last)),$(pct $v $last)" >>expect; fi &&
		last=$v || return 1
	done &&
	rows "trend fines" >actual &&
	test_cmp expect actual &&
	grep "^2023,123500," actual
'

test_expect_success SQLITE3 '--sector narrows: construction major hazards per year' '
	for y in 2021 2022 2023 2024 2025; do
		sql_cli "$DB" "SELECT count(*) FROM hazard WHERE level = '"'"'major'"'"' AND sector = '"'"'construction'"'"' AND found_date LIKE '"'"'$y-%'"'"'" || return 1
	done >expect &&
	rows "trend major_hazards_found --sector 建筑施工" | cut -d, -f2 >actual &&
	test_cmp expect actual
'

test_expect_success SQLITE3 '--township narrows: drills in 城关镇' '
	for y in 2021 2022 2023 2024 2025; do
		sql_cli "$DB" "SELECT count(*) FROM outreach_event o JOIN township t USING (township_id) WHERE t.name_zh = '"'"'城关镇'"'"' AND o.kind = '"'"'drill'"'"' AND o.held_date LIKE '"'"'$y-%'"'"'" || return 1
	done >expect &&
	rows "trend drills --township 城关镇" | cut -d, -f2 >actual &&
	test_cmp expect actual
'

test_expect_success SQLITE3 'a mean: inspectors per township, with its counts' '
	sql_cli -csv "$DB" "SELECT year, sum(inspectors_fulltime + inspectors_parttime), count(*) FROM township_staff GROUP BY year ORDER BY year" >counts &&
	while IFS=, read y n d; do
		t=$(( (20 * n / d + 1) / 2 )) &&
		echo "$y,$n,$d,$((t / 10)).$((t % 10))" || return 1
	done <counts >expect &&
	rows "trend township_inspectors_avg" | cut -d, -f1-4 >actual &&
	test_cmp expect actual
'

test_expect_success SQLITE3 'a rank: the province rank, change negative when it rises' '
	sql_cli -csv "$DB" "SELECT year, rank_province FROM risk_index WHERE county_id = 1 ORDER BY year" >expect &&
	rows "trend risk_rank_province" | cut -d, -f1,2 >actual &&
	test_cmp expect actual &&
	rows "trend risk_rank_province --years 2022-2023" >actual &&
	printf "2022,3,\n2023,2,-1\n" >expect &&
	test_cmp expect actual
'

test_expect_success 'the keys of each kind of column (csv, tsv, json, jsonl)' '
	run -F csv -c "trend fines" | head -1 | tr -d "\r" >head.csv &&
	echo "year,value,change,change_pct" >expect && test_cmp expect head.csv &&
	run -F tsv -c "trend general_rectification_rate" | head -1 >head.tsv &&
	printf "year\tnumerator\tdenominator\tvalue\tchange_pp\n" >expect &&
	test_cmp expect head.tsv &&
	run -F json -c "trend general_rectification_rate --years 2023" >out.json &&
	grep "^{\"year\":2023,\"numerator\":1121,\"denominator\":1324,\"value\":84.7,\"change_pp\":null}" out.json &&
	run -F jsonl -c "trend rural_road_length --years 2023" >out.jsonl &&
	echo "{\"year\":2023,\"value\":19518,\"change\":null,\"change_pct\":null}" >expect &&
	test_cmp expect out.jsonl
'

test_expect_success 'table and markdown: title and 万元 column' '
	run -F table -c "trend fines" >out &&
	head -1 out | grep "罚款（fines，元），2021—2025年" &&
	grep "value_wan" out && grep "12.35" out &&
	run -F markdown -c "trend general_rectification_rate" >out.md &&
	grep "^### 一般隐患整改率" out.md &&
	grep "^| 2023 | *1121 | *1324 | *84.7 | *-1.8 |" out.md
'

# A trend is a series over years: a sum of stocks on the as-of day
# (units, open hazards), of three-year windows, of rates recomputed from
# summed counts, or even of flows is no figure of any year.
test_expect_success 'no total row, whatever the kind: stocks, windows, rates, flows' '
	for k in units_supervised major_hazards_open larger_accidents_3y \
	    major_hazards_per_100_units general_rectification_rate fines \
	    township_inspectors_avg; do
		run -F table -c "trend $k" >out.$k &&
		! grep "合计" out.$k &&
		test $(grep -c "^│ 20[0-9][0-9] " out.$k) = 5 &&
		run -F markdown -c "trend $k" >md.$k &&
		! grep "\*\*" md.$k || { echo "$k has a total row"; return 1; }
	done
'

test_expect_success 'the note of a rate: in Chinese, after the table it explains' '
	run -F table -c "trend general_rectification_rate" >out &&
	sed -n 2p out | grep "^┌" &&
	tail -1 out >note &&
	grep "^\* value = numerator（一般隐患完成整改，general_hazards_rectified）÷ denominator（排查一般隐患，general_hazards_found）× 100，按精确计数四舍五入保留一位小数；change_pp为与上年相比增减的百分点$" note &&
	tail -2 out | head -1 | grep "^└" &&
	run -F markdown -c "trend township_inspectors_avg" >out.md &&
	tail -1 out.md | grep "^> value = numerator（乡镇专兼职技术检查员，township_inspectors）÷ denominator（乡镇，townships_staffed），.*change_pct为增减幅度" &&
	run -F table -c "trend" | head -1 | grep "^统计指标目录（trend 指标键）$"
'

test_expect_success 'without an operand: the catalogue, and help lists the same keys' '
	run -F tsv -c "trend" | sed 1d | cut -f1 >keys &&
	test $(wc -l <keys) -gt 70 &&
	grep -x general_hazards_found keys && grep -x insurance_coverage keys &&
	run -F table -c "help trend" >help &&
	for k in $(cat keys); do
		grep -q "^  $k  " help || { echo "help lacks $k"; return 1; }
	done
'

test_expect_success 'bad input: one line each, with the closest choice' '
	test_expect_code 1 run -c "trend general_rectification_rat" 2>err &&
	echo "safestat: -c1:1: unknown indicator '"'"'general_rectification_rat'"'"' (did you mean '"'"'general_rectification_rate'"'"'?)" >expect &&
	test_cmp expect err &&
	test_expect_code 1 run -c "trend fines --years 2019-2023" 2>err &&
	grep "no ledgers for --years '"'"'2019-2023'"'"' (the dataset covers 2021-2025)" err &&
	test_expect_code 1 run -c "trend fines --years 2024-2022" 2>err &&
	grep "2024 is after 2022" err &&
	test_expect_code 1 run -c "trend fines --years last" 2>err &&
	grep "invalid --years '"'"'last'"'"'" err &&
	test_expect_code 1 run -c "trend meetings --township 城关镇" 2>err &&
	grep "indicator '"'"'meetings'"'"' is not kept by township" err &&
	test_expect_code 1 run -c "trend fines --sector 建筑" 2>err &&
	grep "unknown sector '"'"'建筑'"'"'" err &&
	test_line_count=$(wc -l <err) && test $test_line_count = 1
'

SOCKET="safestat-t4500-$$"
test_expect_success TMUX 'Tab completes indicator keys' '
	tmux -L $SOCKET -f /dev/null new-session -d -s t -x 200 -y 20 \
		"env HOME=$TRASH TERM=xterm LC_ALL=C.UTF-8 $SAFESTAT $DB; echo EXIT=\$?; sleep 30" &&
	i=0 && while test $i -lt 50 && ! tmux -L $SOCKET capture-pane -p -t t | grep -q "safestat>"; do sleep 0.1; i=$((i + 1)); done &&
	tmux -L $SOCKET send-keys -t t -l "trend general_rectif" &&
	tmux -L $SOCKET send-keys -t t Tab &&
	i=0 && while test $i -lt 50 && ! tmux -L $SOCKET capture-pane -p -t t | grep -q "trend general_rectification_rate"; do sleep 0.1; i=$((i + 1)); done &&
	tmux -L $SOCKET capture-pane -p -t t >screen;
	# Leave the shell and wait for it to end: killed, it would write its
	# history on the way out, maybe into the trash directory being
	# removed (a file left after "make distcleancheck").
	tmux -L $SOCKET send-keys -t t C-u C-d;
	i=0 && while test $i -lt 50 && ! tmux -L $SOCKET capture-pane -p -t t | grep -q "^EXIT="; do sleep 0.1; i=$((i + 1)); done;
	tmux -L $SOCKET kill-server 2>/dev/null;
	grep "trend general_rectification_rate" screen
'

test_done
