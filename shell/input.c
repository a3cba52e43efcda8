/*
 * shell/input.c -- read commands from a file, stdin or a -c text.
 *
 * Physical lines are joined into one command while the lexer says the text
 * is incomplete (an open quote, a trailing backslash); the command is known
 * by the line it starts on.  A UTF-8 byte-order mark at the start of a file
 * and a CR before each LF are dropped (scripts saved on Windows run as is);
 * a NUL byte is an error rather than a silently truncated line.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "shell/session.h"

/* Longest command accepted, in bytes. */
#define COMMAND_MAX	(16 * 1024 * 1024)

/* Open a file ("-" is stdin); -1 with a message. */
int
source_open_file(struct source *src, const char *path, char *err,
    size_t errlen)
{
	memset(src, 0, sizeof *src);
	if (strcmp(path, "-") == 0) {
		src->name = "stdin";
		src->fp = stdin;
		return 0;
	}
	if ((src->fp = fopen(path, "r")) == NULL) {
		snprintf(err, errlen, "cannot read '%s': %s", path,
		    strerror(errno));
		return -1;
	}
	src->name = path;
	src->close_fp = 1;
	return 0;
}

/* Read an open stream (see shell.h). */
void
source_open_stream(struct source *src, const char *name, FILE *fp)
{
	memset(src, 0, sizeof *src);
	src->name = name;
	src->fp = fp;
	src->close_fp = 1;
}

/* Use a -c text as a source named `name`. */
void
source_open_text(struct source *src, const char *name, const char *text)
{
	memset(src, 0, sizeof *src);
	src->name = name;
	src->text = text;
}

/* Close a source and free its buffers. */
void
source_close(struct source *src)
{
	if (src->close_fp && src->fp != NULL)
		fclose(src->fp);
	free(src->buf);
	free(src->cmd);
	src->fp = NULL;
	src->buf = src->cmd = NULL;
}

/* Read one physical line into src->buf (without its newline); its length,
 * -1 at the end, -2 when interrupted, -3 on a read error. */
static ssize_t
read_line(struct source *src)
{
	ssize_t	 n;

	if (src->fp == NULL) {
		const char	*p = src->text + src->pos, *nl;

		if (*p == '\0')
			return -1;
		nl = strchr(p, '\n');
		n = nl != NULL ? nl - p : (ssize_t)strlen(p);
		if ((size_t)n + 1 > src->bufcap) {
			char	*b = realloc(src->buf, n + 1);

			if (b == NULL)
				return -3;
			src->buf = b;
			src->bufcap = n + 1;
		}
		memcpy(src->buf, p, n);
		src->buf[n] = '\0';
		src->pos += n + (nl != NULL);
	} else {
		errno = 0;
		n = getline(&src->buf, &src->bufcap, src->fp);
		if (n == -1) {
			if (errno == EINTR || session_interrupted) {
				clearerr(src->fp);
				return -2;
			}
			return ferror(src->fp) ? -3 : -1;
		}
		if (n > 0 && src->buf[n - 1] == '\n')
			src->buf[--n] = '\0';
	}
	if (n > 0 && src->buf[n - 1] == '\r')
		src->buf[--n] = '\0';
	src->line++;
	return n;
}

/* Append a line to the command being assembled; -1 when too long. */
static int
append(struct source *src, const char *line, size_t len)
{
	size_t	 need = src->cmdlen + len + 2;

	if (need > COMMAND_MAX)
		return -1;
	if (need > src->cmdcap) {
		size_t	 cap = src->cmdcap ? src->cmdcap : 256;
		char	*c;

		while (cap < need)
			cap *= 2;
		if ((c = realloc(src->cmd, cap)) == NULL)
			return -1;
		src->cmd = c;
		src->cmdcap = cap;
	}
	if (src->cmdlen > 0)
		src->cmd[src->cmdlen++] = '\n';
	memcpy(src->cmd + src->cmdlen, line, len);
	src->cmdlen += len;
	src->cmd[src->cmdlen] = '\0';
	return 0;
}

/* Add a line to the command being assembled and lex what there is. */
enum lex_status
source_add_line(struct source *src, const char *line, struct words *w,
    char *err, size_t errlen)
{
	enum lex_status	 st;

	if (append(src, line, strlen(line)) == -1) {
		src->cmdlen = 0;
		snprintf(err, errlen, "command too long (over %d MiB)",
		    COMMAND_MAX >> 20);
		return LEX_ERROR;
	}
	st = lex_split(src->cmd, 0, w, err, errlen);
	if (st != LEX_INCOMPLETE)
		src->cmdlen = 0;
	return st;
}

/* Read the next command (see shell.h). */
enum input_status
source_next(struct source *src, struct words *w, long *first, char *err,
    size_t errlen)
{
	enum lex_status	 st;
	ssize_t		 n;

	src->cmdlen = 0;
	if (src->broken)
		return INPUT_EOF;
	for (;;) {
		n = read_line(src);
		if (n == -2)
			return INPUT_INTERRUPTED;
		if (n == -3) {
			snprintf(err, errlen, "cannot read '%s': %s", src->name,
			    strerror(errno != 0 ? errno : EIO));
			*first = src->line + 1;
			src->broken = 1;
			return INPUT_ERROR;
		}
		if (n == -1) {
			if (src->cmdlen == 0)
				return INPUT_EOF;
			snprintf(err, errlen, "unexpected end of input: an "
			    "unclosed quote or a trailing backslash");
			src->cmdlen = 0;
			return INPUT_ERROR;
		}
		if (src->cmdlen == 0)
			*first = src->line;
		if (src->line == 1 && n >= 3 &&
		    memcmp(src->buf, "\xef\xbb\xbf", 3) == 0) {
			memmove(src->buf, src->buf + 3, n - 2);
			n -= 3;
		}
		if (memchr(src->buf, '\0', n) != NULL) {
			snprintf(err, errlen, "NUL byte in input");
			src->cmdlen = 0;
			return INPUT_ERROR;
		}
		st = source_add_line(src, src->buf, w, err, errlen);
		if (st == LEX_OK)
			return INPUT_COMMAND;
		if (st == LEX_ERROR)
			return INPUT_ERROR;
	}
}
