/*
 * plugins/county/analysis.h -- the county plugin's analysis commands
 * (trend, gaps, report, verify): their run functions, options and the
 * table entries county.c splices in through COUNTY_ANALYSIS_COMMANDS.
 */
#ifndef SAFESTAT_COUNTY_ANALYSIS_H
#define SAFESTAT_COUNTY_ANALYSIS_H

#include <safestat/plugin.h>

/* Table entries, each `{ .name = ..., ... },`; none yet. */
#define COUNTY_ANALYSIS_COMMANDS

#endif
