/*
 * plugins/county/ledger.h -- the county plugin's ledger commands (hazards,
 * enforcement, inspections, outreach, assistance, insurance, accidents,
 * risk): their run functions, options and the table entries county.c
 * splices in through COUNTY_LEDGER_COMMANDS.
 *
 * Each command lives in its own file (hazards.c, enforcement.c ...) and
 * exports its run function, help text and examples under the names
 * LEDGER_COMMAND expects (county_<cmd>_run, _help, _examples) and its
 * options table, which sub-commands may share (`hazards open` takes the
 * options of `hazards overdue`).  Their SQL is in queries.c.
 */
#ifndef SAFESTAT_COUNTY_LEDGER_H
#define SAFESTAT_COUNTY_LEDGER_H

#include <safestat/plugin.h>

/* Declare what a command file exports. */
#define LEDGER_DECLARE(cmd) \
	int county_##cmd##_run(struct ss_ctx *, const struct ss_args *); \
	extern const char county_##cmd##_help[]; \
	extern const char *const county_##cmd##_examples[]

LEDGER_DECLARE(hazards);
LEDGER_DECLARE(hazards_overdue);
LEDGER_DECLARE(hazards_open);
LEDGER_DECLARE(enforcement);
LEDGER_DECLARE(inspections);
LEDGER_DECLARE(outreach);
LEDGER_DECLARE(assistance);
LEDGER_DECLARE(insurance);
LEDGER_DECLARE(insurance_uninsured);
LEDGER_DECLARE(accidents);
LEDGER_DECLARE(accidents_summary);
LEDGER_DECLARE(risk);

extern const struct ss_option county_hazards_options[];
extern const struct ss_option county_open_hazards_options[];
extern const struct ss_option county_enforcement_options[];
extern const struct ss_option county_inspections_options[];
extern const struct ss_option county_outreach_options[];
extern const struct ss_option county_assistance_options[];
extern const struct ss_option county_insurance_options[];
extern const struct ss_option county_uninsured_options[];
extern const struct ss_option county_accidents_options[];
extern const struct ss_option county_accidents_summary_options[];
extern const struct ss_option county_risk_options[];

/* One table entry. */
#define LEDGER_COMMAND(name_, cmd, options_, summary_) \
	{ .name = name_, .summary = summary_, .help = county_##cmd##_help, \
	  .options = county_##options_##_options, \
	  .examples = county_##cmd##_examples, .run = county_##cmd##_run },

/* Table entries, each `{ .name = ..., ... },`. */
#define COUNTY_LEDGER_COMMANDS \
	LEDGER_COMMAND("hazards", hazards, hazards, "hazards found, " \
	    "rectified, rectification rate, open and overdue, by level and " \
	    "a grouping") \
	LEDGER_COMMAND("hazards overdue", hazards_overdue, open_hazards, \
	    "open hazards past their deadline, most overdue first: the " \
	    "follow-up list") \
	LEDGER_COMMAND("hazards open", hazards_open, open_hazards, \
	    "hazards still open, longest open first") \
	LEDGER_COMMAND("enforcement", enforcement, enforcement, \
	    "enforcement cases and fines (yuan, and 万元 in tables)") \
	LEDGER_COMMAND("inspections", inspections, inspections, \
	    "inspections, those led by county leaders, and the hazards " \
	    "they found") \
	LEDGER_COMMAND("outreach", outreach, outreach, "drills, trainings " \
	    "and community activities with participants; leaflets, SMS, " \
	    "meetings") \
	LEDGER_COMMAND("assistance", assistance, assistance, "key " \
	    "enterprises helped per department, departments at zero " \
	    "included") \
	LEDGER_COMMAND("insurance", insurance, insurance, "safety-" \
	    "liability insurance coverage of the units it is mandatory for") \
	LEDGER_COMMAND("insurance uninsured", insurance_uninsured, \
	    uninsured, "units without the mandatory safety-liability " \
	    "insurance") \
	LEDGER_COMMAND("accidents", accidents, accidents, "each accident " \
	    "with its grade by Decree 493, at or above a minimum grade") \
	LEDGER_COMMAND("accidents summary", accidents_summary, \
	    accidents_summary, "accidents, deaths, serious injuries and " \
	    "direct loss, year on year") \
	LEDGER_COMMAND("risk", risk, risk, "the province's safety risk " \
	    "index of the county: score, ranks in province and city, change")

#endif
