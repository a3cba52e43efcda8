# tests/county.mk: tests of the county plugin's ledger commands (hazards,
# enforcement, inspections, outreach, assistance, insurance, accidents,
# risk), each figure against SQL written in the test; and their guide.
COUNTY_LEDGER_TESTS = \
	tests/t4000-hazards.sh \
	tests/t4010-hazard-lists.sh \
	tests/t4100-enforcement.sh \
	tests/t4110-inspections.sh \
	tests/t4200-outreach.sh \
	tests/t4210-assistance.sh \
	tests/t4300-insurance.sh \
	tests/t4400-accidents.sh \
	tests/t4410-risk.sh
TESTS += $(COUNTY_LEDGER_TESTS)
EXTRA_DIST += $(COUNTY_LEDGER_TESTS) tests/county-lib.sh docs/county.md
