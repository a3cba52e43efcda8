/* tests/plugins/bad-option.c -- declares --format, which the shell reserves. */
#include "good-cmd.h"

static const struct ss_option options[] = {
	{ .name = "year", .type = SS_OPT_YEAR },
	{ .name = "format", .type = SS_OPT_TEXT },
	{ .name = NULL }
};

static const struct ss_command commands[] = {
	{ .name = "bad-option hello", .summary = "s", .options = options,
	  .run = fixture_ran },
	{ .name = NULL }
};

SS_PLUGIN_EXPORT const struct ss_plugin safestat_plugin = {
	SS_PLUGIN_STAMP,
	.name = "bad-option", .version = "1.0", .summary = "reserved option",
	.commands = commands,
};
