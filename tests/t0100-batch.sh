#!/bin/sh
# Batch mode: piped commands, -c, -f, source; errors with SOURCE:LINE; exit
# status 0/1/2/130; write errors on stdout; Ctrl-C of a long query.
test_description='batch mode'
. "$(dirname "$0")/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/host-lib.sh"

mkdb db.db || { echo "Bail out! cannot create a dataset"; exit 1; }
run_cases "$SAFESTAT_SRC_DIR/tests/cases/batch.cases"

test_expect_success 'writing to a full disk is an error, never a silent 0' '
	test_expect_code 1 "$SAFESTAT" db.db -c "sql \"SELECT 1 AS a\"" \
		>/dev/full 2>err &&
	grep "^safestat: -c1:1: write error on standard output: No space left on device\$" err &&
	test_line_count 1 err
'

test_expect_success 'a full disk stops the script after the first error' '
	printf "sql \"SELECT 1 AS a\"\nsql \"SELECT 2 AS b\"\n" >two.ss &&
	test_expect_code 1 "$SAFESTAT" db.db -f two.ss >/dev/full 2>err &&
	test_line_count 1 err
'

# "set -o pipefail" scripts see the status of every command of a pipe:
# a reader that stops early (head) must not turn into a failure (or 141).
test_expect_success 'a closed pipe (| head) ends quietly, with status 0' '
	{ "$SAFESTAT" db.db -c "sql \"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c\"" \
		-c "sql \"SELECT 2 AS never\"" 2>err; echo $? >status; } |
		head -n 3 >out &&
	printf "x\n1\n2\n" >expect &&
	test_cmp expect out &&
	test_must_be_empty err &&
	test "$(cat status)" = 0
'

test_expect_success '... in every format, and with -o to a FIFO whose reader leaves' '
	for f in table csv tsv json jsonl markdown; do
		{ "$SAFESTAT" -F $f db.db -c "sql \"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 200000) SELECT x FROM c\"" 2>err; echo $? >status; } |
			head -c 10 >/dev/null &&
		test_must_be_empty err &&
		test "$(cat status)" = 0 || return 1
	done &&
	mkfifo early &&
	{ head -n 1 early >first & } &&
	"$SAFESTAT" -o early db.db -c "sql \"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c\"" 2>err &&
	wait &&
	echo x >expect &&
	test_cmp expect first &&
	test_must_be_empty err
'

test_expect_success 'a command whose own --output FIFO loses its reader fails' '
	mkfifo early2 &&
	{ head -n 1 early2 >first & } &&
	test_expect_code 1 "$SAFESTAT" db.db -c "sql \"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c\" --output early2" 2>err &&
	wait &&
	echo "safestat: -c1:1: cannot write '"'"'early2'"'"': Broken pipe" >expect &&
	test_cmp expect err
'

test_expect_success 'the timer prints to stderr only' '
	"$SAFESTAT" db.db -c "timer on" -c "sql \"SELECT 1 AS a\"" >out 2>err &&
	printf "a\n1\n" >expect &&
	test_cmp expect out &&
	grep "^time: [0-9]*\.[0-9][0-9][0-9] s\$" err
'

# Start a query that runs until interrupted, wait until it is running, and
# send SIGINT: the command stops, the script stops, the status is 130.
test_expect_success 'Ctrl-C stops a long query with status 130' '
	cat >forever.ss <<-\EOF
	sql "SELECT 1 AS started"
	sql "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
	sql "SELECT 2 AS never"
	EOF
	# (Not &&-chained: "a && b &" would put a subshell in the background.)
	"$SAFESTAT" db.db -f forever.ss >out 2>err &
	pid=$! &&
	i=0 &&
	while ! grep -q started out 2>/dev/null && test $i -lt 100; do
		sleep 0.1; i=$((i + 1))
	done &&
	sleep 0.3 &&
	kill -INT $pid &&
	{ wait $pid; status=$?; } &&
	test "$status" = 130 &&
	printf "started\n1\n" >expect &&
	test_cmp expect out &&
	grep "^safestat: forever.ss:2: interrupted\$" err &&
	test_line_count 1 err
'

test_expect_success 'a closed stdout is a write error, and no file takes its place' '
	cksum <db.db >before &&
	test_expect_code 1 "$SAFESTAT" db.db -c "sql \"SELECT 1 AS a\"" >&- 2>err &&
	grep "write error on standard output: Bad file descriptor" err &&
	cksum <db.db >after &&
	test_cmp before after
'

test_expect_success 'Ctrl-C while waiting for input: status 130' '
	mkfifo waiting || return 1
	# (Not &&-chained: "a && b &" would put a subshell in the background.)
	"$SAFESTAT" db.db <waiting >out 2>err &
	pid=$! &&
	exec 9>waiting &&
	echo "sql \"SELECT 1 AS a\"" >&9 &&
	i=0 &&
	while ! grep -q "^1\$" out 2>/dev/null && test $i -lt 100; do
		sleep 0.1; i=$((i + 1))
	done &&
	kill -INT $pid &&
	{ wait $pid; status=$?; } &&
	exec 9>&- &&
	test "$status" = 130 &&
	echo "safestat: interrupted" >expect &&
	test_cmp expect err
'

test_done
