# plugins/tourism: scenic spots, visitor flow, holiday forecasts, equipment.
#
# The forecaster and what it needs (forecast, stats, days, ladder) are pure
# C and libm: a convenience library the plugin and the unit tests
# (tests/tourism.mk) both link, with no host and no database.
noinst_LTLIBRARIES += plugins/tourism/libforecast.la
plugins_tourism_libforecast_la_SOURCES = \
	plugins/tourism/forecast.c plugins/tourism/forecast.h \
	plugins/tourism/stats.c plugins/tourism/stats.h \
	plugins/tourism/days.c plugins/tourism/days.h \
	plugins/tourism/ladder.c plugins/tourism/ladder.h
