/*
 * shell/session.h -- the one session: everything the shell knows while it
 * runs.  This struct (one instance, `the_session` in shell/main.c) and the
 * Ctrl-C flag are the only mutable state outside function calls; code
 * that can receive a pointer to it does, and only readline's callbacks and
 * the signal handler reach the global.
 */
#ifndef SAFESTAT_SESSION_H
#define SAFESTAT_SESSION_H

#include <signal.h>
#include <stdio.h>
#include <sys/types.h>

#include <sqlite3.h>

#include "shell/shell.h"

struct repl;

/* An output stream replaced by `output`, waiting to be closed. */
struct retired {
	FILE		*fp;
	char		*path;
	struct retired	*next;
};

/* How deeply `source` may nest (a file sourcing itself stops here). */
#define SESSION_MAX_DEPTH	16

/* Statements kept prepared (shell/db.c): how many, longest SQL kept. */
#define DB_CACHE_SIZE	16
#define DB_CACHE_SQL	1024

/* One cached statement. */
struct stmt_cache {
	sqlite3_stmt	*st;
	char		 sql[DB_CACHE_SQL];
	unsigned long	 used;		/* clock of the last use (LRU) */
	int		 in_use;	/* handed out, not yet released */
};

/* Where a command came from: a file (or "stdin", "-c1") and its first
 * line; source == NULL for a line typed at the prompt. */
struct loc {
	const char	*source;
	long		 line;
};

/* The character set of LC_CTYPE (see main.c). */
#define CTYPE_UTF8	0	/* UTF-8, as the environment says */
#define CTYPE_SWITCHED	1	/* the environment's was not: C.UTF-8 */
#define CTYPE_NOT_UTF8	2	/* not, and no UTF-8 locale was found */

struct session {
	/* How we run (from the command line). */
	int		 interactive;	/* prompt, banner, history */
	int		 quiet;		/* -q: no banner, no row counts */
	int		 bail;		/* --bail: stop at the first error */
	int		 readonly;	/* --readonly: never open for writing */
	int		 create;	/* --create: make a missing database */
	int		 no_plugins;	/* --no-plugins: load none by itself */
	int		 no_rc;		/* --no-rc: skip ~/.safestatrc */
	int		 stdout_tty;	/* stdout is a terminal */
	int		 ctype;		/* CTYPE_*: what main.c made of the
					   locale */

	/* Where things are. */
	int		 in_build_tree;	/* running ./shell/safestat uninstalled */
	char		*db_path;	/* the database file */
	int		 db_bundled;	/* it is the bundled dataset */
	sqlite3		*db;		/* read-only connection */
	struct stmt_cache cache[DB_CACHE_SIZE];	/* prepared statements */
	unsigned long	 cache_clock;
	char		**plugin_path;	/* the search path, in order */
	int		 nplugin_path;

	/* Commands and plugins. */
	struct registry	 reg;
	struct plugin	*plugins;	/* in load order */

	/* Output. */
	const char	*format;	/* -F or `format` (format_set), else
					   the default: table on a terminal,
					   tsv otherwise (a sink_format_names
					   entry); see session_format */
	int		 format_set;	/* given by -F or `format` */
	int		 bom;		/* `format csv --bom` */
	FILE		*out;		/* stdout or the `output` file */
	int		 out_started;	/* something was written to it (a BOM
					   goes only at the very start) */
	struct retired	*retired;	/* streams replaced by `output`, closed
					   when the top-level command ends (a
					   running command may still hold one) */
	char		*out_path;	/* NULL for stdout */
	int		 timer;		/* `timer on` */
	enum pager_mode	 pager;		/* `pager`, --no-pager */
	mode_t		 umask;		/* for files written via a temp file */

	/* Progress and the exit status. */
	long		 failures;	/* commands that failed */
	int		 stop;		/* stop reading commands */
	int		 quit;		/* `quit` was run */
	int		 quit_status;	/* its status, or -1 */
	int		 exit_status;	/* set when it is not 0/1 by failures:
					   2 (usage, database), 130 (Ctrl-C) */
	int		 stdout_broken;	/* writing to stdout failed */
	int		 reader_gone;	/* stdout (or the output file) is a
					   pipe whose reader has gone (EPIPE,
					   as after | head): stop quietly */
	int		 depth;		/* `source` nesting */
	const struct loc *loc;		/* the command being run */
	char		 today[11];	/* YYYY-MM-DD (SAFESTAT_TODAY) */
	char		 denied[96];	/* what the authorizer refused */

	/* The prompt's state while it runs (shell/repl.c), for readline's
	 * callbacks, which take no argument. */
	struct repl	*repl;

	/* Reused from command to command (one per `source` level). */
	struct ss_args	 args[SESSION_MAX_DEPTH + 1];
};

extern struct session		 the_session;
/* Set by the SIGINT handler; cleared before each command. */
extern volatile sig_atomic_t	 session_interrupted;

#endif
