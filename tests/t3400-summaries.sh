#!/bin/sh
# The summary tables (docs/data.md, "Summaries") give the ledger's
# answers, on a small generated province: (a) each summary holds exactly
# what its summary_*_from_ledger view computes; (b) questions asked of
# the summaries, by the rules of docs/data.md, answer as the same
# questions asked of the raw ledgers -- both written out here, on random
# filters whose seed is printed (T3400_SEED=N reruns one); (c) import,
# and UPDATE, DELETE and a rolled-back import under the upkeep
# (data/upkeep.sql, as every safestat writer loads it), keep them in step.

test_description='summaries equal the ledger'
. "$SAFESTAT_SRC_DIR/tests/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/summary-lib.sh"

test_have_prereq SQLITE3 || skip_all 'the sqlite3 command-line shell is missing'

GEN="$SAFESTAT_BUILD_DIR/data/safestat-gen"
SEED=${T3400_SEED:-3400}
ROUNDS=${T3400_ROUNDS:-12}

q () {
	sql_cli p.db "$1"
}

# Fail unless every summary of database $1 equals its view (26 of them).
summaries_equal_views () {
	summaries_in_step "$1" $(sql_cli "$1" "SELECT name FROM sqlite_master
	    WHERE type = 'table' AND name LIKE 'summary\_%' ESCAPE '\'
	    ORDER BY name") &&
	test "$(wc -l <views)" = 26
}

test_expect_success 'write a province of three counties' '
	"$GEN" --counties 3 --out p.db &&
	test "$(q "SELECT count(*) FROM county WHERE ledger = 1")" = 3
'

test_expect_success 'each summary holds what its view computes, and something' '
	summaries_equal_views p.db &&
	! awk "\$2 == 0 { bad = 1 } END { exit !bad }" views
'

# The filters: a period of a year, a quarter or a month of 2021-2025; an
# as-of month 0-8 months after its end (a month's last day); a county,
# one of its townships, a sector, a level and a department.
test_expect_success "random filters (seed $SEED; T3400_SEED=N to rerun one)" '
	echo "seed $SEED" &&
	awk -v seed="$SEED" -v n="$ROUNDS" "BEGIN {
		srand(seed)
		for (i = 0; i < n; i++) {
			y = 2021 + int(rand() * 5); k = int(rand() * 3)
			if (k == 0) { m1 = 1; m2 = 12 }
			else if (k == 1) { m1 = 1 + 3 * int(rand() * 4); m2 = m1 + 2 }
			else { m1 = 1 + int(rand() * 12); m2 = m1 }
			a = m2 + int(rand() * 9); ay = y + int((a - 1) / 12)
			am = (a - 1) % 12 + 1
			printf \"%04d-%02d %04d-%02d %04d-%02d %d %d %d %d %d\n\",
			    y, m1, y, m2, ay, am, 1 + int(rand() * 3),
			    int(rand() * 1000), int(rand() * 1000),
			    int(rand() * 2), int(rand() * 1000)
		}
	}" >draws &&
	while read F1 F2 M C tr sr lr dr; do
		T=$(q "SELECT township_id FROM township WHERE county_id = $C
		    ORDER BY township_id LIMIT 1 OFFSET $tr % (SELECT count(*)
		    FROM township WHERE county_id = $C)") &&
		S=$(q "SELECT code FROM sector ORDER BY code LIMIT 1
		    OFFSET $sr % (SELECT count(*) FROM sector)") &&
		L=$(test $lr = 0 && echo general || echo major) &&
		D=$(q "SELECT code FROM department ORDER BY code LIMIT 1
		    OFFSET $dr % (SELECT count(*) FROM department)") &&
		echo "$F1 $F2 $M $C $T $S $L $D" || return 1
	done <draws >filters &&
	cat filters &&
	test "$(wc -l <filters)" = "$ROUNDS"
'

# Question pairs.  Each function prints the summary SQL (kind s) or the
# ledger SQL (kind l) for the filter in F1 F2 (the period, months), M (the
# as-of month), C T S L D; P1, P2 and AS_OF are the days.  The ledger side
# follows docs/data.md's definitions: rectified by D when rectified_date
# <= D; open on D when found by D and not rectified by D; overdue when
# open and deadline_date < D.

# The cohort found in the period, as of AS_OF, by county, for level L.
q_hazard_county () {
	case $1 in
	s) echo "SELECT county_id, sum(found),
	       sum(CASE WHEN month <= '$M' THEN rectified ELSE 0 END),
	       sum(found) - sum(CASE WHEN month <= '$M' THEN rectified ELSE 0 END),
	       sum(CASE WHEN month <= '$M' THEN overdue_change ELSE 0 END)
	     FROM summary_hazard_county
	     WHERE found_month BETWEEN '$F1' AND '$F2' AND level = '$L'
	     GROUP BY county_id ORDER BY 1" ;;
	l) echo "SELECT t.county_id, count(*),
	       count(CASE WHEN h.rectified_date <= '$AS_OF' THEN 1 END),
	       count(CASE WHEN h.rectified_date IS NULL
	                    OR h.rectified_date > '$AS_OF' THEN 1 END),
	       count(CASE WHEN (h.rectified_date IS NULL
	                        OR h.rectified_date > '$AS_OF')
	                   AND h.deadline_date < '$AS_OF' THEN 1 END)
	     FROM hazard h JOIN township t ON t.township_id = h.township_id
	     WHERE h.found_date BETWEEN '$P1' AND '$P2' AND h.level = '$L'
	     GROUP BY t.county_id ORDER BY 1" ;;
	esac
}

# The same cohort in county C by township and level.
q_hazard_township () {
	case $1 in
	s) echo "SELECT township_id, level, sum(found),
	       sum(CASE WHEN month <= '$M' THEN rectified ELSE 0 END),
	       sum(CASE WHEN month <= '$M' THEN overdue_change ELSE 0 END)
	     FROM summary_hazard_township
	     WHERE county_id = $C AND found_month BETWEEN '$F1' AND '$F2'
	     GROUP BY township_id, level ORDER BY 1, 2" ;;
	l) echo "SELECT h.township_id, h.level, count(*),
	       count(CASE WHEN h.rectified_date <= '$AS_OF' THEN 1 END),
	       count(CASE WHEN (h.rectified_date IS NULL
	                        OR h.rectified_date > '$AS_OF')
	                   AND h.deadline_date < '$AS_OF' THEN 1 END)
	     FROM hazard h
	     WHERE h.township_id IN (SELECT township_id FROM township
	                             WHERE county_id = $C)
	       AND h.found_date BETWEEN '$P1' AND '$P2'
	     GROUP BY 1, 2 ORDER BY 1, 2" ;;
	esac
}

# The cohort in county C by sector, for level L.
q_hazard_county_sector () {
	case $1 in
	s) echo "SELECT sector, sum(found),
	       sum(CASE WHEN month <= '$M' THEN rectified ELSE 0 END),
	       sum(CASE WHEN month <= '$M' THEN overdue_change ELSE 0 END)
	     FROM summary_hazard_county_sector
	     WHERE county_id = $C AND level = '$L'
	       AND found_month BETWEEN '$F1' AND '$F2'
	     GROUP BY sector ORDER BY 1" ;;
	l) echo "SELECT h.sector, count(*),
	       count(CASE WHEN h.rectified_date <= '$AS_OF' THEN 1 END),
	       count(CASE WHEN (h.rectified_date IS NULL
	                        OR h.rectified_date > '$AS_OF')
	                   AND h.deadline_date < '$AS_OF' THEN 1 END)
	     FROM hazard h JOIN township t ON t.township_id = h.township_id
	     WHERE t.county_id = $C AND h.level = '$L'
	       AND h.found_date BETWEEN '$P1' AND '$P2'
	     GROUP BY 1 ORDER BY 1" ;;
	esac
}

# Province-wide, by sector and who found them (the major-hazard split),
# and for department D by level.
q_hazard_province () {
	case $1 in
	s) echo "SELECT sector, finder_kind, sum(found),
	       sum(CASE WHEN month <= '$M' THEN rectified ELSE 0 END)
	     FROM summary_hazard_province
	     WHERE found_month BETWEEN '$F1' AND '$F2'
	     GROUP BY 1, 2 ORDER BY 1, 2;
	     SELECT level, sum(found),
	       sum(CASE WHEN month <= '$M' THEN overdue_change ELSE 0 END)
	     FROM summary_hazard_province
	     WHERE found_month BETWEEN '$F1' AND '$F2' AND finder_dept = '$D'
	     GROUP BY 1 ORDER BY 1" ;;
	l) echo "SELECT sector, finder_kind, count(*),
	       count(CASE WHEN rectified_date <= '$AS_OF' THEN 1 END)
	     FROM hazard WHERE found_date BETWEEN '$P1' AND '$P2'
	     GROUP BY 1, 2 ORDER BY 1, 2;
	     SELECT level, count(*),
	       count(CASE WHEN (rectified_date IS NULL
	                        OR rectified_date > '$AS_OF')
	                   AND deadline_date < '$AS_OF' THEN 1 END)
	     FROM hazard
	     WHERE found_date BETWEEN '$P1' AND '$P2' AND finder_dept = '$D'
	     GROUP BY 1 ORDER BY 1" ;;
	esac
}

# Flows, whenever found: open and overdue at the end of M, and rectified
# during the period, in county C and in township T.
q_hazard_flows () {
	case $1 in
	s) echo "SELECT sum(CASE WHEN month <= '$M' THEN found - rectified
	                    ELSE 0 END),
	       sum(CASE WHEN month <= '$M' THEN overdue_change ELSE 0 END),
	       sum(CASE WHEN month BETWEEN '$F1' AND '$F2' THEN rectified
	                ELSE 0 END)
	     FROM summary_hazard_county WHERE county_id = $C;
	     SELECT sum(CASE WHEN month <= '$M' THEN found - rectified
	                    ELSE 0 END),
	       sum(CASE WHEN month <= '$M' THEN overdue_change ELSE 0 END),
	       sum(CASE WHEN month BETWEEN '$F1' AND '$F2' THEN rectified
	                ELSE 0 END)
	     FROM summary_hazard_township
	     WHERE county_id = $C AND township_id = $T" ;;
	l) for place in "township_id IN (SELECT township_id FROM township
	                 WHERE county_id = $C)" "township_id = $T"; do
		echo "SELECT count(CASE WHEN found_date <= '$AS_OF'
	                   AND (rectified_date IS NULL
	                        OR rectified_date > '$AS_OF') THEN 1 END),
	       count(CASE WHEN found_date <= '$AS_OF'
	                   AND (rectified_date IS NULL
	                        OR rectified_date > '$AS_OF')
	                   AND deadline_date < '$AS_OF' THEN 1 END),
	       count(CASE WHEN rectified_date BETWEEN '$P1' AND '$P2'
	                  THEN 1 END)
	     FROM hazard WHERE $place;"
	   done ;;
	esac
}

# Inspections in the period by department in county C, with the hazards
# and major hazards they found in the period; province-wide by leader-led
# and key period.
q_inspection () {
	case $1 in
	s) echo "SELECT dept, sum(inspections),
	       sum(CASE WHEN found_month BETWEEN '$F1' AND '$F2'
	                THEN hazards ELSE 0 END),
	       sum(CASE WHEN found_month BETWEEN '$F1' AND '$F2'
	                THEN major_hazards ELSE 0 END)
	     FROM summary_inspection_county
	     WHERE county_id = $C AND month BETWEEN '$F1' AND '$F2'
	     GROUP BY 1 ORDER BY 1;
	     SELECT leader_led, nullif(key_period, ''), sum(inspections)
	     FROM summary_inspection_province
	     WHERE month BETWEEN '$F1' AND '$F2'
	     GROUP BY 1, 2 ORDER BY 1, 2" ;;
	l) echo "SELECT i.dept, count(*),
	       (SELECT count(*) FROM hazard h JOIN inspection j
	          ON j.inspection_id = h.inspection_id
	        JOIN township u ON u.township_id = j.township_id
	        WHERE u.county_id = $C AND j.dept = i.dept
	          AND j.inspect_date BETWEEN '$P1' AND '$P2'
	          AND h.found_date BETWEEN '$P1' AND '$P2'),
	       (SELECT count(*) FROM hazard h JOIN inspection j
	          ON j.inspection_id = h.inspection_id
	        JOIN township u ON u.township_id = j.township_id
	        WHERE u.county_id = $C AND j.dept = i.dept AND h.level = 'major'
	          AND j.inspect_date BETWEEN '$P1' AND '$P2'
	          AND h.found_date BETWEEN '$P1' AND '$P2')
	     FROM inspection i JOIN township t ON t.township_id = i.township_id
	     WHERE t.county_id = $C AND i.inspect_date BETWEEN '$P1' AND '$P2'
	     GROUP BY 1 ORDER BY 1;
	     SELECT leader_led, key_period, count(*) FROM inspection
	     WHERE inspect_date BETWEEN '$P1' AND '$P2'
	     GROUP BY 1, 2 ORDER BY 1, 2" ;;
	esac
}

# Enforcement by sector and department, province-wide and in county C.
q_enforcement () {
	case $1 in
	s) echo "SELECT sector, dept, sum(cases), sum(fine_yuan)
	     FROM summary_enforcement_province
	     WHERE month BETWEEN '$F1' AND '$F2' GROUP BY 1, 2 ORDER BY 1, 2;
	     SELECT kind, sum(cases), sum(fine_yuan)
	     FROM summary_enforcement_county
	     WHERE county_id = $C AND month BETWEEN '$F1' AND '$F2'
	       AND sector = '$S'
	     GROUP BY 1 ORDER BY 1" ;;
	l) echo "SELECT sector, dept, count(*), sum(fine_yuan)
	     FROM enforcement_case WHERE decided_date BETWEEN '$P1' AND '$P2'
	     GROUP BY 1, 2 ORDER BY 1, 2;
	     SELECT e.kind, count(*), sum(e.fine_yuan)
	     FROM enforcement_case e
	     JOIN township t ON t.township_id = e.township_id
	     WHERE t.county_id = $C AND e.decided_date BETWEEN '$P1' AND '$P2'
	       AND e.sector = '$S'
	     GROUP BY 1 ORDER BY 1" ;;
	esac
}

# Outreach by kind and venue in county C; publicity and meetings.
q_outreach () {
	case $1 in
	s) echo "SELECT kind, venue, sum(events), sum(participants)
	     FROM summary_outreach_county
	     WHERE county_id = $C AND month BETWEEN '$F1' AND '$F2'
	     GROUP BY 1, 2 ORDER BY 1, 2;
	     SELECT kind, sum(events) FROM summary_outreach_province
	     WHERE month BETWEEN '$F1' AND '$F2' GROUP BY 1 ORDER BY 1;
	     SELECT medium, sum(batches), sum(quantity)
	     FROM summary_publicity_county
	     WHERE county_id = $C AND month BETWEEN '$F1' AND '$F2'
	     GROUP BY 1 ORDER BY 1;
	     SELECT kind, sum(meetings) FROM summary_meeting_county
	     WHERE county_id = $C AND month BETWEEN '$F1' AND '$F2'
	     GROUP BY 1 ORDER BY 1" ;;
	l) echo "SELECT o.kind, o.venue, count(*), sum(o.participants)
	     FROM outreach_event o
	     JOIN township t ON t.township_id = o.township_id
	     WHERE t.county_id = $C AND o.held_date BETWEEN '$P1' AND '$P2'
	     GROUP BY 1, 2 ORDER BY 1, 2;
	     SELECT kind, count(*) FROM outreach_event
	     WHERE held_date BETWEEN '$P1' AND '$P2' GROUP BY 1 ORDER BY 1;
	     SELECT medium, count(*), sum(quantity) FROM publicity
	     WHERE county_id = $C AND issued_date BETWEEN '$P1' AND '$P2'
	     GROUP BY 1 ORDER BY 1;
	     SELECT kind, count(*) FROM meeting
	     WHERE county_id = $C AND held_date BETWEEN '$P1' AND '$P2'
	     GROUP BY 1 ORDER BY 1" ;;
	esac
}

# Accidents by county, sector and grade (accident_graded is the
# definition of a grade: the latest figures within the revision window).
q_accident () {
	case $1 in
	s) echo "SELECT county_id, sector, grade, sum(accidents), sum(deaths),
	       sum(serious_injuries), sum(minor_injuries),
	       sum(direct_loss_yuan)
	     FROM summary_accident_county WHERE month BETWEEN '$F1' AND '$F2'
	     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3" ;;
	l) echo "SELECT t.county_id, a.sector, a.grade, count(*), sum(a.deaths),
	       sum(a.serious_injuries), sum(a.minor_injuries),
	       sum(a.direct_loss_yuan)
	     FROM accident_graded a
	     JOIN township t ON t.township_id = a.township_id
	     WHERE a.occurred_date BETWEEN '$P1' AND '$P2'
	     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3" ;;
	esac
}

# Weighings by county and axle class, over the limit decided here from
# the limits tables.
q_weighing () {
	case $1 in
	s) echo "SELECT county_id, axle_class, sum(weighed), sum(over_limit),
	       sum(over_gross), sum(over_size), sum(unloaded_kg),
	       sum(excess_kg)
	     FROM summary_weighing_county WHERE month BETWEEN '$F1' AND '$F2'
	     GROUP BY 1, 2 ORDER BY 1, 2" ;;
	l) echo "WITH w AS (
	       SELECT t.county_id, w.*, l.min_axles AS axle_class,
	              w.gross_kg > l.max_gross_kg AS gross,
	              (w.height_mm > (SELECT max_mm FROM dimension_limit
	                              WHERE measure = 'height')
	               OR w.width_mm > (SELECT max_mm FROM dimension_limit
	                                WHERE measure = 'width')
	               OR w.length_mm > (SELECT max_mm FROM dimension_limit
	                                 WHERE measure = 'length')) AS size,
	              max(w.gross_kg - l.max_gross_kg, 0) AS excess
	       FROM weighing w
	       JOIN overload_operation o ON o.operation_id = w.operation_id
	       JOIN township t ON t.township_id = o.township_id
	       JOIN weight_limit l ON w.axles >= l.min_axles
	        AND (l.max_axles IS NULL OR w.axles <= l.max_axles)
	       WHERE o.op_date BETWEEN '$P1' AND '$P2')
	     SELECT county_id, axle_class, count(*), sum(gross OR size),
	       sum(gross), sum(size), sum(unloaded_kg), sum(excess)
	     FROM w GROUP BY 1, 2 ORDER BY 1, 2" ;;
	esac
}

# Visitors by spot in county C over the period, with the days at each
# warning line (load = visitors / capacity, one decimal of a percent
# rounded half-up, at or above the line: 2000 v >= (20 p - 1) c); and
# each spot's busiest day of month F1.
q_visitor () {
	case $1 in
	s) echo "SELECT spot_id, sum(days), sum(open_days), sum(visitors),
	       max(peak_visitors), sum(yellow_days), sum(orange_days),
	       sum(red_days)
	     FROM summary_visitor_spot
	     WHERE month BETWEEN '$F1' AND '$F2'
	       AND spot_id IN (SELECT s.spot_id FROM scenic_spot s
	                       JOIN township t ON t.township_id = s.township_id
	                       WHERE t.county_id = $C)
	     GROUP BY 1 ORDER BY 1;
	     SELECT spot_id, peak_visitors, peak_day FROM summary_visitor_spot
	     WHERE month = '$F1' ORDER BY 1" ;;
	l) echo "SELECT v.spot_id, count(*),
	       count(CASE WHEN v.status = 'open' THEN 1 END), sum(v.visitors),
	       max(v.visitors),
	       count(CASE WHEN 2000 * v.visitors >=
	                  (20 * s.warn_yellow_pct - 1) * s.daily_capacity
	                  THEN 1 END),
	       count(CASE WHEN 2000 * v.visitors >=
	                  (20 * s.warn_orange_pct - 1) * s.daily_capacity
	                  THEN 1 END),
	       count(CASE WHEN 2000 * v.visitors >=
	                  (20 * s.warn_red_pct - 1) * s.daily_capacity
	                  THEN 1 END)
	     FROM visitor_day v JOIN scenic_spot s ON s.spot_id = v.spot_id
	     JOIN township t ON t.township_id = s.township_id
	     WHERE t.county_id = $C AND v.day BETWEEN '$P1' AND '$P2'
	     GROUP BY 1 ORDER BY 1;
	     SELECT v.spot_id, max(v.visitors),
	       (SELECT min(x.day) FROM visitor_day x
	        WHERE x.spot_id = v.spot_id AND x.visitors > 0
	          AND substr(x.day, 1, 7) = '$F1'
	          AND x.visitors = max(v.visitors))
	     FROM visitor_day v WHERE substr(v.day, 1, 7) = '$F1'
	     GROUP BY 1 ORDER BY 1" ;;
	esac
}

QUESTIONS="hazard_county hazard_township hazard_county_sector
	hazard_province hazard_flows inspection enforcement outreach accident
	weighing visitor"

# Ask every question of filter line "$@" in database $DBQ: summary and
# ledger answers must be the same, and not empty everywhere.
ask_all () {
	F1=$1 F2=$2 M=$3 C=$4 T=$5 S=$6 L=$7 D=$8
	P1="$F1-01"
	P2=$(sql_cli "$DBQ" "SELECT date('$F2-01', '+1 month', '-1 day')")
	AS_OF=$(sql_cli "$DBQ" "SELECT date('$M-01', '+1 month', '-1 day')")
	for question in $QUESTIONS; do
		sql_cli "$DBQ" "$(q_$question s)" >s.out &&
		sql_cli "$DBQ" "$(q_$question l)" >l.out || return 1
		if ! cmp -s s.out l.out; then
			echo "$question differs for $*:"
			diff s.out l.out | head -n 10
			return 1
		fi
		cat s.out >>answers
	done
}

test_expect_success 'summary and ledger answer every question alike on every filter' '
	DBQ=p.db &&
	: >answers &&
	while read line; do
		ask_all $line || return 1
	done <filters &&
	echo "$(wc -l <answers) answer rows" &&
	test "$(wc -l <answers)" -gt 500
'

# (c) Writes.  The rows to import are copies of existing ones (ids left
# out, so import assigns new ones), written as CSV by sqlite3.
test_expect_success 'import hazards, enforcement cases and weighings: still in step' '
	cp p.db w.db &&
	sql_cli -csv -header w.db "SELECT township_id, unit_id, sector, level,
	    finder_kind, finder_dept, inspection_id, found_date, deadline_date,
	    rectified_date, criterion_id, campaign, description
	    FROM hazard WHERE hazard_id % 97 = 0" >hazards.csv &&
	sql_cli -csv -header w.db "SELECT township_id, unit_id, dept, sector,
	    kind, decided_date, fine_yuan + 100 AS fine_yuan, description
	    FROM enforcement_case WHERE case_id % 7 = 0" >cases.csv &&
	sql_cli -csv -header w.db "SELECT operation_id, axles,
	    gross_kg + 3000 AS gross_kg, height_mm, width_mm, length_mm,
	    unloaded_kg FROM weighing WHERE weighing_id % 13 = 0" >weighings.csv &&
	before=$(sql_cli w.db "SELECT sum(found) FROM summary_hazard_county") &&
	"$SAFESTAT" w.db -c "import hazard hazards.csv" &&
	"$SAFESTAT" w.db -c "import enforcement_case cases.csv" &&
	"$SAFESTAT" w.db -c "import weighing weighings.csv" &&
	after=$(sql_cli w.db "SELECT sum(found) FROM summary_hazard_county") &&
	test $after = $((before + $(wc -l <hazards.csv) - 1)) &&
	summaries_equal_views w.db
'

test_expect_success 'rectify open hazards, move an inspection, delete rows: still in step' '
	sql_upkeep w.db "UPDATE hazard SET rectified_date = min(date(found_date,
	        '\''+40 days'\''), '\''2025-12-31'\'')
	    WHERE rectified_date IS NULL AND hazard_id % 3 = 0;
	    UPDATE hazard SET rectified_date = NULL WHERE hazard_id % 401 = 0;
	    UPDATE inspection SET dept = '\''fire'\'', leader_led = 1
	    WHERE inspection_id IN (SELECT inspection_id FROM hazard
	                            WHERE inspection_id IS NOT NULL LIMIT 20);
	    DELETE FROM enforcement_case WHERE case_id % 11 = 0;
	    DELETE FROM hazard WHERE hazard_id % 397 = 0
	      AND hazard_id NOT IN (SELECT hazard_id FROM enforcement_case
	                            WHERE hazard_id IS NOT NULL);
	    DELETE FROM weighing WHERE weighing_id % 17 = 0;
	    UPDATE visitor_day SET visitors = visitors + 500
	    WHERE day LIKE '\''2024-10-0%'\'';
	    DELETE FROM visitor_day WHERE day = '\''2023-05-01'\''" &&
	summaries_equal_views w.db &&
	DBQ=w.db && : >answers &&
	ask_all $(sed -n 1p filters) && ask_all $(sed -n 2p filters)
'

# What a refused import or a rolled-back transaction must leave: every
# summary row as it was.
test_expect_success 'a refused import and a rollback leave the summaries as they were' '
	state () {
		for t in $(sql_cli w.db "SELECT name FROM sqlite_master
		    WHERE type = '\''table'\'' AND name LIKE '\''summary_%'\''
		    ORDER BY name"); do
			sql_cli w.db "SELECT * FROM $t ORDER BY 1, 2, 3, 4"
		done | cksum
	} &&
	before=$(state) &&
	{ cat hazards.csv && echo "1,,mining,general,self,,2024-02-30,2024-03-01,,,,bad day"; } >bad.csv &&
	test_expect_code 1 "$SAFESTAT" w.db -c "import hazard bad.csv" 2>err &&
	grep "nothing imported" err &&
	sql_upkeep w.db "BEGIN; DELETE FROM hazard WHERE hazard_id % 150 = 0;
	    UPDATE hazard SET rectified_date = NULL WHERE hazard_id % 151 = 0;
	    INSERT INTO hazard SELECT NULL, township_id, unit_id, sector, level,
	        finder_kind, finder_dept, inspection_id, found_date,
	        deadline_date, rectified_date, criterion_id, campaign,
	        description FROM hazard WHERE hazard_id % 152 = 0;
	    ROLLBACK" &&
	test "$(state)" = "$before" &&
	summaries_equal_views w.db
'

# (d) The bulk path: import notes its rows (bulk_pending, while bulk_load
# says deferred) and adds them to the summaries once, before COMMIT
# (data/schema.sql, "Bulk appends").  After every import the flag is
# down, the list and the grouping tables empty, and the summaries equal
# their views.
bulk_idle () {
	test "$(sql_cli "$1" "SELECT deferred FROM bulk_load;
	    SELECT count(*) FROM bulk_pending;
	    SELECT count(*) FROM bulk_hazard_group;
	    SELECT count(*) FROM bulk_inspection_group" | paste -s -d ' ')" = "0 0 0 0"
}

test_expect_success 'bulk imports of every deferred ledger: still in step, nothing left noted' '
	cp p.db b.db &&
	bulk_idle b.db &&
	sql_cli -csv -header b.db "SELECT township_id, unit_id, dept,
	    inspect_date, leader_led, key_period, joint, campaign
	    FROM inspection WHERE inspection_id % 5 = 0" >inspections.csv &&
	sql_cli -csv -header b.db "SELECT township_id, unit_id, dept, kind,
	    venue, held_date, participants + 7 AS participants, title
	    FROM outreach_event WHERE event_id % 3 = 0" >outreach.csv &&
	sql_cli -csv -header b.db "SELECT county_id, dept, medium, issued_date,
	    quantity, occasion FROM publicity WHERE publicity_id % 2 = 0" >publicity.csv &&
	sql_cli -csv -header b.db "SELECT county_id, dept, kind, held_date,
	    title FROM meeting WHERE meeting_id % 2 = 0" >meetings.csv &&
	imax=$(sql_cli b.db "SELECT max(inspection_id) FROM inspection") &&
	for csv in inspection:inspections outreach_event:outreach \
	    publicity:publicity meeting:meetings; do
		"$SAFESTAT" b.db -c "import ${csv%%:*} ${csv#*:}.csv" >out &&
		grep "	0$" out && bulk_idle b.db || return 1
	done &&
	# Hazards found by the inspections just imported, and others.
	sql_cli -csv -header b.db "SELECT township_id, unit_id, sector, level,
	    finder_kind, finder_dept,
	    CASE WHEN hazard_id % 2 = 0 THEN $imax + 1 + hazard_id % 40
	         ELSE inspection_id END AS inspection_id, found_date,
	    deadline_date, rectified_date, criterion_id, campaign, description
	    FROM hazard WHERE hazard_id % 31 = 0" >hazards2.csv &&
	"$SAFESTAT" b.db -c "import hazard hazards2.csv" && bulk_idle b.db &&
	test "$(sql_cli b.db "SELECT count(*) FROM hazard
	    WHERE inspection_id > $imax")" -gt 0 &&
	sql_cli -csv -header b.db "SELECT operation_id, axles, gross_kg,
	    height_mm, width_mm, length_mm, unloaded_kg FROM weighing
	    WHERE weighing_id % 5 = 0" >weighings2.csv &&
	"$SAFESTAT" b.db -c "import weighing weighings2.csv" && bulk_idle b.db &&
	summaries_equal_views b.db
'

# Visitor days into months that have rows (the busiest day may move, to
# a later or an earlier day) and into months that have none.
test_expect_success 'bulk visitor days merge with their months: sums and busiest day' '
	sql_cli -csv -header b.db "SELECT spot_id, day, status,
	    CASE WHEN day = '\''2024-07-15'\'' AND status = '\''open'\''
	         THEN visitors * 3 + 1000
	         ELSE visitors END AS visitors, peak_in_park
	    FROM visitor_day WHERE day BETWEEN '\''2024-07-10'\'' AND '\''2024-07-20'\''
	    UNION ALL
	    SELECT spot_id, date(day, '\''+1 year'\''), status, visitors,
	           peak_in_park
	    FROM visitor_day WHERE day BETWEEN '\''2025-01-01'\'' AND '\''2025-01-31'\''" >days.csv &&
	sql_upkeep b.db "DELETE FROM visitor_day
	    WHERE day BETWEEN '\''2024-07-10'\'' AND '\''2024-07-20'\''" &&
	"$SAFESTAT" b.db -c "import visitor_day days.csv" && bulk_idle b.db &&
	test "$(sql_cli b.db "SELECT count(DISTINCT peak_day) FROM summary_visitor_spot
	    WHERE month = '\''2024-07'\'' AND peak_day = '\''2024-07-15'\''")" = 1 &&
	test "$(sql_cli b.db "SELECT count(*) FROM summary_visitor_spot
	    WHERE month = '\''2026-01'\''")" -gt 0 &&
	summaries_equal_views b.db
'

test_expect_success 'a hand UPDATE and DELETE of bulk-imported rows stay exact' '
	sql_upkeep b.db "UPDATE hazard SET rectified_date = NULL
	    WHERE hazard_id > (SELECT max(hazard_id) - 50 FROM hazard);
	    UPDATE inspection SET leader_led = 1 - leader_led
	    WHERE inspection_id > $(sql_cli p.db "SELECT max(inspection_id) FROM inspection");
	    DELETE FROM visitor_day WHERE day = '\''2026-01-05'\'';
	    DELETE FROM meeting WHERE meeting_id % 4 = 0" &&
	summaries_equal_views b.db
'

# A state of everything the bulk path touches: summaries, flag, list.
bulk_state () {
	for t in $(sql_cli "$1" "SELECT name FROM sqlite_master
	    WHERE type = 'table' AND (name LIKE 'summary\_%' ESCAPE '\'
	                              OR name LIKE 'bulk\_%' ESCAPE '\')
	    ORDER BY name"); do
		echo "$t" && sql_cli "$1" "SELECT * FROM $t ORDER BY 1, 2, 3, 4"
	done | cksum
}

test_expect_success 'an import refused half-way leaves summaries, flag and list as they were' '
	before=$(bulk_state b.db) &&
	{ cat hazards2.csv && echo "1,,mining,general,self,,,2024-02-30,2024-03-01,,,,bad day" &&
	  tail -n 5 hazards2.csv; } >bad2.csv &&
	test_expect_code 1 "$SAFESTAT" b.db -c "import hazard bad2.csv" 2>err &&
	grep "nothing imported" err &&
	test "$(bulk_state b.db)" = "$before" &&
	bulk_idle b.db
'

test_expect_success 'with --reject the good rows go in through the bulk path' '
	rows=$(($(wc -l <bad2.csv) - 2)) &&
	test_expect_code 1 "$SAFESTAT" b.db -c "import hazard bad2.csv --reject rej.csv" >out 2>err &&
	grep "	$rows	1$" out &&
	bulk_idle b.db &&
	summaries_equal_views b.db
'

test_expect_success 'while rows are noted, changing or deleting ledger rows is refused' '
	test_must_fail sql_upkeep b.db "BEGIN; UPDATE bulk_load SET deferred = 1;
	    INSERT INTO meeting SELECT NULL, county_id, dept, kind, held_date,
	        title FROM meeting LIMIT 1;
	    DELETE FROM hazard WHERE hazard_id = (SELECT max(hazard_id) FROM hazard)" 2>err &&
	grep "while appends are deferred" err &&
	test_must_fail sql_upkeep b.db "BEGIN; UPDATE bulk_load SET deferred = 1;
	    INSERT INTO meeting SELECT NULL, county_id, dept, kind, held_date,
	        title FROM meeting LIMIT 1;
	    UPDATE visitor_day SET visitors = visitors + 1
	    WHERE day = '\''2024-06-15'\'' AND status = '\''open'\''" 2>err &&
	grep "while appends are deferred" err &&
	test_must_fail sql_upkeep b.db "INSERT INTO bulk_load VALUES (0)" 2>err &&
	grep "one row" err &&
	bulk_idle b.db
'

# Deferring with nothing noted changes nothing: an import into a table
# that is not deferred (a limit, accident figures) works row by row.
test_expect_success 'deferred with nothing noted, the per-row triggers work as ever' '
	sql_upkeep b.db "BEGIN; UPDATE bulk_load SET deferred = 1;
	    UPDATE weight_limit SET max_gross_kg = max_gross_kg - 1000
	    WHERE rowid = (SELECT min(rowid) FROM weight_limit);
	    DELETE FROM enforcement_case WHERE case_id % 13 = 0;
	    UPDATE bulk_load SET deferred = 0; COMMIT" &&
	bulk_idle b.db &&
	summaries_equal_views b.db
'

test_expect_success 'the sqlite3 shell with the upkeep may defer too: appends, then the flag down' '
	sql_upkeep b.db "BEGIN; UPDATE bulk_load SET deferred = 1;
	    INSERT INTO hazard SELECT NULL, township_id, unit_id, sector, level,
	        finder_kind, finder_dept, inspection_id, found_date,
	        deadline_date, rectified_date, criterion_id, campaign,
	        description FROM hazard WHERE hazard_id % 53 = 0;
	    SELECT count(*) > 0 FROM bulk_pending;
	    UPDATE bulk_load SET deferred = 0; COMMIT" >out &&
	test "$(cat out)" = 1 &&
	bulk_idle b.db &&
	summaries_equal_views b.db
'

test_done
