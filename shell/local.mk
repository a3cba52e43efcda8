# shell/: the host program.
include shell/formats.mk

bin_PROGRAMS += shell/safestat
shell_safestat_SOURCES = shell/main.c
shell_safestat_CFLAGS = $(AM_CFLAGS) $(SQLITE3_CFLAGS)
shell_safestat_LDADD = shell/libsink.la data/libdataset.la $(SQLITE3_LIBS) $(READLINE_LIBS) $(DL_LIBS) $(LIBM)
