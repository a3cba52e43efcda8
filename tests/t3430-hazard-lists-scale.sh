#!/bin/sh
# The hazard lists at province scale (issue 7): `hazards overdue` and
# `hazards open` read the major hazards through the partial index
# hazard_major_list (data/schema.sql, end of "Summaries").  Every row
# they print -- ordering included: oldest first (by deadline for the
# overdue list, by the day found for the open one), ties by id -- equals
# SQL written here, on the bundled county and on a small generated
# province under random as-of days, periods, levels, places and sectors
# (seed printed; T3430_SEED=N reruns one); the same without the index;
# their SQL uses the index; import keeps it exact.

test_description='hazard lists at province scale'
. "$SAFESTAT_SRC_DIR/tests/test-lib.sh"

test_have_prereq SQLITE3 || skip_all 'the sqlite3 command-line shell is missing'

GEN="$SAFESTAT_BUILD_DIR/data/safestat-gen"
BUNDLED="$SAFESTAT_BUILD_DIR/data/county.db"
HOT="$SAFESTAT_SRC_DIR/tests/fixtures/hot-queries.sql"
SEED=${T3430_SEED:-3430}
ROUNDS=${T3430_ROUNDS:-24}

# expect_list DB KIND DAY FROM TO [AND ...]: the rows of list KIND
# (overdue or open) as of DAY of the hazards found FROM..TO, as JSON
# lines with the command's keys, computed from the ledger.
expect_list () {
	if test "$2" = overdue; then
		only="AND h.deadline_date < '$3'" order=h.deadline_date
	else
		only= order=h.found_date
	fi
	sql_cli "$1" "SELECT json_object('hazard_id', h.hazard_id,
		'level', h.level, 'level_zh', lv.name_zh,
		'found_date', h.found_date, 'deadline_date', h.deadline_date,
		'days_open',
		    CAST(julianday('$3') - julianday(h.found_date) AS INTEGER),
		'days_overdue', CASE WHEN h.deadline_date < '$3'
		    THEN CAST(julianday('$3') - julianday(h.deadline_date)
		              AS INTEGER) ELSE 0 END,
		'township', t.code, 'township_zh', t.name_zh,
		'sector', h.sector, 'sector_zh', s.name_zh,
		'unit_id', h.unit_id, 'unit_zh', u.name_zh,
		'finder', h.finder_kind, 'finder_zh', f.name_zh,
		'description', h.description, 'as_of', '$3')
	    FROM hazard h
	    JOIN township t ON t.township_id = h.township_id
	    JOIN county c ON c.county_id = t.county_id AND c.ledger = 1
	    JOIN sector s ON s.code = h.sector
	    JOIN finder_kind f ON f.code = h.finder_kind
	    JOIN code_label lv ON lv.list = 'hazard.level' AND lv.code = h.level
	    LEFT JOIN unit u ON u.unit_id = h.unit_id
	    WHERE h.found_date BETWEEN '$4' AND '$5' AND h.found_date <= '$3'
	      AND NOT coalesce(h.rectified_date <= '$3', 0) $only $6
	    ORDER BY $order, h.hazard_id"
}

# list DB COMMAND: the command's rows as JSON lines.
list () {
	"$SAFESTAT" "$1" -F jsonl -c "$2"
}

# The list's own SQL: the last statement COMMAND runs on DB.
list_sql () {
	rm -f trace.sql &&
	SAFESTAT_TRACE_SQL=trace.sql "$SAFESTAT" "$1" -F csv -c "$2" >/dev/null &&
	tail -n 1 trace.sql
}

test_expect_success 'bundled: the 2023 report'\''s lists, every row and column' '
	list "$BUNDLED" "hazards overdue --year 2023 --level major" >out &&
	expect_list "$BUNDLED" overdue 2023-12-31 2023-01-01 2023-12-31 \
	    "AND h.level = '\''major'\''" >expect &&
	test_cmp expect out && test -s out &&
	list "$BUNDLED" "hazards open --as-of 2023-12-31 --level major" >out &&
	expect_list "$BUNDLED" open 2023-12-31 0001-01-01 2023-12-31 \
	    "AND h.level = '\''major'\''" >expect &&
	test_cmp expect out && test -s out &&
	list "$BUNDLED" "hazards overdue --year 2024 --level general" >out &&
	expect_list "$BUNDLED" overdue 2024-12-31 2024-01-01 2024-12-31 \
	    "AND h.level = '\''general'\''" >expect &&
	test_cmp expect out && test -s out &&
	list "$BUNDLED" "hazards open --quarter 2023Q4 --sector gas" >out &&
	expect_list "$BUNDLED" open 2023-12-31 2023-10-01 2023-12-31 \
	    "AND h.sector = '\''gas'\''" >expect &&
	test_cmp expect out
'

test_expect_success 'bundled: a township'\''s major hazards, as of a mid-month day' '
	T=$(sql_cli "$BUNDLED" "SELECT code FROM township
	    WHERE name_zh = '\''城关镇'\''") &&
	list "$BUNDLED" "hazards overdue --township $T --level major --as-of 2024-03-17" >out &&
	expect_list "$BUNDLED" overdue 2024-03-17 0001-01-01 2024-03-17 \
	    "AND h.level = '\''major'\'' AND t.code = '\''$T'\''" >expect &&
	test_cmp expect out && test -s out
'

test_expect_success 'the major lists'\'' SQL reads the index, and only it' '
	list_sql "$BUNDLED" "hazards overdue --year 2023 --level major" >q &&
	sql_cli "$BUNDLED" "EXPLAIN QUERY PLAN $(cat q)" >plan &&
	cat plan &&
	grep "SEARCH x USING COVERING INDEX hazard_major_list (found_date>? AND found_date<?)" plan &&
	list_sql "$BUNDLED" "hazards open --township 城关镇 --sector gas --level major" >q &&
	sql_cli "$BUNDLED" "EXPLAIN QUERY PLAN $(cat q)" >plan &&
	grep "SEARCH x USING COVERING INDEX hazard_major_list" plan &&
	list_sql "$BUNDLED" "hazards open --year 2023" >q &&
	! grep -i "major" q
'

test_expect_success 'the hot major-list queries (tests/fixtures) read the index' '
	awk "/^-- name: .*hazard_major_list/ { n++; on = 1; next }
	     /^-- name: / { on = 0 }
	     on && !/^--/ { print > (\"hq.\" n) }" "$HOT" &&
	test -f hq.1 && test -f hq.2 &&
	for f in hq.*; do
		sql_cli "$BUNDLED" "EXPLAIN QUERY PLAN $(cat $f)" >plan &&
		grep "COVERING INDEX hazard_major_list" plan || exit 1
	done
'

test_expect_success 'write a province of three counties, and a copy without the index' '
	"$GEN" --counties 3 --out p.db &&
	test "$(sql_cli p.db "SELECT count(*) FROM county WHERE ledger = 1")" = 3 &&
	cp p.db n.db &&
	sql_cli n.db "DROP INDEX hazard_major_list" &&
	test "$(sql_cli p.db "PRAGMA integrity_check")" = ok
'

# Each draw: an as-of day of 2021-02..2025-12 (any day of its month); a
# period ending no later (none, its year or the year before, its quarter
# or its month); a level (both, general, major), a place (all, a county,
# a township) and a sector or none.
test_expect_success "random filters (seed $SEED; T3430_SEED=N to rerun one)" '
	echo "seed $SEED" &&
	awk -v seed="$SEED" -v n="$ROUNDS" "BEGIN {
		srand(seed)
		for (i = 0; i < n; i++) {
			m = 14 + int(rand() * 47); y = 2020 + int(m / 12)
			mo = m % 12 + 1; d = 1 + int(rand() * 28)
			w = int(rand() * 4); if (w > 2) w = 0
			printf \"%s %04d-%02d-%02d %d %d %d %d %d %d %d\n\",
			    i % 2 ? \"open\" : \"overdue\", y, mo, d,
			    int(rand() * 4), int(rand() * 3), w,
			    int(rand() * 1000), int(rand() * 3) == 0,
			    int(rand() * 1000), (y > 2021 ? int(rand() * 2) : 0)
		}
	}" >draws &&
	cat draws &&
	while read KIND DAY P L W pr S sr back; do
		y=${DAY%%-*} && mo=${DAY#*-} && mo=${mo%-*} && m=${mo#0} &&
		qs=$(( (m - 1) / 3 * 3 + 1 )) &&
		case $P in
		0) opt= from=0001-01-01 to=$DAY ;;
		1) opt="--year $((y - back))" from=$((y - back))-01-01
		   to=$((y - back))-12-31 ;;
		2) opt="--quarter ${y}Q$(( (m + 2) / 3 ))"
		   from=$(printf "%04d-%02d-01" $y $qs) to=$DAY ;;
		3) opt="--month $y-$mo" from=$y-$mo-01 to=$DAY ;;
		esac &&
		case $L in
		0) lopt= lsql= ;;
		1) lopt="--level general" lsql="AND h.level = '\''general'\''" ;;
		2) lopt="--level major" lsql="AND h.level = '\''major'\''" ;;
		esac &&
		T=$(sql_cli p.db "SELECT code FROM township ORDER BY code
		    LIMIT 1 OFFSET $pr % (SELECT count(*) FROM township)") &&
		case $W in
		0) popt= psql= ;;
		1) popt="--county ${T%???}" psql="AND c.code = '\''${T%???}'\''" ;;
		2) popt="--township $T" psql="AND t.code = '\''$T'\''" ;;
		esac &&
		X=$(sql_cli p.db "SELECT code FROM sector ORDER BY code
		    LIMIT 1 OFFSET $sr % (SELECT count(*) FROM sector)") &&
		case $S in
		0) sopt= ssql= ;;
		1) sopt="--sector $X" ssql="AND h.sector = '\''$X'\''" ;;
		esac &&
		cmd="hazards $KIND $opt --as-of $DAY $lopt $popt $sopt" &&
		list p.db "$cmd" >out &&
		expect_list p.db $KIND $DAY $from $to "$lsql $psql $ssql" >expect &&
		echo "$cmd: $(wc -l <out) rows" &&
		test_cmp expect out &&
		list n.db "$cmd" >out.n &&
		test_cmp out out.n || exit 1
		if test -s out; then echo $L >>nonempty; fi
	done <draws &&
	grep -q 2 nonempty && grep -q 1 nonempty
'

test_expect_success 'every format the same with and without the index' '
	for fmt in csv tsv json jsonl table markdown; do
		"$SAFESTAT" p.db -F $fmt -c "hazards overdue --year 2024 --level major" >p.$fmt &&
		"$SAFESTAT" n.db -F $fmt -c "hazards overdue --year 2024 --level major" >n.$fmt &&
		test_cmp p.$fmt n.$fmt || exit 1
	done &&
	test -s p.jsonl &&
	test "$(($(wc -l <p.csv) - 1))" = "$(wc -l <p.jsonl)" &&
	head -n 1 p.csv | tr -d "\r" >keys &&
	echo "hazard_id,level,level_zh,found_date,deadline_date,days_open,days_overdue,township,township_zh,sector,sector_zh,unit_id,unit_zh,finder,finder_zh,description,as_of" >expect &&
	test_cmp expect keys
'

# Writes: SQLite keeps an index for every writer; check import's bulk
# path and a refused import all the same.  The rows imported are copies
# of open major hazards, found on 2024-06-01 (new ids).
test_expect_success 'import major hazards: the lists and the index take them in' '
	cp p.db w.db &&
	sql_cli -csv -header w.db "SELECT township_id, unit_id, sector, level,
	    finder_kind, finder_dept, NULL AS inspection_id,
	    '\''2024-06-01'\'' AS found_date, '\''2024-07-01'\'' AS deadline_date,
	    NULL AS rectified_date, criterion_id, campaign, description
	    FROM hazard WHERE level = '\''major'\'' AND hazard_id % 7 = 0
	    LIMIT 40" >major.csv &&
	"$SAFESTAT" w.db -c "import hazard major.csv" &&
	test "$(sql_cli w.db "PRAGMA integrity_check")" = ok &&
	list w.db "hazards overdue --level major --as-of 2024-08-01" >out &&
	expect_list w.db overdue 2024-08-01 0001-01-01 2024-08-01 \
	    "AND h.level = '\''major'\''" >expect &&
	test_cmp expect out &&
	test "$(grep -c "\"found_date\":\"2024-06-01\"" out)" -ge 40
'

test_expect_success 'a refused import leaves the lists as they were' '
	list w.db "hazards open --level major --as-of 2025-12-31" >before &&
	{ cat major.csv &&
	  echo "1,,mining,major,self,,,2024-02-30,2024-03-01,,,,bad day"; } >bad.csv &&
	test_expect_code 1 "$SAFESTAT" w.db -c "import hazard bad.csv" 2>err &&
	grep "nothing imported" err &&
	list w.db "hazards open --level major --as-of 2025-12-31" >after &&
	test_cmp before after &&
	test "$(sql_cli w.db "PRAGMA integrity_check")" = ok
'

test_done
