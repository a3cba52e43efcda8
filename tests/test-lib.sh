# tests/test-lib.sh -- a small git-style test library that speaks TAP.
#
# A test script sets test_description, sources this file, runs a series of
#	test_expect_success 'what it shows' '
#		command &&
#		command
#	'
# and ends with test_done.  Each body runs in the script's own trash
# directory ($TRASH, also the current directory and $HOME), so tests may
# write files freely.  Bodies are &&-chained: the first failing command fails
# the test.  On failure the body and its output are printed as TAP comments.
#
# Environment (set by `make check`, see Makefile.am): SAFESTAT (the binary),
# SAFESTAT_BUILD_DIR, SAFESTAT_SRC_DIR, SQLITE3_CLI.  Run a script by hand
# from the build directory with: sh tests/t0000-start.sh (-v for verbose).

: "${SAFESTAT_BUILD_DIR:=$(pwd)}"
: "${SAFESTAT_SRC_DIR:=$SAFESTAT_BUILD_DIR}"
: "${SAFESTAT:=$SAFESTAT_BUILD_DIR/shell/safestat}"
: "${SQLITE3_CLI:=sqlite3}"
export SAFESTAT SAFESTAT_BUILD_DIR SAFESTAT_SRC_DIR SQLITE3_CLI
LC_ALL=C.UTF-8
TZ=UTC
export LC_ALL TZ
# Reproducible "today" for commands whose defaults depend on the date.
: "${SAFESTAT_TODAY:=2025-12-31}"
export SAFESTAT_TODAY
# Keep the user's own settings out of the tests.
unset SAFESTAT_DB SAFESTAT_PLUGIN_PATH

test_verbose=
case "$1" in -v|--verbose) test_verbose=t ;; esac

test_name=$(basename "$0" .sh)
TRASH="$SAFESTAT_BUILD_DIR/tests/trash.$test_name"
rm -rf "$TRASH"
mkdir -p "$TRASH" || { echo "Bail out! cannot create $TRASH"; exit 1; }
HOME="$TRASH"
export HOME TRASH
cd "$TRASH" || exit 1

test_count=0
test_failed=0
test_skipped=0
test_prereqs=" "

# Declare that prerequisite $1 holds for this run.
test_set_prereq () {
	test_prereqs="$test_prereqs$1 "
}

# True when every prerequisite in the comma-separated list $1 holds.
test_have_prereq () {
	for p in $(echo "$1" | tr ',' ' '); do
		case "$test_prereqs" in *" $p "*) ;; *) return 1 ;; esac
	done
	return 0
}

# Run one test: test_expect_success [PREREQS] 'title' 'body'.
test_expect_success () {
	test_prereq=
	if test $# = 3; then test_prereq=$1; shift; fi
	test_count=$((test_count + 1))
	if test -n "$test_prereq" && ! test_have_prereq "$test_prereq"; then
		test_skipped=$((test_skipped + 1))
		echo "ok $test_count # skip $1 (missing $test_prereq)"
		return 0
	fi
	test_out="$TRASH/.test-output"
	if (eval "$2") >"$test_out" 2>&1; then
		echo "ok $test_count - $1"
		if test -n "$test_verbose"; then sed 's/^/# /' "$test_out"; fi
	else
		test_failed=$((test_failed + 1))
		echo "not ok $test_count - $1"
		echo "$2" | sed 's/^/#	/'
		sed 's/^/# > /' "$test_out" | head -n 60
	fi
	cd "$TRASH" || exit 1
}

# Skip the whole script (e.g. a tool is missing): prints a TAP skip plan.
skip_all () {
	echo "1..0 # SKIP $*"
	exit 0
}

# Compare expected and actual files; show a diff when they differ.
test_cmp () {
	diff -u "$1" "$2"
}

# Succeed when the command fails normally (not by a signal or sanitizer).
test_must_fail () {
	"$@"
	tmf_status=$?
	if test $tmf_status = 0; then
		echo "test_must_fail: '$*' succeeded" >&2
		return 1
	elif test $tmf_status -gt 128 || test $tmf_status = 99; then
		echo "test_must_fail: '$*' died (status $tmf_status)" >&2
		return 1
	fi
	return 0
}

# test_expect_code N command...: succeed when the command exits with N.
test_expect_code () {
	tec_want=$1
	shift
	"$@"
	tec_status=$?
	if test "$tec_status" = "$tec_want"; then
		return 0
	fi
	echo "test_expect_code: '$*' exited $tec_status, wanted $tec_want" >&2
	return 1
}

# Succeed when the file is empty; show it otherwise.
test_must_be_empty () {
	if test -s "$1"; then
		echo "'$1' is not empty:" >&2
		cat "$1" >&2
		return 1
	fi
}

# Succeed when file $2 has a line matching the basic regex $1.
test_grep () {
	if grep -e "$1" "$2" >/dev/null; then
		return 0
	fi
	echo "no line matching '$1' in '$2':" >&2
	cat "$2" >&2
	return 1
}

# Run a query with the sqlite3 command-line shell (independent of safestat).
sql_cli () {
	"$SQLITE3_CLI" -batch -noheader "$@"
}

# sql_upkeep DB SQL...: the same with the summaries' upkeep loaded first
# (data/upkeep.sql, as every safestat writer runs it): its writes keep the
# summaries in step, and the summary_*_from_ledger views are there.
sql_upkeep () {
	su_db=$1
	shift
	"$SQLITE3_CLI" -batch -noheader "$su_db" \
		".read '$SAFESTAT_SRC_DIR/data/upkeep.sql'" "$@"
}

# Finish: print the plan and exit non-zero when any test failed.
test_done () {
	echo "1..$test_count"
	echo "# passed $((test_count - test_failed - test_skipped)), failed $test_failed, skipped $test_skipped"
	if test "$test_failed" = 0; then
		cd "$SAFESTAT_BUILD_DIR" && rm -rf "$TRASH"
		exit 0
	fi
	exit 1
}

if command -v "$SQLITE3_CLI" >/dev/null 2>&1; then
	test_set_prereq SQLITE3
fi
if command -v tmux >/dev/null 2>&1; then
	test_set_prereq TMUX
fi
