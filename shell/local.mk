# shell/: the host program.
include shell/formats.mk

# The parts of the host that unit tests link on their own.
noinst_LTLIBRARIES += shell/libcore.la
shell_libcore_la_SOURCES = shell/shell.h shell/lex.c shell/args.c \
	shell/closest.c

bin_PROGRAMS += shell/safestat
shell_safestat_SOURCES = shell/main.c
shell_safestat_CFLAGS = $(AM_CFLAGS) $(SQLITE3_CFLAGS)
shell_safestat_LDADD = shell/libcore.la shell/libsink.la data/libdataset.la \
	$(SQLITE3_LIBS) $(READLINE_LIBS) $(DL_LIBS) $(LIBM)
