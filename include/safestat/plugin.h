/*
 * safestat/plugin.h -- the one header a safestat plugin includes.
 *
 * A plugin is a shared object that exports exactly one symbol, the data
 * object `safestat_plugin` (a `const struct ss_plugin`).  The shell dlopens
 * the file, reads the ABI stamp at the top of that object *before running
 * any plugin code*, validates the whole command table, and only then stores
 * its function table in the plugin (through `host_slot`) and calls the
 * optional `init`.  Plugins never link against the shell: everything they
 * may do arrives through `struct ss_host`.
 *
 * Rules every plugin follows (the shell enforces what it can):
 *   - never print: results go through ss_begin/ss_row/ss_end or ss_query,
 *     errors through `return ss_error(ctx, ...)`, a negative verdict that
 *     keeps the output through ss_fail(ctx, ...);
 *   - never paste user text into SQL: every value is a bound parameter;
 *   - the database is read-only to plugins and they never see sqlite3 *;
 *   - strings handed to the host need only live for the call (the host
 *     copies what it keeps); descriptor strings must be static;
 *   - single-threaded: poll ss_interrupted(ctx) in long loops.
 *
 * Compatibility: this header describes ABI SS_ABI_VERSION.  struct ss_host
 * only ever grows at its end; a plugin that uses a member added later checks
 * SS_HOST_HAS(member) in its init.  Any incompatible change bumps
 * SS_ABI_VERSION, and the shell refuses plugins built for another one.
 *
 * Minimal plugin (see plugins/example/ and docs/plugins.md):
 *
 *	#include <safestat/plugin.h>
 *	SS_PLUGIN_HOST_DEFINE;
 *
 *	static int
 *	hello(struct ss_ctx *ctx, const struct ss_args *args)
 *	{
 *		return ss_query(ctx, "SELECT ?1 AS greeting",
 *		    SS_PARAMS(SS_TEXT_VALUE(ss_arg_text(args, "name"))));
 *	}
 *
 *	static const struct ss_option hello_options[] = {
 *		{ .name = "name", .type = SS_OPT_TEXT, .help = "who to greet" },
 *		{ .name = NULL }
 *	};
 *	static const struct ss_command commands[] = {
 *		{ .name = "hello", .summary = "say hello", .options = hello_options,
 *		  .run = hello },
 *		{ .name = NULL }
 *	};
 *	SS_PLUGIN_EXPORT const struct ss_plugin safestat_plugin = {
 *		SS_PLUGIN_STAMP,
 *		.name = "hello", .version = "1.0", .summary = "greetings",
 *		.commands = commands,
 *	};
 */
#ifndef SAFESTAT_PLUGIN_H
#define SAFESTAT_PLUGIN_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Bumped on any incompatible change to anything in this header. */
#define SS_ABI_VERSION		1

/* The name of the one symbol a plugin exports. */
#define SS_PLUGIN_SYMBOL	"safestat_plugin"

#if defined(__GNUC__) || defined(__clang__)
#define SS_PRINTFLIKE(f, a)	__attribute__((format(printf, f, a)))
#define SS_PLUGIN_EXPORT	__attribute__((visibility("default")))
#define SS_PLUGIN_HIDDEN	__attribute__((visibility("hidden")))
#else
#define SS_PRINTFLIKE(f, a)
#define SS_PLUGIN_EXPORT
#define SS_PLUGIN_HIDDEN
#endif

/* What a command's run function (and most host calls) return. */
#define SS_OK		0	/* success */
#define SS_ERR		1	/* failed; the message was recorded with ss_error */
#define SS_USAGE	2	/* bad usage; the host prints the usage line */

struct ss_ctx;		/* opaque: one command invocation */
struct ss_args;		/* opaque: the parsed options and operands */
struct ss_stmt;		/* opaque: an open read-only query */

/* ------------------------------------------------------------------ */
/* Values and columns                                                  */
/* ------------------------------------------------------------------ */

/* The type of one value; also a column's declared type. */
enum ss_type {
	SS_NULL = 0,	/* no value: empty in tables and csv, null in json */
	SS_INT,		/* 64-bit integer */
	SS_REAL,	/* double */
	SS_TEXT		/* NUL-terminated UTF-8 */
};

/* One typed value: a cell of a row, a bound parameter, a column read. */
struct ss_value {
	enum ss_type	type;
	union {
		long long	 i;	/* SS_INT */
		double		 r;	/* SS_REAL */
		const char	*s;	/* SS_TEXT; valid for the call only */
	} u;
};

/* Build values in place: SS_INT_VALUE(n), SS_REAL_VALUE(x), SS_TEXT_VALUE(s)
 * (a NULL pointer gives SS_NULL), SS_NULL_VALUE. */
#define SS_INT_VALUE(x)  ((struct ss_value){ .type = SS_INT, .u.i = (x) })
#define SS_REAL_VALUE(x) ((struct ss_value){ .type = SS_REAL, .u.r = (x) })
#define SS_TEXT_VALUE(x) \
	((struct ss_value){ .type = (x) != NULL ? SS_TEXT : SS_NULL, .u.s = (x) })
#define SS_NULL_VALUE	 ((struct ss_value){ .type = SS_NULL })

/* An inline array of values and its length, for ss_query/ss_prepare:
 *	ss_query(ctx, sql, SS_PARAMS(SS_INT_VALUE(year), SS_TEXT_VALUE(t)));
 * Use SS_NO_PARAMS when the statement has none. */
#define SS_PARAMS(...) \
	((const struct ss_value[]){ __VA_ARGS__ }), \
	((int)(sizeof((struct ss_value[]){ __VA_ARGS__ }) / \
	    sizeof(struct ss_value)))
#define SS_NO_PARAMS	NULL, 0

/* Column flags. */
#define SS_COL_DISPLAY	0x01	/* shown by table and markdown only: a
				   human-friendly copy of another column
				   (e.g. 万元 beside yuan); csv, tsv, json
				   and jsonl leave it out */

/* One column of a result set. */
struct ss_column {
	const char	*name;	/* stable snake_case key: csv/json header */
	enum ss_type	 type;	/* decides alignment when a cell is NULL */
	int		 scale;	/* SS_REAL: digits after the point; -1 for
				   the shortest text that reads back exactly */
	unsigned	 flags;	/* SS_COL_* */
};

/* Kinds of text block a command may emit between result sets. Table and
 * markdown output render them; machine formats (csv, tsv, json, jsonl)
 * leave them out, so scripts see only rows. */
enum ss_block {
	SS_BLOCK_TITLE = 1,	/* a heading before the next result set */
	SS_BLOCK_PARAGRAPH,	/* running text (a report's sentences) */
	SS_BLOCK_NOTE		/* a footnote: definitions, caveats */
};

/* ------------------------------------------------------------------ */
/* Commands and options                                                */
/* ------------------------------------------------------------------ */

/* The type of an option's value; the host checks it before run is called,
 * so run never sees a malformed date or a number out of range. */
enum ss_opt_type {
	SS_OPT_FLAG = 1,	/* no value; ss_arg_has tells whether given */
	SS_OPT_INT,		/* integer, within [min, max] when they differ */
	SS_OPT_REAL,		/* decimal number */
	SS_OPT_TEXT,		/* any UTF-8 text */
	SS_OPT_ENUM,		/* one of `choices`; ss_arg_choice gives its index */
	SS_OPT_DATE,		/* YYYY-MM-DD, a real calendar day */
	SS_OPT_YEAR,		/* YYYY, 1900..2100 */
	SS_OPT_MONTH,		/* YYYY-MM */
	SS_OPT_QUARTER		/* YYYYQn, n in 1..4 */
};

/* Option flags. */
#define SS_OPT_REQUIRED	0x01	/* the command cannot run without it */

/* One option of a command, written --name VALUE or --name=VALUE (or -x
 * VALUE with a short name).  The host reserves --format, --output and
 * --help for every command: a plugin may not declare them. */
struct ss_option {
	const char		 *name;		/* long name without "--":
						   [a-z][a-z0-9-]* */
	int			  short_name;	/* 'y', or 0 for none */
	enum ss_opt_type	  type;
	const char		 *metavar;	/* "YEAR" in help; NULL derives
						   one from the type */
	const char		 *help;		/* one line */
	unsigned		  flags;	/* SS_OPT_* */
	const char *const	 *choices;	/* SS_OPT_ENUM: NULL-terminated */
	long long		  min, max;	/* SS_OPT_INT: inclusive bounds,
						   ignored when min == max */
	const char		 *values_sql;	/* optional: a read-only query
						   whose first column lists the
						   values, for completion (e.g.
						   "SELECT name FROM township") */
};

/* Command flags. */
#define SS_CMD_FILE_OPERANDS	0x01	/* operands are file names (the host
					   completes them as paths) */

/*
 * One command.  `name` is the full command as typed, one or more words
 * separated by single spaces ("hazards", "hazards overdue", "traffic
 * overload"); the host matches the longest name.  Names must not collide
 * with a built-in or another plugin's command.
 */
struct ss_command {
	const char		 *name;		/* "traffic overload" */
	const char		 *summary;	/* one line, for `help` */
	const char		 *help;		/* longer description; may be NULL */
	const char *const	 *examples;	/* NULL-terminated command lines;
						   the first must run on the
						   bundled dataset (tests run it
						   in every format) */
	const struct ss_option	 *options;	/* terminated by { .name = NULL };
						   may be NULL */
	const char		 *operands;	/* usage of positional operands,
						   e.g. "FILE"; NULL if none */
	int			  min_operands;	/* at least this many */
	int			  max_operands;	/* at most; -1 = no limit */
	unsigned		  flags;	/* SS_CMD_* */
	/* Run the command; returns SS_OK, SS_ERR or SS_USAGE. */
	int			(*run)(struct ss_ctx *, const struct ss_args *);
	/* Optional: offer completions for the value of `option` (a long
	 * name), or for an operand when `option` is NULL, by calling
	 * ss_candidate for each word that starts with `prefix`. */
	void			(*complete)(struct ss_ctx *, const char *option,
				    const char *prefix);
};

/* ------------------------------------------------------------------ */
/* The host's function table                                           */
/* ------------------------------------------------------------------ */

/*
 * Everything a plugin may ask of the shell.  Append-only: new members go at
 * the end, and `size` tells a plugin which members this shell has (see
 * SS_HOST_HAS).  Unless a member says otherwise, a function that returns
 * int returns SS_OK or SS_ERR, and on SS_ERR the message is already
 * recorded: the plugin just returns SS_ERR in turn.
 */
struct ss_host {
	unsigned	 abi;		/* SS_ABI_VERSION of the running shell */
	unsigned	 size;		/* sizeof(struct ss_host) in the shell */
	const char	*version;	/* the shell's version, "0.1.0" */

	/* -- diagnostics -------------------------------------------- */

	/* Record the command's error (lowercase, no full stop, the subject
	 * in '...'), return SS_ERR.  The host adds where it happened. */
	int		(*error)(struct ss_ctx *, const char *fmt, ...)
			    SS_PRINTFLIKE(2, 3);
	/* Print a warning on stderr now; the command goes on. */
	void		(*warn)(struct ss_ctx *, const char *fmt, ...)
			    SS_PRINTFLIKE(2, 3);
	/* Nonzero once the user pressed Ctrl-C: stop and return SS_ERR. */
	int		(*interrupted)(struct ss_ctx *);

	/* -- arguments (already checked against the options table) -- */

	/* How many times option `name` was given (0 when absent). */
	int		(*arg_has)(const struct ss_args *, const char *name);
	/* The value of option `name` as typed, or NULL when absent. */
	const char	*(*arg_text)(const struct ss_args *, const char *name);
	/* SS_OPT_INT / SS_OPT_YEAR value, or `dflt` when absent. */
	long long	(*arg_int)(const struct ss_args *, const char *name,
			    long long dflt);
	/* SS_OPT_REAL value, or `dflt` when absent. */
	double		(*arg_real)(const struct ss_args *, const char *name,
			    double dflt);
	/* SS_OPT_ENUM value as an index into `choices`, or -1 when absent. */
	int		(*arg_choice)(const struct ss_args *, const char *name);
	/* Number of positional operands, and operand i (0-based). */
	int		(*operand_count)(const struct ss_args *);
	const char	*(*operand)(const struct ss_args *, int i);

	/* -- output: the only way a plugin produces results --------- */

	/* Start a result set with these columns (copied by the host).  A
	 * command may emit several result sets one after another. */
	int		(*begin)(struct ss_ctx *, const struct ss_column *cols,
			    int ncols);
	/* One row: exactly ncols values, in column order. */
	int		(*row)(struct ss_ctx *, const struct ss_value *vals);
	/* A total row: drawn under a rule in table and markdown output,
	 * left out of machine formats (scripts sum for themselves). */
	int		(*total)(struct ss_ctx *, const struct ss_value *vals);
	/* Finish the current result set. */
	int		(*end)(struct ss_ctx *);
	/* A text block (printf-style) for table/markdown output. */
	int		(*block)(struct ss_ctx *, enum ss_block kind,
			    const char *fmt, ...) SS_PRINTFLIKE(3, 4);
	/* Nonzero when the current format renders text blocks and total
	 * rows (table, markdown); zero for csv, tsv, json, jsonl. */
	int		(*rich)(struct ss_ctx *);

	/* -- data: read-only SQL with bound parameters --------------- */

	/* Run one SELECT with `nparams` bound values (?1, ?2, ...) and emit
	 * its rows as one result set; column keys are the SQL names. */
	int		(*query)(struct ss_ctx *, const char *sql,
			    const struct ss_value *params, int nparams);
	/* Prepare one SELECT for reading row by row; NULL on error
	 * (recorded).  Finalize it when done. */
	struct ss_stmt	*(*prepare)(struct ss_ctx *, const char *sql,
			    const struct ss_value *params, int nparams);
	/* Advance: 1 a row is ready, 0 no more rows, -1 error (recorded). */
	int		(*step)(struct ss_stmt *);
	int		(*column_count)(struct ss_stmt *);
	const char	*(*column_name)(struct ss_stmt *, int i);
	/* Column i of the current row; text stays valid until the next
	 * step or finalize. */
	struct ss_value	(*column)(struct ss_stmt *, int i);
	/* Release a statement; NULL is fine. */
	void		(*finalize)(struct ss_stmt *);

	/* -- helpers -------------------------------------------------- */

	/* Today's date, YYYY-MM-DD (SAFESTAT_TODAY overrides the clock, so
	 * that tests and reports are reproducible). */
	const char	*(*today)(struct ss_ctx *);
	/* The entry of `choices` (NULL-terminated) closest to `word` by
	 * edit distance, or NULL when none is close: for "did you mean". */
	const char	*(*closest)(const char *word,
			    const char *const *choices);
	/* During completion: offer one candidate word. */
	void		(*candidate)(struct ss_ctx *, const char *word);

	/* -- added after the first release: a plugin that may run on an
	 * older shell checks SS_HOST_HAS(ss_host_api, member) first -- */

	/* Record that the command's result is negative (a check found
	 * differences, a draft's claims disagree with the ledger) while
	 * its output stands: everything emitted is kept and printed (and
	 * its --output file written), the message -- written like
	 * ss_error's -- goes to stderr as an error does, and the command
	 * counts as failed (batch exit status 1; --bail stops there).  The
	 * first message wins.  A command that also returns SS_ERR fails as
	 * any error does: the ss_error message is shown, a buffered result
	 * still open is dropped and --output is not written.  Returns
	 * SS_OK: the command may go on emitting.  Only a command's run may
	 * call it. */
	int		(*fail)(struct ss_ctx *, const char *fmt, ...)
			    SS_PRINTFLIKE(2, 3);
};

/* Nonzero when the running shell's table has member `m`. */
#define SS_HOST_HAS(host, m) \
	((host)->size >= offsetof(struct ss_host, m) + sizeof((host)->m))

/* ------------------------------------------------------------------ */
/* The plugin descriptor                                               */
/* ------------------------------------------------------------------ */

/*
 * What a plugin exports as `safestat_plugin`.  The first five members are
 * the ABI stamp: they never move, so a shell of any version can read them
 * and refuse a plugin built for another ABI before touching anything else.
 */
struct ss_plugin {
	unsigned		  abi;		/* SS_ABI_VERSION at build time */
	unsigned		  plugin_size;	/* sizeof(struct ss_plugin) */
	unsigned		  command_size;	/* sizeof(struct ss_command) */
	unsigned		  option_size;	/* sizeof(struct ss_option) */
	const struct ss_host	**host_slot;	/* where the host stores its
						   table before any call */

	const char		 *name;		/* [a-z][a-z0-9-]*, unique */
	const char		 *version;	/* the plugin's own version */
	const char		 *summary;	/* one line, for `plugins` */
	const struct ss_command	 *commands;	/* terminated by { .name = NULL } */
	/* Optional: called once after the table is accepted, with a
	 * context whose queries and errors work; return SS_ERR (with
	 * ss_error) to refuse loading, e.g. when a table is missing. */
	int			(*init)(struct ss_ctx *);
	/* Optional: called before the plugin is unloaded. */
	void			(*fini)(void);
};

/* The stamp every descriptor starts with. */
#define SS_PLUGIN_STAMP \
	.abi = SS_ABI_VERSION, \
	.plugin_size = sizeof(struct ss_plugin), \
	.command_size = sizeof(struct ss_command), \
	.option_size = sizeof(struct ss_option), \
	.host_slot = &ss_host_api

/* The host table, set by the shell before any plugin code runs.  Define it
 * in exactly one file of the plugin with SS_PLUGIN_HOST_DEFINE. */
extern SS_PLUGIN_HIDDEN const struct ss_host *ss_host_api;
#define SS_PLUGIN_HOST_DEFINE \
	SS_PLUGIN_HIDDEN const struct ss_host *ss_host_api

/* ------------------------------------------------------------------ */
/* Short names for the host calls                                      */
/* ------------------------------------------------------------------ */

/* Macros whose last argument may be a compound literal with commas in it
 * (ss_row(ctx, (struct ss_value[]){ a, b })) take it as __VA_ARGS__. */

#define ss_error(ctx, ...)	 (ss_host_api->error((ctx), __VA_ARGS__))
#define ss_fail(ctx, ...)	 (ss_host_api->fail((ctx), __VA_ARGS__))
#define ss_warn(ctx, ...)	 (ss_host_api->warn((ctx), __VA_ARGS__))
#define ss_interrupted(ctx)	 (ss_host_api->interrupted(ctx))
#define ss_arg_has(a, n)	 (ss_host_api->arg_has((a), (n)))
#define ss_arg_text(a, n)	 (ss_host_api->arg_text((a), (n)))
#define ss_arg_int(a, n, d)	 (ss_host_api->arg_int((a), (n), (d)))
#define ss_arg_real(a, n, d)	 (ss_host_api->arg_real((a), (n), (d)))
#define ss_arg_choice(a, n)	 (ss_host_api->arg_choice((a), (n)))
#define ss_operand_count(a)	 (ss_host_api->operand_count(a))
#define ss_operand(a, i)	 (ss_host_api->operand((a), (i)))
#define ss_begin(ctx, ...)	 (ss_host_api->begin((ctx), __VA_ARGS__))
#define ss_row(ctx, ...)	 (ss_host_api->row((ctx), __VA_ARGS__))
#define ss_total(ctx, ...)	 (ss_host_api->total((ctx), __VA_ARGS__))
#define ss_end(ctx)		 (ss_host_api->end(ctx))
#define ss_block(ctx, k, ...)	 (ss_host_api->block((ctx), (k), __VA_ARGS__))
#define ss_rich(ctx)		 (ss_host_api->rich(ctx))
/* The parameters are (array, count): SS_PARAMS(...) or SS_NO_PARAMS. */
#define ss_query(ctx, sql, ...)	 (ss_host_api->query((ctx), (sql), __VA_ARGS__))
#define ss_prepare(ctx, sql, ...) \
	(ss_host_api->prepare((ctx), (sql), __VA_ARGS__))
#define ss_step(st)		 (ss_host_api->step(st))
#define ss_column_count(st)	 (ss_host_api->column_count(st))
#define ss_column_name(st, i)	 (ss_host_api->column_name((st), (i)))
#define ss_column(st, i)	 (ss_host_api->column((st), (i)))
#define ss_finalize(st)		 (ss_host_api->finalize(st))
#define ss_today(ctx)		 (ss_host_api->today(ctx))
#define ss_closest(w, c)	 (ss_host_api->closest((w), (c)))
#define ss_candidate(ctx, w)	 (ss_host_api->candidate((ctx), (w)))

#ifdef __cplusplus
}
#endif

#endif /* SAFESTAT_PLUGIN_H */
