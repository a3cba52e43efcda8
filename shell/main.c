/*
 * shell/main.c -- the safestat program: read the command line, open the
 * dataset, load the plugins, then run the commands (batch) or the prompt
 * (interactive), and leave with one exit status through one exit path.
 *
 * Interactive when stdin is a terminal and no -c or -f was given; batch
 * otherwise.  Exit status: 0 every command succeeded, 1 one failed (or
 * writing the results failed), 2 a usage error (a -f file that cannot be
 * read is one), an unusable database or a plugin named with --plugin that
 * cannot be loaded, 130 interrupted.  SIGPIPE is ignored: when the reader
 * of standard output goes away (| head) safestat stops quietly, status 0.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "shell/session.h"
#include "shell/sink.h"

struct session		the_session;
volatile sig_atomic_t	session_interrupted;

/* What the command line asked for, beyond the session's own settings. */
struct cli {
	char		**scripts;	/* "c" + command or "f" + file, in order */
	int		  nscripts;
	FILE		**files;	/* scripts[i]'s open -f file, or NULL */
	char		**plugin_dirs;
	int		  ndirs;
	char		**plugins;	/* --plugin */
	int		  nplugins;
	const char	 *database;
	const char	 *format;
	const char	 *output;
};

/* What parse_cli decided. */
enum cli_result { CLI_RUN, CLI_DONE, CLI_USAGE };

static const char usage_text[] =
"usage: safestat [OPTIONS] [DATABASE]\n"
"\n"
"An interactive shell for county safety-production statistics.  Commands\n"
"come from plugins; 'help' lists them.  Without DATABASE: $SAFESTAT_DB,\n"
"else the bundled county dataset (opened read-only).\n"
"\n"
"  -c, --command CMD     run CMD (repeatable), then exit\n"
"  -f, --file FILE       run the commands in FILE (- for stdin), then exit\n"
"  -F, --format FMT      output format: table, csv, tsv, json, jsonl,\n"
"                        markdown (default: table on a terminal, else tsv)\n"
"  -o, --output FILE     write results to FILE instead of standard output\n"
"      --bail            stop at the first failing command (batch mode)\n"
"      --readonly        never write to the database (refuse import)\n"
"      --create          create DATABASE if it does not exist\n"
"      --plugin PATH     load this plugin too (a failure exits with 2)\n"
"      --plugin-dir DIR  look for plugins in DIR first (repeatable)\n"
"      --no-plugins      load no plugins from the search path\n"
"      --no-rc           do not run ~/.safestatrc\n"
"      --no-pager        never page results at the prompt\n"
"  -q, --quiet           no banner, no row counts\n"
"  -h, --help            show this help and exit\n"
"  -V, --version         show the version and exit\n"
"\n"
"Exit status: 0 success, 1 a command failed, 2 usage error (a -f FILE\n"
"that cannot be read too) or database error, 130 interrupted.  See\n"
"safestat(1).\n";

/* The long options, in the order --help lists them. */
enum { OPT_BAIL = 256, OPT_READONLY, OPT_CREATE, OPT_PLUGIN, OPT_PLUGIN_DIR,
	OPT_NO_PLUGINS, OPT_NO_RC, OPT_NO_PAGER };
static const struct option long_options[] = {
	{ "command",	required_argument,	NULL, 'c' },
	{ "file",	required_argument,	NULL, 'f' },
	{ "format",	required_argument,	NULL, 'F' },
	{ "output",	required_argument,	NULL, 'o' },
	{ "bail",	no_argument,		NULL, OPT_BAIL },
	{ "readonly",	no_argument,		NULL, OPT_READONLY },
	{ "create",	no_argument,		NULL, OPT_CREATE },
	{ "plugin",	required_argument,	NULL, OPT_PLUGIN },
	{ "plugin-dir",	required_argument,	NULL, OPT_PLUGIN_DIR },
	{ "no-plugins",	no_argument,		NULL, OPT_NO_PLUGINS },
	{ "no-rc",	no_argument,		NULL, OPT_NO_RC },
	{ "no-pager",	no_argument,		NULL, OPT_NO_PAGER },
	{ "quiet",	no_argument,		NULL, 'q' },
	{ "help",	no_argument,		NULL, 'h' },
	{ "version",	no_argument,		NULL, 'V' },
	{ NULL,		0,			NULL, 0 }
};

/* Append s to a growing array of strings; -1 when out of memory. */
static int
push(char ***v, int *n, const char *s)
{
	char	**p = realloc(*v, (*n + 1) * sizeof *p);

	if (p == NULL)
		return -1;
	*v = p;
	if ((p[*n] = strdup(s)) == NULL)
		return -1;
	(*n)++;
	return 0;
}

/* Free an array built by push. */
static void
free_strings(char **v, int n)
{
	int	 i;

	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

/* Report an unknown or malformed option, with the closest valid one. */
static void
bad_option(struct session *s, char **argv, int c)
{
	const char	*arg = argv[optind - 1];
	struct closest	 cl;
	char		 name[128];
	int		 i;

	if (c == ':') {
		report_error(s, NULL, "option '%s' needs a value; see "
		    "'safestat --help'", arg);
		return;
	}
	if (optopt != 0 && optopt != '?') {
		report_error(s, NULL, "unknown option '-%c'; see 'safestat "
		    "--help'", optopt);
		return;
	}
	snprintf(name, sizeof name, "%.*s", (int)strcspn(arg + 2, "="),
	    arg + 2);
	closest_init(&cl, name);
	for (i = 0; long_options[i].name != NULL; i++)
		closest_try(&cl, long_options[i].name);
	if (cl.best != NULL && strncmp(arg, "--", 2) == 0)
		report_error(s, NULL, "unknown option '--%s' (did you mean "
		    "'--%s'?); see 'safestat --help'", name, cl.best);
	else
		report_error(s, NULL, "unknown option '%s'; see 'safestat "
		    "--help'", arg);
}

/* Parse the command line into the session and cli. */
static enum cli_result
parse_cli(struct session *s, struct cli *cli, int argc, char **argv)
{
	char	 pfx[2] = "c";
	int	 c;

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":c:f:F:o:qhV", long_options,
	    NULL)) != -1) {
		switch (c) {
		case 'c':
		case 'f': {
			char	*item;

			pfx[0] = (char)c;
			if (asprintf(&item, "%s%s", pfx, optarg) == -1 ||
			    push(&cli->scripts, &cli->nscripts, item) == -1) {
				report_error(s, NULL, "out of memory");
				return CLI_USAGE;
			}
			free(item);
			break;
		}
		case 'F':	cli->format = optarg; break;
		case 'o':	cli->output = optarg; break;
		case 'q':	s->quiet = 1; break;
		case OPT_BAIL:	s->bail = 1; break;
		case OPT_READONLY: s->readonly = 1; break;
		case OPT_CREATE: s->create = 1; break;
		case OPT_NO_PLUGINS: s->no_plugins = 1; break;
		case OPT_NO_RC:	s->no_rc = 1; break;
		case OPT_NO_PAGER: s->pager = PAGER_OFF; break;
		case OPT_PLUGIN:
			push(&cli->plugins, &cli->nplugins, optarg);
			break;
		case OPT_PLUGIN_DIR:
			push(&cli->plugin_dirs, &cli->ndirs, optarg);
			break;
		case 'h':
			fputs(usage_text, stdout);
			return CLI_DONE;
		case 'V':
			printf("safestat %s (plugin ABI %d, SQLite %s)\n",
			    PACKAGE_VERSION, SS_ABI_VERSION, sqlite3_libversion());
			return CLI_DONE;
		default:
			bad_option(s, argv, c);
			return CLI_USAGE;
		}
	}
	if (optind < argc)
		cli->database = argv[optind++];
	if (optind < argc) {
		report_error(s, NULL, "unexpected argument '%s' (one DATABASE "
		    "at most); see 'safestat --help'", argv[optind]);
		return CLI_USAGE;
	}
	return CLI_RUN;
}

/* Where the build tree is when running uninstalled, else NULL: the binary
 * is SAFESTAT_BUILD_DIR/shell/safestat itself. */
const char *
main_build_dir(struct session *s)
{
	return s->in_build_tree ? SAFESTAT_BUILD_DIR : NULL;
}

/* Are we the safestat of the build tree this binary was compiled in? */
static int
detect_build_tree(void)
{
	char	 exe[PATH_MAX], want[PATH_MAX];

	if (realpath("/proc/self/exe", exe) == NULL ||
	    realpath(SAFESTAT_BUILD_DIR "/shell/safestat", want) == NULL)
		return 0;
	return strcmp(exe, want) == 0;
}

/* Check a format name from -F; -1 with a message. */
static const char *
known_format(struct session *s, const char *name)
{
	const char *const	*names = sink_format_names(), *near;
	int			 i;

	for (i = 0; names[i] != NULL; i++)
		if (strcmp(names[i], name) == 0)
			return names[i];
	if ((near = closest_in(name, names)) != NULL)
		report_error(s, NULL, "unknown format '%s' (did you mean "
		    "'%s'?)", name, near);
	else
		report_error(s, NULL, "unknown format '%s' (see 'safestat -c "
		    "format')", name);
	return NULL;
}

/* Set today's date: SAFESTAT_TODAY, or the clock; -1 when malformed. */
static int
set_today(struct session *s)
{
	const char	*env = getenv("SAFESTAT_TODAY");
	struct tm	 tm;
	time_t		 now = time(NULL);

	if (env != NULL && *env != '\0') {
		if (!args_is_date(env)) {
			report_error(s, NULL, "invalid SAFESTAT_TODAY '%s': "
			    "not a calendar date (YYYY-MM-DD)", env);
			return -1;
		}
		snprintf(s->today, sizeof s->today, "%s", env);
		return 0;
	}
	localtime_r(&now, &tm);
	strftime(s->today, sizeof s->today, "%Y-%m-%d", &tm);
	return 0;
}

/* Ctrl-C: stop the running query and command.  In batch mode a second
 * Ctrl-C before the first was noticed kills the process. */
static void
on_sigint(int sig)
{
	if (session_interrupted && !the_session.interactive) {
		signal(sig, SIG_DFL);
		raise(sig);
		return;
	}
	session_interrupted = 1;
	if (the_session.db != NULL)
		sqlite3_interrupt(the_session.db);
}

/* Install the Ctrl-C handler (no SA_RESTART: a blocked read returns). */
static void
set_signals(void)
{
	struct sigaction	 sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_sigint;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
}

/* Register the built-ins; -1 if one is malformed (a bug). */
static int
register_builtins(struct session *s)
{
	char	 err[512];
	int	 i;

	for (i = 0; builtin_commands[i] != NULL; i++) {
		if (plugin_check_commands(s, builtin_commands[i], 1, err,
		    sizeof err) == -1 ||
		    registry_add(&s->reg, builtin_commands[i], NULL) == -1) {
			report_error(s, NULL, "internal error: built-in: %s",
			    err);
			return -1;
		}
	}
	return 0;
}

/* Load the plugins: --plugin ones (a failure is fatal), then the search
 * path unless --no-plugins; -1 on a fatal failure. */
static int
load_plugins(struct session *s, struct cli *cli)
{
	struct plugin	*p;
	char		 err[2048];
	int		 i;

	if (plugin_set_path(s, cli->plugin_dirs, cli->ndirs) == -1) {
		report_error(s, NULL, "out of memory");
		return -1;
	}
	for (i = 0; i < cli->nplugins; i++) {
		if (plugin_load(s, cli->plugins[i], &p, err, sizeof err) ==
		    -1) {
			report_error(s, NULL, "%s", err);
			return -1;
		}
	}
	if (!s->no_plugins)
		plugin_load_path(s);
	return 0;
}

/* How the banner describes the database: queries always read through a
 * read-only connection, but import writes, in a transaction of its own, to
 * a database of the user's that the file system lets us write. */
static const char *
access_note(const struct session *s)
{
	if (s->db_bundled)
		return "read-only: the bundled dataset";
	if (s->readonly || access(s->db_path, W_OK) == -1)
		return "read-only";
	return "read-only; import writes in a transaction of its own";
}

/* Print the interactive banner on stderr. */
static void
banner(struct session *s)
{
	struct plugin	*p;
	char		 names[1024] = "";
	size_t		 n = 0;

	for (p = s->plugins; p != NULL && n < sizeof names; p = p->next)
		n += snprintf(names + n, sizeof names - n, "%s%s",
		    n ? ", " : "", p->desc.name);
	fprintf(stderr, "safestat %s, database %s (%s)\n"
	    "plugins: %s\n"
	    "Type 'help' for commands, Ctrl-D to leave.\n", PACKAGE_VERSION,
	    s->db_path, access_note(s), n > 0 ? names : "none");
}

/* Run ~/.safestatrc, if there is one. */
static void
run_rc(struct session *s)
{
	const char	*home = getenv("HOME");
	char		 path[PATH_MAX], err[1024];
	struct stat	 sb;

	if (s->no_rc || home == NULL || *home == '\0')
		return;
	snprintf(path, sizeof path, "%s/.safestatrc", home);
	if (stat(path, &sb) == 0 && exec_file(s, path, err, sizeof err) == -1)
		report_error(s, NULL, "%s", err);
}

/* Open every -f file before anything runs: one that cannot be read is a
 * usage error, like a bad option; -1 once reported. */
static int
open_scripts(struct session *s, struct cli *cli)
{
	struct stat	 sb;
	const char	*path;
	FILE		*fp;
	int		 i;

	if (cli->nscripts > 0 &&
	    (cli->files = calloc(cli->nscripts, sizeof *cli->files)) == NULL) {
		report_error(s, NULL, "out of memory");
		return -1;
	}
	for (i = 0; i < cli->nscripts; i++) {
		path = cli->scripts[i] + 1;
		if (cli->scripts[i][0] != 'f' || strcmp(path, "-") == 0)
			continue;
		if ((fp = fopen(path, "r")) == NULL) {
			report_error(s, NULL, "cannot read '%s': %s", path,
			    strerror(errno));
			return -1;
		}
		cli->files[i] = fp;
		if (fstat(fileno(fp), &sb) == 0 && S_ISDIR(sb.st_mode)) {
			report_error(s, NULL, "cannot read '%s': %s", path,
			    strerror(EISDIR));
			return -1;
		}
	}
	return 0;
}

/* Run the -c and -f scripts in order, or stdin. */
static void
run_batch(struct session *s, struct cli *cli)
{
	struct source	 src;
	char		 err[1024], name[32];
	int		 i, ncmd = 0;

	if (cli->nscripts == 0) {
		source_open_file(&src, "-", err, sizeof err);
		exec_source(s, &src);
		source_close(&src);
		return;
	}
	for (i = 0; i < cli->nscripts && !s->stop && !s->quit; i++) {
		const char	*item = cli->scripts[i];

		if (item[0] == 'c') {
			snprintf(name, sizeof name, "-c%d", ++ncmd);
			source_open_text(&src, name, item + 1);
		} else if (cli->files[i] != NULL) {
			source_open_stream(&src, item + 1, cli->files[i]);
			cli->files[i] = NULL;
		} else
			source_open_file(&src, "-", err, sizeof err);
		exec_source(s, &src);
		source_close(&src);
	}
}

/* Open the database, load everything and run; the exit status. */
static int
run(struct session *s, struct cli *cli)
{
	const char	*env = getenv("SAFESTAT_DB"), *build;
	char		 err[2048];

	s->interactive = isatty(STDIN_FILENO) && cli->nscripts == 0;
	s->stdout_tty = isatty(STDOUT_FILENO);
	s->in_build_tree = detect_build_tree();
	s->format = s->stdout_tty ? "table" : "tsv";
	if (cli->format != NULL &&
	    (s->format = known_format(s, cli->format)) == NULL)
		return 2;
	s->format_set = cli->format != NULL;
	if (set_today(s) == -1 || open_scripts(s, cli) == -1)
		return 2;
	if (cli->output != NULL) {
		if ((s->out = fopen(cli->output, "w")) == NULL) {
			report_error(s, NULL, "cannot write '%s': %s",
			    cli->output, strerror(errno));
			return 2;
		}
		s->out_path = strdup(cli->output);
	}
	if (cli->database != NULL)
		s->db_path = strdup(cli->database);
	else if (env != NULL && *env != '\0')
		s->db_path = strdup(env);
	else {
		int	 rc;

		if ((build = main_build_dir(s)) != NULL)
			rc = asprintf(&s->db_path, "%s/data/county.db", build);
		else
			rc = asprintf(&s->db_path, "%s/county.db", PKGDATADIR);
		if (rc == -1)
			s->db_path = NULL;
		s->db_bundled = 1;
	}
	if (s->db_path == NULL) {
		report_error(s, NULL, "out of memory");
		return 2;
	}
	if (db_open(s, err, sizeof err) == -1) {
		report_error(s, NULL, "%s", err);
		return 2;
	}
	if (register_builtins(s) == -1 || load_plugins(s, cli) == -1)
		return 2;
	set_signals();
	if (s->interactive) {
		if (!s->quiet)
			banner(s);
		run_rc(s);
		if (!s->quit)
			repl_run(s);
	} else
		run_batch(s, cli);

	if (s->exit_status != 0)
		return s->exit_status;
	if (s->quit_status >= 0)
		return s->quit_status;
	/* At the prompt a failed command was answered there and then. */
	return s->failures > 0 && !s->interactive ? 1 : 0;
}

/* Release everything; check that the results really were written. */
static int
finish(struct session *s, struct cli *cli, int status)
{
	int	 i;

	plugin_unload_all(s);
	db_close(s);
	registry_free(&s->reg);
	for (i = 0; i <= SESSION_MAX_DEPTH; i++)
		args_free(&s->args[i]);
	free_strings(s->plugin_path, s->nplugin_path);
	free_strings(cli->scripts, cli->nscripts);
	free_strings(cli->plugin_dirs, cli->ndirs);
	free_strings(cli->plugins, cli->nplugins);
	for (i = 0; cli->files != NULL && i < cli->nscripts; i++)
		if (cli->files[i] != NULL)
			fclose(cli->files[i]);
	free(cli->files);
	errno = 0;
	if (s->out != NULL && s->out != stdout && fclose(s->out) == EOF &&
	    !s->reader_gone && errno != EPIPE) {
		report_error(s, NULL, "cannot write '%s': %s", s->out_path,
		    strerror(errno));
		if (status == 0)
			status = 1;
	}
	free(s->out_path);
	free(s->db_path);
	errno = 0;
	if ((fflush(stdout) == EOF || ferror(stdout)) && !s->stdout_broken &&
	    !s->reader_gone && errno != EPIPE) {
		report_error(s, NULL, "write error on standard output: %s",
		    strerror(errno != 0 ? errno : EIO));
		if (status == 0)
			status = 1;
	} else if (s->stdout_broken && status == 0)
		status = 1;
	return status;
}

/* Is the LC_CTYPE locale's character set UTF-8? */
static int
ctype_is_utf8(void)
{
	const char	*cs = nl_langinfo(CODESET);

	return cs != NULL && (strcasecmp(cs, "UTF-8") == 0 ||
	    strcasecmp(cs, "UTF8") == 0);
}

/*
 * Set LC_CTYPE from the environment, and to a UTF-8 locale when that one
 * is not (LANG=C): the shell reads and edits UTF-8 throughout, and under a
 * byte locale readline's Backspace removes one byte of a Chinese character.
 * Readline sets LC_CTYPE again from LC_ALL, LC_CTYPE and LANG at every
 * prompt, so the choice goes into the environment too (where the pager
 * finds it as well).  LC_NUMERIC is never set: the decimal point stays
 * '.'.  Returns CTYPE_UTF8, CTYPE_SWITCHED or CTYPE_NOT_UTF8.
 */
static int
set_utf8_ctype(void)
{
	static const char *const utf8_locales[] = { "C.UTF-8", "C.utf8",
	    "en_US.UTF-8", "en_US.utf8", NULL };
	const char	*all = getenv("LC_ALL");
	int		 i;

	if (setlocale(LC_CTYPE, "") != NULL && ctype_is_utf8())
		return CTYPE_UTF8;
	for (i = 0; utf8_locales[i] != NULL; i++) {
		if (setlocale(LC_CTYPE, utf8_locales[i]) == NULL ||
		    !ctype_is_utf8())
			continue;
		if (all != NULL && *all != '\0')
			setenv("LC_ALL", utf8_locales[i], 1);
		setenv("LC_CTYPE", utf8_locales[i], 1);
		return CTYPE_SWITCHED;
	}
	setlocale(LC_CTYPE, "");
	return CTYPE_NOT_UTF8;
}

/* Read the command line, run, and leave through finish(): one exit path. */
int
main(int argc, char **argv)
{
	struct session	*s = &the_session;
	struct cli	 cli;
	mode_t		 mask;
	int		 status;

	/* A closed stdin, stdout or stderr would be reused by the next open
	 * (the database!): hold them with /dev/null opened for reading only,
	 * so that writing results to a closed stdout still fails. */
	for (status = 0; status <= 2; status++)
		if (fcntl(status, F_GETFD) == -1 &&
		    open("/dev/null", O_RDONLY) != status)
			return 2;
	/* A reader that goes away (| head) is EPIPE, handled quietly, not a
	 * signal that kills us with status 141. */
	signal(SIGPIPE, SIG_IGN);
	/* UTF-8 for readline; numbers keep the "C" decimal point. */
	s->ctype = set_utf8_ctype();
	memset(&cli, 0, sizeof cli);
	s->out = stdout;
	s->quit_status = -1;
	mask = umask(0);
	umask(mask);
	s->umask = mask;

	switch (parse_cli(s, &cli, argc, argv)) {
	case CLI_DONE:
		status = 0;
		break;
	case CLI_USAGE:
		status = 2;
		break;
	default:
		status = run(s, &cli);
		break;
	}
	return finish(s, &cli, status);
}
