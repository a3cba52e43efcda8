#!/bin/sh
# The registry and the argument parser: suggestions, value checks, help.

test_description='finding commands, parsing options, help'
. "$(dirname "$0")/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/host-lib.sh"

mkdb db.db || { echo "Bail out! cannot create a dataset"; exit 1; }
run_cases "$SAFESTAT_SRC_DIR/tests/cases/registry.cases"

test_done
