/*
 * plugins/county/queries.h -- every statement the ledger commands run
 * against the dataset, in one place (queries.c).
 *
 * The commands know these only by name: a grouped count is a
 * `struct grouped_counts` (plugins/common/grouped.h: which rows, which
 * aggregates, and the groupings their --by can choose, each named as the
 * --by value), a list is one SELECT.  Reading the same figures from
 * summary tables (issue 7, province scale) means changing this file and
 * nothing else, as long as the aggregates keep their order and the lists
 * their columns.
 *
 * Parameters, as plugins/common/query.h binds them: ?1 first day, ?2
 * last day, ?3 county, ?4 township, ?5 sector, ?6 department, ?7 as-of
 * day, ?8 the period's label; ?9 the command's own choice (hazard level,
 * case category, outreach kind, minimum grade), NULL for none; ?10 a
 * list's own flag.
 */
#ifndef SAFESTAT_COUNTY_QUERIES_H
#define SAFESTAT_COUNTY_QUERIES_H

#include "plugins/common/grouped.h"

/* Hazards found in the period, rectified by ?7 (cohort); ?9 level.  The
 * groupings include "level" (one row each) and "all_levels" (both as
 * one, level "all").
 * Counts: found, rectified, open on ?7, overdue on ?7; constants: basis,
 * as-of. */
extern const struct grouped_counts query_hazards_cohort;
/* The same counts as flows: found in the period, rectified in the
 * period whenever found, open and overdue on ?7 whenever found; then
 * open when the period began, and those plus found: what there was to
 * rectify (the flow rate's denominator). */
extern const struct grouped_counts query_hazards_flow;
/* Hazards open on ?7 (found in the period), ?9 level; ?10 non-NULL: only
 * those past their deadline, most overdue first; else longest open
 * first. */
extern const char query_hazards_open[];
/* The same for the major hazards only (?9 unused), through the partial
 * index hazard_major_list. */
extern const char query_hazards_open_major[];

/* Enforcement cases decided in the period, ?9 category.  Counts: cases,
 * fines in yuan. */
extern const struct grouped_counts query_enforcement;

/* Inspections made in the period, ?9 non-NULL: leader-led only.  Counts:
 * inspections, leader-led, hazards they found, major hazards they found. */
extern const struct grouped_counts query_inspections;

/* Outreach: drills, trainings, community activities (?9 kind); counts:
 * events, participants.  Publicity batches (counts: batches, quantity)
 * and meetings (counts: meetings) are county-wide records. */
extern const struct grouped_counts query_outreach_events;
extern const struct grouped_counts query_publicity;
extern const struct grouped_counts query_meetings;

/* Assistance visits of regulators to key enterprises in the period.
 * Counts: enterprises helped (distinct), visits. */
extern const struct grouped_counts query_assistance;
/* The same visits once over: distinct enterprises helped, visits. */
extern const char query_assistance_distinct[];

/* Units for which safety-liability insurance is mandatory, open on ?7.
 * Counts: mandatory, insured on ?7, uninsured; constant: as-of.  The list:
 * the uninsured ones. */
extern const struct grouped_counts query_insurance;
extern const char query_uninsured[];
/* Each of its two counts alone, for the indicators. */
extern const struct grouped_counts insurance_figure_mandatory;
extern const struct grouped_counts insurance_figure_insured;

/* Accidents in the period at or above grade ?9, with their figures and
 * grade from the view accident_graded. */
extern const char query_accidents[];
/* How many rows that list has. */
extern const char query_accidents_count[];
/* The Chinese name of grade ?1. */
extern const char query_grade_name[];
/* Accidents of the period and of the same period a year earlier.
 * Counts: accidents, deaths, serious injuries, direct loss, then the same
 * four a year earlier. */
extern const struct grouped_counts query_accident_summary;

/* The province's risk index of the ledger counties, years of ?1..?2, with
 * the year before each. */
extern const char query_risk[];

#endif
