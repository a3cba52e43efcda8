#!/bin/sh
# A province written by --counties N: counties of the same shape with
# different sizes and rates, every record reaching its county, county 1
# being the bundled county row for row, and every row passing the
# schema's checks (the province is written with them off, for speed).

test_description='a small province'
. "$SAFESTAT_SRC_DIR/tests/test-lib.sh"

test_have_prereq SQLITE3 || skip_all 'the sqlite3 command-line shell is missing'

GEN="$SAFESTAT_BUILD_DIR/data/safestat-gen"
DB="$SAFESTAT_BUILD_DIR/data/county.db"
SCHEMA="$SAFESTAT_SRC_DIR/data/schema.sql"

q () {
	sql_cli p.db "$1"
}

test_expect_success 'write a province of three counties' '
	"$GEN" --counties 3 --out p.db &&
	test "$(q "SELECT value FROM dataset_info WHERE key = '\''kind'\''")" = province &&
	test "$(q "SELECT count(*), sum(ledger) FROM county")" = "3|3"
'

# How each ledger reaches its county, written out here.
REACH="SELECT 'hazard', count(*) = (SELECT count(*) FROM hazard) FROM hazard h
	JOIN township t ON t.township_id = h.township_id
	JOIN county c ON c.county_id = t.county_id AND c.ledger = 1
UNION ALL SELECT 'weighing', count(*) = (SELECT count(*) FROM weighing) FROM weighing w
	JOIN overload_operation o ON o.operation_id = w.operation_id
	JOIN township t ON t.township_id = o.township_id
	JOIN county c ON c.county_id = t.county_id AND c.ledger = 1
UNION ALL SELECT 'visitor_day', count(*) = (SELECT count(*) FROM visitor_day) FROM visitor_day v
	JOIN scenic_spot s ON s.spot_id = v.spot_id
	JOIN township t ON t.township_id = s.township_id
	JOIN county c ON c.county_id = t.county_id AND c.ledger = 1
UNION ALL SELECT 'gas_inspection', count(*) = (SELECT count(*) FROM gas_inspection) FROM gas_inspection i
	JOIN gas_user u ON u.user_id = i.user_id
	JOIN township t ON t.township_id = u.township_id
	JOIN county c ON c.county_id = t.county_id AND c.ledger = 1
UNION ALL SELECT 'insurance_policy', count(*) = (SELECT count(*) FROM insurance_policy) FROM insurance_policy p
	JOIN unit u ON u.unit_id = p.unit_id
	JOIN township t ON t.township_id = u.township_id
	JOIN county c ON c.county_id = t.county_id AND c.ledger = 1
UNION ALL SELECT 'meeting', count(*) = (SELECT count(*) FROM meeting) FROM meeting m
	JOIN county c ON c.county_id = m.county_id AND c.ledger = 1
UNION ALL SELECT 'road_progress', count(*) = (SELECT count(*) FROM road_progress) FROM road_progress g
	JOIN road_project p ON p.project_id = g.project_id
	JOIN county c ON c.county_id = p.county_id AND c.ledger = 1"

test_expect_success 'every record reaches its county' '
	q "$REACH" >reach &&
	cat reach &&
	! grep -q "|0$" reach
'

PER_COUNTY="SELECT t.county_id, count(*),
	(1000 * sum(CASE WHEN h.rectified_date <= '2023-12-31' THEN 1 ELSE 0 END)
	 + count(*) / 2) / count(*)
	FROM hazard h JOIN township t ON t.township_id = h.township_id
	WHERE h.level = 'general' AND h.found_date BETWEEN '2023-01-01' AND '2023-12-31'
	GROUP BY t.county_id ORDER BY t.county_id"

test_expect_success 'counties differ in size and in rates' '
	q "$PER_COUNTY" >c &&
	cat c &&
	test "$(cut -d"|" -f2 c | sort -u | wc -l)" = 3 &&
	test "$(cut -d"|" -f3 c | sort -u | wc -l)" = 3 &&
	big=$(sed -n 2p c | cut -d"|" -f2) &&
	test "$big" -gt $((4 * 1324))
'

test_expect_success 'county 1 is the bundled county, row for row' '
	for t in hazard unit inspection enforcement_case outreach_event \
	    visitor_day weighing gas_inspection insurance_policy accident_figures; do
		n=$(sql_cli "$DB" "SELECT count(*) FROM $t") &&
		same=$(q "ATTACH '\''$DB'\'' AS c;
		    SELECT count(*) FROM (SELECT * FROM c.$t INTERSECT SELECT * FROM main.$t)") &&
		test "$n" = "$same" || { echo "$t: $same of $n rows"; exit 1; }
	done
'

test_expect_success 'the risk index ranks county 1 second in the province, first in its city' '
	test "$(q "SELECT rank_province, rank_city FROM risk_index
	    WHERE county_id = 1 AND year = 2023")" = "2|1" &&
	test "$(q "SELECT count(DISTINCT rank_province) FROM risk_index GROUP BY year" | sort -u)" = 3
'

# The ledgers go in through a fresh schema with the summaries' upkeep
# (data/upkeep.sql), whose triggers build its summaries row by row (code
# tables first: a changed limit or grade recounts the ledgers that depend
# on it); bulk_* is import's bookkeeping, summaries_state the file's own.
test_expect_success 'every row passes the checks and foreign keys of a fresh schema' '
	sql_cli fresh.db <"$SCHEMA" &&
	sql_cli fresh.db "SELECT name FROM sqlite_master WHERE type = '\''table'\''
	    AND name NOT LIKE '\''sqlite%'\'' AND name NOT LIKE '\''summary%'\''
	    AND name NOT LIKE '\''bulk%'\'' AND name <> '\''summaries_state'\''
	    ORDER BY rowid" >tables &&
	{
		echo ".read '\''$SAFESTAT_SRC_DIR/data/upkeep.sql'\''"
		echo "ATTACH '\''p.db'\'' AS p;"
		echo "PRAGMA foreign_keys = ON;"
		echo "BEGIN;"
		while read t; do
			echo "INSERT INTO main.$t SELECT * FROM p.$t;"
		done <tables
		echo "COMMIT;"
	} >copy.sql &&
	sql_cli fresh.db <copy.sql &&
	sql_cli fresh.db "PRAGMA foreign_key_check" >fk &&
	test_must_be_empty fk &&
	test "$(sql_cli fresh.db "SELECT count(*) FROM hazard")" = "$(q "SELECT count(*) FROM hazard")" &&
	test "$(sql_cli fresh.db "SELECT in_step FROM summaries_state")" = 1
'

test_expect_success 'the summaries the triggers built are the generator'\''s, row for row' '
	sql_cli fresh.db "SELECT name FROM sqlite_master WHERE type = '\''table'\''
	    AND name LIKE '\''summary%'\'' ORDER BY name" >summaries &&
	test "$(wc -l <summaries)" = 26 &&
	while read t; do
		n=$(q "SELECT count(*) FROM $t") &&
		test "$n" -gt 0 &&
		diff=$(sql_cli fresh.db "ATTACH '\''p.db'\'' AS p;
		    SELECT count(*) FROM (SELECT * FROM main.$t EXCEPT SELECT * FROM p.$t);
		    SELECT count(*) FROM (SELECT * FROM p.$t EXCEPT SELECT * FROM main.$t)" |
		    paste -s -d " ") &&
		echo "$t: $n rows, differing $diff" &&
		test "$diff" = "0 0" || exit 1
	done <summaries
'

test_done
