/*
 * shell/fmt-table.c -- the table format: box-drawing, for a terminal.
 *
 *	┌──────────┬───────┐
 *	│ township │ count │
 *	├──────────┼───────┤
 *	│ 城关镇   │    12 │
 *	├──────────┼───────┤
 *	│ total    │    12 │
 *	└──────────┴───────┘
 *	* a note follows its table
 *
 * Widths are display columns (shell/width.c).  Numbers are right-aligned,
 * text left-aligned, NULL is empty.  Control characters, bidi controls and
 * invalid UTF-8 are shown escaped (\n, \x1b, \u202e, \xff) so a value can
 * never move the cursor or recolour the terminal.  A total row sits under a
 * rule.  Blocks: a title is a line right above its table, a paragraph is
 * plain text lines, a note is "* text" (later lines indented two spaces).
 * A blank line separates tables, paragraphs and titles from what came
 * before; a title keeps its table and a table its notes.
 */
#include "config.h"

#include "shell/fmt.h"

/* Start buffering a result set. */
static int
table_begin(struct sink *s)
{
	grid_begin(&s->grid, s->cols, s->ncols, 0);
	return 0;
}

/* Buffer one row (copied: the caller's strings live for the call only). */
static int
table_row(struct sink *s, const struct ss_value *vals, int total)
{
	grid_add_row(&s->grid, s->cols, s->ncols, vals, total, 0);
	return 0;
}

/* Add a blank line before `next` unless it belongs to what came last. */
static void
table_space(struct sink *s, enum sink_last next)
{
	int blank;

	switch (next) {
	case LAST_TITLE:
		blank = s->last != LAST_NOTHING;
		break;
	case LAST_NOTE:
		blank = 0;
		break;
	default:
		blank = s->last != LAST_NOTHING && s->last != LAST_TITLE;
		break;
	}
	if (blank)
		buf_addc(&s->line, '\n');
	s->last = next;
}

/* Add a rule: `left`, then each column's width of ─ joined by `mid`, then
 * `right`. */
static void
table_rule(struct sink *s, const char *left, const char *mid,
    const char *right)
{
	int col;

	buf_adds(&s->line, left);
	for (col = 0; col < s->ncols; col++) {
		if (col > 0)
			buf_adds(&s->line, mid);
		buf_repeat(&s->line, "─", sizeof("─") - 1, s->widths[col] + 2);
	}
	buf_adds(&s->line, right);
	buf_addc(&s->line, '\n');
}

/* Add grid row `row` between │ bars, each cell padded to its width. */
static void
table_line(struct sink *s, size_t row)
{
	int col;

	buf_adds(&s->line, "│");
	for (col = 0; col < s->ncols; col++) {
		const struct grid_cell	*cell;
		const char		*text;
		size_t			 len, pad;
		int			 right;

		cell = grid_cell(&s->grid, s->ncols, row, col, &text, &len);
		pad = s->widths[col] - cell->width;
		right = row == 0 ? s->right[col] : cell->kind == CELL_NUMBER;
		buf_addc(&s->line, ' ');
		if (right)
			buf_repeat(&s->line, " ", 1, pad);
		buf_add(&s->line, text, len);
		if (!right)
			buf_repeat(&s->line, " ", 1, pad);
		buf_adds(&s->line, " │");
	}
	buf_addc(&s->line, '\n');
}

/* Print one note: "* text", later lines indented. */
static int
table_note(struct sink *s, const char *text)
{
	table_space(s, LAST_NOTE);
	fmt_escape_lines(&s->line, text, "* ", "  ", 0);
	return sink_flush_line(s);
}

/* Print the buffered result set, then the notes that came with it.  Each
 * line goes out as soon as it is built, so a huge table needs no second
 * copy in memory. */
static int
table_end(struct sink *s)
{
	size_t	row;
	int	rc = 0;

	if (sink_measure(s) < 0)
		return -1;
	if (s->ncols > 0) {
		table_space(s, LAST_TABLE);
		table_rule(s, "┌", "┬", "┐");
		table_line(s, 0);
		rc = sink_flush_line(s);
		if (s->grid.nrows > 1)
			table_rule(s, "├", "┼", "┤");
		for (row = 1; rc == 0 && row < s->grid.nrows; row++) {
			if (row > 1 && s->grid.total[row] != s->grid.total[row - 1])
				table_rule(s, "├", "┼", "┤");
			table_line(s, row);
			rc = sink_flush_line(s);
		}
		table_rule(s, "└", "┴", "┘");
		if (rc == 0)
			rc = sink_flush_line(s);
	}
	grid_clear(&s->grid);
	if (rc == 0)
		rc = sink_flush_notes(s, table_note);
	return rc;
}

/* Print a title, paragraph or note. */
static int
table_block(struct sink *s, enum ss_block kind, const char *text)
{
	if (kind == SS_BLOCK_NOTE)
		return table_note(s, text);
	table_space(s, kind == SS_BLOCK_TITLE ? LAST_TITLE : LAST_PARAGRAPH);
	fmt_escape_lines(&s->line, text, "", "", 0);
	return sink_flush_line(s);
}

/* Drop the buffered rows unprinted. */
static void
table_abort(struct sink *s)
{
	grid_clear(&s->grid);
}

const struct fmt fmt_table = {
	.name = "table",
	.summary = "a box-drawn table for reading on a terminal (the default "
	    "there)",
	.flags = FMT_RICH | FMT_BUFFERED,
	.begin = table_begin,
	.row = table_row,
	.end = table_end,
	.block = table_block,
	.abort = table_abort,
};
