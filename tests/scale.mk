# tests/scale.mk -- province scale: the commands on the summary tables.

SCALE_TESTS = \
	tests/t3420-summaries-commands.sh \
	tests/t3430-hazard-lists-scale.sh \
	tests/t3440-unit-summaries.sh \
	tests/t3450-insurance-summary.sh \
	tests/t3460-short-commands-scale.sh
TESTS += $(SCALE_TESTS)
EXTRA_DIST += $(SCALE_TESTS) tests/summary-lib.sh
