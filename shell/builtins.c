/*
 * shell/builtins.c -- the table of built-in commands.  A built-in is a
 * struct ss_command like any plugin command, defined in its own
 * shell/cmd-*.c; adding one is that file plus one line here (and one in
 * shell/local.mk).
 */
#include "config.h"

#include <stddef.h>

#include "shell/shell.h"

const struct ss_command *const builtin_commands[] = {
	&cmd_help_entry,
	&cmd_sql_entry,
	&cmd_tables_entry,
	&cmd_describe_entry,
	&cmd_import_entry,
	&cmd_format_entry,
	&cmd_output_entry,
	&cmd_timer_entry,
	&cmd_pager_entry,
	&cmd_source_entry,
	&cmd_plugins_entry,
	&cmd_plugin_load_entry,
	&cmd_plugin_unload_entry,
	&cmd_plugin_reload_entry,
	&cmd_quit_entry,
	&cmd_exit_entry,
	NULL
};
