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
#define DATASET_SCHEMA_VERSION	1

/* The text of data/schema.sql. */
extern const char dataset_schema_sql[];

/* 0 when `db` is a safestat dataset of DATASET_SCHEMA_VERSION; otherwise -1
 * with a one-line reason in msg (not a dataset, or made by another
 * version, and what to do about it). */
int	dataset_check(sqlite3 *db, char *msg, size_t msglen);

/* Create the schema in an empty database, in one transaction; -1 with a
 * message on failure. */
int	dataset_create(sqlite3 *db, char *msg, size_t msglen);

#endif
