# tests/common.mk -- unit tests of the plugins' shared helpers.
check_PROGRAMS += tests/unit/test-common
tests_unit_test_common_SOURCES = tests/unit/test-common.c
tests_unit_test_common_LDADD = plugins/common/libplugin-common.la
TESTS += tests/unit/test-common

# A fixture plugin built on plugins/common, run against the bundled dataset.
check_LTLIBRARIES += tests/plugins/common-demo.la
tests_plugins_common_demo_la_SOURCES = tests/plugins/common-demo.c
tests_plugins_common_demo_la_LIBADD = plugins/common/libplugin-common.la
tests_plugins_common_demo_la_LDFLAGS = $(FIXTURE_LDFLAGS) $(PLUGIN_DEFS_LDFLAG)
TESTS += tests/t0900-plugin-common.sh
EXTRA_DIST += tests/t0900-plugin-common.sh

# The rules plugins/common applies to every command: the ledger years,
# the default as-of day, the names a lookup accepts.
COMMON_RULE_TESTS = \
	tests/t0910-ledger-years.sh \
	tests/t0920-as-of-rule.sh \
	tests/t0930-name-alias.sh
TESTS += $(COMMON_RULE_TESTS)
EXTRA_DIST += $(COMMON_RULE_TESTS)
