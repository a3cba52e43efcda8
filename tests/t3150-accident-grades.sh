#!/bin/sh
# The accident grade is derived, never stored: accident_graded takes the
# latest figures within the revision window and the most severe grade of
# Decree 493 that any measure reaches ("以上" includes the boundary).
# Accidents with figures on each boundary go into a scratch copy.

test_description='accident grades on the boundaries of Decree 493'
. "$SAFESTAT_SRC_DIR/tests/test-lib.sh"

test_have_prereq SQLITE3 || skip_all 'the sqlite3 command-line shell is missing'

DB="$SAFESTAT_BUILD_DIR/data/county.db"

# accident ID SECTOR DATE: one accident (ids from 9000 are the test's).
accident () {
	printf "INSERT INTO accident (accident_id, township_id, sector,
	    accident_type, occurred_date, summary) VALUES (%s, 1, '%s', '20',
	    '%s', 'test');\n" "$1" "$2" "$3"
}

# figures ID DATE DEATHS SERIOUS LOSS: one report of its figures.
figures () {
	printf "INSERT INTO accident_figures VALUES (%s, '%s', %s, %s, 0, %s);\n" \
	    "$1" "$2" "$3" "$4" "$5"
}

# grade DEATHS SERIOUS LOSS: insert one accident with these figures and
# print the grade the view gives it.
grade () {
	cp "$DB" scratch.db &&
	{
		accident 9000 industry_trade 2025-03-01
		figures 9000 2025-03-01 "$1" "$2" "$3"
		echo "SELECT grade FROM accident_graded WHERE accident_id = 9000;"
	} >in.sql &&
	sql_cli scratch.db <in.sql
}

# expect_grades WANT "DEATHS SERIOUS LOSS" ...
expect_grades () {
	eg_want=$1
	shift
	for eg_case in "$@"; do
		# shellcheck disable=SC2086
		eg_got=$(grade $eg_case) || return 1
		if test "$eg_got" != "$eg_want"; then
			echo "figures $eg_case: grade '$eg_got', want '$eg_want'"
			return 1
		fi
	done
}

test_expect_success 'deaths: 2 general, 3 and 9 larger, 10 and 29 serious, 30 especially serious' '
	expect_grades general "0 0 0" "2 0 0" &&
	expect_grades larger "3 0 0" "9 0 0" &&
	expect_grades serious "10 0 0" "29 0 0" &&
	expect_grades especially_serious "30 0 0" "31 0 0"
'

test_expect_success 'serious injuries: 9 general, 10 and 49 larger, 50 and 99 serious, 100 especially serious' '
	expect_grades general "0 9 0" &&
	expect_grades larger "0 10 0" "0 49 0" &&
	expect_grades serious "0 50 0" "0 99 0" &&
	expect_grades especially_serious "0 100 0"
'

test_expect_success 'direct loss: 9,999,999 general, 10,000,000 larger, 50,000,000 serious, 100,000,000 especially serious' '
	expect_grades general "0 0 9999999" &&
	expect_grades larger "0 0 10000000" "0 0 49999999" &&
	expect_grades serious "0 0 50000000" "0 0 99999999" &&
	expect_grades especially_serious "0 0 100000000"
'

test_expect_success 'the most severe measure decides' '
	expect_grades larger "2 10 0" "0 9 10000000" &&
	expect_grades serious "2 9 50000000" "10 0 9999999" &&
	expect_grades especially_serious "0 49 100000000"
'

# Revisions: 30 days for industry & trade, 7 for transport; later ones
# are kept but do not change the grade.
REVISIONS="$(
	accident 9001 industry_trade 2025-03-01
	figures 9001 2025-03-01 2 1 500000
	figures 9001 2025-03-31 3 0 500000
	accident 9002 industry_trade 2025-03-01
	figures 9002 2025-03-01 2 1 500000
	figures 9002 2025-04-01 3 0 500000
	accident 9003 transport 2025-03-01
	figures 9003 2025-03-01 2 1 500000
	figures 9003 2025-03-08 3 0 500000
	accident 9004 transport 2025-03-01
	figures 9004 2025-03-01 2 1 500000
	figures 9004 2025-03-09 3 0 500000
	accident 9005 fire 2025-03-01
	figures 9005 2025-04-20 0 0 12000000
)"

test_expect_success 'a revision within the window changes the grade, a later one does not' '
	cp "$DB" scratch.db &&
	sql_cli scratch.db "$REVISIONS" &&
	sql_cli scratch.db "SELECT accident_id, deaths, grade FROM accident_graded
	    WHERE accident_id >= 9000 ORDER BY accident_id" >actual &&
	cat >expect <<-EOF &&
	9001|3|larger
	9002|2|general
	9003|3|larger
	9004|2|general
	9005|0|larger
	EOF
	test_cmp expect actual
'

test_expect_success 'every accident of the bundled dataset has exactly one grade' '
	test "$(sql_cli "$DB" "SELECT count(*) FROM accident")" = \
	    "$(sql_cli "$DB" "SELECT count(DISTINCT accident_id) FROM accident_graded")"
'

test_expect_success 'the bundled 2025 coach crash is larger after its day-4 revision' '
	sql_cli "$DB" "SELECT occurred_date, reported_date, deaths, grade
	    FROM accident_graded WHERE grade <> '\''general'\''" >actual &&
	echo "2025-04-02|2025-04-06|3|larger" >expect &&
	test_cmp expect actual
'

test_expect_success 'the bundled 2024 death on day 40 does not make a larger accident' '
	sql_cli "$DB" "SELECT a.occurred_date, max(f.deaths), g.deaths, g.grade
	    FROM accident a JOIN accident_figures f ON f.accident_id = a.accident_id
	    JOIN accident_graded g ON g.accident_id = a.accident_id
	    WHERE a.occurred_date = '\''2024-03-19'\'' GROUP BY a.accident_id" >actual &&
	echo "2024-03-19|3|2|general" >expect &&
	test_cmp expect actual
'

test_done
