# tests/scale.mk -- province scale: the commands on the summary tables.

SCALE_TESTS = \
	tests/t3420-summaries-commands.sh \
	tests/t3450-insurance-summary.sh
TESTS += $(SCALE_TESTS)
EXTRA_DIST += $(SCALE_TESTS)
