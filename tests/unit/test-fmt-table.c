/*
 * tests/unit/test-fmt-table.c -- the table format, output compared byte for
 * byte with tables written out by hand.
 */
#include "config.h"

#include <string.h>

#include "shell/width.h"
#include "capture.h"
#include "tap.h"

static const struct ss_column township_cols[] = {
	{ .name = "township", .type = SS_TEXT },
	{ .name = "hazards", .type = SS_INT },
};

/* Nonzero when every line of `text` has the display width of the first:
 * the borders of a table line up whatever the expected text says. */
static int
lines_line_up(const char *text)
{
	char	line[4096];
	size_t	first = 0, n;
	int	count = 0;

	while (*text != '\0') {
		n = strcspn(text, "\n");
		if (n >= sizeof(line))
			return 0;
		memcpy(line, text, n);
		line[n] = '\0';
		if (count++ == 0)
			first = width_text(line);
		else if (width_text(line) != first)
			return 0;
		text += n + (text[n] == '\n');
	}
	return count > 0;
}

/* Chinese township names line up with Latin ones: 城关镇 is 6 columns. */
static void
test_cjk_alignment(void)
{
	struct sink	*s = capture_open("table", 0);
	const char	*out;

	sink_begin(s, township_cols, 2);
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE("城关镇"),
	    SS_INT_VALUE(12) });
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE("西湖街道"),
	    SS_INT_VALUE(3) });
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE("Tianshui"),
	    SS_INT_VALUE(105) });
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE("南（东）"),
	    SS_INT_VALUE(-7) });
	out = capture_close(s);
	is_str(out,
	    "┌──────────┬─────────┐\n"
	    "│ township │ hazards │\n"
	    "├──────────┼─────────┤\n"
	    "│ 城关镇   │      12 │\n"
	    "│ 西湖街道 │       3 │\n"
	    "│ Tianshui │     105 │\n"
	    "│ 南（东） │      -7 │\n"
	    "└──────────┴─────────┘\n",
	    "CJK names padded by display width, numbers right-aligned");
	ok(lines_line_up(out), "every line has the same display width");
	is_int(capture_status, 0, "sink_close returns 0");
}

/* A CJK name wider than its header widens the column. */
static void
test_wide_cell(void)
{
	struct sink *s = capture_open("table", 0);

	sink_begin(s, (struct ss_column[]){ { .name = "name", .type = SS_TEXT },
	    { .name = "n", .type = SS_INT } }, 2);
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE("城关镇安监站"),
	    SS_INT_VALUE(1) });
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE("e\xCC\x81"),
	    SS_INT_VALUE(22) });
	is_str(capture_close(s),
	    "┌──────────────┬────┐\n"
	    "│ name         │  n │\n"
	    "├──────────────┼────┤\n"
	    "│ 城关镇安监站 │  1 │\n"
	    "│ e\xCC\x81            │ 22 │\n"
	    "└──────────────┴────┘\n",
	    "a 12-column name, and a combining mark that takes no column");
}

/* No rows: the header in its box and nothing else. */
static void
test_empty(void)
{
	struct sink *s = capture_open("table", 0);

	sink_begin(s, township_cols, 2);
	sink_end(s);
	is_str(capture_close(s),
	    "┌──────────┬─────────┐\n"
	    "│ township │ hazards │\n"
	    "└──────────┴─────────┘\n",
	    "empty result: header box only");
	is_int(capture_status, 0, "empty result closes cleanly");

	s = capture_open("table", 0);
	is_str(capture_close(s), "", "a sink that got nothing prints nothing");
}

/* NULL is empty; a NULL in a number column still pads on the left. */
static void
test_nulls(void)
{
	struct sink *s = capture_open("table", 0);

	sink_begin(s, (struct ss_column[]){ { .name = "t", .type = SS_TEXT },
	    { .name = "amount", .type = SS_REAL, .scale = 2 } }, 2);
	sink_row(s, (struct ss_value[]){ SS_NULL_VALUE, SS_REAL_VALUE(5) });
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE("x"), SS_NULL_VALUE });
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE(NULL),
	    SS_REAL_VALUE(1234.5) });
	is_str(capture_close(s),
	    "┌───┬─────────┐\n"
	    "│ t │  amount │\n"
	    "├───┼─────────┤\n"
	    "│   │    5.00 │\n"
	    "│ x │         │\n"
	    "│   │ 1234.50 │\n"
	    "└───┴─────────┘\n",
	    "NULLs are empty, reals get their scale");
}

/* Control characters, bidi controls and bad bytes cannot reach the
 * terminal raw. */
static void
test_escapes(void)
{
	struct sink	*s = capture_open("table", 0);
	const char	*out;

	sink_begin(s, (struct ss_column[]){ { .name = "v", .type = SS_TEXT } },
	    1);
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE(
	    "a\nb\tc\r\x1b[2J\x07\x7f") });
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE(
	    "\xC2\x9B" "1m\xE2\x80\xAE" "evil\xFF\xE5\x9F") });
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE("back\\slash|pipe") });
	out = capture_close(s);
	is_str(out,
	    "┌────────────────────────────────┐\n"
	    "│ v                              │\n"
	    "├────────────────────────────────┤\n"
	    "│ a\\nb\\tc\\r\\x1b[2J\\x07\\x7f       │\n"
	    "│ \\u009b1m\\u202eevil\\xff\\xe5\\x9f │\n"
	    "│ back\\slash|pipe                │\n"
	    "└────────────────────────────────┘\n",
	    "C0, DEL, C1, RLO and invalid bytes escaped; \\ and | kept");
	ok(strchr(out, '\x1b') == NULL && strchr(out, '\r') == NULL &&
	    strstr(out, "\xC2\x9B") == NULL && strstr(out, "\xFF") == NULL,
	    "no raw ESC, CR, CSI or invalid byte in the output");
	ok(lines_line_up(out), "escaped cells keep the borders aligned");
}

/* A total row sits under a rule; display-only columns are shown. */
static void
test_totals_and_display(void)
{
	static const struct ss_column cols[] = {
		{ .name = "township", .type = SS_TEXT },
		{ .name = "fine", .type = SS_INT },
		{ .name = "fine_wan", .type = SS_REAL, .scale = 1,
		  .flags = SS_COL_DISPLAY },
	};
	struct sink *s = capture_open("table", 0);

	sink_begin(s, cols, 3);
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE("城关镇"),
	    SS_INT_VALUE(125000), SS_REAL_VALUE(12.5) });
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE("新城镇"),
	    SS_INT_VALUE(30500), SS_REAL_VALUE(3.05) });
	ok(sink_total(s, (struct ss_value[]){ SS_TEXT_VALUE("合计"),
	    SS_INT_VALUE(155500), SS_REAL_VALUE(15.55) }) == 0,
	    "sink_total returns 0");
	is_int(sink_row_count(s), 2, "a total row is not counted as a row");
	is_str(capture_close(s),
	    "┌──────────┬────────┬──────────┐\n"
	    "│ township │   fine │ fine_wan │\n"
	    "├──────────┼────────┼──────────┤\n"
	    "│ 城关镇   │ 125000 │     12.5 │\n"
	    "│ 新城镇   │  30500 │      3.1 │\n"
	    "├──────────┼────────┼──────────┤\n"
	    "│ 合计     │ 155500 │     15.6 │\n"
	    "└──────────┴────────┴──────────┘\n",
	    "total under a rule; display column shown; 3.05 -> 3.1");
}

/* Two result sets and text blocks: the layout rules of docs/formats.md. */
static void
test_sets_and_blocks(void)
{
	static const struct ss_column one[] = {
		{ .name = "n", .type = SS_INT },
	};
	struct sink *s = capture_open("table", 0);

	sink_block(s, SS_BLOCK_TITLE, "First");
	sink_begin(s, one, 1);
	sink_row(s, (struct ss_value[]){ SS_INT_VALUE(1) });
	sink_block(s, SS_BLOCK_NOTE, "held until the table\nis printed");
	sink_row(s, (struct ss_value[]){ SS_INT_VALUE(2) });
	sink_end(s);
	sink_block(s, SS_BLOCK_NOTE, "a second note");
	sink_block(s, SS_BLOCK_PARAGRAPH, "Some text.\nTwo lines.\n");
	sink_begin(s, one, 1);
	sink_row(s, (struct ss_value[]){ SS_INT_VALUE(3) });
	/* A title ends the open set: it belongs to what follows. */
	sink_block(s, SS_BLOCK_TITLE, "Third\x1b");
	sink_begin(s, one, 1);
	sink_end(s);
	is_str(capture_close(s),
	    "First\n"
	    "┌───┐\n"
	    "│ n │\n"
	    "├───┤\n"
	    "│ 1 │\n"
	    "│ 2 │\n"
	    "└───┘\n"
	    "* held until the table\n"
	    "  is printed\n"
	    "* a second note\n"
	    "\n"
	    "Some text.\n"
	    "Two lines.\n"
	    "\n"
	    "┌───┐\n"
	    "│ n │\n"
	    "├───┤\n"
	    "│ 3 │\n"
	    "└───┘\n"
	    "\n"
	    "Third\\x1b\n"
	    "┌───┐\n"
	    "│ n │\n"
	    "└───┘\n",
	    "titles, notes, paragraphs and three sets laid out");
	is_int(capture_status, 0, "closes cleanly");

	s = capture_open("table", 0);
	sink_begin(s, one, 1);
	sink_row(s, (struct ss_value[]){ SS_INT_VALUE(1) });
	sink_begin(s, one, 1);		/* ends the first set */
	sink_row(s, (struct ss_value[]){ SS_INT_VALUE(2) });
	is_str(capture_close(s),
	    "┌───┐\n│ n │\n├───┤\n│ 1 │\n└───┘\n"
	    "\n"
	    "┌───┐\n│ n │\n├───┤\n│ 2 │\n└───┘\n",
	    "two sets separated by a blank line; close ends the last");
}

/* Column alignment when the declared type is unknown (SQL expressions). */
static void
test_untyped_columns(void)
{
	static const struct ss_column cols[] = {
		{ .name = "numbers", .type = SS_NULL, .scale = -1 },
		{ .name = "mixed", .type = SS_NULL, .scale = -1 },
	};
	struct sink *s = capture_open("table", 0);

	sink_begin(s, cols, 2);
	sink_row(s, (struct ss_value[]){ SS_REAL_VALUE(0.5), SS_INT_VALUE(1) });
	sink_row(s, (struct ss_value[]){ SS_INT_VALUE(100), SS_TEXT_VALUE("b") });
	sink_row(s, (struct ss_value[]){ SS_NULL_VALUE, SS_NULL_VALUE });
	is_str(capture_close(s),
	    "┌─────────┬───────┐\n"
	    "│ numbers │ mixed │\n"
	    "├─────────┼───────┤\n"
	    "│     0.5 │     1 │\n"
	    "│     100 │ b     │\n"
	    "│         │       │\n"
	    "└─────────┴───────┘\n",
	    "all-number column gets a right header, mixed a left one");
}

/* sink_abort drops a buffered table unprinted, and anything after. */
static void
test_abort(void)
{
	static const struct ss_column one[] = {
		{ .name = "n", .type = SS_INT },
	};
	struct sink *s = capture_open("table", 0);

	sink_block(s, SS_BLOCK_TITLE, "kept");
	sink_begin(s, one, 1);
	sink_row(s, (struct ss_value[]){ SS_INT_VALUE(1) });
	sink_block(s, SS_BLOCK_NOTE, "dropped note");
	sink_abort(s);
	ok(sink_begin(s, one, 1) == 0, "begin after abort is a no-op");
	sink_row(s, (struct ss_value[]){ SS_INT_VALUE(2) });
	sink_block(s, SS_BLOCK_PARAGRAPH, "not printed");
	sink_end(s);
	is_str(capture_close(s), "kept\n",
	    "abort: the open table, its notes and later calls print nothing");
	is_int(capture_status, 0, "an aborted sink still closes with 0");

	s = capture_open("table", 0);
	sink_begin(s, one, 1);
	sink_row(s, (struct ss_value[]){ SS_INT_VALUE(7) });
	sink_end(s);
	sink_begin(s, one, 1);
	sink_row(s, (struct ss_value[]){ SS_INT_VALUE(8) });
	sink_abort(s);
	is_str(capture_close(s), "┌───┐\n│ n │\n├───┤\n│ 7 │\n└───┘\n",
	    "abort keeps the finished table, drops the open one");
}

/* Buffered values are copies: the caller may reuse its strings. */
static void
test_values_copied(void)
{
	struct sink	*s = capture_open("table", 0);
	char		 name[16];
	struct ss_column col = { .name = name, .type = SS_TEXT };

	strcpy(name, "column");
	sink_begin(s, &col, 1);
	strcpy(name, "ab");
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE(name) });
	strcpy(name, "cd");
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE(name) });
	strcpy(name, "zz");
	is_str(capture_close(s),
	    "┌────────┐\n│ column │\n├────────┤\n│ ab     │\n│ cd     │\n"
	    "└────────┘\n",
	    "column names and values are copied when received");
}

int
main(void)
{
	test_cjk_alignment();
	test_wide_cell();
	test_empty();
	test_nulls();
	test_escapes();
	test_totals_and_display();
	test_sets_and_blocks();
	test_untyped_columns();
	test_abort();
	test_values_copied();
	capture_free();
	return tap_done();
}
