#!/bin/sh
# The generator is deterministic: the same seed and options give a
# byte-identical file (county and province), a different seed a different
# one, and the report's figures do not depend on the seed.

test_description='the dataset generator is deterministic'
. "$SAFESTAT_SRC_DIR/tests/test-lib.sh"

test_have_prereq SQLITE3 || skip_all 'the sqlite3 command-line shell is missing'

GEN="$SAFESTAT_BUILD_DIR/data/safestat-gen"
DB="$SAFESTAT_BUILD_DIR/data/county.db"

test_expect_success 'two runs with the same seed write the same bytes' '
	"$GEN" --seed 2023 --out one.db &&
	"$GEN" --seed 2023 --out two.db &&
	cmp one.db two.db
'

test_expect_success 'the bundled dataset is that file' '
	cmp one.db "$DB"
'

test_expect_success 'writing over an existing file gives the same bytes' '
	echo junk >three.db &&
	"$GEN" --seed 2023 --out three.db &&
	cmp one.db three.db
'

test_expect_success 'another seed writes another file' '
	"$GEN" --seed 7 --out seven.db &&
	! cmp -s one.db seven.db &&
	test "$(sql_cli one.db "SELECT description FROM hazard WHERE hazard_id = 100")" != \
	    "$(sql_cli seven.db "SELECT description FROM hazard WHERE hazard_id = 100")"
'

FIGURES="SELECT count(*), sum(rectified_date <= '2023-12-31'),
	sum(level = 'major'), sum(level = 'major' AND finder_kind = 'dept')
	FROM hazard WHERE found_date BETWEEN '2023-01-01' AND '2023-12-31'"

test_expect_success 'the report figures are the same under any seed' '
	sql_cli one.db "$FIGURES" >expect &&
	sql_cli seven.db "$FIGURES" >actual &&
	test_cmp expect actual &&
	echo "1422|1209|98|11" >want &&
	test_cmp want actual
'

test_expect_success 'a small province is deterministic too' '
	"$GEN" --seed 2023 --counties 2 --out p1.db &&
	"$GEN" --seed 2023 --counties 2 --out p2.db &&
	cmp p1.db p2.db
'

test_expect_success 'bad arguments are refused with a reason' '
	test_expect_code 2 "$GEN" 2>err &&
	test_grep "usage" err &&
	test_must_fail "$GEN" --counties 0 --out x.db 2>err &&
	test_grep "counties" err &&
	test_must_fail "$GEN" --seed twelve --out x.db 2>err &&
	test_grep "seed" err
'

test_done
