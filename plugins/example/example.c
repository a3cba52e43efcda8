/*
 * plugins/example/example.c -- the smallest useful safestat plugin: copy it
 * to start your own (docs/plugins.md walks through it).  One command with a
 * date, an int and an enum option; it computes its rows, asking SQLite's
 * date functions through a bound query, and assumes nothing about tables.
 */
#include <safestat/plugin.h>

SS_PLUGIN_HOST_DEFINE;

static const char *const units[] = { "day", "week", "month", NULL };

/* The date `?2` steps after `?1`, one query per --every unit (a fixed
 * statement chosen by the option's index: no text is pasted into SQL).
 * Each step counts from the start, and a month step lands on the month's
 * last day when the start's day is past it: 2024-01-31 plus one month is
 * 2024-02-29, where SQLite alone would overflow into 2024-03-02. */
static const char *const step_sql[] = {
	"SELECT date(?1, ?2 || ' days')",
	"SELECT date(?1, (?2 * 7) || ' days')",
	"SELECT min(date(?1, ?2 || ' months'), "
	    "date(?1, 'start of month', (?2 + 1) || ' months', '-1 day'))",
};

/* Dates of --count visits, one every --every, from --start (or today). */
static int
schedule(struct ss_ctx *ctx, const struct ss_args *args)
{
	static const struct ss_column cols[] = {
		{ .name = "visit", .type = SS_INT },
		{ .name = "date", .type = SS_TEXT },
	};
	const char	*start = ss_arg_text(args, "start");
	long long	 count = ss_arg_int(args, "count", 4), i;
	int		 unit = ss_arg_choice(args, "every");
	struct ss_stmt	*st;
	struct ss_value	 row[2];

	if (ss_begin(ctx, cols, 2) != SS_OK)
		return SS_ERR;
	for (i = 0; i < count; i++) {
		st = ss_prepare(ctx, step_sql[unit >= 0 ? unit : 0], SS_PARAMS(
		    SS_TEXT_VALUE(start ? start : ss_today(ctx)),
		    SS_INT_VALUE(i)));
		/* On an error the host has the message and finalizes st. */
		if (st == NULL || ss_step(st) != 1)
			return SS_ERR;
		row[0] = SS_INT_VALUE(i + 1);
		row[1] = ss_column(st, 0);
		if (ss_row(ctx, row) != SS_OK)
			return SS_ERR;
		ss_finalize(st);
	}
	return ss_end(ctx);
}

static const struct ss_option options[] = {
	{ .name = "start", .type = SS_OPT_DATE, .help = "first visit "
	  "(default: today)" },
	{ .name = "count", .short_name = 'n', .type = SS_OPT_INT, .min = 1,
	  .max = 100, .help = "number of visits (default 4)" },
	{ .name = "every", .type = SS_OPT_ENUM, .choices = units,
	  .help = "time between visits (default day)" },
	{ .name = NULL }
};

static const char *const examples[] = {
	"example schedule --start 2024-01-31 --count 3 --every month", NULL
};

static const struct ss_command commands[] = {
	{ .name = "example schedule", .summary = "dates of regular visits",
	  .options = options, .examples = examples, .run = schedule },
	{ .name = NULL }
};

SS_PLUGIN_EXPORT const struct ss_plugin safestat_plugin = {
	SS_PLUGIN_STAMP,
	.name = "example",
	.version = "1.0",
	.summary = "a plugin to copy: options, computed rows, a bound query",
	.commands = commands,
};
