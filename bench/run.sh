#!/bin/sh
# bench/run.sh -- safestat against sqlite3, side by side (make bench).
#
#   1. start-up with every plugin:  safestat DB -c help  vs  sqlite3 DB .quit
#   2. 100,000 piped trivial commands:  sql "SELECT count(*) FROM t"  vs
#      sqlite3 reading 100,000 lines of  SELECT count(*) FROM t;
#   3. peak RSS of a 10-million-row export to csv (a recursive CTE)
#
# Targets (issue 2): 1 within 2x, 2 no slower (1x), 3 under 50 MB.  Times
# are medians of hyperfine runs (warm-up first, at least 5 runs); without
# hyperfine, medians of 5 timed runs.  Peak RSS comes from /usr/bin/time
# -v (Debian package `time`).  Prints a Markdown table for
# docs/performance.md.
set -u
: "${SAFESTAT_BUILD_DIR:=$(pwd)}"
SAFESTAT="$SAFESTAT_BUILD_DIR/shell/safestat"
SQLITE3=${SQLITE3:-sqlite3}
CACHE="$SAFESTAT_BUILD_DIR/bench/cache"
N=${BENCH_COMMANDS:-100000}
ROWS=${BENCH_ROWS:-10000000}
RUNS=${BENCH_RUNS:-10}

command -v "$SQLITE3" >/dev/null 2>&1 || { echo "bench: sqlite3 is required"; exit 1; }
test -x /usr/bin/time || { echo "bench: /usr/bin/time is required (apt-get install time)"; exit 1; }
mkdir -p "$CACHE" && cd "$CACHE" || exit 1
unset SAFESTAT_DB SAFESTAT_PLUGIN_PATH

# The dataset: the bundled one when built (start-up loads every plugin on
# it), and a copy with a small table t for the piped commands.
if test -f "$SAFESTAT_BUILD_DIR/data/county.db"; then
	START_DB="$SAFESTAT_BUILD_DIR/data/county.db"
else
	START_DB="$CACHE/bench.db"
fi
rm -f bench.db
"$SAFESTAT" --create --no-plugins bench.db -c quit >/dev/null || exit 1
"$SQLITE3" bench.db "CREATE TABLE t (x INTEGER);
	WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000)
	INSERT INTO t SELECT x FROM c;" || exit 1
awk -v n="$N" 'BEGIN { for (i = 0; i < n; i++) print "sql \"SELECT count(*) FROM t\"" }' >safestat.in
awk -v n="$N" 'BEGIN { for (i = 0; i < n; i++) print "SELECT count(*) FROM t;" }' >sqlite3.in
EXPORT="WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < $ROWS) SELECT x, x * 2 AS doubled, 'row ' || x AS label FROM c"

# median SECONDS...: the median of the arguments.
median () {
	printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# seconds CMD: the median wall time of a shell command, in seconds.
seconds () {
	if command -v hyperfine >/dev/null 2>&1; then
		hyperfine --style none --warmup 2 --runs "$RUNS" \
			--export-json h.json "$1" >/dev/null 2>&1 &&
		sed -n 's/.*"median": *\([0-9.e+-]*\).*/\1/p' h.json | head -n 1
	else
		sec_t=
		for sec_i in 1 2 3 4 5 6; do
			sec_a=$(date +%s%N)
			sh -c "$1"
			sec_b=$(date +%s%N)
			test $sec_i = 1 && continue	# warm-up
			sec_t="$sec_t $(echo "$sec_a $sec_b" | awk '{ printf "%.6f", ($2 - $1) / 1e9 }')"
		done
		median $sec_t
	fi
}

# peak_kb CMD: the peak resident set of a shell command, in kB.
peak_kb () {
	/usr/bin/time -v sh -c "$1" 2>rss.txt >/dev/null
	sed -n 's/.*Maximum resident set size (kbytes): *//p' rss.txt
}

PLUGINS=$("$SAFESTAT" "$START_DB" -c plugins -F tsv | tail -n +2 | cut -f1 | paste -s -d ' ')
start_ss=$(seconds "'$SAFESTAT' '$START_DB' -c help >/dev/null")
start_sq=$(seconds "'$SQLITE3' '$START_DB' .quit")
pipe_ss=$(seconds "'$SAFESTAT' bench.db <safestat.in >/dev/null")
pipe_sq=$(seconds "'$SQLITE3' bench.db <sqlite3.in >/dev/null")
rss_ss=$(peak_kb "'$SAFESTAT' -F csv bench.db -c \"sql \\\"$EXPORT\\\"\"")
rss_sq=$(peak_kb "'$SQLITE3' -csv bench.db \"$EXPORT\"")

# ratio A B: A / B to two decimals.
ratio () {
	echo "$1 $2" | awk '{ printf "%.2f", $1 / $2 }'
}

# verdict VALUE LIMIT: "ok" when VALUE <= LIMIT.
verdict () {
	echo "$1 $2" | awk '{ print ($1 <= $2) ? "ok" : "MISSED" }'
}

r1=$(ratio "$start_ss" "$start_sq")
r2=$(ratio "$pipe_ss" "$pipe_sq")
mb_ss=$(echo "$rss_ss" | awk '{ printf "%.1f", $1 / 1024 }')
mb_sq=$(echo "$rss_sq" | awk '{ printf "%.1f", $1 / 1024 }')

echo "safestat $("$SAFESTAT" --version | sed 's/^safestat //'); $("$SQLITE3" --version | cut -d' ' -f1-2)"
echo "machine: $(uname -m), $(nproc) cores, $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n 1)"
echo "plugins loaded at start-up: ${PLUGINS:-none}; dataset: $START_DB"
echo "timing: $(command -v hyperfine >/dev/null 2>&1 && echo "hyperfine, 2 warm-ups, $RUNS runs, median" || echo "5 runs after a warm-up, median")"
echo
echo "| measurement | safestat | sqlite3 | ratio | target | |"
echo "|---|--:|--:|--:|---|---|"
printf '| start-up (`-c help` vs `.quit`) | %.1f ms | %.1f ms | %sx | <= 2x | %s |\n' \
	"$(echo "$start_ss" | awk '{ print $1 * 1000 }')" \
	"$(echo "$start_sq" | awk '{ print $1 * 1000 }')" "$r1" "$(verdict "$r1" 2)"
printf '| %s piped trivial commands | %.3f s | %.3f s | %sx | <= 1x | %s |\n' \
	"$N" "$pipe_ss" "$pipe_sq" "$r2" "$(verdict "$r2" 1)"
printf '| peak RSS, %s-row export to csv | %s MB | %s MB | %sx | <= 50 MB | %s |\n' \
	"$ROWS" "$mb_ss" "$mb_sq" "$(ratio "$rss_ss" "$rss_sq")" "$(verdict "$mb_ss" 50)"
