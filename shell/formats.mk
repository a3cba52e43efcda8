# shell/: the output side -- the sink and one file per format, plus display
# width.  A convenience library so the unit tests link exactly what the
# shell runs.

noinst_LTLIBRARIES += shell/libsink.la
shell_libsink_la_SOURCES = shell/sink.c shell/sink.h
