/*
 * data/gen/codes.c -- the code tables: sectors, departments, finder
 * kinds, accident grades and types, holidays and key periods, campaigns,
 * case and meeting kinds, vehicle limits, and the labels of the codes
 * CHECK constraints enumerate.  Rules are data here, not C branches.
 */
#include "config.h"

#include "data/gen/gen.h"

/* Sectors in report order; the enum in gen.h follows this table. */
const struct sector_info sector_info[NSECTORS] = {
	[SEC_INDUSTRY_TRADE] = { "industry_trade", "工贸", "Industry and trade", "imc", DEPT_EMB, 0, 30 },
	[SEC_HAZCHEM] = { "hazchem", "危险化学品", "Hazardous chemicals", "imc", DEPT_EMB, 1, 30 },
	[SEC_FIREWORKS] = { "fireworks", "烟花爆竹", "Fireworks", "imc", DEPT_EMB, 1, 30 },
	[SEC_MINING] = { "mining", "非煤矿山", "Non-coal mining", "imc", DEPT_EMB, 1, 30 },
	[SEC_CONSTRUCTION] = { "construction", "建筑施工", "Construction", "imc", DEPT_HUD, 1, 30 },
	[SEC_SPECIAL_EQUIPMENT] = { "special_equipment", "特种设备", "Special equipment", "imc", DEPT_SAMR, 0, 30 },
	[SEC_GAS] = { "gas", "城镇燃气", "Town gas", "imc", DEPT_HUD, 0, 30 },
	[SEC_TRANSPORT] = { "transport", "交通运输", "Transport", "road_transport", DEPT_TRANS, 1, 7 },
	[SEC_FIRE] = { "fire", "消防", "Fire safety", "fire", DEPT_FIRE, 0, 7 },
	[SEC_SELF_BUILT] = { "self_built", "自建房", "Self-built houses", "other", DEPT_HUD, 0, 30 },
	[SEC_TOURISM] = { "tourism", "文化旅游", "Culture and tourism", "other", DEPT_URBAN_CULTOUR, 0, 30 },
	[SEC_WATER] = { "water", "水利", "Water conservancy", "other", DEPT_WATER, 0, 30 },
	[SEC_CAMPUS] = { "campus", "校园", "Schools", "other", DEPT_EDU, 0, 30 },
	[SEC_AGRICULTURE] = { "agriculture", "农业机械", "Agricultural machinery", "agri_machinery", DEPT_AGRI, 0, 30 },
	[SEC_FISHING] = { "fishing", "渔业船舶", "Fishing vessels", "fishing", DEPT_AGRI, 1, 30 },
	[SEC_OTHER] = { "other", "其他", "Other", "other", DEPT_EMB, 0, 30 },
};

/* Departments in report order ("工信、公安、住建、教育、城管文旅" are
 * neighbours, as the report lists them).  城管文旅 is one bureau, as the
 * report counts it: the county merged urban management with culture and
 * tourism, so it regulates the tourism sector and urban management. */
const struct dept_info dept_info[NDEPTS] = {
	[DEPT_SAC] = { "sac", "县安全生产委员会办公室", "安委办", "Work Safety Committee Office", "committee" },
	[DEPT_EMB] = { "emb", "应急管理局", "应急", "Emergency Management Bureau", "regulator" },
	[DEPT_MIIT] = { "miit", "工业和信息化局", "工信", "Industry and Information Technology Bureau", "regulator" },
	[DEPT_PSB] = { "psb", "公安局", "公安", "Public Security Bureau", "regulator" },
	[DEPT_HUD] = { "hud", "住房和城乡建设局", "住建", "Housing and Urban-Rural Development Bureau", "regulator" },
	[DEPT_EDU] = { "edu", "教育体育局", "教育", "Education and Sports Bureau", "regulator" },
	[DEPT_URBAN_CULTOUR] = { "urban_cultour", "城市管理和文化旅游局", "城管文旅", "Urban Management, Culture and Tourism Bureau", "regulator" },
	[DEPT_TRANS] = { "trans", "交通运输局", "交通", "Transport Bureau", "regulator" },
	[DEPT_SAMR] = { "samr", "市场监督管理局", "市场监管", "Market Regulation Administration", "regulator" },
	[DEPT_FIRE] = { "fire", "消防救援大队", "消防", "Fire and Rescue Brigade", "regulator" },
	[DEPT_AGRI] = { "agri", "农业农村局", "农业农村", "Agriculture and Rural Affairs Bureau", "regulator" },
	[DEPT_WATER] = { "water", "水利局", "水利", "Water Resources Bureau", "regulator" },
	[DEPT_COMMERCE] = { "commerce", "商务局", "商务", "Commerce Bureau", "regulator" },
	[DEPT_NATRES] = { "natres", "自然资源局", "自然资源", "Natural Resources Bureau", "regulator" },
};

const char *const key_period_code[NKEYPERIODS] = {
	"new_year_spring", "two_sessions", "may_day", "dragon_boat",
	"national_day",
};

static const struct { const char *code, *zh, *en; } stat_groups[] = {
	{ "imc", "工矿商贸", "Industry, mining and commerce" },
	{ "road_transport", "道路运输", "Road transport" },
	{ "fire", "火灾", "Fire" },
	{ "agri_machinery", "农业机械", "Agricultural machinery" },
	{ "fishing", "渔业船舶", "Fishing vessels" },
	{ "other", "其他", "Other" },
};

static const struct { const char *code, *zh, *en; } finder_kinds[] = {
	{ "dept", "部门检查", "Department inspection" },
	{ "self", "企业自查", "Enterprise self-inspection" },
	{ "township", "乡镇（街道）检查", "Township inspection" },
	{ "superior", "上级督查检查", "Higher-level inspection" },
	{ "report", "群众举报", "Public report" },
	{ "third_party", "第三方机构检查", "Third-party inspection" },
};

/* Decree 493, Art. 3: the inclusive minimums of each grade. */
static const struct {
	const char	*code, *zh, *en;
	int		 rank, deaths, serious;
	int64_t		 loss;
} grades[] = {
	{ "especially_serious", "特别重大事故", "Especially serious accident", 1, 30, 100, 100000000 },
	{ "serious", "重大事故", "Serious accident", 2, 10, 50, 50000000 },
	{ "larger", "较大事故", "Larger accident", 3, 3, 10, 10000000 },
	{ "general", "一般事故", "General accident", 4, 0, 0, 0 },
};

/* GB 6441-86 accident types. */
static const struct { const char *code, *zh, *en; } accident_types[] = {
	{ "01", "物体打击", "Struck by object" },
	{ "02", "车辆伤害", "Vehicle injury" },
	{ "03", "机械伤害", "Machinery injury" },
	{ "04", "起重伤害", "Lifting injury" },
	{ "05", "触电", "Electrocution" },
	{ "06", "淹溺", "Drowning" },
	{ "07", "灼烫", "Burn and scald" },
	{ "08", "火灾", "Fire" },
	{ "09", "高处坠落", "Fall from height" },
	{ "10", "坍塌", "Collapse" },
	{ "11", "冒顶片帮", "Roof and rib fall" },
	{ "12", "透水", "Water inrush" },
	{ "13", "放炮", "Blasting" },
	{ "14", "火药爆炸", "Explosive detonation" },
	{ "15", "瓦斯爆炸", "Gas explosion (mine)" },
	{ "16", "锅炉爆炸", "Boiler explosion" },
	{ "17", "容器爆炸", "Vessel explosion" },
	{ "18", "其他爆炸", "Other explosion" },
	{ "19", "中毒和窒息", "Poisoning and asphyxiation" },
	{ "20", "其他伤害", "Other injury" },
};

/* Holidays and key periods; the merged holiday comes before the two
 * kinds that are part of it (the foreign key points back to it). */
static const struct {
	const char	*code, *zh, *en;
	int		 public_holiday;
	const char	*part_of;
} period_kinds[] = {
	{ "new_year", "元旦", "New Year's Day", 1, NULL },
	{ "spring_festival", "春节", "Spring Festival", 1, NULL },
	{ "qingming", "清明节", "Qingming Festival", 1, NULL },
	{ "may_day", "劳动节", "Labour Day", 1, NULL },
	{ "dragon_boat", "端午节", "Dragon Boat Festival", 1, NULL },
	{ "mid_autumn_national_day", "中秋节、国庆节", "Mid-Autumn Festival and National Day", 1, NULL },
	{ "mid_autumn", "中秋节", "Mid-Autumn Festival", 1, "mid_autumn_national_day" },
	{ "national_day", "国庆节", "National Day", 1, "mid_autumn_national_day" },
	{ "two_sessions", "全国两会", "The Two Sessions", 0, NULL },
	{ "new_year_spring", "元旦春节（两节）", "New Year and Spring Festival", 0, NULL },
};

static const struct {
	const char	*code, *zh, *en;
	int		 dept;
	int		 fy, fm, fd, ly, lm, ld;
} campaigns[] = {
	{ "self_built_2022", "全国自建房安全专项整治", "Self-built housing safety campaign", DEPT_HUD, 2022, 5, 1, 2022, 12, 31 },
	{ "self_check_2023", "安全生产重点工作自查自纠", "Self-inspection of key work-safety tasks", DEPT_EMB, 2023, 3, 1, 2023, 6, 30 },
	{ "major_hazard_2023", "重大事故隐患专项排查整治2023行动", "2023 campaign on major accident hazards", DEPT_SAC, 2023, 4, 1, 2023, 12, 31 },
	{ "key_vehicles_2023", "“两客一危一重”专项整治", "Key operating vehicles campaign", DEPT_TRANS, 2023, 3, 1, 2023, 12, 31 },
	{ "coach_fire_2023", "5年及以上车龄营运客车自燃隐患排查整治", "Spontaneous-combustion checks of buses 5 years or older", DEPT_TRANS, 2023, 4, 10, 2023, 6, 30 },
	{ "gas_2023", "城镇燃气安全专项整治", "Town gas safety campaign", DEPT_HUD, 2023, 6, 25, 2023, 12, 31 },
	{ "capacity_2023", "安全生产治理能力提升专项行动", "Work-safety governance capacity campaign", DEPT_EMB, 2023, 7, 1, 2023, 12, 31 },
	{ "equipment_defect_2023", "化工装置设备带“病”运行专项检查", "Checks of chemical plant running with defects", DEPT_EMB, 2023, 9, 11, 2023, 11, 30 },
	{ "hazchem_joint_2023", "危险化学品生产经营单位联合检查", "Joint inspection of hazardous-chemical units", DEPT_EMB, 2023, 9, 18, 2023, 10, 31 },
	{ "root_cause_2024", "安全生产治本攻坚三年行动（2024年）", "Three-year root-cause campaign (2024)", DEPT_SAC, 2024, 1, 1, 2024, 12, 31 },
	{ "root_cause_2025", "安全生产治本攻坚三年行动（2025年）", "Three-year root-cause campaign (2025)", DEPT_SAC, 2025, 1, 1, 2025, 12, 31 },
};

static const struct { const char *code, *category, *zh, *en; } case_kinds[] = {
	{ "penalty_fine", "safety", "罚款", "Fine" },
	{ "penalty_suspend", "safety", "责令停产停业整顿并处罚款", "Suspension order and fine" },
	{ "penalty_confiscate", "safety", "没收违法所得并处罚款", "Confiscation and fine" },
	{ "overload", "traffic", "超限超载运输", "Over-limit transport" },
	{ "illegal_passenger", "traffic", "非法营运", "Unlicensed passenger service" },
	{ "overcrowding", "traffic", "客车超员", "Bus over capacity" },
	{ "fatigue", "traffic", "疲劳驾驶", "Fatigued driving" },
	{ "hazmat_violation", "traffic", "危险货物运输违规", "Dangerous-goods transport violation" },
	{ "no_licence", "traffic", "无证经营", "Operating without a licence" },
	{ "road_damage", "traffic", "损坏、占用公路", "Damaging or occupying a road" },
};

static const struct { const char *code, *zh, *en; } meeting_kinds[] = {
	{ "committee_plenary", "安委会全体（扩大）会议", "Work Safety Committee plenary" },
	{ "government_standing", "政府常务会议研究安全生产", "Government standing meeting on work safety" },
	{ "major_hazard_session", "重大事故隐患专项排查整治专题学习研究部署会", "Special session on major hazards" },
	{ "deployment", "安全生产工作部署会", "Work-safety deployment meeting" },
	{ "holiday_deployment", "节前安全防范工作部署会", "Pre-holiday safety meeting" },
	{ "dispatch", "安全生产形势分析调度会", "Work-safety situation review" },
	{ "warning_education", "安全生产警示教育会", "Warning-education meeting" },
	{ "disaster_prevention", "防汛和森林防火工作会", "Flood and forest-fire prevention meeting" },
};

/* Labels of the codes CHECK constraints enumerate, by table.column. */
static const struct { const char *list, *code, *zh, *en; } labels[] = {
	{ "hazard.level", "general", "一般隐患", "General hazard" },
	{ "hazard.level", "major", "重大事故隐患", "Major hazard" },
	{ "department.kind", "regulator", "监管部门", "Regulator" },
	{ "department.kind", "committee", "议事协调机构", "Committee" },
	{ "township.kind", "town", "镇", "Town" },
	{ "township.kind", "township", "乡", "Township" },
	{ "township.kind", "subdistrict", "街道", "Subdistrict" },
	{ "township.kind", "zone", "开发区", "Development zone" },
	{ "outreach_event.kind", "drill", "应急演练", "Emergency drill" },
	{ "outreach_event.kind", "training", "自救互救技能培训", "Self-rescue training" },
	{ "outreach_event.kind", "community", "科普宣传活动", "Community activity" },
	{ "outreach_event.venue", "enterprise", "企业", "Enterprise" },
	{ "outreach_event.venue", "village", "农村村庄", "Village" },
	{ "outreach_event.venue", "community", "城市社区", "Urban community" },
	{ "outreach_event.venue", "school", "学校", "School" },
	{ "outreach_event.venue", "family", "家庭", "Family" },
	{ "publicity.medium", "leaflet", "宣传资料", "Leaflets and materials" },
	{ "publicity.medium", "sms", "宣传短信", "SMS" },
	{ "key_vehicle.class", "tour_charter", "旅游包车", "Tour charter bus" },
	{ "key_vehicle.class", "coach", "三类以上班线客车", "Scheduled coach" },
	{ "key_vehicle.class", "hazmat", "危险货物运输车辆", "Dangerous-goods vehicle" },
	{ "key_vehicle.class", "heavy_truck", "重型载货汽车", "Heavy truck" },
	{ "road_project.kind", "rural_road_upgrade", "四好农村路提级改造", "Rural road upgrade" },
	{ "road_project.kind", "life_safety", "公路安全生命防护工程", "Road life-safety protection works" },
	{ "dimension_limit.measure", "height", "高度", "Height" },
	{ "dimension_limit.measure", "width", "宽度", "Width" },
	{ "dimension_limit.measure", "length", "长度", "Length" },
	{ "gas_operator.business", "piped", "管道燃气", "Piped gas" },
	{ "gas_operator.business", "bottled", "瓶装液化石油气", "Bottled LPG" },
	{ "gas_user.kind", "restaurant", "餐饮用户", "Restaurant" },
	{ "gas_user.kind", "resident", "居民用户", "Resident" },
	{ "gas_user.kind", "institution", "机关事业单位", "Institution" },
	{ "gas_user.alarm", "working", "报警器正常", "Working alarm" },
	{ "gas_user.alarm", "faulty", "报警器故障", "Faulty alarm" },
	{ "gas_user.alarm", "none", "未安装报警器", "No alarm" },
	{ "gas_inspection.result", "ok", "合格", "No hazard" },
	{ "gas_inspection.result", "hazard", "发现隐患", "Hazard found" },
	{ "gas_inspection.result", "no_access", "到访不遇", "No access" },
	{ "chem_unit.kind", "production", "生产", "Production" },
	{ "chem_unit.kind", "storage", "储存", "Storage" },
	{ "chem_unit.kind", "trading", "经营", "Trading" },
	{ "chem_unit.kind", "use", "使用", "Use" },
	{ "visitor_day.status", "open", "开放", "Open" },
	{ "visitor_day.status", "closed", "闭园", "Closed" },
	{ "weather_day.weather", "sunny", "晴", "Sunny" },
	{ "weather_day.weather", "cloudy", "多云", "Cloudy" },
	{ "weather_day.weather", "rain", "雨", "Rain" },
	{ "weather_day.weather", "heavy_rain", "大到暴雨", "Heavy rain" },
	{ "weather_day.weather", "snow", "雪", "Snow" },
	{ "tourism_equipment.kind", "ride", "大型游乐设施", "Amusement ride" },
	{ "tourism_equipment.kind", "ropeway", "客运索道", "Passenger ropeway" },
	{ "tourism_equipment.kind", "boat", "游船", "Tourist boat" },
	{ "tourism_equipment.kind", "glass_walkway", "玻璃栈道", "Glass walkway" },
	{ "tourism_equipment.kind", "sightseeing_vehicle", "观光车", "Sightseeing vehicle" },
	{ "equipment_inspection.result", "pass", "合格", "Pass" },
	{ "equipment_inspection.result", "fail", "不合格", "Fail" },
};

#define N(a) (int)(sizeof (a) / sizeof (a)[0])

void
gen_codes(struct gen *g)
{
	struct ins	*s;
	int		 i;

	for (i = 0; i < N(labels); i++) {
		s = st(g, ST_LABEL);
		b_text(s, 1, labels[i].list);
		b_text(s, 2, labels[i].code);
		b_text(s, 3, labels[i].zh);
		b_text(s, 4, labels[i].en);
		b_int(s, 5, i + 1);
		db_insert(g, s);
	}
	for (i = 0; i < N(stat_groups); i++) {
		s = st(g, ST_STAT_GROUP);
		b_text(s, 1, stat_groups[i].code);
		b_text(s, 2, stat_groups[i].zh);
		b_text(s, 3, stat_groups[i].en);
		b_int(s, 4, i + 1);
		db_insert(g, s);
	}
	for (i = 0; i < NDEPTS; i++) {
		s = st(g, ST_DEPARTMENT);
		b_text(s, 1, dept_info[i].code);
		b_text(s, 2, dept_info[i].zh);
		b_text(s, 3, dept_info[i].short_zh);
		b_text(s, 4, dept_info[i].en);
		b_text(s, 5, dept_info[i].kind);
		b_int(s, 6, i + 1);
		db_insert(g, s);
	}
	for (i = 0; i < NSECTORS; i++) {
		s = st(g, ST_SECTOR);
		b_text(s, 1, sector_info[i].code);
		b_text(s, 2, sector_info[i].zh);
		b_text(s, 3, sector_info[i].en);
		b_text(s, 4, sector_info[i].group);
		b_text(s, 5, dept_info[sector_info[i].dept].code);
		b_int(s, 6, sector_info[i].mandatory);
		b_int(s, 7, sector_info[i].revision_days);
		b_int(s, 8, (i + 1) * 10);
		db_insert(g, s);
	}
	for (i = 0; i < N(finder_kinds); i++) {
		s = st(g, ST_FINDER_KIND);
		b_text(s, 1, finder_kinds[i].code);
		b_text(s, 2, finder_kinds[i].zh);
		b_text(s, 3, finder_kinds[i].en);
		b_int(s, 4, i + 1);
		db_insert(g, s);
	}
	for (i = 0; i < N(grades); i++) {
		s = st(g, ST_GRADE);
		b_text(s, 1, grades[i].code);
		b_int(s, 2, grades[i].rank);
		b_text(s, 3, grades[i].zh);
		b_text(s, 4, grades[i].en);
		b_int(s, 5, grades[i].deaths);
		b_int(s, 6, grades[i].serious);
		b_int(s, 7, grades[i].loss);
		db_insert(g, s);
	}
	for (i = 0; i < N(accident_types); i++) {
		s = st(g, ST_ACCIDENT_TYPE);
		b_text(s, 1, accident_types[i].code);
		b_text(s, 2, accident_types[i].zh);
		b_text(s, 3, accident_types[i].en);
		db_insert(g, s);
	}
	for (i = 0; i < N(period_kinds); i++) {
		s = st(g, ST_PERIOD_KIND);
		b_text(s, 1, period_kinds[i].code);
		b_text(s, 2, period_kinds[i].zh);
		b_text(s, 3, period_kinds[i].en);
		b_int(s, 4, period_kinds[i].public_holiday);
		b_text(s, 5, period_kinds[i].part_of);
		b_int(s, 6, i + 1);
		db_insert(g, s);
	}
	gen_holidays(g);
	for (i = 0; i < N(campaigns); i++) {
		s = st(g, ST_CAMPAIGN);
		b_text(s, 1, campaigns[i].code);
		b_text(s, 2, campaigns[i].zh);
		b_text(s, 3, campaigns[i].en);
		b_text(s, 4, dept_info[campaigns[i].dept].code);
		b_day(s, 5, day_from_ymd(campaigns[i].fy, campaigns[i].fm,
		    campaigns[i].fd));
		b_day(s, 6, day_from_ymd(campaigns[i].ly, campaigns[i].lm,
		    campaigns[i].ld));
		db_insert(g, s);
	}
	gen_criteria(g);
	for (i = 0; i < N(case_kinds); i++) {
		s = st(g, ST_CASE_KIND);
		b_text(s, 1, case_kinds[i].code);
		b_text(s, 2, case_kinds[i].category);
		b_text(s, 3, case_kinds[i].zh);
		b_text(s, 4, case_kinds[i].en);
		db_insert(g, s);
	}
	for (i = 0; i < N(meeting_kinds); i++) {
		s = st(g, ST_MEETING_KIND);
		b_text(s, 1, meeting_kinds[i].code);
		b_text(s, 2, meeting_kinds[i].zh);
		b_text(s, 3, meeting_kinds[i].en);
		db_insert(g, s);
	}
	/* 《超限运输车辆行驶公路管理规定》 Art. 3: gross mass by axles
	 * (6 or more: 49 t) and the three dimensions. */
	{
		static const int limits[][3] = {
			{ 2, 2, 18000 }, { 3, 3, 25000 }, { 4, 4, 31000 },
			{ 5, 5, 43000 }, { 6, 0, 49000 },
		};
		for (i = 0; i < N(limits); i++) {
			s = st(g, ST_WEIGHT_LIMIT);
			b_int(s, 1, limits[i][0]);
			b_id0(s, 2, limits[i][1]);
			b_int(s, 3, limits[i][2]);
			db_insert(g, s);
		}
	}
	{
		static const struct { const char *m; int mm; } dims[] = {
			{ "height", 4000 }, { "width", 2550 }, { "length", 18100 },
		};
		for (i = 0; i < N(dims); i++) {
			s = st(g, ST_DIMENSION_LIMIT);
			b_text(s, 1, dims[i].m);
			b_int(s, 2, dims[i].mm);
			db_insert(g, s);
		}
	}
}
