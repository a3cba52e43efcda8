-- data/import-views.sql -- what `import` reads to turn a spreadsheet into
-- ledger rows: the Chinese headers of each ledger's columns and every
-- name a cell may use for a code or a place.  Like data/upkeep.sql, these
-- are TEMP views of the connection that needs them, created by import
-- (dataset_import_views) on its own connection when it runs or lists
-- what a file may hold: a command that only reads does not pay SQLite's
-- parse of them (two thirds of the schema's view text) before it runs.
-- Anyone may `.read` this file into the sqlite3 shell to ask them too.
------------------------------------------------------------------------

-- Every name an imported spreadsheet may use for a code or a place,
-- resolved to the code (code tables) or the id (places, units, spots):
-- list says what kind of thing, county_id scopes townships, units and
-- spots.  A ledger row's "城关镇" or "工贸" becomes an id or code here.
CREATE TEMP VIEW IF NOT EXISTS name_lookup AS
SELECT 'sector' AS list, NULL AS county_id, name AS name, code, NULL AS id
  FROM (SELECT code AS name, code FROM sector
        UNION SELECT name_zh, code FROM sector
        UNION SELECT name_en, code FROM sector)
UNION ALL
SELECT 'department', NULL, name, code, NULL
  FROM (SELECT code AS name, code FROM department
        UNION SELECT name_zh, code FROM department
        UNION SELECT short_zh, code FROM department
        UNION SELECT name_en, code FROM department)
UNION ALL
SELECT 'finder_kind', NULL, name, code, NULL
  FROM (SELECT code AS name, code FROM finder_kind
        UNION SELECT name_zh, code FROM finder_kind
        UNION SELECT name_en, code FROM finder_kind)
UNION ALL
SELECT 'case_kind', NULL, name, code, NULL
  FROM (SELECT code AS name, code FROM case_kind
        UNION SELECT name_zh, code FROM case_kind
        UNION SELECT name_en, code FROM case_kind)
UNION ALL
SELECT 'meeting_kind', NULL, name, code, NULL
  FROM (SELECT code AS name, code FROM meeting_kind
        UNION SELECT name_zh, code FROM meeting_kind
        UNION SELECT name_en, code FROM meeting_kind)
UNION ALL
SELECT 'period_kind', NULL, name, code, NULL
  FROM (SELECT code AS name, code FROM period_kind
        UNION SELECT name_zh, code FROM period_kind
        UNION SELECT name_en, code FROM period_kind)
UNION ALL
SELECT 'campaign', NULL, name, code, NULL
  FROM (SELECT code AS name, code FROM campaign
        UNION SELECT name_zh, code FROM campaign)
UNION ALL
SELECT 'accident_type', NULL, name, code, NULL
  FROM (SELECT code AS name, code FROM accident_type
        UNION SELECT name_zh, code FROM accident_type)
UNION ALL
SELECT l.list, NULL, n.name, l.code, NULL
  FROM code_label l
  JOIN (SELECT list, code, code AS name FROM code_label
        UNION SELECT list, code, name_zh FROM code_label
        UNION SELECT list, code, name_en FROM code_label) n
    ON n.list = l.list AND n.code = l.code
UNION ALL
SELECT 'county', county_id, name_zh, code, county_id FROM county
UNION ALL
SELECT 'township', county_id, name_zh, code, township_id FROM township
UNION ALL
SELECT 'township', county_id, name_en, code, township_id FROM township
UNION ALL
SELECT 'unit', t.county_id, u.name_zh, NULL, u.unit_id
  FROM unit u JOIN township t ON t.township_id = u.township_id
UNION ALL
SELECT 'scenic_spot', t.county_id, s.name_zh, NULL, s.spot_id
  FROM scenic_spot s JOIN township t ON t.township_id = s.township_id
UNION ALL
SELECT 'hazard_criterion', NULL, standard || ' ' || clause, NULL,
       criterion_id
  FROM hazard_criterion
UNION ALL
SELECT 'yes_no', NULL, column1, NULL, column2
  FROM (VALUES ('是', 1), ('否', 0), ('yes', 1), ('no', 0), ('Yes', 1),
               ('No', 0), ('Y', 1), ('N', 0), ('y', 1), ('n', 0),
               ('true', 1), ('false', 0), ('TRUE', 1), ('FALSE', 0));

-- The spreadsheet side of import: for each column of a ledger, the
-- Chinese headers a file may use instead of the column's name, and the
-- name_lookup list its cells may name things from (NULL: stored values
-- only).  table_name NULL: a column any table may have -- a county that
-- scopes the names of townships, units and spots.  A file may always use
-- the English column names (and township for township_id); docs/data.md,
-- "Importing", gives the rules.
CREATE TEMP VIEW IF NOT EXISTS import_column (table_name, column_name, header_zh, names) AS
VALUES
	(NULL, 'county', '县', 'county'),
	(NULL, 'county', '县区', 'county'),
	(NULL, 'county', '所属县', 'county'),
	('hazard', 'hazard_id', '隐患编号', NULL),
	('hazard', 'township_id', '乡镇', 'township'),
	('hazard', 'township_id', '所属乡镇', 'township'),
	('hazard', 'unit_id', '单位名称', 'unit'),
	('hazard', 'unit_id', '单位', 'unit'),
	('hazard', 'sector', '行业领域', 'sector'),
	('hazard', 'level', '隐患级别', 'hazard.level'),
	('hazard', 'finder_kind', '发现方式', 'finder_kind'),
	('hazard', 'finder_dept', '检查部门', 'department'),
	('hazard', 'inspection_id', '检查编号', NULL),
	('hazard', 'found_date', '发现日期', NULL),
	('hazard', 'deadline_date', '整改期限', NULL),
	('hazard', 'rectified_date', '整改完成日期', NULL),
	('hazard', 'criterion_id', '判定依据', 'hazard_criterion'),
	('hazard', 'campaign', '专项行动', 'campaign'),
	('hazard', 'description', '隐患描述', NULL),
	('enforcement_case', 'case_id', '案件编号', NULL),
	('enforcement_case', 'township_id', '乡镇', 'township'),
	('enforcement_case', 'unit_id', '当事单位', 'unit'),
	('enforcement_case', 'unit_id', '单位名称', 'unit'),
	('enforcement_case', 'dept', '执法部门', 'department'),
	('enforcement_case', 'sector', '行业领域', 'sector'),
	('enforcement_case', 'kind', '案件类型', 'case_kind'),
	('enforcement_case', 'decided_date', '决定日期', NULL),
	('enforcement_case', 'fine_yuan', '罚款金额（元）', NULL),
	('enforcement_case', 'fine_yuan', '罚款（元）', NULL),
	('enforcement_case', 'hazard_id', '隐患编号', NULL),
	('enforcement_case', 'description', '违法事实', NULL),
	('inspection', 'inspection_id', '检查编号', NULL),
	('inspection', 'township_id', '乡镇', 'township'),
	('inspection', 'unit_id', '单位名称', 'unit'),
	('inspection', 'dept', '检查部门', 'department'),
	('inspection', 'inspect_date', '检查日期', NULL),
	('inspection', 'leader_led', '领导带队', 'yes_no'),
	('inspection', 'key_period', '重点时段', 'period_kind'),
	('inspection', 'joint', '联合检查', 'yes_no'),
	('inspection', 'campaign', '专项行动', 'campaign'),
	('assistance_visit', 'dept', '帮扶部门', 'department'),
	('assistance_visit', 'unit_id', '企业名称', 'unit'),
	('assistance_visit', 'unit_id', '单位名称', 'unit'),
	('assistance_visit', 'visit_date', '帮扶日期', NULL),
	('assistance_visit', 'topic', '帮扶内容', NULL),
	('meeting', 'county_id', '县', 'county'),
	('meeting', 'dept', '组织部门', 'department'),
	('meeting', 'kind', '会议类型', 'meeting_kind'),
	('meeting', 'held_date', '会议日期', NULL),
	('meeting', 'title', '会议名称', NULL),
	('outreach_event', 'township_id', '乡镇', 'township'),
	('outreach_event', 'unit_id', '单位名称', 'unit'),
	('outreach_event', 'dept', '组织部门', 'department'),
	('outreach_event', 'kind', '活动类型', 'outreach_event.kind'),
	('outreach_event', 'venue', '活动场所', 'outreach_event.venue'),
	('outreach_event', 'held_date', '活动日期', NULL),
	('outreach_event', 'participants', '参与人次', NULL),
	('outreach_event', 'title', '活动名称', NULL),
	('publicity', 'county_id', '县', 'county'),
	('publicity', 'dept', '部门', 'department'),
	('publicity', 'medium', '宣传方式', 'publicity.medium'),
	('publicity', 'issued_date', '发放日期', NULL),
	('publicity', 'quantity', '数量', NULL),
	('publicity', 'occasion', '活动', NULL),
	('accident', 'accident_id', '事故编号', NULL),
	('accident', 'township_id', '乡镇', 'township'),
	('accident', 'unit_id', '单位名称', 'unit'),
	('accident', 'sector', '行业领域', 'sector'),
	('accident', 'accident_type', '事故类型', 'accident_type'),
	('accident', 'occurred_date', '发生日期', NULL),
	('accident', 'summary', '事故概况', NULL),
	('accident_figures', 'accident_id', '事故编号', NULL),
	('accident_figures', 'reported_date', '报告日期', NULL),
	('accident_figures', 'deaths', '死亡人数', NULL),
	('accident_figures', 'serious_injuries', '重伤人数', NULL),
	('accident_figures', 'minor_injuries', '轻伤人数', NULL),
	('accident_figures', 'direct_loss_yuan', '直接经济损失（元）', NULL),
	('unit', 'unit_id', '单位编号', NULL),
	('unit', 'township_id', '乡镇', 'township'),
	('unit', 'sector', '行业领域', 'sector'),
	('unit', 'name_zh', '单位名称', NULL),
	('unit', 'key_unit', '重点企业', 'yes_no'),
	('unit', 'metal_smelting', '金属冶炼', 'yes_no'),
	('unit', 'employees', '从业人员数', NULL),
	('unit', 'opened_date', '成立日期', NULL),
	('unit', 'closed_date', '关闭日期', NULL),
	('insurance_policy', 'unit_id', '单位名称', 'unit'),
	('insurance_policy', 'insurer', '保险公司', NULL),
	('insurance_policy', 'start_date', '起保日期', NULL),
	('insurance_policy', 'end_date', '终保日期', NULL),
	('insurance_policy', 'insured_persons', '参保人数', NULL),
	('insurance_policy', 'premium_yuan', '保费（元）', NULL),
	('township', 'county_id', '县', 'county'),
	('township', 'code', '区划代码', NULL),
	('township', 'name_zh', '乡镇名称', NULL),
	('township', 'name_en', '英文名称', NULL),
	('township', 'kind', '类型', 'township.kind'),
	('township_staff', 'township_id', '乡镇', 'township'),
	('township_staff', 'year', '年度', NULL),
	('township_staff', 'inspectors_fulltime', '专职技术检查员', NULL),
	('township_staff', 'inspectors_parttime', '兼职技术检查员', NULL),
	('overload_operation', 'operation_id', '行动编号', NULL),
	('overload_operation', 'township_id', '乡镇', 'township'),
	('overload_operation', 'op_date', '行动日期', NULL),
	('overload_operation', 'lead_dept', '牵头部门', 'department'),
	('overload_operation', 'partner_dept', '配合部门', 'department'),
	('overload_operation', 'site', '地点', NULL),
	('weighing', 'operation_id', '行动编号', NULL),
	('weighing', 'axles', '轴数', NULL),
	('weighing', 'gross_kg', '车货总质量（千克）', NULL),
	('weighing', 'height_mm', '高度（毫米）', NULL),
	('weighing', 'width_mm', '宽度（毫米）', NULL),
	('weighing', 'length_mm', '长度（毫米）', NULL),
	('weighing', 'unloaded_kg', '卸载（千克）', NULL),
	('scenic_spot', 'township_id', '乡镇', 'township'),
	('scenic_spot', 'unit_id', '运营单位', 'unit'),
	('scenic_spot', 'name_zh', '景区名称', NULL),
	('visitor_day', 'spot_id', '景区', 'scenic_spot'),
	('visitor_day', 'spot_id', '景区名称', 'scenic_spot'),
	('visitor_day', 'day', '日期', NULL),
	('visitor_day', 'status', '状态', 'visitor_day.status'),
	('visitor_day', 'visitors', '游客人数', NULL),
	('visitor_day', 'visitors', '接待人数', NULL),
	('visitor_day', 'peak_in_park', '最高在园人数', NULL);
