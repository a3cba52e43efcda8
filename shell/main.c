/* shell/main.c -- placeholder until the host lands. */
#include "config.h"

#include <stdio.h>

int
main(void)
{
	puts("safestat " PACKAGE_VERSION);
	return 0;
}
