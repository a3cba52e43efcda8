#!/bin/sh
# tests/width-table.sh -- the committed display-width table is what the
# generator makes from the Unicode data it names (when that data is here).
test_description='shell/width-table.h matches gen-width-table.awk'
. "${SAFESTAT_SRC_DIR:-.}/tests/test-lib.sh"

unicode=${UNICODE_DIR:-/usr/share/unicode}
table="$SAFESTAT_SRC_DIR/shell/width-table.h"
test -r "$unicode/EastAsianWidth.txt" && test -r "$unicode/UnicodeData.txt" ||
	skip_all "no Unicode data in $unicode (Debian: apt-get install unicode-data)"
version=$(sed -n '1s/^# *//p' "$unicode/EastAsianWidth.txt")
grep -q " $version:" "$table" ||
	skip_all "$unicode has $version; the committed table was made from another version"

test_expect_success 'regenerating the table gives the committed file' '
	${AWK:-awk} -f "$SAFESTAT_SRC_DIR/shell/gen-width-table.awk" \
		"$unicode/UnicodeData.txt" "$unicode/EastAsianWidth.txt" >generated.h &&
	test_cmp "$table" generated.h
'

test_expect_success 'the ranges are sorted and do not overlap' '
	for name in width_zero_ranges width_wide_ranges; do
		sed -n "/ $name\\[\\]/,/^};/s/^	{ 0x\\([0-9A-F]*\\), 0x\\([0-9A-F]*\\) },/\\1 \\2/p" \
			"$table" >"$name.txt" &&
		test -s "$name.txt" &&
		${AWK:-awk} "
			function hex(s,  i, n) { n = 0; for (i = 1; i <= length(s); i++) n = n * 16 + index(\"0123456789ABCDEF\", substr(s, i, 1)) - 1; return n }
			{ lo = hex(\$1); hi = hex(\$2); if (lo > hi || (NR > 1 && lo <= last)) { print \"bad range \" \$0; bad = 1 } last = hi }
			END { exit bad }" "$name.txt" || return 1
	done
'

test_done
