# tests/common.mk -- unit tests of the plugins' shared helpers.
check_PROGRAMS += tests/unit/test-common
tests_unit_test_common_SOURCES = tests/unit/test-common.c
tests_unit_test_common_LDADD = plugins/common/libplugin-common.la
TESTS += tests/unit/test-common
