/* tests/plugins/dup-command.c -- declares a command all-types has. */
#include "good-cmd.h"

static const struct ss_command commands[] = {
	{ .name = "dup other", .summary = "s", .run = fixture_ran },
	{ .name = "fixture values", .summary = "s", .run = fixture_ran },
	{ .name = NULL }
};

SS_PLUGIN_EXPORT const struct ss_plugin safestat_plugin = {
	SS_PLUGIN_STAMP,
	.name = "dup-command", .version = "1.0",
	.summary = "takes 'fixture values'", .commands = commands,
};
