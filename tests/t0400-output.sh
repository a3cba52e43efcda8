#!/bin/sh
# Output: formats, --output (written via a temporary file), output, format,
# --bom, and what a failing command leaves behind.
test_description='output formats and destinations'
. "$(dirname "$0")/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/host-lib.sh"

mkdb db.db || { echo "Bail out! cannot create a dataset"; exit 1; }
run_cases "$SAFESTAT_SRC_DIR/tests/cases/output.cases"

cat >quote.ss <<\EOF
sql "SELECT 1 AS a, 'x,\"y\"' AS b" --format csv
EOF
test_expect_success 'csv has CRLF line ends and RFC 4180 quoting' '
	"$SAFESTAT" db.db -f quote.ss >out &&
	printf "a,b\r\n1,\"x,\"\"y\"\"\"\r\n" >expect &&
	test_cmp expect out
'

test_expect_success '--bom starts a csv with a UTF-8 byte-order mark, once' '
	"$SAFESTAT" db.db -c "format csv --bom" -c "sql \"SELECT 1 AS a\"" \
		-c "sql \"SELECT 2 AS b\"" >out &&
	printf "\357\273\277a\r\n1\r\nb\r\n2\r\n" >expect &&
	test_cmp expect out
'

test_expect_success '--bom with --output starts that file with the mark' '
	"$SAFESTAT" db.db -c "sql \"SELECT '"'"'城关镇'"'"' AS t\" --format csv --bom --output bom.csv" &&
	printf "\357\273\277t\r\n城关镇\r\n" >expect &&
	test_cmp expect bom.csv
'

test_expect_success '--output replaces the file in one step, with the usual mode' '
	echo old >target.tsv &&
	chmod 600 target.tsv &&
	(umask 022 && "$SAFESTAT" db.db -c "sql \"SELECT 1 AS a\" --output target.tsv") &&
	printf "a\n1\n" >expect &&
	test_cmp expect target.tsv &&
	test "$(stat -c %a target.tsv)" = 644
'

test_expect_success 'json of several result sets is one array per set' '
	"$SAFESTAT" --no-plugins db.db --plugin "$FIXTURES/all-types.so" \
		-c "fixture values --format json" >out &&
	test "$(grep -c "^\[" out)" = 3 &&
	test "$(grep -c "^\]" out)" = 2 &&
	grep -x "\[\]" out
'

test_done
