# tests/host.mk: the host's tests -- unit tests for the lexer and option
# parsing, transcript tests of the shell, fixture plugins.

check_PROGRAMS += tests/unit/test-lex tests/unit/test-args
tests_unit_test_lex_LDADD = shell/libcore.la
tests_unit_test_args_LDADD = shell/libcore.la $(LIBM)
TESTS += tests/unit/test-lex tests/unit/test-args

# Fixture plugins, most of them broken on purpose (tests/plugins/*.c).
# -rpath makes libtool build real shared objects in tests/plugins/.libs.
FIXTURE_LDFLAGS = -module -avoid-version -shared -rpath /nowhere $(SAN_CFLAGS)
FIXTURE_PLUGINS = tests/plugins/all-types.la tests/plugins/abi-future.la \
	tests/plugins/bad-size.la tests/plugins/no-entry.la \
	tests/plugins/dup-builtin.la tests/plugins/dup-command.la \
	tests/plugins/fail-init.la tests/plugins/bad-name.la \
	tests/plugins/bad-option.la tests/plugins/bad-enum.la \
	tests/plugins/shell-symbol.la tests/plugins/reload1.la \
	tests/plugins/reload2.la
check_LTLIBRARIES += $(FIXTURE_PLUGINS)
EXTRA_DIST += tests/plugins/good-cmd.h
tests_plugins_all_types_la_SOURCES = tests/plugins/all-types.c
tests_plugins_all_types_la_LDFLAGS = $(FIXTURE_LDFLAGS) $(PLUGIN_DEFS_LDFLAG)
tests_plugins_abi_future_la_SOURCES = tests/plugins/abi-future.c
tests_plugins_abi_future_la_LDFLAGS = $(FIXTURE_LDFLAGS) $(PLUGIN_DEFS_LDFLAG)
tests_plugins_bad_size_la_SOURCES = tests/plugins/bad-size.c
tests_plugins_bad_size_la_LDFLAGS = $(FIXTURE_LDFLAGS) $(PLUGIN_DEFS_LDFLAG)
tests_plugins_no_entry_la_SOURCES = tests/plugins/no-entry.c
tests_plugins_no_entry_la_LDFLAGS = $(FIXTURE_LDFLAGS) $(PLUGIN_DEFS_LDFLAG)
tests_plugins_dup_builtin_la_SOURCES = tests/plugins/dup-builtin.c
tests_plugins_dup_builtin_la_LDFLAGS = $(FIXTURE_LDFLAGS) $(PLUGIN_DEFS_LDFLAG)
tests_plugins_dup_command_la_SOURCES = tests/plugins/dup-command.c
tests_plugins_dup_command_la_LDFLAGS = $(FIXTURE_LDFLAGS) $(PLUGIN_DEFS_LDFLAG)
tests_plugins_fail_init_la_SOURCES = tests/plugins/fail-init.c
tests_plugins_fail_init_la_LDFLAGS = $(FIXTURE_LDFLAGS) $(PLUGIN_DEFS_LDFLAG)
tests_plugins_bad_name_la_SOURCES = tests/plugins/bad-name.c
tests_plugins_bad_name_la_LDFLAGS = $(FIXTURE_LDFLAGS) $(PLUGIN_DEFS_LDFLAG)
tests_plugins_bad_option_la_SOURCES = tests/plugins/bad-option.c
tests_plugins_bad_option_la_LDFLAGS = $(FIXTURE_LDFLAGS) $(PLUGIN_DEFS_LDFLAG)
tests_plugins_bad_enum_la_SOURCES = tests/plugins/bad-enum.c
tests_plugins_bad_enum_la_LDFLAGS = $(FIXTURE_LDFLAGS) $(PLUGIN_DEFS_LDFLAG)
# Linked WITHOUT -z defs: it references a shell symbol, which -z defs turns
# into a link error (t0300 shows that); this build is refused at load time.
tests_plugins_shell_symbol_la_SOURCES = tests/plugins/shell-symbol.c
tests_plugins_shell_symbol_la_LDFLAGS = $(FIXTURE_LDFLAGS)
tests_plugins_reload1_la_SOURCES = tests/plugins/reload.c
tests_plugins_reload1_la_CPPFLAGS = $(AM_CPPFLAGS) -DRELOAD_VERSION=1
tests_plugins_reload1_la_LDFLAGS = $(FIXTURE_LDFLAGS) $(PLUGIN_DEFS_LDFLAG)
tests_plugins_reload2_la_SOURCES = tests/plugins/reload.c
tests_plugins_reload2_la_CPPFLAGS = $(AM_CPPFLAGS) -DRELOAD_VERSION=2
tests_plugins_reload2_la_LDFLAGS = $(FIXTURE_LDFLAGS) $(PLUGIN_DEFS_LDFLAG)

# Counts rows of csv/tsv/json/jsonl on its own, for t0500.
check_PROGRAMS += tests/count-rows

# Transcript tests (tests/t*.sh, case files in tests/cases/).
HOST_TESTS = tests/t0000-start.sh tests/t0100-batch.sh \
	tests/t0200-registry.sh tests/t0300-plugins.sh tests/t0400-output.sh \
	tests/t0500-every-command.sh tests/t0600-sql.sh \
	tests/t0700-interactive.sh tests/t0800-docs.sh
TESTS += $(HOST_TESTS)
EXTRA_DIST += $(HOST_TESTS) tests/host-lib.sh tests/cases/batch.cases \
	tests/cases/registry.cases tests/cases/plugins.cases \
	tests/cases/output.cases tests/cases/sql.cases tests/cases/start.cases

# make check-valgrind: the main paths under valgrind memcheck (not part of
# make check: it takes a minute).
check-valgrind: all $(check_LTLIBRARIES)
	SAFESTAT_BUILD_DIR='$(abs_top_builddir)' \
	SAFESTAT_SRC_DIR='$(abs_top_srcdir)' \
	$(SHELL) $(top_srcdir)/tests/valgrind.sh
.PHONY: check-valgrind
EXTRA_DIST += tests/valgrind.sh

# The database seam on its own (db.c with the report it needs).
check_PROGRAMS += tests/unit/test-db
TESTS += tests/unit/test-db
tests_unit_test_db_SOURCES = tests/unit/test-db.c shell/db.c shell/report.c
tests_unit_test_db_CFLAGS = $(AM_CFLAGS) $(SQLITE3_CFLAGS)
tests_unit_test_db_LDADD = shell/libcore.la data/libdataset.la $(SQLITE3_LIBS)
