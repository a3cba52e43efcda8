/*
 * tests/unit/test-db.c -- the database seam: a new dataset is created with
 * the schema, opened read-only (writes refused by name, one statement at a
 * time, the statement cache reused and released), and the read-write
 * connection a writing built-in (import) gets: committed, rolled back, and
 * refused on the bundled dataset and under --readonly.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "shell/session.h"
#include "tests/unit/tap.h"

struct session		the_session;
volatile sig_atomic_t	session_interrupted;

/* The prompt is not part of this test: never create without --create. */
int
repl_confirm(const char *question)
{
	(void)question;
	return 0;
}

/* Count the rows of a table through the read-only connection. */
static long long
count_rows(struct session *s, const char *sql)
{
	char		 err[256];
	sqlite3_stmt	*st = db_prepare(s, sql, err, sizeof err);
	long long	 n = -1;

	if (st != NULL && sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	db_release(s, st);
	return n;
}

int
main(void)
{
	struct session	*s = &the_session;
	sqlite3_stmt	*a, *b;
	sqlite3		*w;
	char		 path[] = "/tmp/safestat-test-db-XXXXXX", db[64], err[512];

	if (mkdtemp(path) == NULL)
		return 1;
	snprintf(db, sizeof db, "%s/new.db", path);
	s->db_path = db;

	ok(db_open(s, err, sizeof err) == -1, "a missing file is not created");
	ok(strstr(err, "use --create") != NULL, "the message says how: %s",
	    err);
	s->create = 1;
	if (!ok(db_open(s, err, sizeof err) == 0, "--create makes a dataset"))
		printf("# %s\n", err);

	a = db_prepare(s, "INSERT INTO dataset_info VALUES ('k', 'v')", err,
	    sizeof err);
	ok(a == NULL, "the read-only connection refuses INSERT");
	is_str(err, "refusing to run INSERT: the dataset is read-only here",
	    "and names it");
	ok(db_prepare(s, "SELECT 1; SELECT 2", err, sizeof err) == NULL,
	    "one statement at a time");

	a = db_prepare(s, "SELECT count(*) FROM dataset_info", err, sizeof err);
	b = db_prepare(s, "SELECT count(*) FROM dataset_info", err, sizeof err);
	ok(a != NULL && b != NULL && a != b,
	    "a cached statement in use is not handed out twice");
	db_release(s, a);
	db_release(s, b);
	a = db_prepare(s, "SELECT count(*) FROM dataset_info", err, sizeof err);
	ok(a != NULL, "a released statement comes back from the cache");
	db_release(s, a);

	w = db_begin_write(s, err, sizeof err);
	if (!ok(w != NULL, "a built-in may write in a transaction"))
		printf("# %s\n", err);
	ok(sqlite3_exec(w, "INSERT INTO dataset_info VALUES ('k', 'v')", NULL,
	    NULL, NULL) == SQLITE_OK, "an insert inside it");
	ok(db_end_write(s, w, 1, err, sizeof err) == 0, "commit");
	is_int(count_rows(s, "SELECT count(*) FROM dataset_info WHERE "
	    "key = 'k'"), 1, "the reader sees the committed row");

	w = db_begin_write(s, err, sizeof err);
	sqlite3_exec(w, "DELETE FROM dataset_info", NULL, NULL, NULL);
	ok(db_end_write(s, w, 0, err, sizeof err) == 0, "roll back");
	is_int(count_rows(s, "SELECT count(*) FROM dataset_info WHERE "
	    "key = 'k'"), 1, "nothing of a rolled-back write remains");

	s->readonly = 1;
	ok(db_begin_write(s, err, sizeof err) == NULL, "--readonly refuses");
	s->readonly = 0;
	s->db_bundled = 1;
	ok(db_begin_write(s, err, sizeof err) == NULL,
	    "the bundled dataset refuses");
	is_str(err, "the bundled dataset is read-only (create your own: "
	    "safestat --create NEW.db)", "with a hint");

	db_close(s);
	unlink(db);
	rmdir(path);
	return tap_done();
}
