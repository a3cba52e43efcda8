#!/bin/sh
# A new dataset of one's own: `safestat --create NEW.db` makes it with the
# schema, import fills it -- code tables, places and units first (here
# exported from the bundled dataset by safestat itself), then a ledger.
# And the other side of opening: a file of another schema version, or not
# a safestat dataset at all, is refused with exit status 2 and one line.

test_description='import into a new dataset; the schema-version refusal'
. "$SAFESTAT_SRC_DIR/tests/test-lib.sh"

test_have_prereq SQLITE3 || skip_all 'the sqlite3 command-line shell is missing'

BUNDLED="$SAFESTAT_BUILD_DIR/data/county.db"
FIX="$SAFESTAT_SRC_DIR/tests/fixtures/import"
# What the hazard ledger refers to, parents before children.
BASE="stat_group department sector finder_kind code_label hazard_criterion
campaign city county township unit"

test_expect_success 'without --create a missing database is not made: exit 2' '
	test_expect_code 2 "$SAFESTAT" new.db -c tables >out 2>err &&
	test_must_be_empty out &&
	echo "safestat: cannot open database '"'"'new.db'"'"': no such file (use --create to make a new dataset)" >expect &&
	test_cmp expect err &&
	test ! -e new.db
'

test_expect_success '--create makes it: the schema of the bundled dataset, version 3, no rows' '
	"$SAFESTAT" --create new.db -c "sql \"SELECT count(*) AS units FROM unit\"" >out 2>err &&
	test_must_be_empty err &&
	printf "units\n0\n" >expect &&
	test_cmp expect out &&
	test "$(sql_cli new.db "PRAGMA user_version")" = 3 &&
	test "$(sql_cli new.db "PRAGMA application_id")" = "$(sql_cli "$BUNDLED" "PRAGMA application_id")" &&
	sql_cli new.db "SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE '\''sqlite_%'\'' ORDER BY name" >schema.new &&
	sql_cli "$BUNDLED" "SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE '\''sqlite_%'\'' ORDER BY name" >schema.bundled &&
	test_cmp schema.bundled schema.new
'

test_expect_success 'a new dataset has no codes or townships yet: a ledger names them in vain' '
	test_expect_code 1 "$SAFESTAT" new.db -c "import hazard $FIX/hazards-good.csv --reject none.csv" 2>err &&
	grep "^safestat: -c1:1: no row of .*hazards-good.csv. imported into .hazard.: 5 rejected and written to .none.csv. (the first, line 2: unknown level .一般隐患.)\$" err &&
	test_expect_code 1 "$SAFESTAT" new.db -c "import hazard $FIX/hazards-good.csv" 2>err &&
	grep "5 bad rows in .*hazards-good.csv. and no good one (the first, line 2: unknown level .一般隐患.): --reject FILE lists every one with its reason\$" err &&
	test "$(sql_cli new.db "SELECT count(*) FROM hazard")" = 0
'

test_expect_success 'code tables, places and units, exported as csv by safestat, import as they are' '
	: >load.ss &&
	for t in $BASE; do
		"$SAFESTAT" -F csv -c "sql \"SELECT * FROM $t\"" >$t.csv || return 1
		echo "import $t $t.csv" >>load.ss
	done &&
	"$SAFESTAT" --bail new.db -f load.ss >out 2>err &&
	test_must_be_empty err &&
	for t in $BASE; do
		test "$(sql_cli new.db "SELECT count(*) FROM $t")" = "$(sql_cli "$BUNDLED" "SELECT count(*) FROM $t")" || {
			echo "$t differs"; return 1; }
		grep "^$t	$t.csv	[0-9]*	0\$" out || return 1
	done
'

test_expect_success '... row for row, empty strings and NULLs apart' '
	for t in $BASE; do
		sql_cli new.db "ATTACH '\''$BUNDLED'\'' AS b; SELECT count(*) FROM (SELECT * FROM b.$t EXCEPT SELECT * FROM main.$t)" >diff || return 1
		test "$(cat diff)" = 0 || { echo "$t differs"; return 1; }
	done
'

test_expect_success 'then the ledger goes in, and the shell counts it as SQL does' '
	"$SAFESTAT" new.db -c "import hazard $FIX/hazards-good.csv" >out &&
	grep "	5	0\$" out &&
	sql_cli new.db "SELECT count(*) FROM hazard h JOIN township t ON t.township_id = h.township_id WHERE t.name_zh = '\''城关镇'\'' AND h.sector = '\''hazchem'\''" >cli &&
	"$SAFESTAT" -F tsv new.db -c "sql \"SELECT count(*) AS n FROM hazard h JOIN township t ON t.township_id = h.township_id WHERE t.name_zh = '\''城关镇'\'' AND h.sector = '\''hazchem'\''\"" | tail -n 1 >shell &&
	test_cmp cli shell &&
	test "$(cat cli)" = 2 &&
	sql_cli new.db "PRAGMA foreign_key_check" >fk &&
	test_must_be_empty fk &&
	test "$(sql_cli new.db "PRAGMA integrity_check")" = ok
'

test_expect_success '--create on an existing dataset opens it as it is' '
	cksum <new.db >before &&
	"$SAFESTAT" --create new.db -c "sql \"SELECT count(*) AS n FROM hazard\"" >out &&
	test "$(tail -n 1 out)" = 5 &&
	cksum <new.db >after &&
	test_cmp before after
'

test_expect_success '--create where no file can be made: exit 2, one line' '
	test_expect_code 2 "$SAFESTAT" --create nodir/new.db -c tables >out 2>err &&
	test_must_be_empty out &&
	test "$(wc -l <err)" = 1 &&
	grep "^safestat: cannot create database .nodir/new.db.: " err
'

# The shell checks PRAGMA user_version at open: a dataset written by a
# later (or earlier) safestat is refused before any command runs.
test_expect_success 'a copy of the dataset with another schema version: exit 2, one line' '
	cp "$BUNDLED" v4.db && chmod u+w v4.db &&
	sql_cli v4.db "PRAGMA user_version = 4" &&
	test_expect_code 2 "$SAFESTAT" v4.db -c tables -c "import hazard $FIX/hazards-good.csv" >out 2>err &&
	test_must_be_empty out &&
	echo "safestat: cannot use database '"'"'v4.db'"'"': dataset schema version 4, this safestat reads version 3: upgrade safestat" >expect &&
	test_cmp expect err &&
	test "$(sql_cli v4.db "SELECT count(*) FROM hazard")" = "$(sql_cli "$BUNDLED" "SELECT count(*) FROM hazard")"
'

test_expect_success '... and an older one' '
	cp "$BUNDLED" v0.db && chmod u+w v0.db &&
	sql_cli v0.db "PRAGMA user_version = 0" &&
	test_expect_code 2 "$SAFESTAT" v0.db -c tables >out 2>err &&
	test_must_be_empty out &&
	echo "safestat: cannot use database '"'"'v0.db'"'"': dataset schema version 0, this safestat reads version 3: rebuild or re-import the dataset" >expect &&
	test_cmp expect err
'

test_expect_success 'an SQLite file that is not a safestat dataset: exit 2, one line' '
	sql_cli other.db "CREATE TABLE hazard (id INTEGER); INSERT INTO hazard VALUES (1)" &&
	test_expect_code 2 "$SAFESTAT" other.db -c "import hazard $FIX/hazards-good.csv" >out 2>err &&
	test_must_be_empty out &&
	echo "safestat: cannot use database '"'"'other.db'"'"': not a safestat dataset (application_id 0)" >expect &&
	test_cmp expect err &&
	test "$(sql_cli other.db "SELECT count(*) FROM hazard")" = 1
'

test_expect_success 'a file that is not SQLite at all: exit 2, one line' '
	cp "$FIX/hazards-good.csv" notdb.db &&
	test_expect_code 2 "$SAFESTAT" notdb.db -c tables >out 2>err &&
	test_must_be_empty out &&
	test "$(wc -l <err)" = 1 &&
	grep "^safestat: cannot use database .notdb.db.: " err &&
	cmp notdb.db "$FIX/hazards-good.csv"
'

test_done
