/*
 * shell/pager.c -- show a wide or tall result through a pager, as psql
 * does.  Only at the prompt, only when standard output is the terminal
 * and only for the formats people read there (table, markdown): the
 * command's output is held in memory, then measured in display columns
 * and lines against the terminal, and written through $PAGER (else
 * `less -SFRX` when installed, else not at all) or straight to the
 * terminal.  `pager on|off|auto` and --no-pager choose.
 *
 * The pager inherits the terminal: safestat ignores Ctrl-C while it runs
 * (the pager uses it), and the child gets default SIGINT and SIGPIPE
 * back before exec (ignored signals stay ignored across exec).
 */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "shell/session.h"
#include "shell/sink.h"
#include "shell/width.h"

/* The pager used when $PAGER is unset: chop long lines rather than wrap
 * them (-S), quit when it all fits (-F), pass colours (-R) and leave the
 * text on the screen afterwards (-X). */
#define DEFAULT_PAGER	"less -SFRX"

/* The names `pager` takes and shows, in enum pager_mode order. */
const char *const pager_modes[] = { "auto", "on", "off", NULL };

/* Is `prog` an executable file in a directory of $PATH? */
static int
in_path(const char *prog)
{
	const char	*path = getenv("PATH"), *p, *colon;
	char		 file[4096];
	struct stat	 sb;

	for (p = path; p != NULL && *p != '\0'; p = colon ? colon + 1 : NULL) {
		colon = strchr(p, ':');
		snprintf(file, sizeof file, "%.*s/%s", colon != NULL ?
		    (int)(colon - p) : (int)strlen(p), p, prog);
		if (stat(file, &sb) == 0 && S_ISREG(sb.st_mode) &&
		    access(file, X_OK) == 0)
			return 1;
	}
	return 0;
}

/* The pager command to run ($PAGER, else less when installed), or NULL. */
const char *
pager_command(void)
{
	const char	*env = getenv("PAGER");

	if (env != NULL && *env != '\0')
		return env;
	return in_path("less") ? DEFAULT_PAGER : NULL;
}

/* Should a command's output, going to `fp` in `format`, be held back for
 * the pager? */
int
pager_wanted(const struct session *s, FILE *fp, const char *format)
{
	return s->interactive && s->stdout_tty && fp == stdout &&
	    s->pager != PAGER_OFF && sink_format_rich(format);
}

/* Start holding a command's output in memory; -1 when that fails (the
 * output then goes straight to the terminal). */
int
pager_capture(struct capture *c)
{
	memset(c, 0, sizeof *c);
	if ((c->fp = open_memstream(&c->text, &c->len)) == NULL)
		return -1;
	return 0;
}

/* Does the text need more lines, or wider ones, than the terminal has?
 * Room is left below it for the row count and the next prompt. */
static int
too_big(const char *text, size_t len)
{
	struct winsize	 ws;
	size_t		 lines = 0, width = 0, i = 0;

	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == -1 || ws.ws_row == 0 ||
	    ws.ws_col == 0)
		return 0;	/* a size nobody knows: do not guess */
	while (i < len) {
		const char	*nl = memchr(text + i, '\n', len - i);
		size_t		 end = nl != NULL ? (size_t)(nl - text) : len;
		int32_t		 cp;

		lines++;
		for (width = 0; i < end; ) {
			int	 w;

			i += width_decode(text + i, end - i, &cp);
			w = cp == WIDTH_INVALID ? 1 : width_codepoint(cp);
			width += w > 0 ? (size_t)w : 0;
		}
		if (width > ws.ws_col || lines + 2 > ws.ws_row)
			return 1;
		i = end + 1;
	}
	return 0;
}

/* Write all of the text to fd; -1 with errno set. */
static int
write_all(int fd, const char *text, size_t len)
{
	ssize_t	 n;

	while (len > 0) {
		if ((n = write(fd, text, len)) == -1) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		text += n;
		len -= (size_t)n;
	}
	return 0;
}

/* Run `command` with the text on its standard input and wait for it; -1
 * when it could not be started or run (the caller then prints the text
 * itself: a misspelt $PAGER must not swallow a result). */
static int
run_pager(struct session *s, const char *command, const char *text,
    size_t len)
{
	struct sigaction	 ign, old_int;
	pid_t			 pid;
	int			 fds[2], status;

	if (pipe(fds) == -1)
		return -1;
	fflush(stdout);
	memset(&ign, 0, sizeof ign);
	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	sigaction(SIGINT, &ign, &old_int);
	if ((pid = fork()) == -1) {
		sigaction(SIGINT, &old_int, NULL);
		close(fds[0]);
		close(fds[1]);
		return -1;
	}
	if (pid == 0) {
		signal(SIGINT, SIG_DFL);
		signal(SIGPIPE, SIG_DFL);
		if (dup2(fds[0], STDIN_FILENO) == -1)
			_exit(127);
		close(fds[0]);
		close(fds[1]);
		execl("/bin/sh", "sh", "-c", command, (char *)NULL);
		_exit(127);
	}
	close(fds[0]);
	/* EPIPE: the pager was left before reading everything, which is
	 * how one stops reading (q in less). */
	write_all(fds[1], text, len);
	close(fds[1]);
	while (waitpid(pid, &status, 0) == -1 && errno == EINTR)
		;
	sigaction(SIGINT, &old_int, NULL);
	/* 126 and 127: sh could not find or run it. */
	if (WIFEXITED(status) && (WEXITSTATUS(status) == 126 ||
	    WEXITSTATUS(status) == 127)) {
		report_warning(s, NULL, "cannot run the pager '%s' (set PAGER, "
		    "or 'pager off')", command);
		return -1;
	}
	return 0;
}

/* Show what was captured (see shell.h); -1 with errno set when writing it
 * to standard output failed. */
int
pager_show(struct session *s, struct capture *c)
{
	const char	*command;
	int		 rc = 0, paged;

	if (c->fp == NULL)
		return 0;
	if (fclose(c->fp) == EOF) {
		c->fp = NULL;
		free(c->text);
		errno = ENOMEM;
		return -1;
	}
	c->fp = NULL;
	if (c->len > 0) {
		paged = (command = pager_command()) != NULL &&
		    (s->pager == PAGER_ON || too_big(c->text, c->len)) &&
		    run_pager(s, command, c->text, c->len) == 0;
		if (!paged && (fwrite(c->text, 1, c->len, stdout) != c->len ||
		    fflush(stdout) == EOF))
			rc = -1;
	}
	free(c->text);
	c->text = NULL;
	return rc;
}
