# tests/data.mk -- the dataset: schema constraints, every figure of the
# 2023 report, accident grades, other years, the visitor history,
# determinism, a small province (and, when asked, the 100-county one).

DATA_TESTS = \
	tests/t3000-schema.sh \
	tests/t3100-report-2023.sh \
	tests/t3110-years.sh \
	tests/t3120-tourism.sh \
	tests/t3150-accident-grades.sh \
	tests/t3160-import.sh \
	tests/t3170-import-encoding.sh \
	tests/t3180-import-new-db.sh \
	tests/t3190-realism.sh \
	tests/t3200-determinism.sh \
	tests/t3300-province.sh \
	tests/t3310-province-scale.sh \
	tests/t3400-summaries.sh \
	tests/t3410-query-plans.sh
TESTS += $(DATA_TESTS) data/dataset-test
EXTRA_DIST += $(DATA_TESTS) tests/data-lib.sh docs/data.md data/.gitignore
# The files the import tests read: ledgers good and bad, one in GB18030.
IMPORT_FIXTURES = \
	tests/fixtures/import/hazards-good.csv \
	tests/fixtures/import/hazards-bad.csv \
	tests/fixtures/import/hazards-gb18030.csv \
	tests/fixtures/import/quoted.csv \
	tests/fixtures/import/visitors.csv
EXTRA_DIST += $(IMPORT_FIXTURES)
# The hot queries whose plans t3410 checks.
EXTRA_DIST += tests/fixtures/hot-queries.sql

# The unit test of dataset.c; its binary lives in data/ (ignored there).
check_PROGRAMS += data/dataset-test
data_dataset_test_SOURCES = tests/unit/dataset-test.c tests/unit/tap.h
data_dataset_test_CFLAGS = $(AM_CFLAGS) $(SQLITE3_CFLAGS)
data_dataset_test_LDADD = data/libdataset.la $(SQLITE3_LIBS)

# The script tests read the bundled dataset and run the generator.
check_DATA += data/county.db
