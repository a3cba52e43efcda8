# tests/county-analysis.mk: tests of trend, gaps, report and verify.

# The claim extractor, a pure module, on its own (its own CFLAGS give it
# its own object, apart from the plugin's libtool one).
check_PROGRAMS += tests/unit/test-claims
tests_unit_test_claims_SOURCES = tests/unit/test-claims.c \
	plugins/county/claims.c plugins/county/claims.h
tests_unit_test_claims_CFLAGS = $(AM_CFLAGS)
TESTS += tests/unit/test-claims

COUNTY_ANALYSIS_TESTS = \
	tests/t4500-trend.sh \
	tests/t4600-gaps.sh \
	tests/t4700-report.sh \
	tests/t4800-verify.sh
TESTS += $(COUNTY_ANALYSIS_TESTS)
EXTRA_DIST += $(COUNTY_ANALYSIS_TESTS) tests/fixtures/report-2023.txt \
	docs/county-analysis.md
