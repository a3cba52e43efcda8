-- data/schema.sql -- the safestat dataset, schema version 1.
--
-- One SQLite file holds the ledgers of one county (the bundled dataset) or
-- of many (a province).  Ledger first: one row per hazard, case,
-- inspection, drill, weighing, visitor-day ...; every report figure is a
-- query, and nothing here stores a total that a query could compute.
-- docs/data.md documents every table and column and maps each figure of
-- the 2023 report to the query that gives it.
--
-- Conventions
--   * money: INTEGER yuan; lengths: INTEGER metres; areas m2, volumes m3;
--     vehicle dimensions INTEGER millimetres; masses INTEGER kilograms;
--   * dates: TEXT 'YYYY-MM-DD', checked to be real calendar dates;
--   * codes are lower-case English words; every code has Chinese and
--     English names, in its own table or in code_label;
--   * the county: township-bound records carry township_id (township ->
--     county); county-wide records carry county_id;
--   * constraints are named <table>_<what must hold>, so that a rejected
--     row says why ("CHECK constraint failed: hazard_level_is_known").
--
-- SQLite-specific parts (everything else is plain SQL): the real-date
-- checks use date(julianday(x)) (elsewhere: a DATE column type); the
-- calendar and accident views use date(), julianday() and strftime();
-- INTEGER PRIMARY KEY is SQLite's rowid alias (elsewhere: an identity
-- column).  Foreign keys are enforced only when a connection turns on
-- PRAGMA foreign_keys; the CHECK constraints always are.

-- What the file is: kind (county | province), generator, seed, counties.
CREATE TABLE dataset_info (
	key	TEXT PRIMARY KEY,
	value	TEXT NOT NULL
);

-- Display names of the codes that CHECK constraints enumerate (hazard
-- level, outreach kind, venue ...): list is the column, code the value.
CREATE TABLE code_label (
	list		TEXT NOT NULL,
	code		TEXT NOT NULL,
	name_zh		TEXT NOT NULL,
	name_en		TEXT NOT NULL,
	sort_order	INTEGER NOT NULL,
	PRIMARY KEY (list, code)
);

------------------------------------------------------------------------
-- Code tables
------------------------------------------------------------------------

-- Accident-statistics groups (工矿商贸, 道路运输, 火灾 ...).
CREATE TABLE stat_group (
	code		TEXT PRIMARY KEY,
	name_zh		TEXT NOT NULL UNIQUE,
	name_en		TEXT NOT NULL,
	report_order	INTEGER NOT NULL UNIQUE
);

-- County departments (bureaus) by kind; a record's county says which
-- county's bureau it was.
CREATE TABLE department (
	code		TEXT PRIMARY KEY,
	name_zh		TEXT NOT NULL UNIQUE,
	short_zh	TEXT NOT NULL UNIQUE,	-- as reports write it: 工信, 公安
	name_en		TEXT NOT NULL,
	kind		TEXT NOT NULL,
	report_order	INTEGER NOT NULL UNIQUE,
	CONSTRAINT department_kind_is_known
	    CHECK (kind IN ('regulator', 'committee'))
);

-- Sectors (行业领域) in the report's order, with the department that
-- regulates each, whether safety-liability insurance is mandatory, and the
-- days within which accident casualties may be revised (30; 7 for road
-- traffic and fire).
CREATE TABLE sector (
	code			TEXT PRIMARY KEY,
	name_zh			TEXT NOT NULL UNIQUE,
	name_en			TEXT NOT NULL UNIQUE,
	stat_group		TEXT NOT NULL REFERENCES stat_group (code),
	dept			TEXT NOT NULL REFERENCES department (code),
	insurance_mandatory	INTEGER NOT NULL,
	revision_days		INTEGER NOT NULL,
	report_order		INTEGER NOT NULL UNIQUE,
	CONSTRAINT sector_insurance_mandatory_is_0_or_1
	    CHECK (insurance_mandatory IN (0, 1)),
	CONSTRAINT sector_revision_days_is_positive
	    CHECK (revision_days > 0)
);

-- Who found a hazard: department inspection, enterprise self-inspection,
-- township, higher-level check, public report, third party.
CREATE TABLE finder_kind (
	code		TEXT PRIMARY KEY,
	name_zh		TEXT NOT NULL UNIQUE,
	name_en		TEXT NOT NULL,
	report_order	INTEGER NOT NULL UNIQUE
);

-- Accident grades of State Council Decree 493, Art. 3, as data: an
-- accident takes the most severe grade (lowest severity_rank) any of its
-- three measures reaches; the minimums are inclusive ("以上含本数").
CREATE TABLE accident_grade (
	code			TEXT PRIMARY KEY,
	severity_rank		INTEGER NOT NULL UNIQUE,
	name_zh			TEXT NOT NULL UNIQUE,
	name_en			TEXT NOT NULL,
	min_deaths		INTEGER NOT NULL,
	min_serious_injuries	INTEGER NOT NULL,
	min_direct_loss_yuan	INTEGER NOT NULL,
	CONSTRAINT accident_grade_minimums_not_negative
	    CHECK (min_deaths >= 0 AND min_serious_injuries >= 0
	        AND min_direct_loss_yuan >= 0)
);

-- Accident types of GB 6441-86 (01 物体打击 ... 20 其他伤害).
CREATE TABLE accident_type (
	code		TEXT PRIMARY KEY,
	name_zh		TEXT NOT NULL UNIQUE,
	name_en		TEXT NOT NULL
);

-- Holidays and key periods.  part_of names the merged holiday a kind
-- becomes part of in years when the two coincide (mid_autumn and
-- national_day -> mid_autumn_national_day in 2023 and 2025).
-- new_year_spring ("两节") is a key period for inspections with no dates
-- of its own; two_sessions (两会) has dates but is not a day off.
CREATE TABLE period_kind (
	code		TEXT PRIMARY KEY,
	name_zh		TEXT NOT NULL UNIQUE,
	name_en		TEXT NOT NULL,
	public_holiday	INTEGER NOT NULL,
	part_of		TEXT REFERENCES period_kind (code),
	report_order	INTEGER NOT NULL UNIQUE,
	CONSTRAINT period_kind_public_holiday_is_0_or_1
	    CHECK (public_holiday IN (0, 1))
);

-- Dates of each holiday (and of the Two Sessions) per year, as the State
-- Council's notice for that year sets them; year is the notice's year
-- (the 2024 New Year holiday began on 2023-12-30).
CREATE TABLE holiday (
	kind		TEXT NOT NULL REFERENCES period_kind (code),
	year		INTEGER NOT NULL,
	first_day	TEXT NOT NULL,
	last_day	TEXT NOT NULL,
	PRIMARY KEY (kind, year),
	CONSTRAINT holiday_first_day_is_real_date
	    CHECK (date(julianday(first_day)) IS first_day),
	CONSTRAINT holiday_last_day_is_real_date
	    CHECK (date(julianday(last_day)) IS last_day),
	CONSTRAINT holiday_last_day_not_before_first
	    CHECK (last_day >= first_day)
);

-- Weekend days worked to make up for a holiday (调休上班).
CREATE TABLE makeup_workday (
	day		TEXT PRIMARY KEY,
	kind		TEXT NOT NULL,
	year		INTEGER NOT NULL,
	FOREIGN KEY (kind, year) REFERENCES holiday (kind, year),
	CONSTRAINT makeup_workday_day_is_real_date
	    CHECK (date(julianday(day)) IS day)
);

-- Special campaigns (专项行动) that ledger rows may belong to.
CREATE TABLE campaign (
	code		TEXT PRIMARY KEY,
	name_zh		TEXT NOT NULL UNIQUE,
	name_en		TEXT NOT NULL,
	lead_dept	TEXT NOT NULL REFERENCES department (code),
	first_day	TEXT NOT NULL,
	last_day	TEXT NOT NULL,
	CONSTRAINT campaign_first_day_is_real_date
	    CHECK (date(julianday(first_day)) IS first_day),
	CONSTRAINT campaign_last_day_is_real_date
	    CHECK (date(julianday(last_day)) IS last_day),
	CONSTRAINT campaign_last_day_not_before_first
	    CHECK (last_day >= first_day)
);

-- Criteria a hazard is judged by: the sector's standard and clause, and
-- whether meeting it makes a major hazard (重大事故隐患判定标准).
CREATE TABLE hazard_criterion (
	criterion_id	INTEGER PRIMARY KEY,
	sector		TEXT NOT NULL REFERENCES sector (code),
	standard	TEXT NOT NULL,
	clause		TEXT NOT NULL,
	text_zh		TEXT NOT NULL,
	major		INTEGER NOT NULL,
	UNIQUE (standard, clause),
	CONSTRAINT hazard_criterion_major_is_0_or_1 CHECK (major IN (0, 1))
);

-- Kinds of enforcement case; category separates work-safety
-- administrative penalties (安全生产行政处罚) from traffic violations.
CREATE TABLE case_kind (
	code		TEXT PRIMARY KEY,
	category	TEXT NOT NULL,
	name_zh		TEXT NOT NULL UNIQUE,
	name_en		TEXT NOT NULL,
	CONSTRAINT case_kind_category_is_known
	    CHECK (category IN ('safety', 'traffic'))
);

-- Kinds of safety meeting, among them the special study/deployment
-- sessions on major hazards and the warning-education meeting.
CREATE TABLE meeting_kind (
	code		TEXT PRIMARY KEY,
	name_zh		TEXT NOT NULL UNIQUE,
	name_en		TEXT NOT NULL
);

------------------------------------------------------------------------
-- Name aliases (the plugins' name lookups)
------------------------------------------------------------------------

-- Other names analysts type for a sector or a department -- the report's
-- own shorthand (危化品, 燃气, 特设) and the common short forms of bureau
-- names (住建局) -- each resolving to the code of its list.  Lookups
-- accept them beside the names of the code tables, and suggest them when
-- nothing matches.  list: 'sector' | 'department'; an alias is unique in
-- its list and never another row's own name there.
CREATE TABLE name_alias (
	list	TEXT NOT NULL,
	alias	TEXT NOT NULL,
	code	TEXT NOT NULL,
	PRIMARY KEY (list, alias),
	CONSTRAINT name_alias_list_is_known
	    CHECK (list IN ('sector', 'department'))
);

------------------------------------------------------------------------
-- Places
------------------------------------------------------------------------

CREATE TABLE city (
	city_id		INTEGER PRIMARY KEY,
	code		TEXT NOT NULL UNIQUE,	-- 4-digit region code
	name_zh		TEXT NOT NULL UNIQUE,
	name_en		TEXT NOT NULL
);

-- Counties; ledger = 1 when this file holds the county's ledgers (the
-- bundled file also lists its neighbours, for the risk index only).
CREATE TABLE county (
	county_id	INTEGER PRIMARY KEY,
	code		TEXT NOT NULL UNIQUE,	-- 6-digit region code
	name_zh		TEXT NOT NULL UNIQUE,
	name_en		TEXT NOT NULL,
	city_id		INTEGER NOT NULL REFERENCES city (city_id),
	ledger		INTEGER NOT NULL,
	CONSTRAINT county_ledger_is_0_or_1 CHECK (ledger IN (0, 1))
);

-- Townships (镇, 乡, 街道, development zones) of a county.
CREATE TABLE township (
	township_id	INTEGER PRIMARY KEY,
	county_id	INTEGER NOT NULL REFERENCES county (county_id),
	code		TEXT NOT NULL UNIQUE,	-- 9-digit region code
	name_zh		TEXT NOT NULL,
	name_en		TEXT NOT NULL,
	kind		TEXT NOT NULL,
	UNIQUE (county_id, name_zh),
	CONSTRAINT township_kind_is_known
	    CHECK (kind IN ('town', 'township', 'subdistrict', 'zone'))
);

-- Full- and part-time technical inspectors (专兼职技术检查员) a township
-- has on staff at the end of a year.
CREATE TABLE township_staff (
	township_id		INTEGER NOT NULL REFERENCES township (township_id),
	year			INTEGER NOT NULL,
	inspectors_fulltime	INTEGER NOT NULL,
	inspectors_parttime	INTEGER NOT NULL,
	PRIMARY KEY (township_id, year),
	CONSTRAINT township_staff_not_negative
	    CHECK (inspectors_fulltime >= 0 AND inspectors_parttime >= 0)
);

------------------------------------------------------------------------
-- Units (enterprises and other regulated places) and their insurance
------------------------------------------------------------------------

-- key_unit: a key enterprise (重点企业) that departments assist;
-- metal_smelting: a smelting unit inside industry & trade, for which
-- safety-liability insurance is mandatory although the sector's is not.
CREATE TABLE unit (
	unit_id		INTEGER PRIMARY KEY,
	township_id	INTEGER NOT NULL REFERENCES township (township_id),
	sector		TEXT NOT NULL REFERENCES sector (code),
	name_zh		TEXT NOT NULL,
	key_unit	INTEGER NOT NULL DEFAULT 0,
	metal_smelting	INTEGER NOT NULL DEFAULT 0,
	employees	INTEGER NOT NULL,
	opened_date	TEXT NOT NULL,
	closed_date	TEXT,
	CONSTRAINT unit_key_unit_is_0_or_1 CHECK (key_unit IN (0, 1)),
	CONSTRAINT unit_metal_smelting_is_0_or_1
	    CHECK (metal_smelting IN (0, 1)),
	CONSTRAINT unit_employees_not_negative CHECK (employees >= 0),
	CONSTRAINT unit_opened_date_is_real_date
	    CHECK (date(julianday(opened_date)) IS opened_date),
	CONSTRAINT unit_closed_date_is_real_date
	    CHECK (date(julianday(closed_date)) IS closed_date),
	CONSTRAINT unit_closed_not_before_opened
	    CHECK (closed_date IS NULL OR closed_date >= opened_date)
);

-- Safety-liability insurance (安全生产责任保险) policies; a unit is
-- insured on day D when start_date <= D <= end_date.
CREATE TABLE insurance_policy (
	policy_id	INTEGER PRIMARY KEY,
	unit_id		INTEGER NOT NULL REFERENCES unit (unit_id),
	insurer		TEXT NOT NULL,
	start_date	TEXT NOT NULL,
	end_date	TEXT NOT NULL,
	insured_persons	INTEGER NOT NULL,
	premium_yuan	INTEGER NOT NULL,
	CONSTRAINT insurance_policy_start_date_is_real_date
	    CHECK (date(julianday(start_date)) IS start_date),
	CONSTRAINT insurance_policy_end_date_is_real_date
	    CHECK (date(julianday(end_date)) IS end_date),
	CONSTRAINT insurance_policy_end_not_before_start
	    CHECK (end_date >= start_date),
	CONSTRAINT insurance_policy_persons_not_negative
	    CHECK (insured_persons >= 0),
	CONSTRAINT insurance_policy_premium_not_negative
	    CHECK (premium_yuan >= 0)
);

------------------------------------------------------------------------
-- Supervision: inspections, hazards, enforcement, assistance
------------------------------------------------------------------------

-- An inspection by a department (of a unit, or of a place when unit_id is
-- NULL); leader_led when the county's principal leaders led it, key_period
-- the holiday or key period it was made for ("两节", 两会, 五一 ...).
CREATE TABLE inspection (
	inspection_id	INTEGER PRIMARY KEY,
	township_id	INTEGER NOT NULL REFERENCES township (township_id),
	unit_id		INTEGER REFERENCES unit (unit_id),
	dept		TEXT NOT NULL REFERENCES department (code),
	inspect_date	TEXT NOT NULL,
	leader_led	INTEGER NOT NULL DEFAULT 0,
	key_period	TEXT REFERENCES period_kind (code),
	joint		INTEGER NOT NULL DEFAULT 0,	-- with other departments
	campaign	TEXT REFERENCES campaign (code),
	CONSTRAINT inspection_inspect_date_is_real_date
	    CHECK (date(julianday(inspect_date)) IS inspect_date),
	CONSTRAINT inspection_leader_led_is_0_or_1
	    CHECK (leader_led IN (0, 1)),
	CONSTRAINT inspection_joint_is_0_or_1 CHECK (joint IN (0, 1))
);

-- The hazard ledger (隐患台账): one row per hazard.  A hazard is open on
-- day D when found_date <= D and (rectified_date IS NULL or
-- rectified_date > D); overdue when also deadline_date < D.
CREATE TABLE hazard (
	hazard_id	INTEGER PRIMARY KEY,
	township_id	INTEGER NOT NULL REFERENCES township (township_id),
	unit_id		INTEGER REFERENCES unit (unit_id),	-- NULL: roads, public places
	sector		TEXT NOT NULL REFERENCES sector (code),
	level		TEXT NOT NULL,
	finder_kind	TEXT NOT NULL REFERENCES finder_kind (code),
	finder_dept	TEXT REFERENCES department (code),
	inspection_id	INTEGER REFERENCES inspection (inspection_id),
	found_date	TEXT NOT NULL,
	deadline_date	TEXT NOT NULL,
	rectified_date	TEXT,
	criterion_id	INTEGER REFERENCES hazard_criterion (criterion_id),
	campaign	TEXT REFERENCES campaign (code),
	description	TEXT NOT NULL,
	CONSTRAINT hazard_level_is_known
	    CHECK (level IN ('general', 'major')),
	CONSTRAINT hazard_found_date_is_real_date
	    CHECK (date(julianday(found_date)) IS found_date),
	CONSTRAINT hazard_deadline_date_is_real_date
	    CHECK (date(julianday(deadline_date)) IS deadline_date),
	CONSTRAINT hazard_rectified_date_is_real_date
	    CHECK (date(julianday(rectified_date)) IS rectified_date),
	CONSTRAINT hazard_deadline_not_before_found
	    CHECK (deadline_date >= found_date),
	CONSTRAINT hazard_rectified_not_before_found
	    CHECK (rectified_date IS NULL OR rectified_date >= found_date),
	CONSTRAINT hazard_department_finder_names_department
	    CHECK (finder_kind <> 'dept' OR finder_dept IS NOT NULL),
	CONSTRAINT hazard_description_not_empty
	    CHECK (length(description) > 0)
);

-- Enforcement cases: work-safety administrative penalties and traffic
-- violations (case_kind.category); fines in yuan.
CREATE TABLE enforcement_case (
	case_id		INTEGER PRIMARY KEY,
	township_id	INTEGER NOT NULL REFERENCES township (township_id),
	unit_id		INTEGER REFERENCES unit (unit_id),	-- NULL: a person
	dept		TEXT NOT NULL REFERENCES department (code),
	sector		TEXT NOT NULL REFERENCES sector (code),
	kind		TEXT NOT NULL REFERENCES case_kind (code),
	decided_date	TEXT NOT NULL,
	fine_yuan	INTEGER NOT NULL,
	hazard_id	INTEGER REFERENCES hazard (hazard_id),
	description	TEXT NOT NULL,
	CONSTRAINT enforcement_case_decided_date_is_real_date
	    CHECK (date(julianday(decided_date)) IS decided_date),
	CONSTRAINT enforcement_case_fine_not_negative CHECK (fine_yuan >= 0)
);

-- A department's assistance visit (帮扶指导) to a key enterprise.
CREATE TABLE assistance_visit (
	visit_id	INTEGER PRIMARY KEY,
	dept		TEXT NOT NULL REFERENCES department (code),
	unit_id		INTEGER NOT NULL REFERENCES unit (unit_id),
	visit_date	TEXT NOT NULL,
	topic		TEXT NOT NULL,
	CONSTRAINT assistance_visit_visit_date_is_real_date
	    CHECK (date(julianday(visit_date)) IS visit_date)
);

------------------------------------------------------------------------
-- Meetings, outreach, publicity
------------------------------------------------------------------------

CREATE TABLE meeting (
	meeting_id	INTEGER PRIMARY KEY,
	county_id	INTEGER NOT NULL REFERENCES county (county_id),
	dept		TEXT NOT NULL REFERENCES department (code),	-- organiser
	kind		TEXT NOT NULL REFERENCES meeting_kind (code),
	held_date	TEXT NOT NULL,
	title		TEXT NOT NULL,
	CONSTRAINT meeting_held_date_is_real_date
	    CHECK (date(julianday(held_date)) IS held_date)
);

-- Drills (演练), trainings (培训) and community activities (科普宣传、情景
-- 模拟、逃生演练 ...), where they took place and how many took part.
CREATE TABLE outreach_event (
	event_id	INTEGER PRIMARY KEY,
	township_id	INTEGER NOT NULL REFERENCES township (township_id),
	unit_id		INTEGER REFERENCES unit (unit_id),
	dept		TEXT REFERENCES department (code),
	kind		TEXT NOT NULL,
	venue		TEXT NOT NULL,
	held_date	TEXT NOT NULL,
	participants	INTEGER NOT NULL,
	title		TEXT NOT NULL,
	CONSTRAINT outreach_event_kind_is_known
	    CHECK (kind IN ('drill', 'training', 'community')),
	CONSTRAINT outreach_event_venue_is_known
	    CHECK (venue IN ('enterprise', 'village', 'community', 'school', 'family')),
	CONSTRAINT outreach_event_held_date_is_real_date
	    CHECK (date(julianday(held_date)) IS held_date),
	CONSTRAINT outreach_event_participants_positive
	    CHECK (participants > 0)
);

-- Leaflets and materials handed out, SMS sent: one row per dated batch.
CREATE TABLE publicity (
	publicity_id	INTEGER PRIMARY KEY,
	county_id	INTEGER NOT NULL REFERENCES county (county_id),
	dept		TEXT NOT NULL REFERENCES department (code),
	medium		TEXT NOT NULL,
	issued_date	TEXT NOT NULL,
	quantity	INTEGER NOT NULL,
	occasion	TEXT NOT NULL,
	CONSTRAINT publicity_medium_is_known
	    CHECK (medium IN ('leaflet', 'sms')),
	CONSTRAINT publicity_issued_date_is_real_date
	    CHECK (date(julianday(issued_date)) IS issued_date),
	CONSTRAINT publicity_quantity_positive CHECK (quantity > 0)
);

------------------------------------------------------------------------
-- Accidents
------------------------------------------------------------------------

-- An accident; its casualties and loss are in accident_figures, and its
-- grade is derived (views accident_latest, accident_graded), never stored.
CREATE TABLE accident (
	accident_id	INTEGER PRIMARY KEY,
	township_id	INTEGER NOT NULL REFERENCES township (township_id),
	unit_id		INTEGER REFERENCES unit (unit_id),
	sector		TEXT NOT NULL REFERENCES sector (code),
	accident_type	TEXT NOT NULL REFERENCES accident_type (code),
	occurred_date	TEXT NOT NULL,
	summary		TEXT NOT NULL,
	CONSTRAINT accident_occurred_date_is_real_date
	    CHECK (date(julianday(occurred_date)) IS occurred_date)
);

-- The first report and each later revision (补报) of an accident's
-- figures, as separate dated rows; deaths include the missing.
CREATE TABLE accident_figures (
	accident_id		INTEGER NOT NULL REFERENCES accident (accident_id),
	reported_date		TEXT NOT NULL,
	deaths			INTEGER NOT NULL,
	serious_injuries	INTEGER NOT NULL,
	minor_injuries		INTEGER NOT NULL,
	direct_loss_yuan	INTEGER NOT NULL,
	PRIMARY KEY (accident_id, reported_date),
	CONSTRAINT accident_figures_reported_date_is_real_date
	    CHECK (date(julianday(reported_date)) IS reported_date),
	CONSTRAINT accident_figures_not_negative
	    CHECK (deaths >= 0 AND serious_injuries >= 0
	        AND minor_injuries >= 0 AND direct_loss_yuan >= 0)
);

------------------------------------------------------------------------
-- Traffic (道路交通)
------------------------------------------------------------------------

-- Key operating vehicles, 两客一危一重: tour charter buses, scheduled
-- coaches (三类以上班线客车), dangerous-goods vehicles, heavy trucks.
CREATE TABLE key_vehicle (
	vehicle_id		INTEGER PRIMARY KEY,
	unit_id			INTEGER NOT NULL REFERENCES unit (unit_id),
	plate			TEXT NOT NULL UNIQUE,
	class			TEXT NOT NULL,
	registered_date		TEXT NOT NULL,
	deregistered_date	TEXT,
	CONSTRAINT key_vehicle_class_is_known
	    CHECK (class IN ('tour_charter', 'coach', 'hazmat', 'heavy_truck')),
	CONSTRAINT key_vehicle_registered_date_is_real_date
	    CHECK (date(julianday(registered_date)) IS registered_date),
	CONSTRAINT key_vehicle_deregistered_date_is_real_date
	    CHECK (date(julianday(deregistered_date)) IS deregistered_date),
	CONSTRAINT key_vehicle_deregistered_not_before_registered
	    CHECK (deregistered_date IS NULL
	        OR deregistered_date >= registered_date)
);

-- Spontaneous-combustion checks of operating buses (5-years-or-older
-- campaign); finding is NULL when nothing was found.
CREATE TABLE vehicle_fire_check (
	check_id	INTEGER PRIMARY KEY,
	vehicle_id	INTEGER NOT NULL REFERENCES key_vehicle (vehicle_id),
	check_date	TEXT NOT NULL,
	campaign	TEXT REFERENCES campaign (code),
	finding		TEXT,
	fixed_date	TEXT,
	CONSTRAINT vehicle_fire_check_check_date_is_real_date
	    CHECK (date(julianday(check_date)) IS check_date),
	CONSTRAINT vehicle_fire_check_fixed_date_is_real_date
	    CHECK (date(julianday(fixed_date)) IS fixed_date),
	CONSTRAINT vehicle_fire_check_fixed_needs_finding
	    CHECK (fixed_date IS NULL OR (finding IS NOT NULL
	        AND fixed_date >= check_date))
);

-- Gross-mass limits by axles (《超限运输车辆行驶公路管理规定》 Art. 3);
-- max_axles NULL means "or more".
CREATE TABLE weight_limit (
	min_axles	INTEGER PRIMARY KEY,
	max_axles	INTEGER,
	max_gross_kg	INTEGER NOT NULL,
	CONSTRAINT weight_limit_axles_ordered
	    CHECK (max_axles IS NULL OR max_axles >= min_axles)
);

-- Height, width and length limits, in millimetres.
CREATE TABLE dimension_limit (
	measure		TEXT PRIMARY KEY,
	max_mm		INTEGER NOT NULL,
	CONSTRAINT dimension_limit_measure_is_known
	    CHECK (measure IN ('height', 'width', 'length'))
);

-- A joint overload-control operation (联合治超): where, when, who.
CREATE TABLE overload_operation (
	operation_id	INTEGER PRIMARY KEY,
	township_id	INTEGER NOT NULL REFERENCES township (township_id),
	op_date		TEXT NOT NULL,
	lead_dept	TEXT NOT NULL REFERENCES department (code),
	partner_dept	TEXT REFERENCES department (code),
	site		TEXT NOT NULL,
	CONSTRAINT overload_operation_op_date_is_real_date
	    CHECK (date(julianday(op_date)) IS op_date)
);

-- One weighing of one freight vehicle.  Whether it was over the limit is
-- decided by the view weighing_checked against weight_limit and
-- dimension_limit, never stored.  unloaded_kg: goods unloaded (卸载).
CREATE TABLE weighing (
	weighing_id	INTEGER PRIMARY KEY,
	operation_id	INTEGER NOT NULL REFERENCES overload_operation (operation_id),
	axles		INTEGER NOT NULL,
	gross_kg	INTEGER NOT NULL,
	height_mm	INTEGER NOT NULL,
	width_mm	INTEGER NOT NULL,
	length_mm	INTEGER NOT NULL,
	unloaded_kg	INTEGER NOT NULL DEFAULT 0,
	CONSTRAINT weighing_axles_in_range CHECK (axles BETWEEN 2 AND 12),
	CONSTRAINT weighing_measures_positive
	    CHECK (gross_kg > 0 AND height_mm > 0 AND width_mm > 0
	        AND length_mm > 0),
	CONSTRAINT weighing_unloaded_in_range
	    CHECK (unloaded_kg >= 0 AND unloaded_kg <= gross_kg)
);

-- Road projects of a year with their annual plan: 四好农村路 upgrades and
-- life-safety protection works (公路安全生命防护工程).
CREATE TABLE road_project (
	project_id		INTEGER PRIMARY KEY,
	county_id		INTEGER NOT NULL REFERENCES county (county_id),
	year			INTEGER NOT NULL,
	kind			TEXT NOT NULL,
	name_zh			TEXT NOT NULL,
	plan_length_m		INTEGER NOT NULL,
	plan_invest_yuan	INTEGER NOT NULL,
	CONSTRAINT road_project_kind_is_known
	    CHECK (kind IN ('rural_road_upgrade', 'life_safety')),
	CONSTRAINT road_project_plan_not_negative
	    CHECK (plan_length_m >= 0 AND plan_invest_yuan >= 0)
);

-- Work done on a project: one row per progress report, the metres
-- completed and the money invested since the previous report.
CREATE TABLE road_progress (
	progress_id	INTEGER PRIMARY KEY,
	project_id	INTEGER NOT NULL REFERENCES road_project (project_id),
	report_date	TEXT NOT NULL,
	length_m	INTEGER NOT NULL,
	invest_yuan	INTEGER NOT NULL,
	CONSTRAINT road_progress_report_date_is_real_date
	    CHECK (date(julianday(report_date)) IS report_date),
	CONSTRAINT road_progress_not_negative
	    CHECK (length_m >= 0 AND invest_yuan >= 0)
);

-- A roadside clean-up action (路域环境整治): illegal non-road signs
-- removed and their area, debris cleared, vendors persuaded, leaflets.
CREATE TABLE roadside_cleanup (
	cleanup_id		INTEGER PRIMARY KEY,
	township_id		INTEGER NOT NULL REFERENCES township (township_id),
	action_date		TEXT NOT NULL,
	road			TEXT NOT NULL,
	signs_removed		INTEGER NOT NULL,
	signs_area_m2		INTEGER NOT NULL,
	debris_places		INTEGER NOT NULL,
	debris_m3		INTEGER NOT NULL,
	vendors_persuaded	INTEGER NOT NULL,
	leaflets		INTEGER NOT NULL,
	CONSTRAINT roadside_cleanup_action_date_is_real_date
	    CHECK (date(julianday(action_date)) IS action_date),
	CONSTRAINT roadside_cleanup_not_negative
	    CHECK (signs_removed >= 0 AND signs_area_m2 >= 0
	        AND debris_places >= 0 AND debris_m3 >= 0
	        AND vendors_persuaded >= 0 AND leaflets >= 0)
);

------------------------------------------------------------------------
-- Town gas (城镇燃气); gas hazards are in the common ledger (sector gas)
------------------------------------------------------------------------

CREATE TABLE gas_operator (
	unit_id		INTEGER PRIMARY KEY REFERENCES unit (unit_id),
	licence_no	TEXT NOT NULL UNIQUE,
	business	TEXT NOT NULL,
	CONSTRAINT gas_operator_business_is_known
	    CHECK (business IN ('piped', 'bottled'))
);

-- Gas users; alarm is the state of the combustible-gas alarm, alarm_date
-- when a working one was installed.
CREATE TABLE gas_user (
	user_id		INTEGER PRIMARY KEY,
	township_id	INTEGER NOT NULL REFERENCES township (township_id),
	operator_id	INTEGER NOT NULL REFERENCES gas_operator (unit_id),
	kind		TEXT NOT NULL,
	name_zh		TEXT NOT NULL,
	alarm		TEXT NOT NULL,
	alarm_date	TEXT,
	CONSTRAINT gas_user_kind_is_known
	    CHECK (kind IN ('restaurant', 'resident', 'institution')),
	CONSTRAINT gas_user_alarm_is_known
	    CHECK (alarm IN ('working', 'faulty', 'none')),
	CONSTRAINT gas_user_alarm_date_is_real_date
	    CHECK (date(julianday(alarm_date)) IS alarm_date),
	CONSTRAINT gas_user_alarm_date_needs_alarm
	    CHECK ((alarm = 'none') = (alarm_date IS NULL))
);

-- Home and premises safety inspections (入户安检) of gas users; a hazard
-- found is a row of the common ledger.
CREATE TABLE gas_inspection (
	inspection_id	INTEGER PRIMARY KEY,
	user_id		INTEGER NOT NULL REFERENCES gas_user (user_id),
	inspect_date	TEXT NOT NULL,
	result		TEXT NOT NULL,
	hazard_id	INTEGER REFERENCES hazard (hazard_id),
	CONSTRAINT gas_inspection_inspect_date_is_real_date
	    CHECK (date(julianday(inspect_date)) IS inspect_date),
	CONSTRAINT gas_inspection_result_is_known
	    CHECK (result IN ('ok', 'hazard', 'no_access')),
	CONSTRAINT gas_inspection_hazard_iff_result_hazard
	    CHECK ((result = 'hazard') = (hazard_id IS NOT NULL))
);

------------------------------------------------------------------------
-- Hazardous chemicals (危险化学品)
------------------------------------------------------------------------

CREATE TABLE chem_unit (
	unit_id		INTEGER PRIMARY KEY REFERENCES unit (unit_id),
	kind		TEXT NOT NULL,
	licence_no	TEXT NOT NULL UNIQUE,
	licence_expiry	TEXT NOT NULL,
	CONSTRAINT chem_unit_kind_is_known
	    CHECK (kind IN ('production', 'storage', 'trading', 'use')),
	CONSTRAINT chem_unit_licence_expiry_is_real_date
	    CHECK (date(julianday(licence_expiry)) IS licence_expiry)
);

-- Major hazard installations (重大危险源), grade 1 (一级, most severe) to 4.
CREATE TABLE major_hazard_installation (
	installation_id	INTEGER PRIMARY KEY,
	unit_id		INTEGER NOT NULL REFERENCES chem_unit (unit_id),
	name_zh		TEXT NOT NULL,
	grade		INTEGER NOT NULL,
	registered_date	TEXT NOT NULL,
	CONSTRAINT major_hazard_installation_grade_1_to_4
	    CHECK (grade BETWEEN 1 AND 4),
	CONSTRAINT major_hazard_installation_registered_date_is_real_date
	    CHECK (date(julianday(registered_date)) IS registered_date)
);

-- Checks of plant and equipment running with defects (设备带"病"运行),
-- one row per unit checked, and the defects each check found.
CREATE TABLE equipment_check (
	check_id	INTEGER PRIMARY KEY,
	unit_id		INTEGER NOT NULL REFERENCES chem_unit (unit_id),
	check_date	TEXT NOT NULL,
	dept		TEXT NOT NULL REFERENCES department (code),
	campaign	TEXT REFERENCES campaign (code),
	CONSTRAINT equipment_check_check_date_is_real_date
	    CHECK (date(julianday(check_date)) IS check_date)
);

CREATE TABLE equipment_defect (
	defect_id	INTEGER PRIMARY KEY,
	check_id	INTEGER NOT NULL REFERENCES equipment_check (check_id),
	equipment	TEXT NOT NULL,
	description	TEXT NOT NULL,
	fixed_date	TEXT,
	CONSTRAINT equipment_defect_fixed_date_is_real_date
	    CHECK (date(julianday(fixed_date)) IS fixed_date)
);

------------------------------------------------------------------------
-- Tourism (旅游)
------------------------------------------------------------------------

-- Scenic spots with their approved carrying capacities (LB/T 034) and
-- warning ladder in percent of the daily capacity (default 80/90/100).
CREATE TABLE scenic_spot (
	spot_id			INTEGER PRIMARY KEY,
	township_id		INTEGER NOT NULL REFERENCES township (township_id),
	unit_id			INTEGER REFERENCES unit (unit_id),	-- operator
	name_zh			TEXT NOT NULL,
	name_en			TEXT NOT NULL,
	a_grade			INTEGER NOT NULL,	-- 0: not A-graded
	daily_capacity		INTEGER NOT NULL,
	instant_capacity	INTEGER NOT NULL,
	warn_yellow_pct		INTEGER NOT NULL DEFAULT 80,
	warn_orange_pct		INTEGER NOT NULL DEFAULT 90,
	warn_red_pct		INTEGER NOT NULL DEFAULT 100,
	CONSTRAINT scenic_spot_a_grade_0_to_5 CHECK (a_grade BETWEEN 0 AND 5),
	CONSTRAINT scenic_spot_capacities_positive
	    CHECK (daily_capacity > 0 AND instant_capacity > 0
	        AND instant_capacity <= daily_capacity),
	CONSTRAINT scenic_spot_warning_ladder_ascending
	    CHECK (0 < warn_yellow_pct AND warn_yellow_pct < warn_orange_pct
	        AND warn_orange_pct < warn_red_pct)
);

-- Visitors per spot per day, every day; a closed day has 0 visitors.
-- peak_in_park: the highest instantaneous count of the day.
CREATE TABLE visitor_day (
	spot_id		INTEGER NOT NULL REFERENCES scenic_spot (spot_id),
	day		TEXT NOT NULL,
	status		TEXT NOT NULL,
	visitors	INTEGER NOT NULL,
	peak_in_park	INTEGER NOT NULL,
	PRIMARY KEY (spot_id, day),
	CONSTRAINT visitor_day_day_is_real_date
	    CHECK (date(julianday(day)) IS day),
	CONSTRAINT visitor_day_status_is_known
	    CHECK (status IN ('open', 'closed')),
	CONSTRAINT visitor_day_counts_in_range
	    CHECK (visitors >= 0 AND peak_in_park >= 0
	        AND peak_in_park <= visitors),
	CONSTRAINT visitor_day_closed_has_no_visitors
	    CHECK (status = 'open' OR visitors = 0)
);

-- The county's weather, one row per day (explains dips in visitor flow).
CREATE TABLE weather_day (
	county_id	INTEGER NOT NULL REFERENCES county (county_id),
	day		TEXT NOT NULL,
	weather		TEXT NOT NULL,
	PRIMARY KEY (county_id, day),
	CONSTRAINT weather_day_day_is_real_date
	    CHECK (date(julianday(day)) IS day),
	CONSTRAINT weather_day_weather_is_known
	    CHECK (weather IN ('sunny', 'cloudy', 'rain', 'heavy_rain', 'snow'))
);

-- Rides, ropeways, boats, glass walkways ... of a scenic spot.
CREATE TABLE tourism_equipment (
	equipment_id		INTEGER PRIMARY KEY,
	spot_id			INTEGER NOT NULL REFERENCES scenic_spot (spot_id),
	kind			TEXT NOT NULL,
	name_zh			TEXT NOT NULL,
	special_equipment	INTEGER NOT NULL,	-- 特种设备 (registered)
	registration_no		TEXT UNIQUE,
	commissioned_date	TEXT NOT NULL,
	CONSTRAINT tourism_equipment_kind_is_known
	    CHECK (kind IN ('ride', 'ropeway', 'boat', 'glass_walkway',
	        'sightseeing_vehicle')),
	CONSTRAINT tourism_equipment_special_equipment_is_0_or_1
	    CHECK (special_equipment IN (0, 1)),
	CONSTRAINT tourism_equipment_commissioned_date_is_real_date
	    CHECK (date(julianday(commissioned_date)) IS commissioned_date)
);

-- Periodic inspections of tourism equipment and when the next is due.
CREATE TABLE equipment_inspection (
	inspection_id	INTEGER PRIMARY KEY,
	equipment_id	INTEGER NOT NULL REFERENCES tourism_equipment (equipment_id),
	inspect_date	TEXT NOT NULL,
	result		TEXT NOT NULL,
	next_due_date	TEXT NOT NULL,
	inspector	TEXT NOT NULL,
	CONSTRAINT equipment_inspection_inspect_date_is_real_date
	    CHECK (date(julianday(inspect_date)) IS inspect_date),
	CONSTRAINT equipment_inspection_next_due_date_is_real_date
	    CHECK (date(julianday(next_due_date)) IS next_due_date),
	CONSTRAINT equipment_inspection_next_due_after_inspection
	    CHECK (next_due_date > inspect_date),
	CONSTRAINT equipment_inspection_result_is_known
	    CHECK (result IN ('pass', 'fail'))
);

------------------------------------------------------------------------
-- Province: published figures
------------------------------------------------------------------------

-- The province's safety risk index (安全风险指数) as published: score and
-- rank in the province and in the city, per county and year.
CREATE TABLE risk_index (
	county_id	INTEGER NOT NULL REFERENCES county (county_id),
	year		INTEGER NOT NULL,
	score		REAL NOT NULL,
	rank_province	INTEGER NOT NULL,
	rank_city	INTEGER NOT NULL,
	PRIMARY KEY (county_id, year),
	UNIQUE (year, rank_province),
	CONSTRAINT risk_index_score_0_to_100 CHECK (score BETWEEN 0 AND 100),
	CONSTRAINT risk_index_ranks_positive
	    CHECK (rank_province >= 1 AND rank_city >= 1
	        AND rank_city <= rank_province)
);

-- Figures published by the city or province that the ledgers cannot give
-- (e.g. the city's average technical inspectors per township);
-- city_id NULL: a province-wide figure.
CREATE TABLE reference_figure (
	figure_id	INTEGER PRIMARY KEY,
	city_id		INTEGER REFERENCES city (city_id),
	year		INTEGER NOT NULL,
	indicator	TEXT NOT NULL,
	value		REAL NOT NULL,
	unit		TEXT NOT NULL,
	source		TEXT NOT NULL,
	UNIQUE (city_id, year, indicator)
);

------------------------------------------------------------------------
-- Views: derived values (grades, limits, calendars) and name resolution
------------------------------------------------------------------------

-- Each accident with its latest figures reported within the revision
-- window of its sector (30 days; 7 for road traffic and fire), or its
-- first report when every report came later.  Revisions after the window
-- are kept in accident_figures but do not change the figures.
CREATE VIEW accident_latest AS
SELECT a.accident_id, a.township_id, a.unit_id, a.sector, a.accident_type,
       a.occurred_date, a.summary, f.reported_date, f.deaths,
       f.serious_injuries, f.minor_injuries, f.direct_loss_yuan
FROM accident a
JOIN sector s ON s.code = a.sector
JOIN accident_figures f ON f.accident_id = a.accident_id
WHERE f.reported_date = COALESCE(
	(SELECT MAX(w.reported_date) FROM accident_figures w
	 WHERE w.accident_id = a.accident_id
	   AND julianday(w.reported_date) - julianday(a.occurred_date)
	       <= s.revision_days),
	(SELECT MIN(e.reported_date) FROM accident_figures e
	 WHERE e.accident_id = a.accident_id));

-- accident_latest with the grade Decree 493 gives: the most severe grade
-- whose threshold any of deaths, serious injuries or direct loss reaches.
CREATE VIEW accident_graded AS
SELECT l.*, g.code AS grade, g.severity_rank AS grade_rank,
       g.name_zh AS grade_zh, g.name_en AS grade_en
FROM accident_latest l
JOIN accident_grade g ON g.severity_rank =
	(SELECT MIN(t.severity_rank) FROM accident_grade t
	 WHERE l.deaths >= t.min_deaths
	    OR l.serious_injuries >= t.min_serious_injuries
	    OR l.direct_loss_yuan >= t.min_direct_loss_yuan);

-- Each weighing with its operation and the limits that apply; over_limit
-- is 1 when any measure is strictly above its limit; axle_class is the
-- min_axles of the weight_limit row it falls in (2 ... 6 for "6 or more").
CREATE VIEW weighing_checked AS
SELECT w.weighing_id, w.operation_id, o.township_id, o.op_date,
       w.axles, w.gross_kg, w.height_mm, w.width_mm, w.length_mm,
       w.unloaded_kg, l.max_gross_kg,
       d.max_height_mm, d.max_width_mm, d.max_length_mm,
       CASE WHEN w.gross_kg > l.max_gross_kg THEN 1 ELSE 0 END AS over_gross,
       CASE WHEN w.height_mm > d.max_height_mm OR w.width_mm > d.max_width_mm
                 OR w.length_mm > d.max_length_mm THEN 1 ELSE 0 END AS over_size,
       CASE WHEN w.gross_kg > l.max_gross_kg
                 OR w.height_mm > d.max_height_mm OR w.width_mm > d.max_width_mm
                 OR w.length_mm > d.max_length_mm THEN 1 ELSE 0 END AS over_limit,
       CASE WHEN w.gross_kg > l.max_gross_kg
            THEN w.gross_kg - l.max_gross_kg ELSE 0 END AS excess_kg,
       l.min_axles AS axle_class
FROM weighing w
JOIN overload_operation o ON o.operation_id = w.operation_id
JOIN weight_limit l ON w.axles >= l.min_axles
                   AND (l.max_axles IS NULL OR w.axles <= l.max_axles)
CROSS JOIN (SELECT MAX(CASE WHEN measure = 'height' THEN max_mm END) AS max_height_mm,
                   MAX(CASE WHEN measure = 'width'  THEN max_mm END) AS max_width_mm,
                   MAX(CASE WHEN measure = 'length' THEN max_mm END) AS max_length_mm
            FROM dimension_limit) d;

-- Whether safety-liability insurance is mandatory for a unit: its
-- sector's rule, or a metal-smelting unit.
CREATE VIEW unit_insurance_rule AS
SELECT u.unit_id, u.township_id, u.sector, u.opened_date, u.closed_date,
       CASE WHEN s.insurance_mandatory = 1 OR u.metal_smelting = 1
            THEN 1 ELSE 0 END AS mandatory
FROM unit u JOIN sector s ON s.code = u.sector;

-- A holiday looked up by any of its names: asked = mid_autumn finds the
-- merged mid_autumn_national_day in 2023 and 2025.
CREATE VIEW holiday_lookup AS
SELECT k.code AS asked, h.kind, h.year, h.first_day, h.last_day,
       CAST(julianday(h.last_day) - julianday(h.first_day) AS INTEGER) + 1 AS days
FROM period_kind k
JOIN holiday h ON h.kind = k.code OR h.kind = k.part_of;

-- Every day of the years the holiday table covers: weekday (0 = Sunday),
-- the public holiday it belongs to with its day index (D1 ... Dn) and
-- length, whether it is a make-up workday, and whether it is a day off.
CREATE VIEW calendar_day AS
WITH RECURSIVE span (first_day, last_day) AS (
	SELECT MIN(year) || '-01-01', MAX(year) || '-12-31' FROM holiday
), d (day) AS (
	SELECT first_day FROM span
	UNION ALL
	SELECT date(d.day, '+1 day') FROM d, span WHERE d.day < span.last_day
), h AS (
	SELECT h.* FROM holiday h
	JOIN period_kind k ON k.code = h.kind AND k.public_holiday = 1
)
SELECT d.day,
       CAST(strftime('%w', d.day) AS INTEGER) AS weekday,
       h.kind AS holiday, h.year AS holiday_year,
       CAST(julianday(d.day) - julianday(h.first_day) AS INTEGER) + 1 AS holiday_day,
       CAST(julianday(h.last_day) - julianday(h.first_day) AS INTEGER) + 1 AS holiday_days,
       CASE WHEN m.day IS NOT NULL THEN 1 ELSE 0 END AS makeup_workday,
       CASE WHEN h.kind IS NOT NULL THEN 1
            WHEN m.day IS NOT NULL THEN 0
            WHEN strftime('%w', d.day) IN ('0', '6') THEN 1
            ELSE 0 END AS day_off
FROM d
LEFT JOIN h ON d.day BETWEEN h.first_day AND h.last_day
LEFT JOIN makeup_workday m ON m.day = d.day;

-- The latest inspection of each piece of tourism equipment.
CREATE VIEW equipment_latest_inspection AS
SELECT e.equipment_id, e.spot_id, e.kind, e.name_zh, e.special_equipment,
       i.inspect_date AS last_inspected, i.result AS last_result,
       i.next_due_date
FROM tourism_equipment e
LEFT JOIN equipment_inspection i ON i.equipment_id = e.equipment_id
 AND i.inspect_date = (SELECT MAX(j.inspect_date) FROM equipment_inspection j
                       WHERE j.equipment_id = e.equipment_id);

-- The hazard ledger with names instead of ids and codes, as a
-- spreadsheet shows it.
CREATE VIEW hazard_named AS
SELECT h.hazard_id, c.name_zh AS county, t.name_zh AS township,
       u.name_zh AS unit, s.name_zh AS sector, lv.name_zh AS level,
       f.name_zh AS finder_kind, d.short_zh AS finder_dept,
       h.found_date, h.deadline_date, h.rectified_date,
       hc.standard || ' ' || hc.clause AS criterion,
       cp.name_zh AS campaign, h.description
FROM hazard h
JOIN township t ON t.township_id = h.township_id
JOIN county c ON c.county_id = t.county_id
JOIN sector s ON s.code = h.sector
JOIN finder_kind f ON f.code = h.finder_kind
JOIN code_label lv ON lv.list = 'hazard.level' AND lv.code = h.level
LEFT JOIN unit u ON u.unit_id = h.unit_id
LEFT JOIN department d ON d.code = h.finder_dept
LEFT JOIN hazard_criterion hc ON hc.criterion_id = h.criterion_id
LEFT JOIN campaign cp ON cp.code = h.campaign;

------------------------------------------------------------------------
-- Indexes: what the commands filter and group by.  Dates lead where the
-- usual filter is a period; township/unit ids serve drill-downs and the
-- county reach (township -> county) at province scale.
------------------------------------------------------------------------

CREATE INDEX township_county ON township (county_id);
CREATE INDEX county_city ON county (city_id);
CREATE INDEX unit_township ON unit (township_id, sector);
CREATE INDEX unit_sector ON unit (sector, township_id);
CREATE INDEX unit_name ON unit (name_zh);
CREATE INDEX insurance_policy_unit ON insurance_policy (unit_id, start_date);
CREATE INDEX inspection_date ON inspection (inspect_date);
CREATE INDEX inspection_township ON inspection (township_id, inspect_date);
-- The hazard ledger is the big table (10 million rows in a province):
-- three indexes for the filters every command takes (period, township
-- and so county, sector) and a small partial one for the open items
-- (overdue and open-major lists).  One unit's hazards are found through
-- its township (township_id = ? AND unit_id = ?); hazards per inspection
-- by grouping a period's rows on inspection_id; hazards rectified within
-- a period (--flow) from the rows found up to its end.  Each index on
-- the ledger costs about 10 s of the province's build.
CREATE INDEX hazard_found ON hazard (found_date);
CREATE INDEX hazard_township ON hazard (township_id, found_date);
CREATE INDEX hazard_sector ON hazard (sector, found_date);
CREATE INDEX hazard_open ON hazard (level, deadline_date)
	WHERE rectified_date IS NULL;
-- The hazards an inspection found: the summary triggers look them up
-- for every inspection written (partial: most hazards have none).
CREATE INDEX hazard_inspection ON hazard (inspection_id)
	WHERE inspection_id IS NOT NULL;
CREATE INDEX enforcement_case_date ON enforcement_case (decided_date);
CREATE INDEX enforcement_case_township ON enforcement_case (township_id, decided_date);
CREATE INDEX enforcement_case_unit ON enforcement_case (unit_id);
CREATE INDEX assistance_visit_date ON assistance_visit (visit_date);
CREATE INDEX assistance_visit_unit ON assistance_visit (unit_id);
CREATE INDEX meeting_county ON meeting (county_id, held_date);
CREATE INDEX outreach_event_date ON outreach_event (held_date);
CREATE INDEX outreach_event_township ON outreach_event (township_id, held_date);
CREATE INDEX publicity_county ON publicity (county_id, issued_date);
CREATE INDEX accident_date ON accident (occurred_date);
CREATE INDEX accident_township ON accident (township_id, occurred_date);
-- Covering the in-service count of a unit's vehicles by class.
CREATE INDEX key_vehicle_unit ON key_vehicle (unit_id, class, registered_date,
	deregistered_date);
CREATE INDEX vehicle_fire_check_vehicle ON vehicle_fire_check (vehicle_id);
CREATE INDEX vehicle_fire_check_date ON vehicle_fire_check (check_date);
CREATE INDEX overload_operation_date ON overload_operation (op_date);
CREATE INDEX overload_operation_township ON overload_operation (township_id, op_date);
CREATE INDEX weighing_operation ON weighing (operation_id);
CREATE INDEX road_project_county ON road_project (county_id, year);
CREATE INDEX road_progress_project ON road_progress (project_id, report_date);
CREATE INDEX roadside_cleanup_date ON roadside_cleanup (action_date);
CREATE INDEX roadside_cleanup_township ON roadside_cleanup (township_id, action_date);
-- Covering the alarm counts of a township's users by kind.
CREATE INDEX gas_user_township ON gas_user (township_id, kind, alarm,
	alarm_date);
CREATE INDEX gas_user_operator ON gas_user (operator_id);
-- Covering a user's latest inspection and its result.
CREATE INDEX gas_inspection_user ON gas_inspection (user_id, inspect_date,
	result);
CREATE INDEX gas_inspection_date ON gas_inspection (inspect_date);
CREATE INDEX major_hazard_installation_unit ON major_hazard_installation (unit_id);
CREATE INDEX equipment_check_unit ON equipment_check (unit_id, check_date);
CREATE INDEX equipment_check_date ON equipment_check (check_date);
CREATE INDEX equipment_defect_check ON equipment_defect (check_id);
CREATE INDEX scenic_spot_township ON scenic_spot (township_id);
CREATE INDEX visitor_day_day ON visitor_day (day);
CREATE INDEX tourism_equipment_spot ON tourism_equipment (spot_id);
CREATE INDEX equipment_inspection_equipment ON equipment_inspection (equipment_id, inspect_date);


------------------------------------------------------------------------
-- Summaries: the ledgers counted by month, so that a province-wide
-- question reads thousands of rows, not millions (issue 7).
--
-- This file holds the summary tables and their indexes.  What keeps
-- them in step with the ledger -- the views that define each summary
-- (summary_*_from_ledger) and the triggers that add each written row's
-- share to them -- is data/upkeep.sql, which every safestat writer
-- (import, the generator) creates as TEMP objects on its own
-- connection.  The commands only read, and do not pay SQLite's parse of
-- it (two thirds of the schema's text) before each one.
--
-- summaries_state.in_step says whether the summaries are exactly what
-- those views give.  A program that writes a ledger without the upkeep
-- (the sqlite3 shell, say) fires one of the small triggers below, which
-- set it to 0: the commands then answer from the ledger, exactly and
-- more slowly, until the summaries are rebuilt (`import --refresh`, or
-- docs/data.md "Summaries").  A connection with the upkeep never sets
-- it to 0 (upkeep.sql, summaries_kept_in_step).
--
-- Months are 'YYYY-MM'.  A summary answers periods that begin on a
-- month's first day and end on a month's last day, with an as-of day
-- that is a month's last day; other periods are the ledger's to answer.
-- A code that may be absent (the department of a hazard no department
-- found, the key period of an ordinary inspection) is '' in a summary's
-- key, never NULL, so that keys compare equal.  docs/data.md
-- ("Summaries") says which questions each summary answers, and
-- tests/t3400-summaries.sh compares them with the ledger.
------------------------------------------------------------------------

CREATE TABLE summaries_state (
	one	INTEGER PRIMARY KEY CHECK (one = 1),
	in_step	INTEGER NOT NULL CHECK (in_step IN (0, 1))
);
INSERT INTO summaries_state VALUES (1, 1);

-- Every write to a table the summaries count marks them out of step: a
-- no-op once they are, and under the upkeep.
CREATE TRIGGER accident_insert_unsteps_summaries AFTER INSERT ON accident
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER accident_update_unsteps_summaries AFTER UPDATE ON accident
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER accident_delete_unsteps_summaries AFTER DELETE ON accident
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER accident_figures_insert_unsteps_summaries AFTER INSERT ON accident_figures
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER accident_figures_update_unsteps_summaries AFTER UPDATE ON accident_figures
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER accident_figures_delete_unsteps_summaries AFTER DELETE ON accident_figures
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER accident_grade_insert_unsteps_summaries AFTER INSERT ON accident_grade
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER accident_grade_update_unsteps_summaries AFTER UPDATE ON accident_grade
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER accident_grade_delete_unsteps_summaries AFTER DELETE ON accident_grade
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER case_kind_insert_unsteps_summaries AFTER INSERT ON case_kind
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER case_kind_update_unsteps_summaries AFTER UPDATE ON case_kind
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER case_kind_delete_unsteps_summaries AFTER DELETE ON case_kind
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER chem_unit_insert_unsteps_summaries AFTER INSERT ON chem_unit
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER chem_unit_update_unsteps_summaries AFTER UPDATE ON chem_unit
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER chem_unit_delete_unsteps_summaries AFTER DELETE ON chem_unit
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER dimension_limit_insert_unsteps_summaries AFTER INSERT ON dimension_limit
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER dimension_limit_update_unsteps_summaries AFTER UPDATE ON dimension_limit
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER dimension_limit_delete_unsteps_summaries AFTER DELETE ON dimension_limit
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER enforcement_case_insert_unsteps_summaries AFTER INSERT ON enforcement_case
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER enforcement_case_update_unsteps_summaries AFTER UPDATE ON enforcement_case
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER enforcement_case_delete_unsteps_summaries AFTER DELETE ON enforcement_case
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER gas_user_insert_unsteps_summaries AFTER INSERT ON gas_user
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER gas_user_update_unsteps_summaries AFTER UPDATE ON gas_user
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER gas_user_delete_unsteps_summaries AFTER DELETE ON gas_user
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER hazard_insert_unsteps_summaries AFTER INSERT ON hazard
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER hazard_update_unsteps_summaries AFTER UPDATE ON hazard
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER hazard_delete_unsteps_summaries AFTER DELETE ON hazard
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER inspection_insert_unsteps_summaries AFTER INSERT ON inspection
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER inspection_update_unsteps_summaries AFTER UPDATE ON inspection
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER inspection_delete_unsteps_summaries AFTER DELETE ON inspection
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER insurance_policy_insert_unsteps_summaries AFTER INSERT ON insurance_policy
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER insurance_policy_update_unsteps_summaries AFTER UPDATE ON insurance_policy
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER insurance_policy_delete_unsteps_summaries AFTER DELETE ON insurance_policy
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER major_hazard_installation_insert_unsteps_summaries AFTER INSERT ON major_hazard_installation
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER major_hazard_installation_update_unsteps_summaries AFTER UPDATE ON major_hazard_installation
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER major_hazard_installation_delete_unsteps_summaries AFTER DELETE ON major_hazard_installation
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER meeting_insert_unsteps_summaries AFTER INSERT ON meeting
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER meeting_update_unsteps_summaries AFTER UPDATE ON meeting
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER meeting_delete_unsteps_summaries AFTER DELETE ON meeting
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER outreach_event_insert_unsteps_summaries AFTER INSERT ON outreach_event
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER outreach_event_update_unsteps_summaries AFTER UPDATE ON outreach_event
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER outreach_event_delete_unsteps_summaries AFTER DELETE ON outreach_event
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER overload_operation_insert_unsteps_summaries AFTER INSERT ON overload_operation
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER overload_operation_update_unsteps_summaries AFTER UPDATE ON overload_operation
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER overload_operation_delete_unsteps_summaries AFTER DELETE ON overload_operation
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER publicity_insert_unsteps_summaries AFTER INSERT ON publicity
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER publicity_update_unsteps_summaries AFTER UPDATE ON publicity
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER publicity_delete_unsteps_summaries AFTER DELETE ON publicity
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER scenic_spot_insert_unsteps_summaries AFTER INSERT ON scenic_spot
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER scenic_spot_update_unsteps_summaries AFTER UPDATE ON scenic_spot
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER scenic_spot_delete_unsteps_summaries AFTER DELETE ON scenic_spot
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER sector_insert_unsteps_summaries AFTER INSERT ON sector
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER sector_update_unsteps_summaries AFTER UPDATE ON sector
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER sector_delete_unsteps_summaries AFTER DELETE ON sector
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER township_insert_unsteps_summaries AFTER INSERT ON township
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER township_update_unsteps_summaries AFTER UPDATE ON township
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER township_delete_unsteps_summaries AFTER DELETE ON township
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER unit_insert_unsteps_summaries AFTER INSERT ON unit
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER unit_update_unsteps_summaries AFTER UPDATE ON unit
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER unit_delete_unsteps_summaries AFTER DELETE ON unit
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER visitor_day_insert_unsteps_summaries AFTER INSERT ON visitor_day
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER visitor_day_update_unsteps_summaries AFTER UPDATE ON visitor_day
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER visitor_day_delete_unsteps_summaries AFTER DELETE ON visitor_day
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER weighing_insert_unsteps_summaries AFTER INSERT ON weighing
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER weighing_update_unsteps_summaries AFTER UPDATE ON weighing
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER weighing_delete_unsteps_summaries AFTER DELETE ON weighing
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER weight_limit_insert_unsteps_summaries AFTER INSERT ON weight_limit
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER weight_limit_update_unsteps_summaries AFTER UPDATE ON weight_limit
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;
CREATE TRIGGER weight_limit_delete_unsteps_summaries AFTER DELETE ON weight_limit
BEGIN UPDATE summaries_state SET in_step = 0 WHERE in_step; END;

-- Province-wide by county (and level): the counties' rows of a period
-- side by side.
CREATE TABLE summary_hazard_county (
	found_month	TEXT NOT NULL,
	month		TEXT NOT NULL,
	county_id	INTEGER NOT NULL,
	level		TEXT NOT NULL,
	found		INTEGER NOT NULL,
	rectified	INTEGER NOT NULL,
	overdue_change	INTEGER NOT NULL,
	PRIMARY KEY (found_month, month, county_id, level)
) WITHOUT ROWID;

-- One county's townships (county_id leads the key).
CREATE TABLE summary_hazard_township (
	county_id	INTEGER NOT NULL,
	found_month	TEXT NOT NULL,
	month		TEXT NOT NULL,
	township_id	INTEGER NOT NULL,
	level		TEXT NOT NULL,
	found		INTEGER NOT NULL,
	rectified	INTEGER NOT NULL,
	overdue_change	INTEGER NOT NULL,
	PRIMARY KEY (county_id, found_month, month, township_id, level)
) WITHOUT ROWID;

-- One county's sectors (county_id leads the key).
CREATE TABLE summary_hazard_county_sector (
	county_id	INTEGER NOT NULL,
	found_month	TEXT NOT NULL,
	month		TEXT NOT NULL,
	sector		TEXT NOT NULL,
	level		TEXT NOT NULL,
	found		INTEGER NOT NULL,
	rectified	INTEGER NOT NULL,
	overdue_change	INTEGER NOT NULL,
	PRIMARY KEY (county_id, found_month, month, sector, level)
) WITHOUT ROWID;

-- Province-wide by sector, level, who found the hazards and which
-- department.
CREATE TABLE summary_hazard_province (
	found_month	TEXT NOT NULL,
	month		TEXT NOT NULL,
	sector		TEXT NOT NULL,
	level		TEXT NOT NULL,
	finder_kind	TEXT NOT NULL,
	finder_dept	TEXT NOT NULL,
	found		INTEGER NOT NULL,
	rectified	INTEGER NOT NULL,
	overdue_change	INTEGER NOT NULL,
	PRIMARY KEY (found_month, month, sector, level, finder_kind,
	    finder_dept)
) WITHOUT ROWID;

-- The same rows in the order of the groups a province-wide question
-- asks for (by county and level; by level and sector), with every column
-- those questions read.  A year's rows (~20,000 on the 100-county
-- province) then come out already grouped, through a skip-scan of the
-- few leading keys, instead of through a sort that took half the
-- command's time.
CREATE INDEX summary_hazard_county_by_group ON summary_hazard_county
	(county_id, level, found_month, month, found, rectified,
	 overdue_change);
CREATE INDEX summary_hazard_province_by_group ON summary_hazard_province
	(level, sector, found_month, month, found, rectified, overdue_change);

CREATE TABLE summary_inspection_county (
	month		TEXT NOT NULL,
	found_month	TEXT NOT NULL,
	county_id	INTEGER NOT NULL,
	dept		TEXT NOT NULL,
	leader_led	INTEGER NOT NULL,
	key_period	TEXT NOT NULL,
	inspections	INTEGER NOT NULL,
	hazards		INTEGER NOT NULL,
	major_hazards	INTEGER NOT NULL,
	PRIMARY KEY (month, found_month, county_id, dept, leader_led,
	    key_period)
) WITHOUT ROWID;

CREATE TABLE summary_inspection_province (
	month		TEXT NOT NULL,
	found_month	TEXT NOT NULL,
	dept		TEXT NOT NULL,
	leader_led	INTEGER NOT NULL,
	key_period	TEXT NOT NULL,
	inspections	INTEGER NOT NULL,
	hazards		INTEGER NOT NULL,
	major_hazards	INTEGER NOT NULL,
	PRIMARY KEY (month, found_month, dept, leader_led, key_period)
) WITHOUT ROWID;

CREATE TABLE summary_enforcement_county (
	month		TEXT NOT NULL,
	county_id	INTEGER NOT NULL,
	sector		TEXT NOT NULL,
	dept		TEXT NOT NULL,
	kind		TEXT NOT NULL,
	cases		INTEGER NOT NULL,
	fine_yuan	INTEGER NOT NULL,
	PRIMARY KEY (month, county_id, sector, dept, kind)
) WITHOUT ROWID;

CREATE TABLE summary_enforcement_province (
	month		TEXT NOT NULL,
	sector		TEXT NOT NULL,
	dept		TEXT NOT NULL,
	kind		TEXT NOT NULL,
	cases		INTEGER NOT NULL,
	fine_yuan	INTEGER NOT NULL,
	PRIMARY KEY (month, sector, dept, kind)
) WITHOUT ROWID;

CREATE TABLE summary_outreach_county (
	month		TEXT NOT NULL,
	county_id	INTEGER NOT NULL,
	kind		TEXT NOT NULL,
	venue		TEXT NOT NULL,
	events		INTEGER NOT NULL,
	participants	INTEGER NOT NULL,
	PRIMARY KEY (month, county_id, kind, venue)
) WITHOUT ROWID;

CREATE TABLE summary_outreach_province (
	month		TEXT NOT NULL,
	kind		TEXT NOT NULL,
	venue		TEXT NOT NULL,
	events		INTEGER NOT NULL,
	participants	INTEGER NOT NULL,
	PRIMARY KEY (month, kind, venue)
) WITHOUT ROWID;

CREATE TABLE summary_publicity_county (
	month		TEXT NOT NULL,
	county_id	INTEGER NOT NULL,
	medium		TEXT NOT NULL,
	batches		INTEGER NOT NULL,
	quantity	INTEGER NOT NULL,
	PRIMARY KEY (month, county_id, medium)
) WITHOUT ROWID;

CREATE TABLE summary_meeting_county (
	month		TEXT NOT NULL,
	county_id	INTEGER NOT NULL,
	kind		TEXT NOT NULL,
	meetings	INTEGER NOT NULL,
	PRIMARY KEY (month, county_id, kind)
) WITHOUT ROWID;

-- Publicity and meetings province-wide: a year of the 100-county
-- province is 24 and 52 rows here against 2,054 and 3,308 in the county
-- summaries above, which a province-wide `outreach` spent 5 ms summing.
CREATE TABLE summary_publicity_province (
	month		TEXT NOT NULL,
	medium		TEXT NOT NULL,
	batches		INTEGER NOT NULL,
	quantity	INTEGER NOT NULL,
	PRIMARY KEY (month, medium)
) WITHOUT ROWID;

CREATE TABLE summary_meeting_province (
	month		TEXT NOT NULL,
	kind		TEXT NOT NULL,
	meetings	INTEGER NOT NULL,
	PRIMARY KEY (month, kind)
) WITHOUT ROWID;

CREATE TABLE summary_accident_county (
	month			TEXT NOT NULL,
	county_id		INTEGER NOT NULL,
	sector			TEXT NOT NULL,
	grade			TEXT NOT NULL,
	accidents		INTEGER NOT NULL,
	deaths			INTEGER NOT NULL,
	serious_injuries	INTEGER NOT NULL,
	minor_injuries		INTEGER NOT NULL,
	direct_loss_yuan	INTEGER NOT NULL,
	PRIMARY KEY (month, county_id, sector, grade)
) WITHOUT ROWID;

-- Accidents province-wide, without the county: two years of the
-- 100-county province are 357 rows here against 5,318 above.
CREATE TABLE summary_accident_province (
	month			TEXT NOT NULL,
	sector			TEXT NOT NULL,
	grade			TEXT NOT NULL,
	accidents		INTEGER NOT NULL,
	deaths			INTEGER NOT NULL,
	serious_injuries	INTEGER NOT NULL,
	minor_injuries		INTEGER NOT NULL,
	direct_loss_yuan	INTEGER NOT NULL,
	PRIMARY KEY (month, sector, grade)
) WITHOUT ROWID;

CREATE TABLE summary_weighing_county (
	month		TEXT NOT NULL,
	county_id	INTEGER NOT NULL,
	axle_class	INTEGER NOT NULL,
	weighed		INTEGER NOT NULL,
	over_limit	INTEGER NOT NULL,
	over_gross	INTEGER NOT NULL,
	over_size	INTEGER NOT NULL,
	unloaded_kg	INTEGER NOT NULL,
	excess_kg	INTEGER NOT NULL,
	PRIMARY KEY (month, county_id, axle_class)
) WITHOUT ROWID;

-- Each operation's weighings (its date and township are in
-- overload_operation).
CREATE TABLE summary_weighing_operation (
	operation_id	INTEGER PRIMARY KEY,
	weighed		INTEGER NOT NULL,
	over_limit	INTEGER NOT NULL,
	over_gross	INTEGER NOT NULL,
	over_size	INTEGER NOT NULL,
	unloaded_kg	INTEGER NOT NULL,
	excess_kg	INTEGER NOT NULL
);

-- A spot's month: days counted, days open, visitors, the busiest day
-- (the first of equals; NULL when nobody came) and the days that reached
-- each warning line.
CREATE TABLE summary_visitor_spot (
	month		TEXT NOT NULL,
	spot_id		INTEGER NOT NULL,
	days		INTEGER NOT NULL,
	open_days	INTEGER NOT NULL,
	visitors	INTEGER NOT NULL,
	peak_visitors	INTEGER NOT NULL,
	peak_day	TEXT,
	yellow_days	INTEGER NOT NULL,
	orange_days	INTEGER NOT NULL,
	red_days	INTEGER NOT NULL,
	PRIMARY KEY (month, spot_id)
) WITHOUT ROWID;

CREATE TABLE summary_gas_user_province (
	kind		TEXT NOT NULL,
	alarm		TEXT NOT NULL,
	alarm_month	TEXT NOT NULL,
	users		INTEGER NOT NULL,
	PRIMARY KEY (kind, alarm, alarm_month)
) WITHOUT ROWID;

CREATE TABLE summary_gas_user_township (
	township_id	INTEGER NOT NULL,
	kind		TEXT NOT NULL,
	alarm		TEXT NOT NULL,
	alarm_month	TEXT NOT NULL,
	county_id	INTEGER NOT NULL,
	users		INTEGER NOT NULL,
	PRIMARY KEY (township_id, kind, alarm, alarm_month)
) WITHOUT ROWID;

CREATE TABLE summary_chem_unit_province (
	kind		TEXT NOT NULL,
	month		TEXT NOT NULL,
	change		INTEGER NOT NULL,
	units		INTEGER NOT NULL,
	installed_units	INTEGER NOT NULL,
	grade_1		INTEGER NOT NULL,
	grade_2		INTEGER NOT NULL,
	grade_3		INTEGER NOT NULL,
	grade_4		INTEGER NOT NULL,
	PRIMARY KEY (kind, month, change)
) WITHOUT ROWID;

CREATE TABLE summary_chem_unit_township (
	township_id	INTEGER NOT NULL,
	kind		TEXT NOT NULL,
	month		TEXT NOT NULL,
	change		INTEGER NOT NULL,
	county_id	INTEGER NOT NULL,
	units		INTEGER NOT NULL,
	installed_units	INTEGER NOT NULL,
	grade_1		INTEGER NOT NULL,
	grade_2		INTEGER NOT NULL,
	grade_3		INTEGER NOT NULL,
	grade_4		INTEGER NOT NULL,
	PRIMARY KEY (township_id, kind, month, change)
) WITHOUT ROWID;

-- Enforcement by month, county and case category (scale-short) ---------

-- For `enforcement` by county or month with no sector or department
-- given: a year of the province is 2,400 rows here against 21,000 in
-- summary_enforcement_county (the query ~10 ms -> ~1 ms).  It is kept in
-- step from summary_enforcement_county itself, so whatever writes that --
-- a ledger row's triggers, import's bulk end, a township moved to
-- another county -- keeps this too; a case kind given another category
-- (or code) recounts it from there.  Keyed category first: the question
-- is one category's cases by county, so a year of it is one seek per
-- county and its months in order, already grouped (against a sort of
-- every month's rows of both categories, a third of the command).
CREATE TABLE summary_enforcement_county_category (
	month		TEXT NOT NULL,
	county_id	INTEGER NOT NULL,
	category	TEXT NOT NULL,
	cases		INTEGER NOT NULL,
	fine_yuan	INTEGER NOT NULL,
	PRIMARY KEY (category, county_id, month)
) WITHOUT ROWID;

------------------------------------------------------------------------
-- Bulk appends: the summaries brought in step once per import, not once
-- per row.
--
-- Row by row, the triggers above cost a few hundred microseconds a
-- hazard: a million-row import would spend most of its time in them.
-- So an import (or anyone appending many rows in one transaction) may
-- defer: `UPDATE bulk_load SET deferred = 1` makes the ledgers' INSERT
-- triggers only note the new row in bulk_pending; `UPDATE bulk_load SET
-- deferred = 0`, before COMMIT, adds every noted row to every summary
-- with one INSERT ... SELECT ... GROUP BY ... ON CONFLICT per summary
-- (bulk_load_flush) and empties the list.  The flag and the list are
-- tables of the file, so they are in the transaction: a rollback takes
-- them back with the rows and the summaries.  Deferred are the appends
-- to hazard, inspection, enforcement_case, outreach_event, publicity,
-- meeting, weighing and visitor_day; every other write still goes
-- through the triggers above at once.  While rows are noted, whatever
-- would take a row's share out of the summaries or recount a month (an
-- UPDATE or DELETE of a ledger row, a changed limit, a township moved
-- to another county) is refused (bulk_load_refuse): a noted row is not
-- in the summaries yet, so its share cannot be taken out.  The shell's
-- import defers through data/dataset.c (dataset_bulk_begin/_end).
------------------------------------------------------------------------

-- One row: 1 while appends are deferred (inside a transaction only).
CREATE TABLE bulk_load (
	deferred	INTEGER NOT NULL,
	CONSTRAINT bulk_load_deferred_is_flag CHECK (deferred IN (0, 1))
);
INSERT INTO bulk_load VALUES (0);

-- The rows appended while deferred: ledger, its id (spot_id and day for
-- a visitor day), as summary_apply names them.
CREATE TABLE bulk_pending (
	ledger		TEXT NOT NULL,
	id		INTEGER NOT NULL,
	day		TEXT
);

-- While a deferral ends: the noted hazards grouped by everything their
-- summary events depend on, and (bulk_hazard_events) those events, by
-- the rules of summary_hazard_events, weighted by the group's size.
-- Empty outside bulk_load_flush.
CREATE TABLE bulk_hazard_group (
	found_month	TEXT NOT NULL,
	rectified_month	TEXT,
	overdue_month	TEXT NOT NULL,
	township_id	INTEGER NOT NULL,
	sector		TEXT NOT NULL,
	level		TEXT NOT NULL,
	finder_kind	TEXT NOT NULL,
	finder_dept	TEXT NOT NULL,
	county_id	INTEGER NOT NULL,
	hazards		INTEGER NOT NULL
);

-- While a deferral ends: the noted inspections and inspection-found
-- hazards by the key of summary_inspection_county.  Empty outside
-- bulk_load_flush.
CREATE TABLE bulk_inspection_group (
	month		TEXT NOT NULL,
	found_month	TEXT NOT NULL,
	county_id	INTEGER NOT NULL,
	dept		TEXT NOT NULL,
	leader_led	INTEGER NOT NULL,
	key_period	TEXT NOT NULL,
	inspections	INTEGER NOT NULL,
	hazards		INTEGER NOT NULL,
	major_hazards	INTEGER NOT NULL
);

-- The hazard lists (`hazards overdue`, `hazards open`) -------------------

-- The major hazards by the day found, covering every column the lists
-- read: a list of the major hazards open on a day walks the period's
-- few index entries (about 110,000 a year in a province) and checks
-- them there, instead of reading the year's two million ledger rows.
-- Partial (5% of the ledger), so the generator builds it in about a
-- second; the lists' SQL says level = 'major' literally, without which
-- the planner cannot use it.  No summary to keep in step: SQLite keeps
-- an index for every writer.  The general hazards have none: a full
-- index would cost the province's build about 10 s.
CREATE INDEX hazard_major_list ON hazard (found_date, rectified_date,
	deadline_date, township_id, sector, finder_dept, unit_id, finder_kind,
	level, description)
	WHERE level = 'major';

CREATE TABLE summary_insurance_county (
	county_id	INTEGER NOT NULL,
	sector		TEXT NOT NULL,
	month		TEXT NOT NULL,
	mandatory_change INTEGER NOT NULL,
	insured_change	INTEGER NOT NULL,
	PRIMARY KEY (county_id, sector, month)
) WITHOUT ROWID;

-- The same province-wide, for the default question (by sector, every
-- county): a few thousand rows to sum instead of a hundred thousand.
CREATE TABLE summary_insurance_province (
	sector		TEXT NOT NULL,
	month		TEXT NOT NULL,
	mandatory_change INTEGER NOT NULL,
	insured_change	INTEGER NOT NULL,
	PRIMARY KEY (sector, month)
) WITHOUT ROWID;

-- The sectors where insurance is mandatory for some unit although not
-- for the sector (`insurance`'s groups) are found without reading every
-- unit of the others.
CREATE INDEX unit_metal_smelting ON unit (sector) WHERE metal_smelting = 1;

-- While a unit is applied: its changes, computed once for both
-- summaries (the view is most of a policy's upkeep).  Empty outside
-- summary_insurance_apply_unit; bulk_ so that import refuses it.
CREATE TABLE bulk_insurance_unit (
	county_id	INTEGER NOT NULL,
	sector		TEXT NOT NULL,
	month		TEXT NOT NULL,
	mandatory_change INTEGER NOT NULL,
	insured_change	INTEGER NOT NULL
);
