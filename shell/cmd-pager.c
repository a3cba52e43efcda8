/*
 * shell/cmd-pager.c -- `pager [auto|on|off]`: whether results at the
 * prompt go through a pager (shell/pager.c).  auto, the default, pages a
 * table or markdown result that is wider or taller than the terminal; on
 * pages every one; off none.  Scripts are never paged.
 */
#include "config.h"

#include <string.h>

#include "shell/session.h"

/* Show the mode and the pager, or set the mode. */
static int
cmd_pager(struct ss_ctx *ctx, const struct ss_args *args)
{
	static const struct ss_column cols[] = {
		{ .name = "pager", .type = SS_TEXT },
		{ .name = "command", .type = SS_TEXT },
	};
	struct session	*s = builtin_session(ctx);
	const char	*v = ss_operand(args, 0), *near;
	int		 i;

	if (v == NULL) {
		if (ss_begin(ctx, cols, 2) != SS_OK ||
		    ss_row(ctx, (struct ss_value[]){
		    SS_TEXT_VALUE(pager_modes[s->pager]),
		    SS_TEXT_VALUE(pager_command()) }) != SS_OK)
			return SS_ERR;
		return ss_end(ctx);
	}
	for (i = 0; pager_modes[i] != NULL; i++) {
		if (strcmp(v, pager_modes[i]) == 0) {
			s->pager = (enum pager_mode)i;
			return SS_OK;
		}
	}
	if ((near = ss_closest(v, pager_modes)) != NULL)
		return ss_error(ctx, "invalid value '%s' for pager: auto, on or "
		    "off (did you mean '%s'?)", v, near);
	return ss_error(ctx, "invalid value '%s' for pager: auto, on or off",
	    v);
}

/* Complete the modes. */
static void
complete_pager(struct ss_ctx *ctx, const char *option, const char *prefix)
{
	int	 i;

	(void)option;
	(void)prefix;
	for (i = 0; pager_modes[i] != NULL; i++)
		ss_candidate(ctx, pager_modes[i]);
}

static const char *const cmd_pager_examples[] = {
	"pager", "pager off", NULL
};

const struct ss_command cmd_pager_entry = {
	.name = "pager",
	.summary = "show or choose when results go through a pager",
	.help = "At the prompt, a table or markdown result wider or taller "
	    "than the terminal is shown through $PAGER (else 'less -SFRX' "
	    "when installed), as psql does: that is 'auto', the default.  "
	    "'on' pages every such result, 'off' none; safestat --no-pager "
	    "starts with 'off'.  Results written by scripts, to files or to "
	    "a pipe are never paged.  Alone, shows the setting and the pager "
	    "command (empty when there is none).",
	.examples = cmd_pager_examples,
	.operands = "auto|on|off",
	.min_operands = 0,
	.max_operands = 1,
	.run = cmd_pager,
	.complete = complete_pager,
};
