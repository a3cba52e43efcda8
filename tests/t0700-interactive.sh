#!/bin/sh
# The interactive shell, driven for real in tmux: banner and prompt,
# completion (command, sub-command word, option, enum value), history kept
# across runs, continuation prompt, Ctrl-C on a line and on a running
# query, Ctrl-D, ~/.safestatrc, creating a database after asking.
test_description='interactive shell in tmux'
. "$(dirname "$0")/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/host-lib.sh"

test_have_prereq TMUX || skip_all "tmux is not installed"

SOCKET="safestat-test-$$"
TMUX_CMD="tmux -L $SOCKET -f /dev/null"
unset TMUX

mkdb db.db || { echo "Bail out! cannot create a dataset"; exit 1; }

# start ARGS...: run safestat in a fresh tmux session; when it exits the
# pane shows "EXIT=status" and stays for inspection.  The previous session
# is killed only after the new one exists: killing the last session first
# would stop the server while the next command talks to it.  START_ENV
# adds to its environment (env arguments), START_LOCALE replaces the
# locale settings.  (Test bodies run in subshells: the session number
# lives in a file, and a body may set START_ENV for itself.)  Long results
# (tables) go to the pager at the prompt: cat shows them as they are,
# where less would wait for a key; the pager's own tests use another.
echo 0 >"$TRASH/.session"
START_ENV="PAGER=cat"
START_LOCALE="LC_ALL=C.UTF-8"
start () {
	st_old=$(cat "$TRASH/.session")
	st_new=$((st_old + 1))
	echo $st_new >"$TRASH/.session"
	$TMUX_CMD new-session -d -s "s$st_new" -x 200 -y 50 \
		"cd '$TRASH' && env -u LC_ALL -u LC_CTYPE -u LANG -u PAGER HOME='$TRASH' TERM=xterm $START_LOCALE SAFESTAT_TODAY=2025-12-31 $START_ENV '$SAFESTAT' $*; echo EXIT=\$?; sleep 600" &&
	$TMUX_CMD kill-session -t "s$st_old" 2>/dev/null
	return 0
}

# pane: the current session.
pane () {
	echo "s$(cat "$TRASH/.session")"
}

# screen: the whole pane with its scrollback, wrapped lines joined and
# trailing blanks dropped.
screen () {
	$TMUX_CMD capture-pane -p -J -t "$(pane)" -S -500 | sed "s/ *\$//"
}

# wait_for PATTERN: until the pane shows a line matching the regex (10 s).
wait_for () {
	wf_i=0
	while test $wf_i -lt 100; do
		screen | grep -q -E -- "$1" && return 0
		sleep 0.1
		wf_i=$((wf_i + 1))
	done
	echo "the screen never showed '$1':" >&2
	screen >&2
	return 1
}

# type TEXT: send the text literally (no key names).
type_text () {
	$TMUX_CMD send-keys -t "$(pane)" -l -- "$1"
}

# key NAME...: send keys by name (Enter, Tab, C-c, C-d, Up).
key () {
	$TMUX_CMD send-keys -t "$(pane)" "$@"
}

test_expect_success 'the banner names the version, database and plugins; a prompt follows' '
	start --plugin "$FIXTURES/all-types.so" db.db &&
	wait_for "^safestat>$" &&
	screen >out &&
	grep "^safestat [0-9.]*, database db.db (read-only; import writes in a transaction of its own)\$" out &&
	names=all-types &&
	for name in $(in_tree_plugin_names); do
		names="$names, $name"
	done &&
	grep "^plugins: $names\$" out
'

test_expect_success 'Tab completes a command, a sub-command word, an option and an enum value' '
	type_text "fix" && key Tab &&
	wait_for "^safestat> fixture$" &&
	type_text "ec" && key Tab &&
	wait_for "^safestat> fixture echo$" &&
	type_text "--lev" && key Tab &&
	wait_for "^safestat> fixture echo --level$" &&
	type_text "ma" && key Tab &&
	wait_for "^safestat> fixture echo --level major$" &&
	key Enter &&
	wait_for "level +. +1 . major"
'

test_expect_success 'Tab Tab lists choices, CJK values too' '
	type_text "fixture echo --town 龙" && key Tab Tab &&
	wait_for "龙泉乡 +龙门镇" &&
	key C-u &&
	type_text "plugin " && key Tab Tab &&
	wait_for "^load +reload +unload" &&
	key C-u
'

# "hazards <Tab>" used to complete to "hazards o" (open, overdue), hiding
# the command's own options; fixture list stands for such a command.
test_expect_success 'after a command heading a group, Tab Tab lists its sub-commands and options' '
	type_text "fixture list " && key Tab Tab &&
	wait_for "^--bom +--format +--help +--level +--limit +--output +open +overdue$" &&
	! screen | grep "^safestat> fixture list o" &&
	key C-u &&
	type_text "fixture list --" && key Tab Tab &&
	wait_for "^--bom +--format +--help +--level +--limit +--output$" &&
	key C-u &&
	type_text "fixture list ov" && key Tab &&
	wait_for "^safestat> fixture list overdue$" &&
	key C-u
'

test_expect_success 'Tab completes values from the dataset, and no operand too many' '
	type_text "describe datas" && key Tab &&
	wait_for "^safestat> describe dataset_info$" &&
	key Tab &&
	sleep 0.3 &&
	test "$(screen | grep -c "dataset_info dataset_info")" = 0 &&
	key C-u &&
	type_text "fixture echo --table datas" && key Tab &&
	wait_for "^safestat> fixture echo --table dataset_info$" &&
	key C-u
'

test_expect_success 'an error is one line and the prompt comes back' '
	type_text "frobnicate" && key Enter &&
	wait_for "^error: unknown command .frobnicate. \\(try .help.\\)$" &&
	type_text "sql \"SELECT 7 AS seven\"" && key Enter &&
	wait_for "│     7 │"
'

test_expect_success 'a unique abbreviation is accepted at the prompt' '
	type_text "tabl" && key Enter &&
	wait_for "│ dataset_info +│ table"
'

test_expect_success 'an open quote continues at the ...> prompt' '
	type_text "sql \"SELECT 40" && key Enter &&
	wait_for "^\\.\\.\\.>$" &&
	type_text " + 2 AS answer\"" && key Enter &&
	wait_for "│     42 │"
'

# Ctrl-C waits until readline has echoed the line: the terminal throws
# away input not yet read when SIGINT arrives, so a quick Ctrl-C would
# find a shorter line (a race seen under a loaded CI machine).
test_expect_success 'Ctrl-C cancels the line being typed, the shell stays' '
	type_text "this line is abandoned" &&
	wait_for "^safestat> this line is abandoned$" &&
	key C-c &&
	wait_for "^safestat> this line is abandoned\\^C$" &&
	type_text "sql \"SELECT 8 AS eight\"" && key Enter &&
	wait_for "│     8 │" &&
	! screen | grep "unknown command .this"
'

test_expect_success 'Ctrl-C interrupts a running query, the shell stays' '
	type_text "sql \"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) AS n FROM c\"" &&
	key Enter &&
	sleep 1 &&
	key C-c &&
	wait_for "error: interrupted$" &&
	type_text "sql \"SELECT 9 AS nine\"" && key Enter &&
	wait_for "│    9 │"
'

test_expect_success 'Ctrl-C interrupts a plugin loop that polls for it' '
	type_text "fixture misbehave --how slow" && key Enter &&
	sleep 1 &&
	key C-c &&
	wait_for "error: interrupted$" &&
	type_text "sql \"SELECT 10 AS ten\"" && key Enter &&
	wait_for "│  10 │"
'

test_expect_success 'Ctrl-D leaves with status 0, even after errors' '
	key C-d &&
	wait_for "^EXIT=0$"
'

test_expect_success 'a continued command is one history entry' '
	grep -A1 "^sql \"SELECT 40\$" .safestat_history >entry &&
	printf "sql \"SELECT 40\n + 2 AS answer\"\n" >expect &&
	test_cmp expect entry &&
	grep -B1 "^sql \"SELECT 40\$" .safestat_history | grep "^#[0-9][0-9]*\$"
'

test_expect_success 'history is kept in ~/.safestat_history across runs' '
	test -f .safestat_history &&
	grep "^sql \"SELECT 10 AS ten\"\$" .safestat_history &&
	start db.db &&
	wait_for "^safestat>$" &&
	key Up &&
	wait_for "^safestat> sql \"SELECT 10 AS ten\"$" &&
	key C-u C-d &&
	wait_for "^EXIT=0$"
'

test_expect_success '~/.safestatrc runs at start; its errors name the file' '
	printf "format csv\nnope\n" >.safestatrc &&
	start db.db &&
	wait_for "^safestat>$" &&
	screen | grep "^error: $TRASH/.safestatrc:2: unknown command .nope. (try .help.)\$" &&
	type_text "sql \"SELECT 1 AS a\"" && key Enter &&
	wait_for "^a$" &&
	key C-d &&
	wait_for "^EXIT=0$" &&
	rm .safestatrc
'

test_expect_success '--no-rc skips it' '
	printf "nope\n" >.safestatrc &&
	start --no-rc db.db &&
	wait_for "^safestat>$" &&
	! screen | grep nope &&
	key C-d && wait_for "^EXIT=0$" &&
	rm .safestatrc
'

test_expect_success 'a new database is created after asking' '
	start new.db &&
	wait_for "database .new.db. does not exist: create it\\? \\[y/N\\]$" &&
	type_text "y" && key Enter &&
	wait_for "^safestat>$" &&
	key C-d && wait_for "^EXIT=0$" &&
	test -s new.db
'

test_expect_success '... and not created when the answer is no' '
	start other.db &&
	wait_for "create it\\? \\[y/N\\]$" &&
	key Enter &&
	wait_for "^EXIT=2$" &&
	screen | grep "^error: cannot open database .other.db.: no such file" &&
	test ! -e other.db
'

test_expect_success '-q silences the banner and row counts' '
	start -q db.db &&
	wait_for "^safestat>$" &&
	type_text "sql \"SELECT 1 AS a\"" && key Enter &&
	wait_for "│ 1 │" &&
	! screen | grep -E "^(safestat [0-9]|\\(1 row\\))" &&
	key C-d && wait_for "^EXIT=0$"
'

# A pager that records how many lines it was given, and says so.
cat >fake-pager <<EOF
#!/bin/sh
n=\$(wc -l)
echo "\$n" >>"$TRASH/paged.log"
echo "FAKE PAGER read \$n lines"
EOF
chmod +x fake-pager
TALL="sql \"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 60) SELECT x FROM c\""
echo "$TALL" >tall.ss

test_expect_success 'a result taller than the terminal goes through $PAGER; a short one does not' '
	START_ENV="PAGER=$TRASH/fake-pager" &&
	start db.db &&
	wait_for "^safestat>$" &&
	type_text "sql \"SELECT 1 AS a\"" && key Enter &&
	wait_for "│ 1 │" &&
	test ! -e paged.log &&
	type_text "$TALL" && key Enter &&
	wait_for "^FAKE PAGER read 64 lines$" &&
	wait_for "^\\(60 rows\\)$" &&
	echo 64 >expect &&
	test_cmp expect paged.log
'

test_expect_success '... and one wider than the terminal, in markdown too; not csv, not a file' '
	type_text "sql \"SELECT hex(zeroblob(125)) AS wide\"" &&
	key Enter &&
	wait_for "^FAKE PAGER read 5 lines$" &&
	type_text "$TALL --format markdown" && key Enter &&
	wait_for "^FAKE PAGER read 62 lines$" &&
	type_text "$TALL --format csv" && key Enter &&
	wait_for "^60$" &&
	type_text "$TALL --output tall.tsv" && key Enter &&
	wait_for "^\\(60 rows\\)$" &&
	test -s tall.tsv &&
	printf "64\n5\n62\n" >expect &&
	test_cmp expect paged.log
'

test_expect_success 'pager off, on and auto; a bad mode gets a suggestion' '
	type_text "pager off" && key Enter &&
	type_text "$TALL" && key Enter &&
	wait_for "│ 60 │" &&
	type_text "pager --format csv" && key Enter &&
	wait_for "^off,$TRASH/fake-pager" &&
	type_text "pager on" && key Enter &&
	type_text "sql \"SELECT 2 AS b\"" && key Enter &&
	wait_for "^FAKE PAGER read 5 lines$" &&
	type_text "pager offf" && key Enter &&
	wait_for "^error: invalid value .offf. for pager: auto, on or off \\(did you mean .off.\\?\\)$" &&
	type_text "pager auto" && key Enter &&
	type_text "sql \"SELECT 3 AS c\"" && key Enter &&
	wait_for "│ 3 │" &&
	printf "64\n5\n62\n5\n" >expect &&
	test_cmp expect paged.log &&
	key C-d && wait_for "^EXIT=0$"
'

test_expect_success 'a $PAGER that cannot be run: a warning, and the result all the same' '
	START_ENV="PAGER=no-such-pager" &&
	start db.db &&
	wait_for "^safestat>$" &&
	type_text "$TALL" && key Enter &&
	wait_for "^warning: cannot run the pager .no-such-pager. \\(set PAGER, or .pager off.\\)$" &&
	wait_for "│ 60 │" &&
	key C-d && wait_for "^EXIT=0$"
'

test_expect_success '--no-pager, a redirected stdout and batch mode never page' '
	START_ENV="PAGER=$TRASH/fake-pager" &&
	start --no-pager db.db &&
	wait_for "^safestat>$" &&
	type_text "$TALL" && key Enter &&
	wait_for "│ 60 │" &&
	key C-d && wait_for "^EXIT=0$" &&
	start db.db ">notty.tsv" &&
	wait_for "^safestat>$" &&
	type_text "$TALL" && key Enter &&
	wait_for "^\\(60 rows\\)$" &&
	key C-d && wait_for "^EXIT=0$" &&
	test "$(wc -l <notty.tsv)" = 61 &&
	start -F table -f tall.ss db.db &&
	wait_for "^EXIT=0$" &&
	screen | grep "│ 60 │" &&
	printf "64\n5\n62\n5\n" >expect &&
	test_cmp expect paged.log
'

# Queries always read through a read-only connection; only import writes,
# and only where it may: the banner says which case this is.
test_expect_success 'the banner says when the database can be written by import, and when not' '
	start --readonly db.db &&
	wait_for "^safestat>$" &&
	screen | grep "^safestat [0-9.]*, database db.db (read-only)\$" &&
	key C-d && wait_for "^EXIT=0$" &&
	start &&
	wait_for "^safestat>$" &&
	screen | grep "^safestat [0-9.]*, database .*/county.db (read-only: the bundled dataset)\$" &&
	key C-d && wait_for "^EXIT=0$"
'

test_expect_success 'help pages print no row count at the prompt; results still do' '
	start db.db &&
	wait_for "^safestat>$" &&
	type_text "help sql" && key Enter &&
	wait_for "^\\* every command also takes" &&
	type_text "sql --help" && key Enter &&
	type_text "help plugin" && key Enter &&
	wait_for "^│ plugin unload" &&
	type_text "sql \"SELECT 4 AS four\"" && key Enter &&
	wait_for "^\\(1 row\\)$" &&
	test "$(screen | grep -c -E "^\\([0-9]+ rows?\\)$")" = 1 &&
	key C-d && wait_for "^EXIT=0$"
'

# The shell is UTF-8 throughout.  Under LANG=C readline would edit bytes:
# Backspace after a Chinese character removed one of its three bytes.
test_expect_success 'under LANG=C, Backspace deletes a whole Chinese character' '
	START_LOCALE="LANG=C" &&
	START_ENV="PAGER=cat" &&
	start db.db &&
	wait_for "^safestat>$" &&
	type_text "sql \"SELECT 7 AS 城关镇镇" && key BSpace &&
	type_text " \"" &&
	wait_for "^safestat> sql \"SELECT 7 AS 城关镇 \"$" &&
	key Enter &&
	wait_for "^│ 城关镇 │$" &&
	! screen | grep "invalid UTF-8" &&
	key C-d && wait_for "^EXIT=0$"
'

test_expect_success '... and under LC_ALL=C' '
	START_LOCALE="LC_ALL=C" &&
	start db.db &&
	wait_for "^safestat>$" &&
	type_text "sql \"SELECT 1 AS 龙泉乡乡" && key BSpace &&
	type_text "\"" && key Enter &&
	wait_for "│ 龙泉乡 │" &&
	! screen | grep "invalid UTF-8" &&
	key C-d && wait_for "^EXIT=0$"
'

$TMUX_CMD kill-server 2>/dev/null
test_done
