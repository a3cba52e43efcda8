#!/bin/sh
# traffic hazards (the shared "SECTOR hazards" of plugins/common): the
# cohort found in the period, rectified by the as-of day, open and
# overdue on it; every grouping with zero rows and a total; the list of
# open hazards.  Checked against SQL written here.
test_description='traffic hazards'
. "$(dirname "$0")/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/sectors-lib.sh"

# found|rectified|rate|open|overdue|as_of for the transport hazards
# matching the SQL condition $1, as of day $2.
counts () {
	q "SELECT count(*), count(CASE WHEN rectified_date <= '$2' THEN 1 END),
		count(CASE WHEN found_date <= '$2' AND (rectified_date IS NULL
		 OR rectified_date > '$2') THEN 1 END),
		count(CASE WHEN found_date <= '$2' AND (rectified_date IS NULL
		 OR rectified_date > '$2') AND deadline_date < '$2' THEN 1 END)
		FROM hazard WHERE sector = 'transport' AND $1" >counts.sql &&
	IFS="|" read -r c_found c_fixed c_open c_overdue <counts.sql &&
	if test "$c_found" = 0; then c_rate=; else c_rate=$(rate $c_fixed $c_found); fi &&
	echo "$c_found|$c_fixed|$c_rate|$c_open|$c_overdue|$2"
}

test_expect_success '2023 by level: 25 general and 5 major, all 30 rectified' '
	ss -F csv -c "traffic hazards --year 2023" >out &&
	{
		echo "general|一般隐患|$(counts "level = '"'general'"' AND found_date $Y" 2023-12-31)" &&
		echo "major|重大事故隐患|$(counts "level = '"'major'"' AND found_date $Y" 2023-12-31)"
	} >expect &&
	csv_body out >actual &&
	test_cmp expect actual &&
	grep -x "general|一般隐患|25|25|100.0|0|0|2023-12-31" actual &&
	grep -x "major|重大事故隐患|5|5|100.0|0|0|2023-12-31" actual
'

test_expect_success 'an earlier as-of day: fewer rectified, some open and overdue' '
	ss -F csv -c "traffic hazards --from 2022-01-01 --to 2022-12-31 --as-of 2022-12-31 --level general" >out &&
	echo "general|一般隐患|$(counts "level = '"'general'"' AND found_date BETWEEN '"'2022-01-01'"' AND '"'2022-12-31'"'" 2022-12-31)" >expect &&
	csv_body out >actual &&
	test_cmp expect actual
'

test_expect_success 'a hazard rectified on the as-of day counts as rectified, not open' '
	q "SELECT rectified_date FROM hazard WHERE sector = '"'transport'"'
		AND found_date BETWEEN '"'2022-01-01'"' AND '"'2022-12-31'"'
		AND rectified_date > '"'2022-12-31'"' ORDER BY rectified_date LIMIT 1" >day &&
	day=$(cat day) && test -n "$day" &&
	ss -F csv -c "traffic hazards --year 2022 --as-of $day" >out &&
	{
		echo "general|一般隐患|$(counts "level = '"'general'"' AND found_date BETWEEN '"'2022-01-01'"' AND '"'2022-12-31'"'" $day)" &&
		echo "major|重大事故隐患|$(counts "level = '"'major'"' AND found_date BETWEEN '"'2022-01-01'"' AND '"'2022-12-31'"'" $day)"
	} >expect &&
	csv_body out >actual &&
	test_cmp expect actual
'

test_expect_success 'by month over five years: every month a row, the total the sum' '
	ss -F csv -c "traffic hazards --from 2021-01-01 --to 2025-12-31 --by month" >out &&
	test $(csv_body out | wc -l) = 60 &&
	csv_body out | awk -F"|" "{ n += \$2 } END { print n }" >sum &&
	q "SELECT count(*) FROM hazard WHERE sector = '"'transport'"'" >all &&
	test_cmp all sum
'

test_expect_success 'by unit: the sector'"'"'s units with zeros, and the roads in their own row' '
	ss -F csv -c "traffic hazards --year 2023 --by unit" >out &&
	csv_body out >actual &&
	q "SELECT count(*) FROM unit WHERE sector = '"'transport'"'
		AND opened_date <= '"'2023-12-31'"'
		AND (closed_date IS NULL OR closed_date >= '"'2023-01-01'"')" >units &&
	test $(wc -l <actual) = $(($(cat units) + 1)) &&
	q "SELECT count(*) FROM hazard WHERE sector = '"'transport'"' AND unit_id IS NULL
		AND found_date $Y" >roads &&
	grep -x "|（无单位：道路、公共场所）|$(cat roads)|.*" actual &&
	grep "|0|0||0|0|2023-12-31$" actual
'

test_expect_success 'by finder: every kind of finder, the 2023 total 30' '
	ss -F csv -c "traffic hazards --year 2023 --by finder" >out &&
	q "SELECT count(*) FROM finder_kind" >n &&
	test $(csv_body out | wc -l) = $(cat n) &&
	csv_body out | awk -F"|" "{ n += \$3 } END { print n }" >sum &&
	echo 30 >expect && test_cmp expect sum
'

test_expect_success '--open lists the hazards open on the day, whenever found, oldest first' '
	ss -F csv -c "traffic hazards --open --as-of 2024-03-31" >out &&
	q "SELECT hazard_id || '"'|'"' || found_date || '"'|'"' ||
		CAST(julianday('"'2024-03-31'"') - julianday(found_date) AS INTEGER)
		FROM hazard WHERE sector = '"'transport'"' AND found_date <= '"'2024-03-31'"'
		AND (rectified_date IS NULL OR rectified_date > '"'2024-03-31'"')
		ORDER BY found_date, hazard_id" >expect &&
	csv_body out | cut -d"|" -f1,4,6 >actual &&
	test_cmp expect actual &&
	test -s actual
'

test_expect_success 'nothing open: an empty list and a note' '
	ss -F csv -c "traffic hazards --open --level major --as-of 2023-12-31" >out 2>err &&
	test_must_be_empty err &&
	tr -d "\r" <out >actual &&
	echo "hazard_id,level,level_zh,found_date,deadline_date,days_open,days_overdue,township,unit,finder,description,as_of" >expect &&
	test_cmp expect actual &&
	ss -F table -c "traffic hazards --open --level major --as-of 2023-12-31" >table &&
	grep "^\* 截至2023-12-31没有未整改的隐患$" table
'

test_expect_success '--level keeps one level row' '
	ss -F csv -c "traffic hazards --year 2023 --level major" >out &&
	csv_body out >actual &&
	echo "major|重大事故隐患|5|5|100.0|0|0|2023-12-31" >expect &&
	test_cmp expect actual
'

test_expect_success 'a bad level names the choices' '
	test_expect_code 1 ss -c "traffic hazards --level majr" 2>err &&
	grep "did you mean '"'"'major'"'"'?)$" err
'

test_done
