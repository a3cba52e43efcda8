/*
 * shell/sink.h -- where result rows go: one output format writing to one
 * stream.  A command's rows, total rows and text blocks arrive here from the
 * host table (shell/host.c) and leave as table, csv, tsv, json, jsonl or
 * markdown.  Streaming formats (csv, tsv, json, jsonl) write each row as it
 * comes and never hold a whole result; buffered ones (table, markdown) keep
 * one result set to measure column widths, and sink_abort drops it unprinted.
 *
 * Every function that writes returns 0, or -1 when writing to the stream
 * failed (errno tells why); the caller reports it.
 */
#ifndef SAFESTAT_SINK_H
#define SAFESTAT_SINK_H

#include <stdio.h>

#include <safestat/plugin.h>

struct sink;

/* Sink flags. */
#define SINK_BOM	0x01	/* csv/tsv: start the output with a UTF-8 BOM
				   (spreadsheets then read CJK text right) */

/* The formats, in the order help lists them; NULL-terminated. */
const char *const	*sink_format_names(void);
/* The format a file name's extension asks for (.csv, .tsv, .json,
 * .jsonl, .md; case does not matter), or NULL. */
const char		*sink_format_for_path(const char *path);
/* A format's one-line description, or NULL for an unknown name. */
const char		*sink_format_summary(const char *name);

/* A sink writing `format` to `out` (not closed by the sink); NULL when the
 * format is unknown. */
struct sink		*sink_new(FILE *out, const char *format, unsigned flags);
/* Nonzero when the format renders text blocks and total rows. */
int			 sink_rich(const struct sink *);
/* The same for a format's name (0 for an unknown one). */
int			 sink_format_rich(const char *name);
/* Start a result set; an open one is ended first. */
int			 sink_begin(struct sink *, const struct ss_column *cols,
			    int ncols);
/* One row of ncols values (copied when the format buffers). */
int			 sink_row(struct sink *, const struct ss_value *vals);
/* A total row (rich formats only; a no-op returning 0 otherwise). */
int			 sink_total(struct sink *, const struct ss_value *vals);
/* Finish the current result set. */
int			 sink_end(struct sink *);
/* A text block between result sets (rich formats only). */
int			 sink_block(struct sink *, enum ss_block kind,
			    const char *text);
/* The command failed: drop whatever is buffered, print nothing more. */
void			 sink_abort(struct sink *);
/* Rows (not totals) received since sink_new. */
long long		 sink_row_count(const struct sink *);
/* End any open result set, finish the output (json's closing bracket),
 * flush, free; -1 when any write failed. */
int			 sink_close(struct sink *);

#endif
