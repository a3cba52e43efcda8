#!/bin/sh
# The documentation says what the program does: every built-in and every
# command-line option is in the manual, and the code in docs/plugins.md
# compiles.
test_description='documentation matches the program'
. "$(dirname "$0")/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/host-lib.sh"

MAN="$SAFESTAT_SRC_DIR/docs/safestat.1"
GUIDE="$SAFESTAT_SRC_DIR/docs/plugins.md"
mkdb db.db || { echo "Bail out! cannot create a dataset"; exit 1; }

test_expect_success 'every built-in command is in the manual' '
	"$SAFESTAT" --no-plugins -F tsv db.db -c help >list &&
	awk -F "\t" "NR > 1 && \$2 == \"\" { print \$1 }" list >builtins &&
	test -s builtins &&
	sed "s/\\\\-/-/g" "$MAN" >man.txt &&
	while read -r name; do
		grep -q -F "$name" man.txt || { echo "missing: $name"; return 1; }
	done <builtins
'

test_expect_success 'every command-line option is in the manual' '
	"$SAFESTAT" --help | grep -o -E -- "--[a-z][a-z-]*" | sort -u >options &&
	test -s options &&
	while read -r opt; do
		grep -q -F -- "$opt" man.txt || { echo "missing: $opt"; return 1; }
	done <options
'

test_expect_success 'the manual lists every exit status' '
	sed -n "/^\\.SH EXIT STATUS/,/^\\.SH ENVIRONMENT/p" "$MAN" >exit.txt &&
	for code in 0 1 2 130; do
		grep -q -x "\\.B $code" exit.txt || { echo "missing: $code"; return 1; }
	done
'

if command -v "${CC:-cc}" >/dev/null 2>&1; then
	test_set_prereq CC
fi

test_expect_success CC 'the smallest plugin of docs/plugins.md compiles cleanly' '
	awk "/^\`\`\`c\$/ { n++; next } /^\`\`\`\$/ { if (n == 1) exit } n == 1" \
		"$GUIDE" >smallest.c &&
	grep -q safestat_plugin smallest.c &&
	"${CC:-cc}" -std=c11 -Wall -Wextra -Werror -shared -fPIC -Wl,-z,defs \
		-I"$SAFESTAT_SRC_DIR/include" -o smallest.so smallest.c &&
	"$SAFESTAT" --no-plugins db.db -c "plugin load ./smallest.so" \
		-c "hello --name 世界" >out &&
	printf "greeting\n世界\n" >expect &&
	test_cmp expect out
'

test_done
