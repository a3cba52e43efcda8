/*
 * shell/plugin.c -- find, check, load and unload plugins.
 *
 * A plugin is loaded by absolute path with dlopen(RTLD_NOW | RTLD_LOCAL):
 * unresolved symbols fail now rather than in the middle of a command, and
 * plugins cannot see each other.  Before any plugin code runs (beyond what
 * the dynamic loader itself does) the shell reads the ABI stamp at the top
 * of the exported `safestat_plugin` object, copies the command table into
 * host-sized structs (so a plugin built against an older plugin.h of the
 * same ABI still reads right), checks every command and option, registers
 * all of them or none, and only then stores the host table through
 * host_slot and calls init.  Every refusal is one line naming the file,
 * saying why and what to do; the shell goes on without that plugin.
 *
 * The search path: each --plugin-dir, then SAFESTAT_PLUGIN_PATH, then the
 * build tree's plugins/.libs (running uninstalled) or $(pkglibdir).  The
 * working directory is never searched.
 */
#include "config.h"

#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "shell/session.h"

/* Sizes of the descriptor structs in ABI 1 as first published: a plugin
 * built against an older plugin.h of the same ABI has these (members are
 * only ever appended), one built against a newer one has larger ones. */
#define ABI1_PLUGIN_SIZE	sizeof(struct ss_plugin)
#define ABI1_COMMAND_SIZE	sizeof(struct ss_command)
#define ABI1_OPTION_SIZE	sizeof(struct ss_option)

/* What a plugin file is, for a refusal of something else: a text file
 * given by mistake (plugin load /etc/passwd), or one left in a plugin
 * directory. */
#define EXPECTED	"a plugin is an ELF .so file built with cc -shared " \
	"against <safestat/plugin.h>, like plugins/example"

/* Sanity limits on what a descriptor may declare. */
#define MAX_COMMANDS	1000
#define MAX_OPTIONS	100

/* Is `w` a plugin or option name: [a-z][a-z0-9-]*? */
static int
valid_name(const char *w)
{
	if (w == NULL || *w < 'a' || *w > 'z')
		return 0;
	for (w++; *w != '\0'; w++)
		if (!((*w >= 'a' && *w <= 'z') || (*w >= '0' && *w <= '9') ||
		    *w == '-'))
			return 0;
	return 1;
}

/* Check one command's options; 0, or -1 with the problem in err. */
static int
check_options(const struct ss_command *c, char *err, size_t errlen)
{
	const struct ss_option	*o = c->options;
	int			 i, j, k;

	for (i = 0; o != NULL && o[i].name != NULL; i++) {
		const struct ss_option	*op = &o[i];

		if (!valid_name(op->name)) {
			snprintf(err, errlen, "command '%s' has an invalid "
			    "option name '%s' (use [a-z][a-z0-9-]*)", c->name,
			    op->name);
			return -1;
		}
		for (k = 0; args_reserved[k] != NULL; k++) {
			if (strcmp(op->name, args_reserved[k]) == 0) {
				snprintf(err, errlen, "command '%s' declares "
				    "--%s, which the shell reserves", c->name,
				    op->name);
				return -1;
			}
		}
		if (op->short_name != 0 && !(op->short_name < 128 &&
		    ((op->short_name >= 'a' && op->short_name <= 'z') ||
		    (op->short_name >= 'A' && op->short_name <= 'Z')))) {
			snprintf(err, errlen, "option --%s of '%s' has an "
			    "invalid short name (use a letter)", op->name,
			    c->name);
			return -1;
		}
		for (j = 0; j < i; j++) {
			if (strcmp(o[j].name, op->name) == 0 ||
			    (op->short_name != 0 &&
			    o[j].short_name == op->short_name)) {
				snprintf(err, errlen, "command '%s' declares "
				    "option --%s twice", c->name, op->name);
				return -1;
			}
		}
		if (op->type < SS_OPT_FLAG || op->type > SS_OPT_QUARTER) {
			snprintf(err, errlen, "option --%s of '%s' has an "
			    "unknown type %d", op->name, c->name,
			    (int)op->type);
			return -1;
		}
		if (op->type == SS_OPT_FLAG && (op->flags & SS_OPT_REQUIRED)) {
			snprintf(err, errlen, "option --%s of '%s' is a "
			    "required flag", op->name, c->name);
			return -1;
		}
		if (op->type == SS_OPT_INT && op->min > op->max) {
			snprintf(err, errlen, "option --%s of '%s' has min %lld "
			    "above max %lld", op->name, c->name, op->min,
			    op->max);
			return -1;
		}
		if (op->type == SS_OPT_ENUM) {
			if (op->choices == NULL || op->choices[0] == NULL) {
				snprintf(err, errlen, "option --%s of '%s' is "
				    "an enum without choices", op->name,
				    c->name);
				return -1;
			}
			for (j = 0; op->choices[j] != NULL; j++) {
				if (*op->choices[j] == '\0' ||
				    strchr(op->choices[j], ' ') != NULL) {
					snprintf(err, errlen, "option --%s of "
					    "'%s' has an empty or spaced "
					    "choice", op->name, c->name);
					return -1;
				}
				for (k = 0; k < j; k++)
					if (strcmp(op->choices[k],
					    op->choices[j]) == 0) {
						snprintf(err, errlen, "option "
						    "--%s of '%s' lists '%s' "
						    "twice", op->name, c->name,
						    op->choices[j]);
						return -1;
					}
			}
		}
	}
	return 0;
}

/* Check a command table against itself and the registry (see shell.h). */
int
plugin_check_commands(struct session *s, const struct ss_command *c,
    int n, char *err, size_t errlen)
{
	const struct reg_entry	*e;
	int			 i, j;

	for (i = 0; i < n; i++) {
		if (!registry_valid_name(c[i].name)) {
			snprintf(err, errlen, "invalid command name '%s' (use "
			    "words of [a-z][a-z0-9-]*)", c[i].name);
			return -1;
		}
		if (c[i].summary == NULL || c[i].run == NULL) {
			snprintf(err, errlen, "command '%s' has no %s",
			    c[i].name, c[i].summary == NULL ? "summary" :
			    "run function");
			return -1;
		}
		if (c[i].min_operands < 0 || (c[i].max_operands >= 0 &&
		    c[i].max_operands < c[i].min_operands) ||
		    c[i].max_operands < -1) {
			snprintf(err, errlen, "command '%s' has impossible "
			    "operand counts (min %d, max %d)", c[i].name,
			    c[i].min_operands, c[i].max_operands);
			return -1;
		}
		if (c[i].max_operands != 0 && c[i].operands == NULL) {
			snprintf(err, errlen, "command '%s' takes operands but "
			    "does not name them (set .operands)", c[i].name);
			return -1;
		}
		if (check_options(&c[i], err, errlen) == -1)
			return -1;
		for (j = 0; j < i; j++) {
			if (strcmp(c[j].name, c[i].name) == 0) {
				snprintf(err, errlen, "command '%s' is declared "
				    "twice", c[i].name);
				return -1;
			}
		}
		if ((e = registry_get(&s->reg, c[i].name)) != NULL) {
			if (e->plugin == NULL)
				snprintf(err, errlen, "command '%s' is a "
				    "built-in (rename it in the plugin)",
				    c[i].name);
			else
				snprintf(err, errlen, "command '%s' is "
				    "already provided by plugin '%s' (unload "
				    "it first, or rename the command)",
				    c[i].name, e->plugin->desc.name);
			return -1;
		}
	}
	return 0;
}

/* Free a plugin record (after dlclose or a refusal). */
static void
plugin_free(struct plugin *p)
{
	free(p->path);
	free(p->commands);
	free(p->options);
	free(p);
}

/* Close a plugin's handle, except in sanitizer builds: leak reports then
 * keep the plugin's symbols. */
static void
plugin_dlclose(void *handle)
{
#ifdef SAFESTAT_SANITIZED
	(void)handle;
#else
	if (handle != NULL)
		dlclose(handle);
#endif
}

/* Copy the plugin's command table into host-sized structs (zero-filling
 * members an older plugin.h did not have); -1 with a message. */
static int
copy_commands(struct plugin *p, char *err, size_t errlen)
{
	const char	*cbase = (const char *)p->desc.commands;
	size_t		 csz = p->desc.command_size, osz = p->desc.option_size;
	int		 n, nopt = 0, i, k;

	if (cbase == NULL) {
		snprintf(err, errlen, "it declares no commands (.commands "
		    "is NULL)");
		return -1;
	}
	/* Count commands and options: each table ends with a NULL name,
	 * the first member of both structs. */
	for (n = 0; *(const char *const *)(cbase + n * csz) != NULL; n++) {
		const struct ss_option *const *optp;
		const char	*obase;

		if (n == MAX_COMMANDS) {
			snprintf(err, errlen, "its command table has no end "
			    "(more than %d commands)", MAX_COMMANDS);
			return -1;
		}
		optp = (const void *)(cbase + n * csz +
		    offsetof(struct ss_command, options));
		obase = (const char *)*optp;
		for (k = 0; obase != NULL &&
		    *(const char *const *)(obase + k * osz) != NULL; k++) {
			if (k == MAX_OPTIONS) {
				snprintf(err, errlen, "an options table has "
				    "no end (more than %d options)",
				    MAX_OPTIONS);
				return -1;
			}
		}
		nopt += obase != NULL ? k + 1 : 0;
	}
	if (n == 0) {
		snprintf(err, errlen, "it declares no commands");
		return -1;
	}
	p->commands = calloc(n + 1, sizeof *p->commands);
	p->options = calloc(nopt + 1, sizeof *p->options);
	if (p->commands == NULL || p->options == NULL) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	nopt = 0;
	for (i = 0; i < n; i++) {
		const char	*obase;

		memcpy(&p->commands[i], cbase + i * csz, csz);
		obase = (const char *)p->commands[i].options;
		if (obase == NULL)
			continue;
		p->commands[i].options = &p->options[nopt];
		for (k = 0; *(const char *const *)(obase + k * osz) != NULL;
		    k++)
			memcpy(&p->options[nopt++], obase + k * osz, osz);
		nopt++;		/* the zeroed terminator */
	}
	p->ncommands = n;
	return 0;
}

/* Read the ABI stamp and the descriptor; -1 with a message. */
static int
read_descriptor(struct plugin *p, const struct ss_plugin *d, char *err,
    size_t errlen)
{
	if (d->abi != SS_ABI_VERSION) {
		snprintf(err, errlen, "built for ABI %u, this shell speaks ABI "
		    "%d: rebuild the plugin", d->abi, SS_ABI_VERSION);
		return -1;
	}
	if (d->plugin_size < ABI1_PLUGIN_SIZE ||
	    d->plugin_size > sizeof(struct ss_plugin) ||
	    d->command_size < ABI1_COMMAND_SIZE ||
	    d->command_size > sizeof(struct ss_command) ||
	    d->option_size < ABI1_OPTION_SIZE ||
	    d->option_size > sizeof(struct ss_option)) {
		const char	*what = "ss_plugin";
		unsigned	 got = d->plugin_size, want =
		    sizeof(struct ss_plugin);

		if (got == want) {
			what = "ss_command";
			got = d->command_size;
			want = sizeof(struct ss_command);
		}
		if (got == want) {
			what = "ss_option";
			got = d->option_size;
			want = sizeof(struct ss_option);
		}
		snprintf(err, errlen, "struct %s is %u bytes in the plugin, "
		    "%u in this shell: rebuild the plugin against this "
		    "safestat's plugin.h", what, got, want);
		return -1;
	}
	memcpy(&p->desc, d, d->plugin_size);
	if (p->desc.host_slot == NULL) {
		snprintf(err, errlen, "its descriptor has no host_slot "
		    "(start it with SS_PLUGIN_STAMP)");
		return -1;
	}
	if (!valid_name(p->desc.name)) {
		snprintf(err, errlen, "invalid plugin name '%s' (use "
		    "[a-z][a-z0-9-]*)", p->desc.name != NULL ? p->desc.name :
		    "(null)");
		return -1;
	}
	if (p->desc.version == NULL || p->desc.summary == NULL) {
		snprintf(err, errlen, "plugin '%s' has no %s", p->desc.name,
		    p->desc.version == NULL ? "version" : "summary");
		return -1;
	}
	return copy_commands(p, err, errlen);
}

/* Check that path is a readable regular file that looks like an ELF
 * shared object; -1 with a message. */
static int
check_file(const char *path, char *err, size_t errlen)
{
	unsigned char	 magic[4];
	struct stat	 sb;
	int		 fd;
	ssize_t		 n;

	/* O_NONBLOCK: a FIFO named x.so must not hang the shell. */
	if ((fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)) == -1) {
		if (errno == ENOENT)
			snprintf(err, errlen, "no such file (check the path, "
			    "--plugin-dir and SAFESTAT_PLUGIN_PATH)");
		else
			snprintf(err, errlen, "%s", strerror(errno));
		return -1;
	}
	if (fstat(fd, &sb) == -1 || !S_ISREG(sb.st_mode)) {
		close(fd);
		snprintf(err, errlen, "not a regular file (%s)", EXPECTED);
		return -1;
	}
	n = read(fd, magic, sizeof magic);
	close(fd);
	if (n != 4 || memcmp(magic, "\177ELF", 4) != 0) {
		snprintf(err, errlen, "not a shared object (%s)", EXPECTED);
		return -1;
	}
	return 0;
}

/* Copy a file to a fresh temporary file; its path, or NULL. */
static char *
private_copy(const char *path)
{
	const char	*tmp = getenv("TMPDIR");
	char		*copy, buf[65536];
	int		 in, out = -1;
	ssize_t		 n;

	if (tmp == NULL || *tmp == '\0')
		tmp = "/tmp";
	if (asprintf(&copy, "%s/safestat-reload-XXXXXX.so", tmp) == -1)
		return NULL;
	if ((in = open(path, O_RDONLY | O_CLOEXEC)) == -1 ||
	    (out = mkstemps(copy, 3)) == -1)
		goto fail;
	while ((n = read(in, buf, sizeof buf)) > 0)
		if (write(out, buf, n) != n)
			goto fail;
	if (n < 0 || close(out) == -1) {
		out = -1;
		goto fail;
	}
	close(in);
	return copy;
fail:
	if (in != -1)
		close(in);
	if (out != -1) {
		close(out);
		unlink(copy);
	}
	free(copy);
	return NULL;
}

/*
 * dlopen a plugin file.  When an earlier image of the same path is still
 * mapped (sanitizer builds never dlclose; a library may be pinned), dlopen
 * would hand back that stale image, so a private copy is loaded instead:
 * `plugin reload` always runs what is on disk now.
 */
static void *
open_image(const char *path, char *err, size_t errlen)
{
	void		*h, *old;
	char		*copy = NULL;
	const char	*msg, *colon;
	size_t		 plen = strlen(path);

	if ((old = dlopen(path, RTLD_NOW | RTLD_LOCAL | RTLD_NOLOAD)) != NULL) {
		dlclose(old);
		copy = private_copy(path);
	}
	h = dlopen(copy != NULL ? copy : path, RTLD_NOW | RTLD_LOCAL);
	if (h == NULL) {
		msg = dlerror();
		if (msg == NULL)
			msg = "unknown error";
		/* dlerror starts with the file name: it is said already. */
		if (copy != NULL && (colon = strstr(msg, ".so: ")) != NULL)
			msg = colon + 5;
		else if (strncmp(msg, path, plen) == 0 &&
		    strncmp(msg + plen, ": ", 2) == 0)
			msg += plen + 2;
		if (strstr(msg, "undefined symbol") != NULL)
			snprintf(err, errlen, "%s (a plugin may call the shell "
			    "only through the host table: link it with "
			    "-Wl,-z,defs to find the culprit)", msg);
		else
			snprintf(err, errlen, "%s (rebuild it against this "
			    "safestat)", msg);
	}
	if (copy != NULL) {
		unlink(copy);
		free(copy);
	}
	return h;
}

/* Resolve a plugin argument to an absolute path: a path (it has a '/')
 * as given, a name through the search path; -1 with a message. */
static int
resolve(struct session *s, const char *arg, char *out, size_t outlen,
    char *err, size_t errlen)
{
	char	 name[256], path[PATH_MAX], dirs[1024];
	size_t	 len, n = 0;
	int	 i;

	if (strchr(arg, '/') != NULL) {
		if (realpath(arg, out) == NULL) {
			if (errno == ENOENT)
				snprintf(err, errlen, "cannot load plugin "
				    "'%s': no such file", arg);
			else
				snprintf(err, errlen, "cannot load plugin "
				    "'%s': %s", arg, strerror(errno));
			return -1;
		}
		(void)outlen;
		return 0;
	}
	snprintf(name, sizeof name, "%s", arg);
	len = strlen(name);
	if (len > 3 && strcmp(name + len - 3, ".so") == 0)
		name[len - 3] = '\0';
	for (i = 0; i < s->nplugin_path; i++) {
		struct stat	 sb;

		snprintf(path, sizeof path, "%s/%s.so", s->plugin_path[i],
		    name);
		if (stat(path, &sb) == 0) {
			snprintf(out, outlen, "%s", path);
			return 0;
		}
		if (n < sizeof dirs)
			n += snprintf(dirs + n, sizeof dirs - n, "%s%s",
			    i ? ":" : "", s->plugin_path[i]);
	}
	snprintf(err, errlen, "no plugin '%s' in the search path (%s): give "
	    "its path, or add --plugin-dir", name, n > 0 ? dirs : "empty");
	return -1;
}

/* The loaded plugin of that name, or NULL. */
struct plugin *
plugin_find(struct session *s, const char *name)
{
	struct plugin	*p;

	for (p = s->plugins; p != NULL; p = p->next)
		if (strcmp(p->desc.name, name) == 0)
			return p;
	return NULL;
}

/* Load the plugin at an absolute path (see plugin_load). */
static int
load_path(struct session *s, const char *path, struct plugin **loaded,
    char *err, size_t errlen)
{
	struct plugin		 *p, **tail, *other;
	const struct ss_plugin	 *d;
	struct ss_ctx		  ctx;
	char			  why[1024];
	int			  i, rc;

	for (p = s->plugins; p != NULL; p = p->next) {
		if (strcmp(p->path, path) == 0) {
			*loaded = p;
			return 0;	/* already loaded: nothing to do */
		}
	}
	if (check_file(path, why, sizeof why) == -1)
		goto refuse;
	if ((p = calloc(1, sizeof *p)) == NULL || (p->path = strdup(path)) ==
	    NULL) {
		free(p);
		snprintf(why, sizeof why, "out of memory");
		goto refuse;
	}
	p->file = strrchr(p->path, '/') + 1;
	if ((p->handle = open_image(path, why, sizeof why)) == NULL)
		goto refuse_free;
	if ((d = dlsym(p->handle, SS_PLUGIN_SYMBOL)) == NULL) {
		snprintf(why, sizeof why, "no '%s' symbol, so not a safestat "
		    "plugin (build it with SS_PLUGIN_EXPORT and "
		    "SS_PLUGIN_STAMP)", SS_PLUGIN_SYMBOL);
		goto refuse_free;
	}
	if (read_descriptor(p, d, why, sizeof why) == -1)
		goto refuse_free;
	if ((other = plugin_find(s, p->desc.name)) != NULL) {
		snprintf(why, sizeof why, "a plugin named '%s' is already "
		    "loaded from '%s' (unload it first)", p->desc.name,
		    other->path);
		goto refuse_free;
	}
	if (plugin_check_commands(s, p->commands, p->ncommands, why,
	    sizeof why) == -1)
		goto refuse_free;
	for (i = 0; i < p->ncommands; i++) {
		if (registry_add(&s->reg, &p->commands[i], p) == -1) {
			registry_remove_plugin(&s->reg, p);
			snprintf(why, sizeof why, "out of memory");
			goto refuse_free;
		}
	}
	*p->desc.host_slot = &host_table;
	if (p->desc.init != NULL) {
		ctx_init(&ctx, s, NULL, p, NULL);
		rc = p->desc.init(&ctx);
		if (rc != SS_OK) {
			snprintf(why, sizeof why, "its init failed: %s",
			    ctx.msg != NULL ? ctx.msg : "no reason given (a "
			    "bug in the plugin)");
			ctx_done(&ctx);
			registry_remove_plugin(&s->reg, p);
			goto refuse_free;
		}
		ctx_done(&ctx);
	}
	for (tail = &s->plugins; *tail != NULL; tail = &(*tail)->next)
		;
	*tail = p;
	*loaded = p;
	return 0;

refuse_free:
	plugin_dlclose(p->handle);
	plugin_free(p);
refuse:
	snprintf(err, errlen, "cannot load plugin '%s': %s", path, why);
	return -1;
}

/* Load a plugin by path or name (see shell.h). */
int
plugin_load(struct session *s, const char *arg, struct plugin **loaded,
    char *err, size_t errlen)
{
	char	 path[PATH_MAX];

	*loaded = NULL;
	if (resolve(s, arg, path, sizeof path, err, errlen) == -1)
		return -1;
	return load_path(s, path, loaded, err, errlen);
}

/* Compare two strings through pointers, for qsort. */
static int
compare_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Is a plugin with this file name already loaded (from an earlier
 * directory of the search path, which wins)? */
static int
file_loaded(struct session *s, const char *file)
{
	struct plugin	*p;

	for (p = s->plugins; p != NULL; p = p->next)
		if (strcmp(p->file, file) == 0)
			return 1;
	return 0;
}

/* Load every *.so of one directory in sorted order. */
static void
load_dir(struct session *s, const char *dir)
{
	struct dirent	 *de;
	DIR		 *d;
	char		**names = NULL, path[PATH_MAX], err[2048];
	int		  n = 0, cap = 0, i;

	if ((d = opendir(dir)) == NULL)
		return;		/* a missing directory holds no plugins */
	while ((de = readdir(d)) != NULL) {
		size_t	 len = strlen(de->d_name);

		if (len <= 3 || strcmp(de->d_name + len - 3, ".so") != 0 ||
		    de->d_name[0] == '.')
			continue;
		if (n == cap) {
			char	**v;

			cap = cap ? cap * 2 : 16;
			if ((v = realloc(names, cap * sizeof *v)) == NULL)
				break;
			names = v;
		}
		if ((names[n] = strdup(de->d_name)) != NULL)
			n++;
	}
	closedir(d);
	if (n > 0)
		qsort(names, n, sizeof *names, compare_str);
	for (i = 0; i < n; i++) {
		struct plugin	*p;

		if (!file_loaded(s, names[i])) {
			snprintf(path, sizeof path, "%s/%s", dir, names[i]);
			if (load_path(s, path, &p, err, sizeof err) == -1)
				report_error(s, NULL, "%s", err);
		}
		free(names[i]);
	}
	free(names);
}

/* Load every plugin of the search path. */
void
plugin_load_path(struct session *s)
{
	int	 i;

	for (i = 0; i < s->nplugin_path; i++)
		load_dir(s, s->plugin_path[i]);
}

/* Unload a plugin: fini, drop its commands, dlclose. */
void
plugin_unload(struct session *s, struct plugin *p)
{
	struct plugin	**pp;

	for (pp = &s->plugins; *pp != NULL; pp = &(*pp)->next) {
		if (*pp == p) {
			*pp = p->next;
			break;
		}
	}
	if (p->desc.fini != NULL)
		p->desc.fini();
	registry_remove_plugin(&s->reg, p);
	plugin_dlclose(p->handle);
	plugin_free(p);
}

/* Unload every plugin, last loaded first. */
void
plugin_unload_all(struct session *s)
{
	while (s->plugins != NULL) {
		struct plugin	*p = s->plugins;

		while (p->next != NULL)
			p = p->next;
		plugin_unload(s, p);
	}
}

/* Unload a plugin and load its file again, as it is on disk now. */
int
plugin_reload(struct session *s, struct plugin *p, char *err, size_t errlen)
{
	struct plugin	*q;
	char		*path;
	int		 rc;

	if ((path = strdup(p->path)) == NULL) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	plugin_unload(s, p);
	rc = load_path(s, path, &q, err, errlen);
	free(path);
	return rc;
}

/* Add one directory to the search path, made absolute. */
static int
path_add(struct session *s, const char *dir)
{
	char	**v, abs[PATH_MAX];

	if (*dir == '\0')
		return 0;	/* an empty entry would mean the cwd: never */
	if (realpath(dir, abs) == NULL)
		snprintf(abs, sizeof abs, "%s", dir);
	if ((v = realloc(s->plugin_path, (s->nplugin_path + 1) *
	    sizeof *v)) == NULL)
		return -1;
	s->plugin_path = v;
	if ((v[s->nplugin_path] = strdup(abs)) == NULL)
		return -1;
	s->nplugin_path++;
	return 0;
}

/* Compute the search path (see the file comment). */
int
plugin_set_path(struct session *s, char **dirs, int ndirs)
{
	const char	*env = getenv("SAFESTAT_PLUGIN_PATH"), *build;
	char		 buf[PATH_MAX];
	int		 i;

	for (i = 0; i < ndirs; i++)
		if (path_add(s, dirs[i]) == -1)
			return -1;
	if (env != NULL) {
		char	*copy = strdup(env), *p, *save = NULL;

		if (copy == NULL)
			return -1;
		for (p = strtok_r(copy, ":", &save); p != NULL;
		    p = strtok_r(NULL, ":", &save))
			if (path_add(s, p) == -1) {
				free(copy);
				return -1;
			}
		free(copy);
	}
	if ((build = main_build_dir(s)) != NULL) {
		snprintf(buf, sizeof buf, "%s/plugins/.libs", build);
		return path_add(s, buf);
	}
	return path_add(s, PKGLIBDIR);
}
