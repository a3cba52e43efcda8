/*
 * shell/report.c -- how errors, warnings and notes reach stderr.
 *
 * Batch mode: "safestat: SOURCE:LINE: message", so a script's errors can be
 * found like a compiler's.  At the prompt: "error: message" (lua.c style;
 * the user knows which line they typed).  Every report is exactly one line:
 * newlines and other control characters inside a message (which may quote
 * what the user typed) are escaped, so no terminal escape gets through.
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "shell/session.h"

/* Copy msg into out (len bytes), escaping control characters. */
static void
escape(char *out, size_t len, const char *msg)
{
	size_t	 n = 0;

	for (; *msg != '\0' && n + 5 < len; msg++) {
		unsigned char	 c = (unsigned char)*msg;

		if (c == '\n') {
			out[n++] = '\\';
			out[n++] = 'n';
		} else if (c == '\t') {
			out[n++] = '\\';
			out[n++] = 't';
		} else if (c < 0x20 || c == 0x7f)
			n += snprintf(out + n, len - n, "\\x%02x", c);
		else
			out[n++] = (char)c;
	}
	out[n] = '\0';
}

/* Write one report line: prefix, location, kind, message. */
static void
report_line(struct session *s, const struct loc *loc, const char *kind,
    const char *fmt, va_list ap)
{
	char	 msg[2048], safe[4096], line[4200];

	vsnprintf(msg, sizeof msg, fmt, ap);
	escape(safe, sizeof safe, msg);
	if (s->interactive) {
		if (loc != NULL && loc->source != NULL)
			snprintf(line, sizeof line, "%s: %s:%ld: %s\n", kind,
			    loc->source, loc->line, safe);
		else
			snprintf(line, sizeof line, "%s: %s\n", kind, safe);
	} else {
		const char	*k = strcmp(kind, "error") == 0 ? "" : kind;
		const char	*sep = *k != '\0' ? ": " : "";

		if (loc != NULL && loc->source != NULL)
			snprintf(line, sizeof line, "safestat: %s:%ld: %s%s%s\n",
			    loc->source, loc->line, k, sep, safe);
		else
			snprintf(line, sizeof line, "safestat: %s%s%s\n", k,
			    sep, safe);
	}
	fflush(s->out != NULL ? s->out : stdout);
	fputs(line, stderr);
}

/* An error at loc (see shell.h). */
void
report_error(struct session *s, const struct loc *loc, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	report_line(s, loc, "error", fmt, ap);
	va_end(ap);
}

/* A warning at loc; the exit status does not change. */
void
report_warning(struct session *s, const struct loc *loc, const char *fmt,
    ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	report_line(s, loc, "warning", fmt, ap);
	va_end(ap);
}

/* A note at the prompt: printed as is (row counts, the timer). */
void
report_note(struct session *s, const char *fmt, ...)
{
	va_list	 ap;

	(void)s;
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
}
