# shell/: the host program.
include shell/formats.mk

# The parts of the host that unit tests link on their own.
noinst_LTLIBRARIES += shell/libcore.la
shell_libcore_la_SOURCES = shell/shell.h shell/lex.c shell/args.c \
	shell/closest.c

bin_PROGRAMS += shell/safestat
shell_safestat_SOURCES = shell/main.c shell/session.h shell/repl.c \
	shell/input.c shell/exec.c shell/report.c shell/registry.c \
	shell/plugin.c shell/host.c shell/db.c shell/builtins.c \
	shell/cmd-help.c shell/cmd-sql.c shell/cmd-tables.c \
	shell/cmd-format.c shell/cmd-timer.c shell/cmd-source.c \
	shell/cmd-quit.c shell/cmd-plugins.c shell/cmd-import.c \
	shell/cmd-pager.c shell/pager.c \
	shell/import.c shell/import.h shell/csv.c shell/csv.h
# Where to find plugins and the bundled dataset, installed or (when the
# binary is the one in this build tree) uninstalled.
shell_safestat_CPPFLAGS = $(AM_CPPFLAGS) \
	-DSAFESTAT_BUILD_DIR='"$(abs_top_builddir)"' \
	-DPKGLIBDIR='"$(pkglibdir)"' -DPKGDATADIR='"$(pkgdatadir)"'
shell_safestat_CFLAGS = $(AM_CFLAGS) $(SQLITE3_CFLAGS)
shell_safestat_LDADD = shell/libcore.la shell/libsink.la data/libdataset.la \
	$(SQLITE3_LIBS) $(READLINE_LIBS) $(DL_LIBS) $(LIBM)
