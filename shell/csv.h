/*
 * shell/csv.h -- CSV files for import: a streaming RFC 4180 reader that
 * hands out one record at a time, each with the physical line it starts
 * on, from UTF-8 (with or without a byte-order mark) or, converted on the
 * fly with iconv, from GB18030; and the record writer of reject files.
 *
 * Memory stays bounded whatever the file's size: one input block, one
 * converted block and the current record (at most CSV_MAX_RECORD bytes).
 * Fields are handed out as NUL-terminated UTF-8 that stays valid until the
 * next csv_read.  The reader never guesses an encoding: bytes that are not
 * valid UTF-8 (or GB18030 when asked for) stop it with the line number.
 */
#ifndef SAFESTAT_CSV_H
#define SAFESTAT_CSV_H

#include <stddef.h>
#include <stdio.h>

/* The longest record accepted: more is an unclosed quote, not a ledger. */
#define CSV_MAX_RECORD	(8u << 20)

/* What the bytes of the file are. */
enum csv_encoding {
	CSV_UTF8 = 0,		/* UTF-8, a leading BOM is skipped */
	CSV_GB18030		/* GB18030 (so GBK and GB2312 too) */
};

/* One field of a record. */
struct csv_field {
	const char	*text;		/* NUL-terminated UTF-8 */
	size_t		 len;
	int		 quoted;	/* it was written in quotes: "" is an
					   empty string, an empty unquoted
					   field is no value (NULL) */
};

/* One record: its fields and where it is in the file. */
struct csv_record {
	const struct csv_field	*fields;
	int			 nfields;
	long			 line;		/* the physical line it starts on */
};

struct csv_reader;

/* Start reading `fp` (not closed by the reader); `name` is used in
 * messages.  NULL when out of memory or iconv cannot convert. */
struct csv_reader	*csv_open(FILE *fp, const char *name,
			    enum csv_encoding, char *err, size_t errlen);
/* The next record: 1 one was read, 0 end of input, -1 the input is not
 * readable CSV of that encoding (csv_error says why, with the line). */
int			 csv_read(struct csv_reader *, struct csv_record *);
/* The last error: "'f.csv' is not valid UTF-8 (line 3): ...". */
const char		*csv_error(const struct csv_reader *);
/* Was the last error bytes that are not UTF-8 (so perhaps the file is in
 * another encoding)? */
int			 csv_not_utf8(const struct csv_reader *);
/* Did the input start with a byte-order mark? */
int			 csv_had_bom(const struct csv_reader *);
void			 csv_close(struct csv_reader *);

/* Write one record as an RFC 4180 line (CRLF), quoting where needed; a
 * quoted empty field is written "" so NULL and empty stay apart.  -1 on a
 * write error. */
int			 csv_write_record(FILE *, const struct csv_field *,
			    int nfields);

#endif
