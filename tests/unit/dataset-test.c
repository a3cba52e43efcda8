/*
 * tests/unit/dataset-test.c -- dataset_create and dataset_check: the
 * schema goes in whole or not at all, and a file of another kind or
 * version is refused with a reason that says what to do.
 */
#include "config.h"

#include <string.h>

#include "data/dataset.h"
#include "tests/unit/tap.h"

/* One integer from a query. */
static long long
query_int(sqlite3 *db, const char *sql)
{
	sqlite3_stmt	*s;
	long long	 v = -1;

	if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK)
		return -2;
	if (sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return v;
}

int
main(void)
{
	sqlite3		*db;
	char		 msg[512];
	long long	 tables;

	sqlite3_open(":memory:", &db);
	msg[0] = '\0';
	ok(dataset_check(db, msg, sizeof msg) != 0, "an empty database is refused");
	ok(strstr(msg, "not a safestat dataset") != NULL, "saying why: %s", msg);

	is_int(dataset_create(db, msg, sizeof msg), 0, "the schema is created");
	is_int(dataset_check(db, msg, sizeof msg), 0, "and then accepted");
	is_int(query_int(db, "PRAGMA application_id"), DATASET_APPLICATION_ID,
	    "application_id is SSTA");
	is_int(query_int(db, "PRAGMA user_version"), DATASET_SCHEMA_VERSION,
	    "schema version %d", DATASET_SCHEMA_VERSION);
	tables = query_int(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table'");
	ok(tables >= 50, "%lld tables", tables);
	is_int(query_int(db, "SELECT count(*) FROM sqlite_master WHERE type = 'view' "
	    "AND name IN ('accident_graded', 'weighing_checked', 'calendar_day')"),
	    3, "the derived views exist");
	is_int(dataset_import_views(db, msg, sizeof msg), 0,
	    "import's views are created");
	is_int(query_int(db, "SELECT id FROM name_lookup WHERE list = 'yes_no' "
	    "AND name = '是'"), 1, "and resolve names (是 is 1)");
	is_int(dataset_import_views(db, msg, sizeof msg), 0,
	    "creating them again is harmless");

	/* A second create fails and changes nothing. */
	ok(dataset_create(db, msg, sizeof msg) != 0, "creating twice fails");
	ok(strstr(msg, "cannot create the schema") != NULL, "saying why: %s", msg);
	is_int(query_int(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table'"),
	    tables, "nothing half-created");

	/* Foreign keys hold when the connection asks for them. */
	sqlite3_exec(db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
	ok(sqlite3_exec(db, "INSERT INTO township (county_id, code, name_zh, "
	    "name_en, kind) VALUES (42, '1', '城关镇', 'Chengguan', 'town')",
	    NULL, NULL, NULL) == SQLITE_CONSTRAINT, "an unknown county is refused");

	sqlite3_exec(db, "PRAGMA user_version = 99", NULL, NULL, NULL);
	ok(dataset_check(db, msg, sizeof msg) != 0, "a newer schema is refused");
	ok(strstr(msg, "version 99") != NULL && strstr(msg, "upgrade safestat") != NULL,
	    "saying what to do: %s", msg);
	sqlite3_exec(db, "PRAGMA user_version = 0", NULL, NULL, NULL);
	ok(dataset_check(db, msg, sizeof msg) != 0, "an older schema is refused");
	ok(strstr(msg, "rebuild or re-import") != NULL, "saying what to do: %s", msg);
	sqlite3_exec(db, "PRAGMA user_version = 1; PRAGMA application_id = 7",
	    NULL, NULL, NULL);
	ok(dataset_check(db, msg, sizeof msg) != 0, "another application's file is refused");
	ok(strstr(msg, "application_id 7") != NULL, "saying why: %s", msg);
	sqlite3_close(db);
	return tap_done();
}
