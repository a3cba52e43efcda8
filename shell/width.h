/*
 * shell/width.h -- UTF-8 decoding and terminal display width.
 *
 * Widths come from our own table, generated from Unicode's
 * EastAsianWidth.txt and UnicodeData.txt (shell/width-table.h), never from
 * libc wcwidth(), whose answers depend on the locale and the C library: a
 * table must line up the same way on every machine and in every test.
 */
#ifndef SAFESTAT_WIDTH_H
#define SAFESTAT_WIDTH_H

#include <stddef.h>
#include <stdint.h>

/* What width_decode stores for bytes that are not well-formed UTF-8. */
#define WIDTH_INVALID	(-1)

/* Decode one character from the `len` (> 0) bytes at `text`: store its code
 * point in *cp, or WIDTH_INVALID when the bytes are ill-formed, and return
 * how many bytes it used.  An ill-formed sequence uses its maximal subpart
 * (Unicode ch. 3, "U+FFFD substitution of maximal subparts"): one byte for
 * a stray byte, up to three for a truncated sequence; never more than len. */
size_t	width_decode(const char *text, size_t len, int32_t *cp);

/* Columns code point cp takes on a terminal: 0 (combining marks, zero-width
 * and format characters), 1, or 2 (East Asian Wide and Fullwidth: CJK,
 * fullwidth forms, most emoji); -1 for a control character (C0, DEL, C1),
 * which has no width and must be escaped before it is shown. */
int	width_codepoint(int32_t cp);

/* Display columns of the NUL-terminated UTF-8 `text`.  Control characters
 * count 0 and each ill-formed sequence 1 (the replacement glyph a terminal
 * draws); text that may hold either should go through a format's escaping,
 * which measures exactly what it prints. */
size_t	width_text(const char *text);

#endif
