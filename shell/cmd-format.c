/*
 * shell/cmd-format.c -- `format [FMT]` and `output [FILE|-]`: where the
 * results of the following commands go, and how they are written.  A
 * command's own --format and --output override both for that command.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "shell/session.h"
#include "shell/sink.h"

/* List the formats, or switch to one. */
static int
cmd_format(struct ss_ctx *ctx, const struct ss_args *args)
{
	static const struct ss_column cols[] = {
		{ .name = "format", .type = SS_TEXT },
		{ .name = "current", .type = SS_TEXT },
		{ .name = "summary", .type = SS_TEXT },
	};
	struct session		*s = builtin_session(ctx);
	const char *const	*names = sink_format_names(), *v, *near;
	int			 i;

	if ((v = ss_operand(args, 0)) == NULL) {
		if (ss_begin(ctx, cols, 3) != SS_OK)
			return SS_ERR;
		for (i = 0; names[i] != NULL; i++) {
			struct ss_value	 row[3] = {
				SS_TEXT_VALUE(names[i]),
				SS_TEXT_VALUE(strcmp(names[i],
				    session_format(s)) == 0 ?
				    (s->bom ? "yes, with BOM" : "yes") : ""),
				SS_TEXT_VALUE(sink_format_summary(names[i])),
			};

			if (ss_row(ctx, row) != SS_OK)
				return SS_ERR;
		}
		return ss_end(ctx);
	}
	for (i = 0; names[i] != NULL; i++) {
		if (strcmp(names[i], v) == 0) {
			s->format = names[i];
			s->format_set = 1;
			s->bom = args->bom;
			return SS_OK;
		}
	}
	if ((near = ss_closest(v, names)) != NULL)
		return ss_error(ctx, "unknown format '%s' (did you mean "
		    "'%s'?)", v, near);
	return ss_error(ctx, "unknown format '%s' (see 'format')", v);
}

/* Complete format names. */
static void
complete_format(struct ss_ctx *ctx, const char *option, const char *prefix)
{
	const char *const	*names = sink_format_names();

	(void)option;
	(void)prefix;
	for (; *names != NULL; names++)
		ss_candidate(ctx, *names);
}

static const char *const cmd_format_examples[] = {
	"format", "format csv --bom", NULL
};

const struct ss_command cmd_format_entry = {
	.name = "format",
	.summary = "list the output formats, or choose one",
	.help = "table draws boxes for people; csv, tsv, json, jsonl and "
	    "markdown are for programs and documents.  The default is table "
	    "when standard output is a terminal, tsv otherwise.  With --bom, "
	    "csv and tsv output starts with a UTF-8 byte-order mark so that "
	    "spreadsheets read Chinese text right.",
	.examples = cmd_format_examples,
	.operands = "FORMAT",
	.min_operands = 0,
	.max_operands = 1,
	.run = cmd_format,
	.complete = complete_format,
};

/* Show where results go, or send them to a file ("-": standard output). */
static int
cmd_output(struct ss_ctx *ctx, const struct ss_args *args)
{
	static const struct ss_column cols[] = {
		{ .name = "output", .type = SS_TEXT }
	};
	struct session	*s = builtin_session(ctx);
	const char	*v = ss_operand(args, 0);
	struct retired	*r;
	char		*path;
	FILE		*fp;

	if (v == NULL) {
		if (ss_begin(ctx, cols, 1) != SS_OK ||
		    ss_row(ctx, (struct ss_value[]){ SS_TEXT_VALUE(
		    s->out_path != NULL ? s->out_path : "standard output") }) !=
		    SS_OK)
			return SS_ERR;
		return ss_end(ctx);
	}
	if (strcmp(v, "-") == 0) {
		fp = stdout;
		path = NULL;
	} else {
		if ((fp = fopen(v, "w")) == NULL)
			return ss_error(ctx, "cannot write '%s': %s", v,
			    strerror(errno));
		if ((path = strdup(v)) == NULL) {
			fclose(fp);
			return ss_error(ctx, "out of memory");
		}
	}
	/* This very command (and a `source` running it) still holds the old
	 * stream: exec_words closes it when the top-level command ends. */
	if (s->out != stdout) {
		if ((r = calloc(1, sizeof *r)) == NULL) {
			if (fp != stdout)
				fclose(fp);
			free(path);
			return ss_error(ctx, "out of memory");
		}
		r->fp = s->out;
		r->path = s->out_path;
		r->next = s->retired;
		s->retired = r;
		s->out_path = NULL;
	}
	s->out = fp;
	s->out_started = 0;
	free(s->out_path);
	s->out_path = path;
	return SS_OK;
}

static const char *const cmd_output_examples[] = {
	"output", "output report.tsv", "output -", NULL
};

const struct ss_command cmd_output_entry = {
	.name = "output",
	.summary = "show where results go, or send them to a file",
	.help = "Results of the following commands are written to FILE "
	    "(truncated first) until 'output -' returns to standard output.  "
	    "For one command, use its --output FILE instead: that file is "
	    "replaced only when the command succeeds.",
	.examples = cmd_output_examples,
	.operands = "FILE|-",
	.min_operands = 0,
	.max_operands = 1,
	.flags = SS_CMD_FILE_OPERANDS,
	.run = cmd_output,
};
