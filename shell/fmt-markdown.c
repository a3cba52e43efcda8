/*
 * shell/fmt-markdown.c -- the markdown format: a GitHub-flavoured pipe
 * table, padded to display width so the source lines up too.
 *
 *	### Hazards by township
 *
 *	| township | count |
 *	| -------- | ----: |
 *	| 城关镇   |    12 |
 *	| **total** | **12** |   (padded like the rest)
 *
 *	> a note
 *
 * In cells, | and \ are escaped (\| and \\), a newline becomes <br>, and
 * control characters, bidi controls and invalid UTF-8 are escaped as in the
 * table format.  Numeric columns get a ---: alignment mark.  A total row is
 * in bold (its empty cells stay empty).  Titles are level-3 headings
 * ("### "), so the output drops into a report under its own # and ##
 * sections; paragraphs are paragraphs (text passed as Markdown, controls
 * escaped); notes are block quotes ("> ").  Every block and table is
 * separated from the one before by a blank line, as Markdown needs.
 */
#include "config.h"

#include "shell/fmt.h"

/* Start buffering a result set, escaped for markdown cells. */
static int
markdown_begin(struct sink *s)
{
	grid_begin(&s->grid, s->cols, s->ncols, ESC_MARKDOWN);
	return 0;
}

/* Buffer one row. */
static int
markdown_row(struct sink *s, const struct ss_value *vals, int total)
{
	grid_add_row(&s->grid, s->cols, s->ncols, vals, total, ESC_MARKDOWN);
	return 0;
}

/* Separate whatever comes next from what came before by a blank line. */
static void
markdown_space(struct sink *s, enum sink_last next)
{
	if (s->last != LAST_NOTHING)
		buf_addc(&s->line, '\n');
	s->last = next;
}

/* Display width of a cell as printed: bold adds the four asterisks. */
static size_t
markdown_cell_width(const struct sink *s, size_t row,
    const struct grid_cell *cell)
{
	return cell->width + (s->grid.total[row] && cell->kind != CELL_NULL ?
	    4 : 0);
}

/* Add grid row `row` as a pipe-table line. */
static void
markdown_line(struct sink *s, size_t row)
{
	int col;

	buf_addc(&s->line, '|');
	for (col = 0; col < s->ncols; col++) {
		const struct grid_cell	*cell;
		const char		*text;
		size_t			 len, pad;
		int			 bold;

		cell = grid_cell(&s->grid, s->ncols, row, col, &text, &len);
		bold = s->grid.total[row] && cell->kind != CELL_NULL;
		pad = s->widths[col] - markdown_cell_width(s, row, cell);
		buf_addc(&s->line, ' ');
		if (s->right[col])
			buf_repeat(&s->line, " ", 1, pad);
		if (bold)
			buf_add(&s->line, "**", 2);
		buf_add(&s->line, text, len);
		if (bold)
			buf_add(&s->line, "**", 2);
		if (!s->right[col])
			buf_repeat(&s->line, " ", 1, pad);
		buf_adds(&s->line, " |");
	}
	buf_addc(&s->line, '\n');
}

/* Add the alignment row: dashes, ending in ':' for numeric columns. */
static void
markdown_alignment(struct sink *s)
{
	int col;

	buf_addc(&s->line, '|');
	for (col = 0; col < s->ncols; col++) {
		buf_addc(&s->line, ' ');
		buf_repeat(&s->line, "-", 1, s->widths[col] - s->right[col]);
		if (s->right[col])
			buf_addc(&s->line, ':');
		buf_adds(&s->line, " |");
	}
	buf_addc(&s->line, '\n');
}

/* Print one note as a block quote. */
static int
markdown_note(struct sink *s, const char *text)
{
	markdown_space(s, LAST_NOTE);
	fmt_escape_lines(&s->line, text, "> ", "> ", 0);
	return sink_flush_line(s);
}

/* Measure with bold total cells, at least three dashes per column. */
static int
markdown_measure(struct sink *s)
{
	size_t	row;
	int	col;

	if (sink_measure(s) < 0)
		return -1;
	for (col = 0; col < s->ncols; col++) {
		for (row = 1; row < s->grid.nrows; row++) {
			const char		*text;
			size_t			 len, w;
			const struct grid_cell	*cell = grid_cell(&s->grid,
			    s->ncols, row, col, &text, &len);

			w = markdown_cell_width(s, row, cell);
			if (w > s->widths[col])
				s->widths[col] = w;
		}
		if (s->widths[col] < 3)
			s->widths[col] = 3;
	}
	return 0;
}

/* Print the buffered table, then its notes. */
static int
markdown_end(struct sink *s)
{
	size_t	row;
	int	rc = 0;

	if (markdown_measure(s) < 0)
		return -1;
	if (s->ncols > 0) {
		markdown_space(s, LAST_TABLE);
		markdown_line(s, 0);
		markdown_alignment(s);
		rc = sink_flush_line(s);
		for (row = 1; rc == 0 && row < s->grid.nrows; row++) {
			markdown_line(s, row);
			rc = sink_flush_line(s);
		}
	}
	grid_clear(&s->grid);
	if (rc == 0)
		rc = sink_flush_notes(s, markdown_note);
	return rc;
}

/* Print a heading, paragraph or note. */
static int
markdown_block(struct sink *s, enum ss_block kind, const char *text)
{
	if (kind == SS_BLOCK_NOTE)
		return markdown_note(s, text);
	if (kind == SS_BLOCK_TITLE) {
		markdown_space(s, LAST_TITLE);
		fmt_escape_lines(&s->line, text, "### ", "### ", 0);
	} else {
		markdown_space(s, LAST_PARAGRAPH);
		fmt_escape_lines(&s->line, text, "", "", 0);
	}
	return sink_flush_line(s);
}

/* Drop the buffered rows unprinted. */
static void
markdown_abort(struct sink *s)
{
	grid_clear(&s->grid);
}

const struct fmt fmt_markdown = {
	.name = "markdown",
	.summary = "a Markdown pipe table, for reports and issues",
	.flags = FMT_RICH | FMT_BUFFERED,
	.begin = markdown_begin,
	.row = markdown_row,
	.end = markdown_end,
	.block = markdown_block,
	.abort = markdown_abort,
};
