#!/bin/sh
# The dataset schema: what the bundled file is, that its constraints
# refuse bad rows (each with its own reason) and accept good ones, and
# that it stores no totals.

test_description='dataset schema and constraints'
. "$SAFESTAT_SRC_DIR/tests/test-lib.sh"

test_have_prereq SQLITE3 || skip_all 'the sqlite3 command-line shell is missing'

DB="$SAFESTAT_BUILD_DIR/data/county.db"
SCHEMA="$SAFESTAT_SRC_DIR/data/schema.sql"

# check_sql DB SQL EXPECTED: the query's output must be EXPECTED.
check_sql () {
	printf '%s\n' "$3" >expect &&
	sql_cli "$1" "$2" >actual &&
	test_cmp expect actual
}

# must_refuse SQL CONSTRAINT: in a scratch copy (foreign keys on), SQL
# fails, naming CONSTRAINT.
must_refuse () {
	cp "$DB" scratch.db &&
	test_must_fail sql_cli scratch.db "PRAGMA foreign_keys = ON; $1" 2>err &&
	test_grep "$2" err
}

# must_accept SQL: a statement with good values goes in.
must_accept () {
	cp "$DB" scratch.db &&
	sql_cli scratch.db "PRAGMA foreign_keys = ON; $1"
}

# hazard TOWNSHIP SECTOR LEVEL FINDER DEPT FOUND DEADLINE RECTIFIED: an
# INSERT of one hazard (DEPT and RECTIFIED may be NULL; dates unquoted).
hazard () {
	printf "INSERT INTO hazard (township_id, sector, level, finder_kind,
	    finder_dept, found_date, deadline_date, rectified_date, description)
	    VALUES (%s, '%s', '%s', '%s', %s, '%s', '%s', %s, '燃气胶管老化')" \
	    "$1" "$2" "$3" "$4" "$5" "$6" "$7" "$8"
}

# case_row DEPT FINE: an INSERT of one penalty.
case_row () {
	printf "INSERT INTO enforcement_case (township_id, dept, sector, kind,
	    decided_date, fine_yuan, description) VALUES (1, '%s', 'fire',
	    'penalty_fine', '2023-05-17', %s, '罚款')" "$1" "$2"
}

# outreach TOWNSHIP KIND VENUE PARTICIPANTS
outreach () {
	printf "INSERT INTO outreach_event (township_id, kind, venue, held_date,
	    participants, title) VALUES (%s, '%s', '%s', '2023-06-01', %s, '演练')" \
	    "$1" "$2" "$3" "$4"
}

# weighing AXLES GROSS
weighing () {
	printf "INSERT INTO weighing (operation_id, axles, gross_kg, height_mm,
	    width_mm, length_mm) VALUES (1, %s, %s, 3000, 2500, 8000)" "$1" "$2"
}

test_expect_success 'the bundled dataset is a safestat dataset, version 3' '
	check_sql "$DB" "PRAGMA application_id; PRAGMA user_version" \
	    "1397969985
3"
'

test_expect_success 'it passes the integrity and foreign key checks' '
	check_sql "$DB" "PRAGMA integrity_check" ok &&
	sql_cli "$DB" "PRAGMA foreign_key_check" >fk &&
	test_must_be_empty fk
'

test_expect_success 'the schema file creates a database on its own' '
	sql_cli fresh.db <"$SCHEMA" &&
	check_sql fresh.db "SELECT count(*) FROM sqlite_master WHERE type = \"table\"
	    AND name NOT LIKE \"summary\\_%\" ESCAPE \"\\\"
	    AND name NOT LIKE \"bulk\\_%\" ESCAPE \"\\\"" 55 &&
	check_sql fresh.db "SELECT group_concat(name, \" \") FROM (SELECT name
	    FROM sqlite_master WHERE type = \"table\"
	    AND name LIKE \"bulk\\_%\" ESCAPE \"\\\" ORDER BY name)" \
	    "bulk_hazard_group bulk_inspection_group bulk_insurance_unit bulk_load bulk_pending" &&
	check_sql fresh.db "SELECT deferred FROM bulk_load" 0 &&
	check_sql fresh.db "SELECT count(*) FROM sqlite_master WHERE type = \"table\"
	    AND name LIKE \"summary\\_%\" ESCAPE \"\\\"" 26 &&
	check_sql fresh.db "SELECT in_step FROM summaries_state" 1 &&
	sql_upkeep fresh.db "SELECT count(*) > 100 FROM temp.sqlite_master
	    WHERE type = \"trigger\"" >upkeep &&
	test "$(cat upkeep)" = 1
'

test_expect_success 'a good hazard row is accepted' '
	must_accept "$(hazard 1 gas general self NULL 2024-02-29 2024-03-10 "'"'2024-03-01'"'")"
'

test_expect_success 'a date that is not a real day is refused' '
	must_refuse "$(hazard 1 gas general self NULL 2023-02-30 2023-03-10 NULL)" \
	    hazard_found_date_is_real_date &&
	must_refuse "$(hazard 1 gas general self NULL 2023-05-17 2023-13-01 NULL)" \
	    hazard_deadline_date_is_real_date &&
	must_refuse "$(hazard 1 gas general self NULL 2023/05/17 2023-06-01 NULL)" \
	    hazard_found_date_is_real_date &&
	must_refuse "$(hazard 1 gas general self NULL 2023-5-17 2023-06-01 NULL)" \
	    hazard_found_date_is_real_date
'

test_expect_success 'a level other than general or major is refused' '
	must_refuse "$(hazard 1 gas serious self NULL 2023-05-17 2023-06-01 NULL)" \
	    hazard_level_is_known
'

test_expect_success 'an unknown township is refused' '
	must_refuse "$(hazard 99999 gas general self NULL 2023-05-17 2023-06-01 NULL)" \
	    "FOREIGN KEY constraint failed" &&
	must_refuse "$(outreach 99999 drill enterprise 20)" \
	    "FOREIGN KEY constraint failed"
'

test_expect_success 'an unknown sector or department code is refused' '
	must_refuse "$(hazard 1 nuclear general self NULL 2023-05-17 2023-06-01 NULL)" \
	    "FOREIGN KEY constraint failed" &&
	must_refuse "$(case_row army 1000)" "FOREIGN KEY constraint failed"
'

test_expect_success 'negative money is refused, zero is not' '
	must_refuse "$(case_row emb -500)" enforcement_case_fine_not_negative &&
	must_accept "$(case_row emb 0)" &&
	must_refuse "INSERT INTO road_progress (project_id, report_date, length_m,
	    invest_yuan) VALUES (1, \"2023-05-20\", 100, -1)" \
	    road_progress_not_negative
'

test_expect_success 'rectified or deadline before found is refused' '
	must_refuse "$(hazard 1 gas general self NULL 2023-05-17 2023-06-01 "'"'2023-05-16'"'")" \
	    hazard_rectified_not_before_found &&
	must_refuse "$(hazard 1 gas general self NULL 2023-05-17 2023-05-01 NULL)" \
	    hazard_deadline_not_before_found
'

test_expect_success 'a department finding must name the department' '
	must_refuse "$(hazard 1 gas general dept NULL 2023-05-17 2023-06-01 NULL)" \
	    hazard_department_finder_names_department &&
	must_accept "$(hazard 1 gas general dept "'"'hud'"'" 2023-05-17 2023-06-01 NULL)"
'

test_expect_success 'outreach kinds, venues and head counts are checked' '
	must_refuse "$(outreach 1 party enterprise 20)" outreach_event_kind_is_known &&
	must_refuse "$(outreach 1 drill moon 20)" outreach_event_venue_is_known &&
	must_refuse "$(outreach 1 drill school 0)" outreach_event_participants_positive &&
	must_accept "$(outreach 1 community family 12)"
'

test_expect_success 'weighings need a plausible axle count and positive mass' '
	must_refuse "$(weighing 1 9000)" weighing_axles_in_range &&
	must_refuse "$(weighing 2 0)" weighing_measures_positive &&
	must_accept "$(weighing 6 49000)"
'

test_expect_success 'a closed scenic-spot day cannot have visitors' '
	must_refuse "INSERT INTO visitor_day VALUES (1, \"2026-01-01\", \"closed\", 10, 0)" \
	    visitor_day_closed_has_no_visitors &&
	must_accept "INSERT INTO visitor_day VALUES (1, \"2026-01-01\", \"open\", 10, 4)"
'

test_expect_success 'the warning ladder must ascend' '
	must_refuse "UPDATE scenic_spot SET warn_orange_pct = 70 WHERE spot_id = 1" \
	    scenic_spot_warning_ladder_ascending
'

# Columns whose names say they hold a computed total or rate: a word of
# the name (between underscores) is total, count, sum ...  The warning
# ladder (warn_*_pct) is a setting, not a result.  The ledgers and code
# tables hold none: counts live only in the summary_* tables (issue 7),
# each of which is what its summary_*_from_ledger view computes from the
# ledger (tests/t3400-summaries.sh).
TOTAL_COLUMNS="SELECT m.name || '.' || p.name
	FROM sqlite_master m, pragma_table_info(m.name) p,
	     (SELECT 'total' AS w UNION SELECT 'count' UNION SELECT 'sum'
	      UNION SELECT 'avg' UNION SELECT 'average' UNION SELECT 'rate'
	      UNION SELECT 'ratio' UNION SELECT 'pct' UNION SELECT 'percent'
	      UNION SELECT 'share' UNION SELECT 'coverage') words
	WHERE m.type = 'table' AND m.name NOT LIKE 'summary\\_%' ESCAPE '\\'
	  AND instr('_' || p.name || '_', '_' || words.w || '_') > 0
	  AND p.name NOT LIKE 'warn%'"
TOTAL_TABLES="SELECT name FROM sqlite_master WHERE type = 'table'
	AND name NOT LIKE 'summary\\_%' ESCAPE '\\'
	AND (name LIKE '%summary%' OR name LIKE '%total%' OR name LIKE '%agg%'
	  OR name LIKE '%rollup%' OR name LIKE '%cache%')"
SUMMARIES_WITHOUT_VIEW="SELECT t.name FROM sqlite_master t
	WHERE t.type = 'table' AND t.name LIKE 'summary\\_%' ESCAPE '\\'
	  AND NOT EXISTS (SELECT 1 FROM temp.sqlite_master v WHERE v.type = 'view'
	                  AND v.name = t.name || '_from_ledger')"
REAL_COLUMNS="SELECT m.name || '.' || p.name
	FROM sqlite_master m, pragma_table_info(m.name) p
	WHERE m.type = 'table' AND p.type = 'REAL' ORDER BY 1"
MONEY_NOT_INTEGER="SELECT count(*) FROM sqlite_master m, pragma_table_info(m.name) p
	WHERE m.type = 'table' AND p.name LIKE '%yuan%' AND p.type <> 'INTEGER'"

test_expect_success 'no ledger or code table stores a total, count or rate' '
	sql_cli "$DB" "$TOTAL_COLUMNS" >columns &&
	test_must_be_empty columns &&
	sql_cli "$DB" "$TOTAL_TABLES" >tables &&
	test_must_be_empty tables
'

test_expect_success 'every summary table is defined by a view over the ledger' '
	sql_upkeep "$DB" "$SUMMARIES_WITHOUT_VIEW" >orphans &&
	test_must_be_empty orphans
'

# The only fractional numbers are figures others publish.
test_expect_success 'the only REAL columns hold published figures' '
	check_sql "$DB" "$REAL_COLUMNS" "reference_figure.value
risk_index.score"
'

test_expect_success 'money columns are integers in yuan' '
	check_sql "$DB" "$MONEY_NOT_INTEGER" 0
'

LOOKUP="SELECT list, code FROM name_lookup
	WHERE name IN ('工贸', '城管文旅', '重大事故隐患', '家庭') ORDER BY list"
LOOKUP_TOWNSHIP="SELECT id FROM name_lookup WHERE list = 'township'
	AND county_id = 1 AND name = '城关镇'"

# import_lookup SQL: SQL over the bundled dataset with import's views.
import_lookup () {
	sql_cli "$DB" ".read '$SAFESTAT_SRC_DIR/data/import-views.sql'" "$1"
}

test_expect_success 'names resolve to codes and ids for importing' '
	cat >expect <<-\EOF &&
	department|urban_cultour
	hazard.level|major
	outreach_event.venue|family
	sector|industry_trade
	EOF
	import_lookup "$LOOKUP" >actual &&
	test_cmp expect actual &&
	test "$(import_lookup "$LOOKUP_TOWNSHIP")" = 1
'

test_expect_success 'import'"'"'s views are not in the file: a reading command does not parse them' '
	check_sql "$DB" "SELECT count(*) FROM sqlite_master
	    WHERE name IN (\"name_lookup\", \"import_column\")" 0
'

test_done
