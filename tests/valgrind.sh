#!/bin/sh
# tests/valgrind.sh -- run the shell's main paths under valgrind memcheck
# (make check-valgrind): every built-in, plugin load/unload/reload and the
# refusals, every format, failing commands, --output, and (when tmux is
# installed) an interactive session with completion, continuation, Ctrl-C
# and history.  Any error, and any definitely or indirectly lost byte,
# fails.  Memory that readline and ncurses keep until exit is "still
# reachable", not lost, so no suppression file is needed; if a system's
# readline ever reports one, add it to tests/valgrind.supp with a comment.
: "${SAFESTAT_BUILD_DIR:=$(pwd)}"
: "${SAFESTAT_SRC_DIR:=$SAFESTAT_BUILD_DIR}"
SAFESTAT="$SAFESTAT_BUILD_DIR/shell/safestat"
FIXTURES="$SAFESTAT_BUILD_DIR/tests/plugins/.libs"
LC_ALL=C.UTF-8
export LC_ALL
unset SAFESTAT_DB SAFESTAT_PLUGIN_PATH

command -v valgrind >/dev/null 2>&1 || { echo "valgrind is not installed"; exit 77; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/safestat-valgrind.XXXXXX") || exit 1
trap 'rm -rf "$WORK"' EXIT
cd "$WORK" || exit 1
HOME=$WORK
export HOME

VALGRIND="valgrind -q --error-exitcode=99 --leak-check=full \
	--errors-for-leak-kinds=definite,indirect \
	--show-leak-kinds=definite,indirect --track-fds=no"
if test -f "$SAFESTAT_SRC_DIR/tests/valgrind.supp"; then
	VALGRIND="$VALGRIND --suppressions=$SAFESTAT_SRC_DIR/tests/valgrind.supp"
fi

failed=0
run=0
# check NAME ARGS...: run safestat under valgrind; 99 means it complained.
check () {
	name=$1
	shift
	run=$((run + 1))
	$VALGRIND --log-file="vg.$run.log" "$SAFESTAT" "$@" >/dev/null 2>&1 </dev/null
	if test $? = 99 || test -s "vg.$run.log"; then
		echo "not ok $run - $name"
		sed 's/^/# /' "vg.$run.log"
		failed=$((failed + 1))
	else
		echo "ok $run - $name"
	fi
}

"$SAFESTAT" --create --no-plugins db.db -c quit || exit 1
printf 'sql "SELECT 1 AS one"\nnope\n' >script.ss
cp "$FIXTURES/reload1.so" reload.so

check 'built-ins' db.db -c help -c 'help sql' -c 'help plugin' -c tables \
	-c 'describe dataset_info' -c 'describe nope' -c format \
	-c 'format json' -c output -c 'timer on' -c timer -c plugins \
	-c 'source script.ss' -c 'sql "SELECT x'"'"'00ff'"'"' AS b, 1.5 AS r"' \
	-c 'quit 0'
check 'every format' --plugin "$FIXTURES/all-types.so" db.db \
	-c 'fixture values --format table' -c 'fixture values --format csv --bom' \
	-c 'fixture values --format tsv' -c 'fixture values --format json' \
	-c 'fixture values --format jsonl' -c 'fixture values --format markdown' \
	-c 'fixture echo -f --count 3 --ratio 2 -t 城关镇 -l major --from 2024-02-29 -y 2021 a b'
check 'failures and plugin bugs' --plugin "$FIXTURES/all-types.so" db.db \
	-c 'fixture fail --after 5 --format table' -c 'fixture fail --after 5' \
	-c 'fixture misbehave --how leak' -c 'fixture misbehave --how silent' \
	-c 'fixture misbehave --how usage' -c 'fixture misbehave --how warn' \
	-c 'fixture echo --cont 3' -c 'fixture echo --from 2023-02-29' \
	-c 'hazrds' -c 'plugin' -c 'sql "DROP TABLE dataset_info"' \
	-c 'sql "SELECT 1; SELECT 2"'
check 'plugin load, refusals, unload, reload' --no-plugins --plugin-dir . db.db \
	-c "plugin load $FIXTURES/abi-future.so" -c "plugin load $FIXTURES/bad-size.so" \
	-c "plugin load $FIXTURES/no-entry.so" -c "plugin load $FIXTURES/dup-builtin.so" \
	-c "plugin load $FIXTURES/fail-init.so" -c "plugin load $FIXTURES/bad-name.so" \
	-c "plugin load $FIXTURES/bad-option.so" -c "plugin load $FIXTURES/shell-symbol.so" \
	-c 'plugin load ./missing.so' -c 'plugin load reload' -c 'reload build' \
	-c 'plugin reload reload' -c 'plugin unload reload' -c 'plugin load reload'
check 'output files' db.db -c 'sql "SELECT 1 AS a" --output out.tsv' \
	-c 'output session.tsv' -c 'sql "SELECT 2 AS b"' -c 'output -' \
	-c 'sql "SELECT 3" --output no/such/dir'
check 'piped input with continuation and errors' db.db -f script.ss -c 'sql "SELECT
1 AS a"' -c 'sql "unclosed'
check 'usage error' --bial
check 'missing database' missing.db -c tables

if command -v tmux >/dev/null 2>&1; then
	run=$((run + 1))
	T="tmux -L safestat-vg-$$ -f /dev/null"
	# The tables listing is taller than the pane: it goes through the
	# pager, cat here (less would wait for a key).
	$T new-session -d -s v -x 120 -y 40 "env HOME='$WORK' TERM=xterm PAGER=cat $VALGRIND --log-file='$WORK/vg.$run.log' '$SAFESTAT' --plugin '$FIXTURES/all-types.so' '$WORK/db.db'; echo EXIT=\$? >'$WORK/exit'"
	sleep 3
	for keys in "-l fix" Tab "-l ec" Tab "-l -- --town 龙" Tab Tab C-c \
		"-l sql \"SELECT 1" Enter "-l  AS one\"" Enter "-l tabl" Enter \
		"-l fixture misbehave --how slow" Enter; do
		$T send-keys -t v $keys
		sleep 0.5
	done
	sleep 1
	$T send-keys -t v C-c
	sleep 1
	$T send-keys -t v C-d
	i=0
	while ! test -f exit && test $i -lt 100; do sleep 0.2; i=$((i + 1)); done
	$T kill-server 2>/dev/null
	if test "$(cat exit 2>/dev/null)" = EXIT=0 && ! test -s "vg.$run.log"; then
		echo "ok $run - interactive session"
	else
		echo "not ok $run - interactive session ($(cat exit 2>/dev/null))"
		sed 's/^/# /' "vg.$run.log"
		failed=$((failed + 1))
	fi
fi

echo "1..$run"
echo "# valgrind: $run runs, $failed with errors or leaks"
test $failed = 0
