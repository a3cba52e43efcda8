# tests/host-lib.sh -- helpers for the host's transcript tests; sourced
# after test-lib.sh.
#
# Case files (tests/cases/*.cases) hold transcripts, one test per block:
#
#	### what the case shows
#	$ -q db.db --bail          safestat's arguments (default: db.db);
#	                           several $ lines join with newlines
#	@ printf 'x\n' >file       a setup command, run first (repeatable)
#	<hazards --yaer 2023       a line of standard input (repeatable)
#	>expected stdout line      (repeatable; none: stdout must be empty)
#	2>expected stderr line     (repeatable; none: stderr must be empty)
#	?1                         the exit status (default 0)
#	& test -s out.tsv          a check run afterwards, must succeed
#
# Lines starting with a single "#" are comments; blank lines are ignored.
# Arguments and setup lines are shell text ($FIXTURES, quotes work).  In
# expected output, @BUILD@ and @TRASH@ stand for the build directory and
# the test's directory (absolute paths appear in some messages), and a
# line >@IN-TREE-PLUGINS@ for the lines `plugins --format jsonl` gives for
# the plugins the default search path loads from the build tree (see
# in_tree_plugins), so that adding a plugin to the tree edits no case.

FIXTURES="$SAFESTAT_BUILD_DIR/tests/plugins/.libs"
PLUGINS="$SAFESTAT_BUILD_DIR/plugins/.libs"
export FIXTURES PLUGINS

# mkdb FILE: create an empty dataset (the schema only).
mkdb () {
	"$SAFESTAT" --create --no-plugins "$1" -c quit
}

# in_tree_plugins: the line `plugins --format jsonl` gives for each plugin
# of the build's plugins/.libs, each loaded on its own, in the order the
# shell loads that directory at start (by file name).
in_tree_plugins () {
	test -f "$TRASH/.in-tree.db" || mkdb "$TRASH/.in-tree.db" || return 1
	for itp_so in "$PLUGINS"/*.so; do
		test -f "$itp_so" || continue
		"$SAFESTAT" --no-plugins --plugin "$itp_so" "$TRASH/.in-tree.db" \
			-c 'plugins --format jsonl' || return 1
	done
}

# in_tree_plugin_names: their names, one a line, in the same order.
in_tree_plugin_names () {
	in_tree_plugins >"$TRASH/.in-tree.jsonl" || return 1
	sed -n 's/^{"name":"\([^"]*\)".*/\1/p' "$TRASH/.in-tree.jsonl"
}

# run_case DIR/N: run one split case and compare stdout, stderr, status.
run_case () {
	rc_case=$1
	rc_args=db.db
	test -f "$rc_case.args" && rc_args=$(cat "$rc_case.args")
	# eval, not ". FILE": bash 5.2 runs the last command of an and-list
	# in a sourced file with exec when inside a subshell (as test bodies
	# are), which ended the case right there and passed it unchecked.
	if test -f "$rc_case.setup"; then
		eval "$(cat "$rc_case.setup")" || return 1
	fi
	test -f "$rc_case.in" || : >"$rc_case.in"
	for rc_ext in out err; do
		if test -f "$rc_case.$rc_ext"; then
			sed -e "s|@BUILD@|$SAFESTAT_BUILD_DIR|g" \
			    -e "s|@TRASH@|$TRASH|g" "$rc_case.$rc_ext" \
			    >"$rc_case.want-$rc_ext"
			if grep -qx '@IN-TREE-PLUGINS@' "$rc_case.want-$rc_ext"
			then
				in_tree_plugins >"$rc_case.in-tree" || return 1
				awk -v f="$rc_case.in-tree" '
					$0 == "@IN-TREE-PLUGINS@" {
						while ((getline l < f) > 0)
							print l
						close(f)
						next
					}
					{ print }' "$rc_case.want-$rc_ext" \
				    >"$rc_case.want-$rc_ext.tmp" &&
				mv "$rc_case.want-$rc_ext.tmp" \
				    "$rc_case.want-$rc_ext" || return 1
			fi
		else
			: >"$rc_case.want-$rc_ext"
		fi
	done
	eval "set -- $rc_args"
	"$SAFESTAT" "$@" <"$rc_case.in" >"$rc_case.actual-out" \
		2>"$rc_case.actual-err"
	rc_status=$?
	rc_want=0
	test -f "$rc_case.status" && rc_want=$(cat "$rc_case.status")
	rc_ok=0
	test_cmp "$rc_case.want-out" "$rc_case.actual-out" || rc_ok=1
	test_cmp "$rc_case.want-err" "$rc_case.actual-err" || rc_ok=1
	if test "$rc_status" != "$rc_want"; then
		echo "exit status $rc_status, wanted $rc_want"
		rc_ok=1
	fi
	if test -f "$rc_case.after"; then
		while read -r rc_check; do
			eval "$rc_check" || {
				echo "failed: $rc_check"
				rc_ok=1
			}
		done <"$rc_case.after"
	fi
	return $rc_ok
}

# run_cases FILE: one test per "### title" block of a case file.
run_cases () {
	rcs_dir="$TRASH/.cases-$(basename "$1" .cases)"
	rm -rf "$rcs_dir" && mkdir -p "$rcs_dir" || return 1
	awk -v dir="$rcs_dir" '
		function put(ext, text,    f) {
			f = dir "/" n "." ext
			print text >> f
			close(f)
		}
		/^### / { n++; put("title", substr($0, 5)); next }
		/^#/ || /^$/ { next }
		n == 0 { print FILENAME ":" NR ": text before the first ###" \
			> "/dev/stderr"; exit 1 }
		/^\$ / { put("args", substr($0, 3)); next }
		/^@ / { put("setup", substr($0, 3)); next }
		/^</ { put("in", substr($0, 2)); next }
		/^>/ { put("out", substr($0, 2)); next }
		/^2>/ { put("err", substr($0, 3)); next }
		/^\?/ { put("status", substr($0, 2)); next }
		/^& / { put("after", substr($0, 3)); next }
		{ print FILENAME ":" NR ": cannot read: " $0 > "/dev/stderr"
		  exit 1 }
	' "$1" || { echo "Bail out! bad case file $1"; exit 1; }
	rcs_i=1
	while test -f "$rcs_dir/$rcs_i.title"; do
		test_expect_success "$(cat "$rcs_dir/$rcs_i.title")" \
			"run_case '$rcs_dir/$rcs_i'"
		rcs_i=$((rcs_i + 1))
	done
}

# test_line_count N FILE: the file has exactly N lines.
test_line_count () {
	if test "$(wc -l <"$2")" -ne "$1"; then
		echo "'$2' has $(wc -l <"$2") lines, wanted $1:" >&2
		cat "$2" >&2
		return 1
	fi
}
