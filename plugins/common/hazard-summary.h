/*
 * plugins/common/hazard-summary.h -- the hazard ledger's counts read
 * from the hazard summaries (data/schema.sql "Summaries"), for the county
 * plugin's `hazards` and the sector plugins' `SECTOR hazards` alike, and
 * the one-number figures of the county's indicators and the sectors'
 * summaries.
 *
 * Each summary counts the same measures as the ledger's facts, in the
 * same order:
 *
 *   cohort (found in the period, as of ?7): found, rectified, open,
 *	overdue;
 *   flow (whenever found, as of ?7): found in the period, rectified in
 *	it, open, overdue, open at its start, to rectify.
 *
 * and serves the groupings of both plugins by their --by names (level,
 * all_levels, county, township, sector, finder, department, month); unit
 * and the township and sector together stay with the ledger.  The level
 * is ?9 (NULL: both), as both plugins bind it.
 */
#ifndef SAFESTAT_HAZARD_SUMMARY_H
#define SAFESTAT_HAZARD_SUMMARY_H

#include "plugins/common/grouped.h"

/* Smallest first: province-wide by sector, level, finder and department;
 * by county; one county's sectors; one county's townships. */
extern const struct summary_counts hazard_cohort_province;
extern const struct summary_counts hazard_cohort_county;
extern const struct summary_counts hazard_cohort_county_sector;
extern const struct summary_counts hazard_cohort_township;

extern const struct summary_counts hazard_flow_province;
extern const struct summary_counts hazard_flow_county;
extern const struct summary_counts hazard_flow_county_sector;
extern const struct summary_counts hazard_flow_township;

/* One-number figures of the cohort found in the period (?1..?7; no
 * level parameter: each figure fixes its level and finder), for the
 * county plugin's indicators: the first measure over the ledger, or over
 * the summary that answers (grouped_total_sql). */
extern const struct grouped_counts hazard_figure_found;
extern const struct grouped_counts hazard_figure_rectified;
extern const struct grouped_counts hazard_figure_general_found;
extern const struct grouped_counts hazard_figure_general_rectified;
extern const struct grouped_counts hazard_figure_major_found;
extern const struct grouped_counts hazard_figure_major_by_departments;
extern const struct grouped_counts hazard_figure_major_by_enterprises;
extern const struct grouped_counts hazard_figure_major_rectified;
extern const struct grouped_counts hazard_figure_major_open;

/* A sector's figures for its summary command, ?5 the sector: found,
 * rectified, general found, general rectified, major found, major
 * rectified, open, overdue -- province-wide, and for one county. */
extern const struct summary_counts hazard_figures_province;
extern const struct summary_counts hazard_figures_county_sector;

/* The summaries list of a struct grouped_counts. */
#define HAZARD_COHORT_SUMMARIES \
	{ &hazard_cohort_province, &hazard_cohort_county, \
	  &hazard_cohort_county_sector, &hazard_cohort_township }
#define HAZARD_FLOW_SUMMARIES \
	{ &hazard_flow_province, &hazard_flow_county, \
	  &hazard_flow_county_sector, &hazard_flow_township }

#endif
