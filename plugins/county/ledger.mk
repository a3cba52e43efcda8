# plugins/county/ledger.mk: sources of the ledger commands.
COUNTY_LEDGER_SOURCES = plugins/county/ledger.h
