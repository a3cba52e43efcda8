/*
 * shell/repl.c -- the interactive prompt: GNU readline (its callback
 * interface, so that Ctrl-C can cancel the line being typed without
 * leaving), continuation lines at a "...> " prompt, history kept in
 * ~/.safestat_history, and completion of command names, sub-command words,
 * option names and option values, all derived from the descriptors.
 *
 * Prompts and readline's echo go to stderr: stdout carries results only,
 * even when it is redirected.
 */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

#include "shell/session.h"
#include "shell/sink.h"

#define PROMPT		"safestat> "
#define PROMPT_MORE	"...> "
#define HISTORY_MAX	1000

/* The prompt's state (reached by readline's callbacks via the session). */
struct repl {
	struct source	 acc;		/* assembles continued lines */
	struct words	 words;
	char		*line;		/* a line readline handed over */
	int		 have_line;
	int		 eof;		/* Ctrl-D */
	int		 more;		/* inside a continued command */
	char		 history[PATH_MAX];
};

/* Ask a yes/no question on the terminal (default no). */
int
repl_confirm(const char *question)
{
	char	 answer[64];

	fprintf(stderr, "%s [y/N] ", question);
	fflush(stderr);
	if (fgets(answer, sizeof answer, stdin) == NULL)
		return 0;
	return answer[0] == 'y' || answer[0] == 'Y';
}

/* readline's line handler: keep the line for the main loop.  Removing the
 * handler here stops readline from redrawing the prompt before the
 * command's output; the loop installs it again afterwards. */
static void
on_line(char *line)
{
	struct repl	*r = the_session.repl;

	rl_callback_handler_remove();
	if (line == NULL)
		r->eof = 1;
	else {
		r->line = line;
		r->have_line = 1;
	}
}

/* Does this text hold anything but blanks? */
static int
blank(const char *s)
{
	return s[strspn(s, " \t\r\n")] == '\0';
}

/* Add a finished command to the history, unless it repeats the last. */
static void
remember(const char *text)
{
	HIST_ENTRY	*last;

	if (blank(text))
		return;
	last = history_length > 0 ?
	    history_get(history_base + history_length - 1) : NULL;
	if (last == NULL || strcmp(last->line, text) != 0)
		add_history(text);
}

/* Handle one typed line: continue, run, or report. */
static void
handle_line(struct session *s, struct repl *r, const char *line)
{
	static const struct loc	 typed = { NULL, 0 };
	enum lex_status		 st;
	char			 err[1024];

	st = source_add_line(&r->acc, line, &r->words, err, sizeof err);
	if (st == LEX_INCOMPLETE) {
		r->more = 1;
		return;
	}
	r->more = 0;
	remember(r->acc.cmd);
	if (st == LEX_ERROR) {
		/* Without a UTF-8 locale readline edits bytes, not
		 * characters (or the terminal sends another encoding):
		 * say what it takes. */
		if (s->ctype != CTYPE_UTF8 &&
		    strncmp(err, "invalid UTF-8", 13) == 0)
			report_error(s, NULL, "%s (the terminal's locale is "
			    "not UTF-8: use a UTF-8 terminal and start "
			    "safestat with LANG=C.UTF-8)", err);
		else
			report_error(s, NULL, "%s", err);
		return;
	}
	exec_words(s, &r->words, &typed);
}

/* Ctrl-C while typing: drop the line (and any continued command) and
 * start afresh at the primary prompt. */
static void
cancel_line(struct repl *r)
{
	rl_point = rl_end;
	rl_redisplay();
	fputs("^C\n", stderr);
	rl_replace_line("", 0);
	rl_free_line_state();
	rl_callback_sigcleanup();
	rl_callback_handler_remove();
	r->acc.cmdlen = 0;
	r->more = 0;
	session_interrupted = 0;
}

/* Add a candidate for completion (callback of registry_next_words). */
static void
add_word(void *arg, const char *w)
{
	ctx_candidate(arg, w);
}

/* Do words[0..n) spell `name` exactly (not an abbreviation of it)? */
static int
spells(char *const *words, int n, const char *name)
{
	size_t	 len;
	int	 i;

	for (i = 0; i < n; i++) {
		len = strlen(words[i]);
		if (strncmp(name, words[i], len) != 0 ||
		    name[len] != (i + 1 < n ? ' ' : '\0'))
			return 0;
		name += len + 1;
	}
	return n > 0;
}

/* Does command `name` also head a group ("hazards" of "hazards open")? */
static int
heads_group(const struct registry *reg, const char *name)
{
	size_t	 len = strlen(name);
	int	 i;

	for (i = 0; i < reg->n; i++)
		if (strncmp(reg->v[i].name, name, len) == 0 &&
		    reg->v[i].name[len] == ' ')
			return 1;
	return 0;
}

/* The option a word names ("--year", "--year=", "-y"), or NULL; *reserved
 * gets the reserved option's index when it is one of those. */
static const struct ss_option *
word_option(const struct ss_command *c, const char *w, int *reserved)
{
	const struct ss_option	*o = c->options;
	size_t			 len;
	int			 i;

	*reserved = -1;
	if (w[0] != '-' || w[1] == '\0')
		return NULL;
	if (w[1] != '-') {
		for (i = 0; o != NULL && o[i].name != NULL; i++)
			if (w[2] == '\0' && o[i].short_name == w[1])
				return &o[i];
		return NULL;
	}
	len = strcspn(w + 2, "=");
	for (i = 0; args_reserved[i] != NULL; i++)
		if (strlen(args_reserved[i]) == len &&
		    strncmp(args_reserved[i], w + 2, len) == 0)
			*reserved = i;
	for (i = 0; o != NULL && o[i].name != NULL; i++)
		if (strlen(o[i].name) == len && strncmp(o[i].name, w + 2, len)
		    == 0)
			return &o[i];
	return NULL;
}

/* Offer the values of one option; 1 when file names should be offered. */
static int
complete_value(struct ss_ctx *ctx, const struct reg_entry *e,
    const struct ss_option *o, int reserved)
{
	const char *const	*names;
	struct ss_stmt		*st;
	int			 i;

	if (reserved == 0) {
		for (names = sink_format_names(); *names != NULL; names++)
			ctx_candidate(ctx, *names);
		return 0;
	}
	if (reserved == 1)
		return 1;
	if (o == NULL)
		return 0;
	if (o->type == SS_OPT_ENUM)
		for (i = 0; o->choices[i] != NULL; i++)
			ctx_candidate(ctx, o->choices[i]);
	if (o->type == SS_OPT_DATE)
		ctx_candidate(ctx, ctx->s->today);
	if (o->values_sql != NULL) {
		st = host_table.prepare(ctx, o->values_sql, NULL, 0);
		while (st != NULL && host_table.step(st) == 1) {
			struct ss_value	 v = host_table.column(st, 0);

			if (v.type == SS_TEXT)
				ctx_candidate(ctx, v.u.s);
			else if (v.type == SS_INT) {
				char	 num[32];

				snprintf(num, sizeof num, "%lld", v.u.i);
				ctx_candidate(ctx, num);
			}
		}
		host_table.finalize(st);
	}
	if (e->cmd->complete != NULL)
		e->cmd->complete(ctx, o->name, ctx->prefix);
	return 0;
}

/* Offer a command's option names. */
static void
complete_options(struct ss_ctx *ctx, const struct ss_command *c)
{
	const struct ss_option	*o = c->options;
	char			 name[128];
	int			 i;

	for (i = 0; o != NULL && o[i].name != NULL; i++) {
		snprintf(name, sizeof name, "--%s", o[i].name);
		ctx_candidate(ctx, name);
	}
	for (i = 0; args_reserved[i] != NULL; i++) {
		snprintf(name, sizeof name, "--%s", args_reserved[i]);
		ctx_candidate(ctx, name);
	}
}

/* How many operands words[used..n) hold (options and their values
 * skipped). */
static int
count_operands(const struct ss_command *c, struct words *w, int used)
{
	const struct ss_option	*o;
	int			 i, n = 0, reserved;

	for (i = used; i < w->n; i++) {
		const char	*word = w->v[i];

		if (strcmp(word, "--") == 0)
			return n + w->n - i - 1;
		if (word[0] != '-' || word[1] == '\0') {
			n++;
			continue;
		}
		o = word_option(c, word, &reserved);
		if (strchr(word, '=') == NULL && (reserved == 0 ||
		    reserved == 1 || (o != NULL && o->type != SS_OPT_FLAG)))
			i++;	/* its value */
	}
	return n;
}

/*
 * Collect the candidates for the word being typed, given the complete
 * words before it (and, after "--name=", that partial word); 1 when
 * readline should complete file names instead.
 */
static int
collect(struct session *s, struct ss_ctx *ctx, struct words *w,
    const char *eqword)
{
	const struct reg_entry	*e;
	const struct ss_option	*o = NULL;
	char			 err[512];
	int			 used, reserved = -1, subs, operand;

	if (w->n == 0) {
		registry_next_words(&s->reg, NULL, 0, add_word, ctx);
		return 0;
	}
	if (registry_find(&s->reg, w->v, w->n, 1, &e, &used, err,
	    sizeof err) == -1) {
		registry_next_words(&s->reg, w->v, w->n, add_word, ctx);
		return 0;
	}
	ctx->entry = e;
	ctx->plugin = e->plugin;
	/* Right after a command that also heads a group ("hazards" of
	 * "hazards open"): its sub-command words, and its options below. */
	subs = used == w->n && eqword == NULL && heads_group(&s->reg, e->name);
	if (used == w->n && eqword == NULL)
		registry_next_words(&s->reg, w->v, w->n, add_word, ctx);
	if (eqword != NULL) {
		o = word_option(e->cmd, eqword, &reserved);
		return complete_value(ctx, e, o, reserved);
	}
	if (w->n > used && (o = word_option(e->cmd, w->v[w->n - 1],
	    &reserved), o != NULL || reserved >= 0) &&
	    strchr(w->v[w->n - 1], '=') == NULL &&
	    (reserved == 0 || reserved == 1 ||
	    (o != NULL && o->type != SS_OPT_FLAG)))
		return complete_value(ctx, e, o, reserved);
	if (ctx->prefix[0] == '-') {
		complete_options(ctx, e->cmd);
		return 0;
	}
	operand = e->cmd->max_operands < 0 ||
	    count_operands(e->cmd, w, used) < e->cmd->max_operands;
	/* An empty word lists the options too where they are all that may
	 * come besides sub-commands: readline shows every choice rather
	 * than completing the sub-commands' common prefix. */
	if (ctx->prefix[0] == '\0' && (subs || !operand) &&
	    spells(w->v, used, e->name))
		complete_options(ctx, e->cmd);
	if (!operand)
		return 0;	/* no operand can follow */
	if ((e->cmd->flags & SS_CMD_FILE_OPERANDS) && !subs)
		return 1;
	if (e->cmd->complete != NULL)
		e->cmd->complete(ctx, NULL, ctx->prefix);
	return 0;
}

/* Compare strings for qsort. */
static int
compare_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Turn candidates into readline's match array: the common prefix first
 * (cut at a character boundary), then each match. */
static char **
match_array(struct strlist *c)
{
	char	**m;
	size_t	  lcd;
	int	  i, j, n = 0;

	if (c->n == 0)
		return NULL;
	qsort(c->v, c->n, sizeof *c->v, compare_str);
	for (i = 0; i < c->n; i++)	/* drop duplicates */
		if (n == 0 || strcmp(c->v[n - 1], c->v[i]) != 0)
			c->v[n++] = c->v[i];
		else
			free(c->v[i]);
	c->n = n;
	if ((m = calloc(n + 2, sizeof *m)) == NULL)
		return NULL;
	lcd = strlen(c->v[0]);
	for (i = 1; i < n; i++)
		for (j = 0; (size_t)j < lcd; j++)
			if (c->v[i][j] != c->v[0][j]) {
				lcd = j;
				break;
			}
	while (lcd > 0 && ((unsigned char)c->v[0][lcd] & 0xc0) == 0x80)
		lcd--;
	if (n == 1) {
		m[0] = c->v[0];
		c->n = 0;
		return m;
	}
	m[0] = strndup(c->v[0], lcd);
	for (i = 0; i < n; i++)
		m[i + 1] = c->v[i];
	c->n = 0;
	return m;
}

/* readline's completion entry: what may follow the words before `start`. */
static char **
complete(const char *text, int start, int end)
{
	struct session	*s = &the_session;
	struct strlist	 cands = { 0 };
	struct ss_ctx	 ctx;
	char		*before, *eqword = NULL, err[256], **m;
	int		 files;

	(void)end;
	rl_attempted_completion_over = 1;
	if ((before = strndup(rl_line_buffer, start)) == NULL)
		return NULL;
	lex_split(before, LEX_PARTIAL, &s->repl->words, err, sizeof err);
	/* An opening quote of the current word, or "--name=" before it. */
	if (s->repl->words.n > 0 && !s->repl->words.ended) {
		s->repl->words.n--;
		eqword = s->repl->words.v[s->repl->words.n];
		if (s->repl->words.open || eqword[0] != '-' ||
		    strchr(eqword, '=') == NULL)
			eqword = NULL;
	}
	ctx_init(&ctx, s, NULL, NULL, NULL);
	ctx.cands = &cands;
	ctx.prefix = text;
	files = collect(s, &ctx, &s->repl->words, eqword);
	ctx_done(&ctx);
	free(before);
	if (files) {
		strlist_free(&cands);
		rl_attempted_completion_over = 0;
		return NULL;
	}
	m = match_array(&cands);
	strlist_free(&cands);
	return m;
}

/* Set readline up and read the history. */
static void
setup(struct repl *r)
{
	const char	*home = getenv("HOME"), *env;

	rl_readline_name = "safestat";
	rl_instream = stdin;
	rl_outstream = stderr;
	rl_catch_signals = 0;
	rl_attempted_completion_function = complete;
	rl_basic_word_break_characters = " \t\n=";
	rl_completer_quote_characters = "\"'";
	rl_filename_quote_characters = " \t\"'\\#";
	r->history[0] = '\0';
	env = getenv("SAFESTAT_HISTORY");
	if (env != NULL)
		snprintf(r->history, sizeof r->history, "%s", env);
	else if (home != NULL && *home != '\0')
		snprintf(r->history, sizeof r->history,
		    "%s/.safestat_history", home);
	using_history();
	stifle_history(HISTORY_MAX);
	/* A command continued over several lines is one history entry;
	 * timestamps delimit such entries in the file. */
	history_comment_char = '#';
	history_write_timestamps = 1;
	history_multiline_entries = 1;
	if (r->history[0] != '\0')
		read_history(r->history);
}

/* Run the prompt until Ctrl-D, quit, or a fatal output error. */
void
repl_run(struct session *s)
{
	struct repl	 r;
	fd_set		 fds;
	int		 fd = fileno(stdin), n;

	memset(&r, 0, sizeof r);
	r.acc.name = NULL;
	s->repl = &r;
	setup(&r);
	rl_callback_handler_install(PROMPT, on_line);
	while (!s->quit && !s->stop) {
		FD_ZERO(&fds);
		FD_SET(fd, &fds);
		n = select(fd + 1, &fds, NULL, NULL, NULL);
		if (n == -1 && errno != EINTR)
			break;
		if (session_interrupted) {
			cancel_line(&r);
			rl_callback_handler_install(PROMPT, on_line);
			continue;
		}
		if (n <= 0)
			continue;
		rl_callback_read_char();
		if (r.eof) {
			fputs("\n", stderr);
			break;
		}
		if (!r.have_line)
			continue;
		r.have_line = 0;
		handle_line(s, &r, r.line);
		free(r.line);
		r.line = NULL;
		session_interrupted = 0;
		if (s->quit || s->stop)
			break;
		rl_callback_handler_install(r.more ? PROMPT_MORE : PROMPT,
		    on_line);
	}
	rl_callback_handler_remove();
	if (r.history[0] != '\0' && (n = write_history(r.history)) != 0)
		report_warning(s, NULL, "cannot save history to '%s': %s",
		    r.history, strerror(n));
	words_free(&r.words);
	source_close(&r.acc);
	s->repl = NULL;
}
