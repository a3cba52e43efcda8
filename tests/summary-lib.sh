# tests/summary-lib.sh -- what the summary tests (t3400-t3460) share;
# sourced after test-lib.sh.

# summary_views DB TABLE...: a line per summary table: its name, its
# rows, the rows only in it and the rows only in its *_from_ledger view.
summary_views () {
	sv_db=$1
	shift
	for sv_t in "$@"; do
		echo "$sv_t $(sql_upkeep "$sv_db" "SELECT count(*) FROM $sv_t;
		    CREATE TEMP TABLE v AS SELECT * FROM ${sv_t}_from_ledger;
		    SELECT count(*) FROM (SELECT * FROM $sv_t EXCEPT SELECT * FROM v);
		    SELECT count(*) FROM (SELECT * FROM v EXCEPT SELECT * FROM $sv_t)" |
		    paste -s -d ' ')"
	done
}

# summaries_in_step DB TABLE...: fail unless each table equals its view
# and the file says they are in step; the lines of summary_views are
# printed and left in the file `views`.
summaries_in_step () {
	summary_views "$@" >views &&
	cat views &&
	! awk '$3 != 0 || $4 != 0 { bad = 1 } END { exit !bad }' views &&
	test "$(sql_cli "$1" "SELECT in_step FROM summaries_state")" = 1
}

# agree PATH < COMMANDS: each command gives the same csv bytes on the
# file with summaries ($SUMMARY_DB, p.db) and on a copy without them
# ($LEDGER_DB, ledger.db); on a copy with falsified summaries ($FALSE_DB,
# false.db) it gives other bytes when PATH is "summary" (the summary
# answered), the same when it is "ledger".
agree () {
	while read -r ag_cmd; do
		case $ag_cmd in ""|"#"*) continue ;; esac
		"$SAFESTAT" "${LEDGER_DB:-ledger.db}" -F csv -c "$ag_cmd" >ledger.csv &&
		"$SAFESTAT" "${SUMMARY_DB:-p.db}" -F csv -c "$ag_cmd" >summary.csv &&
		"$SAFESTAT" "${FALSE_DB:-false.db}" -F csv -c "$ag_cmd" >false.csv &&
		test -s ledger.csv || { echo "failed: $ag_cmd"; return 1; }
		test_cmp ledger.csv summary.csv ||
		{ echo "differs: $ag_cmd"; return 1; }
		if test "$1" = summary; then
			! cmp -s ledger.csv false.csv ||
			{ echo "not from the summaries: $ag_cmd"; return 1; }
		else
			test_cmp ledger.csv false.csv ||
			{ echo "not from the ledger: $ag_cmd"; return 1; }
		fi
	done
}
