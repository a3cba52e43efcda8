/*
 * plugins/county/ledger.h -- the county plugin's ledger commands (hazards,
 * enforcement, inspections, outreach, assistance, insurance, accidents,
 * risk): their run functions, options and the table entries county.c
 * splices in through COUNTY_LEDGER_COMMANDS.
 */
#ifndef SAFESTAT_COUNTY_LEDGER_H
#define SAFESTAT_COUNTY_LEDGER_H

#include <safestat/plugin.h>

/* Table entries, each `{ .name = ..., ... },`; none yet. */
#define COUNTY_LEDGER_COMMANDS

#endif
