/*
 * data/gen/targets.c -- what each year of each county holds.
 *
 * report_county_plan is the bundled county, one column per year; its 2023
 * column is the county's 2023 report (../shared/DOMAIN.md §1).  The
 * generator makes exactly that many individual records, so the figures
 * come out by counting rows, and the tests check them by counting.  The
 * other years are this county's own history: fewer hazards found before
 * the 2023 campaign, improvement after the report named its weak spots
 * (construction and gas major hazards, assistance, insurance, township
 * inspectors).
 *
 * Every other county of a province derives its plan from the same years,
 * scaled by its size and drawn with its own rates (plan_county).
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "data/gen/gen.h"

/* Sector columns: it hc fw mn cons se gas tr fire sbh tour water campus
 * agri fish other.  Department columns: sac emb miit psb hud edu
 * urban_cultour trans samr fire agri water commerce natres. */
static const struct year_plan report_county_plan[NYEARS] = {
{
	.year = 2021,
	.general_found = 812, .general_rectified = 741,
	.transport_general = -1, .hazchem_general = -1,
	.major_found = 21, .major_by_dept = 9, .major_rectified = 19,
	.major_by_sector = { 12, 0, 0, 0, 2, 2, 0, 2, 2, 1 },
	.dept_inspections = 420,
	.penalties = 18, .fines_yuan = 86000, .traffic_cases = 22,
	.assisted_units = { 0, 10, 1, 0, 2, 0, 1, 3, 2, 2, 1, 1, 1, 0 },
	.meetings = 26, .major_hazard_sessions = 0, .warning_education = 0,
	.leader_inspections = { 1, 1, 1, 0, 1 },
	.drills = 48, .drill_people = 1010, .trainings = 31,
	.training_people = 602, .community = 41, .community_people = 2680,
	.leaflet_batches = 12, .leaflets = 13450, .sms_batches = 4,
	.sms = 20000,
	.overload_ops = 18, .weighings = 920, .over_limit = 27,
	.upgrade_plan_m = 24600, .upgrade_done_m = 22870,
	.upgrade_plan_yuan = 82400000, .upgrade_done_yuan = 74900000,
	.safety_plan_m = 6000, .safety_done_m = 6200,
	.safety_plan_yuan = 3300000, .safety_done_yuan = 3410000,
	.cleanup_actions = 6, .signs = 11, .signs_m2 = 150,
	.debris_places = 14, .debris_m3 = 31, .vendors = 5,
	.cleanup_leaflets = 180,
	.coverage_permille = { 0, 900, 1000, 800, 280, 0, 0, 300, 0, 0, 0,
	    0, 0, 0, 500, 0 },
	.smelting_permille = 1000, .voluntary_permille = 150,
	.inspectors_fulltime = 6, .inspectors_parttime = 14,
	.city_inspectors_avg = 4.1,
	.alarm_permille = 310,
},
{
	.year = 2022,
	.general_found = 1043, .general_rectified = 902,
	.transport_general = -1, .hazchem_general = -1,
	.major_found = 46, .major_by_dept = 14, .major_rectified = 40,
	.major_by_sector = { 30, 2, 0, 0, 2, 4, 0, 3, 3, 2 },
	.dept_inspections = 510,
	.penalties = 25, .fines_yuan = 97500, .traffic_cases = 28,
	.assisted_units = { 0, 14, 0, 1, 1, 0, 1, 4, 3, 3, 1, 1, 2, 1 },
	.meetings = 29, .major_hazard_sessions = 2, .warning_education = 0,
	.leader_inspections = { 2, 0, 1, 1, 1 },
	.drills = 55, .drill_people = 1187, .trainings = 40,
	.training_people = 788, .community = 50, .community_people = 3120,
	.leaflet_batches = 15, .leaflets = 16280, .sms_batches = 6,
	.sms = 30000,
	.overload_ops = 24, .weighings = 1310, .over_limit = 30,
	.upgrade_plan_m = 27300, .upgrade_done_m = 26020,
	.upgrade_plan_yuan = 95800000, .upgrade_done_yuan = 88300000,
	.safety_plan_m = 7000, .safety_done_m = 6800,
	.safety_plan_yuan = 3900000, .safety_done_yuan = 3760000,
	.cleanup_actions = 7, .signs = 15, .signs_m2 = 205,
	.debris_places = 19, .debris_m3 = 40, .vendors = 6,
	.cleanup_leaflets = 240,
	.coverage_permille = { 0, 950, 1000, 830, 330, 0, 0, 360, 0, 0, 0,
	    0, 0, 0, 560, 0 },
	.smelting_permille = 1000, .voluntary_permille = 170,
	.inspectors_fulltime = 7, .inspectors_parttime = 15,
	.city_inspectors_avg = 4.3,
	.alarm_permille = 420,
},
{
	/* The 2023 report, figure by figure. */
	.year = 2023,
	.general_found = 1324, .general_rectified = 1121,	/* 84.7%, not 96% */
	.transport_general = 25, .transport_all_rectified = 1,	/* 30 traffic hazards with the 5 majors */
	.hazchem_general = 32, .hazchem_joint_check = 1,	/* all rectified */
	.major_found = 98, .major_by_dept = 11, .major_rectified = 88,
	/* 工贸77 特种设备7 交通运输5 消防4 建筑施工3 自建房1 燃气0, and one
	 * the report does not name: 烟花爆竹 1 (sums to 98). */
	.major_by_sector = { 77, 0, 1, 0, 3, 7, 0, 5, 4, 1 },
	.dept_inspections = 640,
	.penalties = 32, .fines_yuan = 123500,	/* "12余万元" */
	.traffic_cases = 35,
	/* 工信、公安、住建、教育、城管文旅: 0 (the five of the report) */
	.assisted_units = { 0, 18, 0, 0, 0, 0, 0, 6, 5, 4, 2, 2, 3, 1 },
	.meetings = 34, .major_hazard_sessions = 7, .warning_education = 1,
	/* 两节 2, 两会 1, 五一 2, 端午 1 */
	.leader_inspections = { 2, 1, 2, 1, 0 },
	.drills = 72, .drill_people = 1521, .trainings = 52,
	.training_people = 970, .community = 69, .community_people = 4502,
	.leaflet_batches = 24, .leaflets = 20360,	/* "2万余份" */
	.sms_batches = 8, .sms = 40000,
	.overload_ops = 30, .weighings = 1650, .over_limit = 29,
	/* 19.518 km of 29.98 = 65.1%; 5712万 of 11091万 = 51.5% */
	.upgrade_plan_m = 29980, .upgrade_done_m = 19518,
	.upgrade_plan_yuan = 110910000, .upgrade_done_yuan = 57120000,
	.safety_plan_m = 7500, .safety_done_m = 8000,	/* over plan */
	.safety_plan_yuan = 4200000, .safety_done_yuan = 4480000,
	.cleanup_actions = 9, .signs = 19, .signs_m2 = 281,	/* "约280平方" */
	.debris_places = 26, .debris_m3 = 52, .vendors = 8,
	.cleanup_leaflets = 320,	/* "300余份" */
	.coach_fire_campaign = 1,
	.equipment_campaign = 1, .equipment_defects = 19,
	.equipment_fixed = 17,
	/* transport and construction under 50% */
	.coverage_permille = { 0, 1000, 1000, 830, 400, 0, 0, 420, 0, 0, 0,
	    0, 0, 0, 750, 0 },
	.smelting_permille = 1000, .voluntary_permille = 190,
	.inspectors_fulltime = 8, .inspectors_parttime = 16,
	.city_inspectors_avg = 4.6,
	.alarm_permille = 610,
},
{
	.year = 2024,
	.general_found = 1488, .general_rectified = 1342,
	.transport_general = -1, .hazchem_general = -1,
	.major_found = 83, .major_by_dept = 24, .major_rectified = 77,
	.major_by_sector = { 52, 3, 1, 0, 7, 6, 2, 5, 4, 2, 1 },
	.dept_inspections = 700,
	.penalties = 41, .fines_yuan = 168200, .traffic_cases = 41,
	.assisted_units = { 0, 21, 3, 2, 5, 1, 3, 7, 6, 5, 2, 2, 3, 1 },
	.meetings = 31, .major_hazard_sessions = 4, .warning_education = 1,
	.leader_inspections = { 2, 1, 2, 1, 2 },
	.drills = 79, .drill_people = 1702, .trainings = 58,
	.training_people = 1130, .community = 73, .community_people = 4810,
	.leaflet_batches = 26, .leaflets = 22740, .sms_batches = 9,
	.sms = 45000,
	.overload_ops = 34, .weighings = 1890, .over_limit = 32,
	.upgrade_plan_m = 30200, .upgrade_done_m = 28940,
	.upgrade_plan_yuan = 104600000, .upgrade_done_yuan = 97300000,
	.safety_plan_m = 9000, .safety_done_m = 9350,
	.safety_plan_yuan = 5100000, .safety_done_yuan = 5260000,
	.cleanup_actions = 10, .signs = 23, .signs_m2 = 318,
	.debris_places = 22, .debris_m3 = 47, .vendors = 11,
	.cleanup_leaflets = 360,
	.coverage_permille = { 0, 1000, 1000, 1000, 550, 0, 0, 580, 0, 0, 0,
	    0, 0, 0, 750, 0 },
	.smelting_permille = 1000, .voluntary_permille = 220,
	.inspectors_fulltime = 14, .inspectors_parttime = 22,
	.city_inspectors_avg = 4.8,
	.alarm_permille = 860,
},
{
	.year = 2025,
	.general_found = 1391, .general_rectified = 1296,
	.transport_general = -1, .hazchem_general = -1,
	.major_found = 71, .major_by_dept = 22, .major_rectified = 66,
	.major_by_sector = { 41, 2, 0, 0, 8, 5, 3, 5, 4, 2, 1 },
	.dept_inspections = 680,
	.penalties = 38, .fines_yuan = 151000, .traffic_cases = 37,
	.assisted_units = { 0, 20, 4, 2, 6, 2, 4, 7, 6, 5, 3, 2, 3, 2 },
	.meetings = 30, .major_hazard_sessions = 3, .warning_education = 0,
	.leader_inspections = { 2, 1, 1, 1, 2 },
	.drills = 84, .drill_people = 1795, .trainings = 61,
	.training_people = 1196, .community = 70, .community_people = 4655,
	.leaflet_batches = 25, .leaflets = 21900, .sms_batches = 10,
	.sms = 50000,
	.overload_ops = 36, .weighings = 2040, .over_limit = 25,
	.upgrade_plan_m = 28000, .upgrade_done_m = 27150,
	.upgrade_plan_yuan = 99800000, .upgrade_done_yuan = 95200000,
	.safety_plan_m = 9500, .safety_done_m = 9100,
	.safety_plan_yuan = 5400000, .safety_done_yuan = 5170000,
	.cleanup_actions = 8, .signs = 14, .signs_m2 = 196,
	.debris_places = 18, .debris_m3 = 35, .vendors = 7,
	.cleanup_leaflets = 300,
	.coverage_permille = { 0, 1000, 1000, 1000, 680, 0, 0, 710, 0, 0, 0,
	    0, 0, 0, 800, 0 },
	.smelting_permille = 1000, .voluntary_permille = 250,
	.inspectors_fulltime = 18, .inspectors_parttime = 26,
	.city_inspectors_avg = 5.0,
	.alarm_permille = 940,
},
};

/* A count scaled by `factor` with multiplicative noise, at least `min`. */
static int
scaled(struct rng *r, double base, double factor, double noise, int min)
{
	double	v = base * factor * exp(noise * rng_normal(r));
	int	n = (int)floor(v + 0.5);

	return n < min ? min : n;
}

/* Clamp x into [lo, hi]. */
static double
clampd(double x, double lo, double hi)
{
	return x < lo ? lo : x > hi ? hi : x;
}

/* The plan of a province county: county 1's years scaled by its size
 * and drawn with its own rates, so counties differ in size, rates and
 * year-to-year changes while keeping one shape. */
static void
plan_other(struct county *c, struct rng *r)
{
	const struct year_plan	*b;
	struct year_plan	*p;
	double			 sz = c->size, rate, share, dept_share, w[NSECTORS];
	double			 major_factor = exp(0.3 * rng_normal(r));
	int			 y, s, d, k, n;

	/* Which sectors find majors follows county 1's five years. */
	for (s = 0; s < NSECTORS; s++) {
		/* Only where a criterion (and so a description) exists. */
		w[s] = sector_has_major(s) ? 0.3 : 0;
		for (y = 0; y < NYEARS; y++)
			w[s] += report_county_plan[y].major_by_sector[s];
		w[s] *= exp(0.4 * rng_normal(r));
	}
	for (y = 0; y < NYEARS; y++) {
		b = &report_county_plan[y];
		p = &c->plan[y];
		memset(p, 0, sizeof *p);
		p->year = b->year;
		p->transport_general = p->hazchem_general = -1;
		p->general_found = scaled(r, b->general_found, sz, 0.12, 50);
		rate = clampd(c->rate + 0.02 * (y - 2) + 0.025 * rng_normal(r),
		    0.6, 0.985);
		p->general_rectified = (int)floor(p->general_found * rate + 0.5);
		p->major_found = scaled(r, b->major_found, sz * major_factor,
		    0.15, 1);
		dept_share = clampd(0.2 + 0.08 * rng_normal(r), 0.05, 0.5);
		p->major_by_dept = (int)floor(p->major_found * dept_share + 0.5);
		share = clampd(rate - 0.03 + 0.04 * rng_normal(r), 0.5, 1.0);
		p->major_rectified = (int)floor(p->major_found * share + 0.5);
		for (k = 0; k < p->major_found; k++)
			p->major_by_sector[rng_weighted(r, w, NSECTORS)]++;
		p->dept_inspections = scaled(r, b->dept_inspections,
		    pow(sz, 0.6), 0.15, 20);
		p->penalties = scaled(r, b->penalties, pow(sz, 0.9), 0.25, 1);
		p->fines_yuan = (int64_t)p->penalties *
		    rng_range(r, 25, 60) * 100;
		p->traffic_cases = scaled(r, b->traffic_cases, pow(sz, 0.7),
		    0.25, 1);
		for (d = 0; d < NDEPTS; d++) {
			n = b->assisted_units[d] + (int)rng_range(r, 0, 2);
			p->assisted_units[d] = rng_chance(r, 0.15) ? 0 :
			    scaled(r, n, pow(sz, 0.5), 0.3, 0);
		}
		p->assisted_units[DEPT_SAC] = 0;
		p->meetings = scaled(r, b->meetings, pow(sz, 0.15), 0.15, 8);
		p->major_hazard_sessions = b->major_hazard_sessions > 0 ?
		    (int)rng_range(r, 1, 8) : 0;
		if (p->major_hazard_sessions >= p->meetings)
			p->major_hazard_sessions = p->meetings / 2;
		p->warning_education = b->warning_education;
		for (k = 0; k < NKEYPERIODS; k++)
			p->leader_inspections[k] = (int)rng_range(r, 0, 2);
		p->drills = scaled(r, b->drills, pow(sz, 0.8), 0.2, 5);
		p->drill_people = p->drills * (int)rng_range(r, 15, 30);
		p->trainings = scaled(r, b->trainings, pow(sz, 0.8), 0.2, 5);
		p->training_people = p->trainings * (int)rng_range(r, 12, 25);
		p->community = scaled(r, b->community, pow(sz, 0.8), 0.2, 5);
		p->community_people = p->community * (int)rng_range(r, 45, 80);
		p->leaflet_batches = scaled(r, b->leaflet_batches,
		    pow(sz, 0.5), 0.2, 3);
		p->leaflets = (int64_t)p->leaflet_batches *
		    rng_range(r, 60, 110) * 10;
		p->sms_batches = scaled(r, b->sms_batches, pow(sz, 0.3), 0.2, 1);
		p->sms = (int64_t)p->sms_batches * rng_range(r, 3, 8) * 1000;
		p->overload_ops = scaled(r, b->overload_ops, pow(sz, 0.35),
		    0.2, 4);
		p->weighings = p->overload_ops * (int)rng_range(r, 25, 60);
		p->over_limit = (int)floor(p->weighings *
		    clampd(0.018 + 0.007 * rng_normal(r), 0.004, 0.032) + 0.5);
		p->upgrade_plan_m = scaled(r, b->upgrade_plan_m, pow(sz, 0.5),
		    0.2, 1000);
		p->upgrade_done_m = (int64_t)(p->upgrade_plan_m *
		    clampd(0.9 + 0.12 * rng_normal(r), 0.45, 1.15));
		p->upgrade_plan_yuan = p->upgrade_plan_m *
		    rng_range(r, 2800, 4200);
		p->upgrade_done_yuan = (int64_t)(p->upgrade_plan_yuan *
		    clampd(0.88 + 0.12 * rng_normal(r), 0.4, 1.15));
		p->safety_plan_m = scaled(r, b->safety_plan_m, pow(sz, 0.5),
		    0.2, 500);
		p->safety_done_m = (int64_t)(p->safety_plan_m *
		    clampd(0.97 + 0.08 * rng_normal(r), 0.6, 1.2));
		p->safety_plan_yuan = p->safety_plan_m * rng_range(r, 450, 650);
		p->safety_done_yuan = (int64_t)(p->safety_plan_yuan *
		    clampd(0.97 + 0.08 * rng_normal(r), 0.6, 1.2));
		p->cleanup_actions = scaled(r, b->cleanup_actions,
		    pow(sz, 0.4), 0.2, 2);
		p->signs = scaled(r, b->signs, pow(sz, 0.4), 0.3, 0);
		p->signs_m2 = p->signs * (int)rng_range(r, 8, 20);
		p->debris_places = scaled(r, b->debris_places, pow(sz, 0.4),
		    0.3, 0);
		p->debris_m3 = p->debris_places * (int)rng_range(r, 1, 3);
		p->vendors = scaled(r, b->vendors, pow(sz, 0.4), 0.4, 0);
		p->cleanup_leaflets = p->cleanup_actions *
		    (int)rng_range(r, 20, 50);
		p->coach_fire_campaign = b->coach_fire_campaign;
		p->equipment_campaign = b->equipment_campaign;
		for (s = 0; s < NSECTORS; s++)
			if (sector_info[s].mandatory)
				p->coverage_permille[s] = (int)clampd(
				    b->coverage_permille[s] + 150 *
				    rng_normal(r), 150, 1000);
		p->smelting_permille = (int)rng_range(r, 700, 1000);
		p->voluntary_permille = (int)rng_range(r, 80, 300);
		p->city_inspectors_avg = b->city_inspectors_avg;
		p->alarm_permille = (int)clampd(b->alarm_permille +
		    120 * rng_normal(r), 100, 1000);
	}
}

void
plan_county(struct county *c)
{
	struct rng	r;
	int		y;

	if (c->index == 1) {
		for (y = 0; y < NYEARS; y++)
			c->plan[y] = report_county_plan[y];
		return;
	}
	county_rng(c, AREA_PLAN, &r);
	plan_other(c, &r);
}
