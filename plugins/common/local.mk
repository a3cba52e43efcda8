# plugins/common: code the in-tree plugins share (periods, rates, name
# lookups, the common filters and parameters, the grouped count tables and
# their shared dimensions, the hazard ledger's open and overdue), linked
# statically into each of them.  Not part of the public ABI: out-of-tree
# plugins see only include/safestat/plugin.h.

noinst_LTLIBRARIES += plugins/common/libplugin-common.la
plugins_common_libplugin_common_la_SOURCES = \
	plugins/common/period.c plugins/common/period.h \
	plugins/common/rate.c plugins/common/rate.h \
	plugins/common/lookup.c plugins/common/lookup.h \
	plugins/common/filter.c plugins/common/filter.h \
	plugins/common/counts.c plugins/common/counts.h \
	plugins/common/query.c plugins/common/query.h \
	plugins/common/grouped.c plugins/common/grouped.h \
	plugins/common/dimensions.c plugins/common/dimensions.h \
	plugins/common/hazard-sql.h \
	plugins/common/hazard-summary.c plugins/common/hazard-summary.h

# What the sector plugins (traffic, gas, chemicals) share besides: their
# commands' shape, metric/value summaries, a sector's slice of the hazard
# ledger, and the titles above their tables.
plugins_common_libplugin_common_la_SOURCES += \
	plugins/common/title.c plugins/common/title.h \
	plugins/common/sector.c plugins/common/sector.h \
	plugins/common/metrics.c plugins/common/metrics.h \
	plugins/common/sector-hazards.c plugins/common/sector-hazards.h
