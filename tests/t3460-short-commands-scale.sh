#!/bin/sh
# The short commands at province scale (issue 7): `accidents summary`
# counts from summary_accident_province (no county or township asked
# for) or summary_accident_county when the period and the same period a
# year earlier are both whole months, and from the ledger
# otherwise (a period ending on 29 February, one ending on 28 February
# 2025 whose year before misses the 29th, days that are not whole
# months, a township).  Either way the bytes are the same: each command
# runs on a small province, on a copy without the summary (the ledger)
# and on a copy whose summary is falsified (which shows the path taken).
# The figures are checked against SQL written here over accident_graded.
#
# `enforcement` by county or month without a sector or department reads
# summary_enforcement_county_category (month, county, case category):
# the same checks, and the writes that must keep it equal to its view --
# a case kind moved to the other category, UPDATE and DELETE of cases, an
# import (bulk path) and a refused one.
test_description='short commands: summary and ledger agree'
. "$(dirname "$0")/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/summary-lib.sh"

test_have_prereq SQLITE3 || skip_all 'the sqlite3 command-line shell is missing'

GEN="$SAFESTAT_BUILD_DIR/data/safestat-gen"

# Accidents the generator does not write: two on 29 February 2024 (one
# revised within the window to a larger grade, one revised after it,
# which must not count), one on 1 March 2023 (in the ledger's year
# before of February 2024) and one on 28 February 2025.  Written by
# plain SQL, so the per-row triggers keep the summary in step.
test_expect_success 'a province of three counties, with leap-day accidents' '
	"$GEN" --counties 3 --out p.db &&
	sql_upkeep p.db "
		INSERT INTO accident (accident_id, township_id, sector,
		    accident_type, occurred_date, summary)
		SELECT 900001 + n, (SELECT min(township_id) FROM township
		    WHERE county_id = (SELECT max(county_id) FROM county
		    WHERE ledger = 1)), (SELECT min(sector) FROM accident),
		    (SELECT min(accident_type) FROM accident), d, '\''测试'\''
		FROM (SELECT 0 AS n, '\''2024-02-29'\'' AS d
		      UNION ALL SELECT 1, '\''2024-02-29'\''
		      UNION ALL SELECT 2, '\''2023-03-01'\''
		      UNION ALL SELECT 3, '\''2025-02-28'\'');
		INSERT INTO accident_figures VALUES
		    (900001, '\''2024-02-29'\'', 1, 0, 2, 100000),
		    (900001, '\''2024-03-05'\'', 3, 1, 2, 200000),
		    (900002, '\''2024-02-29'\'', 0, 2, 0, 50000),
		    (900002, '\''2024-06-01'\'', 9, 2, 0, 50000),
		    (900003, '\''2023-03-01'\'', 2, 0, 0, 300000),
		    (900004, '\''2025-02-28'\'', 1, 1, 1, 70000);" &&
	test "$(sql_cli p.db "SELECT grade FROM accident_graded
		WHERE accident_id = 900001")" = larger &&
	test "$(sql_cli p.db "SELECT grade FROM accident_graded
		WHERE accident_id = 900002")" = general &&
	summaries_in_step p.db summary_accident_county \
		summary_accident_province &&
	cp p.db ledger.db &&
	sql_cli ledger.db "DROP TABLE summary_accident_county;
		DROP TABLE summary_accident_province" &&
	cp p.db false.db &&
	sql_cli false.db "UPDATE summary_accident_county
		SET accidents = accidents + 1000;
		UPDATE summary_accident_province
		SET accidents = accidents + 1000"
'

test_expect_success 'enforcement copies: without the rollup, and with it falsified' '
	cp p.db enf-ledger.db &&
	sql_cli enf-ledger.db "DROP TABLE summary_enforcement_county_category" &&
	cp p.db enf-false.db &&
	sql_cli enf-false.db "UPDATE summary_enforcement_county_category
		SET cases = cases + 1000"
'

# run DB COMMAND: the command's csv on DB.
run () {
	"$SAFESTAT" "$1" -F csv -c "$2"
}


COUNTY=$(sql_cli p.db "SELECT name_zh FROM county WHERE ledger = 1
	ORDER BY code LIMIT 1 OFFSET 1" 2>/dev/null)
TOWNSHIP=$(sql_cli p.db "SELECT t.code FROM township t JOIN county c
	ON c.county_id = t.county_id WHERE c.ledger = 1
	ORDER BY t.code LIMIT 1" 2>/dev/null)

test_expect_success 'whole months both years: the summary, every grouping' '
	agree summary <<-CMDS
	accidents summary --year 2023 --by sector
	accidents summary --year 2023 --by county
	accidents summary --year 2023 --by grade
	accidents summary --year 2023 --by month
	accidents summary --year 2024 --by month
	accidents summary --year 2025 --by month
	accidents summary --year 2025 --by grade
	accidents summary --quarter 2024Q1 --by month
	accidents summary --quarter 2021Q1 --by month
	accidents summary --quarter 2025Q1 --by sector
	accidents summary --month 2023-02
	accidents summary --month 2024-03 --by grade
	accidents summary --from 2022-03-01 --to 2024-01-31 --by month
	accidents summary --from 2024-03-01 --to 2025-01-31 --by sector
	accidents summary --year 2023 --county $COUNTY --by sector
	accidents summary --year 2024 --sector 工贸 --by county
	CMDS
'

test_expect_success 'a year before that is not whole months, days, a township: the ledger' '
	agree ledger <<-CMDS
	accidents summary --month 2024-02
	accidents summary --month 2024-02 --by grade
	accidents summary --month 2025-02 --by month
	accidents summary --from 2024-03-01 --to 2025-02-28 --by month
	accidents summary --from 2023-12-01 --to 2024-02-29 --by sector
	accidents summary --from 2023-01-15 --to 2023-06-30 --by month
	accidents summary --from 2023-01-01 --to 2023-06-15
	accidents summary --year 2023 --township $TOWNSHIP --by grade
	CMDS
'

# The year before is the same months a year earlier: an accident of
# 29 February 2024 counts in February 2025's accidents_prev (not in
# March's, where date(+1 year) would put it).  Independent SQL over
# accident_graded, month by month.
test_expect_success 'by month, year on year, as SQL over accident_graded counts it' '
	run p.db "accidents summary --year 2025 --by month" >out.csv &&
	cut -d, -f1-3,5,6,8,9,11,12 out.csv | sed 1d >got &&
	run ledger.db "accidents summary --year 2025 --by month" >out.csv &&
	cut -d, -f1-3,5,6,8,9,11,12 out.csv | sed 1d >got.ledger &&
	sql_cli -csv p.db "
		WITH RECURSIVE m(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM m
		    WHERE n < 12),
		a AS (SELECT g.* FROM accident_graded g
		    JOIN township t ON t.township_id = g.township_id
		    JOIN county c ON c.county_id = t.county_id AND c.ledger = 1)
		SELECT printf('\''2025-%02d'\'', n),
		    (SELECT count(*) FROM a WHERE substr(occurred_date, 1, 7)
		        = printf('\''2025-%02d'\'', n)),
		    (SELECT count(*) FROM a WHERE substr(occurred_date, 1, 7)
		        = printf('\''2024-%02d'\'', n)),
		    (SELECT coalesce(sum(deaths), 0) FROM a
		        WHERE substr(occurred_date, 1, 7)
		        = printf('\''2025-%02d'\'', n)),
		    (SELECT coalesce(sum(deaths), 0) FROM a
		        WHERE substr(occurred_date, 1, 7)
		        = printf('\''2024-%02d'\'', n)),
		    (SELECT coalesce(sum(serious_injuries), 0) FROM a
		        WHERE substr(occurred_date, 1, 7)
		        = printf('\''2025-%02d'\'', n)),
		    (SELECT coalesce(sum(serious_injuries), 0) FROM a
		        WHERE substr(occurred_date, 1, 7)
		        = printf('\''2024-%02d'\'', n)),
		    (SELECT coalesce(sum(direct_loss_yuan), 0) FROM a
		        WHERE substr(occurred_date, 1, 7)
		        = printf('\''2025-%02d'\'', n)),
		    (SELECT coalesce(sum(direct_loss_yuan), 0) FROM a
		        WHERE substr(occurred_date, 1, 7)
		        = printf('\''2024-%02d'\'', n))
		FROM m ORDER BY n" >want &&
	test_cmp want got &&
	test_cmp want got.ledger &&
	# the leap-day accidents are there: February 2025 looks back at them
	grep "^2025-02," got >feb &&
	test "$(cut -d, -f3 feb)" = "$(sql_cli p.db "SELECT count(*)
		FROM accident_graded WHERE occurred_date
		BETWEEN '\''2024-02-01'\'' AND '\''2024-02-29'\''")"
'

# The ledger keeps its own year before when it is not whole months:
# February 2024 compares with 2023-02-01 .. 2023-03-01 (date(-1 year)).
test_expect_success 'the month ending on 29 February, as SQL counts it' '
	run p.db "accidents summary --month 2024-02 --by grade" >out.csv &&
	cut -d, -f1,3,4 out.csv | sed 1d | tr -d "\r" >got &&
	sql_cli -csv p.db "
		WITH a AS (SELECT g.* FROM accident_graded g
		    JOIN township t ON t.township_id = g.township_id
		    JOIN county c ON c.county_id = t.county_id AND c.ledger = 1)
		SELECT k.code,
		    (SELECT count(*) FROM a WHERE a.grade = k.code AND
		        occurred_date BETWEEN '\''2024-02-01'\''
		        AND '\''2024-02-29'\''),
		    (SELECT count(*) FROM a WHERE a.grade = k.code AND
		        occurred_date BETWEEN '\''2023-02-01'\''
		        AND '\''2023-03-01'\'')
		FROM accident_grade k ORDER BY k.severity_rank" >want &&
	test_cmp want got
'

test_expect_success 'enforcement by county or month, whole months: the rollup' '
	LEDGER_DB=enf-ledger.db FALSE_DB=enf-false.db agree summary <<-CMDS
	enforcement --year 2023
	enforcement --year 2023 --category all
	enforcement --year 2024 --category traffic --by county
	enforcement --quarter 2024Q1 --by county
	enforcement --month 2024-02 --by county
	enforcement --year 2023 --county $COUNTY --by month
	enforcement --year 2023 --county $COUNTY
	enforcement --from 2022-07-01 --to 2023-06-30 --by county
	CMDS
'

test_expect_success 'enforcement with a sector, a department, a township or days: not the rollup' '
	LEDGER_DB=enf-ledger.db FALSE_DB=enf-false.db agree ledger <<-CMDS
	enforcement --year 2023 --by sector
	enforcement --year 2023 --by month
	enforcement --year 2023 --sector 工贸
	enforcement --year 2023 --department 应急
	enforcement --year 2023 --township $TOWNSHIP
	enforcement --from 2023-01-10 --to 2023-12-31
	enforcement --year 2023 --by kind --category all
	CMDS
'

# enforcement --year Y --by county as SQL over the cases themselves.
enforcement_sql () {
	sql_cli -csv "$1" "SELECT c.code, count(e.case_id),
		    coalesce(sum(e.fine_yuan), 0)
		FROM county c LEFT JOIN (SELECT e.case_id, e.fine_yuan,
		    t.county_id FROM enforcement_case e
		    JOIN township t ON t.township_id = e.township_id
		    JOIN case_kind k ON k.code = e.kind
		    WHERE e.decided_date BETWEEN '$2-01-01' AND '$2-12-31'
		    AND k.category = '$3') e ON e.county_id = c.county_id
		WHERE c.ledger = 1 GROUP BY c.county_id ORDER BY c.code" |
	tr -d "\r"
}

# The rollup equals its view (and has rows) on database $1.
rollup_in_step () {
	summaries_in_step "$1" summary_enforcement_county_category &&
	awk '$2 > 0 { ok = 1 } END { exit !ok }' views
}

test_expect_success 'enforcement by county: cases and fines as SQL over the cases counts them' '
	run p.db "enforcement --year 2023" >out.csv &&
	test "$(head -n 1 out.csv | cut -d, -f1-4)" = "$(printf "county,county_zh,cases,fines_yuan\r")" &&
	cut -d, -f1,3,4 out.csv | sed 1d | tr -d "\r" >got &&
	enforcement_sql p.db 2023 safety >want &&
	test_cmp want got
'

test_expect_success 'the rollup in step: a case kind moved, cases updated and deleted' '
	cp p.db w.db &&
	rollup_in_step w.db &&
	kind=$(sql_cli w.db "SELECT kind FROM enforcement_case e
		JOIN case_kind k ON k.code = e.kind WHERE k.category = '\''traffic'\''
		GROUP BY kind ORDER BY count(*) DESC LIMIT 1") &&
	sql_upkeep w.db "UPDATE case_kind SET category = '\''safety'\''
		WHERE code = '\''$kind'\''" &&
	rollup_in_step w.db &&
	run w.db "enforcement --year 2023" | cut -d, -f1,3,4 | sed 1d |
	    tr -d "\r" >got &&
	enforcement_sql w.db 2023 safety >want &&
	test_cmp want got &&
	sql_upkeep w.db "UPDATE enforcement_case SET decided_date = date(decided_date,
		    '\''+1 month'\''), fine_yuan = fine_yuan + 7
		    WHERE case_id % 5 = 0 AND decided_date < '\''2025-12-01'\'';
		UPDATE enforcement_case SET township_id = (SELECT min(township_id)
		    FROM township) WHERE case_id % 13 = 0;
		DELETE FROM enforcement_case WHERE case_id % 11 = 0" &&
	rollup_in_step w.db &&
	run w.db "enforcement --year 2024 --category traffic" |
	    cut -d, -f1,3,4 | sed 1d | tr -d "\r" >got &&
	enforcement_sql w.db 2024 traffic >want &&
	test_cmp want got
'

test_expect_success 'the rollup in step: an import, a refused import, a rollback' '
	sql_cli -csv -header w.db "SELECT township_id, unit_id, dept, sector,
	    kind, decided_date, fine_yuan + 100 AS fine_yuan, description
	    FROM enforcement_case WHERE case_id % 7 = 0" >cases.csv &&
	before=$(sql_cli w.db "SELECT sum(cases) FROM summary_enforcement_county_category") &&
	"$SAFESTAT" w.db -c "import enforcement_case cases.csv" &&
	test "$(sql_cli w.db "SELECT sum(cases) FROM summary_enforcement_county_category")" = \
	    $((before + $(wc -l <cases.csv) - 1)) &&
	rollup_in_step w.db &&
	state=$(sql_cli w.db "SELECT * FROM summary_enforcement_county_category
		ORDER BY 1, 2, 3" | cksum) &&
	{ cat cases.csv && echo "1,,emergency,mining,bogus_kind,2024-02-30,100,bad"; } >bad.csv &&
	test_expect_code 1 "$SAFESTAT" w.db -c "import enforcement_case bad.csv" 2>err &&
	grep "nothing imported" err &&
	sql_upkeep w.db "BEGIN; DELETE FROM enforcement_case WHERE case_id % 3 = 0;
		UPDATE case_kind SET category = '\''traffic'\'';
		ROLLBACK" &&
	test "$(sql_cli w.db "SELECT * FROM summary_enforcement_county_category
		ORDER BY 1, 2, 3" | cksum)" = "$state" &&
	rollup_in_step w.db
'

# Every format of the summary-served command, and its keys.
test_expect_success 'accidents summary in every format' '
	cmd="accidents summary --year 2023 --by sector" &&
	keys="sector,sector_zh,accidents,accidents_prev,accidents_yoy_pct,deaths,deaths_prev,deaths_yoy_pct,serious_injuries,serious_injuries_prev,serious_injuries_yoy_pct,direct_loss_yuan,direct_loss_prev_yuan,direct_loss_yoy_pct" &&
	nsectors=$(sql_cli p.db "SELECT count(*) FROM sector") &&
	"$SAFESTAT" p.db -F csv -c "$cmd" | tr -d "\r" >out.csv &&
	test "$(head -n 1 out.csv)" = "$keys" &&
	test "$(sed 1d out.csv | wc -l)" = "$nsectors" &&
	"$SAFESTAT" p.db -F tsv -c "$cmd" >out.tsv &&
	test "$(head -n 1 out.tsv)" = "$(echo "$keys" | tr , "\t")" &&
	test "$(sed 1d out.tsv | wc -l)" = "$nsectors" &&
	"$SAFESTAT" p.db -F jsonl -c "$cmd" >out.jsonl &&
	test "$(wc -l <out.jsonl)" = "$nsectors" &&
	head -n 1 out.jsonl | grep "^{\"sector\":\"[a-z_]*\",\"sector_zh\":\"[^\"]*\",\"accidents\":[0-9]*,\"accidents_prev\":[0-9]*," &&
	"$SAFESTAT" p.db -F json -c "$cmd" >out.json &&
	test "$(grep -c "\"direct_loss_prev_yuan\":" out.json)" = "$nsectors" &&
	"$SAFESTAT" p.db -F table -c "$cmd" >out.table &&
	grep "direct_loss_wan" out.table &&
	grep "^│ 合计 " out.table >total.table &&
	grep "上年同期" out.table &&
	"$SAFESTAT" p.db -F markdown -c "$cmd" >out.md &&
	grep "^| sector " out.md &&
	grep "^| \*\*合计\*\* " out.md &&
	# the total row sums the column the summary counted
	total=$(sed 1d out.csv | awk -F, "{ n += \$3 } END { print n }") &&
	test "$total" = "$(sql_cli p.db "SELECT count(*) FROM accident_graded g
		JOIN township t ON t.township_id = g.township_id
		JOIN county c ON c.county_id = t.county_id AND c.ledger = 1
		WHERE occurred_date BETWEEN '\''2023-01-01'\''
		AND '\''2023-12-31'\''")" &&
	test "$(awk -F"│" "{ gsub(/ /, \"\", \$4); print \$4 }" total.table)" = "$total"
'

test_done
