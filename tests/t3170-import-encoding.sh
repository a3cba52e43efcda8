#!/bin/sh
# import and the bytes of a file: UTF-8 with or without a BOM, CRLF or
# LF, GB18030 when asked for (converted as iconv converts it), and bytes
# that are not what they claim refused with the line and the way out --
# refused whole, since a file in the wrong encoding has no good rows.

test_description='import: encodings, BOM, line ends'
. "$SAFESTAT_SRC_DIR/tests/test-lib.sh"

test_have_prereq SQLITE3 || skip_all 'the sqlite3 command-line shell is missing'

BUNDLED="$SAFESTAT_BUILD_DIR/data/county.db"
FIX="$SAFESTAT_SRC_DIR/tests/fixtures/import"
GB="$FIX/hazards-gb18030.csv"
NEW="found_date >= '2026-01-01'"

if command -v iconv >/dev/null 2>&1; then
	test_set_prereq ICONV
fi

# fresh DB: a writable copy of the bundled dataset.
fresh () {
	cp "$BUNDLED" "$1" && chmod u+w "$1"
}

# new_rows DB: the imported hazards, as stored.
new_rows () {
	sql_cli "$1" "SELECT township_id, sector, level, finder_kind, found_date,
		deadline_date, description FROM hazard WHERE $NEW ORDER BY hazard_id"
}

# state DB: rows, integrity and bytes, for "nothing was written".
state () {
	sql_cli "$1" "SELECT count(*) FROM hazard; PRAGMA integrity_check" &&
	cksum <"$1"
}

HEADER="township_id,sector,level,finder_kind,found_date,deadline_date,description"

test_expect_success 'a BOM and CRLF line ends: the header is found, no CR is stored' '
	fresh bom.db &&
	printf "\357\273\277%s\r\n1,工贸,一般隐患,企业自查,2026-05-01,2026-05-09,第一行\r\n2,工贸,一般隐患,企业自查,2026-05-02,2026-05-09,\"跨行\r\n的描述\"\r\n" "$HEADER" >bom.csv &&
	"$SAFESTAT" bom.db -c "import hazard bom.csv" >out 2>err &&
	test_must_be_empty err &&
	grep "	2	0\$" out &&
	test "$(sql_cli bom.db "SELECT count(*) FROM hazard WHERE $NEW AND description LIKE '\''%'\'' || char(13)")" = 0 &&
	test "$(sql_cli bom.db "SELECT description FROM hazard WHERE $NEW ORDER BY hazard_id LIMIT 1")" = 第一行
'

test_expect_success 'LF, no BOM, no newline at the end: the same rows' '
	fresh lf.db &&
	printf "%s\n1,工贸,一般隐患,企业自查,2026-05-01,2026-05-09,第一行" "$HEADER" >lf.csv &&
	"$SAFESTAT" lf.db -c "import hazard lf.csv" >out &&
	grep "	1	0\$" out
'

test_expect_success 'GB18030 without --encoding: refused with the line and the hint' '
	fresh gb.db &&
	state gb.db >before &&
	test_expect_code 1 "$SAFESTAT" gb.db -c "import hazard $GB --reject r.csv" >out 2>err &&
	test_must_be_empty out &&
	echo "safestat: -c1:1: '"'"'$GB'"'"' is not valid UTF-8 (line 3): if it came from Excel on Windows, add --encoding gb18030" >expect &&
	test_cmp expect err &&
	test ! -e r.csv &&
	state gb.db >after &&
	test_cmp before after
'

# Excel on Chinese Windows says its CSV is "GBK"; GB18030 contains GBK
# and GB2312, so those names read the file with the same decoder.
test_expect_success '--encoding gbk and gb2312 read GB18030 (which contains both)' '
	fresh gbk.db && fresh gb2312.db &&
	"$SAFESTAT" gbk.db -c "import hazard $GB --encoding gbk" >out 2>err &&
	test_must_be_empty err &&
	grep "	3	0\$" out &&
	"$SAFESTAT" gb2312.db -c "import hazard $GB --encoding gb2312" >out 2>err &&
	test_must_be_empty err &&
	grep "	3	0\$" out &&
	new_rows gbk.db >gbk-rows &&
	new_rows gb2312.db >gb2312-rows &&
	test_cmp gbk-rows gb2312-rows &&
	grep "车间“三合一”：住人、储物、生产混设\$" gbk-rows &&
	test_expect_code 1 "$SAFESTAT" gbk.db -c "import hazard $GB --encoding GBK" 2>err &&
	grep "^safestat: -c1:1: invalid value .GBK. for --encoding: not one of utf-8, gb18030, gbk, gb2312 (did you mean .gbk.?)\$" err
'

test_expect_success 'GB18030 with --encoding gb18030: loaded' '
	"$SAFESTAT" gb.db -c "import hazard $GB --encoding gb18030" >out 2>err &&
	test_must_be_empty err &&
	grep "	3	0\$" out
'

# The reference is the same file converted by iconv(1) and imported as
# UTF-8: the stored rows must be byte for byte the same.
test_expect_success ICONV '... converted exactly as iconv converts it, four-byte characters too' '
	iconv -f GB18030 -t UTF-8 "$GB" >utf8.csv &&
	fresh ref.db &&
	"$SAFESTAT" ref.db -c "import hazard utf8.csv" >/dev/null &&
	new_rows ref.db >expect &&
	new_rows gb.db >actual &&
	test_cmp expect actual &&
	grep "罕用字（GB18030 四字节）：㐀䶵𠀀𪚥\$" actual &&
	grep "车间“三合一”：住人、储物、生产混设\$" actual
'

# 200 rows of 1,600 bytes of GB18030 text: the reader takes 64 KiB at a
# time, and the first block ends inside a four-byte character (the layout
# is fixed, so it always does), later ones inside others.
test_expect_success ICONV 'a long GB18030 file: characters cut by the read blocks come out whole' '
	awk "BEGIN { print \"$HEADER\r\"; d = \"\"; for (k = 0; k < 100; k++) d = d \"消防通道堵塞㐀\";
		for (i = 1; i <= 200; i++) printf \"%d,工贸,一般隐患,企业自查,2026-05-01,2026-05-09,第%d行%s\r\n\", i % 12 + 1, i, d }" >long-u8.csv &&
	iconv -f UTF-8 -t GB18030 long-u8.csv >long-gb.csv &&
	test "$(wc -c <long-gb.csv)" -gt 262144 &&
	fresh long-gb.db && fresh long-u8.db &&
	"$SAFESTAT" long-gb.db -c "import hazard long-gb.csv --encoding gb18030" >out &&
	grep "	200	0\$" out &&
	"$SAFESTAT" long-u8.db -c "import hazard long-u8.csv" >/dev/null &&
	new_rows long-u8.db >expect &&
	new_rows long-gb.db >actual &&
	test_cmp expect actual &&
	test "$(sql_cli long-gb.db "SELECT count(*) FROM hazard WHERE $NEW AND substr(description, -700) = (SELECT group_concat(x, '\'''\'') FROM (SELECT '\''消防通道堵塞㐀'\'' AS x FROM hazard LIMIT 100))")" = 200
'

test_expect_success 'GB18030 with --reject: the reject file is UTF-8, with a BOM for Excel' '
	fresh gbr.db &&
	sed "3s/2026-04-02/2026-04-31/" "$GB" >bad-gb.csv &&
	test_expect_code 1 "$SAFESTAT" gbr.db -c "import hazard bad-gb.csv --encoding gb18030 --reject gb-rej.csv" >out &&
	grep "	2	1\$" out &&
	printf "\357\273\277reject_line,reject_reason,%s\r\n" "$HEADER" >expect &&
	head -n 1 gb-rej.csv >got &&
	test_cmp expect got &&
	grep "^3,found_date .2026-04-31. is not a real date (YYYY-MM-DD),12,工贸,一般隐患,企业自查,2026-04-31,2026-04-12,车间“三合一”" gb-rej.csv
'

test_expect_success 'bytes that are not UTF-8 on line 5 (after a record of two lines): refused whole, even with --reject' '
	fresh bad.db &&
	state bad.db >before &&
	printf "%s\n1,工贸,一般隐患,企业自查,2026-05-01,2026-05-09,好\n1,工贸,一般隐患,企业自查,2026-05-02,2026-05-09,\"两\n行\"\n1,工贸,一般隐患,企业自查,2026-05-03,2026-05-09,坏\377\n" "$HEADER" >bad.csv &&
	test_expect_code 1 "$SAFESTAT" bad.db -c "import hazard bad.csv --reject r.csv" 2>err &&
	grep "^safestat: -c1:1: .bad.csv. is not valid UTF-8 (line 5): if it came from Excel on Windows, add --encoding gb18030\$" err &&
	test ! -e r.csv &&
	state bad.db >after &&
	test_cmp before after
'

test_expect_success 'UTF-16 (a spreadsheet'"'"'s "Unicode text"): refused with what to do' '
	printf "\377\376t\000o\000" >u16.csv &&
	test_expect_code 1 "$SAFESTAT" bad.db -c "import hazard u16.csv" 2>err &&
	grep "^safestat: -c1:1: .u16.csv. is UTF-16 text (line 1): save it as CSV (UTF-8)\$" err
'

test_expect_success 'a GB18030 file cut in the middle of a character: refused' '
	printf "%s\n1,industry_trade,general,self,2026-05-01,2026-05-09,x\201" "$HEADER" >cut.csv &&
	test_expect_code 1 "$SAFESTAT" bad.db -c "import hazard cut.csv --encoding gb18030" 2>err &&
	grep "^safestat: -c1:1: .cut.csv. is not valid GB18030 (line 2)\$" err
'

test_expect_success 'a quote never closed: refused, naming the line it opens on' '
	printf "%s\n1,工贸,一般隐患,企业自查,2026-05-01,2026-05-09,\"open\n2,工贸\n" "$HEADER" >open.csv &&
	test_expect_code 1 "$SAFESTAT" bad.db -c "import hazard open.csv" 2>err &&
	grep "^safestat: -c1:1: .open.csv. has a quoted field that is never closed (line 2)\$" err &&
	state bad.db >after &&
	test_cmp before after
'

test_done
