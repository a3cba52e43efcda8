#!/bin/sh
# The register summaries (data/schema.sql, "Gas users and chemicals units
# on an as-of day"): gas users by alarm state and chemicals units with
# their major hazard installations, counted as of a month's last day.
# On a small generated province: (a) each of the four summaries holds
# what its view computes; (b) as of random month ends, in random counties
# (seed printed; T3440_SEED=N reruns one), the summaries answer as SQL
# over gas_user, chem_unit, unit and major_hazard_installation written
# out here; (c) gas users, chemicals units and the two sector summaries
# give the same bytes with and without the tables, and a falsified copy
# shows which questions the summaries serve; (d) imports, UPDATEs of a
# unit's dates and township, a township moved to another county, and a
# refused import or a rollback keep them exact.

test_description='gas user and chemicals unit summaries equal the registers'
. "$SAFESTAT_SRC_DIR/tests/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/summary-lib.sh"

test_have_prereq SQLITE3 || skip_all 'the sqlite3 command-line shell is missing'

GEN="$SAFESTAT_BUILD_DIR/data/safestat-gen"
SEED=${T3440_SEED:-3440}
ROUNDS=${T3440_ROUNDS:-10}
TABLES="summary_gas_user_province summary_gas_user_township
	summary_chem_unit_province summary_chem_unit_township"

# equal_views DB: each of the four summaries equals its view, and is not
# empty ("table rows only-in-table only-in-view" into views).
equal_views () {
	for t in $TABLES; do
		echo "$t $(sql_upkeep "$1" "SELECT count(*) FROM $t;
		    SELECT count(*) FROM (SELECT * FROM $t
		        EXCEPT SELECT * FROM ${t}_from_ledger);
		    SELECT count(*) FROM (SELECT * FROM ${t}_from_ledger
		        EXCEPT SELECT * FROM $t)" | paste -s -d ' ')"
	done >views &&
	cat views &&
	! awk '$2 == 0 || $3 != 0 || $4 != 0 { bad = 1 } END { exit !bad }' views
}

# falsify DB: every summary row of DB a thousand users or units too many.
falsify () {
	sql_cli "$1" "
	    UPDATE summary_gas_user_province SET users = users + 1000;
	    UPDATE summary_gas_user_township SET users = users + 1000;
	    UPDATE summary_chem_unit_province SET units = units + 1000
	    WHERE change = 1;
	    UPDATE summary_chem_unit_township SET units = units + 1000
	    WHERE change = 1"
}

# without_summaries SRC DST: DST a copy of SRC without the four tables.
without_summaries () {
	cp "$1" "$2" &&
	for t in $TABLES; do
		sql_cli "$2" "DROP TABLE $t" || return 1
	done
}

# state DB: a checksum of the four summaries, row for row.
state () {
	for t in $TABLES; do
		sql_cli "$1" "SELECT * FROM $t ORDER BY 1, 2, 3, 4, 5"
	done | cksum
}

test_expect_success 'a province of three counties' '
	"$GEN" --counties 3 --out p.db &&
	test "$(sql_cli p.db "SELECT count(*) FROM county WHERE ledger = 1")" = 3
'

test_expect_success 'the generator fills each summary with what its view computes' '
	equal_views p.db
'

# Close some chemicals units and open others after their installations
# were registered (the generator does neither), through the triggers.
test_expect_success 'units closed, and opened after their installations: still in step' '
	sql_upkeep p.db "
	    UPDATE unit SET closed_date = max(opened_date,
	        date(\"2021-01-01\", \"+\" || (unit_id % 1500) || \" days\"))
	    WHERE unit_id IN (SELECT unit_id FROM chem_unit
	                      WHERE unit_id % 3 = 0);
	    UPDATE unit SET opened_date = \"2022-07-15\"
	    WHERE closed_date IS NULL AND unit_id IN
	        (SELECT unit_id FROM major_hazard_installation
	         WHERE unit_id % 2 = 0)" &&
	test "$(sql_cli p.db "SELECT count(*) FROM unit u JOIN chem_unit c
	    USING (unit_id) WHERE u.closed_date IS NOT NULL")" -gt 0 &&
	test "$(sql_cli p.db "SELECT count(*) FROM unit u
	    JOIN major_hazard_installation m USING (unit_id)
	    WHERE m.registered_date < u.opened_date")" -gt 0 &&
	equal_views p.db
'

test_expect_success "random month ends and counties (seed $SEED; T3440_SEED=N to rerun one)" '
	echo "seed $SEED" &&
	awk -v seed="$SEED" -v n="$ROUNDS" "BEGIN {
		srand(seed)
		for (i = 0; i < n; i++)
			printf \"%04d-%02d %d\n\", 2019 + int(rand() * 8),
			    1 + int(rand() * 12), 1 + int(rand() * 3)
	}" >draws &&
	cat draws &&
	test "$(wc -l <draws)" = "$ROUNDS"
'

# Question pairs: the summary SQL (s) or the register SQL (l) as of month
# M, day D (its last), in county C.  The register side is the
# definition: a working (faulty) alarm on D is alarm working (faulty)
# and alarm_date <= D; a unit is open on D when opened_date <= D and not
# closed by D; its installations count when registered by D.

# Users by kind province-wide with their working and faulty alarms, and
# by township and kind in county C.
q_gas () {
	case $1 in
	s) echo "SELECT kind, sum(users),
	       sum(CASE WHEN alarm = 'working' AND alarm_month <= '$M'
	           THEN users ELSE 0 END),
	       sum(CASE WHEN alarm = 'faulty' AND alarm_month <= '$M'
	           THEN users ELSE 0 END)
	     FROM summary_gas_user_province GROUP BY kind ORDER BY kind;
	     SELECT township_id, kind, sum(users),
	       sum(CASE WHEN alarm = 'working' AND alarm_month <= '$M'
	           THEN users ELSE 0 END)
	     FROM summary_gas_user_township WHERE county_id = $C
	     GROUP BY 1, 2 ORDER BY 1, 2" ;;
	l) echo "SELECT kind, count(*),
	       count(CASE WHEN alarm = 'working' AND alarm_date <= '$D'
	             THEN 1 END),
	       count(CASE WHEN alarm = 'faulty' AND alarm_date <= '$D'
	             THEN 1 END)
	     FROM gas_user GROUP BY kind ORDER BY kind;
	     SELECT g.township_id, g.kind, count(*),
	       count(CASE WHEN g.alarm = 'working' AND g.alarm_date <= '$D'
	             THEN 1 END)
	     FROM gas_user g JOIN township t ON t.township_id = g.township_id
	     WHERE t.county_id = $C GROUP BY 1, 2 ORDER BY 1, 2" ;;
	esac
}

# Units open on D, those with an installation registered by D, and
# installations by grade: province-wide by kind, and in county C by
# township and kind.
q_chem () {
	case $1 in
	s) for w in "1" "county_id = $C"; do
		t=$(test "$w" = 1 && echo province || echo township)
		g=$(test "$w" = 1 && echo "" || echo "township_id, ")
		rows="FROM summary_chem_unit_$t WHERE month <= '$M' AND $w"
		echo "SELECT $g kind, sum(change * units),
		       sum(change * installed_units) $rows
		     GROUP BY $g kind HAVING sum(change * units) <> 0
		     ORDER BY $g kind;
		     SELECT * FROM (
		       SELECT $g kind, 1, sum(change * grade_1) AS n $rows
		       GROUP BY $g kind UNION ALL
		       SELECT $g kind, 2, sum(change * grade_2) $rows
		       GROUP BY $g kind UNION ALL
		       SELECT $g kind, 3, sum(change * grade_3) $rows
		       GROUP BY $g kind UNION ALL
		       SELECT $g kind, 4, sum(change * grade_4) $rows
		       GROUP BY $g kind)
		     WHERE n <> 0 ORDER BY 1, 2, 3;"
	   done ;;
	l) for w in "1" "t.county_id = $C"; do
		g=$(test "$w" = 1 && echo "" || echo "u.township_id, ")
		open="u.opened_date <= '$D'
		    AND (u.closed_date IS NULL OR u.closed_date > '$D')"
		echo "SELECT $g c.kind, count(*),
		       count(CASE WHEN EXISTS (SELECT 1
		           FROM major_hazard_installation m
		           WHERE m.unit_id = c.unit_id
		             AND m.registered_date <= '$D') THEN 1 END)
		     FROM chem_unit c JOIN unit u ON u.unit_id = c.unit_id
		     JOIN township t ON t.township_id = u.township_id
		     WHERE $open AND $w GROUP BY $g c.kind ORDER BY $g c.kind;
		     SELECT $g c.kind, m.grade, count(*)
		     FROM major_hazard_installation m
		     JOIN chem_unit c ON c.unit_id = m.unit_id
		     JOIN unit u ON u.unit_id = c.unit_id
		     JOIN township t ON t.township_id = u.township_id
		     WHERE m.registered_date <= '$D' AND $open AND $w
		     GROUP BY $g c.kind, m.grade ORDER BY 1, 2, 3;"
	   done ;;
	esac
}

# ask_all DB: every question pair on DB for every draw; fails on the
# first that differs, and unless something was counted.
ask_all () {
	while read M C; do
		D=$(sql_cli "$1" "SELECT date(\"$M-01\", \"+1 month\", \"-1 day\")") &&
		for pair in q_gas q_chem; do
			sql_cli "$1" "$($pair s)" >s.out &&
			sql_cli "$1" "$($pair l)" >l.out &&
			test_cmp l.out s.out ||
			{ echo "differs: $pair as of $D, county $C"; return 1; }
			cat l.out >>answers
		done
	done <draws &&
	test -s answers
}

test_expect_success 'the summaries answer as the registers, as of every month end drawn' '
	: >answers &&
	ask_all p.db &&
	test "$(awk -F"|" "\$2 > 0" answers | wc -l)" -gt 20
'

test_expect_success 'a copy without the summaries, and one with false ones' '
	without_summaries p.db ledger.db &&
	test "$(sql_cli ledger.db "SELECT count(*) FROM sqlite_master
	    WHERE type = '\''table'\'' AND (name LIKE '\''summary_gas%'\''
	    OR name LIKE '\''summary_chem%'\'')")" = 0 &&
	cp p.db false.db && falsify false.db
'

test_expect_success 'gas users and chemicals units: month ends, every grouping, any period' '
	agree summary <<-\CMDS
	gas users --year 2023
	gas users --year 2023 --by township
	gas users --year 2023 --by county
	gas users --by township --as-of 2024-06-30
	gas users --as-of 2019-12-31 --by county
	gas users --year 2022 --as-of 2025-11-30
	gas users --from 2023-01-15 --to 2023-03-20 --as-of 2023-04-30
	gas users --year 2023 --county 安城县 --by township
	gas users --year 2024 --township 柳河镇
	gas users --quarter 2022Q3 --township 柳河镇 --by county
	gas summary --year 2023
	gas summary --year 2025 --county 永源县
	chemicals units --year 2023
	chemicals units --by township
	chemicals units --year 2022 --by county
	chemicals units --as-of 2021-12-31 --by township --county 永源县
	chemicals units --year 2024 --as-of 2024-02-29
	chemicals units --year 2021 --township 东关镇 --by township
	chemicals units --as-of 2010-06-30
	chemicals summary --year 2023
	chemicals summary --year 2022 --county 安城县
	CMDS
'

test_expect_success 'the ledger answers the rest: other days, by operator, the lists' '
	agree ledger <<-\CMDS
	gas users --year 2023 --by operator
	gas users --year 2023 --as-of 2023-12-30
	gas users --as-of 2024-06-15 --by township
	gas users --year 2023 --missing-alarm
	chemicals units --as-of 2023-05-17
	chemicals units --year 2022 --as-of 2022-02-27 --by county
	chemicals summary --year 2023 --as-of 2023-11-15
	CMDS
'

test_expect_success 'every output format agrees, titles, notes and totals included' '
	for f in table markdown csv tsv json jsonl; do
		for db in ledger p; do
			"$SAFESTAT" $db.db -F $f -c "gas users --year 2023 --by county" \
				>$db.gas.$f &&
			"$SAFESTAT" $db.db -F $f -c "chemicals units --year 2023" \
				>$db.chem.$f || return 1
		done &&
		test_cmp ledger.gas.$f p.gas.$f &&
		test_cmp ledger.chem.$f p.chem.$f || return 1
	done &&
	test_grep "合计" p.gas.table &&
	test_grep "\"coverage_pct\"" p.gas.json &&
	test_grep "\"units_with_installations\"" p.chem.json
'

test_expect_success 'imports of users, units, chemicals units and installations: still in step' '
	cp p.db w.db &&
	sql_cli -csv -header w.db "SELECT township_id, operator_id, kind,
	    name_zh || \"二\" AS name_zh, alarm, alarm_date
	    FROM gas_user WHERE user_id % 7 = 0" >users.csv &&
	sql_cli -csv -header w.db "SELECT 900000 + unit_id AS unit_id,
	    township_id, sector, name_zh || \"二\" AS name_zh, employees,
	    opened_date, closed_date
	    FROM unit WHERE unit_id IN (SELECT unit_id FROM chem_unit)
	    AND unit_id % 5 = 0" >units.csv &&
	sql_cli -csv -header w.db "SELECT 900000 + unit_id AS unit_id, kind,
	    licence_no || \"-2\" AS licence_no, licence_expiry
	    FROM chem_unit WHERE unit_id % 5 = 0" >chem.csv &&
	sql_cli -csv -header w.db "SELECT 900000 + unit_id AS unit_id,
	    name_zh, 1 + grade % 4 AS grade, registered_date
	    FROM major_hazard_installation WHERE unit_id % 5 = 0
	    UNION ALL
	    SELECT unit_id, name_zh || \"二\", grade,
	        date(registered_date, \"+400 days\")
	    FROM major_hazard_installation WHERE installation_id % 4 = 0" \
	    >installations.csv &&
	test "$(wc -l <chem.csv)" -gt 1 &&
	before=$(sql_cli w.db "SELECT sum(users) FROM summary_gas_user_province") &&
	"$SAFESTAT" w.db -c "import gas_user users.csv" &&
	"$SAFESTAT" w.db -c "import unit units.csv" &&
	"$SAFESTAT" w.db -c "import chem_unit chem.csv" &&
	"$SAFESTAT" w.db -c "import major_hazard_installation installations.csv" &&
	after=$(sql_cli w.db "SELECT sum(users) FROM summary_gas_user_province") &&
	test $after = $((before + $(wc -l <users.csv) - 1)) &&
	equal_views w.db
'

test_expect_success 'UPDATEs of dates, alarms, kinds and townships, DELETEs, a township moved: still in step' '
	sql_upkeep w.db "
	    UPDATE unit SET closed_date = \"2023-06-30\"
	    WHERE closed_date IS NULL AND opened_date <= \"2023-06-30\"
	      AND unit_id IN (SELECT unit_id FROM chem_unit WHERE unit_id % 4 = 1);
	    UPDATE unit SET closed_date = NULL
	    WHERE unit_id IN (SELECT unit_id FROM chem_unit WHERE unit_id % 9 = 0);
	    UPDATE unit SET township_id = (SELECT min(township_id) FROM township)
	    WHERE unit_id IN (SELECT unit_id FROM chem_unit WHERE unit_id % 11 = 0);
	    UPDATE chem_unit SET kind = \"storage\" WHERE unit_id % 13 = 0;
	    UPDATE major_hazard_installation SET grade = 1,
	        registered_date = \"2024-01-31\" WHERE installation_id % 3 = 0;
	    DELETE FROM major_hazard_installation WHERE installation_id % 10 = 0;
	    UPDATE gas_user SET alarm = \"working\", alarm_date = \"2024-05-05\"
	    WHERE alarm = \"none\" AND user_id % 5 = 0;
	    UPDATE gas_user SET alarm = \"faulty\" WHERE alarm = \"working\"
	      AND user_id % 6 = 0;
	    UPDATE gas_user SET township_id = township_id + 1
	    WHERE user_id % 50 = 0 AND township_id + 1 IN
	        (SELECT township_id FROM township);
	    DELETE FROM gas_inspection WHERE user_id % 31 = 0;
	    DELETE FROM gas_user WHERE user_id % 31 = 0;
	    UPDATE township SET county_id = 1 + county_id % 3
	    WHERE township_id = (SELECT max(township_id) FROM township
	                         WHERE county_id IN (1, 2, 3))" &&
	equal_views w.db &&
	: >answers && ask_all w.db
'

test_expect_success 'a refused import and a rollback leave the summaries as they were' '
	before=$(state w.db) &&
	{ cat users.csv && echo "1,1,restaurant,坏行,working,2023-02-30"; } >bad.csv &&
	test_expect_code 1 "$SAFESTAT" w.db -c "import gas_user bad.csv" 2>err &&
	grep "nothing imported" err &&
	{ cat installations.csv && echo "1,坏行,5,2023-01-01"; } >bad.csv &&
	test_expect_code 1 "$SAFESTAT" w.db \
		-c "import major_hazard_installation bad.csv" 2>err &&
	grep "nothing imported" err &&
	test "$(state w.db)" = "$before" &&
	sql_upkeep w.db "BEGIN;
	    UPDATE unit SET closed_date = \"2022-01-31\"
	    WHERE unit_id IN (SELECT unit_id FROM chem_unit)
	      AND opened_date <= \"2022-01-31\";
	    DELETE FROM major_hazard_installation WHERE installation_id % 2 = 0;
	    UPDATE gas_user SET alarm = \"none\", alarm_date = NULL;
	    ROLLBACK" &&
	test "$(state w.db)" = "$before" &&
	equal_views w.db
'

test_expect_success 'after all that, the commands still agree with the ledger' '
	cp w.db p.db && without_summaries w.db ledger.db &&
	cp w.db false.db && falsify false.db &&
	agree summary <<-\CMDS
	gas users --year 2023
	gas users --year 2024 --by county
	chemicals units --year 2023
	chemicals units --year 2023 --by township
	chemicals units --as-of 2024-01-31 --by county
	chemicals summary --year 2024
	CMDS
'

test_done
