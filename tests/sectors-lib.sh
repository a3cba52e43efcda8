# tests/sectors-lib.sh -- what the sector plugins' tests share; sourced
# after test-lib.sh.  Every figure a test checks is computed here or in
# the test with the sqlite3 command-line shell, from the ledger tables,
# never through safestat.

DB="$SAFESTAT_BUILD_DIR/data/county.db"

test_have_prereq SQLITE3 || skip_all 'the sqlite3 command-line shell is missing'
test -f "$DB" || skip_all "no bundled dataset: run make"

# ss ARGS...: safestat on the bundled dataset with the built plugins.
ss () {
	"$SAFESTAT" "$DB" "$@"
}

# q SQL: one query with the sqlite3 shell, fields separated by |.
q () {
	sql_cli "$DB" "$1"
}

# rate NUM DEN: NUM/DEN in percent, one decimal, half-up, in integers.
rate () {
	r_tenths=$(( (2000 * $1 / $2 + 1) / 2 ))
	echo "$((r_tenths / 10)).$((r_tenths % 10))"
}

# csv_body FILE: a csv result without its header and CRs, fields by |.
csv_body () {
	tr -d '\r' <"$1" | sed 1d | tr ',' '|'
}

# metric FILE KEY: the value of metric KEY in a csv summary.
metric () {
	tr -d '\r' <"$1" | awk -F, -v k="$2" '$1 == k { print $3; found = 1 }
		END { exit !found }'
}

# check_metric FILE KEY EXPECTED: the metric has the expected value.
check_metric () {
	cm_got=$(metric "$1" "$2") || { echo "no metric '$2'" >&2; return 1; }
	if test "$cm_got" != "$3"; then
		echo "metric $2: got '$cm_got', wanted '$3'" >&2
		return 1
	fi
}

# Y: the 2023 calendar year as an SQL condition on a date column.
Y="BETWEEN '2023-01-01' AND '2023-12-31'"

# Traffic: a weighing (alias w) over the limit, strictly above the gross
# mass for its axle count (OVER_GROSS) or any of the dimensions
# (OVER_SIZE): computed from the raw weighings and the limit tables, not
# through the dataset's weighing_checked view.
OVER_GROSS="(w.gross_kg > (SELECT l.max_gross_kg FROM weight_limit l
		WHERE w.axles >= l.min_axles
		AND (l.max_axles IS NULL OR w.axles <= l.max_axles)))"
OVER_SIZE="(w.height_mm > (SELECT max_mm FROM dimension_limit WHERE measure = 'height')
	OR w.width_mm > (SELECT max_mm FROM dimension_limit WHERE measure = 'width')
	OR w.length_mm > (SELECT max_mm FROM dimension_limit WHERE measure = 'length'))"
OVER="(w.gross_kg > (SELECT l.max_gross_kg FROM weight_limit l
		WHERE w.axles >= l.min_axles
		AND (l.max_axles IS NULL OR w.axles <= l.max_axles))
	OR w.height_mm > (SELECT max_mm FROM dimension_limit WHERE measure = 'height')
	OR w.width_mm > (SELECT max_mm FROM dimension_limit WHERE measure = 'width')
	OR w.length_mm > (SELECT max_mm FROM dimension_limit WHERE measure = 'length'))"
