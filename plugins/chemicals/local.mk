# plugins/chemicals: hazardous chemicals (危险化学品), its own shared object.
pkglib_LTLIBRARIES += plugins/chemicals.la
plugins_chemicals_la_SOURCES = plugins/chemicals/chemicals.c plugins/chemicals/sql.h
plugins_chemicals_la_LIBADD = plugins/common/libplugin-common.la
plugins_chemicals_la_LDFLAGS = $(PLUGIN_LINK_FLAGS)
