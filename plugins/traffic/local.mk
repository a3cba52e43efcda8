# plugins/traffic: road traffic (道路交通), its own shared object.
pkglib_LTLIBRARIES += plugins/traffic.la
plugins_traffic_la_SOURCES = plugins/traffic/traffic.c plugins/traffic/sql.h
plugins_traffic_la_LIBADD = plugins/common/libplugin-common.la
plugins_traffic_la_LDFLAGS = $(PLUGIN_LINK_FLAGS)
