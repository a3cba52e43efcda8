/*
 * plugins/common/lookup.h -- turn what an analyst typed (--township 城关镇,
 * --sector gas, --department 应急管理局) into the key the ledgers use, or
 * a one-line error naming the closest valid name.
 *
 * Every name variant the dataset keeps is accepted: Chinese name, English
 * name or code (English and codes case-insensitively; departments also by
 * their short report name, 工信); the aliases of name_alias (危化品 for
 * hazchem, 住建局 for hud); and a township's or county's English name
 * without its "Town", "Township" or "County" (chengguan), when only one
 * place has it.  Suggestions consider the aliases too.  Townships and
 * counties are looked up only among the counties whose ledgers the file
 * holds.
 */
#ifndef SAFESTAT_LOOKUP_H
#define SAFESTAT_LOOKUP_H

#include <safestat/plugin.h>

enum lookup_kind {
	LOOKUP_TOWNSHIP,	/* key: township_id */
	LOOKUP_COUNTY,		/* key: county_id */
	LOOKUP_SECTOR,		/* key: sector code */
	LOOKUP_DEPARTMENT	/* key: department code */
};

struct lookup_result {
	long long	id;		/* township_id / county_id; 0 for codes */
	char		code[64];	/* the code (sectors, departments, and the
					   region code of townships/counties) */
	char		name_zh[128];	/* the Chinese name, for headings */
};

/* Resolve `typed` (not NULL).  Returns SS_OK with *out filled, or SS_ERR
 * with "unknown township '城关' (did you mean '城关镇'?)" or an ambiguity
 * message recorded. */
int	lookup_resolve(struct ss_ctx *ctx, enum lookup_kind kind,
	    const char *typed, struct lookup_result *out);

/* SQL listing the Chinese names of a kind, for ss_option.values_sql. */
#define LOOKUP_TOWNSHIP_VALUES \
	"SELECT t.name_zh FROM township t JOIN county c USING (county_id) " \
	"WHERE c.ledger = 1 ORDER BY t.code"
#define LOOKUP_SECTOR_VALUES \
	"SELECT code FROM sector ORDER BY report_order"
#define LOOKUP_DEPARTMENT_VALUES \
	"SELECT short_zh FROM department ORDER BY report_order"
#define LOOKUP_COUNTY_VALUES \
	"SELECT name_zh FROM county WHERE ledger = 1 ORDER BY code"

/* The first and last day of the dated ledgers, read from the data (not
 * from dataset_info, which an import does not update): one min() and one
 * max() per ledger, each the first or last entry of the ledger's date
 * index, so it costs the same for a county and a province.  One row
 * (first_day, last_day), both NULL when no ledger holds a row.  Fixed
 * text: statements embed it as a subquery. */
#define LOOKUP_LEDGER_SPAN_SQL \
	"SELECT min(lo) AS first_day, max(hi) AS last_day FROM (" \
	LOOKUP_SPAN_OF("hazard", "found_date") " UNION ALL " \
	LOOKUP_SPAN_OF("enforcement_case", "decided_date") " UNION ALL " \
	LOOKUP_SPAN_OF("inspection", "inspect_date") " UNION ALL " \
	LOOKUP_SPAN_OF("assistance_visit", "visit_date") " UNION ALL " \
	LOOKUP_SPAN_OF("outreach_event", "held_date") " UNION ALL " \
	LOOKUP_SPAN_OF("accident", "occurred_date") " UNION ALL " \
	LOOKUP_SPAN_OF("overload_operation", "op_date") " UNION ALL " \
	LOOKUP_SPAN_OF("roadside_cleanup", "action_date") " UNION ALL " \
	LOOKUP_SPAN_OF("vehicle_fire_check", "check_date") " UNION ALL " \
	LOOKUP_SPAN_OF("gas_inspection", "inspect_date") " UNION ALL " \
	LOOKUP_SPAN_OF("equipment_check", "check_date") " UNION ALL " \
	LOOKUP_SPAN_OF("visitor_day", "day") ")"
#define LOOKUP_SPAN_OF(table, column) \
	"SELECT (SELECT min(" column ") FROM " table ") AS lo," \
	" (SELECT max(" column ") FROM " table ") AS hi"

/* The calendar years the ledgers cover, from the data
 * (LOOKUP_LEDGER_SPAN_SQL).  Returns SS_OK with *known 1, or with *known
 * 0 and both years the year of today when no ledger holds a row yet (a
 * new dataset: commands count nothing, without an error); SS_ERR when
 * the query fails. */
int	lookup_ledger_years(struct ss_ctx *ctx, int *first, int *last,
	    int *known);

/* The last calendar year the ledgers cover (lookup_ledger_years): the
 * year counting commands default to unless today comes sooner. */
int	lookup_last_ledger_year(struct ss_ctx *ctx, int *year);

/* The first one, for --years ranges and trends. */
int	lookup_first_ledger_year(struct ss_ctx *ctx, int *year);

#endif
