# plugins/example: the template plugin (docs/plugins.md).
pkglib_LTLIBRARIES += plugins/example.la
plugins_example_la_SOURCES = plugins/example/example.c
plugins_example_la_LDFLAGS = $(PLUGIN_LINK_FLAGS)
