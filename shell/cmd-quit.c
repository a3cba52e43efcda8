/*
 * shell/cmd-quit.c -- `quit` and `exit`: leave the shell, optionally with
 * an exit status (which then wins over the failures counted so far).
 */
#include "config.h"

#include <stdlib.h>

#include "shell/session.h"

/* Stop reading commands. */
static int
cmd_quit(struct ss_ctx *ctx, const struct ss_args *args)
{
	struct session	*s = builtin_session(ctx);
	const char	*status = ss_operand(args, 0);
	char		*end;
	long		 n = 0;

	if (status != NULL) {
		n = strtol(status, &end, 10);
		if (*status == '\0' || *end != '\0' || n < 0 || n > 255)
			return ss_error(ctx, "invalid exit status '%s' "
			    "(0..255)", status);
	}
	s->quit = 1;
	s->quit_status = status != NULL ? (int)n : -1;
	return SS_OK;
}

static const char *const cmd_quit_examples[] = { "quit", "quit 3", NULL };

const struct ss_command cmd_quit_entry = {
	.name = "quit",
	.summary = "leave the shell",
	.help = "With STATUS, safestat exits with it; otherwise the status "
	    "says whether every command succeeded.  Ctrl-D at the prompt "
	    "leaves too.",
	.examples = cmd_quit_examples,
	.operands = "STATUS",
	.min_operands = 0,
	.max_operands = 1,
	.run = cmd_quit,
};

static const char *const cmd_exit_examples[] = { "exit", NULL };

const struct ss_command cmd_exit_entry = {
	.name = "exit",
	.summary = "leave the shell (same as quit)",
	.examples = cmd_exit_examples,
	.operands = "STATUS",
	.min_operands = 0,
	.max_operands = 1,
	.run = cmd_quit,
};
