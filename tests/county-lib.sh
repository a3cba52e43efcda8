# tests/county-lib.sh -- what the county plugin's ledger tests (t40xx to
# t44xx) share; sourced after test-lib.sh.  Every figure a test checks is
# computed in the test with the sqlite3 command-line shell, from the ledger
# tables, never through safestat: these helpers only run the two.

DB="$SAFESTAT_BUILD_DIR/data/county.db"
test -f "$DB" || skip_all "the bundled dataset is not built"
test_have_prereq SQLITE3 || skip_all "no sqlite3 shell to check figures with"
# A single quote, for SQL inside the single-quoted test bodies.
sq="'"

# rows COMMAND: the command's csv rows (no header, no CR).
rows () {
	"$SAFESTAT" "$DB" -F csv -c "$1" | tr -d '\r' | sed 1d
}

# q SQL: the sqlite3 shell's answer, in csv: the figures written
# independently of the plugin.
q () {
	sql_cli -separator , "$DB" "$1"
}

# rate N D: the half-up one-decimal percentage reports print (empty when
# D is 0).
rate () {
	if test "$2" = 0; then echo; return; fi
	t=$(( (2000 * $1 / $2 + 1) / 2 ))
	echo "$((t / 10)).$((t % 10))"
}
