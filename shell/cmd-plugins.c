/*
 * shell/cmd-plugins.c -- `plugins`, `plugin load PATH|NAME`,
 * `plugin unload NAME` and `plugin reload NAME`: a team rebuilds its
 * plugin and reloads it without leaving the shell.
 */
#include "config.h"

#include <dirent.h>
#include <string.h>

#include "shell/session.h"

/* List the loaded plugins. */
static int
cmd_plugins(struct ss_ctx *ctx, const struct ss_args *args)
{
	static const struct ss_column cols[] = {
		{ .name = "name", .type = SS_TEXT },
		{ .name = "version", .type = SS_TEXT },
		{ .name = "commands", .type = SS_INT },
		{ .name = "path", .type = SS_TEXT },
		{ .name = "summary", .type = SS_TEXT },
	};
	struct plugin	*p;

	(void)args;
	if (ss_begin(ctx, cols, 5) != SS_OK)
		return SS_ERR;
	for (p = builtin_session(ctx)->plugins; p != NULL; p = p->next) {
		struct ss_value	 row[5] = {
			SS_TEXT_VALUE(p->desc.name),
			SS_TEXT_VALUE(p->desc.version),
			SS_INT_VALUE(p->ncommands),
			SS_TEXT_VALUE(p->path),
			SS_TEXT_VALUE(p->desc.summary),
		};

		if (ss_row(ctx, row) != SS_OK)
			return SS_ERR;
	}
	return ss_end(ctx);
}

/* The loaded plugin named by the operand, or NULL with the error set. */
static struct plugin *
named_plugin(struct ss_ctx *ctx, const char *name)
{
	struct session	*s = builtin_session(ctx);
	struct plugin	*p;
	struct closest	 c;

	if ((p = plugin_find(s, name)) != NULL)
		return p;
	closest_init(&c, name);
	for (p = s->plugins; p != NULL; p = p->next)
		closest_try(&c, p->desc.name);
	if (c.best != NULL)
		ss_error(ctx, "no plugin named '%s' is loaded (did you mean "
		    "'%s'?)", name, c.best);
	else
		ss_error(ctx, "no plugin named '%s' is loaded (see 'plugins')",
		    name);
	return NULL;
}

/* Load a plugin by path or by name from the search path. */
static int
cmd_plugin_load(struct ss_ctx *ctx, const struct ss_args *args)
{
	struct session	*s = builtin_session(ctx);
	struct plugin	*p;
	const char	*arg = ss_operand(args, 0);
	char		 err[2048];
	int		 before = 0, after = 0;

	for (p = s->plugins; p != NULL; p = p->next)
		before++;
	if (plugin_load(s, arg, &p, err, sizeof err) == -1)
		return ss_error(ctx, "%s", err);
	if (s->interactive && !s->quiet) {
		struct plugin	*q;
		int		 again;

		for (q = s->plugins; q != NULL; q = q->next)
			after++;
		again = after == before;
		report_note(s, "%s plugin '%s' %s (%d command%s) from %s\n",
		    again ? "already loaded:" : "loaded", p->desc.name,
		    p->desc.version, p->ncommands, p->ncommands == 1 ? "" : "s",
		    p->path);
	}
	return SS_OK;
}

/* Unload a plugin. */
static int
cmd_plugin_unload(struct ss_ctx *ctx, const struct ss_args *args)
{
	struct plugin	*p = named_plugin(ctx, ss_operand(args, 0));

	if (p == NULL)
		return SS_ERR;
	plugin_unload(builtin_session(ctx), p);
	return SS_OK;
}

/* Unload a plugin and load its file again. */
static int
cmd_plugin_reload(struct ss_ctx *ctx, const struct ss_args *args)
{
	struct session	*s = builtin_session(ctx);
	struct plugin	*p = named_plugin(ctx, ss_operand(args, 0));
	char		 err[2048];

	if (p == NULL)
		return SS_ERR;
	if (plugin_reload(s, p, err, sizeof err) == -1)
		return ss_error(ctx, "%s (the old version is unloaded)", err);
	return SS_OK;
}

/* Complete the names of loaded plugins. */
static void
complete_loaded(struct ss_ctx *ctx, const char *option, const char *prefix)
{
	struct plugin	*p;

	(void)option;
	(void)prefix;
	for (p = builtin_session(ctx)->plugins; p != NULL; p = p->next)
		ss_candidate(ctx, p->desc.name);
}

/* Complete the names of plugins in the search path. */
static void
complete_available(struct ss_ctx *ctx, const char *option,
    const char *prefix)
{
	struct session	*s = builtin_session(ctx);
	struct dirent	*de;
	DIR		*d;
	char		 name[256];
	int		 i;

	(void)option;
	(void)prefix;
	for (i = 0; i < s->nplugin_path; i++) {
		if ((d = opendir(s->plugin_path[i])) == NULL)
			continue;
		while ((de = readdir(d)) != NULL) {
			size_t	 len = strlen(de->d_name);

			if (len <= 3 || len >= sizeof name ||
			    strcmp(de->d_name + len - 3, ".so") != 0)
				continue;
			memcpy(name, de->d_name, len - 3);
			name[len - 3] = '\0';
			ss_candidate(ctx, name);
		}
		closedir(d);
	}
}

static const char *const cmd_plugins_examples[] = { "plugins", NULL };

const struct ss_command cmd_plugins_entry = {
	.name = "plugins",
	.summary = "list the loaded plugins",
	.examples = cmd_plugins_examples,
	.run = cmd_plugins,
};

static const char *const cmd_plugin_load_examples[] = {
	"plugin load example", "plugin load ./build/my-plugin.so", NULL
};

const struct ss_command cmd_plugin_load_entry = {
	.name = "plugin load",
	.summary = "load a plugin by path, or by name from the search path",
	.help = "A NAME is looked up as NAME.so in each --plugin-dir, then "
	    "SAFESTAT_PLUGIN_PATH, then the installed plugin directory; the "
	    "working directory is never searched, so give ./NAME.so for a "
	    "file here.  Loading the same file again does nothing.",
	.examples = cmd_plugin_load_examples,
	.operands = "PATH|NAME",
	.min_operands = 1,
	.max_operands = 1,
	.run = cmd_plugin_load,
	.complete = complete_available,
};

static const char *const cmd_plugin_unload_examples[] = {
	"plugin unload example", NULL
};

const struct ss_command cmd_plugin_unload_entry = {
	.name = "plugin unload",
	.summary = "unload a plugin and remove its commands",
	.examples = cmd_plugin_unload_examples,
	.operands = "NAME",
	.min_operands = 1,
	.max_operands = 1,
	.run = cmd_plugin_unload,
	.complete = complete_loaded,
};

static const char *const cmd_plugin_reload_examples[] = {
	"plugin reload example", NULL
};

const struct ss_command cmd_plugin_reload_entry = {
	.name = "plugin reload",
	.summary = "load a plugin's file again, as rebuilt on disk",
	.help = "For a team working on a plugin: rebuild it, then reload it "
	    "without leaving the shell.  If the new build is refused, the old "
	    "one stays unloaded and the message says why.",
	.examples = cmd_plugin_reload_examples,
	.operands = "NAME",
	.min_operands = 1,
	.max_operands = 1,
	.run = cmd_plugin_reload,
	.complete = complete_loaded,
};
