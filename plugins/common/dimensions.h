/*
 * plugins/common/dimensions.h -- the dimensions several in-tree plugins
 * group by, each defined once (grouped.h says what a dimension is).
 *
 * Each lists its groups already narrowed by the common filters: --county
 * and --township give the townships they cover, --sector one sector row,
 * --department one department; a group the filters leave in prints even
 * with nothing in it.  A grouping pairs one of these with the key
 * expression of the command's facts, e.g.
 *
 *	{ "township", &dim_township, "x.township_id" }
 *
 * Two label layouts are in use for places, and scripts rely on both: the
 * county plugin prints the code then the Chinese name (township,
 * township_zh), the sector plugins the name then the code (township,
 * township_code): the *_named dimensions.
 */
#ifndef SAFESTAT_DIMENSIONS_H
#define SAFESTAT_DIMENSIONS_H

#include "plugins/common/grouped.h"

/* Places: the ledger counties and their townships the filters allow. */
extern const struct group_dim dim_county;	  /* county, county_zh */
extern const struct group_dim dim_county_named;	  /* county (name),
						     county_code */
extern const struct group_dim dim_township;	  /* township, township_zh */
extern const struct group_dim dim_township_named; /* township (name),
						     township_code */

/* Sectors and departments (by the short names reports use: 工信, 公安). */
extern const struct group_dim dim_sector;	/* sector, sector_zh */
extern const struct group_dim dim_department;	/* department,
						   department_zh: every one */
extern const struct group_dim dim_regulator;	/* the regulators only
						   (not the committee office) */

/* Time. */
extern const struct group_dim dim_period;	/* one row, labelled ?8 */
extern const struct group_dim dim_month;	/* every month of the period;
						   an open end (--from alone)
						   stops at the ledger years */
extern const struct group_dim dim_ledger_month;	/* the months of the period
						   the ledgers cover: none for
						   a period outside them */

/* The hazard ledger's codes. */
extern const struct group_dim dim_hazard_level;	/* level, level_zh; ?9,
						   when not NULL, keeps that
						   level only */
extern const struct group_dim dim_hazard_all_levels; /* level "all",
						   level_zh 全部隐患: both
						   levels as one group */
extern const struct group_dim dim_finder;	/* finder, finder_zh: who
						   found a hazard */

/* A code list of the code_label table (e.g. "gas_user.kind") as a
 * dimension with labels KEY and KEY_zh, in the list's order; `what` says
 * what it groups by, for titles. */
#define DIM_CODE_LABEL(key_, list, what) \
	{ .what_zh = what, \
	  .groups = "(SELECT code, name_zh, sort_order FROM code_label" \
	  " WHERE list = '" list "')", \
	  .key = "g.code", .order = { "g.sort_order" }, \
	  .labels = { { key_, "g.code" }, { key_ "_zh", "g.name_zh" } }, \
	  .name_label = 1 }

/* The groupings the sector plugins share, through a fact's township_id
 * column `col` or its date column `day`. */
#define BY_PERIOD		{ "period", &dim_period, "1", NULL }
#define BY_LEDGER_MONTH(day) \
	{ "month", &dim_ledger_month, "substr(" day ", 1, 7)", NULL }
#define BY_TOWNSHIP_NAMED(col)	{ "township", &dim_township_named, col, NULL }
#define BY_COUNTY_NAMED(col) \
	{ "county", &dim_county_named, "CAST((SELECT t.county_id" \
	  " FROM township t WHERE t.township_id = " col ") AS INTEGER)", NULL }

#endif
