/*
 * plugins/county/analysis.h -- the county plugin's analysis commands
 * (trend, gaps, report, verify): their run functions, options and the
 * table entries county.c splices in through COUNTY_ANALYSIS_COMMANDS.
 */
#ifndef SAFESTAT_COUNTY_ANALYSIS_H
#define SAFESTAT_COUNTY_ANALYSIS_H

#include <safestat/plugin.h>

#include "plugins/common/filter.h"

/* trend.c */
extern const char trend_help[];
extern const char *const trend_examples[];
extern const struct ss_option trend_options[];
/* Run `trend`: one indicator per year, or the catalogue. */
int	trend_run(struct ss_ctx *, const struct ss_args *);
/* Offer the indicator keys for the operand. */
void	trend_complete(struct ss_ctx *, const char *, const char *);

/* The options of a command about one calendar year of one county (report,
 * gaps). */
#define ANALYSIS_YEAR_OPTIONS \
	{ .name = "year", .short_name = 'y', .type = SS_OPT_YEAR, \
	  .help = "calendar year (default: the latest year in the data)" }, \
	FILTER_COUNTY_OPTION

/* report.c */
extern const char report_help[];
extern const char *const report_examples[];
extern const struct ss_option report_options[];
/* Run `report`: the annual summary's statistics for a year. */
int	report_run(struct ss_ctx *, const struct ss_args *);

/* gaps.c */
extern const char gaps_help[];
extern const char *const gaps_examples[];
extern const struct ss_option gaps_options[];
/* Run `gaps`: the weak spots of a year. */
int	gaps_run(struct ss_ctx *, const struct ss_args *);

/* verify.c */
extern const char verify_help[];
extern const char *const verify_examples[];
extern const struct ss_option verify_options[];
/* Run `verify`: check the claims of a draft. */
int	verify_run(struct ss_ctx *, const struct ss_args *);

/* Table entries, each `{ .name = ..., ... },`. */
#define COUNTY_ANALYSIS_COMMANDS \
	{ .name = "trend", .summary = "one indicator of the annual report " \
	  "per year, with the year-on-year change", \
	  .help = trend_help, .examples = trend_examples, \
	  .options = trend_options, .operands = "INDICATOR", \
	  .min_operands = 0, .max_operands = 1, .run = trend_run, \
	  .complete = trend_complete }, \
	{ .name = "report", .summary = "the statistics of the annual safety " \
	  "work summary, in Chinese, from data", \
	  .help = report_help, .examples = report_examples, \
	  .options = report_options, .run = report_run }, \
	{ .name = "gaps", .summary = "the weak spots of a year, each with " \
	  "the figure that shows it", \
	  .help = gaps_help, .examples = gaps_examples, \
	  .options = gaps_options, .run = gaps_run }, \
	{ .name = "verify", .summary = "check the numeric claims of a draft " \
	  "report against the data", \
	  .help = verify_help, .examples = verify_examples, \
	  .options = verify_options, .operands = "FILE", \
	  .min_operands = 0, .max_operands = 1, \
	  .flags = SS_CMD_FILE_OPERANDS, .run = verify_run },

#endif
