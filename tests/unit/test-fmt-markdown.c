/*
 * tests/unit/test-fmt-markdown.c -- the markdown format, byte for byte.
 */
#include "config.h"

#include "capture.h"
#include "tap.h"

static const struct ss_column cols[] = {
	{ .name = "township", .type = SS_TEXT },
	{ .name = "fine", .type = SS_INT },
	{ .name = "fine_wan", .type = SS_REAL, .scale = 1,
	  .flags = SS_COL_DISPLAY },
};

/* A report: heading, table padded by display width, bold total, notes. */
static void
test_report(void)
{
	struct sink *s = capture_open("markdown", 0);

	sink_block(s, SS_BLOCK_TITLE, "Fines by township");
	sink_begin(s, cols, 3);
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE("城关镇"),
	    SS_INT_VALUE(125000), SS_REAL_VALUE(12.5) });
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE("新城镇"),
	    SS_NULL_VALUE, SS_NULL_VALUE });
	sink_block(s, SS_BLOCK_NOTE, "fine_wan: 10,000 yuan\nrounded");
	sink_total(s, (struct ss_value[]){ SS_TEXT_VALUE("合计"),
	    SS_INT_VALUE(125000), SS_NULL_VALUE });
	sink_end(s);
	sink_block(s, SS_BLOCK_PARAGRAPH, "Figures are *provisional*.");
	is_str(capture_close(s),
	    "### Fines by township\n"
	    "\n"
	    "| township |       fine | fine_wan |\n"
	    "| -------- | ---------: | -------: |\n"
	    "| 城关镇   |     125000 |     12.5 |\n"
	    "| 新城镇   |            |          |\n"
	    "| **合计** | **125000** |          |\n"
	    "\n"
	    "> fine_wan: 10,000 yuan\n"
	    "> rounded\n"
	    "\n"
	    "Figures are *provisional*.\n",
	    "heading, padded table, ---: for numbers, bold total, quote note");
	is_int(capture_status, 0, "closes with 0");
}

/* Cells: | and \ escaped, newline as <br>, controls escaped. */
static void
test_cell_escapes(void)
{
	struct sink *s = capture_open("markdown", 0);

	sink_begin(s, (struct ss_column[]){ { .name = "a|b", .type = SS_TEXT },
	    { .name = "n", .type = SS_INT } }, 2);
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE("x|y\\z"),
	    SS_INT_VALUE(1) });
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE("l1\nl2\t\x1b"),
	    SS_INT_VALUE(22) });
	is_str(capture_close(s),
	    "| a\\|b           |   n |\n"
	    "| -------------- | --: |\n"
	    "| x\\|y\\\\z        |   1 |\n"
	    "| l1<br>l2\\t\\x1b |  22 |\n",
	    "pipes and backslashes escaped, <br> for newline, at least 3 dashes");
}

/* No rows: header and alignment row; two sets are separated. */
static void
test_empty_and_sets(void)
{
	static const struct ss_column one[] = {
		{ .name = "n", .type = SS_INT },
	};
	struct sink *s = capture_open("markdown", 0);

	sink_begin(s, one, 1);
	sink_end(s);
	sink_begin(s, one, 1);
	sink_row(s, (struct ss_value[]){ SS_INT_VALUE(5) });
	sink_block(s, SS_BLOCK_TITLE, "Next");
	sink_block(s, SS_BLOCK_NOTE, "loose note");
	is_str(capture_close(s),
	    "|   n |\n"
	    "| --: |\n"
	    "\n"
	    "|   n |\n"
	    "| --: |\n"
	    "|   5 |\n"
	    "\n"
	    "### Next\n"
	    "\n"
	    "> loose note\n",
	    "empty table, a second set, a title ending it, a loose note");
}

/* abort drops the buffered table. */
static void
test_abort(void)
{
	struct sink *s = capture_open("markdown", 0);

	sink_block(s, SS_BLOCK_TITLE, "T");
	sink_begin(s, cols, 2);
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE("a"), SS_INT_VALUE(1) });
	sink_abort(s);
	is_str(capture_close(s), "### T\n", "abort drops the open table");
}

int
main(void)
{
	test_report();
	test_cell_escapes();
	test_empty_and_sets();
	test_abort();
	capture_free();
	return tap_done();
}
