#!/bin/sh
# Registry-driven: ask the shell for every command (help --format tsv) and
# run each command's first example in every format.  Each must succeed
# quietly, and the row counts of csv, tsv, json and jsonl must agree
# (counted by tests/count-rows, which knows nothing of safestat's code).
# A new command is tested here without anyone writing a test for it.
test_description='every command in every format'
. "$(dirname "$0")/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/host-lib.sh"

COUNT_ROWS="$SAFESTAT_BUILD_DIR/tests/count-rows"
FORMATS="table csv tsv json jsonl markdown"

# The bundled dataset when it is built (plugin examples are written for
# it), else an empty dataset of the same schema.
if test -f "$SAFESTAT_BUILD_DIR/data/county.db"; then
	DB="$SAFESTAT_BUILD_DIR/data/county.db"
else
	mkdb db.db || { echo "Bail out! cannot create a dataset"; exit 1; }
	DB=db.db
fi
ARGS="--plugin $FIXTURES/all-types.so"
printf 'sql "SELECT 1 AS one"\n' >commands.ss	# for source's example

"$SAFESTAT" $ARGS -F tsv "$DB" -c help >commands.tsv 2>help.err ||
	{ echo "Bail out! help failed: $(cat help.err)"; exit 1; }
tail -n +2 commands.tsv >commands

test_expect_success 'help lists the built-ins and every loaded plugin' '
	test_must_be_empty help.err &&
	cut -f1 commands >names &&
	grep -x sql names && grep -x "plugin reload" names &&
	grep -x "example schedule" names && grep -x "fixture values" names
'

test_expect_success 'every command of a shipped plugin has a summary and an example' '
	awk -F "\t" "\$2 != \"\" && \$2 != \"all-types\" && (\$3 == \"\" || \$4 == \"\") { print; bad = 1 } END { exit bad }" commands
'

# One test per command: help works, and its first example runs in every
# format with the same number of rows.
# (cut, not read: IFS would merge the empty plugin field of built-ins.)
while IFS= read -r line; do
	name=$(printf '%s\n' "$line" | cut -f1)
	example=$(printf '%s\n' "$line" | cut -f4)
	test_expect_success "help $name" "
		\"\$SAFESTAT\" $ARGS \"\$DB\" -c \"help $name\" >out 2>err &&
		test_must_be_empty err &&
		grep -q . out
	"
	test -n "$example" || continue
	printf '%s\n' "$example" >"example.$name"
	test_expect_success "$example: every format, same rows" "
		counts= &&
		for f in $FORMATS; do
			\"\$SAFESTAT\" $ARGS \"\$DB\" -f \"example.$name\" -F \$f \
				>\"out.\$f\" 2>err || { cat err; return 1; }
			test_must_be_empty err || return 1
			case \$f in
			table|markdown) ;;
			*) counts=\"\$counts \$f=\$(\"\$COUNT_ROWS\" \$f <\"out.\$f\")\" ;;
			esac
		done &&
		echo \"rows:\$counts\" &&
		test \$(echo \"\$counts\" | tr ' ' '\n' | sed -n 's/.*=//p' | sort -u | wc -l) = 1
	"
done <commands

test_expect_success 'the row counter counts what it should' '
	printf "a,b\r\n1,\"x\r\ny\"\r\n2,3\r\n\r\nc\r\n4\r\n" | "$COUNT_ROWS" csv >n &&
	test "$(cat n)" = 3 &&
	printf "[\n{\"a\":\"}{\"},\n{\"a\":[{}]}\n]\n[]\n" | "$COUNT_ROWS" json >n &&
	test "$(cat n)" = 2 &&
	printf "a\n1\n\nb\n" | "$COUNT_ROWS" tsv >n &&
	test "$(cat n)" = 1
'

test_done
