# plugins/gas: town gas (城镇燃气), its own shared object.
pkglib_LTLIBRARIES += plugins/gas.la
plugins_gas_la_SOURCES = plugins/gas/gas.c plugins/gas/sql.h
plugins_gas_la_LIBADD = plugins/common/libplugin-common.la
plugins_gas_la_LDFLAGS = $(PLUGIN_LINK_FLAGS)
