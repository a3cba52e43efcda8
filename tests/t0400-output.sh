#!/bin/sh
# Output: formats, --output (a file replaced via a temporary one, links
# followed, devices and FIFOs written in place), output, format, --bom, and
# what a failing command leaves behind.
test_description='output formats and destinations'
. "$(dirname "$0")/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/host-lib.sh"

mkdb db.db || { echo "Bail out! cannot create a dataset"; exit 1; }
Q="'"
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

test_expect_success '--output replaces a file in one step, keeping its mode; a new file gets the usual one' '
	echo old >target.tsv &&
	chmod 640 target.tsv &&
	(umask 022 && "$SAFESTAT" db.db -c "sql \"SELECT 1 AS a\" --output target.tsv" \
		-c "sql \"SELECT 1 AS a\" --output new.tsv") &&
	printf "a\n1\n" >expect &&
	test_cmp expect target.tsv &&
	test_cmp expect new.tsv &&
	test "$(stat -c %a target.tsv)" = 640 &&
	test "$(stat -c %a new.tsv)" = 644
'

if test "$(id -u)" = 0; then
	test_set_prereq ROOT
fi
test_expect_success ROOT '--output keeps the owner of the file it replaces' '
	echo old >theirs.tsv &&
	chown 65534:65534 theirs.tsv &&
	"$SAFESTAT" db.db -c "sql \"SELECT 1 AS a\" --output theirs.tsv" &&
	test "$(stat -c %u:%g theirs.tsv)" = 65534:65534 &&
	printf "a\n1\n" >expect &&
	test_cmp expect theirs.tsv
'

test_expect_success '--output through a symbolic link replaces its target and keeps the link' '
	mkdir -p sub &&
	echo old >sub/target.tsv &&
	ln -s sub/target.tsv link.tsv &&
	ln -s link.tsv link2.tsv &&
	"$SAFESTAT" db.db -c "sql \"SELECT 1 AS a\" --output link2.tsv" &&
	test -h link.tsv && test -h link2.tsv &&
	printf "a\n1\n" >expect &&
	test_cmp expect sub/target.tsv &&
	test "$(ls -a sub | grep -c "target.tsv\\.")" = 0
'

test_expect_success '--output through a dangling link creates the file it names' '
	ln -s sub/created.tsv dangling.tsv &&
	"$SAFESTAT" db.db -c "sql \"SELECT 2 AS b\" --output dangling.tsv" &&
	test -h dangling.tsv &&
	printf "b\n2\n" >expect &&
	test_cmp expect sub/created.tsv
'

test_expect_success '--output into a directory or a link loop fails, nothing is created' '
	ln -s loop1 loop2 && ln -s loop2 loop1 &&
	test_expect_code 1 "$SAFESTAT" db.db -c "sql \"SELECT 1 AS a\" --output sub" \
		-c "sql \"SELECT 1 AS a\" --output loop1" 2>err &&
	cat >expect <<-\EOF &&
	safestat: -c1:1: cannot write '"'"'sub'"'"': Is a directory
	safestat: -c2:1: cannot write '"'"'loop1'"'"': Too many levels of symbolic links
	EOF
	test_cmp expect err &&
	test -h loop1 && test -h loop2
'

# A FIFO (like a device) must be written where it is.  Were a file renamed
# over it, the reader would wait forever: it is freed before failing.  The
# marker file tells the /dev/full test below that this much holds.
test_expect_success '--output into a FIFO writes to its reader; the FIFO stays' '
	mkfifo fifo &&
	{ cat fifo >from-fifo & } &&
	reader=$! &&
	"$SAFESTAT" db.db -c "sql \"SELECT 1 AS a\" --output fifo" &&
	if ! test -p fifo; then kill $reader; false; fi &&
	wait $reader &&
	printf "a\n1\n" >expect &&
	test_cmp expect from-fifo &&
	: >written-in-place
'

# Disk full on a device reached through a link in this directory: the
# command fails with status 1, as -o does.  A regression that followed the
# link and renamed a temporary file over its target would replace /dev/full
# itself, so this runs only after the FIFO test showed that devices are
# written in place, and never with root's rights: as root it runs as
# nobody, who cannot create files in /dev (or here).
if test -c /dev/full; then
	test_set_prereq DEVFULL
fi
if test "$(id -u)" != 0; then
	test_set_prereq UNPRIVILEGED
	unprivileged () { "$@"; }
elif command -v setpriv >/dev/null 2>&1 &&
	setpriv --reuid=65534 --regid=65534 --clear-groups true 2>/dev/null; then
	test_set_prereq UNPRIVILEGED
	unprivileged () {
		setpriv --reuid=65534 --regid=65534 --clear-groups "$@"
	}
fi
test_expect_success DEVFULL,UNPRIVILEGED '--output to a full device fails the command, and the device stays' '
	test -f written-in-place &&
	ln -s /dev/full full &&
	test_expect_code 1 unprivileged "$SAFESTAT" db.db \
		-c "sql \"SELECT 1 AS a\" --output full" 2>err &&
	echo "safestat: -c1:1: cannot write '"'"'full'"'"': No space left on device" >expect &&
	test_cmp expect err &&
	test -h full &&
	test -c /dev/full
'

test_expect_success DEVFULL '-o to a full device fails with status 1' '
	test_expect_code 1 "$SAFESTAT" -o /dev/full db.db -c "sql \"SELECT 1 AS a\"" 2>err &&
	echo "safestat: -c1:1: cannot write '"'"'/dev/full'"'"': No space left on device" >expect &&
	test_cmp expect err &&
	test -c /dev/full
'

if command -v python3 >/dev/null 2>&1; then
	test_set_prereq PYTHON3
fi

test_expect_success 'json of several result sets is one array: one document per command' '
	"$SAFESTAT" --no-plugins db.db --plugin "$FIXTURES/all-types.so" \
		-c "fixture values --format json" >out &&
	test "$(grep -c "^\[" out)" = 1 &&
	test "$(grep -c "^\]" out)" = 1 &&
	test "$(head -n 1 out)" = "[" &&
	test "$(tail -n 1 out)" = "]" &&
	grep -x "{\"id\":4,\"township\":\"\",\"rate\":100.0,\"fine_yuan\":0,\"note\":null}," out &&
	grep -x "{\"key\":\"big\",\"value\":1.0e+300}" out &&
	test_line_count 8 out
'

test_expect_success PYTHON3 'json.load reads a command of several result sets' '
	"$SAFESTAT" --no-plugins db.db --plugin "$FIXTURES/all-types.so" \
		-c "fixture values" -F json >out &&
	python3 -c "import json, sys; d = json.load(open(sys.argv[1])); print(len(d), sorted(d[0]), sorted(d[-1]))" out >got &&
	echo "6 [${Q}fine_yuan${Q}, ${Q}id${Q}, ${Q}note${Q}, ${Q}rate${Q}, ${Q}township${Q}] [${Q}key${Q}, ${Q}value${Q}]" >expect &&
	test_cmp expect got
'

test_expect_success 'two commands in one run print two documents, as jq reads them' '
	"$SAFESTAT" -F json db.db -c "sql \"SELECT 1 AS a\"" -c "sql \"SELECT 2 AS b\"" >out &&
	printf "[\n{\"a\":1}\n]\n[\n{\"b\":2}\n]\n" >expect &&
	test_cmp expect out
'

test_done
