# tests/county-analysis.mk: tests of trend, gaps, report and verify.
