# tests/tourism.mk -- the tourism plugin: unit tests of the forecaster (no
# database) and transcript tests of the commands on the bundled dataset.
TOURISM_UNIT_TESTS = \
	tests/unit/test-forecast \
	tests/unit/test-forecast-parts
check_PROGRAMS += $(TOURISM_UNIT_TESTS)
TESTS += $(TOURISM_UNIT_TESTS)

tests_unit_test_forecast_SOURCES = tests/unit/test-forecast.c
tests_unit_test_forecast_LDADD = plugins/tourism/libforecast.la \
	plugins/common/libplugin-common.la $(LIBM)
tests_unit_test_forecast_parts_SOURCES = tests/unit/test-forecast-parts.c
tests_unit_test_forecast_parts_LDADD = plugins/tourism/libforecast.la \
	plugins/common/libplugin-common.la $(LIBM)

TOURISM_TESTS = \
	tests/t6000-tourism-spots.sh \
	tests/t6010-tourism-flow.sh \
	tests/t6020-tourism-forecast.sh \
	tests/t6030-tourism-backtest.sh \
	tests/t6040-tourism-alerts.sh \
	tests/t6050-tourism-equipment.sh
TESTS += $(TOURISM_TESTS)
EXTRA_DIST += $(TOURISM_TESTS)
