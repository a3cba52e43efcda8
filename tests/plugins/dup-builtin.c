/* tests/plugins/dup-builtin.c -- declares a command the shell has built in. */
#include "good-cmd.h"

static const struct ss_command commands[] = {
	{ .name = "dup hello", .summary = "s", .run = fixture_ran },
	{ .name = "tables", .summary = "s", .run = fixture_ran },
	{ .name = NULL }
};

SS_PLUGIN_EXPORT const struct ss_plugin safestat_plugin = {
	SS_PLUGIN_STAMP,
	.name = "dup-builtin", .version = "1.0", .summary = "takes 'tables'",
	.commands = commands,
};
