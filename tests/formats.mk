# tests/formats.mk -- unit tests of the output side (shell/formats.mk):
# display width, the sink and every format, each a TAP program of its own.

FORMAT_UNIT_TESTS = \
	tests/unit/test-width \
	tests/unit/test-sink \
	tests/unit/test-sink-alloc \
	tests/unit/test-real-text \
	tests/unit/test-fmt-table \
	tests/unit/test-fmt-csv \
	tests/unit/test-fmt-json \
	tests/unit/test-fmt-markdown

check_PROGRAMS += $(FORMAT_UNIT_TESTS)
TESTS += $(FORMAT_UNIT_TESTS) tests/width-table.sh
EXTRA_DIST += tests/unit/capture.h tests/width-table.sh

tests_unit_test_width_SOURCES = tests/unit/test-width.c
tests_unit_test_width_LDADD = shell/libsink.la
tests_unit_test_sink_SOURCES = tests/unit/test-sink.c
tests_unit_test_sink_LDADD = shell/libsink.la
# Counts our own allocations by wrapping malloc at link time (GNU ld).
tests_unit_test_sink_alloc_SOURCES = tests/unit/test-sink-alloc.c
tests_unit_test_sink_alloc_LDADD = shell/libsink.la
tests_unit_test_sink_alloc_LDFLAGS = $(AM_LDFLAGS) \
	-Wl,--wrap=malloc -Wl,--wrap=realloc -Wl,--wrap=calloc
# Includes shell/fmt-util.c to compare its fast and slow paths.
tests_unit_test_real_text_SOURCES = tests/unit/test-real-text.c shell/width.c
tests_unit_test_real_text_CFLAGS = $(AM_CFLAGS)
tests_unit_test_real_text_LDADD = $(LIBM)
tests_unit_test_fmt_table_SOURCES = tests/unit/test-fmt-table.c
tests_unit_test_fmt_table_LDADD = shell/libsink.la
tests_unit_test_fmt_csv_SOURCES = tests/unit/test-fmt-csv.c
tests_unit_test_fmt_csv_LDADD = shell/libsink.la
tests_unit_test_fmt_json_SOURCES = tests/unit/test-fmt-json.c
tests_unit_test_fmt_json_LDADD = shell/libsink.la
tests_unit_test_fmt_markdown_SOURCES = tests/unit/test-fmt-markdown.c
tests_unit_test_fmt_markdown_LDADD = shell/libsink.la
