/*
 * tests/unit/test-sink-alloc.c -- streaming formats allocate nothing per
 * row or per result set once warmed up (the 10-million-row export and the
 * 100,000-command batch depend on it).
 *
 * Linked with -Wl,--wrap=malloc,--wrap=realloc,--wrap=calloc: calls from
 * our objects go through the counters below; libc's own (stdio buffers,
 * open_memstream) are not counted.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "shell/sink.h"
#include "tap.h"

void	*__real_malloc(size_t);
void	*__real_realloc(void *, size_t);
void	*__real_calloc(size_t, size_t);
void	*__wrap_malloc(size_t);
void	*__wrap_realloc(void *, size_t);
void	*__wrap_calloc(size_t, size_t);

static long allocations;

/* Count, then allocate. */
void *
__wrap_malloc(size_t n)
{
	allocations++;
	return __real_malloc(n);
}

/* Count, then reallocate. */
void *
__wrap_realloc(void *p, size_t n)
{
	allocations++;
	return __real_realloc(p, n);
}

/* Count, then allocate zeroed. */
void *
__wrap_calloc(size_t n, size_t size)
{
	allocations++;
	return __real_calloc(n, size);
}

static const struct ss_column cols[] = {
	{ .name = "township", .type = SS_TEXT },
	{ .name = "year", .type = SS_INT },
	{ .name = "rate", .type = SS_REAL, .scale = 1 },
	{ .name = "ratio", .type = SS_REAL, .scale = -1 },
	{ .name = "shown", .type = SS_TEXT, .flags = SS_COL_DISPLAY },
};

/* Emit `sets` result sets of `rows` rows each. */
static int
emit(struct sink *s, int sets, int rows)
{
	int set, row, rc = 0;

	for (set = 0; set < sets; set++) {
		rc |= sink_begin(s, cols, 5);
		for (row = 0; row < rows; row++)
			rc |= sink_row(s, (struct ss_value[]){
			    SS_TEXT_VALUE("城关镇, \"north\"\n"),
			    SS_INT_VALUE(2000 + row), SS_REAL_VALUE(89.75),
			    SS_REAL_VALUE(row / 7.0), SS_NULL_VALUE });
		rc |= sink_end(s);
	}
	return rc;
}

int
main(void)
{
	static const char *const streaming[] = { "csv", "tsv", "json", "jsonl" };
	size_t i;

	for (i = 0; i < sizeof(streaming) / sizeof(streaming[0]); i++) {
		FILE		*out = fopen("/dev/null", "w");
		struct sink	*s = sink_new(out, streaming[i], SINK_BOM);
		long		 before;

		emit(s, 3, 10);			/* warm up the buffers */
		before = allocations;
		is_int(emit(s, 1, 100000), 0, "%s: 100000 rows written",
		    streaming[i]);
		is_int(allocations - before, 0, "%s: no allocation per row",
		    streaming[i]);
		before = allocations;
		is_int(emit(s, 10000, 1), 0, "%s: 10000 tiny result sets",
		    streaming[i]);
		is_int(allocations - before, 0,
		    "%s: no allocation per result set", streaming[i]);
		is_int(sink_close(s), 0, "%s: closes", streaming[i]);
		fclose(out);
	}
	ok(allocations > 0, "the counters do count (%ld calls)", allocations);
	return tap_done();
}
