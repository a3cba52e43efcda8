#!/bin/sh
# verify: the county's 2023 report (tests/fixtures/report-2023.txt, a
# byte-identical copy of the seed, markers and slips included) with the
# expected status of each key claim; edited copies made here with sed
# (numbers changed -> differs, a rate changed -> inconsistent, sentences
# reordered -> the same statuses, a claim removed -> one row fewer); a
# hand-written draft with other wording and other numbers; encodings.
test_description='verify FILE'
. "$SAFESTAT_SRC_DIR/tests/test-lib.sh"

test_have_prereq SQLITE3 || skip_all 'the sqlite3 command-line shell is missing'

DB="$SAFESTAT_BUILD_DIR/data/county.db"
SEED="$SAFESTAT_SRC_DIR/tests/fixtures/report-2023.txt"
# verify ARGS: the rows as tsv; a draft with claims that do not check out
# exits 1 with its table kept (tested below), which is a success here
verify () {
	"$SAFESTAT" "$DB" -F tsv -c "verify $*" 2>verify.err
	rc=$?
	cat verify.err >&2
	test $rc = 1 && grep -q "claims do not check out" verify.err && rc=0
	return $rc
}
# status CLAIM [QUALIFIER] <rows: the status of the row with that claim
# (and qualifier) in a tsv from verify
status () {
	awk -F '\t' -v c="$1" -v q="$2" '$3 == c && (q == "" || $5 == q) { print $9; exit }'
}
# key: claim, indicator, qualifier and status of each row, sorted
key () {
	cut -f3,4,5,9 "$1" | sort
}

verify "$SEED" >seed.tsv || { echo "Bail out! verify failed on the seed"; exit 1; }

test_expect_success 'the seed fixture is intact (its odd markers included)' '
	grep -c "##paidbegin##" "$SEED" >n && test "$(cat n)" = 1 &&
	grep "整改率达96％" "$SEED" && grep "纸漏" "$SEED"
'

test_expect_success 'the keys' '
	head -1 seed.tsv >head &&
	printf "line\texcerpt\tclaim\tindicator\tqualifier\tstated\tcomputed\tunit\tstatus\twhy\n" >expect &&
	test_cmp expect head
'

test_expect_success 'the 96% rate is inconsistent with 1121/1324 = 84.7%' '
	grep "	96％	general_rectification_rate	" seed.tsv >row &&
	test "$(cut -f1,6,7,9 row)" = "$(printf "7\t96\t84.7\tinconsistent")" &&
	grep "按所述1121项÷1324项计算为84.7%，与所述96％不符" row
'

test_expect_success 'the sector list sums to 97 against the 98 stated; 烟花爆竹 is the one left out' '
	grep "	分项合计	" seed.tsv >row &&
	test "$(cut -f1,4,6,7,9 row)" = "$(printf "12\tmajor_hazards_found\t97\t98\tinconsistent")" &&
	grep "数据中未列出的行业领域：烟花爆竹1项" row
'

test_expect_success 'the figures the report gets right are ok' '
	test "$(status 89.8％ <seed.tsv)" = ok &&
	grep "	89.8％	major_rectification_rate	.*88/98 = 89.8%" seed.tsv &&
	for c in 34场次 7次 1324项 1121项 32起 12余万元 98项 11项 87项 88项 6次 \
	    2万余份 4万条 72场 1521人次 52场 970人次 69场 4502人次 30处 35件 \
	    30次 1650辆次 19面 约280平方 26处 52立方米 8户 300余份 5712万元 \
	    19.518公里 51.5％ 65.1％ 8公里 超额完成 32项 全部完成整改 77条 \
	    7条 5条 4条 3条 1条 未排查出 第二名 第一名 未发生 远低于全市平均; do
		test "$(status "$c" <seed.tsv)" = ok ||
			{ echo "$c: $(status "$c" <seed.tsv)"; return 1; }
	done
'

test_expect_success 'claims narrowed by the sectors or departments named beside them' '
	test "$(status 未达到50％ 交通 <seed.tsv)" = ok &&
	test "$(status 未达到50％ 建筑施工 <seed.tsv)" = ok &&
	grep "	未达到50％	insurance_coverage	交通	50	40.9	" seed.tsv &&
	test "$(status 未排查出 燃气 <seed.tsv)" = ok &&
	grep "	32项	general_hazards_found	危化品	" seed.tsv &&
	for d in 工信 公安 住建 教育; do
		test "$(status 0 $d <seed.tsv)" = ok || return 1
	done
'

test_expect_success 'the 城管文旅 of the report is checked as the departments it names' '
	row=$(awk -F "\t" "\$3 == \"0\" && \$5 == \"城管文旅\"" seed.tsv) &&
	test "$(echo "$row" | cut -f4,7,9)" = "$(printf "assisted_key_units\t0\tok")" &&
	n=$(sql_cli "$DB" "SELECT count(DISTINCT a.unit_id) FROM assistance_visit a JOIN department d ON d.code = a.dept WHERE a.visit_date LIKE '"'"'2023-%'"'"' AND (d.short_zh = '"'"'城管文旅'"'"' OR d.short_zh IN ('"'"'城管'"'"', '"'"'文旅'"'"'))") &&
	test "$n" = 0
'

test_expect_success '城管文旅 is one department: checked as itself, not as a sum' '
	row=$(awk -F "\t" "\$3 == \"0\" && \$5 == \"城管文旅\"" seed.tsv) &&
	! echo "$row" | grep "按城管、文旅合计"
'

test_expect_success 'computed rates and means keep their decimal: 41.0 and 2.0, not 41 and 2' '
	grep "	未达到50％	insurance_coverage	建筑施工	50	41.0	%	ok	" seed.tsv &&
	grep "	远低于全市平均	township_inspectors_avg		4.6	2.0	人/乡镇	ok	" seed.tsv &&
	verify --year 2023 --text "建筑施工行业安责险覆盖率41.0%。" >r41.tsv &&
	grep "	41.0%	insurance_coverage	建筑施工	41.0	41.0	%	ok	与数据一致：16/39 = 41.0%$" r41.tsv &&
	"$SAFESTAT" "$DB" -F json -c "verify --year 2023 --text 建筑施工行业安责险覆盖率41.0%。" >r41.json &&
	grep "\"stated\":41.0,\"computed\":41.0," r41.json
'

test_expect_success 'a rate stated to the hundredth is computed to the hundredth' '
	fg=$(sql_cli "$DB" "SELECT count(*) || '"'"' '"'"' || sum(rectified_date <= '"'"'2023-12-31'"'"') FROM hazard WHERE level = '"'"'general'"'"' AND found_date LIKE '"'"'2023-%'"'"'") &&
	set -- $fg && h=$(( (2 * $2 * 10000 / $1 + 1) / 2 )) &&
	want="$((h / 100)).$((h % 100))" && test "$want" = 84.67 &&
	verify --year 2023 --text "一般隐患整改率84.66%。一般隐患整改率${want}%。" >r2.tsv &&
	cut -f3,6,7,9 r2.tsv | sed 1d >actual &&
	printf "84.66%%\t84.66\t%s\tdiffers\n%s%%\t%s\t%s\tok\n" $want $want $want $want >expect &&
	test_cmp expect actual &&
	grep "数据为$2/$1 = ${want}%" r2.tsv
'

test_expect_success 'nothing differs, nothing unchecked; no claim from dates, ordinals or measures' '
	! cut -f9 seed.tsv | grep -x differs &&
	! cut -f9 seed.tsv | grep -x unchecked &&
	cut -f3 seed.tsv >claims &&
	! grep -x -e "66条" -e "68条" -e "69条" -e "十五条" -e "24小时" -e "2023年" -e "9月" claims &&
	test $(sed 1d seed.tsv | wc -l) = 60
'

test_expect_success 'a draft that does not check out fails, like diff, and keeps its table' '
	test_expect_code 1 "$SAFESTAT" "$DB" -F csv -c "verify $SEED" >out.csv 2>err &&
	echo "safestat: -c1:1: 2 of 60 claims do not check out: 0 differ from the data, 2 from the figures stated beside them" >expect &&
	test_cmp expect err &&
	test $(sed 1d out.csv | wc -l) = 60 &&
	test_expect_code 1 "$SAFESTAT" "$DB" -c "verify --year 2023 --text 排查重大事故隐患97项。" >/dev/null 2>err &&
	grep "1 of 1 claims do not check out: 1 differ from the data, 0 from" err &&
	"$SAFESTAT" "$DB" -c "verify --year 2023 --text 排查重大事故隐患98项。" >/dev/null 2>err &&
	test_must_be_empty err
'

test_expect_success 'the title counts the rows listed: claims, their sectors and departments, sums' '
	test_expect_code 1 "$SAFESTAT" "$DB" -F table -c "verify $SEED" >seed.table &&
	rows=$(sed 1d seed.tsv | wc -l) &&
	test $rows = $(grep -c "^│ *[0-9]" seed.table) &&
	head -1 seed.table >title &&
	grep "^核对 .*report-2023.txt：2023年数据（取自标题），共${rows}项：54处数字（其中2处涉及多个行业领域或部门，逐一核对），另有分项合计1项$" title &&
	test $rows = $((54 + (5 - 1) + (2 - 1) + 1)) &&
	tail -1 seed.table >note &&
	grep "^\* ok（与数据一致）58，differs（与数据不符）0，inconsistent（前后矛盾）2，unchecked（未能核对）0$" note &&
	test $((58 + 2)) = $rows
'

test_expect_success 'numbers changed: the changed claims differ, the rest stay ok' '
	sed -e "s/排查一般隐患1324项/排查一般隐患1342项/" -e "s/罚款12余万元/罚款15余万元/" \
	    -e "s/培训52场/培训50场/" -e "s/全省第二名/全省第三名/" "$SEED" >edited.txt &&
	verify edited.txt >edited.tsv &&
	test "$(status 1342项 <edited.tsv)" = differs &&
	test "$(status 15余万元 <edited.tsv)" = differs &&
	test "$(status 50场 <edited.tsv)" = differs &&
	test "$(status 第三名 <edited.tsv)" = differs &&
	grep "	1342项	.*数据为1324项" edited.tsv &&
	# 全省第二名 is on two lines: five claims changed
	test $(grep -c "	第三名	" edited.tsv) = 2 &&
	test $(cut -f9 edited.tsv | grep -c -x differs) = 5 &&
	test $(cut -f9 edited.tsv | grep -c -x ok) = $(($(cut -f9 seed.tsv | grep -c -x ok) - 5))
'

test_expect_success 'a rate changed: inconsistent with its counts; set right, it is ok' '
	sed "s/占89.8％/占90.8％/" "$SEED" >rate.txt &&
	verify rate.txt >rate.tsv &&
	test "$(status 90.8％ <rate.tsv)" = inconsistent &&
	grep "按所述88项÷98项计算为89.8%" rate.tsv &&
	sed "s/整改率达96％/整改率达84.7％/" "$SEED" >fixed.txt &&
	verify fixed.txt >fixed.tsv &&
	test "$(status 84.7％ <fixed.tsv)" = ok
'

test_expect_success 'sentences and paragraphs reordered: the same statuses' '
	sed -e "s/企业组织事故应急演练72场，参与1521人次，开展从业人员自救互救技能培训52场，参与970人次；/开展从业人员自救互救技能培训52场，参与970人次，企业组织事故应急演练72场，参与1521人次；/" \
	    "$SEED" >swapped.txt &&
	! cmp -s "$SEED" swapped.txt &&
	sed -n "1,12p" swapped.txt >reordered.txt &&
	sed -n "14p" swapped.txt >>reordered.txt &&
	sed -n "13p" swapped.txt >>reordered.txt &&
	sed -n "15,\$p" swapped.txt >>reordered.txt &&
	verify reordered.txt >reordered.tsv &&
	key seed.tsv >a && key reordered.tsv >b &&
	test_cmp a b
'

test_expect_success 'a claim removed: one row fewer' '
	sed "s/发送安全宣传短信4万条；//" "$SEED" >removed.txt &&
	verify removed.txt >removed.tsv &&
	test $(wc -l <removed.tsv) = $(($(wc -l <seed.tsv) - 1)) &&
	! grep "	sms	" removed.tsv &&
	grep "	sms	" seed.tsv
'

cat >draft-2024.txt <<'EOF'
2024年度全县安全生产工作总结（征求意见稿）
一、基本情况
全年全县共发生生产安全事故5起，死亡5人。全县全年共召开安全生产工作会议31次。
二、隐患治理
各类检查共发现一般事故隐患1488处，已整改到位1342处，整改率为90.2%。发现重大隐患83条，完成整改77条，整改率为95%。
三、执法与宣传
全年实施行政处罚四十一起，罚没款共计16.82万元。组织企业开展应急演练79场次。治超站共检测货运车辆2000辆次。
四、下一步
全面落实“十五条硬措施”，于2025年3月前完成整改。
EOF

test_expect_success 'a hand-written 2024 draft: other wording, other numbers' '
	verify draft-2024.txt >draft.tsv &&
	y=2024 &&
	test "$(sql_cli "$DB" "SELECT count(*) FROM accident_graded WHERE occurred_date LIKE '"'"'$y-%'"'"'")" = 5 &&
	test "$(sql_cli "$DB" "SELECT count(*) FROM meeting WHERE held_date LIKE '"'"'$y-%'"'"'")" = 31 &&
	test "$(sql_cli "$DB" "SELECT count(*), sum(rectified_date <= '"'"'$y-12-31'"'"') FROM hazard WHERE level = '"'"'general'"'"' AND found_date LIKE '"'"'$y-%'"'"'")" = "1488|1342" &&
	test "$(sql_cli "$DB" "SELECT count(*), sum(rectified_date <= '"'"'$y-12-31'"'"') FROM hazard WHERE level = '"'"'major'"'"' AND found_date LIKE '"'"'$y-%'"'"'")" = "83|77" &&
	test "$(sql_cli "$DB" "SELECT count(*) FROM weighing_checked WHERE op_date LIKE '"'"'$y-%'"'"'")" != 2000 &&
	cut -f3,4,9 draft.tsv | sed 1d >actual &&
	cat >expect <<-\EOT &&
	5起	accidents	ok
	5人	accident_deaths	ok
	31次	meetings	ok
	1488处	general_hazards_found	ok
	1342处	general_hazards_rectified	ok
	90.2%	general_rectification_rate	ok
	83条	major_hazards_found	ok
	77条	major_hazards_rectified	ok
	95%	major_rectification_rate	inconsistent
	四十一起	penalties	ok
	16.82万元	fines	ok
	79场次	drills	ok
	2000辆次	vehicles_weighed	differs
	EOT
	test_cmp expect actual
'

test_expect_success 'report and verify agree: every year'"'"'s report text checks clean' '
	for y in 2021 2022 2023 2024 2025; do
		"$SAFESTAT" "$DB" -F table -c "report --year $y" >report-$y.txt &&
		verify report-$y.txt --year $y >check-$y.tsv &&
		test $(sed 1d check-$y.tsv | wc -l) -gt 60 &&
		if cut -f9 check-$y.tsv | sed 1d | grep -v -x ok; then
			grep -v "	ok	" check-$y.tsv; return 1
		fi || return 1
	done &&
	grep "	281项	general_hazards_found	.*ok	与数据一致：2022年1043项，2023年1324项，增加281项" check-2023.tsv &&
	grep "	分项合计	.*ok	所列7个行业领域合计98项，等于第8行所述总数98项" check-2023.tsv
'

test_expect_success 'the year comes from the title; --year overrides it' '
	"$SAFESTAT" "$DB" -F table -c "verify draft-2024.txt" | head -1 | grep "2024年数据（取自标题）" &&
	verify draft-2024.txt --year 2023 >as2023.tsv &&
	test "$(status 1488处 <as2023.tsv)" = differs
'

# 案件 is any kind of case; the words before it say which.
test_expect_success 'the words before a number outweigh a generic noun: 行政处罚案件 are penalties' '
	pen=$(sql_cli "$DB" "SELECT count(*) FROM enforcement_case e JOIN case_kind k ON k.code = e.kind WHERE k.category = '"'"'safety'"'"' AND e.decided_date LIKE '"'"'2023-%'"'"'") &&
	trf=$(sql_cli "$DB" "SELECT count(*) FROM enforcement_case e JOIN case_kind k ON k.code = e.kind WHERE k.category = '"'"'traffic'"'"' AND e.decided_date LIKE '"'"'2023-%'"'"'") &&
	test "$pen,$trf" = 32,35 &&
	verify --year 2023 --text "全年共查处安全生产行政处罚案件32件。查处交通违法案件35件。其中行政处罚案件32件、违法案件35件。" >cases.tsv &&
	cut -f3,4,7,9 cases.tsv | sed 1d >actual &&
	printf "32件\tpenalties\t%s\tok\n35件\ttraffic_cases\t%s\tok\n" $pen $trf >expect &&
	printf "32件\tpenalties\t%s\tok\n35件\ttraffic_cases\t%s\tok\n" $pen $trf >>expect &&
	test_cmp expect actual
'

test_expect_success 'a rate before its counts: the counts are its base, the rate inconsistent with them' '
	set -- $(sql_cli -separator " " "$DB" "SELECT count(*), sum(rectified_date <= '"'"'2023-12-31'"'"') FROM hazard WHERE level = '"'"'general'"'"' AND found_date LIKE '"'"'2023-%'"'"'") &&
	test "$1 $2" = "1324 1121" &&
	for text in "一般隐患整改率96%，排查1324项、整改1121项。" \
	    "整改率96%，排查一般隐患1324项、整改一般隐患1121项。" \
	    "排查一般隐患1324项、整改1121项，整改率96%。"; do
		verify --year 2023 --text "$text" >pair.tsv &&
		cut -f3,4,7,9 pair.tsv | sed 1d | sort >actual &&
		printf "%s\n" "1121项	general_hazards_rectified	$2	ok" \
		    "1324项	general_hazards_found	$1	ok" \
		    "96%	general_rectification_rate	84.7	inconsistent" >expect &&
		test_cmp expect actual &&
		grep "按所述1121项÷1324项计算为84.7%，与所述96%不符" pair.tsv || return 1
	done
'

test_expect_success 'two counts in one clause: each takes the verb nearest to it' '
	verify --year 2023 --text "全县排查一般隐患1324项、整改1121项。" >verbs.tsv &&
	cut -f3,4,9 verbs.tsv | sed 1d >actual &&
	printf "1324项\tgeneral_hazards_found\tok\n1121项\tgeneral_hazards_rectified\tok\n" >expect &&
	test_cmp expect actual
'

# major SECTOR: the sector's major hazards found in 2023, from SQL
major () {
	sql_cli "$DB" "SELECT count(*) FROM hazard WHERE level = 'major' AND found_date LIKE '2023-%'${1:+ AND sector = '$1'}"
}

test_expect_success 'a total after a list is the list'"'"'s: the sum against it, and it against the data' '
	test "$(major industry_trade) $(major special_equipment) $(major transport) $(major fire)" = "77 7 5 4" &&
	for text in "重大隐患工贸77项、特种设备7项、交通运输5项、消防4项，合计95项。" \
	    "排查重大事故隐患98项，其中工贸77项、特种设备7项、交通运输5项、消防4项，合计95项。" \
	    "工贸77项、特种设备7项、交通运输5项、消防4项，合计95项。"; do
		verify --year 2023 --text "$text" >total.tsv &&
		grep "	95项	major_hazards_found		95	$(major)	项	differs	数据为$(major)项" total.tsv &&
		grep "	工贸、特种设备、交通运输、消防	major_hazards_found	分项合计	93	95	项	inconsistent	所列4个行业领域合计93项，与第1行所述总数95项不符" total.tsv &&
		test $(grep -c "	major_hazards_found	\(工贸\|特种设备\|交通运输\|消防\)	.*	ok	" total.tsv) = 4 || return 1
	done
'

test_expect_success 'a breakdown that does not name its subject: from the figure stated before it' '
	printf "%s\n" "排查重大事故隐患98项，其中部门排查11项，企业自查87项。" \
	    "分行业看，工贸77项、特种设备7项、交通运输5项、消防4项、建筑施工3项、自建房1项、燃气0项。" >before.txt &&
	verify before.txt --year 2023 >before.tsv &&
	awk -F "\t" "\$1 == 2 && \$5 != \"分项合计\" { print \$3, \$4, \$9 }" before.tsv >actual &&
	for c in 77项 7项 5项 4项 3项 1项 0项; do
		echo "$c major_hazards_found ok" || return 1
	done >expect &&
	test_cmp expect actual &&
	grep "	77项	.*统计对象取自第1行“98项”（排查重大事故隐患）" before.tsv &&
	grep "	分项合计	97	$(major)	项	inconsistent	" before.tsv
'

test_expect_success 'a breakdown with nothing before it: its subject from its sectors'"'"' figures, said so' '
	verify --year 2023 --text "分行业看，工贸77项、特种设备7项、交通运输5项、消防4项、建筑施工3项、自建房1项、燃气0项，合计98项。" >names.tsv &&
	test $(sed 1d names.tsv | wc -l) = 9 &&
	! cut -f9 names.tsv | grep -x unchecked &&
	test $(grep -c "	major_hazards_found	.*	ok	.*统计对象按所列7个行业领域的数字推断为排查重大事故隐患（其中7个与数据一致）" names.tsv) = 8 &&
	grep "	98项	major_hazards_found		98	$(major)	" names.tsv &&
	grep "	分项合计	97	98	项	inconsistent	所列7个行业领域合计97项，与第1行所述总数98项不符" names.tsv &&
	verify --year 2023 --text "工贸50项、特种设备20项、消防9项，合计79项。" >none.tsv &&
	test "$(cut -f9 none.tsv | sed 1d | sort -u)" = unchecked &&
	test $(grep -c "分项清单的统计对象不明确" none.tsv) = 4
'

test_expect_success 'a claim it cannot map is unchecked with a reason, never dropped' '
	verify --year 2023 --text "全县共建成应急避难场所15处。" >un.tsv &&
	test "$(cut -f3,9 un.tsv | sed 1d)" = "$(printf "15处\tunchecked")" &&
	grep "未能对应到统计指标" un.tsv
'

test_expect_success '--text checks one sentence; every format' '
	for f in csv tsv json jsonl table markdown; do
		"$SAFESTAT" "$DB" -F $f -c "verify --year 2023 --text 排查重大事故隐患98项，已完成整改88项，整改率89.8%。" >out.$f || return 1
	done &&
	head -1 out.csv | tr -d "\r" >head &&
	echo "line,excerpt,claim,indicator,qualifier,stated,computed,unit,status,why" >expect &&
	test_cmp expect head &&
	grep "\"claim\":\"89.8%\",\"indicator\":\"major_rectification_rate\",\"qualifier\":null,\"stated\":89.8,\"computed\":89.8,\"unit\":\"%\",\"status\":\"ok\"" out.json &&
	test $(wc -l <out.jsonl) = 3 &&
	grep "^| line" out.markdown &&
	tail -1 out.table | grep "^\* ok（与数据一致）3，differs（与数据不符）0，inconsistent（前后矛盾）0，unchecked（未能核对）0$"
'

test_expect_success 'encodings: GB18030 and UTF-16 are refused with a hint' '
	printf "\322\376\273\274 1324\317\356\n" >gb.txt &&
	test_expect_code 1 verify gb.txt 2>err &&
	grep "'"'"'gb.txt'"'"' is not UTF-8 (line 1, byte 1): it looks like GB18030/GBK (convert it: iconv -f GB18030 -t UTF-8)" err &&
	printf "\377\376h\000" >u16.txt &&
	test_expect_code 1 verify u16.txt 2>err &&
	grep "is UTF-16, not UTF-8" err &&
	printf "ok\n\200\n" >bad.txt &&
	test_expect_code 1 verify bad.txt 2>err &&
	grep "'"'"'bad.txt'"'"' is not valid UTF-8 (line 2, byte 4)" err
'

test_expect_success 'bad operands: one line each' '
	test_expect_code 1 verify 2>err &&
	grep "no draft to check (give a FILE, or --text TEXT)" err &&
	test_expect_code 1 verify missing.txt 2>err &&
	grep "cannot open '"'"'missing.txt'"'"': No such file or directory" err &&
	test_expect_code 1 verify . 2>err &&
	grep "'"'"'.'"'"' is not a regular file" err &&
	test_expect_code 1 verify draft-2024.txt --text x 2>err &&
	grep "give a FILE or --text, not both" err &&
	test_expect_code 1 verify draft-2024.txt --year 2019 2>err &&
	grep "no ledgers for 2019" err
'

test_done
