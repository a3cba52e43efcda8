# docs/: the manual page (installed) and the guides (distributed).
dist_man1_MANS += docs/safestat.1
EXTRA_DIST += docs/plugins.md docs/performance.md docs/scaling.md
