#!/bin/sh
# sql, tables and describe: read-only, one statement, bound names.
test_description='read-only SQL'
. "$(dirname "$0")/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/host-lib.sh"

mkdb db.db || { echo "Bail out! cannot create a dataset"; exit 1; }
cksum <db.db >db.before
run_cases "$SAFESTAT_SRC_DIR/tests/cases/sql.cases"

test_expect_success 'tables lists the tables and views with their column counts' '
	"$SAFESTAT" db.db -c tables >out &&
	sed -n 1p out >header &&
	printf "name\ttype\tcolumns\n" >expect &&
	test_cmp expect header &&
	grep -x "dataset_info	table	2" out
'

test_expect_success SQLITE3 'tables agrees with sqlite3 on what there is' '
	sql_cli db.db "SELECT name, type FROM sqlite_schema WHERE type IN ('"'"'table'"'"', '"'"'view'"'"') AND name NOT LIKE '"'"'sqlite%'"'"' ORDER BY name" |
		tr "|" "\t" >expect &&
	"$SAFESTAT" db.db -c tables | tail -n +2 | cut -f1,2 >actual &&
	test_cmp expect actual
'

test_expect_success 'none of it changed a byte of the database' '
	cksum <db.db >db.after &&
	test_cmp db.before db.after
'

test_done
