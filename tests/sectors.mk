# tests/sectors.mk -- the sector plugins: traffic (t50xx), gas (t51xx),
# chemicals (t52xx).  Figures are checked against SQL written in the tests
# (tests/sectors-lib.sh holds what they share).
SECTOR_TESTS = \
	tests/t5000-traffic-summary.sh \
	tests/t5010-traffic-overload.sh \
	tests/t5020-traffic-cases-vehicles.sh \
	tests/t5030-traffic-roads-cleanup.sh \
	tests/t5040-traffic-hazards.sh \
	tests/t5050-sectors-as-of.sh \
	tests/t5090-sectors-province.sh \
	tests/t5100-gas.sh \
	tests/t5200-chemicals.sh
TESTS += $(SECTOR_TESTS)
EXTRA_DIST += $(SECTOR_TESTS) tests/sectors-lib.sh docs/sectors.md

# The pure parts of the helpers the sector plugins added to plugins/common.
check_PROGRAMS += tests/unit/test-sectors
tests_unit_test_sectors_SOURCES = tests/unit/test-sectors.c
tests_unit_test_sectors_LDADD = plugins/common/libplugin-common.la
TESTS += tests/unit/test-sectors
