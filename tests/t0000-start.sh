#!/bin/sh
# Starting safestat: options, opening the database, usage errors (exit 2).
test_description='start-up'
. "$(dirname "$0")/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/host-lib.sh"

mkdb db.db || { echo "Bail out! cannot create a dataset"; exit 1; }
run_cases "$SAFESTAT_SRC_DIR/tests/cases/start.cases"

test_expect_success '--version names the version, the ABI and SQLite' '
	"$SAFESTAT" --version >out &&
	grep "^safestat [0-9][0-9.]* (plugin ABI 1, SQLite 3\.[0-9.]*)\$" out
'

test_expect_success SQLITE3 'an SQLite file that is not a safestat dataset, exit 2' '
	sql_cli plain.db "CREATE TABLE t (a)" &&
	test_expect_code 2 "$SAFESTAT" plain.db -c tables >out 2>err &&
	test_must_be_empty out &&
	echo "safestat: cannot use database '"'"'plain.db'"'"': not a safestat dataset (application_id 0)" >expect &&
	test_cmp expect err
'

test_expect_success SQLITE3 'a dataset of another schema version, exit 2' '
	cp db.db future.db &&
	sql_cli future.db "PRAGMA user_version = 99" &&
	test_expect_code 2 "$SAFESTAT" future.db -c tables 2>err &&
	grep "^safestat: cannot use database .future.db.: dataset schema version 99, this safestat reads version 3: upgrade safestat\$" err
'

test_expect_success 'the database is opened read-only: its bytes never change' '
	cksum <db.db >before &&
	"$SAFESTAT" db.db -c tables -c "sql \"SELECT 1\"" -c "describe dataset_info" >/dev/null &&
	cksum <db.db >after &&
	test_cmp before after &&
	test ! -e db.db-journal && test ! -e db.db-wal
'

test_expect_success 'from the build tree it finds the plugins without installing' '
	"$SAFESTAT" db.db -c plugins >out &&
	grep "^example	1.0	1	$SAFESTAT_BUILD_DIR/plugins/.libs/example.so	" out
'

test_expect_success 'a copy of the binary outside the build tree does not search it' '
	cp "$SAFESTAT" ./safestat-copy &&
	./safestat-copy db.db -c plugins >out 2>err &&
	! grep "$SAFESTAT_BUILD_DIR" out
'

if test -f "$SAFESTAT_BUILD_DIR/data/county.db"; then
	test_set_prereq BUNDLED
fi

test_expect_success BUNDLED 'without a database, the bundled dataset is opened read-only' '
	"$SAFESTAT" -c "sql \"PRAGMA user_version\"" >out &&
	test "$(sed -n 2p out)" = 3
'

test_done
