/*
 * shell/db.c -- the dataset connection.
 *
 * The database is always opened read-only (SQLITE_OPEN_READONLY), with
 * defensive settings: no extension loading, no ATTACH (its limit is 0),
 * untrusted schema, and an authorizer that lets through only what reads:
 * SELECT, reads of tables, functions, recursive CTEs and a short list of
 * pragmas that only report.  Every statement is checked to be exactly one
 * statement and read-only.  A progress handler notices Ctrl-C.
 *
 * A built-in that must write (import) asks db_begin_write for a second,
 * read-write connection inside BEGIN IMMEDIATE; plugins never can.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "data/dataset.h"
#include "shell/session.h"

/* How many VM steps between checks of the Ctrl-C flag. */
#define PROGRESS_STEPS	10000

/* Pragmas that only report, allowed with or without an argument. */
static const char *const report_pragmas[] = {
	"table_info", "table_xinfo", "table_list", "index_list",
	"index_info", "index_xinfo", "foreign_key_list", "collation_list",
	"function_list", "module_list", "pragma_list", "database_list",
	"compile_options", NULL
};

/* Pragmas that report without an argument but change state with one. */
static const char *const value_pragmas[] = {
	"user_version", "application_id", "schema_version", "page_count",
	"page_size", "freelist_count", "encoding", "data_version", NULL
};

/* Is name in the NULL-terminated list? */
static int
in_list(const char *name, const char *const *list)
{
	for (; name != NULL && *list != NULL; list++)
		if (strcasecmp(name, *list) == 0)
			return 1;
	return 0;
}

/* What each authorizer action is called in messages. */
static const char *
action_name(int action)
{
	switch (action) {
	case SQLITE_CREATE_INDEX:
	case SQLITE_CREATE_TEMP_INDEX:	return "CREATE INDEX";
	case SQLITE_CREATE_TABLE:
	case SQLITE_CREATE_TEMP_TABLE:	return "CREATE TABLE";
	case SQLITE_CREATE_TRIGGER:
	case SQLITE_CREATE_TEMP_TRIGGER: return "CREATE TRIGGER";
	case SQLITE_CREATE_VIEW:
	case SQLITE_CREATE_TEMP_VIEW:	return "CREATE VIEW";
	case SQLITE_CREATE_VTABLE:	return "CREATE VIRTUAL TABLE";
	case SQLITE_DROP_INDEX:
	case SQLITE_DROP_TEMP_INDEX:	return "DROP INDEX";
	case SQLITE_DROP_TABLE:
	case SQLITE_DROP_TEMP_TABLE:	return "DROP TABLE";
	case SQLITE_DROP_TRIGGER:
	case SQLITE_DROP_TEMP_TRIGGER:	return "DROP TRIGGER";
	case SQLITE_DROP_VIEW:
	case SQLITE_DROP_TEMP_VIEW:	return "DROP VIEW";
	case SQLITE_DROP_VTABLE:	return "DROP VIRTUAL TABLE";
	case SQLITE_INSERT:		return "INSERT";
	case SQLITE_UPDATE:		return "UPDATE";
	case SQLITE_DELETE:		return "DELETE";
	case SQLITE_ATTACH:		return "ATTACH";
	case SQLITE_DETACH:		return "DETACH";
	case SQLITE_TRANSACTION:	return "a transaction";
	case SQLITE_SAVEPOINT:		return "SAVEPOINT";
	case SQLITE_ANALYZE:		return "ANALYZE";
	case SQLITE_REINDEX:		return "REINDEX";
	case SQLITE_ALTER_TABLE:	return "ALTER TABLE";
	default:			return "a statement that changes "
					    "the database";
	}
}

/* The authorizer: allow reading, deny everything else, and remember the
 * first thing denied so the message can name it. */
static int
authorize(void *arg, int action, const char *a, const char *b,
    const char *dbname, const char *trigger)
{
	struct session	*s = arg;

	(void)dbname;
	(void)trigger;
	switch (action) {
	case SQLITE_SELECT:
	case SQLITE_READ:
	case SQLITE_RECURSIVE:
		return SQLITE_OK;
	case SQLITE_FUNCTION:
		if (b == NULL || strcasecmp(b, "load_extension") != 0)
			return SQLITE_OK;
		if (s->denied[0] == '\0')
			snprintf(s->denied, sizeof s->denied,
			    "load_extension()");
		return SQLITE_DENY;
	case SQLITE_UPDATE:
		/* SQLite asks this of sqlite_master while it sets up an
		 * eponymous virtual table (pragma_table_info(?1)); the
		 * connection is read-only, so nothing can be written. */
		if (a != NULL && strcmp(a, "sqlite_master") == 0 &&
		    s->denied[0] == '\0')
			return SQLITE_OK;
		break;
	case SQLITE_PRAGMA:
		if (in_list(a, report_pragmas) ||
		    (b == NULL && in_list(a, value_pragmas)))
			return SQLITE_OK;
		if (s->denied[0] == '\0')
			snprintf(s->denied, sizeof s->denied, "PRAGMA %s%s%s",
			    a, b != NULL ? " = " : "", b != NULL ? b : "");
		return SQLITE_DENY;
	default:
		break;
	}
	/* CREATE and DROP are first asked as a write to sqlite_master (and
	 * SQLITE_IGNORE there would make them silent no-ops). */
	if (s->denied[0] == '\0')
		snprintf(s->denied, sizeof s->denied, "%s", a != NULL &&
		    (strcmp(a, "sqlite_master") == 0 ||
		    strcmp(a, "sqlite_temp_master") == 0) &&
		    (action == SQLITE_INSERT ||
		    action == SQLITE_UPDATE || action == SQLITE_DELETE) ?
		    "a schema change" : action_name(action));
	return SQLITE_DENY;
}

/* The progress handler: nonzero (stop) once Ctrl-C was pressed. */
static int
progress(void *arg)
{
	(void)arg;
	return session_interrupted != 0;
}

/* Does a file exist at path?  (errno tells why not.) */
static int
file_exists(const char *path, int *is_dir)
{
	struct stat	 sb;

	if (stat(path, &sb) == -1)
		return 0;
	*is_dir = S_ISDIR(sb.st_mode);
	return 1;
}

/* Create a new dataset file with the schema; -1 with a message. */
static int
create_dataset(const char *path, char *err, size_t errlen)
{
	sqlite3	*db = NULL;
	char	 msg[512];
	int	 rc;

	rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_CREATE, NULL);
	if (rc != SQLITE_OK) {
		snprintf(err, errlen, "cannot create database '%s': %s", path,
		    db != NULL ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
		sqlite3_close(db);
		return -1;
	}
	if (dataset_create(db, msg, sizeof msg) == -1) {
		snprintf(err, errlen, "cannot create database '%s': %s", path,
		    msg);
		sqlite3_close(db);
		remove(path);
		return -1;
	}
	if (sqlite3_close(db) != SQLITE_OK) {
		snprintf(err, errlen, "cannot create database '%s': %s", path,
		    sqlite3_errmsg(db));
		return -1;
	}
	return 0;
}

/* Write each statement's text, as prepared, one a line, to the file
 * SAFESTAT_TRACE_SQL names: a debugging hook for developers and the tests
 * that check query plans (tests/t3420-summaries-commands.sh). */
static int
trace_statement(unsigned type, void *file, void *stmt, void *unused)
{
	const char	*sql = sqlite3_sql(stmt), *c;

	(void)type;
	(void)unused;
	for (c = sql != NULL ? sql : ""; *c != '\0'; c++)
		putc(*c == '\n' || *c == '\r' ? ' ' : *c, file);
	putc('\n', file);
	fflush(file);
	return 0;
}

/* Start the SAFESTAT_TRACE_SQL trace when the variable names a file. */
static void
trace_from_env(sqlite3 *db)
{
	static FILE	*file;
	const char	*path = getenv("SAFESTAT_TRACE_SQL");

	if (path == NULL || *path == '\0')
		return;
	if (file == NULL && (file = fopen(path, "a")) == NULL)
		return;
	sqlite3_trace_v2(db, SQLITE_TRACE_STMT, trace_statement, file);
}

/* Apply the defensive settings to a fresh connection. */
static void
harden(sqlite3 *db)
{
	sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
	sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, NULL);
	sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
	sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
	sqlite3_busy_timeout(db, 5000);
}

/* Finalize every cached statement (before closing the connection). */
static void
cache_clear(struct session *s)
{
	int	 i;

	for (i = 0; i < DB_CACHE_SIZE; i++) {
		if (s->cache[i].st != NULL)
			sqlite3_finalize(s->cache[i].st);
		s->cache[i].st = NULL;
		s->cache[i].in_use = 0;
	}
}

/* Open the session's database read-only (see shell.h). */
int
db_open(struct session *s, char *err, size_t errlen)
{
	char	 msg[512], question[1024];
	int	 rc, is_dir = 0;

	/* Nothing reads SQLite's memory statistics, and keeping them costs
	 * a fifth of the schema's parse, which every command pays.  Only
	 * possible before the library's first use; later calls are refused,
	 * harmlessly. */
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
	if (!file_exists(s->db_path, &is_dir)) {
		if (s->db_bundled) {
			snprintf(err, errlen, "cannot open the bundled dataset "
			    "'%s': %s (%s, or give a database)", s->db_path,
			    strerror(errno), s->in_build_tree ? "run 'make' to "
			    "build it" : "reinstall safestat");
			return -1;
		}
		if (errno != ENOENT) {
			snprintf(err, errlen, "cannot open database '%s': %s",
			    s->db_path, strerror(errno));
			return -1;
		}
		snprintf(question, sizeof question, "database '%s' does not "
		    "exist: create it?", s->db_path);
		if (!s->create && !(s->interactive && !s->readonly &&
		    repl_confirm(question))) {
			snprintf(err, errlen, "cannot open database '%s': no "
			    "such file (use --create to make a new dataset)",
			    s->db_path);
			return -1;
		}
		if (create_dataset(s->db_path, err, errlen) == -1)
			return -1;
	} else if (is_dir) {
		snprintf(err, errlen, "cannot open database '%s': it is a "
		    "directory", s->db_path);
		return -1;
	}
	/* No mutex: the shell has one thread, and a mutex taken on every
	 * sqlite3_column_* call costs 5% of a long list. */
	rc = sqlite3_open_v2(s->db_path, &s->db, SQLITE_OPEN_READONLY |
	    SQLITE_OPEN_NOMUTEX, NULL);
	if (rc != SQLITE_OK) {
		snprintf(err, errlen, "cannot open database '%s': %s",
		    s->db_path, s->db != NULL ? sqlite3_errmsg(s->db) :
		    sqlite3_errstr(rc));
		db_close(s);
		return -1;
	}
	harden(s->db);
	trace_from_env(s->db);
	if (dataset_check(s->db, msg, sizeof msg) == -1) {
		snprintf(err, errlen, "cannot use database '%s': %s",
		    s->db_path, msg);
		db_close(s);
		return -1;
	}
	sqlite3_set_authorizer(s->db, authorize, s);
	sqlite3_progress_handler(s->db, PROGRESS_STEPS, progress, NULL);
	return 0;
}

/* Close the read-only connection. */
void
db_close(struct session *s)
{
	cache_clear(s);
	if (s->db != NULL)
		sqlite3_close_v2(s->db);
	s->db = NULL;
}

/* Is the rest of a statement's text only blanks and comments? */
static int
only_blanks(sqlite3 *db, const char *tail)
{
	sqlite3_stmt	*st = NULL;
	int		 rc;

	while (*tail == ' ' || *tail == '\t' || *tail == '\n' ||
	    *tail == '\r' || *tail == ';')
		tail++;
	if (*tail == '\0')
		return 1;
	rc = sqlite3_prepare_v2(db, tail, -1, &st, NULL);
	sqlite3_finalize(st);
	return rc == SQLITE_OK && st == NULL;
}

/* Prepare exactly one read-only statement, checking it (see db_prepare). */
static sqlite3_stmt *
prepare_checked(struct session *s, const char *sql, unsigned flags,
    char *err, size_t errlen)
{
	sqlite3_stmt	*st = NULL;
	const char	*tail = NULL;
	int		 rc;

	s->denied[0] = '\0';
	rc = sqlite3_prepare_v3(s->db, sql, -1, flags, &st, &tail);
	if (rc != SQLITE_OK) {
		if (s->denied[0] != '\0')
			snprintf(err, errlen, "refusing to run %s: the dataset "
			    "is read-only here", s->denied);
		else
			snprintf(err, errlen, "SQL error: %s",
			    sqlite3_errmsg(s->db));
		return NULL;
	}
	if (st == NULL) {
		snprintf(err, errlen, "empty SQL statement");
		return NULL;
	}
	if (!only_blanks(s->db, tail)) {
		sqlite3_finalize(st);
		snprintf(err, errlen, "only one SQL statement at a time "
		    "(more follows the first ';')");
		return NULL;
	}
	if (!sqlite3_stmt_readonly(st)) {
		sqlite3_finalize(st);
		snprintf(err, errlen, "refusing to run a statement that "
		    "writes: the dataset is read-only here");
		return NULL;
	}
	return st;
}

/*
 * Prepare exactly one read-only statement on the session's connection.
 * Statements are kept in a small cache keyed by their text, so a script
 * that runs the same query many times (or a plugin that prepares one per
 * row) parses it once; a cached statement in use is never handed out
 * twice.  Give it back with db_release.
 */
sqlite3_stmt *
db_prepare(struct session *s, const char *sql, char *err, size_t errlen)
{
	struct stmt_cache	*c = s->cache, *victim = NULL;
	sqlite3_stmt		*st;
	int			 i;

	for (i = 0; i < DB_CACHE_SIZE; i++) {
		if (c[i].st != NULL && !c[i].in_use &&
		    strcmp(c[i].sql, sql) == 0) {
			c[i].in_use = 1;
			c[i].used = ++s->cache_clock;
			return c[i].st;
		}
		if (!c[i].in_use && (victim == NULL || c[i].used <
		    victim->used))
			victim = &c[i];
	}
	st = prepare_checked(s, sql, victim != NULL ?
	    SQLITE_PREPARE_PERSISTENT : 0, err, errlen);
	if (st == NULL || victim == NULL || strlen(sql) >= DB_CACHE_SQL)
		return st;
	if (victim->st != NULL)
		sqlite3_finalize(victim->st);
	memcpy(victim->sql, sql, strlen(sql) + 1);
	victim->st = st;
	victim->in_use = 1;
	victim->used = ++s->cache_clock;
	return st;
}

/* Give back a statement from db_prepare: a cached one is reset for its
 * next use, any other finalized. */
void
db_release(struct session *s, sqlite3_stmt *st)
{
	int	 i;

	if (st == NULL)
		return;
	for (i = 0; i < DB_CACHE_SIZE; i++) {
		if (s->cache[i].st == st) {
			sqlite3_reset(st);
			sqlite3_clear_bindings(st);
			s->cache[i].in_use = 0;
			return;
		}
	}
	sqlite3_finalize(st);
}

/* A read-write connection in a transaction, for built-ins that write. */
sqlite3 *
db_begin_write(struct session *s, char *err, size_t errlen)
{
	sqlite3		*db = NULL;
	const char	*why = NULL;
	char		 msg[512];
	int		 rc;

	if (s->db_bundled) {
		snprintf(err, errlen, "the bundled dataset is read-only "
		    "(create your own: safestat --create NEW.db)");
		return NULL;
	}
	if (s->readonly) {
		snprintf(err, errlen, "database '%s' was opened with "
		    "--readonly", s->db_path);
		return NULL;
	}
	/* No mutex, as for the read connection: `import --refresh` reads
	 * ten million hazards through sqlite3_column_* on a province. */
	rc = sqlite3_open_v2(s->db_path, &db, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_NOMUTEX, NULL);
	if (rc == SQLITE_OK) {
		harden(db);
		trace_from_env(db);
		sqlite3_exec(db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
		/* Statement journals in memory (set outside the transaction
		 * to take effect): a row whose triggers write other tables
		 * journals a few pages, and a temporary file costs a dozen
		 * system calls a row. */
		sqlite3_exec(db, "PRAGMA temp_store = MEMORY", NULL, NULL,
		    NULL);
		rc = sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
	}
	if (rc != SQLITE_OK)
		why = db != NULL ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
	/* Every write keeps the summaries in step (data/upkeep.sql); the
	 * one writer, import, reads its names and headers from its views. */
	else if (dataset_upkeep(db, msg, sizeof msg) == -1 ||
	    dataset_import_views(db, msg, sizeof msg) == -1)
		why = msg;
	if (why != NULL) {
		snprintf(err, errlen, "cannot write to '%s': %s", s->db_path,
		    why);
		/* Closing rolls back the transaction, if it began. */
		sqlite3_close(db);
		return NULL;
	}
	return db;
}

/* Create import's views on the read connection, for `import` and
 * `import TABLE` to list what a file may hold.  They are TEMP views, so
 * the file is not touched; the authorizer refuses every CREATE, so it is
 * lifted for this one statement. */
int
db_import_views(struct session *s, char *err, size_t errlen)
{
	int	 rc;

	sqlite3_set_authorizer(s->db, NULL, NULL);
	rc = dataset_import_views(s->db, err, errlen);
	sqlite3_set_authorizer(s->db, authorize, s);
	return rc;
}

/* Commit or roll back a write connection and close it. */
int
db_end_write(struct session *s, sqlite3 *db, int commit, char *err,
    size_t errlen)
{
	int	 ret = 0;

	if (commit && sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) !=
	    SQLITE_OK) {
		snprintf(err, errlen, "cannot commit to '%s': %s", s->db_path,
		    sqlite3_errmsg(db));
		ret = -1;
		commit = 0;
	}
	if (!commit)
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(db);
	return ret;
}
