/*
 * tests/plugins/all-types.c -- a good fixture plugin that exercises every
 * option type and every kind of value and output the host handles: NULLs,
 * reals, CJK text, control characters, quotes and newlines, total rows,
 * display-only columns, text blocks, several result sets, an empty one;
 * a negative verdict that keeps its output (ss_fail); and the ways a
 * command can go wrong.
 */
#include <stdio.h>

#include <safestat/plugin.h>

SS_PLUGIN_HOST_DEFINE;

/* ss_row with an inline row: the macro's argument may not hold commas. */
#define ROW(ctx, ...)	ss_host_api->row((ctx), (struct ss_value[]){ __VA_ARGS__ })
#define TOTAL(ctx, ...)	ss_host_api->total((ctx), (struct ss_value[]){ __VA_ARGS__ })

static const char *const levels[] = { "general", "major", NULL };

static const struct ss_option echo_options[] = {
	{ .name = "flag", .short_name = 'f', .type = SS_OPT_FLAG,
	  .help = "a flag" },
	{ .name = "count", .short_name = 'n', .type = SS_OPT_INT, .min = 1,
	  .max = 1000, .help = "an integer 1..1000" },
	{ .name = "ratio", .type = SS_OPT_REAL, .help = "a number" },
	{ .name = "town", .short_name = 't', .type = SS_OPT_TEXT,
	  .metavar = "NAME", .help = "a township" },
	{ .name = "level", .short_name = 'l', .type = SS_OPT_ENUM,
	  .choices = levels, .help = "hazard level" },
	{ .name = "from", .type = SS_OPT_DATE, .help = "a date" },
	{ .name = "year", .short_name = 'y', .type = SS_OPT_YEAR,
	  .help = "a year" },
	{ .name = "month", .type = SS_OPT_MONTH, .help = "a month" },
	{ .name = "quarter", .type = SS_OPT_QUARTER, .help = "a quarter" },
	{ .name = "table", .type = SS_OPT_TEXT, .values_sql =
	  "SELECT name FROM sqlite_schema WHERE type = 'table'",
	  .help = "a table (completed from the dataset)" },
	{ .name = NULL }
};

/* Echo every option as it was parsed: name, as typed, typed value. */
static int
echo(struct ss_ctx *ctx, const struct ss_args *args)
{
	static const struct ss_column cols[] = {
		{ .name = "option", .type = SS_TEXT },
		{ .name = "given", .type = SS_INT },
		{ .name = "text", .type = SS_TEXT },
		{ .name = "value", .type = SS_TEXT },
	};
	const struct ss_option	*o;
	char			 v[128];
	int			 i;

	if (ss_begin(ctx, cols, 4) != SS_OK)
		return SS_ERR;
	for (o = echo_options; o->name != NULL; o++) {
		v[0] = '\0';
		if (o->type == SS_OPT_INT || o->type == SS_OPT_YEAR)
			snprintf(v, sizeof v, "%lld",
			    ss_arg_int(args, o->name, -1));
		else if (o->type == SS_OPT_REAL)
			snprintf(v, sizeof v, "%g",
			    ss_arg_real(args, o->name, -1));
		else if (o->type == SS_OPT_ENUM)
			snprintf(v, sizeof v, "%d", ss_arg_choice(args, o->name));
		if (ROW(ctx, SS_TEXT_VALUE(o->name),
		    SS_INT_VALUE(ss_arg_has(args, o->name)),
		    SS_TEXT_VALUE(ss_arg_text(args, o->name)),
		    SS_TEXT_VALUE(v[0] ? v : NULL)) != SS_OK)
			return SS_ERR;
	}
	for (i = 0; i < ss_operand_count(args); i++) {
		snprintf(v, sizeof v, "operand %d", i + 1);
		if (ROW(ctx, SS_TEXT_VALUE(v),
		    SS_INT_VALUE(1), SS_TEXT_VALUE(ss_operand(args, i)),
		    SS_NULL_VALUE) != SS_OK)
			return SS_ERR;
	}
	return ss_end(ctx);
}

/* Complete --town with CJK names. */
static void
complete_echo(struct ss_ctx *ctx, const char *option, const char *prefix)
{
	(void)prefix;
	if (option != NULL && option[0] == 't' && option[1] == 'o') {
		ss_candidate(ctx, "城关镇");
		ss_candidate(ctx, "龙泉乡");
		ss_candidate(ctx, "龙门镇");
	}
}

/* Every kind of value, in several result sets with text blocks. */
static int
values(struct ss_ctx *ctx, const struct ss_args *args)
{
	static const struct ss_column cols[] = {
		{ .name = "id", .type = SS_INT },
		{ .name = "township", .type = SS_TEXT },
		{ .name = "rate", .type = SS_REAL, .scale = 1 },
		{ .name = "fine_yuan", .type = SS_INT },
		{ .name = "fine_wan", .type = SS_TEXT, .flags = SS_COL_DISPLAY },
		{ .name = "note", .type = SS_TEXT },
	};
	static const struct ss_column cols2[] = {
		{ .name = "key", .type = SS_TEXT },
		{ .name = "value", .type = SS_REAL, .scale = -1 },
	};
	(void)args;
	if (ss_block(ctx, SS_BLOCK_TITLE, "all the values") != SS_OK ||
	    ss_block(ctx, SS_BLOCK_PARAGRAPH, "%d rows follow, then a total",
	    4) != SS_OK || ss_begin(ctx, cols, 6) != SS_OK)
		return SS_ERR;
	if (ROW(ctx, SS_INT_VALUE(1),
	    SS_TEXT_VALUE("城关镇"), SS_REAL_VALUE(84.66), SS_INT_VALUE(120000),
	    SS_TEXT_VALUE("12.0万"), SS_TEXT_VALUE("plain")) != SS_OK ||
	    ROW(ctx, SS_INT_VALUE(2),
	    SS_TEXT_VALUE("龙泉乡"), SS_NULL_VALUE, SS_NULL_VALUE,
	    SS_NULL_VALUE, SS_TEXT_VALUE("tab\there, esc \x1b[31mred")) !=
	    SS_OK ||
	    ROW(ctx, SS_INT_VALUE(3),
	    SS_TEXT_VALUE("Riverside \"East\""), SS_REAL_VALUE(-0.05),
	    SS_INT_VALUE(-7), SS_TEXT_VALUE("-0.0万"),
	    SS_TEXT_VALUE("line one\nline two, with comma|pipe")) != SS_OK ||
	    ROW(ctx, SS_INT_VALUE(4),
	    SS_TEXT_VALUE(""), SS_REAL_VALUE(100), SS_INT_VALUE(0),
	    SS_TEXT_VALUE("0.0万"), SS_NULL_VALUE) != SS_OK ||
	    TOTAL(ctx, SS_NULL_VALUE,
	    SS_TEXT_VALUE("total"), SS_REAL_VALUE(61.5), SS_INT_VALUE(119993),
	    SS_TEXT_VALUE("12.0万"), SS_NULL_VALUE) != SS_OK ||
	    ss_end(ctx) != SS_OK)
		return SS_ERR;
	if (ss_block(ctx, SS_BLOCK_NOTE, "rates are per cent") != SS_OK ||
	    ss_block(ctx, SS_BLOCK_TITLE, "a second set") != SS_OK ||
	    ss_begin(ctx, cols2, 2) != SS_OK ||
	    ROW(ctx, SS_TEXT_VALUE("third"),
	    SS_REAL_VALUE(1.0 / 3)) != SS_OK ||
	    ROW(ctx, SS_TEXT_VALUE("big"),
	    SS_REAL_VALUE(1e300)) != SS_OK ||
	    ss_end(ctx) != SS_OK)
		return SS_ERR;
	/* An empty result set still has its header. */
	if (ss_begin(ctx, cols2, 2) != SS_OK)
		return SS_ERR;
	return ss_end(ctx);
}

/* Emit --after rows, then fail (the host must print none of a buffered
 * table, and leave no --output file behind). */
static int
fail_after(struct ss_ctx *ctx, const struct ss_args *args)
{
	static const struct ss_column cols[] = {
		{ .name = "n", .type = SS_INT }
	};
	long long	 n = ss_arg_int(args, "after", 3), i;

	if (ss_begin(ctx, cols, 1) != SS_OK)
		return SS_ERR;
	for (i = 0; i < n; i++)
		if (ROW(ctx, SS_INT_VALUE(i)) != SS_OK)
			return SS_ERR;
	return ss_error(ctx, "failed after %lld rows", n);
}

/* A checker's verdict: a table of --claims claims, the first --differ of
 * them differing; then ss_fail, which keeps the table and fails the
 * command, and a note after it (the command goes on).  With --broken the
 * check itself fails too: the error wins and the table is dropped. */
static int
verdict(struct ss_ctx *ctx, const struct ss_args *args)
{
	static const struct ss_column cols[] = {
		{ .name = "claim", .type = SS_INT },
		{ .name = "status", .type = SS_TEXT },
	};
	long long	 claims = ss_arg_int(args, "claims", 3);
	long long	 differ = ss_arg_int(args, "differ", 0), i;

	if (!SS_HOST_HAS(ss_host_api, fail))
		return ss_error(ctx, "this shell has no ss_fail: upgrade it");
	if (differ > claims)
		return ss_error(ctx, "--differ %lld is more than the %lld "
		    "claims", differ, claims);
	if (ss_begin(ctx, cols, 2) != SS_OK)
		return SS_ERR;
	for (i = 1; i <= claims; i++)
		if (ROW(ctx, SS_INT_VALUE(i),
		    SS_TEXT_VALUE(i <= differ ? "differs" : "agrees")) != SS_OK)
			return SS_ERR;
	if (ss_end(ctx) != SS_OK)
		return SS_ERR;
	if (differ > 0 && (ss_fail(ctx, "%lld of %lld claims differ from the "
	    "ledger", differ, claims) != SS_OK ||
	    ss_fail(ctx, "a second verdict, never shown") != SS_OK))
		return SS_ERR;
	if (ss_arg_has(args, "broken"))
		return ss_error(ctx, "the check itself broke");
	return ss_block(ctx, SS_BLOCK_NOTE, "%lld claims checked", claims);
}

/* --limit numbered rows, saying which command listed them. */
static int
list_rows(struct ss_ctx *ctx, const struct ss_args *args, const char *by)
{
	static const struct ss_column cols[] = {
		{ .name = "item", .type = SS_INT },
		{ .name = "listed_by", .type = SS_TEXT },
	};
	long long	 limit = ss_arg_int(args, "limit", 2), i;

	if (ss_begin(ctx, cols, 2) != SS_OK)
		return SS_ERR;
	for (i = 1; i <= limit; i++)
		if (ROW(ctx, SS_INT_VALUE(i), SS_TEXT_VALUE(by)) != SS_OK)
			return SS_ERR;
	return ss_end(ctx);
}

/* "fixture list", a command that also heads a group, as "hazards" does. */
static int
list(struct ss_ctx *ctx, const struct ss_args *args)
{
	return list_rows(ctx, args, "list");
}

/* "fixture list open", one of its sub-commands. */
static int
list_open(struct ss_ctx *ctx, const struct ss_args *args)
{
	return list_rows(ctx, args, "open");
}

/* "fixture list overdue", the other. */
static int
list_overdue(struct ss_ctx *ctx, const struct ss_args *args)
{
	return list_rows(ctx, args, "overdue");
}

/* The ways a plugin can misbehave, chosen by --how. */
static const char *const hows[] = { "silent", "usage", "usage-message",
	"bad-return", "leak", "row-before-begin", "warn", "slow", NULL };

/* Misbehave as --how says. */
static int
misbehave(struct ss_ctx *ctx, const struct ss_args *args)
{
	static const struct ss_column cols[] = {
		{ .name = "n", .type = SS_INT }
	};
	long long	 i;

	switch (ss_arg_choice(args, "how")) {
	case 0:
		return SS_ERR;
	case 1:
		return SS_USAGE;
	case 2:
		ss_error(ctx, "--how needs a friend");
		return SS_USAGE;
	case 3:
		return 42;
	case 4:
		ss_prepare(ctx, "SELECT 1", SS_NO_PARAMS);
		return SS_OK;
	case 5:
		return ROW(ctx, SS_INT_VALUE(1));
	case 6:
		ss_warn(ctx, "this is only a warning about '%s'", "x");
		return SS_OK;
	default:
		/* A long loop that polls for Ctrl-C. */
		if (ss_begin(ctx, cols, 1) != SS_OK)
			return SS_ERR;
		for (i = 0; !ss_interrupted(ctx); i++)
			if (i % 100000000 == 0 && ROW(ctx,
			     SS_INT_VALUE(i)) != SS_OK)
				return SS_ERR;
		return ss_error(ctx, "interrupted");
	}
}

/* A bound query with an int and a text parameter. */
static int
query(struct ss_ctx *ctx, const struct ss_args *args)
{
	return ss_query(ctx, "SELECT ?1 AS year, ?1 + 1 AS next_year, "
	    "?2 AS town, length(?2) AS chars",
	    SS_PARAMS(SS_INT_VALUE(ss_arg_int(args, "year", 2023)),
	    SS_TEXT_VALUE(ss_arg_text(args, "town"))));
}

static const struct ss_option fail_options[] = {
	{ .name = "after", .type = SS_OPT_INT, .min = 0, .max = 1000000,
	  .help = "rows before failing" },
	{ .name = NULL }
};
static const struct ss_option verdict_options[] = {
	{ .name = "claims", .type = SS_OPT_INT, .min = 0, .max = 1000,
	  .help = "claims checked (default 3)" },
	{ .name = "differ", .type = SS_OPT_INT, .min = 0, .max = 1000,
	  .help = "how many of them differ (default 0)" },
	{ .name = "broken", .type = SS_OPT_FLAG,
	  .help = "then fail with an error" },
	{ .name = NULL }
};
static const struct ss_option list_options[] = {
	{ .name = "limit", .type = SS_OPT_INT, .min = 1, .max = 100,
	  .help = "rows (default 2)" },
	{ .name = "level", .type = SS_OPT_ENUM, .choices = levels,
	  .help = "hazard level" },
	{ .name = NULL }
};
static const struct ss_option list_open_options[] = {
	{ .name = "limit", .type = SS_OPT_INT, .min = 1, .max = 100,
	  .help = "rows (default 2)" },
	{ .name = "since", .type = SS_OPT_DATE, .help = "open since" },
	{ .name = NULL }
};
static const struct ss_option list_overdue_options[] = {
	{ .name = "limit", .type = SS_OPT_INT, .min = 1, .max = 100,
	  .help = "rows (default 2)" },
	{ .name = "overdue-days", .type = SS_OPT_INT, .min = 0, .max = 1000,
	  .help = "days past the deadline" },
	{ .name = NULL }
};
static const struct ss_option misbehave_options[] = {
	{ .name = "how", .type = SS_OPT_ENUM, .choices = hows,
	  .flags = SS_OPT_REQUIRED, .help = "which bug" },
	{ .name = NULL }
};
static const struct ss_option query_options[] = {
	{ .name = "year", .short_name = 'y', .type = SS_OPT_YEAR,
	  .flags = SS_OPT_REQUIRED, .help = "a year" },
	{ .name = "town", .type = SS_OPT_TEXT, .help = "a town" },
	{ .name = NULL }
};

static const char *const echo_examples[] = {
	"fixture echo --count 3 --level major -t 城关镇 --from 2024-02-29 a b",
	NULL
};
static const char *const values_examples[] = { "fixture values", NULL };
static const char *const query_examples[] = {
	"fixture query --year 2023 --town 龙泉", NULL
};

static const struct ss_command commands[] = {
	{ .name = "fixture echo", .summary = "echo the parsed options",
	  .help = "Every option type, as the host parsed it.",
	  .examples = echo_examples, .options = echo_options,
	  .operands = "WORD", .min_operands = 0, .max_operands = -1,
	  .run = echo, .complete = complete_echo },
	{ .name = "fixture values", .summary = "every kind of value",
	  .examples = values_examples, .run = values },
	{ .name = "fixture fail", .summary = "emit rows, then fail",
	  .options = fail_options, .run = fail_after },
	{ .name = "fixture verdict", .summary = "a table, then a negative "
	  "verdict (ss_fail)", .options = verdict_options, .run = verdict },
	{ .name = "fixture list", .summary = "a command heading a group",
	  .options = list_options, .run = list },
	{ .name = "fixture list open", .summary = "a sub-command",
	  .options = list_open_options, .run = list_open },
	{ .name = "fixture list overdue", .summary = "another sub-command",
	  .options = list_overdue_options, .run = list_overdue },
	{ .name = "fixture misbehave", .summary = "a plugin bug on purpose",
	  .options = misbehave_options, .run = misbehave },
	{ .name = "fixture query", .summary = "a bound query",
	  .examples = query_examples, .options = query_options, .run = query },
	{ .name = NULL }
};

SS_PLUGIN_EXPORT const struct ss_plugin safestat_plugin = {
	SS_PLUGIN_STAMP,
	.name = "all-types",
	.version = "0.1",
	.summary = "test fixture: every option type and value",
	.commands = commands,
};
