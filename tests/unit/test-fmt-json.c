/*
 * tests/unit/test-fmt-json.c -- json and jsonl, byte for byte.
 */
#include "config.h"

#include <math.h>

#include "capture.h"
#include "tap.h"

static const struct ss_column cols[] = {
	{ .name = "township", .type = SS_TEXT },
	{ .name = "hazards", .type = SS_INT },
	{ .name = "rate", .type = SS_REAL, .scale = 1 },
	{ .name = "rate_text", .type = SS_TEXT, .flags = SS_COL_DISPLAY },
	{ .name = "ratio", .type = SS_REAL, .scale = -1 },
};

/* Two rows, a total, blocks, and a second empty result set. */
static void
feed_report(struct sink *s)
{
	sink_block(s, SS_BLOCK_TITLE, "ignored");
	sink_begin(s, cols, 5);
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE("城关镇"),
	    SS_INT_VALUE(12), SS_REAL_VALUE(89.75), SS_TEXT_VALUE("89.8%"),
	    SS_REAL_VALUE(100) });
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE(NULL), SS_NULL_VALUE,
	    SS_REAL_VALUE(INFINITY), SS_NULL_VALUE, SS_REAL_VALUE(NAN) });
	sink_total(s, (struct ss_value[]){ SS_TEXT_VALUE("合计"),
	    SS_INT_VALUE(12), SS_NULL_VALUE, SS_NULL_VALUE, SS_NULL_VALUE });
	sink_end(s);
	sink_begin(s, cols, 2);
	sink_end(s);
}

/* json: one array, numbers as numbers, null, no display column; the
 * empty second set adds nothing. */
static void
test_json_report(void)
{
	struct sink *s = capture_open("json", 0);

	feed_report(s);
	is_str(capture_close(s),
	    "[\n"
	    "{\"township\":\"城关镇\",\"hazards\":12,\"rate\":89.8,"
	    "\"ratio\":100.0},\n"
	    "{\"township\":null,\"hazards\":null,\"rate\":null,"
	    "\"ratio\":null}\n"
	    "]\n",
	    "json: one array of objects; non-finite is null; no total");
	is_int(capture_status, 0, "closes with 0");
}

/* json: several result sets of one command are one document, one array
 * whose objects carry their own keys; empty sets add nothing. */
static void
test_json_several_sets(void)
{
	static const struct ss_column other[] = {
		{ .name = "metric", .type = SS_TEXT },
		{ .name = "value", .type = SS_INT },
	};
	struct sink *s = capture_open("json", 0);

	sink_begin(s, other, 2);
	sink_end(s);
	sink_begin(s, cols, 2);
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE("a"), SS_INT_VALUE(1) });
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE("b"), SS_INT_VALUE(2) });
	sink_end(s);
	sink_block(s, SS_BLOCK_NOTE, "ignored");
	sink_begin(s, other, 2);
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE("found"),
	    SS_INT_VALUE(98) });
	sink_end(s);
	sink_begin(s, other, 2);
	sink_end(s);
	is_str(capture_close(s),
	    "[\n"
	    "{\"township\":\"a\",\"hazards\":1},\n"
	    "{\"township\":\"b\",\"hazards\":2},\n"
	    "{\"metric\":\"found\",\"value\":98}\n"
	    "]\n",
	    "json: three sets with rows in two, one array");

	s = capture_open("json", 0);
	sink_begin(s, other, 2);
	sink_end(s);
	sink_begin(s, cols, 2);
	is_str(capture_close(s), "[]\n", "json: only empty sets: []");

	s = capture_open("json", 0);
	sink_block(s, SS_BLOCK_TITLE, "no result set at all");
	is_str(capture_close(s), "", "json: no result set, no document");

	s = capture_open("json", 0);
	sink_begin(s, other, 2);
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE("x"), SS_INT_VALUE(1) });
	sink_end(s);
	sink_begin(s, other, 2);
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE("y"), SS_INT_VALUE(2) });
	sink_abort(s);
	is_str(capture_close(s), "[\n{\"metric\":\"x\",\"value\":1},\n"
	    "{\"metric\":\"y\",\"value\":2}",
	    "json: a failed command's document is left unclosed");
}

/* jsonl: one object a line, nothing else. */
static void
test_jsonl_report(void)
{
	struct sink *s = capture_open("jsonl", 0);

	feed_report(s);
	is_str(capture_close(s),
	    "{\"township\":\"城关镇\",\"hazards\":12,\"rate\":89.8,"
	    "\"ratio\":100.0}\n"
	    "{\"township\":null,\"hazards\":null,\"rate\":null,"
	    "\"ratio\":null}\n",
	    "jsonl: one object per row; empty set adds nothing");
}

/* String escaping per RFC 8259, and U+FFFD for invalid UTF-8. */
static void
test_escaping(void)
{
	struct sink *s = capture_open("jsonl", 0);

	sink_begin(s, (struct ss_column[]){ { .name = "k\"ey\\",
	    .type = SS_TEXT } }, 1);
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE("q\"b\\s/") });
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE(
	    "n\nr\rt\tb\bf\f\x01\x1f\x7f") });
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE(
	    "c1\xC2\x85ls\xE2\x80\xA8ps\xE2\x80\xA9") });
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE(
	    "bad\xFF|cut\xE5\x9F|ok\xF0\x9F\x98\x80") });
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE("") });
	is_str(capture_close(s),
	    "{\"k\\\"ey\\\\\":\"q\\\"b\\\\s/\"}\n"
	    "{\"k\\\"ey\\\\\":\"n\\nr\\rt\\tb\\u0008f\\u000c\\u0001\\u001f"
	    "\\u007f\"}\n"
	    "{\"k\\\"ey\\\\\":\"c1\\u0085ls\\u2028ps\\u2029\"}\n"
	    "{\"k\\\"ey\\\\\":\"bad\xEF\xBF\xBD|cut\xEF\xBF\xBD|ok"
	    "\xF0\x9F\x98\x80\"}\n"
	    "{\"k\\\"ey\\\\\":\"\"}\n",
	    "quotes, backslashes, controls escaped; bad bytes become U+FFFD");
}

/* json: empty result is [], and a set ended by sink_close is closed. */
static void
test_empty_and_close(void)
{
	struct sink *s = capture_open("json", 0);

	sink_begin(s, cols, 2);
	sink_end(s);
	is_str(capture_close(s), "[]\n", "empty result is []");

	s = capture_open("json", 0);
	sink_begin(s, cols, 2);
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE("a"), SS_INT_VALUE(1) });
	is_str(capture_close(s), "[\n{\"township\":\"a\",\"hazards\":1}\n]\n",
	    "sink_close ends the open array");

	s = capture_open("json", 0);
	sink_begin(s, cols, 2);
	sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE("a"), SS_INT_VALUE(1) });
	sink_abort(s);
	is_str(capture_close(s), "[\n{\"township\":\"a\",\"hazards\":1}",
	    "abort leaves what was streamed and adds nothing");

	s = capture_open("jsonl", 0);
	sink_begin(s, cols, 0);
	sink_row(s, NULL);
	is_str(capture_close(s), "{}\n", "no columns: an empty object a row");
}

/* Integers keep all 64 bits; reals are exact. */
static void
test_numbers(void)
{
	struct sink *s = capture_open("jsonl", 0);

	sink_begin(s, (struct ss_column[]){ { .name = "i", .type = SS_INT },
	    { .name = "r", .type = SS_REAL, .scale = -1 } }, 2);
	sink_row(s, (struct ss_value[]){ SS_INT_VALUE(9223372036854775807LL),
	    SS_REAL_VALUE(0.1 + 0.2) });
	sink_row(s, (struct ss_value[]){ SS_INT_VALUE(-9223372036854775807LL - 1),
	    SS_REAL_VALUE(-1e21) });
	is_str(capture_close(s),
	    "{\"i\":9223372036854775807,\"r\":0.30000000000000004}\n"
	    "{\"i\":-9223372036854775808,\"r\":-1.0e+21}\n",
	    "64-bit integers and shortest exact reals");
}

int
main(void)
{
	test_json_report();
	test_json_several_sets();
	test_jsonl_report();
	test_escaping();
	test_empty_and_close();
	test_numbers();
	capture_free();
	return tap_done();
}
