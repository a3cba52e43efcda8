/*
 * tests/unit/capture.h -- run a sink into memory and look at what it wrote.
 *
 *	struct sink *s = capture_open("csv", 0);
 *	sink_begin(s, cols, 2); sink_row(s, row); ...
 *	is_str(capture_close(s), "a,b\r\n1,2\r\n", "what");
 *
 * capture_close closes the sink, records its return value in
 * capture_status, and returns the output (valid until the next capture).
 */
#ifndef SAFESTAT_CAPTURE_H
#define SAFESTAT_CAPTURE_H

#include <stdio.h>
#include <stdlib.h>

#include "shell/sink.h"

static FILE	*capture_stream;
static char	*capture_text;
static size_t	 capture_len;
static int	 capture_status;

/* A sink of `format` writing to a fresh memory stream. */
static struct sink *
capture_open(const char *format, unsigned flags)
{
	struct sink *s;

	free(capture_text);
	capture_text = NULL;
	capture_len = 0;
	capture_stream = open_memstream(&capture_text, &capture_len);
	if (capture_stream == NULL) {
		perror("open_memstream");
		exit(99);
	}
	s = sink_new(capture_stream, format, flags);
	if (s == NULL) {
		fprintf(stderr, "sink_new(%s) failed\n", format);
		exit(99);
	}
	return s;
}

/* Close the sink and the stream; the text written. */
static const char *
capture_close(struct sink *s)
{
	capture_status = sink_close(s);
	fclose(capture_stream);
	capture_stream = NULL;
	return capture_text;
}

/* Free the last capture (keeps leak checkers quiet). */
static void
capture_free(void)
{
	free(capture_text);
	capture_text = NULL;
}

#endif
