# plugins/county: the county-wide plugin.  Its commands come in two groups
# with their own source lists: ledger.mk (hazards ... risk) and analysis.mk
# (trend, gaps, report, verify).
include plugins/county/ledger.mk
include plugins/county/analysis.mk

pkglib_LTLIBRARIES += plugins/county.la
plugins_county_la_SOURCES = plugins/county/county.c \
	$(COUNTY_LEDGER_SOURCES) $(COUNTY_ANALYSIS_SOURCES)
plugins_county_la_LIBADD = plugins/common/libplugin-common.la
plugins_county_la_LDFLAGS = $(PLUGIN_LINK_FLAGS)
