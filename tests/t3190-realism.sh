#!/bin/sh
# The synthetic records read like real ones: an accident at a unit
# happens in the unit's township and its summary fits the unit's kind (a
# sawmill accident at a 木业 firm, a kitchen fire at a 酒楼), and a rural
# road joins two different places -- in the bundled county and in every
# county of a small province.  Checked with SQL written here.

test_description='realistic accidents and road names'
. "$SAFESTAT_SRC_DIR/tests/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/data-lib.sh"

GEN="$SAFESTAT_BUILD_DIR/data/safestat-gen"
# A single quote, for SQL inside the single-quoted test bodies.
sq="'"

# Accidents at a unit in another township than the unit's.
ELSEWHERE="SELECT a.accident_id FROM accident a JOIN unit u ON u.unit_id = a.unit_id
	WHERE a.township_id <> u.township_id"

# Accidents whose summary names a kind of place their unit is not: each
# row a pattern of the summary and what the unit's name must then hold.
MISFIT="WITH rule (said, unit) AS (VALUES
	('%木业%', '%木业%'), ('%木工%', '%木业%'), ('%石材%', '%石材%'),
	('%冲床%', '%机械制造%'), ('%超市%', '%超市%'), ('%商贸城%', '%商贸城%'),
	('%酒楼%', '%酒楼%'), ('%农家乐%', '%农家乐%'), ('%电梯%', '%电梯%'),
	('%班线客车%', '%客运%'), ('%旅游包车%', '%旅游客运%'),
	('%污水池%', '%食品%'), ('%漂流%', '%旅游%'))
	SELECT a.accident_id, a.summary, u.name_zh FROM accident a
	JOIN unit u ON u.unit_id = a.unit_id JOIN rule r ON a.summary LIKE r.said
	WHERE u.name_zh NOT LIKE r.unit
	UNION ALL
	SELECT a.accident_id, a.summary, u.name_zh FROM accident a
	JOIN unit u ON u.unit_id = a.unit_id
	WHERE a.summary LIKE '%班线客车%' AND u.name_zh LIKE '%旅游客运%'"

# Rural roads named "X至X": from a place to itself.
SELF_ROAD="SELECT name_zh FROM (SELECT name_zh, instr(name_zh, '至') AS p
	FROM road_project WHERE kind = 'rural_road_upgrade')
	WHERE p > 1 AND substr(name_zh, 1, p - 1) = substr(name_zh, p + 1, p - 1)"

test_expect_success 'the bundled county: accidents at a unit happen in its township' '
	test "$(q "SELECT count(*) FROM accident WHERE unit_id IS NOT NULL")" -ge 15 &&
	q "$ELSEWHERE" >out &&
	test_must_be_empty out
'

test_expect_success 'the bundled county: each summary fits its unit' '
	q "$MISFIT" >out &&
	test_must_be_empty out &&
	# The rules do apply: most accidents at a unit match one of them.
	test "$(q "SELECT count(*) FROM accident WHERE unit_id IS NOT NULL AND (summary LIKE ${sq}%石材%${sq} OR summary LIKE ${sq}%电梯%${sq})")" -ge 3
'

test_expect_success 'the bundled county: every rural road joins two places' '
	test "$(q "SELECT count(*) FROM road_project WHERE kind = ${sq}rural_road_upgrade${sq}")" -ge 10 &&
	q "$SELF_ROAD" >out &&
	test_must_be_empty out
'

test_expect_success 'a province of three counties: the same in every county' '
	"$GEN" --counties 3 --out p.db &&
	test "$(sql_cli p.db "SELECT count(DISTINCT t.county_id) FROM accident a
		JOIN township t ON t.township_id = a.township_id WHERE a.unit_id IS NOT NULL")" = 3 &&
	sql_cli p.db "$ELSEWHERE" >out &&
	test_must_be_empty out &&
	sql_cli p.db "$SELF_ROAD" >out &&
	test_must_be_empty out
'

test_done
