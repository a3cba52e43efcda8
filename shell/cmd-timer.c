/*
 * shell/cmd-timer.c -- `timer on|off`: print each command's elapsed time
 * on stderr (so it never mixes with results).
 */
#include "config.h"

#include <string.h>

#include "shell/session.h"

static const char *const timer_states[] = { "on", "off", NULL };

/* Show or set the timer. */
static int
cmd_timer(struct ss_ctx *ctx, const struct ss_args *args)
{
	static const struct ss_column cols[] = {
		{ .name = "timer", .type = SS_TEXT }
	};
	struct session	*s = builtin_session(ctx);
	const char	*v = ss_operand(args, 0), *near;

	if (v == NULL) {
		if (ss_begin(ctx, cols, 1) != SS_OK ||
		    ss_row(ctx, (struct ss_value[]){
		    SS_TEXT_VALUE(s->timer ? "on" : "off") }) != SS_OK)
			return SS_ERR;
		return ss_end(ctx);
	}
	if (strcmp(v, "on") == 0 || strcmp(v, "off") == 0) {
		s->timer = strcmp(v, "on") == 0;
		return SS_OK;
	}
	if ((near = ss_closest(v, timer_states)) != NULL)
		return ss_error(ctx, "invalid value '%s' for timer: on or off "
		    "(did you mean '%s'?)", v, near);
	return ss_error(ctx, "invalid value '%s' for timer: on or off", v);
}

/* Complete on/off. */
static void
complete_timer(struct ss_ctx *ctx, const char *option, const char *prefix)
{
	(void)option;
	(void)prefix;
	ss_candidate(ctx, "on");
	ss_candidate(ctx, "off");
}

static const char *const cmd_timer_examples[] = {
	"timer", "timer on", NULL
};

const struct ss_command cmd_timer_entry = {
	.name = "timer",
	.summary = "show each command's elapsed time (on stderr)",
	.examples = cmd_timer_examples,
	.operands = "on|off",
	.min_operands = 0,
	.max_operands = 1,
	.run = cmd_timer,
	.complete = complete_timer,
};
