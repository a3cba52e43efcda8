#!/bin/sh
# import: a ledger exported from a spreadsheet goes into a copy of the
# county dataset, every row checked against the schema.  Good rows load in
# one transaction; without --reject one bad row loads nothing; with it the
# bad rows land in a reject file (line, reason, the row) that imports
# again once fixed.  Counts are checked with SQL written here.

test_description='import: validation, reject file, all or nothing'
. "$SAFESTAT_SRC_DIR/tests/test-lib.sh"

test_have_prereq SQLITE3 || skip_all 'the sqlite3 command-line shell is missing'

BUNDLED="$SAFESTAT_BUILD_DIR/data/county.db"
FIX="$SAFESTAT_SRC_DIR/tests/fixtures/import"
# The bundled ledgers end in 2025: every test row is dated 2026.
NEW_HAZARDS="SELECT count(*) FROM hazard WHERE found_date >= '2026-01-01'"

# fresh DB: a writable copy of the bundled dataset.
fresh () {
	cp "$BUNDLED" "$1" && chmod u+w "$1"
}

# state DB: what a refused import must leave as it was -- the rows of
# every table, the integrity check, the bytes of the file.
state () {
	for t in $(sql_cli "$1" "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"); do
		echo "$t $(sql_cli "$1" "SELECT count(*) FROM $t")"
	done &&
	sql_cli "$1" "PRAGMA integrity_check" &&
	cksum <"$1"
}

# both DB SQL: the answer of the sqlite3 shell, then safestat's own `sql`
# for the same statement -- they must agree.
both () {
	sql_cli "$1" "$2" >cli.out &&
	"$SAFESTAT" -F tsv "$1" -c "sql \"$2\"" | tail -n +2 >shell.out &&
	test_cmp cli.out shell.out &&
	cat cli.out
}

sq="'"
fresh my.db || { echo "Bail out! cannot copy the bundled dataset"; exit 1; }

test_expect_success 'import alone lists the tables a file can go into' '
	"$SAFESTAT" -F csv my.db -c import >out &&
	head -n 1 out | tr -d "\r" >header &&
	echo "table,columns,required,chinese_headers" >expect &&
	test_cmp expect header &&
	grep "^hazard,14,\"township_id, sector, level, finder_kind, found_date, deadline_date, description\",14" out &&
	grep "^visitor_day,5," out &&
	! grep "^dataset_info," out &&
	! grep -e "^summary_" -e "^bulk_" out
'

test_expect_success 'the summaries and the file description are refused, nothing written' '
	cp my.db before.db &&
	printf "found_month,month,county_id,level,found,rectified,overdue_change\n2023-01,2023-01,1,general,5,0,0\n" >sum.csv &&
	test_expect_code 1 "$SAFESTAT" my.db -c "import summary_hazard_county sum.csv" >out 2>err &&
	echo "safestat: -c1:1: cannot import into ${sq}summary_hazard_county${sq}: it is kept in step with the ledgers by the dataset itself: import the ledger it counts" >expect &&
	test_cmp expect err &&
	test_expect_code 1 "$SAFESTAT" my.db -c "import bulk_pending" 2>err &&
	grep "cannot import into ${sq}bulk_pending${sq}: it is kept in step" err &&
	test_expect_code 1 "$SAFESTAT" my.db -c "import dataset_info sum.csv" 2>err &&
	grep -x "safestat: -c1:1: cannot import into ${sq}dataset_info${sq}: it describes the file" err &&
	cmp before.db my.db
'

test_expect_success 'import TABLE lists its columns, headers and the names they take' '
	"$SAFESTAT" -F csv my.db -c "import hazard" | tr -d "\r" >out &&
	sed -n "1p;3p;6p" out >got &&
	cat >expect <<-\EOF &&
	column,chinese_header,type,required,default_value,names_from,refers_to
	township_id,乡镇/所属乡镇,integer,1,,township,township (township_id)
	level,隐患级别,text,1,,hazard.level,
	EOF
	test_cmp expect got &&
	test "$(wc -l <out)" = 15
'

test_expect_success '--reject or --encoding without a file: said so' '
	test_expect_code 1 "$SAFESTAT" my.db -c "import hazard --reject r.csv" >out 2>err &&
	test_must_be_empty out &&
	echo "safestat: -c1:1: '"'"'--reject'"'"' goes with a file to import: import TABLE FILE.csv --reject ..." >expect &&
	test_cmp expect err &&
	test_expect_code 1 "$SAFESTAT" my.db -c "import --encoding gb18030" 2>err &&
	grep "^safestat: -c1:1: .--encoding. goes with a file to import" err
'

test_expect_success 'a misspelt table: one line, the closest table, the ledgers' '
	test_expect_code 1 "$SAFESTAT" my.db -c "import hazards $FIX/hazards-good.csv" >out 2>err &&
	test_must_be_empty out &&
	test "$(wc -l <err)" = 1 &&
	grep "^safestat: -c1:1: unknown table .hazards. (did you mean .hazard.?): the ledgers are accident, .*, hazard, .*, visitor_day, weighing; .import. lists every table a file can go into\$" err
'

test_expect_success 'Chinese headers and names: every row loaded, status 0' '
	"$SAFESTAT" my.db -c "import hazard $FIX/hazards-good.csv" >out 2>err &&
	test_must_be_empty err &&
	printf "table\tfile\tloaded\trejected\nhazard\t%s\t5\t0\n" "$FIX/hazards-good.csv" >expect &&
	test_cmp expect out
'

# Each name became the id or code the column stores: read them back
# through the ids, the way the schema links them.
test_expect_success '... the names became the ids and codes they name' '
	cat >expect <<-\EOF &&
	城关镇|青峰县金鼎化工有限公司|hazchem|general|dept|emb|2026-01-15||
	城关镇|青峰县金鼎化工有限公司|hazchem|major|self||||
	龙泉镇||transport|general|dept|trans|2026-01-12||
	清水乡||self_built|general|township||||
	青峰经济开发区||industry_trade|major|dept|emb||专项类·粉尘涉爆|
	EOF
	sql_cli my.db "SELECT t.name_zh, u.name_zh, h.sector, h.level,
		h.finder_kind, h.finder_dept, h.rectified_date, c.clause, h.campaign
		FROM hazard h JOIN township t ON t.township_id = h.township_id
		LEFT JOIN unit u ON u.unit_id = h.unit_id
		LEFT JOIN hazard_criterion c ON c.criterion_id = h.criterion_id
		WHERE h.found_date >= '\''2026-01-01'\'' ORDER BY h.hazard_id" >actual &&
	test_cmp expect actual
'

test_expect_success '... and the shell counts them as SQL does' '
	test "$(both my.db "$NEW_HAZARDS")" = 5 &&
	test "$(both my.db "SELECT count(*) FROM hazard WHERE level = '\''major'\'' AND found_date >= '\''2026-01-01'\''")" = 2 &&
	sql_cli my.db "PRAGMA foreign_key_check" >fk &&
	test_must_be_empty fk
'

test_expect_success 'the counts in every format, with stable keys' '
	for f in csv tsv json jsonl markdown table; do
		fresh f.db &&
		"$SAFESTAT" -F $f f.db -c "import hazard $FIX/hazards-good.csv" >out.$f || return 1
	done &&
	printf "table,file,loaded,rejected\r\nhazard,%s,5,0\r\n" "$FIX/hazards-good.csv" >expect &&
	test_cmp expect out.csv &&
	printf "[\n{\"table\":\"hazard\",\"file\":\"%s\",\"loaded\":5,\"rejected\":0}\n]\n" "$FIX/hazards-good.csv" >expect &&
	test_cmp expect out.json &&
	printf "{\"table\":\"hazard\",\"file\":\"%s\",\"loaded\":5,\"rejected\":0}\n" "$FIX/hazards-good.csv" >expect &&
	test_cmp expect out.jsonl &&
	grep "^| hazard | .*hazards-good.csv |      5 |        0 |\$" out.markdown &&
	grep "│ hazard │ .*hazards-good.csv │      5 │        0 │" out.table
'

# hazards-bad.csv: 3 good rows among 12 bad ones, one of the good ones
# quoted over two lines (so the line numbers after it count lines, not
# records).
test_expect_success 'bad rows without --reject: nothing written, the first named, status 1' '
	fresh bad.db &&
	state bad.db >before &&
	test_expect_code 1 "$SAFESTAT" bad.db -c "import hazard $FIX/hazards-bad.csv" >out 2>err &&
	state bad.db >after &&
	test_cmp before after &&
	grep "	0	12\$" out &&
	test "$(wc -l <err)" = 1 &&
	grep "12 bad rows in .*hazards-bad.csv., nothing imported (the first, line 3: found_date .2023-02-30. is not a real date (YYYY-MM-DD)): fix them, or add --reject FILE to import the 3 good rows\$" err
'

test_expect_success 'with --reject: the good rows loaded, each bad one with its line and reason' '
	fresh rej.db &&
	test_expect_code 1 "$SAFESTAT" rej.db -c "import hazard $FIX/hazards-bad.csv --reject rejects.csv" >out 2>err &&
	grep "	3	12\$" out &&
	grep "^safestat: -c1:1: 3 rows of .*hazards-bad.csv. imported into .hazard., 12 rejected and written to .rejects.csv. (the first, line 3: found_date .2023-02-30. is not a real date (YYYY-MM-DD))\$" err &&
	tr -d "\r" <rejects.csv >got &&
	cat >expect <<-\EOF &&
	reject_line,reject_reason,township,unit,sector,level,finder_kind,finder_dept,found_date,deadline_date,inspection_id,description
	3,found_date '\''2023-02-30'\'' is not a real date (YYYY-MM-DD),城关镇,,工贸,一般隐患,企业自查,,2023-02-30,2026-02-10,,bad: February 30th
	4,found_date '\''2023/01/05'\'' is not a real date (YYYY-MM-DD),城关镇,,工贸,一般隐患,企业自查,,2023/01/05,2026-02-10,,bad: slashes in a date
	5,unknown township '\''青山镇'\'',青山镇,,工贸,一般隐患,企业自查,,2026-02-01,2026-02-10,,bad: no such township
	6,unknown sector '\''工业'\'' (did you mean '\''工贸'\''?),城关镇,,工业,一般隐患,企业自查,,2026-02-01,2026-02-10,,bad: no such sector
	7,7 fields where the header has 10,城关镇,,工贸,一般隐患,企业自查,,2026-02-01
	8,11 fields where the header has 10,城关镇,,工贸,一般隐患,企业自查,,2026-02-01,2026-02-10,,bad: one field too many,
	9,fails the check '\''hazard_department_finder_names_department'\'',城关镇,,工贸,一般隐患,部门检查,,2026-02-01,2026-02-10,,bad: a department finding without the department
	10,fails the check '\''hazard_deadline_not_before_found'\'',城关镇,,工贸,一般隐患,企业自查,,2026-02-01,2026-01-10,,bad: the deadline before the finding
	13,inspection_id '\''第3次'\'' is not a whole number,城关镇,,工贸,一般隐患,企业自查,,2026-02-01,2026-02-10,第3次,bad: an inspection number that is not a number
	14,unknown unit '\''青峰县不存在公司'\'',城关镇,青峰县不存在公司,工贸,一般隐患,企业自查,,2026-02-01,2026-02-10,,bad: no such unit
	15,inspection_id '\''999999'\'': no such inspection,城关镇,,工贸,一般隐患,企业自查,,2026-02-01,2026-02-10,999999,bad: no such inspection
	16,unknown level '\''一般'\'' (did you mean '\''一般隐患'\''?),城关镇,,工贸,一般,企业自查,,2026-02-01,2026-02-10,,bad: no such level
	EOF
	test_cmp expect got &&
	sql_cli rej.db "SELECT description FROM hazard WHERE found_date >= '\''2026-01-01'\'' ORDER BY hazard_id" >loaded &&
	printf "good: the first row\ngood: quoted, with a comma,\nand a second line\ngood: the last row\n" >expect &&
	test_cmp expect loaded
'

test_expect_success 'the reject file is CSV with CRLF line ends, as RFC 4180 has it' '
	test "$(grep -c "$(printf "\r")\$" rejects.csv)" = 13
'

# A rejecting import fails with its counts kept (ss_fail): --output gets
# them, and json is one complete document.
test_expect_success 'rejected rows fail the import, the counts stand: --output, json' '
	fresh keep.db &&
	test_expect_code 1 "$SAFESTAT" keep.db -c "import hazard $FIX/hazards-bad.csv --reject keep-rej.csv --output counts.json" 2>err &&
	printf "[\n{\"table\":\"hazard\",\"file\":\"%s\",\"loaded\":3,\"rejected\":12}\n]\n" "$FIX/hazards-bad.csv" >expect &&
	test_cmp expect counts.json &&
	grep "imported into .hazard., 12 rejected" err &&
	fresh keep2.db &&
	test_expect_code 1 "$SAFESTAT" keep2.db -F json -c "import hazard $FIX/hazards-bad.csv" >out 2>err &&
	printf "[\n{\"table\":\"hazard\",\"file\":\"%s\",\"loaded\":0,\"rejected\":12}\n]\n" "$FIX/hazards-bad.csv" >expect &&
	test_cmp expect out &&
	grep "nothing imported" err
'

test_expect_success 'a fixed reject file imports again as it is' '
	sed -e "s/2023-02-30/2026-02-03/g; s|2023/01/05|2026-01-05|g; s/青山镇/石桥镇/g" \
		-e "s/,工业,/,工贸,/; s/,一般,企业/,一般隐患,企业/; s/,部门检查,,/,部门检查,应急,/" \
		-e "s/2026-01-10,,bad: the deadline/2026-03-10,,bad: the deadline/" \
		-e "s/,第3次,/,,/; s/,999999,/,,/; s/,青峰县不存在公司,/,,/" \
		-e "s/^7,.*2026-02-01\r\$/7,,城关镇,,工贸,一般隐患,企业自查,,2026-02-01,2026-02-10,,fixed: the fields it lacked\r/" \
		-e "s/one field too many,\r\$/one field too many\r/" \
		rejects.csv >fixed.csv &&
	"$SAFESTAT" rej.db -c "import hazard fixed.csv --reject again.csv" >out 2>err &&
	test_must_be_empty err &&
	printf "table\tfile\tloaded\trejected\nhazard\tfixed.csv\t12\t0\n" >expect &&
	test_cmp expect out &&
	test "$(both rej.db "$NEW_HAZARDS")" = 15 &&
	test "$(tr -d "\r" <again.csv)" = "$(head -n 1 got)"
'

test_expect_success 'duplicate keys: against the database and within the file' '
	fresh vis.db &&
	test_expect_code 1 "$SAFESTAT" vis.db -c "import visitor_day $FIX/visitors.csv --reject vrej.csv" >out 2>err &&
	grep "	3	3\$" out &&
	tr -d "\r" <vrej.csv | cut -d, -f1,2 | sed 1d >got &&
	cat >expect <<-\EOF &&
	3,"duplicate: a row with spot_id '\''青峰山风景区'\''
	5,"duplicate: a row with spot_id '\''柳河古镇'\''
	7,fails the check '\''visitor_day_closed_has_no_visitors'\''
	EOF
	test_cmp expect got &&
	grep "^3,.*, day .2023-10-01. is already in visitor_day\"," vrej.csv &&
	test "$(both vis.db "SELECT count(*) FROM visitor_day WHERE day >= '\''2026-01-01'\''")" = 3 &&
	test "$(both vis.db "SELECT visitors FROM visitor_day WHERE spot_id = 1 AND day = '\''2023-10-01'\''")" = "$(sql_cli "$BUNDLED" "SELECT visitors FROM visitor_day WHERE spot_id = 1 AND day = '\''2023-10-01'\''")"
'

test_expect_success 'duplicate ids within one file: the second is refused' '
	fresh dup.db &&
	printf "hazard_id,township,sector,level,finder_kind,found_date,deadline_date,description\n90001,城关镇,工贸,一般隐患,企业自查,2026-05-01,2026-05-09,first\n90001,城关镇,工贸,一般隐患,企业自查,2026-05-02,2026-05-09,second\n" >dup.csv &&
	test_expect_code 1 "$SAFESTAT" dup.db -c "import hazard dup.csv" 2>err &&
	grep "(the first, line 3: duplicate: a row with hazard_id .90001. is already in hazard)" err &&
	test "$(sql_cli dup.db "SELECT count(*) FROM hazard WHERE hazard_id = 90001")" = 0
'

test_expect_success 'quotes, commas and newlines inside fields keep their text' '
	fresh q.db &&
	"$SAFESTAT" q.db -c "import hazard $FIX/quoted.csv" >out &&
	grep "	3	0\$" out &&
	sql_cli q.db "SELECT description || '\''|'\'' || ifnull(campaign, '\''NULL'\'') FROM hazard WHERE found_date >= '\''2026-01-01'\'' ORDER BY hazard_id" >got &&
	cat >expect <<-\EOF &&
	He said "stop", then left|NULL
	line one
	line two

	line four|NULL
	padded with blanks|NULL
	EOF
	test_cmp expect got
'

test_expect_success 'an unknown column: refused with the closest, nothing written' '
	fresh col.db &&
	state col.db >before &&
	printf "township,sector,levle,finder_kind,found_date,deadline_date,description\n" >col.csv &&
	test_expect_code 1 "$SAFESTAT" col.db -c "import hazard col.csv --reject r.csv" 2>err &&
	echo "safestat: -c1:1: unknown column '"'"'levle'"'"' in the header of '"'"'col.csv'"'"' (did you mean '"'"'level'"'"'?): '"'"'import hazard'"'"' lists the columns" >expect &&
	test_cmp expect err &&
	test ! -e r.csv &&
	state col.db >after &&
	test_cmp before after
'

test_expect_success 'a required column missing, or one given twice: refused' '
	printf "township,sector,level\n" >miss.csv &&
	test_expect_code 1 "$SAFESTAT" my.db -c "import hazard miss.csv" 2>err &&
	grep "^safestat: -c1:1: .miss.csv. has no column .finder_kind., which hazard needs in every row\$" err &&
	printf "township,乡镇\n" >twice.csv &&
	test_expect_code 1 "$SAFESTAT" my.db -c "import hazard twice.csv" 2>err &&
	grep "column .township_id. appears twice in the header of .twice.csv. (fields 1 and 2)\$" err
'

test_expect_success 'an empty file is refused; a header alone loads nothing, status 0' '
	: >empty.csv &&
	test_expect_code 1 "$SAFESTAT" my.db -c "import hazard empty.csv" 2>err &&
	grep "^safestat: -c1:1: .empty.csv. is empty: its first line must name the columns (.import hazard. lists them)\$" err &&
	head -n 1 "$FIX/hazards-good.csv" >header.csv &&
	"$SAFESTAT" my.db -c "import hazard header.csv" >out 2>err &&
	test_must_be_empty err &&
	grep "	0	0\$" out
'

test_expect_success 'blank lines are skipped; a value under an empty header is refused' '
	fresh blank.db &&
	printf "township,sector,level,finder_kind,found_date,deadline_date,description,\n\n城关镇,工贸,一般隐患,企业自查,2026-06-01,2026-06-09,ok,\n,,,,,,,\n城关镇,工贸,一般隐患,企业自查,2026-06-02,2026-06-09,extra,stray\n" >blank.csv &&
	test_expect_code 1 "$SAFESTAT" blank.db -c "import hazard blank.csv --reject b.csv" >out 2>err &&
	grep "	1	1\$" out &&
	grep "^5,\"a value in field 8, which has no header\",城关镇," b.csv
'

# A second 城关镇 (in a neighbouring county) makes the name ambiguous; a
# county column tells them apart.
test_expect_success 'names are scoped by a county column when they repeat' '
	fresh two.db &&
	printf "county,code,name_zh,name_en,kind\n安城县,990102001,城关镇,Chengguan Town,town\n" >town.csv &&
	"$SAFESTAT" two.db -c "import township town.csv" >/dev/null &&
	printf "township,sector,level,finder_kind,found_date,deadline_date,description\n城关镇,工贸,一般隐患,企业自查,2026-07-01,2026-07-09,which one?\n" >amb.csv &&
	test_expect_code 1 "$SAFESTAT" two.db -c "import hazard amb.csv" 2>err &&
	grep "township .城关镇. is ambiguous: it names 2 or more (add a county column, or give township_id)" err &&
	printf "县,township,sector,level,finder_kind,found_date,deadline_date,description\n青峰县,城关镇,工贸,一般隐患,企业自查,2026-07-01,2026-07-09,this one\n安城县,城关镇,工贸,一般隐患,企业自查,2026-07-02,2026-07-09,that one\n青风县,城关镇,工贸,一般隐患,企业自查,2026-07-03,2026-07-09,a misspelt county\n" >scoped.csv &&
	test_expect_code 1 "$SAFESTAT" two.db -c "import hazard scoped.csv --reject s-rej.csv" >out &&
	grep "^4,unknown county .青风县. (did you mean .青峰县.?),青风县," s-rej.csv &&
	sql_cli two.db "SELECT c.name_zh, h.description FROM hazard h JOIN township t ON t.township_id = h.township_id JOIN county c ON c.county_id = t.county_id WHERE h.found_date >= '\''2026-01-01'\'' ORDER BY h.hazard_id" >got &&
	printf "青峰县|this one\n安城县|that one\n" >expect &&
	test_cmp expect got
'

test_expect_success 'yes/no cells: 是 and 否 for the flags' '
	fresh yn.db &&
	printf "乡镇,检查部门,检查日期,领导带队,重点时段,联合检查\n城关镇,安委办,2026-02-10,是,全国两会,否\n城关镇,应急,2026-02-11,否,,是\n城关镇,应急,2026-02-12,也许,,0\n" >yn.csv &&
	test_expect_code 1 "$SAFESTAT" yn.db -c "import inspection yn.csv --reject yn-rej.csv" >out &&
	grep "	2	1\$" out &&
	grep "^4,leader_led .也许. must be 0 or 1 (是 or 否)," yn-rej.csv &&
	sql_cli yn.db "SELECT dept, leader_led, key_period, joint FROM inspection WHERE inspect_date >= '\''2026-01-01'\'' ORDER BY inspection_id" >got &&
	printf "sac|1|two_sessions|0\nemb|0||1\n" >expect &&
	test_cmp expect got
'

# The round trip: the ledger as hazard_named shows it (names, not ids),
# written by safestat as csv, goes back in and reads the same.
test_expect_success 'the hazard ledger exported by name imports back to the same rows' '
	fresh trip.db &&
	COLS="county, township, unit, sector, level, finder_kind, finder_dept, found_date, deadline_date, rectified_date, criterion, campaign, description" &&
	"$SAFESTAT" -F csv trip.db -c "sql \"SELECT $COLS FROM hazard_named WHERE found_date BETWEEN '\''2023-06-01'\'' AND '\''2023-06-30'\''\"" >june.csv &&
	"$SAFESTAT" trip.db -c "import hazard june.csv" >out &&
	n=$(sql_cli "$BUNDLED" "SELECT count(*) FROM hazard WHERE found_date BETWEEN '\''2023-06-01'\'' AND '\''2023-06-30'\''") &&
	test "$n" -gt 50 &&
	grep "	$n	0\$" out &&
	OLD=$(sql_cli "$BUNDLED" "SELECT max(hazard_id) FROM hazard") &&
	sql_cli trip.db "SELECT $COLS FROM hazard_named WHERE hazard_id > $OLD ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13" >new &&
	sql_cli trip.db "SELECT $COLS FROM hazard_named WHERE hazard_id <= $OLD AND found_date BETWEEN '\''2023-06-01'\'' AND '\''2023-06-30'\'' ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13" >old &&
	test_cmp old new
'

test_expect_success 'the same session sees the rows it imported' '
	fresh same.db &&
	"$SAFESTAT" same.db -c "sql \"$NEW_HAZARDS\"" \
		-c "import hazard $FIX/hazards-good.csv" \
		-c "sql \"$NEW_HAZARDS\"" >out &&
	printf "count(*)\n0\ntable\tfile\tloaded\trejected\nhazard\t%s\t5\t0\ncount(*)\n5\n" "$FIX/hazards-good.csv" >expect &&
	test_cmp expect out
'

# A long import stopped by Ctrl-C (batch mode: status 130) writes nothing.
test_expect_success 'Ctrl-C during a long import: status 130, nothing written' '
	fresh int.db &&
	sql_cli -csv -header "$BUNDLED" "WITH r(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM r WHERE k < 60)
		SELECT township_id, sector, level, finder_kind, finder_dept, found_date, deadline_date, description
		FROM r, hazard" >long.csv &&
	state int.db >before || return 1
	# (Not &&-chained: "a && b &" would put a subshell in the background.)
	"$SAFESTAT" int.db -c "import hazard long.csv" >out 2>err &
	pid=$! &&
	sleep 1 &&
	kill -INT $pid &&
	{ wait $pid; status=$?; } &&
	test "$status" = 130 &&
	grep "^safestat: -c1:1: interrupted: nothing was imported\$" err &&
	test_must_be_empty out &&
	state int.db >after &&
	test_cmp before after
'

test_expect_success 'the bundled dataset is never written: refused with a hint' '
	cksum <"$BUNDLED" >before &&
	test_expect_code 1 "$SAFESTAT" -c "import hazard $FIX/hazards-good.csv" >out 2>err &&
	test_must_be_empty out &&
	echo "safestat: -c1:1: the bundled dataset is read-only: copy it first: cp '"'"'$BUNDLED'"'"' my.db; safestat my.db" >expect &&
	test_cmp expect err &&
	cksum <"$BUNDLED" >after &&
	test_cmp before after
'

test_expect_success 'a database opened with --readonly is not written either' '
	state my.db >before &&
	test_expect_code 1 "$SAFESTAT" --readonly my.db -c "import hazard $FIX/hazards-good.csv" 2>err &&
	grep "^safestat: -c1:1: database .my.db. was opened with --readonly: start safestat without it to import\$" err &&
	state my.db >after &&
	test_cmp before after
'

if test "$(id -u)" != 0; then
	test_set_prereq NOT_ROOT
fi

test_expect_success NOT_ROOT 'nor a database file that is read-only on disk' '
	fresh ro.db && chmod a-w ro.db &&
	test_expect_code 1 "$SAFESTAT" ro.db -c "import hazard $FIX/hazards-good.csv" 2>err &&
	grep "database .ro.db. is read-only on disk: copy it first" err
'

test_expect_success 'a missing file, and a reject file that is the input' '
	test_expect_code 1 "$SAFESTAT" my.db -c "import hazard nosuch.csv" 2>err &&
	grep "^safestat: -c1:1: cannot open .nosuch.csv.: No such file or directory\$" err &&
	cp "$FIX/hazards-good.csv" self.csv &&
	test_expect_code 1 "$SAFESTAT" my.db -c "import hazard self.csv --reject self.csv" 2>err &&
	grep "the reject file .self.csv. is the file being imported: name another\$" err &&
	cmp self.csv "$FIX/hazards-good.csv"
'

test_expect_success 'plugins have no way to import: the command is a built-in' '
	"$SAFESTAT" -F tsv my.db -c "help" | grep "^import		" &&
	! grep -r "db_begin_write" "$SAFESTAT_SRC_DIR/include" "$SAFESTAT_SRC_DIR/plugins"
'

test_done
