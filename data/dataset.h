/*
 * data/dataset.h -- what the shell needs from data/ to open or create a
 * safestat dataset.  data/ owns the schema (data/schema.sql, embedded into
 * the program at build time); the shell only asks whether a file is a
 * dataset it can read, and creates new ones.
 */
#ifndef SAFESTAT_DATASET_H
#define SAFESTAT_DATASET_H

#include <stddef.h>

#include <sqlite3.h>

/* PRAGMA application_id of every safestat dataset ("SSTA"). */
#define DATASET_APPLICATION_ID	0x53535441
/* PRAGMA user_version: the schema version this build reads and writes. */
#define DATASET_SCHEMA_VERSION	3

/* The text of data/schema.sql, data/upkeep.sql and data/import-views.sql. */
extern const char dataset_schema_sql[];
extern const char dataset_upkeep_sql[];
extern const char dataset_import_views_sql[];

/* 0 when `db` is a safestat dataset of DATASET_SCHEMA_VERSION; otherwise -1
 * with a one-line reason in msg (not a dataset, or made by another
 * version, and what to do about it). */
int	dataset_check(sqlite3 *db, char *msg, size_t msglen);

/* Create the schema in an empty database, in one transaction; -1 with a
 * message on failure. */
int	dataset_create(sqlite3 *db, char *msg, size_t msglen);

/* Create, on this connection only, the TEMP views and triggers that keep
 * the summaries in step with every write it makes (data/upkeep.sql);
 * every connection that writes a ledger runs it first.  -1 with a
 * message on failure. */
int	dataset_upkeep(sqlite3 *db, char *msg, size_t msglen);

/* Create import's views (data/import-views.sql: the Chinese headers of
 * the ledgers' columns, the names a cell may use) as TEMP views of `db`,
 * unless it has them already; -1 with a message on failure. */
int	dataset_import_views(sqlite3 *db, char *msg, size_t msglen);

/* On a connection with the upkeep, inside the caller's transaction:
 * rebuild every summary that has a view of the ledger, to exactly that
 * view's rows, and mark them in step (after another program wrote the
 * ledger).  Summaries that group the same events are counted together
 * in one pass (data/refresh.c, "Refreshing the summaries"); the others
 * are refilled from their views.  The number of summaries rebuilt, or
 * -1 with a message. */
int	dataset_refresh(sqlite3 *db, char *msg, size_t msglen);

/* 1 when the summaries are in step with the ledger, 0 when a program
 * wrote it without the upkeep since they were last built, -1 with a
 * message when the file cannot say. */
int	dataset_in_step(sqlite3 *db, char *msg, size_t msglen);

/* NULL when `table` is one whose rows come from outside (a ledger, a code
 * table) and may be imported; otherwise why not, as a phrase: the file's
 * description, or a table the dataset keeps itself from the ledgers (the
 * summaries and their bookkeeping) -- writing one would put it out of
 * step.  The phrase follows "it": "describes the file". */
const char *dataset_not_importable(const char *table);

/* Defer the summaries' per-row upkeep for a bulk append inside the
 * caller's open transaction: rows inserted into the ledgers from now on
 * are only noted (data/schema.sql, "Bulk appends").  1 when deferred, 0
 * when the file keeps no summaries that can be deferred (an older file:
 * its triggers, if any, go on row by row), -1 with a message. */
int	dataset_bulk_begin(sqlite3 *db, char *msg, size_t msglen);

/* Bring the summaries in step with the rows noted since
 * dataset_bulk_begin, set-based, and end the deferral; call it after the
 * last row and before COMMIT.  Nothing to do (0) when nothing was
 * deferred; -1 with a message on failure (then roll back). */
int	dataset_bulk_end(sqlite3 *db, char *msg, size_t msglen);

#endif
