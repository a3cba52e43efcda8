# tests/data-lib.sh -- what the dataset's figure tests (t3100, t3110,
# t3120) share; sourced after test-lib.sh.  The figures are counted here
# with the sqlite3 command-line shell, straight from the tables.

test_have_prereq SQLITE3 || skip_all 'the sqlite3 command-line shell is missing'

DB="$SAFESTAT_BUILD_DIR/data/county.db"

# q SQL: the sqlite3 shell's answer, fields separated by |.
q () {
	sql_cli "$DB" "$1"
}

# check SQL EXPECTED: the query gives exactly EXPECTED.
check () {
	printf '%s\n' "$2" >expect &&
	q "$1" >actual &&
	test_cmp expect actual
}
