/* tests/plugins/bad-name.c -- a command name that is not lowercase words. */
#include "good-cmd.h"

static const struct ss_command commands[] = {
	{ .name = "bad-name ok", .summary = "s", .run = fixture_ran },
	{ .name = "bad-name Not_OK", .summary = "s", .run = fixture_ran },
	{ .name = NULL }
};

SS_PLUGIN_EXPORT const struct ss_plugin safestat_plugin = {
	SS_PLUGIN_STAMP,
	.name = "bad-name", .version = "1.0", .summary = "bad command name",
	.commands = commands,
};
