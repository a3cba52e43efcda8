# bench/: safestat against sqlite3 (make bench; not part of make check).
bench: all
	SAFESTAT_BUILD_DIR='$(abs_top_builddir)' $(SHELL) $(top_srcdir)/bench/run.sh
.PHONY: bench
EXTRA_DIST += bench/run.sh
