#!/bin/sh
# The insurance summaries (summary_insurance_county, _province; docs/data.md
# "Summaries") count the units insurance is mandatory for, and the insured
# ones, at every month end, as changes: the counts at the end of month M
# are the sums up to M.  On a small generated province: (a) they hold
# what their views compute; (b) their sums equal counts written here over
# the raw ledger, at random month ends (seed printed); (c) `insurance`
# prints the same with and without them, and reads them only for a
# month-end as-of day and filters they have; (d) policies that overlap,
# abut, end on a month's last day or start mid-month, units closed
# mid-month, and writes -- INSERT, UPDATE, DELETE, import, a refused
# import, a rollback -- keep them exact.

test_description='insurance coverage summaries equal the ledger'
. "$SAFESTAT_SRC_DIR/tests/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/summary-lib.sh"

test_have_prereq SQLITE3 || skip_all 'the sqlite3 command-line shell is missing'

GEN="$SAFESTAT_BUILD_DIR/data/safestat-gen"
SEED=${T3450_SEED:-3450}

# Fail unless both summaries of database $1 equal their views.
in_step () {
	summaries_in_step "$1" summary_insurance_county summary_insurance_province
}

# The ledger's answer at month end $2 in database $1, by county and
# sector, written independently of the schema's views: "county sector
# mandatory insured", every group with a mandatory unit.
ledger_counts () {
	sql_cli -separator ' ' "$1" "SELECT t.county_id, u.sector, count(*),
	    count(CASE WHEN EXISTS (SELECT 1 FROM insurance_policy p
	        WHERE p.unit_id = u.unit_id AND p.start_date <= '$2'
	        AND p.end_date >= '$2') THEN 1 END)
	    FROM unit u JOIN township t ON t.township_id = u.township_id
	    JOIN sector s ON s.code = u.sector
	    WHERE (s.insurance_mandatory = 1 OR u.metal_smelting = 1)
	      AND u.opened_date <= '$2'
	      AND (u.closed_date IS NULL OR u.closed_date > '$2')
	    GROUP BY t.county_id, u.sector ORDER BY 1, 2"
}

# The summary's sums at the end of month $2 (YYYY-MM), the same way.
summary_counts () {
	sql_cli -separator ' ' "$1" "SELECT county_id, sector,
	    sum(mandatory_change), sum(insured_change)
	    FROM summary_insurance_county WHERE month <= '$2'
	    GROUP BY county_id, sector
	    HAVING sum(mandatory_change) <> 0 ORDER BY 1, 2"
}

# The province summary's sums at the end of month $2, by sector.
province_counts () {
	sql_cli -separator ' ' "$1" "SELECT sector, sum(mandatory_change),
	    sum(insured_change) FROM summary_insurance_province
	    WHERE month <= '$2' GROUP BY sector
	    HAVING sum(mandatory_change) <> 0 ORDER BY 1"
}

# The last day of month $1 (YYYY-MM).
month_end () {
	sql_cli p.db "SELECT date('$1-01', '+1 month', '-1 day')"
}

test_expect_success 'write a province of three counties' '
	"$GEN" --counties 3 --out p.db &&
	test "$(sql_cli p.db "SELECT count(*) FROM county WHERE ledger = 1")" = 3
'

test_expect_success 'the generator wrote what the views compute' '
	in_step p.db &&
	! awk "\$2 == 0 { bad = 1 } END { exit !bad }" views
'

test_expect_success "sums at random month ends are the ledger's counts (seed $SEED; T3450_SEED=N reruns)" '
	echo "seed $SEED" &&
	awk -v seed="$SEED" "BEGIN { srand(seed)
		for (i = 0; i < 10; i++)
			printf \"%04d-%02d\n\", 2019 + int(rand() * 8),
			    1 + int(rand() * 12) }" >months &&
	echo 2023-12 >>months &&
	while read M; do
		E=$(month_end $M) &&
		ledger_counts p.db $E >want &&
		summary_counts p.db $M >got &&
		test_cmp want got &&
		awk "{ m[\$2] += \$3; i[\$2] += \$4 }
		    END { for (s in m) print s, m[s], i[s] }" want |
		    sort >want_province &&
		province_counts p.db $M >got_province &&
		test_cmp want_province got_province &&
		echo "$E: $(wc -l <got) groups, $(awk "{ n += \$3 } END { print n }" got) mandatory" ||
		exit 1
	done <months
'

test_expect_success 'a copy without the summaries' '
	cp p.db nosum.db &&
	sql_cli nosum.db "DROP TABLE summary_insurance_county;
	    DROP TABLE summary_insurance_province"
'

# Every command line of insurance_commands, in csv and table, prints the
# same from p.db and nosum.db.
same_output () {
	while read cmd; do
		for f in csv table; do
			"$SAFESTAT" p.db -F $f -c "$cmd" >with 2>&1 &&
			"$SAFESTAT" nosum.db -F $f -c "$cmd" >without 2>&1 &&
			test_cmp without with || { echo "differs: $cmd ($f)"; exit 1; }
		done
	done
}

test_expect_success '`insurance` prints the same with and without the summaries' '
	C=$(sql_cli p.db "SELECT name_zh FROM county WHERE county_id = 2") &&
	awk -v seed="$SEED" "BEGIN { srand(seed + 1)
		for (i = 0; i < 6; i++)
			printf \"%04d-%02d\n\", 2020 + int(rand() * 6),
			    1 + int(rand() * 12) }" >asof &&
	while read M; do
		E=$(month_end $M) &&
		echo "insurance --as-of $E" &&
		echo "insurance --as-of $E --by county" &&
		echo "insurance --as-of $E --sector transport" &&
		echo "insurance --as-of $E --county $C --by sector" || exit 1
	done <asof >cmds &&
	cat >>cmds <<-EOF &&
	insurance --year 2023
	insurance --year 2024 --by county --sector construction
	insurance --as-of 2023-06-15
	insurance --as-of 2023-06-30 --by township --county $C
	insurance --from 2023-03-10 --to 2023-09-30
	insurance --as-of 1990-12-31
	EOF
	same_output <cmds
'

# SAFESTAT_TRACE_SQL lists every statement a command runs.
reads_summary () {
	rm -f trace &&
	SAFESTAT_TRACE_SQL=trace "$SAFESTAT" p.db -F csv -c "$1" >/dev/null &&
	grep -q "FROM summary_insurance_$2 s" trace
}

test_expect_success 'the summaries answer month ends; a mid-month day or a township reads the ledger' '
	C=$(sql_cli p.db "SELECT name_zh FROM county WHERE county_id = 2") &&
	reads_summary "insurance --year 2023" province &&
	reads_summary "insurance --as-of 2024-06-30" province &&
	reads_summary "insurance --from 2023-03-10 --to 2023-09-30" province &&
	reads_summary "insurance --year 2023 --by county" county &&
	reads_summary "insurance --year 2023 --county $C" county &&
	! reads_summary "insurance --as-of 2023-06-15" county &&
	! reads_summary "insurance --as-of 2023-06-15" province &&
	! reads_summary "insurance --year 2023 --by township" county &&
	! reads_summary "insurance --year 2023 --by township" province
'

test_expect_success 'a unit is recounted from its own rows, through indexes' '
	sql_upkeep p.db "EXPLAIN QUERY PLAN
	    SELECT * FROM summary_insurance_events WHERE unit_id = 5" >plan &&
	cat plan &&
	! grep -E "SCAN (unit|insurance_policy|township)" plan &&
	sql_cli p.db "EXPLAIN QUERY PLAN SELECT count(*) FROM sector s
	    WHERE EXISTS (SELECT 1 FROM unit u WHERE u.sector = s.code
	    AND u.metal_smelting = 1)" >plan &&
	grep "unit_metal_smelting" plan
'

# construction_totals: county 1's mandatory and insured construction units
# at the end of each month the case below looks at, from e.db's summary.
construction_totals () {
	for m in 2023-12 2024-01 2024-02 2024-03 2024-04 2024-05 2024-06 \
	    2024-10 2024-11 2024-12 2025-01; do
		echo "$m $(sql_cli -separator " " e.db "SELECT sum(mandatory_change),
		    sum(insured_change) FROM summary_insurance_county
		    WHERE county_id = 1 AND sector = 'construction'
		    AND month <= '$m'")" || return 1
	done
}

# Five units of a construction (mandatory) township of county 1 and
# their policies, by the sqlite3 shell under the upkeep (its per-row
# triggers):
#   A opened 2024-03-10; policies 03-15..09-30 and 06-01..12-15 overlap:
#     insured at the ends of 2024-03 .. 2024-11 (12-15 ends before 12-31)
#   B opened 2023-06-01; 01-01..06-30 and 07-01..12-31 abut: 2024-01 .. 12
#   C opened 2023-01-01; 02-10..04-30, mid-month to a month end: 02 .. 04
#   D opened 2023-01-01, closed 2024-05-20; insured 2024-01-01..2025-12-31:
#     counts up to 2024-04 only
#   E opened 2024-08-05, closed 2024-08-25, insured meanwhile: never counts
test_expect_success 'overlapping, abutting, month-end and mid-month policies, a unit closed mid-month' '
	cp p.db e.db &&
	T=$(sql_cli e.db "SELECT min(township_id) FROM township WHERE county_id = 1") &&
	construction_totals >before &&
	sql_upkeep e.db "
	    INSERT INTO unit (unit_id, township_id, sector, name_zh, employees,
	        opened_date, closed_date) VALUES
	        (900001, $T, '\''construction'\'', '\''甲'\'', 10, '\''2024-03-10'\'', NULL),
	        (900002, $T, '\''construction'\'', '\''乙'\'', 10, '\''2023-06-01'\'', NULL),
	        (900003, $T, '\''construction'\'', '\''丙'\'', 10, '\''2023-01-01'\'', NULL),
	        (900004, $T, '\''construction'\'', '\''丁'\'', 10, '\''2023-01-01'\'', '\''2024-05-20'\''),
	        (900005, $T, '\''construction'\'', '\''戊'\'', 10, '\''2024-08-05'\'', '\''2024-08-25'\'');
	    INSERT INTO insurance_policy (unit_id, insurer, start_date, end_date,
	        insured_persons, premium_yuan) VALUES
	        (900001, '\''x'\'', '\''2024-03-15'\'', '\''2024-09-30'\'', 10, 100),
	        (900001, '\''x'\'', '\''2024-06-01'\'', '\''2024-12-15'\'', 10, 100),
	        (900002, '\''x'\'', '\''2024-01-01'\'', '\''2024-06-30'\'', 10, 100),
	        (900002, '\''x'\'', '\''2024-07-01'\'', '\''2024-12-31'\'', 10, 100),
	        (900003, '\''x'\'', '\''2024-02-10'\'', '\''2024-04-30'\'', 10, 100),
	        (900004, '\''x'\'', '\''2024-01-01'\'', '\''2025-12-31'\'', 10, 100),
	        (900005, '\''x'\'', '\''2024-08-05'\'', '\''2024-08-25'\'', 10, 100)" &&
	in_step e.db &&
	construction_totals >after &&
	join before after | awk "{ print \$1, \$4 - \$2, \$5 - \$3 }" >added &&
	cat >expect <<-\EOF &&
	2023-12 3 0
	2024-01 3 2
	2024-02 3 3
	2024-03 4 4
	2024-04 4 4
	2024-05 3 2
	2024-06 3 2
	2024-10 3 2
	2024-11 3 2
	2024-12 3 1
	2025-01 3 0
	EOF
	test_cmp expect added
'

test_expect_success 'UPDATE and DELETE of units and policies, a sector rule, a moved township' '
	sql_upkeep e.db "UPDATE insurance_policy SET end_date = '\''2025-03-31'\''
	    WHERE unit_id = 900001 AND start_date = '\''2024-06-01'\''" &&
	in_step e.db &&
	sql_upkeep e.db "UPDATE insurance_policy SET unit_id = 900003
	    WHERE unit_id = 900002 AND start_date = '\''2024-07-01'\''" &&
	in_step e.db &&
	sql_upkeep e.db "DELETE FROM insurance_policy WHERE unit_id = 900004" &&
	in_step e.db &&
	sql_upkeep e.db "UPDATE unit SET closed_date = '\''2024-10-31'\'',
	    sector = '\''transport'\'' WHERE unit_id = 900001;
	    UPDATE unit SET metal_smelting = 1, sector = '\''industry_trade'\''
	    WHERE unit_id = 900003" &&
	in_step e.db &&
	sql_upkeep e.db "DELETE FROM insurance_policy WHERE unit_id = 900005;
	    DELETE FROM unit WHERE unit_id = 900005" &&
	in_step e.db &&
	sql_upkeep e.db "UPDATE sector SET insurance_mandatory = 0
	    WHERE code = '\''fishing'\''" &&
	in_step e.db &&
	grep "^summary_insurance_province" views &&
	test "$(sql_cli e.db "SELECT count(*) FROM summary_insurance_province
	    WHERE sector = '\''fishing'\''")" = 0 &&
	sql_upkeep e.db "UPDATE township SET county_id = 2,
	    name_zh = name_zh || '\''（划转）'\'' WHERE township_id =
	    (SELECT min(township_id) FROM township WHERE county_id = 1)" &&
	in_step e.db &&
	E=2024-06-30 &&
	ledger_counts e.db $E >want &&
	summary_counts e.db 2024-06 >got &&
	test_cmp want got
'

# Import copies of existing rows (ids left out: import assigns new ones).
test_expect_success 'import units and policies: still in step' '
	cp p.db i.db &&
	sql_cli -csv -header i.db "SELECT township_id, sector, name_zh || '\''（新）'\''
	    AS name_zh, key_unit, metal_smelting, employees, opened_date,
	    closed_date FROM unit WHERE unit_id % 20 = 0" >units.csv &&
	sql_cli -csv -header i.db "SELECT unit_id, insurer,
	    date(start_date, '\''+100 days'\'') AS start_date,
	    date(end_date, '\''+100 days'\'') AS end_date, insured_persons,
	    premium_yuan FROM insurance_policy WHERE policy_id % 10 = 0" >policies.csv &&
	before=$(sql_cli i.db "SELECT count(*) FROM insurance_policy") &&
	"$SAFESTAT" i.db -c "import unit units.csv" &&
	"$SAFESTAT" i.db -c "import insurance_policy policies.csv" &&
	test "$(sql_cli i.db "SELECT count(*) FROM insurance_policy")" = \
	    $((before + $(wc -l <policies.csv) - 1)) &&
	in_step i.db &&
	ledger_counts i.db 2024-12-31 >want &&
	summary_counts i.db 2024-12 >got &&
	test_cmp want got
'

test_expect_success 'a refused import and a rollback leave the summaries as they were' '
	sql_cli i.db "SELECT * FROM summary_insurance_county;
	    SELECT * FROM summary_insurance_province" >saved &&
	{ cat policies.csv && echo "1,x,2024-02-30,2024-12-31,1,1"; } >bad.csv &&
	test_expect_code 1 "$SAFESTAT" i.db -c "import insurance_policy bad.csv" 2>err &&
	grep "nothing imported" err &&
	sql_upkeep i.db "BEGIN;
	    INSERT INTO insurance_policy (unit_id, insurer, start_date,
	        end_date, insured_persons, premium_yuan)
	    SELECT unit_id, insurer, start_date, date(end_date, '\''+1 year'\''),
	        insured_persons, premium_yuan FROM insurance_policy
	    WHERE policy_id % 20 = 0;
	    DELETE FROM insurance_policy WHERE policy_id % 20 = 1;
	    UPDATE unit SET closed_date = '\''2024-01-15'\''
	    WHERE closed_date IS NULL AND opened_date <= '\''2024-01-15'\''
	      AND unit_id % 20 = 0;
	    ROLLBACK" &&
	sql_cli i.db "SELECT * FROM summary_insurance_county;
	    SELECT * FROM summary_insurance_province" >now &&
	test_cmp saved now &&
	in_step i.db
'

test_done
