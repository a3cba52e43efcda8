/*
 * tests/count-rows.c -- count the data rows in safestat output, written
 * independently of the formats it checks: `count-rows csv|tsv|json|jsonl`
 * reads stdin and prints the number of rows, headers and result-set
 * separators not counted.  The registry-driven test (t0500) runs every
 * command in every format and checks that these counts agree.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

/* csv (RFC 4180): records; a blank line separates result sets, and the
 * first record of each set is its header. */
static long
count_csv(FILE *in)
{
	long	 rows = 0;
	int	 c, quoted = 0, empty = 1, header = 1;

	while ((c = getc(in)) != EOF) {
		if (quoted) {
			if (c == '"') {
				c = getc(in);
				if (c != '"') {
					quoted = 0;
					if (c == EOF)
						break;
					ungetc(c, in);
				}
			}
			continue;
		}
		if (c == '"') {
			quoted = 1;
			empty = 0;
		} else if (c == '\n') {
			if (empty)
				header = 1;	/* a blank line: a new set */
			else if (header)
				header = 0;
			else
				rows++;
			empty = 1;
		} else if (c != '\r')
			empty = 0;
	}
	if (!empty && !header)
		rows++;
	return rows;
}

/* tsv: lines; a blank line separates sets; the first line is a header. */
static long
count_tsv(FILE *in)
{
	char	 line[65536];
	long	 rows = 0;
	int	 header = 1;

	while (fgets(line, sizeof line, in) != NULL) {
		if (strchr(line, '\n') == NULL && !feof(in))
			continue;	/* the rest of a long line */
		if (line[0] == '\n')
			header = 1;
		else if (header)
			header = 0;
		else
			rows++;
	}
	return rows;
}

/* json: objects directly inside a top-level array. */
static long
count_json(FILE *in)
{
	char	 stack[64];
	long	 rows = 0;
	int	 c, depth = 0, string = 0;

	while ((c = getc(in)) != EOF) {
		if (string) {
			if (c == '\\')
				getc(in);
			else if (c == '"')
				string = 0;
			continue;
		}
		if (c == '"')
			string = 1;
		else if (c == '[' || c == '{') {
			if (c == '{' && depth == 1 && stack[0] == '[')
				rows++;
			if (depth < (int)sizeof stack)
				stack[depth] = (char)c;
			depth++;
		} else if (c == ']' || c == '}')
			depth--;
	}
	return rows;
}

/* jsonl: non-empty lines. */
static long
count_jsonl(FILE *in)
{
	long	 rows = 0;
	int	 c, empty = 1;

	while ((c = getc(in)) != EOF) {
		if (c == '\n') {
			rows += !empty;
			empty = 1;
		} else
			empty = 0;
	}
	return rows + !empty;
}

/* Count the rows of stdin in the format named by the one argument. */
int
main(int argc, char **argv)
{
	long	 n;

	if (argc != 2) {
		fputs("usage: count-rows csv|tsv|json|jsonl\n", stderr);
		return 2;
	}
	if (strcmp(argv[1], "csv") == 0)
		n = count_csv(stdin);
	else if (strcmp(argv[1], "tsv") == 0)
		n = count_tsv(stdin);
	else if (strcmp(argv[1], "json") == 0)
		n = count_json(stdin);
	else if (strcmp(argv[1], "jsonl") == 0)
		n = count_jsonl(stdin);
	else {
		fprintf(stderr, "count-rows: unknown format '%s'\n", argv[1]);
		return 2;
	}
	printf("%ld\n", n);
	return 0;
}
