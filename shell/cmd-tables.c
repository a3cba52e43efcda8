/*
 * shell/cmd-tables.c -- `tables` and `describe TABLE`: what the dataset
 * holds.  The table name is a bound parameter (pragma_table_info(?1)),
 * never pasted into SQL.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "shell/session.h"

/* List the tables and views. */
static int
cmd_tables(struct ss_ctx *ctx, const struct ss_args *args)
{
	(void)args;
	return ss_query(ctx,
	    "SELECT name, type, "
	    "(SELECT count(*) FROM pragma_table_info(s.name)) AS columns "
	    "FROM sqlite_schema AS s "
	    "WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' "
	    "ESCAPE '\\' ORDER BY name", SS_NO_PARAMS);
}

/* Offer the table and view names starting with prefix. */
static void
complete_tables(struct ss_ctx *ctx, const char *option, const char *prefix)
{
	struct ss_stmt	*st;

	(void)option;
	(void)prefix;
	st = ss_prepare(ctx, "SELECT name FROM sqlite_schema WHERE type IN "
	    "('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
	    "ORDER BY name", SS_NO_PARAMS);
	while (st != NULL && ss_step(st) == 1)
		ss_candidate(ctx, ss_column(st, 0).u.s);
	ss_finalize(st);
}

/* The table closest to a mistyped name, copied into buf (or ""). */
static void
closest_table(struct ss_ctx *ctx, const char *name, char *buf, size_t len)
{
	struct ss_stmt	*st;
	struct closest	 c;
	char		*names[256];
	int		 n = 0, i;

	buf[0] = '\0';
	st = ss_prepare(ctx, "SELECT name FROM sqlite_schema WHERE type IN "
	    "('table', 'view') ORDER BY name", SS_NO_PARAMS);
	while (st != NULL && n < 256 && ss_step(st) == 1)
		if ((names[n] = strdup(ss_column(st, 0).u.s)) != NULL)
			n++;
	ss_finalize(st);
	closest_init(&c, name);
	for (i = 0; i < n; i++)
		closest_try(&c, names[i]);
	if (c.best != NULL)
		snprintf(buf, len, "%s", c.best);
	for (i = 0; i < n; i++)
		free(names[i]);
}

/* Describe the columns of one table or view. */
static int
cmd_describe(struct ss_ctx *ctx, const struct ss_args *args)
{
	const char	*name = ss_operand(args, 0);
	struct ss_stmt	*st;
	char		 near[256];
	int		 found;

	st = ss_prepare(ctx, "SELECT 1 FROM sqlite_schema WHERE type IN "
	    "('table', 'view') AND name = ?1",
	    SS_PARAMS(SS_TEXT_VALUE(name)));
	if (st == NULL)
		return SS_ERR;
	found = ss_step(st);
	ss_finalize(st);
	if (found == -1)
		return SS_ERR;
	if (found == 0) {
		closest_table(ctx, name, near, sizeof near);
		if (near[0] != '\0')
			return ss_error(ctx, "unknown table '%s' (did you mean "
			    "'%s'?)", name, near);
		return ss_error(ctx, "unknown table '%s' (see 'tables')", name);
	}
	return ss_query(ctx,
	    "SELECT name, type, \"notnull\" AS not_null, "
	    "dflt_value AS default_value, pk AS primary_key "
	    "FROM pragma_table_info(?1) ORDER BY cid",
	    SS_PARAMS(SS_TEXT_VALUE(name)));
}

static const char *const cmd_tables_examples[] = { "tables", NULL };

const struct ss_command cmd_tables_entry = {
	.name = "tables",
	.summary = "list the tables and views of the dataset",
	.examples = cmd_tables_examples,
	.run = cmd_tables,
};

static const char *const cmd_describe_examples[] = {
	"describe dataset_info", NULL
};

const struct ss_command cmd_describe_entry = {
	.name = "describe",
	.summary = "list the columns of a table or view",
	.examples = cmd_describe_examples,
	.operands = "TABLE",
	.min_operands = 1,
	.max_operands = 1,
	.run = cmd_describe,
	.complete = complete_tables,
};
