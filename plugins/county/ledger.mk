# plugins/county/ledger.mk: sources of the ledger commands.
COUNTY_LEDGER_SOURCES = plugins/county/ledger.h \
	plugins/county/queries.c plugins/county/queries.h \
	plugins/county/scope.c plugins/county/scope.h \
	plugins/county/hazards.c plugins/county/enforcement.c \
	plugins/county/inspections.c plugins/county/outreach.c \
	plugins/county/assistance.c plugins/county/insurance.c \
	plugins/county/accidents.c plugins/county/risk.c
