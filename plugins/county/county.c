/*
 * plugins/county/county.c -- the county plugin: county-wide, cross-sector
 * commands an analyst uses every day (issue 4).  This file holds only the
 * descriptor; the commands live in their own files and are listed through
 * two macros:
 *   COUNTY_LEDGER_COMMANDS   (ledger.h): hazards, enforcement, inspections,
 *                            outreach, assistance, insurance, accidents, risk
 *   COUNTY_ANALYSIS_COMMANDS (analysis.h): trend, gaps, report, verify
 */
#include "config.h"

#include <safestat/plugin.h>

#include "plugins/county/analysis.h"
#include "plugins/county/ledger.h"

SS_PLUGIN_HOST_DEFINE;

static const struct ss_command county_commands[] = {
	COUNTY_LEDGER_COMMANDS
	COUNTY_ANALYSIS_COMMANDS
	{ .name = NULL }
};

SS_PLUGIN_EXPORT const struct ss_plugin safestat_plugin = {
	SS_PLUGIN_STAMP,
	.name = "county",
	.version = PACKAGE_VERSION,
	.summary = "county-wide hazards, enforcement, outreach, insurance, "
	    "accidents, weak spots, the annual report and its checker",
	.commands = county_commands,
};
