/*
 * shell/cmd-help.c -- `help [COMMAND|PLUGIN]`, derived entirely from the
 * command descriptors, so help can never disagree with what the parser
 * accepts.
 *
 * Help emits rows like any command.  In table and markdown output it reads
 * as a page (titles, the usage line, an options table, examples), so the
 * prompt prints no row count after it; in csv,
 * tsv, json and jsonl it is data: `help` alone is one row per command
 * (command, plugin, summary, first example), which is how the tests find
 * every command to run.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "shell/session.h"

/* The name used for the group of built-in commands. */
#define BUILTIN_GROUP	"built-in"

/* Emit the rows of one group of commands (rich: command, summary;
 * machine: command, plugin, summary, example). */
static int
list_rows(struct ss_ctx *ctx, const struct ss_command *const *cmds,
    const struct ss_command *array, int n, const char *plugin,
    const char *group)
{
	size_t	 glen = group != NULL ? strlen(group) : 0;
	int	 rich = ss_rich(ctx), i;

	for (i = 0; i < n; i++) {
		const struct ss_command	*c = cmds != NULL ? cmds[i] : &array[i];
		struct ss_value		 row[4];

		if (group != NULL && !(strncmp(c->name, group, glen) == 0 &&
		    c->name[glen] == ' '))
			continue;
		row[0] = SS_TEXT_VALUE(c->name);
		if (rich)
			row[1] = SS_TEXT_VALUE(c->summary);
		else {
			row[1] = SS_TEXT_VALUE(plugin);
			row[2] = SS_TEXT_VALUE(c->summary);
			row[3] = SS_TEXT_VALUE(c->examples != NULL ?
			    c->examples[0] : NULL);
		}
		if (ss_row(ctx, row) != SS_OK)
			return SS_ERR;
	}
	return SS_OK;
}

/* Does a group of commands hold one matching the filter? */
static int
group_has(const struct ss_command *const *cmds,
    const struct ss_command *array, int n, const char *group)
{
	size_t	 glen = group != NULL ? strlen(group) : 0;
	int	 i;

	for (i = 0; i < n; i++) {
		const char	*name = cmds != NULL ? cmds[i]->name :
		    array[i].name;

		if (group == NULL || (strncmp(name, group, glen) == 0 &&
		    name[glen] == ' '))
			return 1;
	}
	return 0;
}

/* List commands grouped by plugin: all of them, one plugin's (only), or
 * those of a command group ("plugin" lists plugin load/unload/reload). */
static int
help_list(struct ss_ctx *ctx, struct plugin *only, const char *group)
{
	static const struct ss_column rich_cols[] = {
		{ .name = "command", .type = SS_TEXT },
		{ .name = "summary", .type = SS_TEXT },
	};
	static const struct ss_column data_cols[] = {
		{ .name = "command", .type = SS_TEXT },
		{ .name = "plugin", .type = SS_TEXT },
		{ .name = "summary", .type = SS_TEXT },
		{ .name = "example", .type = SS_TEXT },
	};
	struct session	*s = builtin_session(ctx);
	struct plugin	*p;
	int		 rich = ss_rich(ctx), nbuiltin = 0;

	ctx->page = rich;
	while (builtin_commands[nbuiltin] != NULL)
		nbuiltin++;
	if (!rich && ss_begin(ctx, data_cols, 4) != SS_OK)
		return SS_ERR;
	if (only == NULL && group_has(builtin_commands, NULL, nbuiltin,
	    group)) {
		if (rich && (ss_block(ctx, SS_BLOCK_TITLE, "built-in commands")
		    != SS_OK || ss_begin(ctx, rich_cols, 2) != SS_OK))
			return SS_ERR;
		if (list_rows(ctx, builtin_commands, NULL, nbuiltin, NULL,
		    group) != SS_OK || (rich && ss_end(ctx) != SS_OK))
			return SS_ERR;
	}
	for (p = s->plugins; p != NULL; p = p->next) {
		if ((only != NULL && p != only) ||
		    !group_has(NULL, p->commands, p->ncommands, group))
			continue;
		if (rich && (ss_block(ctx, SS_BLOCK_TITLE, "%s %s: %s",
		    p->desc.name, p->desc.version, p->desc.summary) != SS_OK ||
		    ss_begin(ctx, rich_cols, 2) != SS_OK))
			return SS_ERR;
		if (list_rows(ctx, NULL, p->commands, p->ncommands,
		    p->desc.name, group) != SS_OK ||
		    (rich && ss_end(ctx) != SS_OK))
			return SS_ERR;
	}
	if (!rich)
		return ss_end(ctx);
	if (only != NULL && ss_block(ctx, SS_BLOCK_NOTE, "loaded from %s",
	    only->path) != SS_OK)
		return SS_ERR;
	return ss_block(ctx, SS_BLOCK_NOTE, "'help COMMAND' shows a command's "
	    "options and examples; every command also takes --format FMT, "
	    "--output FILE and --help");
}

/* The option cell of help: "-y, --year YEAR". */
static void
option_cell(const struct ss_option *o, char *buf, size_t len)
{
	char	 arg[128] = "", mv[64];

	if (o->type != SS_OPT_FLAG)
		snprintf(arg, sizeof arg, " %s", args_metavar(o, mv,
		    sizeof mv));
	if (o->short_name != 0)
		snprintf(buf, len, "-%c, --%s%s", o->short_name, o->name, arg);
	else
		snprintf(buf, len, "--%s%s", o->name, arg);
}

/* The options of a command as a result set. */
static int
help_options(struct ss_ctx *ctx, const struct ss_command *c)
{
	static const struct ss_column rich_cols[] = {
		{ .name = "option", .type = SS_TEXT },
		{ .name = "accepts", .type = SS_TEXT },
		{ .name = "required", .type = SS_TEXT },
		{ .name = "help", .type = SS_TEXT },
	};
	static const struct ss_column data_cols[] = {
		{ .name = "option", .type = SS_TEXT },
		{ .name = "short", .type = SS_TEXT },
		{ .name = "metavar", .type = SS_TEXT },
		{ .name = "accepts", .type = SS_TEXT },
		{ .name = "required", .type = SS_INT },
		{ .name = "help", .type = SS_TEXT },
	};
	const struct ss_option	*o = c->options;
	int			 rich = ss_rich(ctx), i;

	if (o == NULL || o[0].name == NULL)
		return SS_OK;
	if (rich && ss_block(ctx, SS_BLOCK_TITLE, "options") != SS_OK)
		return SS_ERR;
	if (ss_begin(ctx, rich ? rich_cols : data_cols, rich ? 4 : 6) != SS_OK)
		return SS_ERR;
	for (i = 0; o[i].name != NULL; i++) {
		char		 cell[256], accepts[512], opt[128], sh[3] = "";
		char		 mv[64];
		struct ss_value	 row[6];
		int		 req = (o[i].flags & SS_OPT_REQUIRED) != 0;

		args_describe(&o[i], accepts, sizeof accepts);
		if (rich) {
			option_cell(&o[i], cell, sizeof cell);
			row[0] = SS_TEXT_VALUE(cell);
			row[1] = SS_TEXT_VALUE(accepts);
			row[2] = SS_TEXT_VALUE(req ? "yes" : "");
			row[3] = SS_TEXT_VALUE(o[i].help);
		} else {
			snprintf(opt, sizeof opt, "--%s", o[i].name);
			if (o[i].short_name != 0)
				snprintf(sh, sizeof sh, "-%c", o[i].short_name);
			row[0] = SS_TEXT_VALUE(opt);
			row[1] = SS_TEXT_VALUE(sh[0] != '\0' ? sh : NULL);
			row[2] = SS_TEXT_VALUE(o[i].type == SS_OPT_FLAG ?
			    NULL : args_metavar(&o[i], mv, sizeof mv));
			row[3] = SS_TEXT_VALUE(accepts);
			row[4] = SS_INT_VALUE(req);
			row[5] = SS_TEXT_VALUE(o[i].help);
		}
		if (ss_row(ctx, row) != SS_OK)
			return SS_ERR;
	}
	return ss_end(ctx);
}

/* Help for one command (also `COMMAND --help`). */
int
help_command(struct ss_ctx *ctx, const struct reg_entry *e)
{
	static const struct ss_column about_cols[] = {
		{ .name = "command", .type = SS_TEXT },
		{ .name = "plugin", .type = SS_TEXT },
		{ .name = "summary", .type = SS_TEXT },
		{ .name = "usage", .type = SS_TEXT },
		{ .name = "help", .type = SS_TEXT },
	};
	static const struct ss_column example_cols[] = {
		{ .name = "example", .type = SS_TEXT },
	};
	const struct ss_command	*c = e->cmd;
	const char		*plugin = e->plugin != NULL ?
	    e->plugin->desc.name : NULL;
	struct ss_value		 about[5];
	char			 usage[2048];
	int			 rich = ss_rich(ctx), i;

	ctx->page = rich;
	args_usage(c, e->name, usage, sizeof usage);
	about[0] = SS_TEXT_VALUE(e->name);
	about[1] = SS_TEXT_VALUE(plugin);
	about[2] = SS_TEXT_VALUE(c->summary);
	about[3] = SS_TEXT_VALUE(usage);
	about[4] = SS_TEXT_VALUE(c->help);
	if (rich) {
		if (ss_block(ctx, SS_BLOCK_TITLE, "%s: %s", e->name,
		    c->summary) != SS_OK ||
		    ss_block(ctx, SS_BLOCK_PARAGRAPH, "usage: %s", usage) !=
		    SS_OK || (c->help != NULL && ss_block(ctx,
		    SS_BLOCK_PARAGRAPH, "%s", c->help) != SS_OK))
			return SS_ERR;
	} else if (ss_begin(ctx, about_cols, 5) != SS_OK ||
	    ss_row(ctx, about) != SS_OK || ss_end(ctx) != SS_OK)
		return SS_ERR;
	if (help_options(ctx, c) != SS_OK)
		return SS_ERR;
	if (c->examples != NULL && c->examples[0] != NULL) {
		if (rich) {
			if (ss_block(ctx, SS_BLOCK_TITLE, "examples") != SS_OK)
				return SS_ERR;
			for (i = 0; c->examples[i] != NULL; i++)
				if (ss_block(ctx, SS_BLOCK_PARAGRAPH, "  %s",
				    c->examples[i]) != SS_OK)
					return SS_ERR;
		} else {
			if (ss_begin(ctx, example_cols, 1) != SS_OK)
				return SS_ERR;
			for (i = 0; c->examples[i] != NULL; i++)
				if (ss_row(ctx, (struct ss_value[]){
				    SS_TEXT_VALUE(c->examples[i]) }) != SS_OK)
					return SS_ERR;
			if (ss_end(ctx) != SS_OK)
				return SS_ERR;
		}
	}
	if (rich)
		return ss_block(ctx, SS_BLOCK_NOTE, "every command also takes "
		    "--format FMT, --output FILE (replaced only when the "
		    "command succeeds), --bom and --help");
	return SS_OK;
}

/* Join the operands with single spaces ("traffic overload"). */
static void
join_operands(const struct ss_args *args, char *buf, size_t len)
{
	size_t	 n = 0;
	int	 i;

	buf[0] = '\0';
	for (i = 0; i < ss_operand_count(args) && n < len; i++)
		n += snprintf(buf + n, len - n, "%s%s", i ? " " : "",
		    ss_operand(args, i));
}

/* help [COMMAND|PLUGIN] */
static int
cmd_help(struct ss_ctx *ctx, const struct ss_args *args)
{
	struct session		*s = builtin_session(ctx);
	const struct reg_entry	*e;
	struct plugin		*p;
	struct closest		 c;
	char			 name[512];
	int			 i;

	if (ss_operand_count(args) == 0)
		return help_list(ctx, NULL, NULL);
	join_operands(args, name, sizeof name);
	if ((e = registry_get(&s->reg, name)) != NULL)
		return help_command(ctx, e);
	if ((p = plugin_find(s, name)) != NULL)
		return help_list(ctx, p, NULL);
	for (i = 0; i < s->reg.n; i++) {
		size_t	 len = strlen(name);

		if (strncmp(s->reg.v[i].name, name, len) == 0 &&
		    s->reg.v[i].name[len] == ' ')
			return help_list(ctx, NULL, name);
	}
	closest_init(&c, name);
	for (i = 0; i < s->reg.n; i++)
		closest_try(&c, s->reg.v[i].name);
	for (p = s->plugins; p != NULL; p = p->next)
		closest_try(&c, p->desc.name);
	if (c.best != NULL)
		return ss_error(ctx, "no command or plugin named '%s' (did you "
		    "mean '%s'?)", name, c.best);
	return ss_error(ctx, "no command or plugin named '%s' (see 'help')",
	    name);
}

/* Complete command words and plugin names. */
static void
complete_help(struct ss_ctx *ctx, const char *option, const char *prefix)
{
	struct session	*s = builtin_session(ctx);
	struct plugin	*p;
	char		 word[128];
	int		 i;

	(void)option;
	(void)prefix;
	for (i = 0; i < s->reg.n; i++) {
		const char	*n = s->reg.v[i].name, *sp;

		while (n != NULL && *n != '\0') {
			sp = strchr(n, ' ');
			snprintf(word, sizeof word, "%.*s", sp != NULL ?
			    (int)(sp - n) : (int)strlen(n), n);
			ss_candidate(ctx, word);
			n = sp != NULL ? sp + 1 : NULL;
		}
	}
	for (p = s->plugins; p != NULL; p = p->next)
		ss_candidate(ctx, p->desc.name);
}

static const char *const cmd_help_examples[] = {
	"help", "help sql", "help plugin", NULL
};

const struct ss_command cmd_help_entry = {
	.name = "help",
	.summary = "list the commands, or explain one command or plugin",
	.help = "Alone, help lists every command grouped by plugin.  With a "
	    "command, it shows the usage line, the options with what each "
	    "accepts, and examples; with a plugin's name, that plugin's "
	    "commands.",
	.examples = cmd_help_examples,
	.operands = "COMMAND|PLUGIN",
	.min_operands = 0,
	.max_operands = -1,
	.run = cmd_help,
	.complete = complete_help,
};
