/*
 * tests/unit/test-fmt-csv.c -- csv (RFC 4180) and tsv, byte for byte.
 */
#include "config.h"

#include "capture.h"
#include "tap.h"

static const struct ss_column cols[] = {
	{ .name = "township", .type = SS_TEXT },
	{ .name = "hazards", .type = SS_INT },
	{ .name = "rate", .type = SS_REAL, .scale = 1 },
	{ .name = "rate_text", .type = SS_TEXT, .flags = SS_COL_DISPLAY },
};

/* Feed the same small report to a sink: title, two rows, a total, a note,
 * then a second, empty result set. */
static void
feed_report(struct sink *s)
{
	is_int(sink_block(s, SS_BLOCK_TITLE, "ignored title"), 0,
	    "block is a no-op returning 0");
	sink_begin(s, cols, 4);
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE("城关镇"),
	    SS_INT_VALUE(12), SS_REAL_VALUE(89.75), SS_TEXT_VALUE("89.8%") });
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE("新城镇"),
	    SS_NULL_VALUE, SS_NULL_VALUE, SS_NULL_VALUE });
	is_int(sink_total(s, (struct ss_value[]){ SS_TEXT_VALUE("合计"),
	    SS_INT_VALUE(12), SS_NULL_VALUE, SS_NULL_VALUE }), 0,
	    "total is a no-op returning 0");
	sink_block(s, SS_BLOCK_NOTE, "ignored note");
	sink_end(s);
	sink_begin(s, cols, 2);
	sink_end(s);
}

/* csv: header, CRLF, display column and totals left out, blank line
 * between sets. */
static void
test_csv_report(void)
{
	struct sink *s = capture_open("csv", 0);

	feed_report(s);
	is_str(capture_close(s),
	    "township,hazards,rate\r\n"
	    "城关镇,12,89.8\r\n"
	    "新城镇,,\r\n"
	    "\r\n"
	    "township,hazards\r\n",
	    "csv report: keys, CRLF, no display column, no total or blocks");
	is_int(capture_status, 0, "closes with 0");
}

/* csv quoting per RFC 4180; NULL empty, empty string "". */
static void
test_csv_quoting(void)
{
	static const struct ss_column two[] = {
		{ .name = "a,key", .type = SS_TEXT },
		{ .name = "b", .type = SS_TEXT },
	};
	struct sink *s = capture_open("csv", 0);

	sink_begin(s, two, 2);
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE("x,y"),
	    SS_TEXT_VALUE("say \"hi\"") });
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE("line1\nline2"),
	    SS_TEXT_VALUE("cr\rhere") });
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE(""), SS_NULL_VALUE });
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE("\""),
	    SS_TEXT_VALUE(" spaced \t tab ") });
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE("esc\x1b[0m"),
	    SS_TEXT_VALUE("bad\xFF") });
	is_str(capture_close(s),
	    "\"a,key\",b\r\n"
	    "\"x,y\",\"say \"\"hi\"\"\"\r\n"
	    "\"line1\nline2\",\"cr\rhere\"\r\n"
	    "\"\",\r\n"
	    "\"\"\"\", spaced \t tab \r\n"
	    "esc\x1b[0m,bad\xFF\r\n",
	    "quotes doubled; comma, CR, LF quoted; \"\" vs NULL; bytes kept");
}

/* The BOM comes first, once per sink, and only when asked for. */
static void
test_bom(void)
{
	static const struct ss_column one[] = {
		{ .name = "n", .type = SS_INT },
	};
	struct sink *s = capture_open("csv", SINK_BOM);

	sink_begin(s, one, 1);
	sink_row(s, (struct ss_value[]){ SS_INT_VALUE(1) });
	sink_begin(s, one, 1);
	sink_row(s, (struct ss_value[]){ SS_INT_VALUE(2) });
	is_str(capture_close(s), "\xEF\xBB\xBFn\r\n1\r\n\r\nn\r\n2\r\n",
	    "csv BOM once, before the first header");

	s = capture_open("tsv", SINK_BOM);
	sink_begin(s, one, 1);
	sink_end(s);
	is_str(capture_close(s), "\xEF\xBB\xBFn\n", "tsv BOM");

	s = capture_open("csv", 0);
	sink_begin(s, one, 1);
	sink_end(s);
	is_str(capture_close(s), "n\r\n", "no BOM unless asked");

	s = capture_open("json", SINK_BOM);
	sink_begin(s, one, 1);
	sink_end(s);
	is_str(capture_close(s), "[]\n", "json ignores SINK_BOM");
}

/* tsv: escapes keep each row one line of fields. */
static void
test_tsv(void)
{
	struct sink *s = capture_open("tsv", 0);

	feed_report(s);
	is_str(capture_close(s),
	    "township\thazards\trate\n"
	    "城关镇\t12\t89.8\n"
	    "新城镇\t\t\n"
	    "\n"
	    "township\thazards\n",
	    "tsv report: LF, no display column, no total or blocks");

	s = capture_open("tsv", 0);
	sink_begin(s, (struct ss_column[]){ { .name = "k\tey", .type = SS_TEXT },
	    { .name = "v", .type = SS_TEXT } }, 2);
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE("a\tb\nc\rd\\e"),
	    SS_TEXT_VALUE("\\") });
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE(""), SS_NULL_VALUE });
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE("\"q\",x"),
	    SS_TEXT_VALUE("\n") });
	is_str(capture_close(s),
	    "k\\tey\tv\n"
	    "a\\tb\\nc\\rd\\\\e\t\\\\\n"
	    "\t\n"
	    "\"q\",x\t\\n\n",
	    "tab, newline, CR and backslash escaped; quotes and commas kept");
}

/* No rows: just the header. */
static void
test_empty(void)
{
	struct sink *s = capture_open("csv", 0);

	sink_begin(s, cols, 3);
	sink_end(s);
	is_str(capture_close(s), "township,hazards,rate\r\n",
	    "csv empty result: header only");
	s = capture_open("tsv", 0);
	sink_begin(s, cols, 3);
	is_str(capture_close(s), "township\thazards\trate\n",
	    "tsv empty result, ended by close: header only");
}

/* A streaming format keeps what it wrote before an abort. */
static void
test_abort(void)
{
	struct sink *s = capture_open("csv", 0);

	sink_begin(s, cols, 2);
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE("a"), SS_INT_VALUE(1) });
	sink_abort(s);
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE("b"), SS_INT_VALUE(2) });
	sink_begin(s, cols, 2);
	is_str(capture_close(s), "township,hazards\r\na,1\r\n",
	    "csv: rows before the abort stay, nothing after");
}

int
main(void)
{
	test_csv_report();
	test_csv_quoting();
	test_bom();
	test_tsv();
	test_empty();
	test_abort();
	capture_free();
	return tap_done();
}
