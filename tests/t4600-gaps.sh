#!/bin/sh
# gaps: the weak spots of 2023 must include what the report's problems
# section says (construction 3, self-built 1, gas 0 low for their units;
# the departments that helped no key enterprise; inspectors below the
# city average; insurance under 50% in transport and construction), each
# by its kind key and checked against SQL written here, and nothing the
# data contradict (transport and fire are not low; no sector at or over
# 50% coverage is listed).
test_description='gaps --year'
. "$SAFESTAT_SRC_DIR/tests/test-lib.sh"

test_have_prereq SQLITE3 || skip_all 'the sqlite3 command-line shell is missing'

DB="$SAFESTAT_BUILD_DIR/data/county.db"
Y="BETWEEN '2023-01-01' AND '2023-12-31'"
q () {
	sql_cli "$DB" "$1"
}
"$SAFESTAT" "$DB" -F tsv -c "gaps --year 2023" >gaps.tsv ||
	{ echo "Bail out! gaps failed"; exit 1; }
# has KIND SUBJECT: the row of that kind and subject
has () {
	awk -F '\t' -v k="$1" -v s="$2" '$1 == k && $2 == s' gaps.tsv | grep .
}

test_expect_success 'the keys' '
	head -1 gaps.tsv >head &&
	printf "kind\tsubject\tnumerator\tdenominator\tvalue\tyardstick\tunit\tfinding\n" >expect &&
	test_cmp expect head
'

# units open at the year end and major hazards of the year, by sector
UNITS="SELECT count(*) FROM unit WHERE opened_date <= '2023-12-31' AND (closed_date IS NULL OR closed_date > '2023-12-31')"
MAJOR="SELECT count(*) FROM hazard WHERE level = 'major' AND found_date $Y"

test_expect_success 'construction 3, self-built 1 and gas 0 are low for the units they supervise' '
	cu=$(q "$UNITS") && cm=$(q "$MAJOR") &&
	for s in construction:建筑施工 self_built:自建房 gas:城镇燃气; do
		code=${s%%:*} name=${s#*:} &&
		u=$(q "$UNITS AND sector = '"'"'$code'"'"'") &&
		m=$(q "$MAJOR AND sector = '"'"'$code'"'"'") &&
		has sector_low_major_hazards "$name" >row &&
		test "$(cut -f3,4 row)" = "$(printf "%s\t%s" $m $u)" &&
		test $((3 * m * cu)) -lt $((cm * u)) || return 1
	done &&
	has sector_low_major_hazards 建筑施工 | grep "监管单位39家，仅排查重大事故隐患3项"
'

test_expect_success 'transport and fire, named by the report as not low, are not listed' '
	cu=$(q "$UNITS") && cm=$(q "$MAJOR") &&
	for s in transport:交通运输 fire:消防 industry_trade:工贸 special_equipment:特种设备; do
		code=${s%%:*} name=${s#*:} &&
		u=$(q "$UNITS AND sector = '"'"'$code'"'"'") &&
		m=$(q "$MAJOR AND sector = '"'"'$code'"'"'") &&
		test $((3 * m * cu)) -ge $((cm * u)) &&
		! has sector_low_major_hazards "$name" || return 1
	done
'

test_expect_success 'the departments that helped no key enterprise, exactly those of SQL' '
	q "SELECT d.short_zh FROM department d WHERE d.kind = '"'"'regulator'"'"' AND NOT EXISTS (SELECT 1 FROM assistance_visit a WHERE a.dept = d.code AND a.visit_date $Y) ORDER BY d.report_order" >expect &&
	awk -F "\t" "\$1 == \"department_no_assistance\" { print \$2 }" gaps.tsv >actual &&
	test_cmp expect actual &&
	for d in 工信 公安 住建 教育; do grep -x $d actual || return 1; done
'

test_expect_success 'the five departments the report names, and only they, are at zero' '
	awk -F "\t" "\$1 == \"department_no_assistance\" { print \$2 }" gaps.tsv >actual &&
	printf "工信\n公安\n住建\n教育\n城管文旅\n" >expect &&
	test_cmp expect actual
'

test_expect_success 'inspectors: the county 2.0 per township and each township under the city 4.6' '
	city=$(q "SELECT value FROM reference_figure WHERE year = 2023 AND indicator = '"'"'township_inspectors_avg'"'"'") &&
	has county_inspectors_below_city 全县 >row &&
	test "$(cut -f3-6 row)" = "$(printf "24\t12\t2.0\t%s" $city)" &&
	q "SELECT t.name_zh FROM township t JOIN township_staff s USING (township_id) WHERE s.year = 2023 AND s.inspectors_fulltime + s.inspectors_parttime < $city ORDER BY t.code" >expect &&
	awk -F "\t" "\$1 == \"township_inspectors_below_city\" { print \$2 }" gaps.tsv >actual &&
	test_cmp expect actual
'

test_expect_success 'insurance under 50%: transport and construction, nothing else' '
	awk -F "\t" "\$1 == \"insurance_under_50\" { print \$2, \$3, \$4, \$5 }" gaps.tsv | sort >actual &&
	printf "交通运输 18 44 40.9\n建筑施工 16 39 41.0\n" | sort >expect &&
	test_cmp expect actual
'

test_expect_success 'major hazards still open at the year end, by sector' '
	q "SELECT s.name_zh || '"'"' '"'"' || count(*) FROM hazard h JOIN sector s ON s.code = h.sector WHERE h.level = '"'"'major'"'"' AND h.found_date $Y AND (h.rectified_date IS NULL OR h.rectified_date > '"'"'2023-12-31'"'"') GROUP BY s.code ORDER BY s.report_order" >expect &&
	awk -F "\t" "\$1 == \"major_hazards_open\" { printf \"%s %d\n\", \$2, \$5 }" gaps.tsv >actual &&
	test_cmp expect actual
'

test_expect_success 'the breakdown gap: 烟花爆竹 holds the 98th major hazard' '
	has sector_breakdown_gap 烟花爆竹 >row &&
	test "$(cut -f5,6 row)" = "$(printf "1.0\t98.0")" &&
	grep "这7个领域合计97项，全县共98项" row &&
	test $(awk -F "\t" "\$1 == \"sector_breakdown_gap\"" gaps.tsv | wc -l) = 1
'

# Every kind with a count has that count and its base in numerator and
# denominator; only one township's head count has no base.
test_expect_success 'counts and their bases: numerator and denominator filled' '
	q "SELECT s.name_zh || '"'"' '"'"' || sum(h.rectified_date IS NULL OR h.rectified_date > '"'"'2023-12-31'"'"') || '"'"' '"'"' || count(*) FROM hazard h JOIN sector s ON s.code = h.sector WHERE h.level = '"'"'major'"'"' AND h.found_date $Y GROUP BY s.code HAVING sum(h.rectified_date IS NULL OR h.rectified_date > '"'"'2023-12-31'"'"') > 0 ORDER BY s.report_order" >expect &&
	awk -F "\t" "\$1 == \"major_hazards_open\" { print \$2, \$3, \$4 }" gaps.tsv >actual &&
	test_cmp expect actual &&
	has sector_breakdown_gap 烟花爆竹 >row &&
	test "$(cut -f3,4 row)" = "$(printf "%s\t%s" \
	    $(q "$MAJOR AND sector = '"'"'fireworks'"'"'") $(q "$MAJOR"))" &&
	key=$(q "SELECT count(*) FROM unit WHERE key_unit = 1 AND opened_date <= '"'"'2023-12-31'"'"' AND (closed_date IS NULL OR closed_date > '"'"'2023-12-31'"'"')") &&
	awk -F "\t" "\$1 == \"department_no_assistance\" { print \$3, \$4 }" gaps.tsv | sort -u >actual &&
	echo "0 $key" >expect &&
	test_cmp expect actual &&
	has department_no_assistance 工信 | grep "（全县重点企业${key}家，" &&
	awk -F "\t" "NR > 1 && (\$3 == \"\" || \$4 == \"\") { print \$1 }" gaps.tsv | sort -u >empty &&
	echo township_inspectors_below_city >expect &&
	test_cmp expect empty
'

test_expect_success 'in a later year the weak spots the report named are gone' '
	"$SAFESTAT" "$DB" -F tsv -c "gaps --year 2024" >g2024 &&
	! grep "^insurance_under_50" g2024 &&
	! grep "^department_no_assistance" g2024 &&
	! grep "^sector_low_major_hazards	建筑施工" g2024 &&
	! grep "^sector_low_major_hazards	城镇燃气" g2024
'

test_expect_success 'table output: title, note, findings in Chinese; the note after the table' '
	"$SAFESTAT" "$DB" -F table -c "gaps --year 2023" >out &&
	head -1 out | grep "2023年安全生产薄弱环节（截至2023-12-31）" &&
	tail -2 out | head -1 | grep "^└" &&
	tail -1 out | grep "^\* sector_low_major_hazards：该行业领域每百家监管单位排查重大事故隐患数不足全县水平的三分之一；major_hazards_open：当年排查、截至2023-12-31仍未完成整改；insurance_under_50：覆盖率 = 已投保单位 ÷ 应投保单位（2023-12-31在营的强制投保行业领域单位）$" &&
	grep "交通运输行业领域应投保安全生产责任险单位44家，已投保18家，覆盖率40.9%，未达到50%" out
'

test_done
