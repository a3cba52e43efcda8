#!/bin/sh
# county: `hazards` on the bundled dataset.  The 2023 report's hazard
# figures (1324/1121 general, 98/88 major, the finder and sector splits)
# as the ledger gives them, each checked against SQL written here with the
# sqlite3 shell; the cohort and flow definitions; --as-of; the common
# filters; zero rows; every output format with its keys; bad input.
test_description='county hazards'
. "$(dirname "$0")/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/county-lib.sh"

# cohort LEVEL FROM TO ASOF [AND ...]: found, rectified, open, overdue of
# the hazards of LEVEL found FROM..TO, as of ASOF.
cohort () {
	q "SELECT count(*),
		count(CASE WHEN rectified_date <= '$4' THEN 1 END),
		count(CASE WHEN rectified_date IS NULL OR rectified_date > '$4' THEN 1 END),
		count(CASE WHEN (rectified_date IS NULL OR rectified_date > '$4') AND deadline_date < '$4' THEN 1 END)
	   FROM hazard WHERE level = '$1' AND found_date BETWEEN '$2' AND '$3' $5"
}

# cohort_row LEVEL LEVEL_ZH FROM TO ASOF [AND ...]: the row the command
# should print for the county, in csv.
cohort_row () {
	c=$(cohort "$1" "$3" "$4" "$5" "$6")
	found=${c%%,*} c=${c#*,}
	fixed=${c%%,*} c=${c#*,}
	open=${c%%,*} overdue=${c#*,}
	echo "$1,$2,990101,青峰县,$found,$fixed,$(rate "$fixed" "$found"),$open,$overdue,cohort,$5"
}

# by_dim TABLE KEY NAME ORDER JOIN: major hazards of 2023 per row of a
# code table, zero rows included, as level,level_zh,key,name,found,...
by_dim () {
	q "SELECT 'major', '重大事故隐患', g.$2, g.$3, count(h.hazard_id),
		count(CASE WHEN h.rectified_date <= '2023-12-31' THEN 1 END),
		count(CASE WHEN h.hazard_id IS NOT NULL AND (h.rectified_date IS NULL OR h.rectified_date > '2023-12-31') THEN 1 END),
		count(CASE WHEN (h.rectified_date IS NULL OR h.rectified_date > '2023-12-31') AND h.deadline_date < '2023-12-31' THEN 1 END)
	   FROM $1 g LEFT JOIN hazard h ON $5 AND h.level = 'major'
		AND h.found_date BETWEEN '2023-01-01' AND '2023-12-31'
	   GROUP BY g.$2 ORDER BY g.$4" |
	while IFS=, read -r l lz k n found fixed open overdue; do
		echo "$l,$lz,$k,$n,$found,$fixed,$(rate "$fixed" "$found"),$open,$overdue,cohort,2023-12-31"
	done
}

IT="AND sector = 'industry_trade'"
LIUHE="AND township_id = (SELECT township_id FROM township WHERE name_zh = '柳河镇')"

test_expect_success 'general and major hazards of 2023: the cohort as of 31 December' '
	rows "hazards --year 2023" >out &&
	{
		cohort_row general 一般隐患 2023-01-01 2023-12-31 2023-12-31 &&
		cohort_row major 重大事故隐患 2023-01-01 2023-12-31 2023-12-31
	} >expect &&
	test_cmp expect out
'

test_expect_success 'the report figures: 1324/1121 = 84.7% and 98/88 = 89.8%' '
	rows "hazards --year 2023" | cut -d, -f1,5-7 >out &&
	printf "general,1324,1121,84.7\nmajor,98,88,89.8\n" >expect &&
	test_cmp expect out
'

test_expect_success 'the total row adds both levels and recomputes the rate' '
	"$SAFESTAT" "$DB" -F table -c "hazards --year 2023" >out &&
	found=$(q "SELECT count(*) FROM hazard WHERE found_date LIKE ${sq}2023-%${sq}") &&
	fixed=$(q "SELECT count(*) FROM hazard WHERE found_date LIKE ${sq}2023-%${sq} AND rectified_date <= ${sq}2023-12-31${sq}") &&
	grep "│ 合计 .*│ *$found │ *$fixed │ *$(rate $fixed $found) │" out &&
	grep "basis = cohort" out
'

test_expect_success '--level all: both levels as one row, level all, in every format' '
	rows "hazards --year 2023 --level all" >out &&
	c=$(q "SELECT count(*), count(CASE WHEN rectified_date <= ${sq}2023-12-31${sq} THEN 1 END),
		count(CASE WHEN rectified_date IS NULL OR rectified_date > ${sq}2023-12-31${sq} THEN 1 END),
		count(CASE WHEN (rectified_date IS NULL OR rectified_date > ${sq}2023-12-31${sq}) AND deadline_date < ${sq}2023-12-31${sq} THEN 1 END)
	   FROM hazard WHERE found_date BETWEEN ${sq}2023-01-01${sq} AND ${sq}2023-12-31${sq}") &&
	IFS=, read -r found fixed open late <<-EOF &&
	$c
	EOF
	echo "all,全部隐患,990101,青峰县,$found,$fixed,$(rate $fixed $found),$open,$late,cohort,2023-12-31" >expect &&
	test_cmp expect out &&
	grep "^all,全部隐患,990101,青峰县,1422,1209,85.0," out &&
	"$SAFESTAT" "$DB" -F jsonl -c "hazards --year 2023 --level all" >json &&
	grep "^{\"level\":\"all\",\"level_zh\":\"全部隐患\",.*\"found\":1422,\"rectified\":1209,\"rate_pct\":85.0," json &&
	"$SAFESTAT" "$DB" -F table -c "hazards --year 2023 --level all" >table &&
	grep "level = all" table
'

test_expect_success '--level all --by sector: the two levels of each sector added, zero rows included' '
	rows "hazards --year 2023 --level all --by sector" | cut -d, -f1,3,5,6 >out &&
	q "SELECT ${sq}all${sq}, g.code, count(h.hazard_id), count(CASE WHEN h.rectified_date <= ${sq}2023-12-31${sq} THEN 1 END)
	   FROM sector g LEFT JOIN hazard h ON h.sector = g.code
		AND h.found_date BETWEEN ${sq}2023-01-01${sq} AND ${sq}2023-12-31${sq}
	   GROUP BY g.code ORDER BY g.report_order" >expect &&
	test_cmp expect out
'

test_expect_success 'without --level: still one row per level' '
	rows "hazards --year 2023" | cut -d, -f1 >out &&
	printf "general\nmajor\n" >expect &&
	test_cmp expect out
'

test_expect_success 'major hazards by finder: 11 by departments, 87 by enterprises' '
	rows "hazards --year 2023 --level major --by finder" >out &&
	by_dim finder_kind code name_zh report_order "h.finder_kind = g.code" >expect &&
	test_cmp expect out &&
	grep "^major,重大事故隐患,dept,部门检查,11," out &&
	grep "^major,重大事故隐患,self,企业自查,87," out
'

test_expect_success 'major hazards by sector: every sector, the same figures as SQL' '
	rows "hazards --year 2023 --level major --by sector" >out &&
	by_dim sector code name_zh report_order "h.sector = g.code" >expect &&
	test_cmp expect out &&
	test $(wc -l <out) = $(q "SELECT count(*) FROM sector")
'

test_expect_success 'major hazards by sector: the report list, gas at 0, and the one it leaves out' '
	rows "hazards --year 2023 --level major --by sector" | cut -d, -f4,5 >out &&
	for s in 工贸,77 特种设备,7 交通运输,5 消防,4 建筑施工,3 自建房,1 城镇燃气,0; do
		grep -x "$s" out || return 1
	done &&
	# The report names seven sectors adding up to 97 of 98; the total
	# row shows the gap, and the rows say where the 98th is.
	q "SELECT s.name_zh || ${sq},${sq} || count(*) FROM hazard h JOIN sector s ON s.code = h.sector
	   WHERE h.level = ${sq}major${sq} AND h.found_date LIKE ${sq}2023-%${sq}
	   AND s.name_zh NOT IN (${sq}工贸${sq}, ${sq}特种设备${sq}, ${sq}交通运输${sq}, ${sq}消防${sq}, ${sq}建筑施工${sq}, ${sq}自建房${sq}, ${sq}城镇燃气${sq})
	   GROUP BY s.code" >unnamed &&
	test $(wc -l <unnamed) = 1 &&
	grep -x -F -f unnamed out &&
	awk -F, "{ n += \$2 } END { print n }" out >sum &&
	echo 98 >expect && test_cmp expect sum
'

test_expect_success '--by department: finding departments, plus those no department found' '
	rows "hazards --year 2023 --level major --by department" >out &&
	test $(wc -l <out) = $(( $(q "SELECT count(*) FROM department") + 1 )) &&
	tail -n 1 out | cut -d, -f3-5 >last &&
	echo ",（非部门检查发现）,$(q "SELECT count(*) FROM hazard WHERE level = ${sq}major${sq} AND found_date LIKE ${sq}2023-%${sq} AND finder_dept IS NULL")" >expect &&
	test_cmp expect last &&
	grep "^major,重大事故隐患,emb,应急,$(q "SELECT count(*) FROM hazard WHERE level = ${sq}major${sq} AND found_date LIKE ${sq}2023-%${sq} AND finder_dept = ${sq}emb${sq}")," out &&
	awk -F, "{ n += \$5 } END { print n }" out >sum &&
	echo 98 >expect && test_cmp expect sum
'

test_expect_success '--by township: every township of the county' '
	rows "hazards --year 2023 --level major --by township" >out &&
	by_dim township code name_zh code "h.township_id = g.township_id" >expect &&
	test_cmp expect out &&
	test $(wc -l <out) = 12
'

test_expect_success '--by month: twelve months, zero months included' '
	rows "hazards --year 2023 --level major --by month" | cut -d, -f3,4 >out &&
	q "WITH RECURSIVE m(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM m WHERE n < 12)
	   SELECT printf(${sq}2023-%02d${sq}, n), (SELECT count(*) FROM hazard
		WHERE level = ${sq}major${sq} AND substr(found_date, 1, 7) = printf(${sq}2023-%02d${sq}, n))
	   FROM m" >expect &&
	test_cmp expect out
'

test_expect_success '--by unit: every unit, and the hazards of no unit' '
	rows "hazards --year 2023 --by unit" >out &&
	test $(wc -l <out) = $(( 2 * ($(q "SELECT count(*) FROM unit") + 1) )) &&
	grep "^general,一般隐患,,（无单位：道路、公共场所等）,$(q "SELECT count(*) FROM hazard WHERE level = ${sq}general${sq} AND found_date LIKE ${sq}2023-%${sq} AND unit_id IS NULL")," out
'

test_expect_success '--flow: rectified within the year whenever found, against the backlog plus the new' '
	rows "hazards --year 2023 --level general --flow" >out &&
	G="level = ${sq}general${sq}" &&
	backlog=$(q "SELECT count(*) FROM hazard WHERE $G AND found_date < ${sq}2023-01-01${sq} AND (rectified_date IS NULL OR rectified_date >= ${sq}2023-01-01${sq})") &&
	found=$(q "SELECT count(*) FROM hazard WHERE $G AND found_date LIKE ${sq}2023-%${sq}") &&
	fixed=$(q "SELECT count(*) FROM hazard WHERE $G AND rectified_date LIKE ${sq}2023-%${sq}") &&
	open=$(q "SELECT count(*) FROM hazard WHERE $G AND found_date <= ${sq}2023-12-31${sq} AND (rectified_date IS NULL OR rectified_date > ${sq}2023-12-31${sq})") &&
	late=$(q "SELECT count(*) FROM hazard WHERE $G AND found_date <= ${sq}2023-12-31${sq} AND (rectified_date IS NULL OR rectified_date > ${sq}2023-12-31${sq}) AND deadline_date < ${sq}2023-12-31${sq}") &&
	due=$((backlog + found)) &&
	echo "general,一般隐患,990101,青峰县,$backlog,$found,$due,$fixed,$(rate $fixed $due),$open,$late,flow,2023-12-31" >expect &&
	test_cmp expect out &&
	test $due = $((fixed + open))
'

test_expect_success '--flow: the keys, and a rate never above 100% in any year or grouping' '
	"$SAFESTAT" "$DB" -F csv -c "hazards --year 2025 --flow" | head -n 1 >out &&
	printf "level,level_zh,county,county_zh,open_at_start,found,to_rectify,rectified,rate_pct,open,overdue,basis,as_of\r\n" >expect &&
	test_cmp expect out &&
	for y in 2021 2022 2023 2024 2025; do
		for by in county sector township finder department unit; do
			rows "hazards --year $y --flow --by $by" | awk -F, -v by=$by "
				\$(NF - 4) > 100 || \$(NF - 5) > \$(NF - 6) { print by \": \" \$0; bad = 1 }
				END { exit bad }" || return 1
		done
	done
'

test_expect_success '--flow and the cohort differ where they should, and agree on found' '
	rows "hazards --year 2023 --level general" | cut -d, -f5,6,10 >cohort &&
	rows "hazards --year 2023 --level general --flow" | cut -d, -f6,8,12 >flow &&
	test "$(cut -d, -f1 cohort)" = "$(cut -d, -f1 flow)" &&
	test "$(cut -d, -f2 cohort)" -lt "$(cut -d, -f2 flow)" &&
	test "$(cut -d, -f3 flow)" = flow &&
	"$SAFESTAT" "$DB" -F table -c "hazards --year 2023 --flow" >table &&
	grep "basis = flow" table &&
	grep "rate_pct = rectified ÷ to_rectify，不超过100%" table
'

test_expect_success '--flow may be grouped, but not by month' '
	rows "hazards --year 2023 --level major --flow --by sector" >out &&
	test $(wc -l <out) = $(q "SELECT count(*) FROM sector") &&
	test_expect_code 1 "$SAFESTAT" "$DB" -c "hazards --year 2023 --flow --by month" >out 2>err &&
	test_must_be_empty out &&
	grep "^safestat: -c1:1: --flow cannot be grouped by month" err &&
	test $(wc -l <err) = 1
'

test_expect_success '--as-of: a later day counts more rectified, fewer open, as SQL says' '
	rows "hazards --year 2023 --as-of 2024-06-30" >out &&
	{
		cohort_row general 一般隐患 2023-01-01 2023-12-31 2024-06-30 &&
		cohort_row major 重大事故隐患 2023-01-01 2023-12-31 2024-06-30
	} >expect &&
	test_cmp expect out &&
	rows "hazards --year 2023" >before &&
	test "$(head -n 1 out | cut -d, -f6)" -gt "$(head -n 1 before | cut -d, -f6)"
'

test_expect_success '--as-of inside the period: only what was found by then is counted' '
	rows "hazards --year 2023 --as-of 2023-06-30" >out &&
	{
		cohort_row general 一般隐患 2023-01-01 2023-06-30 2023-06-30 &&
		cohort_row major 重大事故隐患 2023-01-01 2023-06-30 2023-06-30
	} >expect &&
	test_cmp expect out &&
	"$SAFESTAT" "$DB" -F table -c "hazards --year 2023 --as-of 2023-06-30" >table &&
	grep "发现数只计至2023-06-30" table
'

test_expect_success 'the default as-of day inside the period (today) counts the same way' '
	SAFESTAT_TODAY=2024-06-30 rows "hazards --year 2024" >out &&
	{
		cohort_row general 一般隐患 2024-01-01 2024-06-30 2024-06-30 &&
		cohort_row major 重大事故隐患 2024-01-01 2024-06-30 2024-06-30
	} >expect &&
	test_cmp expect out
'

# identity COMMAND: every row of the command's csv with found (column
# FOUND) other than rectified + open (RECT, OPEN), by the csv header.
identity () {
	"$SAFESTAT" "$DB" -F csv -c "$1" | tr -d "\r" |
	awk -F, "NR == 1 { for (i = 1; i <= NF; i++) c[\$i] = i; next }
		{ n++ }
		\$c[\"found\"] != \$c[\"rectified\"] + \$c[\"open\"] { print; bad++ }
		END { if (n == 0 || bad) exit 1 }"
}

test_expect_success 'found = rectified + open on every as-of day, in every grouping' '
	for day in 2023-01-15 2023-03-31 2023-06-30 2023-09-30 2023-12-31 2024-06-30; do
		for by in county sector township finder department month unit; do
			identity "hazards --year 2023 --as-of $day --by $by" || {
				echo "--as-of $day --by $by"; return 1; }
		done
		identity "hazards --quarter 2023Q3 --as-of $day --level major" ||
			test "$day" \< 2023-07-01 || return 1
	done
'

test_expect_success 'and in the sector plugins, which share the filter' '
	identity "chemicals hazards --year 2023 --as-of 2023-06-30" &&
	identity "gas hazards --year 2023 --as-of 2023-03-31 --by township"
'

test_expect_success '--township narrows the count (and takes its English name)' '
	rows "hazards --year 2023 --township 柳河镇" | cut -d, -f5-9 >out &&
	rows "hazards --year 2023 --township \"Liuhe Town\"" | cut -d, -f5-9 >out2 &&
	test_cmp out out2 &&
	{
		cohort_row general 一般隐患 2023-01-01 2023-12-31 2023-12-31 "$LIUHE" &&
		cohort_row major 重大事故隐患 2023-01-01 2023-12-31 2023-12-31 "$LIUHE"
	} | cut -d, -f5-9 >expect &&
	test_cmp expect out
'

test_expect_success '--sector narrows the count' '
	rows "hazards --year 2023 --sector industry_trade" >out &&
	{
		cohort_row general 一般隐患 2023-01-01 2023-12-31 2023-12-31 "$IT" &&
		cohort_row major 重大事故隐患 2023-01-01 2023-12-31 2023-12-31 "$IT"
	} >expect &&
	test_cmp expect out &&
	rows "hazards --year 2023 --sector 工贸" >zh &&
	test_cmp out zh
'

test_expect_success '--department keeps what that department found' '
	rows "hazards --year 2023 --level major --department 应急" | cut -d, -f5 >out &&
	q "SELECT count(*) FROM hazard WHERE level = ${sq}major${sq} AND found_date LIKE ${sq}2023-%${sq} AND finder_dept = ${sq}emb${sq}" >expect &&
	test_cmp expect out
'

test_expect_success '--quarter, --month and --from/--to: counted as of their last day' '
	rows "hazards --quarter 2023Q3" >out &&
	{
		cohort_row general 一般隐患 2023-07-01 2023-09-30 2023-09-30 &&
		cohort_row major 重大事故隐患 2023-07-01 2023-09-30 2023-09-30
	} >expect &&
	test_cmp expect out &&
	rows "hazards --month 2023-09 --level general" >out &&
	cohort_row general 一般隐患 2023-09-01 2023-09-30 2023-09-30 >expect &&
	test_cmp expect out &&
	rows "hazards --from 2023-03-15 --to 2023-05-20 --level major" >out &&
	cohort_row major 重大事故隐患 2023-03-15 2023-05-20 2023-05-20 >expect &&
	test_cmp expect out
'

test_expect_success 'the quarters add up to the year' '
	for qq in 1 2 3 4; do
		rows "hazards --quarter 2023Q$qq --as-of 2023-12-31" | cut -d, -f5,6
	done | awk -F, "{ f += \$1; r += \$2 } END { print f \",\" r }" >out &&
	rows "hazards --year 2023" | awk -F, "{ f += \$5; r += \$6 } END { print f \",\" r }" >expect &&
	test_cmp expect out
'

test_expect_success 'the default year is the last ledger year' '
	rows "hazards" >out &&
	rows "hazards --year $(q "SELECT substr(value, 6, 4) FROM dataset_info WHERE key = ${sq}ledger_years${sq}")" >expect &&
	test_cmp expect out
'

test_expect_success 'a filter that matches nothing gives zero rows, not an error' '
	rows "hazards --year 2023 --level major --sector gas --township 清水乡 --by month" >out &&
	test $(wc -l <out) = 12 &&
	test "$(cut -d, -f4-8 out | sort -u)" = "0,0,,0,0" &&
	rows "hazards --year 2030" | cut -d, -f5-9 | sort -u >out &&
	echo "0,0,,0,0" >expect &&
	test_cmp expect out
'

test_expect_success 'an unknown township: one line with a suggestion, status 1' '
	test_expect_code 1 "$SAFESTAT" "$DB" -c "hazards --township 柳河" >out 2>err &&
	test_must_be_empty out &&
	echo "safestat: -c1:1: unknown township ${sq}柳河${sq} (did you mean ${sq}柳河镇${sq}?)" >expect &&
	test_cmp expect err
'

test_expect_success 'an unknown sector: one line with a suggestion, status 1' '
	test_expect_code 1 "$SAFESTAT" "$DB" -c "hazards --sector gass" >out 2>err &&
	test_must_be_empty out &&
	echo "safestat: -c1:1: unknown sector ${sq}gass${sq} (did you mean ${sq}gas${sq}?)" >expect &&
	test_cmp expect err
'

test_expect_success 'bad --level, --by, --as-of: one line each, status 1' '
	test_expect_code 1 "$SAFESTAT" "$DB" -c "hazards --level mayor" 2>err &&
	test $(wc -l <err) = 1 && grep "major" err &&
	test_expect_code 1 "$SAFESTAT" "$DB" -c "hazards --by sectors" 2>err &&
	test $(wc -l <err) = 1 && grep "sector" err &&
	test_expect_code 1 "$SAFESTAT" "$DB" -c "hazards --year 2023 --as-of 2022-12-31" 2>err &&
	echo "safestat: -c1:1: --as-of 2022-12-31 is before the period starts (2023-01-01): nothing found in it could be counted by then" >expect &&
	test_cmp expect err
'

# Every format, with the keys scripts rely on.
KEYS="level,level_zh,county,county_zh,found,rectified,rate_pct,open,overdue,basis,as_of"

test_expect_success 'csv: the keys, then one row per level' '
	"$SAFESTAT" "$DB" -F csv -c "hazards --year 2023" >out &&
	printf "%s\r\n" "$KEYS" >expect &&
	cohort_row general 一般隐患 2023-01-01 2023-12-31 2023-12-31 | sed "s/\$/\r/" >>expect &&
	cohort_row major 重大事故隐患 2023-01-01 2023-12-31 2023-12-31 | sed "s/\$/\r/" >>expect &&
	test_cmp expect out
'

test_expect_success 'tsv: the same keys and rows, tab-separated' '
	"$SAFESTAT" "$DB" -F tsv -c "hazards --year 2023" >out &&
	"$SAFESTAT" "$DB" -F csv -c "hazards --year 2023" | tr -d "\r" | tr , "\t" >expect &&
	test_cmp expect out
'

test_expect_success 'json and jsonl: numbers as numbers, every key' '
	"$SAFESTAT" "$DB" -F jsonl -c "hazards --year 2023 --level major" >out &&
	cohort_row major 重大事故隐患 2023-01-01 2023-12-31 2023-12-31 >row &&
	IFS=, read -r l lz c cz f r p o d b a <row &&
	echo "{\"level\":\"$l\",\"level_zh\":\"$lz\",\"county\":\"$c\",\"county_zh\":\"$cz\",\"found\":$f,\"rectified\":$r,\"rate_pct\":$p,\"open\":$o,\"overdue\":$d,\"basis\":\"$b\",\"as_of\":\"$a\"}" >expect &&
	test_cmp expect out &&
	"$SAFESTAT" "$DB" -F json -c "hazards --year 2023 --level major" >json &&
	{ echo "["; cat expect; echo "]"; } >expect.json &&
	test_cmp expect.json json
'

test_expect_success 'table and markdown: a title, the total row and the basis note' '
	"$SAFESTAT" "$DB" -F table -c "hazards --year 2023 --level major --by sector" >out &&
	head -n 1 out >title &&
	echo "隐患排查整改 · 2023年 · 按行业领域" >expect &&
	test_cmp expect title &&
	grep "│ 合计 .*│ *98 │ *88 │ *89.8 │" out &&
	"$SAFESTAT" "$DB" -F markdown -c "hazards --year 2023 --level major --by sector" >md &&
	grep "^### 隐患排查整改 · 2023年 · 按行业领域\$" md &&
	grep "^| \*\*合计\*\* .*| *\*\*98\*\* | *\*\*88\*\* | *\*\*89.8\*\* |" md &&
	grep "^> 口径（basis = cohort）" md
'

test_expect_success 'titles name the as-of day when it is not the period end' '
	"$SAFESTAT" "$DB" -F table -c "hazards --year 2023 --as-of 2024-06-30" | head -n 1 >out &&
	echo "隐患排查整改 · 2023年（截至2024-06-30） · 按县" >expect &&
	test_cmp expect out &&
	"$SAFESTAT" "$DB" -F markdown -c "hazards --year 2023 --as-of 2023-06-30 --by sector" >md &&
	grep "^### 隐患排查整改 · 2023年（截至2023-06-30） · 按行业领域\$" md &&
	SAFESTAT_TODAY=2025-06-30 "$SAFESTAT" "$DB" -F table -c "enforcement" | head -n 1 >out &&
	echo "安全生产行政处罚 · 2025年（截至2025-06-30） · 按县" >expect &&
	test_cmp expect out
'

test_expect_success 'machine formats carry no total row and no note' '
	for f in csv tsv json jsonl; do
		"$SAFESTAT" "$DB" -F $f -c "hazards --year 2023" >out &&
		! grep -e 合计 -e 口径 out || return 1
	done
'

test_done
