# shell/: the output side -- the sink and one file per format, plus display
# width.  A convenience library so the unit tests link exactly what the
# shell runs.

noinst_LTLIBRARIES += shell/libsink.la
shell_libsink_la_SOURCES = shell/sink.c shell/sink.h shell/fmt.h \
	shell/fmt-util.c shell/fmt-grid.c shell/fmt-table.c shell/fmt-csv.c \
	shell/fmt-json.c shell/fmt-markdown.c \
	shell/width.c shell/width.h shell/width-table.h
shell_libsink_la_LIBADD = $(LIBM)
EXTRA_DIST += shell/gen-width-table.awk docs/formats.md

# The width table is generated from Unicode data and committed, so a build
# never needs it.  After a Unicode upgrade (Debian: unicode-data), run
# `make update-width-table` and commit the result.
UNICODE_DIR = /usr/share/unicode
update-width-table:
	$(AWK) -f $(srcdir)/shell/gen-width-table.awk \
	    $(UNICODE_DIR)/UnicodeData.txt $(UNICODE_DIR)/EastAsianWidth.txt \
	    > $(srcdir)/shell/width-table.h.tmp
	mv $(srcdir)/shell/width-table.h.tmp $(srcdir)/shell/width-table.h
.PHONY: update-width-table
