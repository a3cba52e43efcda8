# data/: the schema, its embedding into the program, the generator and the
# bundled dataset.

noinst_LTLIBRARIES += data/libdataset.la
data_libdataset_la_SOURCES = data/dataset.c data/dataset.h \
	data/dataset-exec.h data/refresh.c data/month.h
nodist_data_libdataset_la_SOURCES = data/schema-sql.c data/upkeep-sql.c \
	data/import-views-sql.c
data_libdataset_la_CFLAGS = $(AM_CFLAGS) $(SQLITE3_CFLAGS)
data_libdataset_la_LIBADD = $(SQLITE3_LIBS)
BUILT_SOURCES += data/schema-sql.c data/upkeep-sql.c data/import-views-sql.c
CLEANFILES += data/schema-sql.c data/upkeep-sql.c data/import-views-sql.c
EXTRA_DIST += data/schema.sql data/upkeep.sql data/import-views.sql \
	data/embed-sql.sh

# Embed the schema, the summaries' upkeep and import's views as C
# strings, so the shell and the generator create exactly the same
# objects without reading files at run time.
data/schema-sql.c: $(top_srcdir)/data/schema.sql $(top_srcdir)/data/embed-sql.sh
	$(AM_V_GEN)mkdir -p data && $(SHELL) $(top_srcdir)/data/embed-sql.sh \
	  dataset_schema_sql $(top_srcdir)/data/schema.sql >$@.tmp && mv $@.tmp $@
data/upkeep-sql.c: $(top_srcdir)/data/upkeep.sql $(top_srcdir)/data/embed-sql.sh
	$(AM_V_GEN)mkdir -p data && $(SHELL) $(top_srcdir)/data/embed-sql.sh \
	  dataset_upkeep_sql $(top_srcdir)/data/upkeep.sql >$@.tmp && mv $@.tmp $@
data/import-views-sql.c: $(top_srcdir)/data/import-views.sql $(top_srcdir)/data/embed-sql.sh
	$(AM_V_GEN)mkdir -p data && $(SHELL) $(top_srcdir)/data/embed-sql.sh \
	  dataset_import_views_sql $(top_srcdir)/data/import-views.sql >$@.tmp && \
	  mv $@.tmp $@

# The generator: writes the bundled county dataset (and, on request, a
# province) from the embedded schema, deterministically from its seed.
noinst_PROGRAMS += data/safestat-gen
data_safestat_gen_SOURCES = \
	data/gen/main.c data/gen/gen.h data/gen/rng.c data/gen/rng.h \
	data/gen/db.c data/gen/calendar.c data/gen/codes.c \
	data/gen/targets.c data/gen/text.c data/gen/places.c \
	data/gen/units.c data/gen/hazards.c data/gen/enforcement.c \
	data/gen/outreach.c data/gen/accidents.c data/gen/traffic.c \
	data/gen/gas.c data/gen/chemicals.c data/gen/tourism.c \
	data/gen/province.c data/gen/aliases.c data/gen/summary.c \
	data/gen/insurance-summary.c
# -pthread: the province is written by a second thread (data/gen/db.c).
data_safestat_gen_CFLAGS = $(AM_CFLAGS) $(SQLITE3_CFLAGS) -pthread
data_safestat_gen_LDFLAGS = -pthread
data_safestat_gen_LDADD = data/libdataset.la $(SQLITE3_LIBS) $(LIBM)

# The bundled dataset, installed under $(pkgdatadir).  Written to a
# temporary name first so that an interrupted build leaves no half file.
GEN_SEED = 2023
pkgdata_DATA += data/county.db
CLEANFILES += data/county.db data/county.db.tmp
data/county.db: data/safestat-gen$(EXEEXT)
	$(AM_V_GEN)mkdir -p data && rm -f $@.tmp && \
	  data/safestat-gen$(EXEEXT) --seed $(GEN_SEED) --out $@.tmp && \
	  mv $@.tmp $@

# A province for the benchmark: `make province` (not part of `make`).
PROVINCE_COUNTIES = 100
CLEANFILES += data/province.db data/province.db.tmp
province: data/province.db
data/province.db: data/safestat-gen$(EXEEXT)
	$(AM_V_GEN)mkdir -p data && rm -f $@.tmp && \
	  data/safestat-gen$(EXEEXT) --seed $(GEN_SEED) \
	    --counties $(PROVINCE_COUNTIES) --verbose --out $@.tmp && \
	  mv $@.tmp $@
.PHONY: province
