/*
 * tests/unit/test-sink.c -- the sink's protocol: the list of formats, the
 * text of numbers (scale and rounding), write errors, misuse, row counts.
 */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "capture.h"
#include "tap.h"

/* The csv text of one real with `scale` decimals (no header, no CRLF). */
static const char *
real_text(double x, int scale)
{
	static char		 text[512];
	struct ss_column	 col = { .name = "x", .type = SS_REAL,
				    .scale = scale };
	struct sink		*s = capture_open("csv", 0);
	const char		*out, *body;
	size_t			 n;

	sink_begin(s, &col, 1);
	sink_row(s, (struct ss_value[]){ SS_REAL_VALUE(x) });
	out = capture_close(s);
	body = strstr(out, "\r\n");
	body = body != NULL ? body + 2 : out;
	n = strcspn(body, "\r");
	if (n >= sizeof(text))
		n = sizeof(text) - 1;
	memcpy(text, body, n);
	text[n] = '\0';
	return text;
}

static void
test_format_list(void)
{
	static const char *const want[] = {
		"table", "csv", "tsv", "json", "jsonl", "markdown"
	};
	const char *const	*names = sink_format_names();
	size_t			 i;

	for (i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		struct sink *s;

		is_str(names[i], want[i], "format %zu is %s", i, want[i]);
		if (names[i] == NULL)
			break;
		ok(sink_format_summary(names[i]) != NULL &&
		    strlen(sink_format_summary(names[i])) > 10,
		    "%s has a summary", names[i]);
		s = sink_new(stdout, names[i], 0);
		ok(s != NULL, "sink_new knows %s", names[i]);
		is_int(sink_rich(s), i == 0 || i == 5,
		    "%s is %s", names[i], i == 0 || i == 5 ? "rich" : "machine");
		sink_close(s);
	}
	ok(names[i] == NULL, "the list ends after markdown");
	ok(sink_format_summary("xml") == NULL, "no summary for xml");
	ok(sink_format_summary(NULL) == NULL, "no summary for NULL");
	errno = 0;
	ok(sink_new(stdout, "Table", 0) == NULL && errno == EINVAL,
	    "names are case-sensitive; unknown gives EINVAL");
	is_int(sink_close(NULL), 0, "sink_close(NULL) is fine");
}

static void
test_scale(void)
{
	/* Half away from zero, on the shortest decimal text. */
	is_str(real_text(89.75, 1), "89.8", "89.75 -> 89.8");
	is_str(real_text(89.85, 1), "89.9", "89.85 -> 89.9 (printf: 89.8)");
	is_str(real_text(-89.75, 1), "-89.8", "-89.75 -> -89.8");
	is_str(real_text(89.74, 1), "89.7", "89.74 -> 89.7");
	is_str(real_text(2.675, 2), "2.68", "2.675 -> 2.68 (printf: 2.67)");
	is_str(real_text(1.005, 2), "1.01", "1.005 -> 1.01");
	is_str(real_text(0.125, 2), "0.13", "0.125 -> 0.13 (not even)");
	is_str(real_text(2.5, 0), "3", "2.5 -> 3");
	is_str(real_text(-2.5, 0), "-3", "-2.5 -> -3");
	is_str(real_text(0.5, 0), "1", "0.5 -> 1");
	is_str(real_text(0.49, 0), "0", "0.49 -> 0");
	is_str(real_text(9.95, 1), "10.0", "9.95 -> 10.0 (carry)");
	is_str(real_text(99.96, 1), "100.0", "99.96 -> 100.0");
	is_str(real_text(0.05, 1), "0.1", "0.05 -> 0.1");
	is_str(real_text(0.04, 1), "0.0", "0.04 -> 0.0");
	is_str(real_text(-0.04, 1), "0.0", "-0.04 -> 0.0, never -0.0");
	is_str(real_text(0.0, 2), "0.00", "0 with scale 2");
	is_str(real_text(1e-10, 2), "0.00", "tiny -> 0.00");
	is_str(real_text(1, 3), "1.000", "1 with scale 3");
	is_str(real_text(123456789.125, 2), "123456789.13",
	    "123456789.125 -> .13");
	is_str(real_text(1e17, 1), "100000000000000000.0", "1e17, plain");
	is_str(real_text(0.000123, 5), "0.00012", "0.000123 with scale 5");
	is_str(real_text(0.000125, 5), "0.00013", "0.000125 with scale 5");

	/* Shortest exact text, always with a point. */
	is_str(real_text(100, -1), "100.0", "100 -> 100.0");
	is_str(real_text(0.1, -1), "0.1", "0.1");
	is_str(real_text(0.1 + 0.2, -1), "0.30000000000000004", "0.1 + 0.2");
	is_str(real_text(1.0 / 3, -1), "0.3333333333333333", "1/3");
	is_str(real_text(1e15 + 0.3, -1), "1000000000000000.2", "1e15 + 0.3");
	is_str(real_text(9007199254740994.0, -1), "9007199254740994.0",
	    "2^53 + 2");
	is_str(real_text(1e20, -1), "100000000000000000000.0", "1e20 plain");
	is_str(real_text(1e21, -1), "1.0e+21", "1e21 with exponent");
	is_str(real_text(1.7976931348623157e308, -1),
	    "1.7976931348623157e+308", "DBL_MAX");
	is_str(real_text(0.000001, -1), "0.000001", "1e-6 plain");
	is_str(real_text(1.5e-7, -1), "1.5e-7", "1.5e-7 with exponent");
	is_str(real_text(-2.5, -1), "-2.5", "-2.5");
	is_str(real_text(0.0, -1), "0.0", "zero");
	is_str(real_text(-0.0, -1), "-0.0", "negative zero reads back");
	ok(strtod(real_text(5e-324, -1), NULL) == 5e-324,
	    "the smallest subnormal reads back");
	is_str(real_text(INFINITY, 1), "inf", "inf in csv");
	is_str(real_text(-INFINITY, -1), "-inf", "-inf in csv");
	is_str(real_text(NAN, 2), "nan", "nan in csv");
}

/* Every format: a write error fails the call that hits it, every later
 * call, and sink_close, with errno ENOSPC. */
static void
test_write_errors(void)
{
	static const struct ss_column cols[] = {
		{ .name = "name", .type = SS_TEXT },
		{ .name = "n", .type = SS_INT },
	};
	const char *const *names;

	for (names = sink_format_names(); *names != NULL; names++) {
		FILE		*full = fopen("/dev/full", "w");
		struct sink	*s;
		int		 rc = 0, i, err;

		if (full == NULL) {
			ok(1, "# SKIP no /dev/full");
			continue;
		}
		s = sink_new(full, *names, 0);
		/* Small output sits in the stdio buffer: only close sees it. */
		rc |= sink_begin(s, cols, 2);
		rc |= sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE("a"),
		    SS_INT_VALUE(1) });
		rc |= sink_end(s);
		is_int(rc, 0, "%s: buffered small output, no error yet", *names);
		errno = 0;
		is_int(sink_close(s), -1, "%s: sink_close reports the failure",
		    *names);
		is_int(errno, ENOSPC, "%s: errno is ENOSPC", *names);
		fclose(full);

		/* Unbuffered: the first write that reaches the file fails. */
		full = fopen("/dev/full", "w");
		setvbuf(full, NULL, _IONBF, 0);
		s = sink_new(full, *names, 0);
		errno = 0;
		rc = sink_begin(s, cols, 2);
		for (i = 0; rc == 0 && i < 3; i++)
			rc = sink_row(s, (struct ss_value[]){
			    SS_TEXT_VALUE("城关镇"), SS_INT_VALUE(i) });
		if (rc == 0)
			rc = sink_end(s);
		err = errno;
		is_int(rc, -1, "%s: a failed write returns -1", *names);
		is_int(err, ENOSPC, "%s: and errno says why", *names);
		is_int(sink_begin(s, cols, 2), -1, "%s: begin still fails",
		    *names);
		is_int(sink_row(s, (struct ss_value[]){ SS_TEXT_VALUE("b"),
		    SS_INT_VALUE(2) }), -1, "%s: a later row still fails",
		    *names);
		is_int(sink_close(s), -1, "%s: close fails too", *names);
		fclose(full);
	}
}

/* Enough rows to fill the stdio buffer: a row call itself fails. */
static void
test_write_error_midway(void)
{
	struct ss_column	 col = { .name = "n", .type = SS_INT };
	FILE			*full = fopen("/dev/full", "w");
	struct sink		*s;
	int			 i, rc = 0;

	if (full == NULL) {
		ok(1, "# SKIP no /dev/full");
		return;
	}
	s = sink_new(full, "csv", 0);
	sink_begin(s, &col, 1);
	for (i = 0; rc == 0 && i < 100000; i++)
		rc = sink_row(s, (struct ss_value[]){ SS_INT_VALUE(i) });
	is_int(rc, -1, "csv: a row fails once the buffer is flushed");
	ok(i < 10000, "and soon (after %d rows)", i);
	is_int(sink_close(s), -1, "close reports it");
	fclose(full);
}

/* Calls out of order are refused, without poisoning the sink. */
static void
test_misuse(void)
{
	static const struct ss_column col = { .name = "n", .type = SS_INT };
	struct sink *s = capture_open("csv", 0);

	errno = 0;
	is_int(sink_row(s, (struct ss_value[]){ SS_INT_VALUE(1) }), -1,
	    "row before begin fails");
	is_int(errno, EINVAL, "with EINVAL");
	is_int(sink_end(s), 0, "end with nothing open is a no-op");
	is_int(sink_begin(s, NULL, 1), -1, "begin without columns fails");
	is_int(sink_begin(s, &col, 1), 0, "the sink still works");
	is_int(sink_row(s, (struct ss_value[]){ SS_INT_VALUE(1) }), 0,
	    "a row");
	is_str(capture_close(s), "n\r\n1\r\n", "output unharmed");
	is_int(capture_status, 0, "close returns 0: misuse is not a write error");

	s = capture_open("table", 0);
	errno = 0;
	is_int(sink_block(s, (enum ss_block)42, "x"), -1, "unknown block kind");
	is_int(errno, EINVAL, "with EINVAL");
	is_str(capture_close(s), "", "nothing printed");
}

/* Rows are counted across result sets; totals are not rows. */
static void
test_row_count(void)
{
	static const struct ss_column col = { .name = "n", .type = SS_INT };
	const char *const *names;

	for (names = sink_format_names(); *names != NULL; names++) {
		struct sink *s = capture_open(*names, 0);

		sink_begin(s, &col, 1);
		sink_row(s, (struct ss_value[]){ SS_INT_VALUE(1) });
		sink_row(s, (struct ss_value[]){ SS_INT_VALUE(2) });
		sink_total(s, (struct ss_value[]){ SS_INT_VALUE(3) });
		sink_begin(s, &col, 1);
		sink_row(s, (struct ss_value[]){ SS_INT_VALUE(4) });
		is_int(sink_row_count(s), 3, "%s counts 3 rows", *names);
		capture_close(s);
	}
}

/* Many tiny result sets: each is complete and separated. */
static void
test_many_sets(void)
{
	static const struct ss_column col = { .name = "count", .type = SS_INT };
	struct sink	*s = capture_open("tsv", 0);
	const char	*out;
	int		 i, rc = 0;
	size_t		 blank = 0;

	for (i = 0; i < 1000; i++) {
		rc |= sink_begin(s, &col, 1);
		rc |= sink_row(s, (struct ss_value[]){ SS_INT_VALUE(i) });
		rc |= sink_end(s);
	}
	out = capture_close(s);
	for (; (out = strstr(out, "\n\ncount\n")) != NULL; out++)
		blank++;
	is_int(rc, 0, "1000 result sets without error");
	is_int(blank, 999, "999 separators");
}

int
main(void)
{
	test_format_list();
	test_scale();
	test_write_errors();
	test_write_error_midway();
	test_misuse();
	test_row_count();
	test_many_sets();
	capture_free();
	return tap_done();
}
