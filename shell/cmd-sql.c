/*
 * shell/cmd-sql.c -- `sql "SELECT ..."`: one read-only statement over the
 * dataset, through the same formats as every command.  The connection
 * refuses anything that is not reading (see shell/db.c).
 */
#include "config.h"

#include "shell/shell.h"

/* Run the one statement given. */
static int
cmd_sql(struct ss_ctx *ctx, const struct ss_args *args)
{
	if (ss_operand_count(args) > 1)
		return ss_error(ctx, "'sql' takes one statement: quote it "
		    "(sql \"SELECT ...\")");
	return ss_query(ctx, ss_operand(args, 0), SS_NO_PARAMS);
}

static const char *const cmd_sql_examples[] = {
	"sql \"SELECT type, count(*) AS objects FROM sqlite_schema "
	    "GROUP BY type ORDER BY type\"",
	"sql \"SELECT 1 + 1 AS two\" --format json",
	NULL
};

const struct ss_command cmd_sql_entry = {
	.name = "sql",
	.summary = "run one read-only SQL statement over the dataset",
	.help = "The statement must be a single SELECT (or WITH ... SELECT, or "
	    "a pragma that only reports); writing, ATTACH and extension "
	    "loading are refused.  Quote it as one word.  Ctrl-C stops a long "
	    "query.",
	.examples = cmd_sql_examples,
	.operands = "STATEMENT",
	.min_operands = 1,
	.max_operands = -1,
	.run = cmd_sql,
};
