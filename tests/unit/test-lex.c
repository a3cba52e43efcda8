/*
 * tests/unit/test-lex.c -- the command-line lexer: quotes, backslashes,
 * comments, UTF-8, continuation (LEX_INCOMPLETE) and completion mode.
 */
#include "config.h"

#include <string.h>

#include "shell/shell.h"
#include "tests/unit/tap.h"

/* Lex `line` and compare the words, joined with '|', to `want`. */
static void
check(const char *line, enum lex_status want_status, const char *want)
{
	struct words	 w = { 0 };
	char		 err[256] = "", got[1024] = "";
	enum lex_status	 st;
	int		 i;

	st = lex_split(line, 0, &w, err, sizeof err);
	for (i = 0; i < w.n && st == LEX_OK; i++) {
		if (i > 0)
			strcat(got, "|");
		strcat(got, w.v[i]);
	}
	if (st == LEX_ERROR)
		snprintf(got, sizeof got, "error: %s", err);
	if (!ok(st == want_status, "status of [%s]", line))
		printf("#   got %d, want %d (%s)\n", st, want_status, err);
	if (st != LEX_INCOMPLETE)
		is_str(got, want, "words of [%s]", line);
	words_free(&w);
}

int
main(void)
{
	struct words	 w = { 0 };
	char		 err[256];

	check("", LEX_OK, "");
	check("   \t ", LEX_OK, "");
	check("help", LEX_OK, "help");
	check("  traffic   overload --year 2023 ", LEX_OK,
	    "traffic|overload|--year|2023");
	check("sql \"SELECT 'a b'\"", LEX_OK, "sql|SELECT 'a b'");
	check("x 'it''s'", LEX_OK, "x|its");
	check("x 'a \"b\" \\n'", LEX_OK, "x|a \"b\" \\n");
	check("x \"a \\\"q\\\" \\\\ \\n\"", LEX_OK, "x|a \"q\" \\ \\n");
	check("x a\\ b", LEX_OK, "x|a b");
	check("x \\#not-a-comment", LEX_OK, "x|#not-a-comment");
	check("# a comment", LEX_OK, "");
	check("hazards --year 2023 # the year", LEX_OK,
	    "hazards|--year|2023");
	check("x a#b", LEX_OK, "x|a#b");
	check("x \"\" ''", LEX_OK, "x||");
	check("x pre\"mid\"'post'", LEX_OK, "x|premidpost");
	check("township 城关镇 \"龙 泉\"", LEX_OK, "township|城关镇|龙 泉");
	check("x \"open", LEX_INCOMPLETE, "");
	check("x 'open", LEX_INCOMPLETE, "");
	check("x trailing\\", LEX_INCOMPLETE, "");
	check("x \"multi\nline\"", LEX_OK, "x|multi\nline");
	check("x a\\\nb", LEX_OK, "x|ab");
	check("x \\\n  y", LEX_OK, "x|y");
	check("x \"a\\\nb\"", LEX_OK, "x|ab");
	check("x 'a\\\nb'", LEX_OK, "x|a\\\nb");
	check("x\r", LEX_OK, "x");
	check("x \xff", LEX_ERROR, "error: invalid UTF-8 at column 3");
	check("龙 \xe4\xb8", LEX_ERROR, "error: invalid UTF-8 at column 3");
	check("x \xc0\xaf", LEX_ERROR, "error: invalid UTF-8 at column 3");
	check("x \xed\xa0\x80", LEX_ERROR, "error: invalid UTF-8 at column 3");

	ok(utf8_valid("\xf0\x9f\x98\x80", 4, NULL), "a 4-byte sequence");
	ok(!utf8_valid("\xf4\x90\x80\x80", 4, NULL), "beyond U+10FFFF");

	/* Completion mode: an open quote ends the last word. */
	is_int(lex_split("hazards --town \"城", LEX_PARTIAL, &w, err,
	    sizeof err), LEX_OK, "partial: open quote is not incomplete");
	is_int(w.n, 3, "partial: three words");
	is_str(w.v[2], "城", "partial: the open word");
	ok(w.open && !w.ended, "partial: marked open");
	lex_split("hazards ", LEX_PARTIAL, &w, err, sizeof err);
	ok(w.n == 1 && w.ended && !w.open, "partial: ends between words");
	lex_split("hazards --ye", LEX_PARTIAL, &w, err, sizeof err);
	ok(w.n == 2 && !w.ended, "partial: ends inside a word");

	/* Reuse: a long line after a short one. */
	lex_split("a", 0, &w, err, sizeof err);
	lex_split("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa b c d e f g h i j k"
	    " l m n o p q r s t u v w x y z", 0, &w, err, sizeof err);
	is_int(w.n, 26, "reuse: 26 words");
	is_str(w.v[25], "z", "reuse: the last word");
	ok(w.v[26] == NULL, "reuse: NULL-terminated");
	words_free(&w);

	return tap_done();
}
