# bench/host.sh -- the host's own figures against sqlite3 (sourced by
# bench/run.sh; needs bench/lib.sh, $SAFESTAT, $SQLITE3, $CACHE, $RUNS,
# $START_DB, $EXPORT_DB, $IMPORT_SOURCE_DB, $BENCH_COMMANDS, $BENCH_ROWS,
# $BENCH_IMPORT_ROWS; runs in $CACHE).
#
#   start-up with every plugin:  safestat DB -c help  vs  sqlite3 DB .quit
#   100,000 piped trivial commands:  sql "SELECT count(*) FROM t"  vs
#     sqlite3 reading 100,000 lines of  SELECT count(*) FROM t;
#   peak RSS of a 10-million-row csv export of the hazard ledger via sql
#   1,000,000 hazard rows imported from csv:  import  vs  sqlite3 .import
#
# Targets (issues 2 and 7): within 2x, no slower (1x), under 50 MB, at
# least half sqlite3's rows/s.  Times: seconds() of bench/lib.sh; peak
# RSS from /usr/bin/time -v.

# host_inputs: bench.db with a table t of 1,000 integers, and the piped
# command files.
host_inputs () {
	rm -f bench.db
	"$SAFESTAT" --create --no-plugins bench.db -c quit >/dev/null || return 1
	"$SQLITE3" bench.db "CREATE TABLE t (x INTEGER);
		WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000)
		INSERT INTO t SELECT x FROM c;" || return 1
	awk -v n="$BENCH_COMMANDS" 'BEGIN { for (i = 0; i < n; i++) print "sql \"SELECT count(*) FROM t\"" }' >safestat.in
	awk -v n="$BENCH_COMMANDS" 'BEGIN { for (i = 0; i < n; i++) print "SELECT count(*) FROM t;" }' >sqlite3.in
}

# import_inputs: import.csv, $BENCH_IMPORT_ROWS hazard rows for a copy of
# $IMPORT_SOURCE_DB: its own hazards again under new ids (so every key
# and code is valid there), as many times as it takes.
import_inputs () {
	"$SQLITE3" -csv -header "$IMPORT_SOURCE_DB" "
		WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n
		    WHERE k * (SELECT count(*) FROM hazard) < $BENCH_IMPORT_ROWS)
		SELECT h.hazard_id + n.k * (SELECT max(hazard_id) FROM hazard) AS hazard_id,
		       h.township_id, h.unit_id, h.sector, h.level, h.finder_kind,
		       h.finder_dept, h.inspection_id, h.found_date, h.deadline_date,
		       h.rectified_date, h.criterion_id, h.campaign, h.description
		FROM n CROSS JOIN hazard h ORDER BY n.k, h.hazard_id
		LIMIT $BENCH_IMPORT_ROWS" >import.csv
}

# import_run PROGRAM: import import.csv into a fresh copy of the source
# database with PROGRAM (safestat or sqlite3); prints "SECONDS PEAK_KB".
import_run () {
	rm -f import.db && cp "$IMPORT_SOURCE_DB" import.db && chmod u+w import.db || return 1
	if test "$1" = safestat; then
		ir_cmd="'$SAFESTAT' import.db -c 'import hazard import.csv' >/dev/null"
	else
		# .import reads an empty cell as '' (not NULL), which the
		# ledger's checks refuse: stage the rows, then insert them with
		# empty cells as NULL, as import does.  With the summaries'
		# upkeep, as import has it: the same summary work.
		{
			echo ".read '$SAFESTAT_SRC_DIR/data/upkeep.sql'"
			echo ".import --csv import.csv staging"
			echo "INSERT INTO hazard SELECT $(head -n 1 import.csv |
				sed 's/\([a-z_]*\)/nullif(\1, '"''"')/g') FROM staging;"
			echo "DROP TABLE staging;"
		} >import.sql
		ir_cmd="'$SQLITE3' import.db <import.sql"
	fi
	ir_a=$(now_ns)
	ir_kb=$(peak_kb "$ir_cmd")
	ir_b=$(now_ns)
	ir_rows=$("$SQLITE3" import.db "SELECT count(*) FROM hazard")
	ir_want=$(( $("$SQLITE3" "$IMPORT_SOURCE_DB" "SELECT count(*) FROM hazard") + BENCH_IMPORT_ROWS ))
	if test "$ir_rows" != "$ir_want"; then
		note "import with $1: $ir_rows hazards after the import, $ir_want expected"
		return 1
	fi
	echo "$(elapsed_ms "$ir_a" "$ir_b" | awk '{ print $1 / 1000 }') $ir_kb"
}

# run_host: the host's table.
run_host () {
	host_inputs || return 1
	rh_export="SELECT * FROM hazard LIMIT $BENCH_ROWS"
	rh_rows=$("$SQLITE3" "$EXPORT_DB" "SELECT count(*) FROM ($rh_export)")
	# Start-up takes 2 ms: ten times the runs, for a steadier median.
	start_ss=$(seconds "'$SAFESTAT' '$START_DB' -c help" $((RUNS * 10)))
	start_sq=$(seconds "'$SQLITE3' '$START_DB' .quit" $((RUNS * 10)))
	pipe_ss=$(seconds "'$SAFESTAT' bench.db <safestat.in >/dev/null")
	pipe_sq=$(seconds "'$SQLITE3' bench.db <sqlite3.in >/dev/null")
	rss_ss=$(peak_kb "'$SAFESTAT' -F csv '$EXPORT_DB' -c 'sql \"$rh_export\"'")
	rss_sq=$(peak_kb "'$SQLITE3' -csv '$EXPORT_DB' '$rh_export'")
	import_inputs || return 1
	imp_ss=$(import_run safestat) || return 1
	imp_sq=$(import_run sqlite3) || return 1
	rm -f import.db import.csv import.sql

	r1=$(ratio "$start_ss" "$start_sq")
	r2=$(ratio "$pipe_ss" "$pipe_sq")
	mb_ss=$(echo "$rss_ss" | awk '{ printf "%.1f", $1 / 1024 }')
	mb_sq=$(echo "$rss_sq" | awk '{ printf "%.1f", $1 / 1024 }')
	rps_ss=$(echo "$imp_ss $BENCH_IMPORT_ROWS" | awk '{ printf "%.0f", $3 / $1 }')
	rps_sq=$(echo "$imp_sq $BENCH_IMPORT_ROWS" | awk '{ printf "%.0f", $3 / $1 }')
	r4=$(ratio "$rps_ss" "$rps_sq")

	echo "| measurement | safestat | sqlite3 | ratio | target | |"
	echo "|---|--:|--:|--:|---|---|"
	printf '| start-up (`-c help` vs `.quit`) | %.1f ms | %.1f ms | %sx | ≤ 2x | %s |\n' \
		"$(echo "$start_ss" | awk '{ print $1 * 1000 }')" \
		"$(echo "$start_sq" | awk '{ print $1 * 1000 }')" "$r1" "$(ratio_verdict "$start_ss" "$start_sq" 2)"
	printf '| %s piped trivial commands | %.3f s | %.3f s | %sx | ≤ 1x | %s |\n' \
		"$BENCH_COMMANDS" "$pipe_ss" "$pipe_sq" "$r2" "$(ratio_verdict "$pipe_ss" "$pipe_sq" 1)"
	printf '| peak RSS, %s-row csv export of the hazard ledger | %s MB | %s MB | %sx | ≤ 50 MB | %s |\n' \
		"$rh_rows" "$mb_ss" "$mb_sq" "$(ratio "$rss_ss" "$rss_sq")" "$(verdict "$mb_ss" 50)"
	printf '| import of %s hazard rows, rows/s | %s | %s | %sx | ≥ 0.5x | %s |\n' \
		"$BENCH_IMPORT_ROWS" "$rps_ss" "$rps_sq" "$r4" "$(ratio_verdict "$rps_ss" "$rps_sq" 0.5 at-least)"
	printf '| import of %s hazard rows, peak RSS | %s MB | %s MB | %sx | | |\n' \
		"$BENCH_IMPORT_ROWS" \
		"$(echo "$imp_ss" | awk '{ printf "%.1f", $2 / 1024 }')" \
		"$(echo "$imp_sq" | awk '{ printf "%.1f", $2 / 1024 }')" \
		"$(ratio "${imp_ss#* }" "${imp_sq#* }")"
}
