# bench/lib.sh -- helpers shared by the bench scripts (sourced, not run).
#
# Times are in milliseconds, measured around one command with the shell's
# clock: the same fork/exec overhead for every program timed.

# median VALUES...: the median of the arguments.
median () {
	printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 }
	END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# now_ns: the wall clock in nanoseconds.
now_ns () {
	date +%s%N
}

# clock_ns VAR: set VAR to the wall clock in nanoseconds.  Under bash
# (make's shell here) from $EPOCHREALTIME, in microseconds, without
# starting a process: $(now_ns) forks a subshell and runs date(1) at
# each end of an interval, 1-3 ms that fell inside every safestat and
# sqlite3 run the bench timed (and outside DuckDB's, timed in node).
# Elsewhere from date(1), as before.  eval keeps bash's syntax from
# other shells' parsers.
if test -n "${BASH_VERSION:-}" && test -n "${EPOCHREALTIME:-}"; then
	eval 'clock_ns () { printf -v "$1" "%s000" "${EPOCHREALTIME//[!0-9]/}"; }'
else
	clock_ns () { eval "$1=\$(date +%s%N)"; }
fi

# elapsed_ms START_NS END_NS: the milliseconds between two now_ns readings.
elapsed_ms () {
	echo "$1 $2" | awk '{ printf "%.3f", ($2 - $1) / 1e6 }'
}

# time_ms CMD: run a shell command once (output as it redirects), print
# its wall time in ms; the command's status is returned.
time_ms () {
	tm_a=$(now_ns)
	sh -c "$1"
	tm_rc=$?
	tm_b=$(now_ns)
	elapsed_ms "$tm_a" "$tm_b"
	return $tm_rc
}

# seconds CMD [RUNS]: the median wall time of a shell command in seconds,
# from hyperfine (2 warm-ups, RUNS runs, default $RUNS) when installed,
# else from a warm-up and RUNS timed runs.  A command without redirections
# runs without a shell (hyperfine -N): subtracting a shell's start-up,
# hyperfine's default, is noisier than the 2 ms being measured.
seconds () {
	sec_runs=${2:-$RUNS}
	if command -v hyperfine >/dev/null 2>&1; then
		case $1 in
		*[\<\>\|]*) sec_shell= ;;
		*) sec_shell=-N ;;
		esac
		hyperfine $sec_shell --style none --warmup 2 --runs "$sec_runs" \
			--export-json h.json "$1" >/dev/null 2>&1 &&
		sed -n 's/.*"median": *\([0-9.e+-]*\).*/\1/p' h.json | head -n 1
	else
		sec_t=
		sh -c "$1"	# warm-up
		sec_i=0
		while test $sec_i -lt "$sec_runs"; do
			sec_t="$sec_t $(time_ms "$1")"
			sec_i=$((sec_i + 1))
		done
		median $sec_t | awk '{ printf "%.6f", $1 / 1000 }'
	fi
}

# peak_kb CMD: the peak resident set of a shell command, in kB.
peak_kb () {
	/usr/bin/time -v sh -c "$1" 2>rss.txt >/dev/null
	sed -n 's/.*Maximum resident set size (kbytes): *//p' rss.txt
}

# ratio A B: A / B to two decimals, three under 0.1 so that 0.051
# does not print as the 0.05 it misses ("-" when either is missing or B
# is 0).
ratio () {
	echo "${1:--} ${2:--}" | awk '$1 == "-" || $2 == "-" || $2 == 0 { print "-"; next }
	{ printf ($1 / $2 < 0.1 ? "%.3f" : "%.2f"), $1 / $2 }'
}

# ratio_verdict A B LIMIT [at-least]: the verdict of A / B, computed
# from A and B themselves, not from the ratio as printed.
ratio_verdict () {
	echo "${1:--} ${2:--} $3 ${4:-}" | awk '$1 == "-" || $2 == "-" || $2 == 0 { print "-"; next }
	$4 == "at-least" { print ($1 >= $3 * $2) ? "PASS" : "MISS"; next }
	{ print ($1 <= $3 * $2) ? "PASS" : "MISS" }'
}

# verdict VALUE LIMIT [at-least]: PASS when VALUE <= LIMIT (>= with
# at-least), MISS otherwise, "-" when VALUE is missing.
verdict () {
	echo "${1:--} $2 ${3:-}" | awk '$1 == "-" { print "-"; next }
	$3 == "at-least" { print ($1 >= $2) ? "PASS" : "MISS"; next }
	{ print ($1 <= $2) ? "PASS" : "MISS" }'
}

# note MESSAGE: a line for the reader, on stderr so the table stays clean.
note () {
	echo "bench: $*" >&2
}
