/*
 * shell/cmd-source.c -- `source FILE`: run the commands of a file, as if
 * typed; its errors are reported with FILE:LINE.  A path is taken relative
 * to the working directory.
 */
#include "config.h"

#include "shell/session.h"

/* Run the file's commands. */
static int
cmd_source(struct ss_ctx *ctx, const struct ss_args *args)
{
	char	 err[1024];

	if (exec_file(builtin_session(ctx), ss_operand(args, 0), err,
	    sizeof err) == -1)
		return ss_error(ctx, "%s", err);
	return SS_OK;
}

static const char *const cmd_source_examples[] = {
	"source commands.ss", NULL
};

const struct ss_command cmd_source_entry = {
	.name = "source",
	.summary = "run the commands in a file",
	.help = "Each line is a command exactly as typed at the prompt.  "
	    "Errors name the file and line; with --bail the first one stops "
	    "everything.  Files may source others, up to 16 deep.",
	.examples = cmd_source_examples,
	.operands = "FILE",
	.min_operands = 1,
	.max_operands = 1,
	.flags = SS_CMD_FILE_OPERANDS,
	.run = cmd_source,
};
