#!/bin/sh
# sql, tables and describe: read-only, one statement, bound names.
test_description='read-only SQL'
. "$(dirname "$0")/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/host-lib.sh"

mkdb db.db || { echo "Bail out! cannot create a dataset"; exit 1; }
cksum <db.db >db.before
run_cases "$SAFESTAT_SRC_DIR/tests/cases/sql.cases"

test_expect_success 'none of it changed a byte of the database' '
	cksum <db.db >db.after &&
	test_cmp db.before db.after
'

test_done
