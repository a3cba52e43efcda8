/*
 * tests/unit/test-width.c -- UTF-8 decoding and display width.
 *
 * Expected widths are written out from UAX #11 and the general categories
 * (Wide/Fullwidth 2, marks and format characters 0, Ambiguous 1), never
 * derived from the table under test.
 */
#include "config.h"

#include <string.h>

#include "shell/width.h"
#include "tap.h"

/* Decode the first character of `bytes`; check length and code point. */
static void
check_decode(const char *bytes, size_t len, size_t want_len, int32_t want_cp,
    const char *what)
{
	int32_t	cp = 12345;
	size_t	n = width_decode(bytes, len, &cp);

	is_int(n, want_len, "decode %s: bytes used", what);
	is_int(cp, want_cp, "decode %s: code point", what);
}

int
main(void)
{
	/* Decoding well-formed UTF-8. */
	check_decode("A", 1, 1, 'A', "ASCII");
	check_decode("\xC3\xA9", 2, 2, 0xE9, "é (2 bytes)");
	check_decode("城", 3, 3, 0x57CE, "城 (3 bytes)");
	check_decode("\xF0\x9F\x98\x80", 4, 4, 0x1F600, "😀 (4 bytes)");
	check_decode("\xF4\x8F\xBF\xBF", 4, 4, 0x10FFFF, "U+10FFFF");

	/* Ill-formed: maximal subparts, never past the end. */
	check_decode("\xFF", 1, 1, WIDTH_INVALID, "stray 0xFF");
	check_decode("\x80", 1, 1, WIDTH_INVALID, "lone continuation byte");
	check_decode("\xC0\xAF", 2, 1, WIDTH_INVALID, "overlong C0 lead");
	check_decode("\xE0\x80\x80", 3, 1, WIDTH_INVALID, "overlong E0 80");
	check_decode("\xED\xA0\x80", 3, 1, WIDTH_INVALID, "surrogate D800");
	check_decode("\xF4\x90\x80\x80", 4, 1, WIDTH_INVALID, "past U+10FFFF");
	check_decode("\xE5\x9F", 2, 2, WIDTH_INVALID, "truncated 城");
	check_decode("\xE5\x9FX", 3, 2, WIDTH_INVALID, "城 cut by ASCII");
	check_decode("\xF0\x9F\x98", 3, 3, WIDTH_INVALID, "truncated emoji");
	check_decode("\xE5\x9F\x8E", 1, 1, WIDTH_INVALID,
	    "length limit respected");

	/* Code point widths. */
	is_int(width_codepoint('a'), 1, "ASCII letter is 1");
	is_int(width_codepoint(0x57CE), 2, "CJK ideograph 城 is 2");
	is_int(width_codepoint(0x3400), 2, "CJK Ext A is 2");
	is_int(width_codepoint(0x20000), 2, "CJK Ext B (plane 2) is 2");
	is_int(width_codepoint(0x2FFFD), 2, "unassigned plane 2 defaults to 2");
	is_int(width_codepoint(0xFF0C), 2, "fullwidth comma ， is 2");
	is_int(width_codepoint(0x3002), 2, "ideographic full stop 。 is 2");
	is_int(width_codepoint(0x3000), 2, "ideographic space is 2");
	is_int(width_codepoint(0xAC00), 2, "Hangul syllable 가 is 2");
	is_int(width_codepoint(0xFF61), 1, "halfwidth ｡ is 1");
	is_int(width_codepoint(0x1F600), 2, "emoji 😀 is 2 (EAW W)");
	is_int(width_codepoint(0x0301), 0, "combining acute is 0");
	is_int(width_codepoint(0x20DD), 0, "enclosing circle is 0");
	is_int(width_codepoint(0x200B), 0, "zero width space is 0");
	is_int(width_codepoint(0xFEFF), 0, "BOM / ZWNBSP is 0");
	is_int(width_codepoint(0xFE0F), 0, "variation selector 16 is 0");
	is_int(width_codepoint(0x302A), 0, "CJK combining tone mark is 0");
	is_int(width_codepoint(0x1160), 0, "Hangul medial vowel is 0");
	is_int(width_codepoint(0x00AD), 1, "soft hyphen is drawn: 1");
	is_int(width_codepoint(0x00B7), 1, "ambiguous middle dot is 1");
	is_int(width_codepoint(0x2460), 1, "ambiguous circled 1 is 1");
	is_int(width_codepoint(0x0410), 1, "Cyrillic is 1");
	is_int(width_codepoint(0xE000), 1, "private use is 1");
	is_int(width_codepoint(0x0A), -1, "newline is a control");
	is_int(width_codepoint(0x1B), -1, "ESC is a control");
	is_int(width_codepoint(0x7F), -1, "DEL is a control");
	is_int(width_codepoint(0x9B), -1, "C1 CSI is a control");
	is_int(width_codepoint(0xA0), 1, "no-break space is 1");

	/* Whole strings. */
	is_int(width_text(""), 0, "empty text");
	is_int(width_text("township"), 8, "ASCII text");
	is_int(width_text("城关镇"), 6, "城关镇 is 6 columns");
	is_int(width_text("城关镇 2023"), 11, "CJK, space and digits");
	is_int(width_text("（合计）"), 8, "fullwidth parentheses");
	is_int(width_text("e\xCC\x81t\xC3\xA9"), 3, "é composed and decomposed");
	is_int(width_text("\xF0\x9F\x98\x80!"), 3, "emoji plus ASCII");
	is_int(width_text("a\xFF" "b"), 3, "invalid byte counts 1");
	is_int(width_text("a\tb"), 2, "control counts 0");
	is_int(width_text("\xE5\x9F"), 1, "truncated sequence counts 1");
	return tap_done();
}
