# bench/queries.sh -- each command against the same question in hand-written
# SQL over the raw ledger, in sqlite3 and DuckDB (sourced by bench/run.sh;
# needs bench/lib.sh, $SAFESTAT, $SQLITE3, $PROVINCE_DB, $DUCKDB_DB (empty:
# no DuckDB), $RUNS, $WARMUP, $BENCH_ONLY, $CACHE, $QUERIES).
#
# $QUERIES/NAME.sql (bench/queries/) holds the command (-- command:), the columns to
# compare (-- compare:, tables separated by |) and the SQL; NAME.duckdb.sql
# the DuckDB dialect where it differs.  Per query, $WARMUP + $RUNS rounds,
# each timing safestat, then sqlite3, then DuckDB, so that the three share
# whatever the machine is doing; medians of the $RUNS timed rounds.  The
# results of the last round are compared; a difference fails the bench.

# query_selected NAME: NAME is in $BENCH_ONLY (comma-separated names or
# prefixes; empty: all).
query_selected () {
	test -z "$BENCH_ONLY" && return 0
	for qs_want in $(echo "$BENCH_ONLY" | tr ',' ' '); do
		case $1 in "$qs_want"*) return 0 ;; esac
	done
	return 1
}

# duckdb_start: the DuckDB server on $DUCKDB_DB, fed on fd 3, answering on
# fd 4 (nothing when $DUCKDB_DB is empty).
duckdb_start () {
	test -n "$DUCKDB_DB" || return 0
	rm -f "$CACHE/duck.in" "$CACHE/duck.out"
	mkfifo "$CACHE/duck.in" "$CACHE/duck.out" || return 1
	DUCKDB_DIR="$DUCKDB_DIR" node "$SAFESTAT_SRC_DIR/bench/duckdb.mjs" serve \
		"$DUCKDB_DB" <"$CACHE/duck.in" >"$CACHE/duck.out" &
	DUCKDB_PID=$!
	exec 3>"$CACHE/duck.in" 4<"$CACHE/duck.out"
}

# duckdb_stop: close the server's input; it ends.
duckdb_stop () {
	test -n "$DUCKDB_DB" || return 0
	exec 3>&- 4<&-
	wait "$DUCKDB_PID"
	rm -f "$CACHE/duck.in" "$CACHE/duck.out"
}

# duckdb_time SQLFILE OUTFILE: run a query in the server, print its ms.
duckdb_time () {
	echo "$1 $2" >&3
	read -r dt_ms <&4
	case $dt_ms in
	error*) note "duckdb: $1: $dt_ms"; return 1 ;;
	esac
	echo "$dt_ms"
}

# compare_results NAME SPEC DIR: the three results of a query agree (a
# diff on stderr when not); prints the number of rows compared.
compare_results () {
	awk -v header=1 -v spec="$2" -f "$SAFESTAT_SRC_DIR/bench/normalise.awk" \
		"$3/safestat.csv" | LC_ALL=C sort >"$3/safestat.txt" || return 1
	awk -v header=0 -v spec="$2" -f "$SAFESTAT_SRC_DIR/bench/normalise.awk" \
		"$3/sqlite3.csv" | LC_ALL=C sort >"$3/sqlite3.txt" || return 1
	cr_ok=0
	if ! cmp -s "$3/safestat.txt" "$3/sqlite3.txt"; then
		note "$1: safestat and sqlite3 disagree (< safestat, > sqlite3):"
		diff "$3/safestat.txt" "$3/sqlite3.txt" | head -n 20 >&2
		cr_ok=1
	fi
	if test -n "$DUCKDB_DB"; then
		awk -v header=0 -v spec="$2" -f "$SAFESTAT_SRC_DIR/bench/normalise.awk" \
			"$3/duckdb.csv" | LC_ALL=C sort >"$3/duckdb.txt" || return 1
		if ! cmp -s "$3/sqlite3.txt" "$3/duckdb.txt"; then
			note "$1: sqlite3 and DuckDB disagree (< sqlite3, > duckdb):"
			diff "$3/sqlite3.txt" "$3/duckdb.txt" | head -n 20 >&2
			cr_ok=1
		fi
	fi
	wc -l <"$3/safestat.txt" | tr -d ' '
	return $cr_ok
}

# bench_query FILE: time and check one query; prints its table row and
# returns 1 when it failed or disagreed.
bench_query () {
	bq_name=$(basename "$1" .sql)
	bq_cmd=$(sed -n 's/^-- command: //p' "$1")
	bq_spec=$(sed -n 's/^-- compare: //p' "$1")
	bq_duck="${1%.sql}.duckdb.sql"
	test -f "$bq_duck" || bq_duck=$1
	bq_dir="$CACHE/out/$bq_name"
	mkdir -p "$bq_dir"
	bq_ss='' bq_sq='' bq_dk='' bq_round=0 bq_failed=0
	while test $bq_round -lt $((WARMUP + RUNS)); do
		clock_ns bq_a
		"$SAFESTAT" "$PROVINCE_DB" -F csv -c "$bq_cmd" >"$bq_dir/safestat.csv" || bq_failed=1
		clock_ns bq_b
		"$SQLITE3" -csv "$PROVINCE_DB" <"$1" >"$bq_dir/sqlite3.csv" || bq_failed=1
		clock_ns bq_c
		if test -n "$DUCKDB_DB"; then
			bq_t=$(duckdb_time "$bq_duck" "$bq_dir/duckdb.csv") || bq_failed=1
		fi
		if test $bq_failed = 1; then
			note "$bq_name: a run failed (see above)"
			break
		fi
		if test $bq_round -ge "$WARMUP"; then
			bq_ss="$bq_ss $(elapsed_ms "$bq_a" "$bq_b")"
			bq_sq="$bq_sq $(elapsed_ms "$bq_b" "$bq_c")"
			test -n "$DUCKDB_DB" && bq_dk="$bq_dk $bq_t"
		fi
		bq_round=$((bq_round + 1))
	done
	if test $bq_failed = 0; then
		bq_rows=$(compare_results "$bq_name" "$bq_spec" "$bq_dir") || bq_failed=1
	fi
	bq_ss=$(test -n "$bq_ss" && median $bq_ss)
	bq_sq=$(test -n "$bq_sq" && median $bq_sq)
	bq_dk=$(test -n "$bq_dk" && median $bq_dk)
	bq_rd=$(ratio "$bq_ss" "$bq_dk")
	bq_rs=$(ratio "$bq_ss" "$bq_sq")
	printf '| `%s` | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' \
		"$bq_cmd" "$(ms_cell "$bq_ss")" "$(ms_cell "$bq_sq")" "$(ms_cell "$bq_dk")" \
		"$bq_rd" "$bq_rs" "$(ratio_verdict "$bq_ss" "$bq_dk" 0.5)" \
		"$(ratio_verdict "$bq_ss" "$bq_sq" 0.05)" \
		"${bq_rows:--}" "$(test $bq_failed = 0 && echo same || echo DIFFERENT)"
	return $bq_failed
}

# ms_cell MS: milliseconds for the table, or "-".
ms_cell () {
	test -n "$1" || { echo -; return; }
	echo "$1" | awk '{ printf($1 < 10 ? "%.1f" : "%.0f", $1) }'
}

# run_queries: the table of every selected query; returns 1 when any
# failed or disagreed.
run_queries () {
	rq_status=0
	duckdb_start || return 1
	echo "| command | safestat ms | sqlite3 ms | duckdb ms | vs duckdb | vs sqlite3 | ≤ 0.5x duckdb | ≤ 0.05x sqlite3 | rows | results |"
	echo "|---|--:|--:|--:|--:|--:|---|---|--:|---|"
	for rq_file in "$QUERIES"/*.sql; do
		case $rq_file in *.duckdb.sql) continue ;; esac
		query_selected "$(basename "$rq_file" .sql)" || continue
		bench_query "$rq_file" || rq_status=1
	done
	duckdb_stop
	return $rq_status
}
