/*
 * shell/import.h -- loading CSV records into one table of the dataset,
 * validated row by row (shell/import.c); the `import` built-in
 * (shell/cmd-import.c) drives it.
 *
 * Everything comes from the dataset itself, so the shell keeps knowing
 * nothing about safety: the table's columns, types, defaults and foreign
 * keys from its schema, the Chinese headers and the names a cell may use
 * from the views import_column and name_lookup (data/schema.sql), and the
 * reasons a row is refused from the schema's named CHECK constraints.
 */
#ifndef SAFESTAT_IMPORT_H
#define SAFESTAT_IMPORT_H

#include <stddef.h>

#include "shell/csv.h"

typedef struct sqlite3 sqlite3;

struct import;

/* One column of a table as a file may give it. */
struct import_column_info {
	const char	*name;
	const char	*type;		/* "integer", "real" or "text" */
	int		 required;	/* a value in every row */
	const char	*default_value;	/* SQL, or NULL */
	const char	*headers_zh;	/* "乡镇/所属乡镇", or NULL */
	const char	*names;		/* the name_lookup list its cells
					   may name, or NULL */
	const char	*refers_to;	/* "township (township_id)", or NULL */
};

/* What import_row did with a record. */
enum import_result {
	IMPORT_LOADED,		/* the row is in the table */
	IMPORT_REJECTED,	/* refused: the reason says why */
	IMPORT_SKIPPED,		/* a blank line */
	IMPORT_FAILED		/* the database failed: stop */
};

/* The tables a file can be imported into (every table of the schema but
 * dataset_info), in name order; fn is called with each. */
int	import_tables(sqlite3 *, void (*fn)(void *, const char *), void *arg,
	    char *err, size_t errlen);
/* The tables that have Chinese headers (the ledgers), comma-separated. */
int	import_ledgers(sqlite3 *, char *buf, size_t len);

/* Read what importing into `table` needs from the schema of `db`; NULL
 * with a message ("unknown table 'hazards' (did you mean 'hazard'?) ...")
 * when the table cannot be imported into. */
struct import	*import_open(sqlite3 *db, const char *table, char *err,
		    size_t errlen);
void		 import_close(struct import *);
/* The table's columns (for `import TABLE`). */
int		 import_column_count(const struct import *);
void		 import_column_info(const struct import *, int i,
		    struct import_column_info *);

/* Map the header record of `file` to columns and prepare the insert; -1
 * with a message when the file cannot be imported (an unknown or repeated
 * column, a required one missing). */
int		 import_header(struct import *, const char *file,
		    const struct csv_record *, char *err, size_t errlen);
/* Is header field i passed over (reject_line and reject_reason: a
 * reject file imports again as it is)? */
int		 import_field_ignored(const struct import *, int i);
/* Validate and insert one record; IMPORT_REJECTED with the reason,
 * IMPORT_FAILED with the database's message. */
enum import_result import_row(struct import *, const struct csv_record *,
		    char *reason, size_t len);

#endif
