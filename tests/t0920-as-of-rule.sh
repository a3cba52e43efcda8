#!/bin/sh
# One rule for the default as-of day, in every command that counts or
# lists a state on a day (plugins/common/filter.h): the earliest of the
# period's last day, today (SAFESTAT_TODAY) and the last day the ledgers
# cover; a list without a period takes today capped at the data's end.
# Each case names its expected day; days open are computed here in SQL.
test_description='the default as-of day'
. "$(dirname "$0")/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/county-lib.sh"

# as_of_of TODAY COMMAND: the as_of column of the command's first row.
as_of_of () {
	SAFESTAT_TODAY=$1 "$SAFESTAT" "$DB" -F json -c "$2" |
		sed -n 's/.*"as_of": *"\([0-9-]*\)".*/\1/p' | sed 1q
}

# The last day the ledgers cover: 31 December of their last year.
DATA_END="$(q "SELECT substr(max(found_date), 1, 4) FROM hazard")-12-31"

test_expect_success 'the bundled ledgers end on 2025-12-31' '
	test "$DATA_END" = 2025-12-31
'

test_expect_success 'a past period: its last day' '
	test "$(as_of_of 2027-03-01 "hazards --year 2023")" = 2023-12-31 &&
	test "$(as_of_of 2027-03-01 "insurance --year 2023")" = 2023-12-31
'

test_expect_success 'a period not yet over: today' '
	test "$(as_of_of 2024-06-30 "hazards --year 2024")" = 2024-06-30 &&
	test "$(as_of_of 2024-06-30 "insurance --year 2024")" = 2024-06-30
'

test_expect_success 'today after the data: the data end, not today' '
	test "$(as_of_of 2027-03-01 "hazards")" = "$DATA_END" &&
	test "$(as_of_of 2027-03-01 "insurance")" = "$DATA_END" &&
	test "$(as_of_of 2027-03-01 "hazards --year 2026")" = "$DATA_END"
'

test_expect_success 'no period: the default year is the current one when the data reach it' '
	SAFESTAT_TODAY=2024-06-30 "$SAFESTAT" "$DB" -F table -c hazards >out &&
	grep "隐患排查整改 · 2024年" out &&
	test "$(as_of_of 2024-06-30 hazards)" = 2024-06-30
'

test_expect_success 'a list without a period: today capped at the data end' '
	SAFESTAT_TODAY=2027-03-01 rows "hazards open --level major" >out &&
	cut -d, -f1,6,17 out >days &&
	q "SELECT hazard_id, CAST(julianday(${sq}2025-12-31${sq}) - julianday(found_date) AS INTEGER), ${sq}2025-12-31${sq}
	   FROM hazard WHERE level = ${sq}major${sq} AND found_date <= ${sq}2025-12-31${sq}
	   AND (rectified_date IS NULL OR rectified_date > ${sq}2025-12-31${sq})
	   ORDER BY found_date, hazard_id" >expect &&
	test_cmp expect days
'

test_expect_success 'and the same list with today inside the data: today' '
	SAFESTAT_TODAY=2024-03-01 rows "hazards open --level major" | cut -d, -f17 | sort -u >out &&
	echo 2024-03-01 >expect &&
	test_cmp expect out
'

test_expect_success 'the county list and the chemicals plugin count days open to the same day' '
	SAFESTAT_TODAY=2027-03-01 rows "hazards open --sector hazchem" | cut -d, -f1,6 >county &&
	SAFESTAT_TODAY=2027-03-01 "$SAFESTAT" "$DB" -F csv -c "chemicals hazards --open" |
		tr -d "\r" | awk -F, "NR == 1 { for (i = 1; i <= NF; i++) c[\$i] = i; next }
			{ print \$c[\"hazard_id\"] \",\" \$c[\"days_open\"] }" | sort >chem &&
	sort county >county.sorted &&
	test -s chem &&
	test_cmp county.sorted chem
'

test_expect_success 'rich formats name the day in the title or a note' '
	SAFESTAT_TODAY=2027-03-01 "$SAFESTAT" "$DB" -F table -c "hazards open --level major" >out &&
	grep "截至2025-12-31" out &&
	SAFESTAT_TODAY=2027-03-01 "$SAFESTAT" "$DB" -F markdown -c "insurance" >out &&
	grep "截至2025-12-31" out
'

test_expect_success 'an --as-of given is taken as given' '
	test "$(as_of_of 2027-03-01 "hazards open --as-of 2026-06-30")" = 2026-06-30
'

test_done
