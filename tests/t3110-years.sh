#!/bin/sh
# The other years are the county's own history: plausible, different from
# 2023 and from each other, with trends that mean something; and the
# holiday calendar is the one the State Council's notices set.

test_description='other years, trends and the holiday calendar'
. "$SAFESTAT_SRC_DIR/tests/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/data-lib.sh"

# One line per year 2021-2025 of the figures the report quotes.
PER_YEAR="WITH y(year) AS (VALUES (2021), (2022), (2023), (2024), (2025))
SELECT y.year,
  (SELECT count(*) FROM hazard WHERE level = 'general'
     AND substr(found_date, 1, 4) = CAST(y.year AS TEXT)),
  (SELECT count(*) FROM hazard WHERE level = 'major'
     AND substr(found_date, 1, 4) = CAST(y.year AS TEXT)),
  (SELECT count(*) FROM enforcement_case c JOIN case_kind k ON k.code = c.kind
     WHERE k.category = 'safety' AND substr(decided_date, 1, 4) = CAST(y.year AS TEXT)),
  (SELECT count(*) FROM outreach_event WHERE kind = 'drill'
     AND substr(held_date, 1, 4) = CAST(y.year AS TEXT)),
  (SELECT count(*) FROM meeting WHERE substr(held_date, 1, 4) = CAST(y.year AS TEXT)),
  (SELECT count(*) FROM weighing w JOIN overload_operation o ON o.operation_id = w.operation_id
     WHERE substr(o.op_date, 1, 4) = CAST(y.year AS TEXT))
FROM y ORDER BY y.year"

test_expect_success 'every year has records of every kind' '
	q "$PER_YEAR" >years &&
	cat years &&
	test "$(wc -l <years)" = 5 &&
	! grep -q "|0|\||0$" years
'

test_expect_success 'no other year repeats 2023 in any of these figures' '
	q "$PER_YEAR" >years &&
	y2023=$(grep "^2023|" years | cut -d"|" -f2-) &&
	for y in 2021 2022 2024 2025; do
		other=$(grep "^$y|" years | cut -d"|" -f2-) &&
		for col in 1 2 3 4 5 6; do
			a=$(echo "$y2023" | cut -d"|" -f$col) &&
			b=$(echo "$other" | cut -d"|" -f$col) &&
			test "$a" != "$b" || { echo "$y column $col = 2023 ($a)"; exit 1; }
		done
	done
'

test_expect_success 'years differ from each other (no copied year)' '
	q "$PER_YEAR" | cut -d"|" -f2- | sort | uniq -d >dups &&
	test_must_be_empty dups
'

MAJORS="SELECT substr(found_date, 1, 4), count(*) FROM hazard
	WHERE level = 'major' GROUP BY 1 ORDER BY 1"

test_expect_success 'major hazards rise to the 2023 campaign, then settle' '
	q "$MAJORS" >m &&
	set -- $(cut -d"|" -f2 m) &&
	test "$1" -lt "$2" && test "$2" -lt "$3" &&
	test "$4" -lt "$3" && test "$5" -lt "$4"
'

RECT_RATE="SELECT substr(found_date, 1, 4), count(*),
	sum(CASE WHEN rectified_date <= substr(found_date, 1, 4) || '-12-31' THEN 1 ELSE 0 END)
	FROM hazard WHERE level = 'general' GROUP BY 1 ORDER BY 1"

test_expect_success 'rectification by year end is lowest in 2023 and recovers after' '
	q "$RECT_RATE" >r &&
	while IFS="|" read year found fixed; do
		echo "$year $(( (1000 * fixed + found / 2) / found ))"
	done <r >permille &&
	cat permille &&
	p2023=$(grep "^2023 " permille | cut -d" " -f2) &&
	for y in 2021 2022 2024 2025; do
		test "$(grep "^$y " permille | cut -d" " -f2)" -gt "$p2023" || exit 1
	done
'

test_expect_success 'after the report: construction and gas find more majors' '
	check "SELECT substr(found_date, 1, 4), sector, count(*) FROM hazard
	    WHERE level = '\''major'\'' AND sector IN ('\''construction'\'', '\''gas'\'')
	    AND found_date >= '\''2023-01-01'\'' GROUP BY 1, 2 ORDER BY 1, 2" "2023|construction|3
2024|construction|7
2024|gas|2
2025|construction|8
2025|gas|3"
'

INSURED="SELECT u.sector,
	sum(CASE WHEN EXISTS (SELECT 1 FROM insurance_policy p WHERE p.unit_id = u.unit_id
	     AND p.start_date <= :d AND p.end_date >= :d) THEN 1 ELSE 0 END) * 2 > count(*)
	FROM unit u WHERE u.sector IN ('transport', 'construction')
	  AND u.opened_date <= :d AND (u.closed_date IS NULL OR u.closed_date > :d)
	GROUP BY u.sector ORDER BY u.sector"

test_expect_success 'transport and construction insurance passes 50% in 2024' '
	check "$(echo "$INSURED" | sed "s/:d/'\''2023-12-31'\''/g")" "construction|0
transport|0" &&
	check "$(echo "$INSURED" | sed "s/:d/'\''2024-12-31'\''/g")" "construction|1
transport|1"
'

test_expect_success 'every department helps key enterprises in 2024' '
	check "SELECT count(*) FROM department d WHERE d.kind = '\''regulator'\''
	    AND NOT EXISTS (SELECT 1 FROM assistance_visit a WHERE a.dept = d.code
	      AND a.visit_date BETWEEN '\''2024-01-01'\'' AND '\''2024-12-31'\'')" 0
'

test_expect_success 'the overload rate falls over the five years' '
	q "SELECT substr(op_date, 1, 4), count(*), sum(over_limit) FROM weighing_checked
	    GROUP BY 1 ORDER BY 1" >o &&
	while IFS="|" read year n over; do
		echo $(( (1000 * over + n / 2) / n ))
	done <o >rates &&
	test "$(head -n 1 rates)" -gt "$(tail -n 1 rates)"
'

test_expect_success 'a larger accident in 2023-2025 breaks the three-year record' '
	check "SELECT count(*) FROM accident_graded WHERE grade_rank <= 3
	    AND occurred_date BETWEEN '\''2023-01-01'\'' AND '\''2025-12-31'\''" 1
'

test_expect_success 'the holiday calendar: merged Mid-Autumn/National Day in 2023 and 2025' '
	check "SELECT year, kind, first_day, last_day FROM holiday
	    WHERE kind IN ('\''mid_autumn'\'', '\''national_day'\'', '\''mid_autumn_national_day'\'')
	    ORDER BY year, first_day" "2021|mid_autumn|2021-09-19|2021-09-21
2021|national_day|2021-10-01|2021-10-07
2022|mid_autumn|2022-09-10|2022-09-12
2022|national_day|2022-10-01|2022-10-07
2023|mid_autumn_national_day|2023-09-29|2023-10-06
2024|mid_autumn|2024-09-15|2024-09-17
2024|national_day|2024-10-01|2024-10-07
2025|mid_autumn_national_day|2025-10-01|2025-10-08
2026|mid_autumn|2026-09-25|2026-09-27
2026|national_day|2026-10-01|2026-10-07"
'

test_expect_success 'Spring Festival and New Year as the notices set them, through 2026' '
	check "SELECT year, first_day, last_day FROM holiday WHERE kind = '\''spring_festival'\''
	    ORDER BY year" "2021|2021-02-11|2021-02-17
2022|2022-01-31|2022-02-06
2023|2023-01-21|2023-01-27
2024|2024-02-10|2024-02-17
2025|2025-01-28|2025-02-04
2026|2026-02-15|2026-02-23" &&
	check "SELECT year, first_day, last_day FROM holiday WHERE kind = '\''new_year'\''
	    AND year IN (2023, 2024, 2025)" "2023|2022-12-31|2023-01-02
2024|2023-12-30|2024-01-01
2025|2025-01-01|2025-01-01"
'

test_expect_success 'a holiday asked by either name finds the merged one' '
	check "SELECT asked, year, days FROM holiday_lookup
	    WHERE asked IN ('\''mid_autumn'\'', '\''national_day'\'') AND year IN (2023, 2024)
	    ORDER BY asked, year" "mid_autumn|2023|8
mid_autumn|2024|3
national_day|2023|8
national_day|2024|7"
'

test_expect_success 'the calendar numbers holiday days and knows make-up workdays' '
	check "SELECT day, holiday_day, holiday_days, day_off FROM calendar_day
	    WHERE day IN ('\''2023-09-29'\'', '\''2023-10-06'\'', '\''2023-10-07'\'', '\''2023-10-08'\'')" \
	    "2023-09-29|1|8|1
2023-10-06|8|8|1
2023-10-07|||0
2023-10-08|||0" &&
	check "SELECT count(*) FROM calendar_day" 2191
'

test_done
