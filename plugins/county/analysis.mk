# plugins/county/analysis.mk: sources of the analysis commands.
COUNTY_ANALYSIS_SOURCES = plugins/county/analysis.h
