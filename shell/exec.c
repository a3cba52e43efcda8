/*
 * shell/exec.c -- run one command line, and every command of a source.
 *
 * One command: find it in the registry, parse its options, open its output
 * (the session's, or its own --output), run it into a fresh sink, then
 * either close the sink or abort it (a buffered table is never
 * half-printed), and report what went wrong in one line.
 *
 * --output FILE: a regular file (or a new one) is written to a temporary
 * file next to it and renamed over it only on success, so a failed command
 * leaves nothing half-written; a symbolic link is followed, so the link
 * stays and its target is replaced, keeping the target's mode (and owner
 * where we may).  Anything else -- a terminal, /dev/full, a FIFO -- is
 * opened and written in place: renaming over it would replace a device
 * node or leave a FIFO's reader waiting forever.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "shell/session.h"
#include "shell/sink.h"

/* How many symbolic links resolving an --output path may follow. */
#define MAX_LINK_HOPS	40

/* Where one command's output goes. */
struct dest {
	FILE		*fp;
	const char	*name;		/* for messages; NULL: standard output */
	char		*target;	/* --output, a regular file: the file
					   the temporary one replaces */
	char		*tmp;		/* ... and that temporary file */
	int		 own;		/* --output FILE: the output starts a
					   file of its own (a BOM may go) */
};

/* The session's format (see shell.h). */
const char *
session_format(const struct session *s)
{
	const char	*f;

	if (!s->format_set && (f = sink_format_for_path(s->out_path)) != NULL)
		return f;
	return s->format;
}

/* One command's format: its --format, else the extension of its own
 * --output file, else the session's. */
static const char *
command_format(const struct session *s, const struct ss_args *a)
{
	const char	*f;

	if (a->format != NULL)
		return a->format;
	if (a->output != NULL && strcmp(a->output, "-") != 0 &&
	    (f = sink_format_for_path(a->output)) != NULL)
		return f;
	return session_format(s);
}

/* Count a failure, report it, and stop when --bail says so. */
static void
fail(struct session *s, const struct loc *loc, const char *msg)
{
	report_error(s, loc, "%s", msg);
	s->failures++;
	if (s->bail && !s->interactive)
		s->stop = 1;
}

/* The path a symbolic link chain starting at `path` ends at (`path` itself
 * when it is no link), resolving relative links against their directory;
 * malloc'd, or NULL with errno set. */
static char *
follow_links(const char *path)
{
	struct stat	 sb;
	char		*cur, *next, link[PATH_MAX];
	ssize_t		 n;
	int		 hops;

	if ((cur = strdup(path)) == NULL)
		return NULL;
	for (hops = 0; lstat(cur, &sb) == 0 && S_ISLNK(sb.st_mode); hops++) {
		const char	*slash = strrchr(cur, '/');

		if (hops == MAX_LINK_HOPS ||
		    (n = readlink(cur, link, sizeof link - 1)) == -1) {
			if (hops == MAX_LINK_HOPS)
				errno = ELOOP;
			free(cur);
			return NULL;
		}
		link[n] = '\0';
		if (link[0] == '/' || slash == NULL)
			next = strdup(link);
		else if (asprintf(&next, "%.*s/%s", (int)(slash - cur), cur,
		    link) == -1)
			next = NULL;
		free(cur);
		if ((cur = next) == NULL)
			return NULL;
	}
	return cur;
}

/* Open a temporary file next to d->target for a regular file (`old`: the
 * file it replaces, or NULL for a new one); -1 with errno set. */
static int
open_temporary(struct session *s, struct dest *d, const struct stat *old)
{
	int	 fd, saved;

	if (asprintf(&d->tmp, "%s.XXXXXX", d->target) == -1) {
		d->tmp = NULL;
		return -1;
	}
	if ((fd = mkostemp(d->tmp, O_CLOEXEC)) == -1)
		goto fail;
	/* The owner first (a change of owner may clear set-id bits); only
	 * root may give a file away, so failing that, the group alone. */
	if (old != NULL && (old->st_uid != geteuid() ||
	    old->st_gid != getegid()) &&
	    fchown(fd, old->st_uid, old->st_gid) == -1 &&
	    fchown(fd, (uid_t)-1, old->st_gid) == -1) {
		/* Ours, then: the file is still written. */
	}
	if (fchmod(fd, old != NULL ? old->st_mode & 07777 :
	    0666 & ~s->umask) == -1 || (d->fp = fdopen(fd, "w")) == NULL) {
		saved = errno;
		close(fd);
		unlink(d->tmp);
		errno = saved;
		goto fail;
	}
	return 0;
fail:
	free(d->tmp);
	d->tmp = NULL;
	return -1;
}

/* Open a command's output; -1 with a message. */
static int
dest_open(struct session *s, const struct ss_args *a, struct dest *d,
    char *err, size_t errlen)
{
	struct stat	 sb;
	int		 fd, exists;

	memset(d, 0, sizeof *d);
	if (a->output == NULL) {
		d->fp = s->out;
		d->name = s->out_path;
		return 0;
	}
	if (strcmp(a->output, "-") == 0) {
		d->fp = stdout;
		return 0;
	}
	d->name = a->output;
	d->own = 1;
	exists = stat(a->output, &sb) == 0;
	if (exists && S_ISDIR(sb.st_mode)) {
		errno = EISDIR;
		goto fail;
	}
	if (exists && !S_ISREG(sb.st_mode)) {
		/* A device, FIFO or socket: written where it is. */
		if ((fd = open(a->output, O_WRONLY | O_NOCTTY | O_CLOEXEC)) ==
		    -1)
			goto fail;
		if ((d->fp = fdopen(fd, "w")) == NULL) {
			close(fd);
			goto fail;
		}
		return 0;
	}
	if (!exists && errno != ENOENT)
		goto fail;
	/* Next to the real target: the rename then replaces the file a
	 * link points to (not the link), within one file system. */
	if ((d->target = follow_links(a->output)) == NULL ||
	    open_temporary(s, d, exists ? &sb : NULL) == -1)
		goto fail;
	return 0;
fail:
	snprintf(err, errlen, "cannot write '%s': %s", a->output,
	    errno == EINTR ? "interrupted" : strerror(errno));
	free(d->target);
	d->target = NULL;
	return -1;
}

/* Finish a command's output: a temporary file is renamed into place when
 * the command succeeded and removed otherwise, a device or FIFO closed;
 * -1 with a message. */
static int
dest_close(struct dest *d, int ok, char *err, size_t errlen)
{
	int	 ret = 0;

	if (!d->own)
		return 0;
	if (ok && (ferror(d->fp) || fflush(d->fp) == EOF)) {
		snprintf(err, errlen, "cannot write '%s': %s", d->name,
		    strerror(errno));
		ok = 0;
		ret = -1;
	}
	if (fclose(d->fp) == EOF && ok) {
		snprintf(err, errlen, "cannot write '%s': %s", d->name,
		    strerror(errno));
		ok = 0;
		ret = -1;
	}
	if (d->tmp != NULL) {
		if (ok && rename(d->tmp, d->target) == -1) {
			snprintf(err, errlen, "cannot write '%s': %s", d->name,
			    strerror(errno));
			ret = -1;
			ok = 0;
		}
		if (!ok)
			unlink(d->tmp);
	}
	free(d->tmp);
	free(d->target);
	d->tmp = d->target = NULL;
	return ret;
}

/* Seconds since t0. */
static double
elapsed(const struct timespec *t0)
{
	struct timespec	 t1;

	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (t1.tv_sec - t0->tv_sec) + (t1.tv_nsec - t0->tv_nsec) / 1e9;
}

/* The message for a failed command. */
static void
failure_message(struct ss_ctx *ctx, const struct reg_entry *e, int rc,
    char *buf, size_t len)
{
	char	 usage[1024];

	if (rc == SS_USAGE) {
		args_usage(e->cmd, e->name, usage, sizeof usage);
		if (ctx->msg != NULL)
			snprintf(buf, len, "%s (usage: %s)", ctx->msg, usage);
		else
			snprintf(buf, len, "usage: %s", usage);
	} else if (ctx->msg != NULL || ctx->verdict != NULL)
		snprintf(buf, len, "%s", ctx->msg != NULL ? ctx->msg :
		    ctx->verdict);
	else if (e->plugin != NULL)
		snprintf(buf, len, "'%s' failed without saying why (a bug in "
		    "plugin '%s')", e->name, e->plugin->desc.name);
	else
		snprintf(buf, len, "'%s' failed without saying why (a bug in "
		    "safestat)", e->name);
}

/* Run the command in `words` (see shell.h). */
void
exec_words(struct session *s, struct words *w, const struct loc *loc)
{
	const struct reg_entry	*found;
	struct reg_entry	 ent, *e = &ent;
	struct ss_args		*a = &s->args[s->depth];
	struct ss_ctx		 ctx;
	struct sink		*sink;
	struct dest		 d;
	struct capture		 held = { 0 };
	const char		*format;
	FILE			*out;
	struct timespec		 t0;
	char			 err[4096];
	long long		 rows;
	int			 used, rc, timing;

	if (w->n == 0)
		return;
	s->loc = loc;
	session_interrupted = 0;
	if (registry_find(&s->reg, w->v, w->n,
	    s->interactive && loc->source == NULL, &found, &used, err,
	    sizeof err) == 0)
		ent = *found;	/* a copy: the run may load or unload plugins */
	else
		e = NULL;
	if (e == NULL ||
	    args_parse(a, e->cmd, e->name, w->v + used, w->n - used, err,
	    sizeof err) == -1 ||
	    dest_open(s, a, &d, err, sizeof err) == -1) {
		fail(s, loc, err);
		return;
	}
	format = command_format(s, a);
	/* At the prompt a result for the terminal is held until it is
	 * complete: it may need the pager. */
	out = d.fp;
	if (pager_wanted(s, d.fp, format) && pager_capture(&held) == 0)
		out = held.fp;
	/* A byte-order mark starts a file, never the middle of a stream. */
	sink = sink_new(out, format, (a->bom || s->bom) && (d.own ||
	    (d.fp == s->out && !s->out_started)) ? SINK_BOM : 0);
	if (sink == NULL) {
		pager_show(s, &held);
		dest_close(&d, 0, err, sizeof err);
		fail(s, loc, "out of memory");
		return;
	}
	ctx_init(&ctx, s, e, e->plugin, sink);
	ctx.out_name = d.name;
	/* `timer on` itself is not timed: the setting is read once, here. */
	if ((timing = s->timer) != 0)
		clock_gettime(CLOCK_MONOTONIC, &t0);

	rc = a->help ? help_command(&ctx, e) : e->cmd->run(&ctx, a);

	if (rc != SS_OK && rc != SS_ERR && rc != SS_USAGE)
		rc = ctx_error(&ctx, "'%s' returned %d (a bug in %s)",
		    e->name, rc, e->plugin != NULL ? "its plugin" : "safestat");
	if (session_interrupted)
		rc = ctx_error(&ctx, "interrupted");
	rows = sink_row_count(sink);
	if (rc == SS_OK) {
		errno = 0;
		if (sink_close(sink) == -1) {
			ctx.write_failed = errno != 0 ? errno : EIO;
			if (d.name != NULL)
				rc = ctx_error(&ctx, "cannot write '%s': %s",
				    d.name, strerror(ctx.write_failed));
			else
				rc = ctx_error(&ctx, "write error on standard "
				    "output: %s", strerror(ctx.write_failed));
		}
	} else {
		sink_abort(sink);
		sink_close(sink);
	}
	if (dest_close(&d, rc == SS_OK, err, sizeof err) == -1 && rc == SS_OK)
		rc = ctx_error(&ctx, "%s", err);
	/* What a failed command printed stands too (a buffered table was
	 * dropped already); then comes its error. */
	if (pager_show(s, &held) == -1 && ctx.write_failed == 0) {
		ctx.write_failed = errno != 0 ? errno : EIO;
		if (ctx.write_failed != EPIPE && rc == SS_OK)
			rc = ctx_error(&ctx, "write error on standard output: "
			    "%s", strerror(ctx.write_failed));
	}
	while (s->depth == 0 && s->retired != NULL) {
		struct retired	*r = s->retired;

		if (fclose(r->fp) == EOF && rc == SS_OK)
			rc = ctx_error(&ctx, "cannot write '%s': %s", r->path,
			    strerror(errno));
		s->retired = r->next;
		free(r->path);
		free(r);
	}
	/* EPIPE on the session's output: its reader has gone (| head).
	 * Nothing more can be shown, and nothing went wrong. */
	if (ctx.write_failed == EPIPE && !d.own)
		s->reader_gone = 1;
	else if (ctx.write_failed != 0 && d.fp == stdout)
		s->stdout_broken = 1;
	if (d.fp == s->out && ctx.results > 0)
		s->out_started = 1;

	if (timing)
		report_note(s, "time: %.3f s\n", elapsed(&t0));
	if (rc == SS_OK) {
		if (s->interactive && !s->quiet && ctx.results > 0 && !ctx.page)
			report_note(s, "(%lld row%s)\n", rows,
			    rows == 1 ? "" : "s");
		/* ss_fail: the output stands, the command failed. */
		if (ctx.verdict != NULL)
			fail(s, loc, ctx.verdict);
	} else if (!s->reader_gone) {
		/* The terminal echoed ^C where the cursor was. */
		if (session_interrupted && s->interactive)
			fputc('\n', stderr);
		failure_message(&ctx, e, rc, err, sizeof err);
		fail(s, loc, err);
	}
	ctx_done(&ctx);
	if (session_interrupted && !s->interactive) {
		s->exit_status = 130;
		s->stop = 1;
	}
	if (s->stdout_broken || s->reader_gone)
		s->stop = 1;
}

/* Run every command of a source (see shell.h). */
void
exec_source(struct session *s, struct source *src)
{
	struct words		 w = { 0 };
	struct loc		 loc;
	const struct loc	*saved = s->loc;
	enum input_status	 st;
	char			 err[2048];
	long			 line = 0;

	loc.source = src->name;
	while (!s->stop && !s->quit) {
		st = source_next(src, &w, &line, err, sizeof err);
		loc.line = line;
		if (st == INPUT_EOF)
			break;
		if (st == INPUT_INTERRUPTED) {
			if (!s->interactive) {
				report_error(s, NULL, "interrupted");
				s->exit_status = 130;
				s->stop = 1;
			}
			break;
		}
		if (st == INPUT_ERROR)
			fail(s, &loc, err);
		else
			exec_words(s, &w, &loc);
		if (session_interrupted)
			break;
	}
	words_free(&w);
	s->loc = saved;		/* loc is about to go out of scope */
}

/* Run a file as `source` does (see shell.h). */
int
exec_file(struct session *s, const char *path, char *err, size_t errlen)
{
	struct source	 src;

	if (s->depth >= SESSION_MAX_DEPTH) {
		snprintf(err, errlen, "cannot source '%s': nested more than "
		    "%d deep", path, SESSION_MAX_DEPTH);
		return -1;
	}
	if (source_open_file(&src, path, err, errlen) == -1)
		return -1;
	s->depth++;
	exec_source(s, &src);
	s->depth--;
	source_close(&src);
	return 0;
}
