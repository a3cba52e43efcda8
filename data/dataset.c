/*
 * data/dataset.c -- recognise and create safestat datasets, and keep
 * their summaries: the upkeep and bulk appends (the refresh is
 * data/refresh.c).
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "data/dataset.h"
#include "data/dataset-exec.h"

/* Read one integer PRAGMA; -1 when it cannot be read. */
static long long
pragma_int(sqlite3 *db, const char *sql)
{
	sqlite3_stmt	*st;
	long long	 v = -1;

	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

int
dataset_check(sqlite3 *db, char *msg, size_t msglen)
{
	long long	 app, version;

	app = pragma_int(db, "PRAGMA application_id");
	if (app < 0) {
		snprintf(msg, msglen, "cannot read the file: %s",
		    sqlite3_errmsg(db));
		return -1;
	}
	if (app != DATASET_APPLICATION_ID) {
		snprintf(msg, msglen, "not a safestat dataset "
		    "(application_id %lld)", app);
		return -1;
	}
	version = pragma_int(db, "PRAGMA user_version");
	if (version != DATASET_SCHEMA_VERSION) {
		snprintf(msg, msglen, "dataset schema version %lld, this "
		    "safestat reads version %d: %s", version,
		    DATASET_SCHEMA_VERSION, version > DATASET_SCHEMA_VERSION ?
		    "upgrade safestat" : "rebuild or re-import the dataset");
		return -1;
	}
	return 0;
}

/* Run the statements of sql; -1 with "cannot WHAT: the error" in msg. */
int
dataset_exec(sqlite3 *db, const char *sql, const char *what, char *msg,
    size_t msglen)
{
	char	*err = NULL;

	if (sqlite3_exec(db, sql, NULL, NULL, &err) == SQLITE_OK)
		return 0;
	snprintf(msg, msglen, "cannot %s: %s", what,
	    err != NULL ? err : sqlite3_errmsg(db));
	sqlite3_free(err);
	return -1;
}

int
dataset_create(sqlite3 *db, char *msg, size_t msglen)
{
	static const char	 what[] = "create the schema";
	char			 stamp[128];

	snprintf(stamp, sizeof stamp, "PRAGMA application_id = %d; "
	    "PRAGMA user_version = %d;", DATASET_APPLICATION_ID,
	    DATASET_SCHEMA_VERSION);
	if (dataset_exec(db, "BEGIN", what, msg, msglen) == -1 ||
	    dataset_exec(db, dataset_schema_sql, what, msg, msglen) == -1 ||
	    dataset_exec(db, stamp, what, msg, msglen) == -1 ||
	    dataset_exec(db, "COMMIT", what, msg, msglen) == -1) {
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
		return -1;
	}
	return 0;
}

int
dataset_upkeep(sqlite3 *db, char *msg, size_t msglen)
{
	return dataset_exec(db, dataset_upkeep_sql,
	    "create the summaries' upkeep", msg, msglen);
}

int
dataset_import_views(sqlite3 *db, char *msg, size_t msglen)
{
	return dataset_exec(db, dataset_import_views_sql,
	    "create import's views", msg, msglen);
}

int
dataset_in_step(sqlite3 *db, char *msg, size_t msglen)
{
	sqlite3_stmt	*st;
	int		 rc, in_step = -1;

	rc = sqlite3_prepare_v2(db, "SELECT in_step FROM main.summaries_state",
	    -1, &st, NULL);
	if (rc == SQLITE_OK) {
		if ((rc = sqlite3_step(st)) == SQLITE_ROW)
			in_step = sqlite3_column_int(st, 0) != 0;
		sqlite3_finalize(st);
	}
	if (in_step < 0)
		snprintf(msg, msglen, "cannot read summaries_state: %s",
		    rc == SQLITE_DONE ? "no row" : sqlite3_errmsg(db));
	return in_step;
}

/* Does the main database have a bulk_load table (a file made by a
 * safestat that defers)? */
static int
has_bulk_load(sqlite3 *db)
{
	sqlite3_stmt	*st;
	int		 found = 0;

	if (sqlite3_prepare_v2(db, "SELECT 1 FROM main.sqlite_master"
	    " WHERE type = 'table' AND name = 'bulk_load'", -1, &st,
	    NULL) != SQLITE_OK)
		return 0;
	found = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	return found;
}

/* Why `table` may not be imported into (dataset.h), or NULL. */
const char *
dataset_not_importable(const char *table)
{
	if (strcmp(table, "dataset_info") == 0)
		return "describes the file";
	if (strncmp(table, "summary_", 8) == 0 ||
	    strncmp(table, "bulk_", 5) == 0 ||
	    strcmp(table, "summaries_state") == 0)
		return "is kept in step with the ledgers by the dataset "
		    "itself: import the ledger it counts";
	return NULL;
}

/* Set the deferral flag to `deferred`; the upkeep's trigger flushes the
 * noted rows when it goes from 1 to 0. */
static int
bulk_set(sqlite3 *db, int deferred, char *msg, size_t msglen)
{
	const char	*sql = deferred ?
	    "UPDATE main.bulk_load SET deferred = 1" :
	    "UPDATE main.bulk_load SET deferred = 0 WHERE deferred = 1";

	if (!has_bulk_load(db))
		return 0;
	return dataset_exec(db, sql, deferred ? "defer the summaries" :
	    "bring in step the summaries", msg, msglen) == -1 ? -1 : 1;
}

int
dataset_bulk_begin(sqlite3 *db, char *msg, size_t msglen)
{
	return bulk_set(db, 1, msg, msglen);
}

int
dataset_bulk_end(sqlite3 *db, char *msg, size_t msglen)
{
	int	 rc = bulk_set(db, 0, msg, msglen);

	return rc == -1 ? -1 : 0;
}
