# plugins/county/analysis.mk: sources of the analysis commands.
COUNTY_ANALYSIS_SOURCES = plugins/county/analysis.h \
	plugins/county/indicator.c plugins/county/indicator.h \
	plugins/county/indicator-catalogue.def \
	plugins/county/trend.c \
	plugins/county/gaps.c plugins/county/gaps.h \
	plugins/county/report.c \
	plugins/county/claims.c plugins/county/claims.h \
	plugins/county/verify.c
