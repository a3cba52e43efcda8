#!/bin/sh
# The visitor history: every spot, every day; holiday peaks near and at
# capacity; structure a model can learn (weekends, holidays, weather, the
# 2022 slump and the 2023 rebound), and noise a fixed formula cannot.

test_description='scenic spots and their daily visitors'
. "$SAFESTAT_SRC_DIR/tests/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/data-lib.sh"

test_expect_success 'six to eight spots, one or two 4A/5A, each with a warning ladder' '
	q "SELECT count(*), sum(a_grade >= 4) FROM scenic_spot" >out &&
	IFS="|" read n top <out &&
	test "$n" -ge 6 && test "$n" -le 8 && test "$top" -ge 1 && test "$top" -le 2 &&
	check "SELECT count(*) FROM scenic_spot
	    WHERE NOT (warn_yellow_pct < warn_orange_pct AND warn_orange_pct <= warn_red_pct)" 0
'

test_expect_success 'one row per spot per day, 2021-01-01 to 2025-12-31' '
	check "SELECT count(*), count(DISTINCT day), min(day), max(day) FROM visitor_day
	    GROUP BY spot_id" "$(for i in 1 2 3 4 5 6 7; do echo "1826|1826|2021-01-01|2025-12-31"; done)"
'

test_expect_success 'closed days are rare except out of season; open days have visitors' '
	check "SELECT count(*) FROM visitor_day WHERE status = '\''open'\'' AND visitors = 0" 0 &&
	check "SELECT s.name_zh FROM visitor_day v JOIN scenic_spot s ON s.spot_id = v.spot_id
	    GROUP BY v.spot_id HAVING sum(v.status = '\''closed'\'') > 200" "龙泉峡漂流"
'

# Load on the days of the merged Mid-Autumn/National Day holidays.
PEAKS="SELECT h.year, s.name_zh, max(v.visitors) * 100 / s.daily_capacity
	FROM holiday h JOIN visitor_day v ON v.day BETWEEN h.first_day AND h.last_day
	JOIN scenic_spot s ON s.spot_id = v.spot_id
	WHERE h.kind = 'mid_autumn_national_day'
	GROUP BY h.year, s.spot_id"

test_expect_success 'several spots reach 80% of daily capacity on the 2023 and 2025 peaks' '
	q "$PEAKS" >peaks &&
	cat peaks &&
	test "$(awk -F"|" "\$3 >= 80" peaks | wc -l)" -ge 3 &&
	test "$(awk -F"|" "\$1 == 2023 && \$3 >= 80" peaks | wc -l)" -ge 1 &&
	test "$(awk -F"|" "\$1 == 2025 && \$3 >= 80" peaks | wc -l)" -ge 2
'

test_expect_success 'saturation: days over capacity exist but stay within a few percent' '
	q "SELECT count(*), max(v.visitors * 1000 / s.daily_capacity) FROM visitor_day v
	    JOIN scenic_spot s ON s.spot_id = v.spot_id
	    WHERE v.visitors > s.daily_capacity" >over &&
	IFS="|" read days worst <over &&
	test "$days" -ge 1 && test "$worst" -le 1080
'

PROFILE="SELECT v.spot_id, h.year,
	avg(CASE WHEN julianday(v.day) - julianday(h.first_day) < 3 THEN v.visitors END)
	  > avg(CASE WHEN julianday(h.last_day) - julianday(v.day) < 2 THEN v.visitors END)
	FROM holiday h JOIN visitor_day v ON v.day BETWEEN h.first_day AND h.last_day
	WHERE h.kind IN ('national_day', 'mid_autumn_national_day')
	  AND v.status = 'open'
	GROUP BY v.spot_id, h.year"

test_expect_success 'National Day peaks on its first days' '
	q "$PROFILE" >p &&
	test "$(grep -c "|1$" p)" -ge $(( $(wc -l <p) * 8 / 10 ))
'

# Ordinary days only: no holiday, no make-up workday, open.
WEEKDAYS="SELECT v.spot_id,
	avg(CASE WHEN c.weekday = 6 THEN v.visitors END) /
	avg(CASE WHEN c.weekday IN (2, 3, 4) THEN v.visitors END)
	FROM visitor_day v JOIN calendar_day c ON c.day = v.day
	WHERE c.holiday IS NULL AND c.makeup_workday = 0 AND v.status = 'open'
	  AND v.spot_id IN (SELECT spot_id FROM scenic_spot WHERE name_zh <> '石桥红色教育基地')
	GROUP BY v.spot_id"

test_expect_success 'Saturdays draw far more than mid-week days' '
	q "$WEEKDAYS" >w &&
	cat w &&
	test "$(awk -F"|" "\$2 < 1.4" w | wc -l)" = 0
'

WEATHER="SELECT v.spot_id,
	avg(CASE WHEN w.weather = 'heavy_rain' THEN v.visitors END) <
	avg(CASE WHEN w.weather = 'sunny' THEN v.visitors END)
	FROM visitor_day v JOIN weather_day w ON w.day = v.day
	WHERE v.status = 'open' GROUP BY v.spot_id"

test_expect_success 'heavy rain keeps visitors away' '
	q "$WEATHER" >w &&
	test "$(grep -c "|1$" w)" = "$(wc -l <w)"
'

YEARS="SELECT spot_id, substr(day, 1, 4), sum(visitors) FROM visitor_day
	GROUP BY 1, 2 ORDER BY 1, 2"

test_expect_success 'the 2022 slump and the 2023 rebound' '
	q "$YEARS" >y &&
	awk -F"|" "{ t[\$1, \$2] = \$3; s[\$1] = 1 }
	    END { for (k in s) { if (t[k, 2022] < t[k, 2021]) slump++;
	                         if (t[k, 2023] > 1.3 * t[k, 2022]) rebound++; n++ }
	          print slump, rebound, n }" y >counts &&
	read slump rebound n <counts &&
	test "$slump" -ge 5 && test "$rebound" = "$n"
'

# If visitors were trend x weekday x season, the ratio of a Saturday to
# the Wednesday before it would hardly move within a season; here its
# spread is wide (AR noise, weather, saturation).
RATIO_SPREAD="SELECT avg(r * r) / (avg(r) * avg(r)) - 1 FROM (
	SELECT s.visitors * 1.0 / w.visitors AS r
	FROM visitor_day s JOIN visitor_day w ON w.spot_id = s.spot_id
	 AND w.day = date(s.day, '-3 days')
	JOIN calendar_day cs ON cs.day = s.day JOIN calendar_day cw ON cw.day = w.day
	WHERE s.spot_id = 2 AND cs.weekday = 6 AND cs.holiday IS NULL
	  AND cw.holiday IS NULL AND cw.makeup_workday = 0
	  AND s.day BETWEEN '2024-01-01' AND '2025-12-31'
	  AND s.status = 'open' AND w.status = 'open' AND w.visitors > 0)"

test_expect_success 'the history is not a fixed multiplicative formula' '
	v=$(q "$RATIO_SPREAD") &&
	echo "squared coefficient of variation: $v" &&
	awk "BEGIN { exit !($v > 0.04) }"
'

test_expect_success 'peak in park stays within the day and near the instantaneous capacity' '
	check "SELECT count(*) FROM visitor_day v JOIN scenic_spot s ON s.spot_id = v.spot_id
	    WHERE v.peak_in_park > v.visitors OR v.peak_in_park * 100 > s.instant_capacity * 103" 0
'

test_expect_success 'equipment has yearly inspections with due dates' '
	check "SELECT count(*) FROM equipment_latest_inspection WHERE last_inspected IS NULL" 0 &&
	check "SELECT count(*) > 0, count(*) = sum(next_due_date > last_inspected)
	    FROM equipment_latest_inspection" "1|1" &&
	check "SELECT count(*) >= 4 FROM (SELECT DISTINCT kind FROM tourism_equipment)" 1
'

test_done
