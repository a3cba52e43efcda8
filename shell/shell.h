/*
 * shell/shell.h -- the host's internal interfaces, one section per file
 * (tmux.h style).  Plugins never see this header: their whole world is
 * include/safestat/plugin.h.  The one mutable session struct lives in
 * shell/session.h.
 */
#ifndef SAFESTAT_SHELL_H
#define SAFESTAT_SHELL_H

#include <stddef.h>
#include <stdio.h>

#include <safestat/plugin.h>

struct loc;
struct plugin;
struct session;
/* As <sqlite3.h> declares them (C11 allows the repetition). */
typedef struct sqlite3 sqlite3;
typedef struct sqlite3_stmt sqlite3_stmt;

/* ------------------------------------------------------------------ */
/* lex.c: split a command line into shell-like words                   */
/* ------------------------------------------------------------------ */

/* What lex_split found. */
enum lex_status {
	LEX_OK = 0,		/* a complete line (possibly with no words) */
	LEX_INCOMPLETE,		/* an open quote or a trailing backslash */
	LEX_ERROR		/* malformed: the message says why */
};

/* Lexer flags. */
#define LEX_PARTIAL	0x01	/* for completion: an open quote or a
				   trailing backslash ends the last word
				   instead of asking for more */

/* The words of one line.  Reused from line to line so the hot path does
 * not allocate: lex_split overwrites what the previous call left. */
struct words {
	char	**v;		/* v[0..n-1], then NULL */
	int	  n;
	int	  vcap;
	char	 *store;	/* the text of every word, NUL-separated */
	size_t	  scap;
	int	  open;		/* LEX_PARTIAL: the last word is still open
				   (unclosed quote or trailing backslash) */
	int	  ended;	/* LEX_PARTIAL: the text ends between words */
};

enum lex_status	 lex_split(const char *text, unsigned flags, struct words *,
		    char *err, size_t errlen);
void		 words_free(struct words *);
/* Nonzero when `s` is valid UTF-8; *bad receives the offset of the first
 * invalid byte otherwise. */
int		 utf8_valid(const char *s, size_t len, size_t *bad);

/* ------------------------------------------------------------------ */
/* closest.c: "did you mean" by edit distance                          */
/* ------------------------------------------------------------------ */

/* Finds the candidate closest to a word; feed candidates one by one. */
struct closest {
	const char	*word;
	const char	*best;		/* NULL until a close enough one */
	int		 score;
};

void		 closest_init(struct closest *, const char *word);
void		 closest_try(struct closest *, const char *candidate);
/* Edit distance (with transpositions) in code points, ASCII case folded. */
int		 edit_distance(const char *a, const char *b);
/* The closest entry of a NULL-terminated list, or NULL (ss_host.closest). */
const char	*closest_in(const char *word, const char *const *choices);

/* ------------------------------------------------------------------ */
/* args.c: check a command's words against its options table           */
/* ------------------------------------------------------------------ */

/* One option's parsed value (slots follow the command's options table). */
struct arg_slot {
	int		 count;		/* times given */
	const char	*text;		/* the value as typed */
	long long	 i;		/* SS_OPT_INT, SS_OPT_YEAR */
	double		 r;		/* SS_OPT_REAL */
	int		 choice;	/* SS_OPT_ENUM: index into choices */
};

/* The parsed arguments of one invocation (opaque to plugins).  Pointers
 * point into the words they were parsed from. */
struct ss_args {
	const struct ss_command	 *cmd;
	const char		 *name;		/* the command's full name */
	struct arg_slot		 *slots;
	int			  nslots;
	int			  slotcap;
	const char		**operands;
	int			  noperands;
	int			  opcap;
	/* The options every command has. */
	const char		 *format;	/* --format FMT */
	const char		 *output;	/* --output FILE */
	int			  bom;		/* --bom */
	int			  help;		/* --help */
};

/* The options the host reserves on every command. */
extern const char *const args_reserved[];

/* Parse words[0..n-1] (the words after the command name) for `cmd`, named
 * `name` in messages.  Returns 0, or -1 with a one-line message. */
int		 args_parse(struct ss_args *, const struct ss_command *cmd,
		    const char *name, char *const *words, int n,
		    char *err, size_t errlen);
void		 args_free(struct ss_args *);
/* The host table's argument getters. */
int		 args_has(const struct ss_args *, const char *name);
const char	*args_text(const struct ss_args *, const char *name);
long long	 args_int(const struct ss_args *, const char *name, long long);
double		 args_real(const struct ss_args *, const char *name, double);
int		 args_choice(const struct ss_args *, const char *name);
int		 args_operand_count(const struct ss_args *);
const char	*args_operand(const struct ss_args *, int i);
/* Check one value of the given type; 0, or -1 with the reason ("not a
 * calendar date (YYYY-MM-DD)") in err. */
int		 args_check_value(const struct ss_option *, const char *value,
		    struct arg_slot *, char *err, size_t errlen);
/* The metavar shown for an option: its own, or one derived from its type
 * (buf holds the choices of a short enum). */
const char	*args_metavar(const struct ss_option *, char *buf, size_t len);
/* A one-line description of what an option accepts ("integer 1..10"). */
void		 args_describe(const struct ss_option *, char *buf, size_t len);
/* The usage line of a command: "hazards [--year YEAR] TABLE". */
void		 args_usage(const struct ss_command *, const char *name,
		    char *buf, size_t len);
/* Is this a well-formed calendar date YYYY-MM-DD? */
int		 args_is_date(const char *);

#endif

/* ------------------------------------------------------------------ */
/* registry.c: the command table (built-ins and plugins)               */
/* ------------------------------------------------------------------ */

/* One registered command. */
struct reg_entry {
	const char		*name;		/* the full name, "traffic cases" */
	const struct ss_command	*cmd;
	struct plugin		*plugin;	/* NULL for a built-in */
	int			 nwords;	/* words in the name */
};

/* All commands, sorted by name for lookup. */
struct registry {
	struct reg_entry	*v;
	int			 n;
	int			 cap;
	int			 maxwords;
};

/* Is this a valid command name (words of [a-z][a-z0-9-]*, one space
 * between)? */
int		 registry_valid_name(const char *);
/* The entry named exactly `name`, or NULL. */
const struct reg_entry *registry_get(const struct registry *, const char *);
/* Add a command; -1 when out of memory (names are checked by the caller). */
int		 registry_add(struct registry *, const struct ss_command *,
		    struct plugin *);
/* Remove every command of a plugin. */
void		 registry_remove_plugin(struct registry *, struct plugin *);
void		 registry_free(struct registry *);
/*
 * Find the command the words start with: the longest name made of the
 * first words.  With `prefixes` (interactive only), a unique abbreviation
 * of each word is accepted too.  Returns 0 with *e and the number of words
 * used, or -1 with a message (unknown command with a suggestion, a group
 * that needs a sub-command, an ambiguous abbreviation).
 */
int		 registry_find(const struct registry *, char *const *words,
		    int n, int prefixes, const struct reg_entry **e,
		    int *used, char *err, size_t errlen);
/* Call fn for each distinct next word after the first `n` words of
 * command names (n == 0: first words), in sorted order. */
void		 registry_next_words(const struct registry *,
		    char *const *words, int n,
		    void (*fn)(void *, const char *), void *arg);

/* ------------------------------------------------------------------ */
/* plugin.c: loading, checking and unloading plugins                   */
/* ------------------------------------------------------------------ */

/* One loaded plugin. */
struct plugin {
	struct plugin		*next;
	char			*path;		/* the absolute path loaded */
	char			*file;		/* its base name, "county.so" */
	void			*handle;	/* from dlopen */
	struct ss_plugin	 desc;		/* the descriptor, copied */
	struct ss_command	*commands;	/* copies, host-sized */
	struct ss_option	*options;	/* their options, host-sized */
	int			 ncommands;
};

/* Check a command table (built-ins use it too); 0, or -1 with the first
 * problem in err.  `owner` names the plugin in messages. */
int		 plugin_check_commands(struct session *,
		    const struct ss_command *, int ncmds, char *err,
		    size_t errlen);
/* Load a plugin by path or by name from the search path.  0 on success
 * (also when this very file is already loaded), -1 with a one-line
 * message naming the file, why, and what to do. */
int		 plugin_load(struct session *, const char *path_or_name,
		    struct plugin **loaded, char *err, size_t errlen);
/* Load every *.so of each search-path directory, in sorted order,
 * reporting refusals as they happen. */
void		 plugin_load_path(struct session *);
/* Unload a plugin: fini, drop its commands, dlclose. */
void		 plugin_unload(struct session *, struct plugin *);
/* Unload and load again from the same file, re-read from disk. */
int		 plugin_reload(struct session *, struct plugin *,
		    char *err, size_t errlen);
/* The loaded plugin of that name, or NULL. */
struct plugin	*plugin_find(struct session *, const char *name);
void		 plugin_unload_all(struct session *);
/* Compute the search path (--plugin-dir, SAFESTAT_PLUGIN_PATH, default). */
int		 plugin_set_path(struct session *, char **dirs, int ndirs);

/* ------------------------------------------------------------------ */
/* host.c: the function table plugins (and built-ins) call             */
/* ------------------------------------------------------------------ */

extern const struct ss_host host_table;

struct sink;
/* Candidates collected during completion. */
struct strlist {
	char		**v;
	int		  n;
	int		  cap;
};

/* One command invocation (also plugin init and completion). */
struct ss_ctx {
	struct session		*s;
	const struct reg_entry	*entry;		/* NULL during init */
	struct plugin		*plugin;	/* NULL for built-ins */
	struct sink		*sink;		/* NULL: no output allowed */
	const char		*out_name;	/* for write errors; NULL for
						   standard output */
	char			*msg;		/* the recorded error */
	char			*verdict;	/* ss_fail: the command failed,
						   its output stands */
	int			 results;	/* result sets begun */
	int			 open;		/* one is open */
	int			 write_failed;	/* errno of a failed write */
	struct ss_stmt		*stmts;		/* open statements */
	struct ss_value		*vals;		/* row buffer for query */
	int			 nvals;
	struct strlist		*cands;		/* completion: candidates */
	const char		*prefix;	/* completion: the word so far */
	int			 silent;	/* failure already reported */
	int			 page;		/* a help page, not a result:
						   no "(N rows)" at the prompt */
};

/* Start and finish a context. */
void		 ctx_init(struct ss_ctx *, struct session *,
		    const struct reg_entry *, struct plugin *, struct sink *);
/* Finalize statements left open, free the message and buffers. */
void		 ctx_done(struct ss_ctx *);
/* Record an error (the host's own ss_error); returns SS_ERR. */
int		 ctx_error(struct ss_ctx *, const char *fmt, ...)
		    SS_PRINTFLIKE(2, 3);
/* Add a completion candidate (when it starts with ctx->prefix). */
void		 ctx_candidate(struct ss_ctx *, const char *word);

void		 strlist_add(struct strlist *, const char *);
void		 strlist_free(struct strlist *);

/* ------------------------------------------------------------------ */
/* db.c: the dataset connection                                        */
/* ------------------------------------------------------------------ */

/* Open the session's database read-only, creating a missing file when
 * allowed (or asked); -1 with a message. */
int		 db_open(struct session *, char *err, size_t errlen);
void		 db_close(struct session *);
/* For built-ins that write (import): a read-write connection inside
 * BEGIN IMMEDIATE; NULL with a message (the bundled dataset and
 * --readonly refuse).  Finish with db_end_write. */
sqlite3		*db_begin_write(struct session *, char *err, size_t errlen);
/* Create import's views (data/import-views.sql) on the read
 * connection, which `import` and `import TABLE` list from; -1 with a
 * message. */
int		 db_import_views(struct session *, char *err, size_t errlen);
/* Commit (or roll back) and close; -1 with a message when COMMIT fails. */
int		 db_end_write(struct session *, sqlite3 *, int commit,
		    char *err, size_t errlen);
/* Prepare exactly one read-only statement (perhaps from the cache); NULL
 * with a message.  Give it back with db_release, never finalize it. */
sqlite3_stmt	*db_prepare(struct session *, const char *sql, char *err,
		    size_t errlen);
void		 db_release(struct session *, sqlite3_stmt *);

/* ------------------------------------------------------------------ */
/* input.c: reading commands from files, stdin and -c                  */
/* ------------------------------------------------------------------ */

/* A place commands come from. */
struct source {
	const char	*name;		/* file name, "stdin", "-c1" */
	FILE		*fp;		/* NULL for a -c text */
	int		 close_fp;	/* we opened it */
	const char	*text;		/* -c text */
	size_t		 pos;
	long		 line;		/* physical lines read */
	int		 broken;	/* a read failed: nothing more comes */
	char		*buf;		/* getline buffer */
	size_t		 bufcap;
	char		*cmd;		/* the command being assembled */
	size_t		 cmdlen;
	size_t		 cmdcap;
};

/* What source_next found. */
enum input_status {
	INPUT_COMMAND,		/* words hold a command (maybe empty) */
	INPUT_ERROR,		/* a bad line: the message says why */
	INPUT_EOF,
	INPUT_INTERRUPTED	/* Ctrl-C while waiting for input */
};

/* Open a file ("-" is stdin); -1 with a message. */
int		 source_open_file(struct source *, const char *path,
		    char *err, size_t errlen);
void		 source_open_text(struct source *, const char *name,
		    const char *text);
/* Read an open stream named `name`; the source closes it. */
void		 source_open_stream(struct source *, const char *name,
		    FILE *fp);
void		 source_close(struct source *);
/* Read the next command (joining continued lines); *line gets the line
 * it starts on. */
enum input_status source_next(struct source *, struct words *, long *line,
		    char *err, size_t errlen);
/* Add a typed line to a command being assembled (the REPL's side of
 * the same rules): LEX_INCOMPLETE asks for another line. */
enum lex_status	 source_add_line(struct source *, const char *line,
		    struct words *, char *err, size_t errlen);

/* ------------------------------------------------------------------ */
/* exec.c: running one command, and a whole source                     */
/* ------------------------------------------------------------------ */

/* The session's format: -F or `format` when given, else the one the
 * output file's extension asks for (-o, `output`), else the default. */
const char	*session_format(const struct session *);
/* Run the command in `words`; failures are reported and counted. */
void		 exec_words(struct session *, struct words *,
		    const struct loc *);
/* Run every command of a source, honouring --bail, quit and Ctrl-C. */
void		 exec_source(struct session *, struct source *);
/* Run a file as `source` does; -1 with a message when it cannot be
 * opened or nesting is too deep. */
int		 exec_file(struct session *, const char *path, char *err,
		    size_t errlen);

/* ------------------------------------------------------------------ */
/* pager.c: wide and tall results through a pager, at the prompt        */
/* ------------------------------------------------------------------ */

/* `pager auto|on|off` (auto: when a result does not fit the terminal). */
enum pager_mode { PAGER_AUTO = 0, PAGER_ON, PAGER_OFF };
/* Their names, in that order, NULL-terminated. */
extern const char *const pager_modes[];

/* A command's output held in memory until it is complete. */
struct capture {
	FILE	*fp;		/* NULL: nothing held */
	char	*text;
	size_t	 len;
};

/* The pager command to run ($PAGER, else less -SFRX when installed), or
 * NULL for none. */
const char	*pager_command(void);
/* Should a command's output, going to `fp` in `format`, be held for the
 * pager: at the prompt, to the terminal, in table or markdown, pager not
 * off? */
int		 pager_wanted(const struct session *, FILE *fp,
		    const char *format);
/* Start holding output; -1 when memory runs out (write directly). */
int		 pager_capture(struct capture *);
/* Show what was held: through the pager when it is on, or auto and the
 * text is wider or taller than the terminal; else on standard output.
 * -1 with errno set when writing to standard output failed. */
int		 pager_show(struct session *, struct capture *);

/* ------------------------------------------------------------------ */
/* report.c: how errors and warnings are shown                         */
/* ------------------------------------------------------------------ */

/* An error at loc (NULL: no location): "safestat: SOURCE:LINE: msg" in
 * batch mode, "error: msg" at the prompt.  One line, always. */
void		 report_error(struct session *, const struct loc *,
		    const char *fmt, ...) SS_PRINTFLIKE(3, 4);
/* A warning: like an error, with "warning: ", never changing the status. */
void		 report_warning(struct session *, const struct loc *,
		    const char *fmt, ...) SS_PRINTFLIKE(3, 4);
/* A note on stderr at the prompt (row counts, timer): as is. */
void		 report_note(struct session *, const char *fmt, ...)
		    SS_PRINTFLIKE(2, 3);

/* ------------------------------------------------------------------ */
/* builtins.c and cmd-*.c: the built-in commands                       */
/* ------------------------------------------------------------------ */

/* The built-in commands, NULL-terminated. */
extern const struct ss_command *const builtin_commands[];
/* The session behind a built-in's context. */
struct session	*builtin_session(struct ss_ctx *);
/* `help` for one command (also `CMD --help`). */
int		 help_command(struct ss_ctx *, const struct reg_entry *);

/* ------------------------------------------------------------------ */
/* repl.c: the interactive loop                                        */
/* ------------------------------------------------------------------ */

void		 repl_run(struct session *);
/* Ask a yes/no question on the terminal (default no). */
int		 repl_confirm(const char *question);

/* ------------------------------------------------------------------ */
/* main.c                                                              */
/* ------------------------------------------------------------------ */

/* Where the build tree is when running uninstalled, else NULL. */
const char	*main_build_dir(struct session *);

/* The built-in commands, one file each (shell/cmd-*.c). */
extern const struct ss_command cmd_help_entry, cmd_sql_entry,
	cmd_tables_entry, cmd_describe_entry, cmd_format_entry,
	cmd_output_entry, cmd_timer_entry, cmd_source_entry, cmd_quit_entry,
	cmd_exit_entry, cmd_plugins_entry, cmd_plugin_load_entry,
	cmd_plugin_unload_entry, cmd_plugin_reload_entry, cmd_import_entry,
	cmd_pager_entry;
