# tests/bench.mk: the province bench's smoke run (bench/run.sh with
# BENCH_SMOKE=1: a 3-county province, one run, about 10 s).
TESTS += tests/t7900-bench-smoke.sh
EXTRA_DIST += tests/t7900-bench-smoke.sh
