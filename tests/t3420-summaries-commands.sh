#!/bin/sh
# The commands read the summary tables when the question is one a summary
# answers exactly (a period of whole months, as of a month's end, filters
# the summary has), and the ledger otherwise -- with the same answer
# either way.  On a small province, every command below gives, in csv,
# the bytes it gives on a copy without summary tables (which must answer
# from the ledger).  A third copy whose summaries are falsified shows
# which path each command took: a command the summaries serve must
# change there, one the ledger serves must not.  And the statements the
# summary-served commands really run (SAFESTAT_TRACE_SQL) never scan a
# ledger whole (EXPLAIN QUERY PLAN, as t3410 checks its hand-written
# hot queries).
test_description='commands on the summaries and on the ledger agree'
. "$(dirname "$0")/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/summary-lib.sh"

test_have_prereq SQLITE3 || skip_all 'the sqlite3 command-line shell is missing'

GEN="$SAFESTAT_BUILD_DIR/data/safestat-gen"

test_expect_success 'a province of three counties, without and with false summaries' '
	"$GEN" --counties 3 --out p.db &&
	tables=$(sql_cli p.db "SELECT name FROM sqlite_master
		WHERE type = '\''table'\'' AND name LIKE '\''summary\_%'\'' ESCAPE '\''\\'\''") &&
	test -n "$tables" &&
	cp p.db ledger.db &&
	for t in $tables; do
		sql_cli ledger.db "DROP TABLE $t" || return 1
	done &&
	test "$(sql_cli ledger.db "SELECT count(*) FROM sqlite_master
		WHERE name LIKE '\''summary\_%'\'' ESCAPE '\''\\'\'' AND type = '\''table'\''")" = 0 &&
	cp p.db false.db &&
	sql_cli false.db "
		UPDATE summary_hazard_county SET found = found + 1000;
		UPDATE summary_hazard_township SET found = found + 1000;
		UPDATE summary_hazard_county_sector SET found = found + 1000;
		UPDATE summary_hazard_province SET found = found + 1000;
		UPDATE summary_inspection_county SET inspections = inspections + 1000;
		UPDATE summary_enforcement_county SET cases = cases + 1000;
		UPDATE summary_enforcement_county_category SET cases = cases + 1000;
		UPDATE summary_enforcement_province SET cases = cases + 1000;
		UPDATE summary_outreach_county SET events = events + 1000;
		UPDATE summary_outreach_province SET events = events + 1000;
		UPDATE summary_publicity_county SET batches = batches + 1000;
		UPDATE summary_publicity_province SET batches = batches + 1000;
		UPDATE summary_meeting_county SET meetings = meetings + 1000;
		UPDATE summary_meeting_province SET meetings = meetings + 1000;
		UPDATE summary_accident_county SET accidents = accidents + 1000;
		UPDATE summary_accident_province SET accidents = accidents + 1000;
		UPDATE summary_visitor_spot SET visitors = visitors + 1000;
		UPDATE summary_weighing_county SET weighed = weighed + 1000;
		UPDATE summary_weighing_operation SET weighed = weighed + 1000;"
'

# run DB COMMAND: the command's csv on DB.
run () {
	"$SAFESTAT" "$1" -F csv -c "$2"
}

test_expect_success 'hazards: whole months, every grouping a summary has' '
	agree summary <<-\CMDS
	hazards --year 2023
	hazards --year 2023 --by sector
	hazards --year 2023 --by county
	hazards --year 2023 --by township
	hazards --year 2023 --by month
	hazards --year 2023 --by finder
	hazards --year 2023 --by department
	hazards --year 2023 --level major --by sector
	hazards --year 2023 --level all --by month
	hazards --quarter 2023Q3 --by township --as-of 2024-06-30
	hazards --month 2024-02 --by sector --as-of 2024-02-29
	hazards --year 2022 --as-of 2025-03-31 --by finder
	hazards --year 2023 --county 安城县 --by sector
	hazards --year 2023 --county 安城县 --by township
	hazards --year 2023 --county 永源县 --by month --level general
	hazards --year 2023 --township 柳河镇
	hazards --year 2023 --township 柳河镇 --by month
	hazards --year 2024 --sector gas --by county
	hazards --year 2024 --sector gas --by month
	hazards --year 2023 --department emb --by sector
	hazards --year 2023 --department 公安 --by department
	hazards --from 2021-01-01 --by month --level major
	hazards --to 2022-06-30 --by county
	CMDS
'

test_expect_success 'hazards --flow: whole months' '
	agree summary <<-\CMDS
	hazards --year 2023 --flow
	hazards --year 2023 --flow --level general
	hazards --year 2023 --flow --by sector --level major
	hazards --quarter 2024Q2 --flow --by township --county 安城县
	hazards --month 2023-07 --flow --by finder
	hazards --year 2022 --flow --as-of 2023-06-30 --by county
	hazards --year 2023 --flow --department 应急 --by department
	CMDS
'

test_expect_success 'sector hazards: whole months' '
	agree summary <<-\CMDS
	gas hazards --year 2023
	gas hazards --year 2023 --by county
	gas hazards --year 2023 --by month
	gas hazards --year 2023 --by finder --level major
	gas hazards --from 2021-01-01 --by month --level major
	gas hazards --year 2023 --county 安城县 --by month
	traffic hazards --quarter 2024Q1 --by level
	chemicals hazards --year 2022 --by county
	gas summary --year 2023
	traffic summary --year 2023 --county 安城县
	chemicals summary --quarter 2024Q1
	CMDS
'

test_expect_success 'inspections, enforcement, outreach: whole months' '
	agree summary <<-\CMDS
	inspections --year 2023
	inspections --year 2023 --by period
	inspections --year 2023 --by department --leader
	inspections --quarter 2022Q4 --by month --county 安城县
	inspections --year 2024 --department 应急 --by county
	enforcement --year 2023
	enforcement --year 2023 --by sector --category safety
	enforcement --year 2023 --by kind --county 永源县
	enforcement --month 2024-02 --by department --sector gas
	enforcement --year 2022 --by month --department 公安 --category all
	outreach --year 2023
	outreach --year 2023 --by venue --kind drill
	outreach --quarter 2023Q2 --by month --county 安城县
	outreach --year 2023 --by county
	CMDS
'

test_expect_success 'accidents year on year: whole months, province-wide or by county' '
	agree summary <<-\CMDS
	accidents summary --year 2023
	accidents summary --year 2023 --by sector
	accidents summary --year 2023 --by month
	accidents summary --year 2024 --by grade --sector construction
	accidents summary --quarter 2024Q1 --by county
	accidents summary --year 2023 --county 安城县 --by sector
	CMDS
'

test_expect_success 'tourism flow: whole months by month, year or none' '
	agree summary <<-\CMDS
	tourism flow --year 2023 --by month
	tourism flow --year 2023
	tourism flow --from 2021-01-01 --by year
	tourism flow --quarter 2024Q3 --by month --spot 柳河古镇
	tourism flow --month 2024-02
	CMDS
'

test_expect_success 'traffic overload: by month and county, or by operation for any period' '
	agree summary <<-\CMDS
	traffic overload --year 2023 --by month
	traffic overload --year 2023
	traffic overload --year 2023 --by axles
	traffic overload --year 2023 --by county
	traffic overload --quarter 2024Q2 --by township --county 安城县
	traffic overload --year 2023 --by operation --township 柳河镇
	traffic overload --from 2023-03-05 --to 2023-04-20 --by county
	traffic overload --from 2023-03-05 --to 2023-04-20 --by month
	CMDS
'

test_expect_success 'the report'"'"'s hazard indicators: whole years' '
	agree summary <<-\CMDS
	report --year 2023
	trend general_rectification_rate --years 2021-2025
	trend major_hazards_found --sector construction
	trend major_hazards_open --township 柳河镇
	gaps --year 2023
	CMDS
'

test_expect_success 'every output format agrees, titles, notes and totals included' '
	for f in table markdown csv tsv json jsonl; do
		for db in ledger p; do
			"$SAFESTAT" $db.db -F $f -c "hazards --year 2023 --by sector" \
				>$db.$f || return 1
		done &&
		test_cmp ledger.$f p.$f || return 1
	done &&
	test_grep "合计" p.table &&
	test_grep "\"rate_pct\"" p.json
'

test_expect_success 'the ledger answers what no summary can' '
	agree ledger <<-\CMDS
	hazards --from 2023-01-15 --to 2023-06-30
	hazards --year 2023 --as-of 2023-12-15 --by sector
	hazards --year 2023 --as-of 2023-12-30
	hazards --month 2024-02 --as-of 2024-02-28
	hazards --year 2023 --by unit --county 安城县
	hazards --year 2023 --township 柳河镇 --sector gas
	hazards --year 2023 --county 安城县 --department emb
	hazards --year 2023 --county 安城县 --by finder
	hazards --year 2023 --sector gas --by township
	hazards --from 2023-03-01 --to 2023-03-30 --flow
	gas hazards --year 2023 --by unit
	gas hazards --year 2023 --township 柳河镇 --by month
	chemicals hazards --year 2022 --by township --county 永源县
	gas summary --year 2023 --township 柳河镇
	gas hazards --year 2023 --as-of 2023-11-15
	inspections --year 2023 --township 柳河镇
	inspections --year 2023 --by township
	inspections --from 2023-02-10 --to 2023-11-30
	enforcement --year 2023 --by township
	enforcement --year 2023 --township 柳河镇 --by sector
	enforcement --from 2023-01-01 --to 2023-06-29
	outreach --year 2023 --by township --kind training
	outreach --from 2023-01-02 --to 2023-12-31
	outreach --year 2023 --township 柳河镇
	accidents summary --year 2023 --township 柳河镇 --by sector
	accidents summary --from 2023-01-01 --to 2023-06-15 --by sector
	tourism flow --year 2023 --by week
	tourism flow --year 2023 --by holiday
	tourism flow --from 2023-01-05 --to 2023-03-31 --by month
	tourism flow --quarter 2024Q1 --by day --spot 柳河古镇
	traffic overload --from 2023-03-05 --to 2023-04-20 --by axles
	traffic overload --year 2023 --by axles --township 柳河镇
	CMDS
'

# The ledgers: the tables that grow with the counties (as t3410 has them).
LEDGERS="hazard inspection enforcement_case assistance_visit meeting
	outreach_event publicity accident accident_figures overload_operation
	weighing visitor_day gas_user gas_inspection key_vehicle
	vehicle_fire_check equipment_check equipment_defect unit
	insurance_policy"

# full_scans TRACE: the statements of a SAFESTAT_TRACE_SQL trace whose
# query plan on p.db reads a ledger whole: a SCAN, through an index or
# not, of a name that stands for a ledger in the statement (and for no
# other table there).
full_scans () {
	sort -u "$1" | grep -v '^PRAGMA' | while IFS= read -r stmt; do
		plan=$(sql_cli p.db "EXPLAIN QUERY PLAN $stmt") || return 1
		for t in $LEDGERS; do
			names=$( { echo $t; printf '%s\n' "$stmt" |
				grep -oE "(FROM|JOIN) $t [a-z]+" | cut -d' ' -f3; } |
				sort -u)
			others=$(printf '%s\n' "$stmt" |
				grep -oE '(FROM|JOIN) [a-z_]+ [a-z]+' |
				awk -v t=$t '$2 != t { print $3 }' | sort -u)
			for n in $names; do
				printf '%s\n' "$others" | grep -qx "$n" && continue
				if printf '%s\n' "$plan" | grep -qE "SCAN $n( |\$)"; then
					printf '%s: %s\n' "$t" "$stmt"
				fi
			done
		done
	done
}

test_expect_success 'the check of query plans finds a full scan of the ledger' '
	rm -f trace.sql &&
	SAFESTAT_TRACE_SQL=trace.sql "$SAFESTAT" p.db -F csv \
		-c "sql \"SELECT count(*) FROM hazard x WHERE x.description LIKE '\''a%'\''\"" &&
	full_scans trace.sql >scans &&
	test_grep "^hazard: .*FROM hazard x" scans
'

test_expect_success 'commands on the summaries never scan a ledger' '
	rm -f trace.sql &&
	while read -r cmd; do
		SAFESTAT_TRACE_SQL=trace.sql "$SAFESTAT" p.db -F csv -c "$cmd" \
			>/dev/null || return 1
	done <<-\CMDS &&
	hazards --year 2023 --by sector
	hazards --year 2023 --by county
	hazards --year 2023 --by month
	hazards --year 2023 --level major
	hazards --year 2023 --flow
	hazards --year 2023 --county 安城县 --by township
	gas hazards --year 2023 --by month
	inspections --year 2023
	enforcement --year 2023
	outreach --year 2023
	accidents summary --year 2023 --by sector
	traffic overload --year 2023 --by month
	tourism flow --year 2023 --by month
	gas users --year 2023
	chemicals units --year 2023 --by township
	CMDS
	test_grep "summary_hazard_province" trace.sql &&
	full_scans trace.sql >scans &&
	test_must_be_empty scans
'

# The province-wide hazard groupings read a year of their summary through
# an index in the groups' order, so SQLite sums the rows as they come
# instead of sorting them first: on the province the sort was half the
# command's time.
test_expect_success 'hazards by county and by sector sum their summary in index order' '
	for cmd in "hazards --year 2023 --by county" \
	    "hazards --year 2023 --level major" \
	    "hazards --year 2023 --by sector"; do
		rm -f trace.sql &&
		SAFESTAT_TRACE_SQL=trace.sql "$SAFESTAT" p.db -F csv -c "$cmd" \
			>/dev/null &&
		grep "FROM summary_hazard_\(county\|province\) s " trace.sql \
			>stmts &&
		test "$(wc -l <stmts)" = 1 &&
		sql_cli p.db "EXPLAIN QUERY PLAN $(cat stmts)" >plan &&
		test_grep "USING COVERING INDEX summary_hazard_[a-z]*_by_group" plan &&
		! grep "TEMP B-TREE FOR GROUP BY" plan || return 1
	done
'

# Enforcement by county reads one category of its rollup, keyed category
# first: a seek per county and its months in order, no full read.
test_expect_success 'enforcement by county seeks its rollup by category and county' '
	rm -f trace.sql &&
	SAFESTAT_TRACE_SQL=trace.sql "$SAFESTAT" p.db -F csv \
		-c "enforcement --year 2023" >/dev/null &&
	grep "FROM summary_enforcement_county_category s " trace.sql >stmts &&
	test "$(wc -l <stmts)" = 1 &&
	sql_cli p.db "EXPLAIN QUERY PLAN $(cat stmts)" >plan &&
	test_grep "SEARCH s USING PRIMARY KEY (category=? AND county_id=?" plan
'

# With no county or township asked for, publicity, meetings and accidents
# are summed from their province-wide rollups, a year in a few dozen
# rows, not from the county summaries.
test_expect_success 'province-wide publicity, meetings and accidents read their rollups' '
	rm -f trace.sql &&
	SAFESTAT_TRACE_SQL=trace.sql "$SAFESTAT" p.db -F csv \
		-c "outreach --year 2023" \
		-c "accidents summary --year 2023 --by sector" >/dev/null &&
	test_grep "FROM summary_publicity_province s " trace.sql &&
	test_grep "FROM summary_meeting_province s " trace.sql &&
	test_grep "FROM summary_accident_province s " trace.sql &&
	! grep "FROM summary_\(publicity\|meeting\|accident\)_county s " trace.sql
'

# A province-wide summary keeps no county: it counts every county of the
# file, where the ledger's statements count the ledger counties only.  A
# county that is no longer a ledger county but keeps its townships and
# rows must drop out of every answer, so then the commands read the
# county summaries or the ledger instead.
test_expect_success 'a county that is not a ledger county leaves the province-wide summaries unread' '
	cp p.db neighbour.db &&
	cp ledger.db neighbour-ledger.db &&
	for db in neighbour.db neighbour-ledger.db; do
		sql_cli $db "UPDATE county SET ledger = 0 WHERE name_zh = '\''永源县'\''" ||
		return 1
	done &&
	test "$(sql_cli neighbour.db "SELECT in_step FROM summaries_state")" = 1 &&
	LEDGER_DB=neighbour-ledger.db SUMMARY_DB=neighbour.db FALSE_DB=neighbour.db \
	agree ledger <<-\CMDS &&
	hazards --year 2023 --by sector
	hazards --year 2023 --level major
	hazards --year 2023 --by finder
	inspections --year 2023
	enforcement --year 2023 --by sector
	outreach --year 2023
	accidents summary --year 2023 --by sector
	insurance --year 2023
	gas users --year 2023
	chemicals units --year 2023
	CMDS
	"$SAFESTAT" neighbour.db -F csv -c "outreach --year 2023" >with.csv &&
	"$SAFESTAT" p.db -F csv -c "outreach --year 2023" >without.csv &&
	! cmp -s with.csv without.csv
'

# A program that writes the ledger without the upkeep (the sqlite3 shell)
# leaves the summaries as they were, so the file marks them out of step:
# then every command answers from the ledger -- here from a file whose
# summaries are false -- until an import rebuilds them.
test_expect_success 'written by another program, the summaries are not read' '
	cp false.db stale.db &&
	test "$(sql_cli stale.db "SELECT in_step FROM summaries_state")" = 1 &&
	sql_cli stale.db "UPDATE hazard SET description = description
	    WHERE hazard_id = (SELECT min(hazard_id) FROM hazard)" &&
	test "$(sql_cli stale.db "SELECT in_step FROM summaries_state")" = 0 &&
	FALSE_DB=stale.db agree ledger <<-\CMDS
	hazards --year 2023 --by county
	hazards --year 2023 --by sector --level major
	inspections --year 2023
	enforcement --year 2023
	outreach --year 2023
	traffic overload --year 2023 --by month
	tourism flow --year 2023 --by month
	CMDS
'

test_expect_success 'import --refresh rebuilds them from the ledger' '
	"$SAFESTAT" stale.db -F csv -c "import --refresh" >out &&
	printf "summaries_rebuilt\r\n26\r\n" >expect &&
	test_cmp expect out &&
	summaries_in_step stale.db $(sql_cli stale.db "SELECT name
	    FROM sqlite_master WHERE type = '\''table'\''
	    AND name LIKE '\''summary\_%'\'' ESCAPE '\''\\'\''") &&
	FALSE_DB=false.db SUMMARY_DB=stale.db agree summary <<-\CMDS
	hazards --year 2023 --by county
	enforcement --year 2023
	tourism flow --year 2023 --by month
	CMDS
'

# import --refresh counts the hazard, inspection and insurance summaries
# in one pass over their events each (data/refresh.c), the others from
# their views.  Two checks that owe nothing to that code: on an untouched
# file it gives back, row for row, what the generator counted in C as it
# wrote the ledger; and after the ledger's awkward cases are written by
# hand and every summary emptied, each summary equals its view again.
summary_tables () {
	sql_cli "$1" "SELECT name FROM sqlite_master WHERE type = 'table'
	    AND name LIKE 'summary\_%' ESCAPE '\\' ORDER BY name"
}

test_expect_success 'import --refresh gives back the generator'\''s summaries' '
	cp p.db fresh.db &&
	sql_cli fresh.db "UPDATE summaries_state SET in_step = 0" &&
	for t in $(summary_tables p.db); do
		sql_cli -csv p.db "SELECT * FROM $t" >"$t.gen" || return 1
	done &&
	"$SAFESTAT" fresh.db -c "import --refresh" >/dev/null &&
	for t in $(summary_tables p.db); do
		sql_cli -csv fresh.db "SELECT * FROM $t" >"$t.refreshed" &&
		test -s "$t.gen" &&
		test_cmp "$t.gen" "$t.refreshed" || return 1
	done
'

test_expect_success 'import --refresh: the awkward rows, from empty summaries' '
	cp p.db awkward.db &&
	hazard() {
		sql_cli awkward.db "SELECT hazard_id FROM hazard
		    WHERE rectified_date IS NOT NULL AND found_date < '\''2023-06-01'\''
		    ORDER BY hazard_id LIMIT 1 OFFSET $1"
	} &&
	h1=$(hazard 0) && h2=$(hazard 1) && h3=$(hazard 2) && h4=$(hazard 3) &&
	h5=$(hazard 4) && h6=$(hazard 5) && h7=$(hazard 6) &&
	insp=$(sql_cli awkward.db "SELECT max(inspection_id) FROM inspection") &&
	unit=$(sql_cli awkward.db "SELECT min(unit_id) FROM insurance_policy") &&
	sql_cli awkward.db "
		-- overdue in February (the day after a month-end deadline),
		-- rectified in March: +1 then -1
		UPDATE hazard SET found_date = '\''2023-01-05'\'',
		    deadline_date = '\''2023-01-31'\'',
		    rectified_date = '\''2023-03-10'\'' WHERE hazard_id = $h1;
		-- rectified in its overdue month: no overdue event
		UPDATE hazard SET found_date = '\''2023-01-05'\'',
		    deadline_date = '\''2023-01-20'\'',
		    rectified_date = '\''2023-01-25'\'' WHERE hazard_id = $h2;
		-- still open, found by no department and by an inspection
		UPDATE hazard SET rectified_date = NULL, finder_kind = '\''self'\'',
		    finder_dept = NULL, inspection_id = $insp
		    WHERE hazard_id = $h3;
		DELETE FROM hazard WHERE hazard_id = $h4;
		-- overdue from the next year, from March (not a leap year),
		-- and within February (a leap year)
		UPDATE hazard SET found_date = '\''2023-12-01'\'',
		    deadline_date = '\''2023-12-31'\'', rectified_date = NULL
		    WHERE hazard_id = $h5;
		UPDATE hazard SET found_date = '\''2023-02-01'\'',
		    deadline_date = '\''2023-02-28'\'',
		    rectified_date = '\''2023-04-01'\'' WHERE hazard_id = $h6;
		UPDATE hazard SET found_date = '\''2024-02-01'\'',
		    deadline_date = '\''2024-02-28'\'', rectified_date = NULL
		    WHERE hazard_id = $h7;
		DELETE FROM insurance_policy WHERE unit_id = $unit;
	" &&
	test "$(sql_cli awkward.db "SELECT in_step FROM summaries_state")" = 0 &&
	for t in $(summary_tables awkward.db); do
		sql_cli awkward.db "DELETE FROM $t" || return 1
	done &&
	SAFESTAT_TRACE_SQL=refresh.sql \
		"$SAFESTAT" awkward.db -F csv -c "import --refresh" >out &&
	printf "summaries_rebuilt\r\n%s\r\n" \
		"$(summary_tables awkward.db | wc -l)" >expect &&
	test_cmp expect out &&
	summaries_in_step awkward.db $(summary_tables awkward.db) &&
	! grep " 0 0 0$" views &&
	# Counted in one pass (the ledger read once), not from their views:
	# a refresh that fell back to the views would be right, and slow.
	test "$(grep -c "FROM main.hazard h CROSS JOIN" refresh.sql)" = 1 &&
	! grep "FROM temp.\"summary_\(hazard\|inspection\|insurance\)_[a-z_]*_from_ledger\"" \
		refresh.sql &&
	grep "FROM temp.\"summary_visitor_spot_from_ledger\"" refresh.sql
'

# Rebuilding takes minutes on a province, so an import does not do it on
# its own: it loads its rows, keeps the file marked, and says so.
test_expect_success 'an import into a file out of step leaves it so, and says so' '
	cp false.db stale2.db &&
	sql_cli stale2.db "DELETE FROM meeting
	    WHERE meeting_id = (SELECT max(meeting_id) FROM meeting)" &&
	sql_cli -csv -header stale2.db "SELECT county_id, dept, kind, held_date,
	    title FROM meeting LIMIT 3" >meetings.csv &&
	"$SAFESTAT" stale2.db -F table -c "import meeting meetings.csv" >out &&
	grep "the summary tables are out of step with the ledger (another program wrote it): the commands read the ledger until .import --refresh. rebuilds them" out &&
	grep "│ meeting │ meetings.csv │      3 │        0 │" out &&
	test "$(sql_cli stale2.db "SELECT in_step FROM summaries_state")" = 0 &&
	"$SAFESTAT" stale2.db -c "import --refresh" >/dev/null &&
	summaries_in_step stale2.db summary_meeting_county summary_hazard_county
'

test_expect_success 'import --refresh: no table, and never the bundled dataset' '
	test_expect_code 1 "$SAFESTAT" stale.db -c "import --refresh hazard" 2>err &&
	grep "'\''--refresh'\'' rebuilds the summaries and takes no table" err &&
	test_expect_code 1 "$SAFESTAT" -c "import --refresh" 2>err &&
	grep "read-only" err
'

test_done
