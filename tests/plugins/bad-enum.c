/* tests/plugins/bad-enum.c -- an enum option without choices. */
#include "good-cmd.h"

static const struct ss_option options[] = {
	{ .name = "level", .type = SS_OPT_ENUM },
	{ .name = NULL }
};

static const struct ss_command commands[] = {
	{ .name = "bad-enum hello", .summary = "s", .options = options,
	  .run = fixture_ran },
	{ .name = NULL }
};

SS_PLUGIN_EXPORT const struct ss_plugin safestat_plugin = {
	SS_PLUGIN_STAMP,
	.name = "bad-enum", .version = "1.0", .summary = "enum, no choices",
	.commands = commands,
};
