# tests/: each part of the tree keeps its tests' rules in its own fragment.
EXTRA_DIST += tests/test-lib.sh tests/unit/tap.h
include tests/host.mk
include tests/formats.mk
include tests/data.mk
include tests/county.mk
include tests/county-analysis.mk
include tests/sectors.mk
include tests/tourism.mk
include tests/scale.mk
include tests/common.mk
include tests/bench.mk
