/*
 * data/dataset-exec.h -- what data/dataset.c and data/refresh.c share,
 * not for the shell.
 */
#ifndef SAFESTAT_DATASET_EXEC_H
#define SAFESTAT_DATASET_EXEC_H

#include <stddef.h>

#include <sqlite3.h>

/* Run `sql` on db; 0, or -1 with "cannot WHAT: why" in msg. */
int	dataset_exec(sqlite3 *db, const char *sql, const char *what,
	    char *msg, size_t msglen);

#endif
