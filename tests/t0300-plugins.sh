#!/bin/sh
# Plugins: refusals (tests/cases/plugins.cases), the search path, unload
# and reload of a rebuilt file, hygiene of the built plugins, and building
# the example out of tree with a plain cc.
test_description='plugin loading'
. "$(dirname "$0")/test-lib.sh"
. "$SAFESTAT_SRC_DIR/tests/host-lib.sh"

mkdb db.db || { echo "Bail out! cannot create a dataset"; exit 1; }
run_cases "$SAFESTAT_SRC_DIR/tests/cases/plugins.cases"

CC=${CC:-cc}
if command -v "$CC" >/dev/null 2>&1; then
	test_set_prereq CC
fi
if command -v nm >/dev/null 2>&1; then
	test_set_prereq NM
fi

# A team rebuilds its plugin while the shell runs: the file on disk is
# replaced (as make/install do: a new file, not an overwrite in place)
# and `plugin reload` must run the new code.  The shell reads its commands
# from a FIFO; its output files are opened (truncated) before the FIFO, so
# once `exec 9>` returns nothing stale can satisfy the wait loops, which
# decide when the plugin file may be swapped.
test_expect_success 'plugin reload runs the rebuilt file' '
	mkdir -p team &&
	cp "$FIXTURES/reload1.so" team/reload.so &&
	mkfifo commands &&
	{ "$SAFESTAT" --no-plugins --plugin-dir team db.db >out 2>err <commands & } &&
	exec 9>commands &&
	echo "plugin load reload" >&9 &&
	echo "reload build" >&9 &&
	while ! grep -q "^1\$" out 2>/dev/null; do sleep 0.1; done &&
	cp "$FIXTURES/reload2.so" team/reload.so.new &&
	mv team/reload.so.new team/reload.so &&
	echo "plugin reload reload" >&9 &&
	echo "reload build" >&9 &&
	echo "reload new" >&9 &&
	echo "plugins --format jsonl" >&9 &&
	exec 9>&- &&
	wait &&
	cat >expect <<-EOF &&
	build
	1
	build
	2
	ran
	1
	{"name":"reload","version":"2.0","commands":2,"path":"$TRASH/team/reload.so","summary":"rebuilt on purpose"}
	EOF
	test_cmp expect out &&
	test_must_be_empty err
'

test_expect_success 'a failed reload leaves the plugin unloaded; a fixed build loads' '
	mkdir -p team3 &&
	cp "$FIXTURES/reload1.so" team3/reload.so &&
	mkfifo commands3 &&
	{ "$SAFESTAT" --no-plugins --plugin-dir team3 db.db >out3 2>err3 <commands3 & } &&
	exec 9>commands3 &&
	echo "plugin load reload" >&9 &&
	echo "reload build" >&9 &&
	while ! grep -q "^1\$" out3 2>/dev/null; do sleep 0.1; done &&
	cp "$FIXTURES/abi-future.so" team3/new.so && mv team3/new.so team3/reload.so &&
	echo "plugin reload reload" >&9 &&
	echo "reload build" >&9 &&
	echo "plugins" >&9 &&
	while ! grep -q "^name" out3 2>/dev/null; do sleep 0.1; done &&
	cp "$FIXTURES/reload2.so" team3/new.so && mv team3/new.so team3/reload.so &&
	echo "plugin load reload" >&9 &&
	echo "reload build" >&9 &&
	exec 9>&- &&
	{ wait; true; } &&
	printf "build\n1\nname\tversion\tcommands\tpath\tsummary\nbuild\n2\n" >expect &&
	test_cmp expect out3 &&
	cat >expect-err <<-EOF &&
	safestat: stdin:3: cannot load plugin '"'"'$TRASH/team3/reload.so'"'"': built for ABI 2, this shell speaks ABI 1: rebuild the plugin (the old version is unloaded)
	safestat: stdin:4: unknown command '"'"'reload'"'"' (try '"'"'help'"'"')
	EOF
	test_cmp expect-err err3
'

# Plugins never print: no stdio or write(2) among a plugin's imports.
STDIO_SYMBOLS="printf|vprintf|fprintf|vfprintf|dprintf|vdprintf|puts|fputs|putchar|fputc|putc|fwrite|write|writev|pwrite|perror|fflush|fopen|__printf_chk|__fprintf_chk|__vfprintf_chk|__vprintf_chk|__dprintf_chk|fputs_unlocked|fwrite_unlocked|putchar_unlocked|_IO_putc|syslog|err|errx|warn|warnx|stdout|stderr"

# prints_directly FILE: true when the shared object imports any of them.
prints_directly () {
	nm -D --undefined-only "$1" | awk '{ print $NF }' | sed 's/@.*//' |
		grep -E -x "$STDIO_SYMBOLS"
}

test_expect_success NM 'no built plugin imports stdio or write' '
	ls "$PLUGINS"/*.so >list &&
	test -s list &&
	for so in $(cat list); do
		if prints_directly "$so"; then
			echo "$so prints directly" && return 1
		fi
	done
'

test_expect_success NM,CC 'the check catches a plugin that prints' '
	cat >printer.c <<-\EOF &&
	#include <stdio.h>
	int safestat_plugin_says(void) { return printf("hello\n"); }
	EOF
	"$CC" -shared -fPIC -o printer.so printer.c &&
	prints_directly printer.so
'

test_expect_success CC 'a plugin calling the shell does not even link with -z defs' '
	test_must_fail "$CC" -shared -fPIC -Wl,-z,defs \
		-I"$SAFESTAT_SRC_DIR/include" -o cheat.so \
		"$SAFESTAT_SRC_DIR/tests/plugins/shell-symbol.c" 2>err &&
	grep "undefined reference to .registry_valid_name" err
'

# docs/plugins.md: a team builds the example out of tree with a plain cc
# and loads it.  (Installed, -I comes from pkg-config --cflags safestat.)
test_expect_success CC 'the example builds out of tree with a plain cc and loads' '
	"$CC" -std=c11 -Wall -Wextra -Werror -shared -fPIC -Wl,-z,defs \
		-I"$SAFESTAT_SRC_DIR/include" -o my-example.so \
		"$SAFESTAT_SRC_DIR/plugins/example/example.c" &&
	"$SAFESTAT" --no-plugins db.db -c "plugin load ./my-example.so" \
		-c "example schedule --start 2024-01-31 --count 3 --every week" \
		>out 2>err &&
	printf "visit\tdate\n1\t2024-01-31\n2\t2024-02-07\n3\t2024-02-14\n" >expect &&
	test_cmp expect out &&
	test_must_be_empty err
'

test_done
