# bench/province-db.sh -- the bench's datasets, built once and cached
# (sourced by bench/run.sh; needs $SAFESTAT_BUILD_DIR, $SAFESTAT_SRC_DIR,
# $CACHE, $COUNTIES, $SQLITE3 and bench/lib.sh).
#
# The province: the generator's --counties $COUNTIES file (what `make
# province` builds), kept as $CACHE/province-$COUNTIES.db with a stamp of
# the generator's and the schema's checksums: when either changes, it is
# built again.  DuckDB: the tables the queries read, exported to csv by
# sqlite3 and loaded into $CACHE/province-$COUNTIES.duckdb, with the same
# stamp.

GEN_SEED=2023
DUCKDB_DIR="$SAFESTAT_SRC_DIR/bench/duckdb"
# The tables the hand-written queries read (bench/queries/*.sql).
DUCKDB_TABLES="hazard township county code_label sector enforcement_case
case_kind outreach_event publicity meeting meeting_kind unit insurance_policy
accident accident_figures weighing overload_operation weight_limit
dimension_limit scenic_spot visitor_day gas_user chem_unit
major_hazard_installation inspection"

# dataset_stamp: what the province is built from, one line.
dataset_stamp () {
	cat "$SAFESTAT_BUILD_DIR/data/safestat-gen" "$SAFESTAT_SRC_DIR/data/schema.sql" |
		sha256sum | cut -d' ' -f1 | sed "s/\$/ seed $GEN_SEED counties $COUNTIES/"
}

# province_db: build the province unless the cached one has the current
# stamp; sets PROVINCE_DB and PROVINCE_BUILD_S (the build's seconds, as
# recorded when it was built).
province_db () {
	PROVINCE_DB="$CACHE/province-$COUNTIES.db"
	if ! test -f "$PROVINCE_DB" || ! test -f "$PROVINCE_DB.stamp" ||
	    test "$(head -n 1 "$PROVINCE_DB.stamp")" != "$(dataset_stamp)"; then
		note "building the $COUNTIES-county province (cached in $CACHE)"
		rm -f "$PROVINCE_DB" "$PROVINCE_DB.stamp" "$PROVINCE_DB.tmp"
		pd_a=$(now_ns)
		"$SAFESTAT_BUILD_DIR/data/safestat-gen" --seed "$GEN_SEED" \
			--counties "$COUNTIES" --out "$PROVINCE_DB.tmp" || return 1
		pd_b=$(now_ns)
		mv "$PROVINCE_DB.tmp" "$PROVINCE_DB" || return 1
		{ dataset_stamp; elapsed_ms "$pd_a" "$pd_b" | awk '{ printf "%.1f\n", $1 / 1000 }'; } \
			>"$PROVINCE_DB.stamp"
	fi
	PROVINCE_BUILD_S=$(sed -n 2p "$PROVINCE_DB.stamp")
}

# duckdb_available: node and @duckdb/node-api are there (else a note).
duckdb_available () {
	if ! command -v node >/dev/null 2>&1; then
		note "node is missing: DuckDB skipped (apt-get install nodejs npm)"
		return 1
	fi
	if ! test -d "$DUCKDB_DIR/node_modules/@duckdb/node-api"; then
		note "DuckDB skipped: npm install --prefix $DUCKDB_DIR @duckdb/node-api"
		return 1
	fi
	return 0
}

# duckdb_db: load the province's tables into DuckDB unless the cached copy
# has the province's stamp; sets DUCKDB_DB.
duckdb_db () {
	DUCKDB_DB="$CACHE/province-$COUNTIES.duckdb"
	if test -f "$DUCKDB_DB" && test -f "$DUCKDB_DB.stamp" &&
	    cmp -s "$DUCKDB_DB.stamp" "$PROVINCE_DB.stamp"; then
		return 0
	fi
	note "loading the province into DuckDB (csv exported by sqlite3)"
	rm -rf "$DUCKDB_DB" "$DUCKDB_DB.stamp" "$DUCKDB_DB.wal" "$CACHE/csv"
	mkdir -p "$CACHE/csv" || return 1
	for dd_table in $DUCKDB_TABLES; do
		"$SQLITE3" -csv -header "$PROVINCE_DB" "SELECT * FROM $dd_table" \
			>"$CACHE/csv/$dd_table.csv" || return 1
	done
	# shellcheck disable=SC2086 # the list splits into tables
	DUCKDB_DIR="$DUCKDB_DIR" node "$SAFESTAT_SRC_DIR/bench/duckdb.mjs" load \
		"$DUCKDB_DB" "$CACHE/csv" $DUCKDB_TABLES || return 1
	rm -rf "$CACHE/csv"
	cp "$PROVINCE_DB.stamp" "$DUCKDB_DB.stamp"
}
