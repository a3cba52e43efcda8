/*
 * data/gen/gen.h -- the dataset generator's shared pieces: the code lists
 * every area refers to, dates as day numbers, the prepared-statement
 * table, and the county being generated.
 *
 * The generator writes one county (the bundled dataset) or a province of
 * N counties.  main.c creates the schema with dataset_create (so the
 * generator and the shell never disagree), then calls each area's
 * function per county: places, units, hazards, enforcement, outreach,
 * accidents, traffic, gas, chemicals, tourism, province.  What a county
 * must contain in each year is its year plan (targets.c); for county 1
 * that plan is the 2023 report.
 */
#ifndef SAFESTAT_GEN_H
#define SAFESTAT_GEN_H

#include <stddef.h>
#include <stdint.h>

#include <sqlite3.h>

#include "data/gen/rng.h"

#define GEN_VERSION	"safestat-gen " PACKAGE_VERSION

/* The ledger years, and the last year of the holiday calendar (so the
 * next year's holidays can be forecast from history). */
#define YEAR_FIRST	2021
#define YEAR_LAST	2025
#define NYEARS		(YEAR_LAST - YEAR_FIRST + 1)
#define HOLIDAY_LAST	2026

/* Sectors, in the order of the sector table (codes.c). */
enum sector {
	SEC_INDUSTRY_TRADE, SEC_HAZCHEM, SEC_FIREWORKS, SEC_MINING,
	SEC_CONSTRUCTION, SEC_SPECIAL_EQUIPMENT, SEC_GAS, SEC_TRANSPORT,
	SEC_FIRE, SEC_SELF_BUILT, SEC_TOURISM, SEC_WATER, SEC_CAMPUS,
	SEC_AGRICULTURE, SEC_FISHING, SEC_OTHER,
	NSECTORS
};

/* Departments, in the order of the department table (codes.c). */
enum dept {
	DEPT_SAC, DEPT_EMB, DEPT_MIIT, DEPT_PSB, DEPT_HUD, DEPT_EDU,
	DEPT_URBAN_CULTOUR, DEPT_TRANS, DEPT_SAMR, DEPT_FIRE,
	DEPT_AGRI, DEPT_WATER, DEPT_COMMERCE, DEPT_NATRES,
	NDEPTS
};

/* Key periods of leader-led inspections. */
enum key_period {
	KP_NEW_YEAR_SPRING, KP_TWO_SESSIONS, KP_MAY_DAY, KP_DRAGON_BOAT,
	KP_NATIONAL_DAY,
	NKEYPERIODS
};

/* The sector and department tables (codes.c), indexed by the enums. */
struct sector_info {
	const char	*code, *zh, *en, *group;
	int		 dept, mandatory, revision_days;
};
extern const struct sector_info sector_info[NSECTORS];
struct dept_info {
	const char	*code, *zh, *short_zh, *en, *kind;
};
extern const struct dept_info dept_info[NDEPTS];
extern const char *const key_period_code[NKEYPERIODS];

/* Dates are day numbers: days since 1970-01-01. */
int	day_from_ymd(int y, int m, int d);
void	day_to_ymd(int day, int *y, int *m, int *d);
/* 0 = Sunday ... 6 = Saturday. */
int	day_weekday(int day);
int	day_year(int day);
/* First and last day of a year. */
int	year_first_day(int y);
int	year_last_day(int y);
/* The same day `years` later (29 February becomes 28 February). */
int	day_add_years(int day, int years);
/* Write 'YYYY-MM-DD' and a NUL into out (11 bytes). */
void	day_iso(int day, char *out);

/* The holiday calendar (codes.c): kind, year, first and last day. */
struct holiday {
	const char	*kind;
	int		 year;
	int		 first, last;	/* day numbers */
};
/* The n-th holiday of the calendar; NULL past the end. */
const struct holiday *holiday_at(int n);
/* The public holiday containing `day`, or NULL. */
const struct holiday *holiday_on(int day);
/* 1 when `day` is a make-up workday (调休上班). */
int	is_makeup_workday(int day);
/* The day of the Mid-Autumn festival, and of the Spring Festival (正月
 * 初一), in year y. */
int	mid_autumn_day(int y);
int	spring_festival_day(int y);
/* The dates of key period `kp` in year y: [first, last] in which its
 * leader-led inspections take place. */
void	key_period_window(int kp, int y, int *first, int *last);

/* Every INSERT the generator runs, prepared once and reused. */
enum stmt {
	ST_INFO, ST_LABEL, ST_STAT_GROUP, ST_DEPARTMENT, ST_SECTOR,
	ST_FINDER_KIND, ST_GRADE, ST_ACCIDENT_TYPE, ST_PERIOD_KIND,
	ST_HOLIDAY, ST_MAKEUP, ST_CAMPAIGN, ST_CRITERION, ST_CASE_KIND,
	ST_MEETING_KIND, ST_WEIGHT_LIMIT, ST_DIMENSION_LIMIT,
	ST_CITY, ST_COUNTY, ST_TOWNSHIP, ST_STAFF, ST_UNIT, ST_POLICY,
	ST_INSPECTION, ST_HAZARD, ST_CASE, ST_ASSIST, ST_MEETING,
	ST_OUTREACH, ST_PUBLICITY, ST_ACCIDENT, ST_FIGURES,
	ST_VEHICLE, ST_FIRE_CHECK, ST_OPERATION, ST_WEIGHING,
	ST_ROAD_PROJECT, ST_ROAD_PROGRESS, ST_CLEANUP,
	ST_GAS_OPERATOR, ST_GAS_USER, ST_GAS_INSPECTION,
	ST_CHEM_UNIT, ST_MHI, ST_EQUIP_CHECK, ST_EQUIP_DEFECT,
	ST_SPOT, ST_VISITOR_DAY, ST_WEATHER, ST_TOUR_EQUIPMENT,
	ST_TOUR_INSPECTION, ST_RISK_INDEX, ST_REFERENCE,
	ST_SUM_HAZARD_COUNTY, ST_SUM_HAZARD_TOWNSHIP,
	ST_SUM_HAZARD_COUNTY_SECTOR, ST_SUM_HAZARD_PROVINCE,
	ST_SUM_INSPECTION_COUNTY, ST_SUM_INSPECTION_PROVINCE,
	ST_SUM_ENFORCEMENT_COUNTY, ST_SUM_ENFORCEMENT_PROVINCE,
	ST_SUM_OUTREACH_COUNTY, ST_SUM_OUTREACH_PROVINCE,
	ST_SUM_PUBLICITY_COUNTY, ST_SUM_MEETING_COUNTY,
	ST_SUM_WEIGHING_COUNTY, ST_SUM_WEIGHING_OPERATION,
	ST_SUM_VISITOR_SPOT, ST_SUM_INSURANCE_COUNTY,
	ST_SUM_INSURANCE_PROVINCE,
	NSTMTS
};

/* A prepared insert and its buffer of rows, and the thread that writes
 * them in bulk mode (db.c). */
struct ins;
struct writer;
struct summary;
struct insurance_summary;

/* The run: the database, the options, the prepared statements. */
struct gen {
	sqlite3		*db;
	uint64_t	 seed;
	int		 ncounties;	/* counties with ledgers */
	int		 province;	/* 1 when writing a province */
	int		 province_size;	/* counties the province ranks */
	int		 per_city;	/* counties per city */
	struct ins	*stmt[NSTMTS];
	struct writer	*writer;	/* NULL: write on this thread */
	int64_t		 vehicle_serial;	/* plates unique in the file */
	int64_t		 equipment_serial;	/* registration numbers */
	struct summary	*summary;	/* hazard and inspection counts */
	struct insurance_summary *insurance;	/* insurance-summary.c */
};

/* Prepare every statement, for writing a row at a time or (bulk) many
 * rows per statement; die on error. */
void	db_prepare_all(struct gen *g, int bulk);
/* Write every buffered row (before COMMIT). */
void	db_flush_all(struct gen *g);
void	db_finalize_all(struct gen *g);
/* Run SQL without parameters (setup only); die on error. */
void	db_exec(struct gen *g, const char *sql);
/* The insert for statement s, and the helpers that set its column i
 * (1-based) for the row being written; values are copied. */
struct ins *st(struct gen *g, enum stmt s);
void	b_int(struct ins *s, int i, int64_t v);
void	b_id0(struct ins *s, int i, int64_t v);	/* 0 -> NULL */
void	b_real(struct ins *s, int i, double v);
void	b_text(struct ins *s, int i, const char *v);	/* NULL -> NULL */
void	b_null(struct ins *s, int i);
void	b_day(struct ins *s, int i, int day);	/* < 0 -> NULL */
/* Finish the row: it is written now or with its batch.  Returns the id
 * assigned to it (0 for tables without a generated id). */
int64_t	db_insert(struct gen *g, struct ins *s);
/* Print a message and exit 1 (the generator is a build tool: a failure
 * must stop the build, and there is nothing to clean up but the file). */
void	die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

/* A county's year plan: how many records of each kind a year holds.
 * For county 1 this is the report table in targets.c. */
struct year_plan {
	int	year;
	/* hazard ledger */
	int	general_found, general_rectified;	/* rectified by Dec 31 */
	int	transport_general, hazchem_general;	/* -1: drawn */
	int	transport_all_rectified, hazchem_joint_check;
	int	major_found, major_by_dept, major_rectified;
	int	major_by_sector[NSECTORS];
	int	dept_inspections;
	/* enforcement and assistance */
	int	penalties;
	int64_t	fines_yuan;
	int	traffic_cases;
	int	assisted_units[NDEPTS];
	/* meetings, inspections by leaders, outreach, publicity */
	int	meetings, major_hazard_sessions, warning_education;
	int	leader_inspections[NKEYPERIODS];
	int	drills, drill_people, trainings, training_people;
	int	community, community_people;
	int	leaflet_batches, sms_batches;
	int64_t	leaflets, sms;
	/* traffic */
	int	overload_ops, weighings, over_limit;
	int64_t	upgrade_plan_m, upgrade_done_m;
	int64_t	upgrade_plan_yuan, upgrade_done_yuan;
	int64_t	safety_plan_m, safety_done_m;
	int64_t	safety_plan_yuan, safety_done_yuan;
	int	cleanup_actions, signs, signs_m2, debris_places, debris_m3;
	int	vendors, cleanup_leaflets;
	int	coach_fire_campaign;
	/* chemicals */
	int	equipment_campaign, equipment_defects, equipment_fixed;
	/* insurance: per mille of mandatory units insured at year end */
	int	coverage_permille[NSECTORS];
	int	smelting_permille, voluntary_permille;
	/* townships' technical inspectors, county totals */
	int	inspectors_fulltime, inspectors_parttime;
	double	city_inspectors_avg;	/* published by the city */
	/* gas: restaurants with a working alarm at year end, per mille */
	int	alarm_permille;
};

/* A unit as the areas see it. */
struct unitref {
	int64_t	id;
	int64_t	township_id;
	int	township;	/* index in the county's townships */
	int	sector;
	int	subkind;	/* per sector: see units.c */
	int	key;
	int	smelting;
	int	employees;
	int	opened, closed;	/* day numbers; closed < 0: open */
	char	name[96];
};

/* A hazard the later areas link to (penalties, gas inspections). */
struct hazref {
	int64_t	id;
	int64_t	unit_id;
	int64_t	township_id;
	int	sector;
	int	found;
};

#define MAX_TOWNSHIPS	32

/* The county being generated. */
struct county {
	struct gen	*g;
	int		 index;		/* 1-based; 1 = the bundled county */
	int64_t		 county_id;
	char		 name_zh[32], name_en[48];
	double		 size;		/* 1 for county 1 */
	double		 rate;		/* rectification propensity */
	struct year_plan plan[NYEARS];
	int		 ntownships;
	int64_t		 township_id[MAX_TOWNSHIPS];
	char		 township_zh[MAX_TOWNSHIPS][64];
	double		 township_weight[MAX_TOWNSHIPS];
	int		 seat, zone;	/* index of 城关镇 and the development zone */
	int		 nspots;	/* scenic spots (tourism operators) */
	struct unitref	*units;
	int		 nunits;
	int		*by_sector[NSECTORS];	/* indices into units */
	int		 nby_sector[NSECTORS];
	/* hazards of each year the later areas refer to */
	struct hazref	*majors[NYEARS];
	int		 nmajors[NYEARS];
	struct hazref	*gas_self[NYEARS];	/* found by the operator */
	int		 ngas_self[NYEARS];
	/* unit names taken, to keep them unique in the county */
	char		**names;
	size_t		 names_cap, names_len;
};

/* An area's own random stream for county c. */
void	county_rng(const struct county *c, int area, struct rng *r);
enum area {
	AREA_PLACES = 1, AREA_UNITS, AREA_INSURANCE, AREA_HAZARDS,
	AREA_ENFORCEMENT, AREA_OUTREACH, AREA_ACCIDENTS, AREA_TRAFFIC,
	AREA_GAS, AREA_CHEMICALS, AREA_TOURISM, AREA_PROVINCE, AREA_PLAN,
	AREA_SIZE
};

/* A random open unit of sector s on `day` (weighted to key units and
 * larger ones), or NULL when the county has none. */
const struct unitref *pick_unit(struct county *c, struct rng *r, int s,
	    int day);
/* A random township index, weighted by activity. */
int	pick_township(const struct county *c, struct rng *r);
/* A random day of year y, weighted by month (weights[12] or NULL). */
int	pick_day(struct rng *r, int y, const double *month_weights);

/* The areas, in the order main.c calls them. */
void	gen_codes(struct gen *g);
void	gen_aliases(struct gen *g);
void	gen_province_places(struct gen *g);
void	plan_county(struct county *c);
void	gen_places(struct county *c);
void	gen_units(struct county *c);
void	gen_insurance(struct county *c);
void	gen_hazards(struct county *c);
void	gen_enforcement(struct county *c);
void	gen_outreach(struct county *c);
void	gen_accidents(struct county *c);
void	gen_traffic(struct county *c);
void	gen_gas(struct county *c);
void	gen_chemicals(struct county *c);
void	gen_tourism(struct county *c);
void	gen_risk_index(struct gen *g);

/* A row being written, as the summaries read it: column `col` (1-based,
 * in the order of its statement's columns; 0 is the id the generator
 * assigned) into v (db.c).  Text is not NUL-terminated. */
struct row;
struct row_value {
	int		 type;	/* SQLITE_INTEGER, SQLITE_TEXT, SQLITE_NULL ... */
	int64_t		 i;
	const char	*s;
	size_t		 len;
};
void	row_get(const struct row *r, int col, struct row_value *v);

/* The summary tables (summary.c): count each row written (db.c calls
 * this for every row); write the counts of a county's rows after the
 * county, the rest at the end. */
void	summary_row(struct gen *g, enum stmt which, const struct row *r);
void	summary_write_county(struct gen *g);
void	summary_write_province(struct gen *g);
/* Fill every other summary from its summary_*_from_ledger view. */
void	summary_build_rest(struct gen *g, int verbose);
/* The month number (year * 12 + month - 1) of a date, and of the day
 * after it. */
int32_t	month_of(const struct row_value *v);
int32_t	month_of_next_day(const struct row_value *v);
/* The insurance summaries (insurance-summary.c), fed and written by the
 * functions above; insurance_summary_counts says whether a summary
 * table is one of them. */
void	insurance_summary_row(struct gen *g, enum stmt which,
	    const struct row *r);
void	insurance_summary_write_county(struct gen *g);
void	insurance_summary_write_province(struct gen *g);
int	insurance_summary_counts(const char *table);
/* Seconds on a monotonic clock, for --verbose timings (never data). */
double	seconds(void);

/* Names and descriptions (text.c). */
void	county_name(int index, char *zh, size_t zhlen, char *en,
	    size_t enlen);
void	city_name(int index, char *zh, size_t zhlen, char *en,
	    size_t enlen);
/* Township names for county c (its first is the seat, 城关镇). */
int	township_names(struct county *c, struct rng *r, int n);
/* A unit name for sector s (and subkind), unique in the county. */
void	unit_name(struct county *c, struct rng *r, int s, int subkind,
	    int township, char *out, size_t outlen);
/* A hazard description for sector s and level into out (variant 1: a
 * gas hazard at a user's premises, or a road hazard); returns the
 * criterion_id it cites, or 0. */
int64_t	hazard_text(struct rng *r, int s, int major, int variant, char *out,
	    size_t outlen);
/* 1 when sector s has a major-hazard description template. */
int	sector_has_major(int s);
/* Insert the hazard criteria and the holiday calendar (codes.c calls
 * them). */
void	gen_criteria(struct gen *g);
void	gen_holidays(struct gen *g);

#endif
