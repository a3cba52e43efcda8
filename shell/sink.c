/* shell/sink.c -- placeholder until the formats land. */
#include "config.h"

#include <stddef.h>

#include "shell/sink.h"

const char *const *
sink_format_names(void)
{
	static const char *const none[] = { NULL };

	return none;
}
