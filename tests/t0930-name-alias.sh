#!/bin/sh
# The names analysts type: the report's shorthand for a sector (危化品),
# the short form of a bureau (住建局) -- the aliases of name_alias -- and a
# township's English name without "Town"/"Township" (chengguan), each
# resolving to what its code gives; suggestions consider aliases; a name
# two places share is ambiguous; a file without name_alias still works.
test_description='name aliases in the lookups'
. "$(dirname "$0")/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/county-lib.sh"

# same A B: the csv of `hazards --year 2023 A` and of `... B` agree, and
# are not empty.
same () {
	rows "hazards --year 2023 $1" >a &&
	rows "hazards --year 2023 $2" >b &&
	test -s a && test_cmp b a
}

test_expect_success 'the report word: --sector 危化品 is hazchem' '
	same "--sector 危化品" "--sector hazchem" &&
	"$SAFESTAT" "$DB" -F table -c "hazards --year 2023 --sector 危化品" | head -n 1 >out &&
	echo "隐患排查整改 · 2023年 · 危险化学品 · 按县" >expect &&
	test_cmp expect out
'

test_expect_success 'every alias of name_alias resolves to its code' '
	q "SELECT list, alias, code FROM name_alias ORDER BY list, alias" >aliases &&
	test $(grep -c "^sector," aliases) -ge 10 &&
	test $(grep -c "^department," aliases) -ge 5 &&
	while IFS=, read -r list alias code; do
		same "--$list \"$alias\"" "--$list $code" || {
			echo "$list $alias"; return 1; }
	done <aliases
'

test_expect_success 'an alias is never another row'"'"'s own name' '
	q "SELECT a.alias FROM name_alias a
	   WHERE (a.list = ${sq}sector${sq} AND a.alias IN (SELECT code FROM sector
		UNION SELECT name_zh FROM sector UNION SELECT name_en FROM sector))
	   OR (a.list = ${sq}department${sq} AND a.alias IN (SELECT code FROM department
		UNION SELECT name_zh FROM department UNION SELECT short_zh FROM department
		UNION SELECT name_en FROM department))
	   OR a.code NOT IN (SELECT code FROM sector UNION ALL SELECT code FROM department)" >out &&
	test_must_be_empty out
'

test_expect_success 'a township by its English name without Town/Township, any case' '
	q "SELECT code, replace(replace(name_en, ${sq} Township${sq}, ${sq}${sq}), ${sq} Town${sq}, ${sq}${sq})
	   FROM township WHERE name_en LIKE ${sq}% Town${sq} OR name_en LIKE ${sq}% Township${sq}" >names &&
	test $(wc -l <names) = 11 &&
	while IFS=, read -r code name; do
		same "--township \"$name\"" "--township $code" || return 1
	done <names &&
	same "--township chengguan" "--township 城关镇" &&
	same "--township CHENGGUAN" "--township 990101001" &&
	same "--county qingfeng" "--county 青峰县"
'

test_expect_success 'suggestions consider aliases and suffix-less names' '
	test_expect_code 1 "$SAFESTAT" "$DB" -c "hazards --sector 危花品" >out 2>err &&
	test_must_be_empty out &&
	echo "safestat: -c1:1: unknown sector ${sq}危花品${sq} (did you mean ${sq}危化品${sq}?)" >expect &&
	test_cmp expect err &&
	test_expect_code 1 "$SAFESTAT" "$DB" -c "hazards --township chenguan" 2>err &&
	echo "safestat: -c1:1: unknown township ${sq}chenguan${sq} (did you mean ${sq}Chengguan${sq}?)" >expect &&
	test_cmp expect err &&
	test_expect_code 1 "$SAFESTAT" "$DB" -c "hazards --township 柳河" 2>err &&
	echo "safestat: -c1:1: unknown township ${sq}柳河${sq} (did you mean ${sq}柳河镇${sq}?)" >expect &&
	test_cmp expect err
'

test_expect_success 'a short name two townships share is ambiguous, not a guess' '
	cp "$DB" two.db && chmod u+w two.db &&
	sql_cli two.db "INSERT INTO county (county_id, city_id, code, name_zh, name_en, ledger)
		SELECT 999, city_id, ${sq}990199${sq}, ${sq}测试县${sq}, ${sq}Ceshi County${sq}, 1 FROM county WHERE code = ${sq}990101${sq};
	   INSERT INTO township (county_id, code, name_zh, name_en, kind)
		VALUES (999, ${sq}990199001${sq}, ${sq}城关镇${sq}, ${sq}Chengguan Town${sq}, ${sq}town${sq})" &&
	test_expect_code 1 "$SAFESTAT" two.db -c "hazards --township chengguan" >out 2>err &&
	test_must_be_empty out &&
	echo "safestat: -c1:1: township ${sq}chengguan${sq} is ambiguous: 2 match (give its code or choose a county)" >expect &&
	test_cmp expect err
'

test_expect_success 'a dataset without name_alias: its own names still resolve' '
	cp "$DB" old.db && chmod u+w old.db &&
	sql_cli old.db "DROP TABLE name_alias" &&
	"$SAFESTAT" old.db -F csv -c "hazards --year 2023 --sector hazchem" >out 2>err &&
	test_must_be_empty err &&
	test_expect_code 1 "$SAFESTAT" old.db -c "hazards --sector 危化品" 2>err &&
	grep "^safestat: -c1:1: unknown sector ${sq}危化品${sq}" err &&
	"$SAFESTAT" old.db -F csv -c "hazards --year 2023 --township chengguan" >out 2>err &&
	test_must_be_empty err
'

test_done
