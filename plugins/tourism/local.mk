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

pkglib_LTLIBRARIES += plugins/tourism.la
plugins_tourism_la_SOURCES = \
	plugins/tourism/tourism.c plugins/tourism/tourism.h \
	plugins/tourism/spots.c plugins/tourism/flow.c \
	plugins/tourism/predict.c plugins/tourism/backtest.c \
	plugins/tourism/equipment.c \
	plugins/tourism/history.c plugins/tourism/history.h \
	plugins/tourism/rows.c plugins/tourism/rows.h
plugins_tourism_la_LIBADD = plugins/tourism/libforecast.la \
	plugins/common/libplugin-common.la $(LIBM)
plugins_tourism_la_LDFLAGS = $(PLUGIN_LINK_FLAGS)

EXTRA_DIST += docs/tourism.md docs/forecasting.md
