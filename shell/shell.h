/*
 * shell/shell.h -- the host's internal interfaces, one section per file
 * (tmux.h style).  Plugins never see this header: their whole world is
 * include/safestat/plugin.h.  The one mutable session struct lives in
 * shell/session.h.
 */
#ifndef SAFESTAT_SHELL_H
#define SAFESTAT_SHELL_H

#include <stddef.h>

#include <safestat/plugin.h>

struct session;
struct plugin;

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
/* The metavar shown for an option: its own, or one derived from its type. */
const char	*args_metavar(const struct ss_option *);
/* A one-line description of what an option accepts ("integer 1..10"). */
void		 args_describe(const struct ss_option *, char *buf, size_t len);
/* The usage line of a command: "hazards [--year YEAR] TABLE". */
void		 args_usage(const struct ss_command *, const char *name,
		    char *buf, size_t len);
/* Is this a well-formed calendar date YYYY-MM-DD? */
int		 args_is_date(const char *);

#endif
