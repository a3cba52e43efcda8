/*
 * shell/fmt.h -- inside the sink: the table of formats, the state they
 * share, and the helpers they use.  Only shell/sink.c and shell/fmt-*.c
 * include this; the rest of the host sees shell/sink.h.
 *
 * sink.c owns the protocol (result sets open and close, rows are counted,
 * machine formats never see totals or text blocks, an aborted sink prints
 * nothing more, write errors stick) and calls one format's callbacks.  A
 * format only turns calls into bytes.
 */
#ifndef SAFESTAT_FMT_H
#define SAFESTAT_FMT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <safestat/plugin.h>

struct sink;

/* A growable byte buffer, reused so that hot paths do not allocate.  An
 * allocation failure is remembered (`oom`) rather than returned at every
 * call; the sink checks it once per row and reports ENOMEM. */
struct buf {
	char	*data;
	size_t	 len;
	size_t	 cap;
	int	 oom;
};

void	buf_add(struct buf *, const void *bytes, size_t n);
void	buf_adds(struct buf *, const char *text);
void	buf_addc(struct buf *, char c);
/* Append c repeated n times. */
void	buf_repeat(struct buf *, const char *c, size_t clen, size_t n);
void	buf_free(struct buf *);

/* Format flags. */
#define FMT_RICH	0x01	/* renders total rows and text blocks */
#define FMT_BUFFERED	0x02	/* holds a result set to measure it */

/* One output format.  Each callback returns 0 or -1 (a write failed, or
 * memory ran out; sink.c records why).  sink.c calls `row` for total rows
 * only when FMT_RICH is set, and `block` likewise. */
struct fmt {
	const char	*name;
	const char	*summary;
	unsigned	 flags;	/* FMT_* */
	/* A result set starts: the columns are in sink->cols. */
	int		(*begin)(struct sink *);
	/* One row of sink->ncols values; `total` marks a total row. */
	int		(*row)(struct sink *, const struct ss_value *vals,
			    int total);
	/* The result set is complete. */
	int		(*end)(struct sink *);
	/* A text block, between result sets (sink.c holds a note that
	 * arrives while a set is open until the format's end). */
	int		(*block)(struct sink *, enum ss_block kind,
			    const char *text);
	/* Forget the open result set without printing it. */
	void		(*abort)(struct sink *);
	/* Optional: the command is done (sink_close, not after an abort):
	 * close what spans its result sets (json's one array). */
	int		(*finish)(struct sink *);
};

extern const struct fmt fmt_table, fmt_csv, fmt_tsv, fmt_json, fmt_jsonl,
	fmt_markdown;

/* What a rich format printed last, to put blank lines between things. */
enum sink_last {
	LAST_NOTHING = 0,
	LAST_TITLE,
	LAST_PARAGRAPH,
	LAST_TABLE,
	LAST_NOTE
};

/* One buffered cell (see struct grid); 16 bytes, as a big table holds
 * millions of them. */
struct grid_cell {
	size_t		 off;	/* its display text in grid.text */
	uint32_t	 width;	/* display columns of that text */
	unsigned char	 kind;	/* CELL_* */
};

#define CELL_NULL	0
#define CELL_NUMBER	1
#define CELL_TEXT	2

/* A buffered result set for table and markdown: row 0 is the header, then
 * the rows in arrival order, each cell already escaped for display (so the
 * caller's strings may die) and measured.  Cleared, not freed, between
 * result sets so its memory is reused. */
struct grid {
	struct grid_cell	*cells;		/* nrows * ncols */
	size_t			 ncells;
	size_t			 cells_cap;
	unsigned char		*total;		/* per row: a total row */
	size_t			 nrows;		/* header included */
	size_t			 rows_cap;
	struct buf		 text;		/* all cells' text, in order */
	int			 oom;
};

/* Escaping flag for fmt_escape_display: markdown cells also escape \ and
 * | (as \\ and \|) and show a newline as <br>. */
#define ESC_MARKDOWN	0x01

/* The sink: one format writing to one stream. */
struct sink {
	FILE			*out;
	const struct fmt	*fmt;
	unsigned		 flags;		/* SINK_* */
	int			 failed;	/* a write failed: sticky */
	int			 saved_errno;	/* why it failed */
	int			 aborted;	/* sink_abort: print nothing more */
	int			 open;		/* a result set is open */
	int			 bom_done;	/* the BOM went out (or never will) */
	long long		 sets;		/* result sets begun */
	long long		 rows;		/* rows (not totals) received */
	long long		 set_rows;	/* rows in the open result set */
	enum sink_last		 last;		/* rich formats: spacing */

	struct ss_column	*cols;		/* the open set's columns */
	int			 ncols;
	int			 cols_cap;
	struct buf		 names;		/* their names, copied */

	struct buf		 line;		/* the output being built */
	struct buf		 keys;		/* json: each column's "key": */
	size_t			*key_off;	/* where each key starts */
	int			 key_cap;	/* room in key_off */
	size_t			*widths;	/* buffered: column widths */
	unsigned char		*right;		/* buffered: right-aligned */
	int			 measure_cap;	/* room in widths and right */
	struct grid		 grid;		/* buffered: the result set */
	struct buf		 notes;		/* notes waiting for the table
						   they follow, NUL-separated */
};

/* Write n bytes to the stream; -1 (and the sink failed) when it fails. */
int	sink_write(struct sink *, const void *bytes, size_t n);
/* Write sink->line and empty it; -1 on a write error or ENOMEM. */
int	sink_flush_line(struct sink *);
/* Nonzero when column i is printed by this sink's format. */
int	sink_shows(const struct sink *, int i);
/* csv/tsv: add the UTF-8 BOM to sink->line the first time, if asked. */
void	sink_add_bom(struct sink *);

/* Append the text of a number (SS_INT, or SS_REAL with `scale` decimals,
 * -1 for the shortest exact text): "inf", "-inf", "nan" when not finite. */
void	fmt_number(struct buf *, const struct ss_value *, int scale);
/* Append the `len` bytes of `text` escaped so that they cannot drive a
 * terminal (see docs/formats.md); return the display columns they take. */
size_t	fmt_escape_display(struct buf *, const char *text, size_t len,
	    unsigned how);
/* Append each line of `text` as `first` (then `rest` for later lines), the
 * line escaped, and a newline; one trailing newline in text is dropped. */
void	fmt_escape_lines(struct buf *, const char *text, const char *first,
	    const char *rest, unsigned how);
/* Nonzero when value type t is a number (right-aligned, unquoted). */
int	fmt_is_number(enum ss_type t);

/* Start a grid with the header row of `cols`, escaped with `how`. */
void	grid_begin(struct grid *, const struct ss_column *cols, int ncols,
	    unsigned how);
/* Add one row (total or not) of ncols values, escaped with `how`. */
void	grid_add_row(struct grid *, const struct ss_column *cols, int ncols,
	    const struct ss_value *vals, int total, unsigned how);
/* Cell `col` of row `row`; its text (not NUL-terminated) and length. */
const struct grid_cell *grid_cell(const struct grid *, int ncols, size_t row,
	    int col, const char **text, size_t *len);
/* Measure columns: widths[] (header included) and right[] (numbers). */
void	grid_measure(const struct grid *, const struct ss_column *cols,
	    int ncols, size_t *widths, unsigned char *right);
/* Forget the rows, keep the memory. */
void	grid_clear(struct grid *);
void	grid_free(struct grid *);

/* Buffered formats: measure the grid into sink->widths and sink->right;
 * -1 when memory ran out. */
int	sink_measure(struct sink *);
/* Rich formats: print the notes queued while the set was open, through
 * `print_note`, and empty the queue. */
int	sink_flush_notes(struct sink *,
	    int (*print_note)(struct sink *, const char *text));

#endif
