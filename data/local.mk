# data/: the schema, its embedding into the program, the generator and the
# bundled dataset.

noinst_LTLIBRARIES += data/libdataset.la
data_libdataset_la_SOURCES = data/dataset.c data/dataset.h
nodist_data_libdataset_la_SOURCES = data/schema-sql.c
data_libdataset_la_CFLAGS = $(AM_CFLAGS) $(SQLITE3_CFLAGS)
data_libdataset_la_LIBADD = $(SQLITE3_LIBS)
BUILT_SOURCES += data/schema-sql.c
CLEANFILES += data/schema-sql.c
EXTRA_DIST += data/schema.sql

# Embed schema.sql as a C string, so the shell and the generator create
# exactly the same schema without reading files at run time.
data/schema-sql.c: $(top_srcdir)/data/schema.sql
	$(AM_V_GEN)mkdir -p data && { \
	  echo '/* Generated from data/schema.sql: do not edit. */'; \
	  echo 'const char dataset_schema_sql[] ='; \
	  $(SED) -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/"/' -e 's/$$/\\n"/' $(top_srcdir)/data/schema.sql; \
	  echo ';'; \
	} > $@.tmp && mv $@.tmp $@
