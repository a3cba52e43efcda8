# tests/data.mk -- the dataset: schema constraints, every figure of the
# 2023 report, accident grades, other years, the visitor history,
# determinism, a small province (and, when asked, the 100-county one).

DATA_TESTS = \
	tests/t3000-schema.sh \
	tests/t3100-report-2023.sh \
	tests/t3110-years.sh \
	tests/t3120-tourism.sh \
	tests/t3150-accident-grades.sh \
	tests/t3200-determinism.sh \
	tests/t3300-province.sh \
	tests/t3310-province-scale.sh
TESTS += $(DATA_TESTS) data/dataset-test
EXTRA_DIST += $(DATA_TESTS) tests/data-lib.sh docs/data.md data/.gitignore

# The unit test of dataset.c; its binary lives in data/ (ignored there).
check_PROGRAMS += data/dataset-test
data_dataset_test_SOURCES = tests/unit/dataset-test.c tests/unit/tap.h
data_dataset_test_CFLAGS = $(AM_CFLAGS) $(SQLITE3_CFLAGS)
data_dataset_test_LDADD = data/libdataset.la $(SQLITE3_LIBS)

# The script tests read the bundled dataset and run the generator.
check_DATA += data/county.db
