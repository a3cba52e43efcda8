/*
 * plugins/common/dimensions.c -- the shared dimensions (dimensions.h).
 */
#include "config.h"

#include "plugins/common/dimensions.h"
#include "plugins/common/lookup.h"

/* The ledger counties the filters allow (?3 county, ?4 township). */
#define COUNTIES \
	"(SELECT c.county_id, c.code, c.name_zh FROM county c" \
	" WHERE c.ledger = 1 AND (?3 IS NULL OR c.county_id = ?3)" \
	" AND (?4 IS NULL OR c.county_id =" \
	"  (SELECT t.county_id FROM township t WHERE t.township_id = ?4)))"

/* Their townships. */
#define TOWNSHIPS \
	"(SELECT t.township_id, t.code, t.name_zh FROM township t" \
	" JOIN county c ON c.county_id = t.county_id WHERE c.ledger = 1" \
	" AND (?3 IS NULL OR t.county_id = ?3)" \
	" AND (?4 IS NULL OR t.township_id = ?4))"

const struct group_dim dim_county = {
	.what_zh = "县", .groups = COUNTIES, .key = "g.county_id",
	.order = { "g.code" },
	.labels = { { "county", "g.code" }, { "county_zh", "g.name_zh" } },
	.name_label = 1,
};

const struct group_dim dim_county_named = {
	.what_zh = "县", .groups = COUNTIES, .key = "g.county_id",
	.order = { "g.code" },
	.labels = { { "county", "g.name_zh" }, { "county_code", "g.code" } },
	.name_label = 0,
};

const struct group_dim dim_township = {
	.what_zh = "乡镇", .groups = TOWNSHIPS, .key = "g.township_id",
	.order = { "g.code" },
	.labels = { { "township", "g.code" }, { "township_zh", "g.name_zh" } },
	.name_label = 1,
};

const struct group_dim dim_township_named = {
	.what_zh = "乡镇", .groups = TOWNSHIPS, .key = "g.township_id",
	.order = { "g.code" },
	.labels = { { "township", "g.name_zh" },
	    { "township_code", "g.code" } },
	.name_label = 0,
};

const struct group_dim dim_sector = {
	.what_zh = "行业领域",
	.groups = "(SELECT s.code, s.name_zh, s.report_order FROM sector s"
	    " WHERE ?5 IS NULL OR s.code = ?5)",
	.key = "g.code", .order = { "g.report_order" },
	.labels = { { "sector", "g.code" }, { "sector_zh", "g.name_zh" } },
	.name_label = 1,
};

/* Facts no department found form their own group, unless --department
 * picked one. */
const struct group_dim dim_department = {
	.what_zh = "部门",
	.groups = "(SELECT d.code, d.short_zh, d.report_order"
	    " FROM department d WHERE ?6 IS NULL OR d.code = ?6)",
	.key = "g.code", .order = { "g.report_order" },
	.labels = { { "department", "g.code" },
	    { "department_zh", "g.short_zh" } },
	.name_label = 1, .unassigned_when = "?6 IS NULL",
};

const struct group_dim dim_regulator = {
	.what_zh = "部门",
	.groups = "(SELECT d.code, d.short_zh, d.report_order"
	    " FROM department d WHERE (?6 IS NULL OR d.code = ?6)"
	    " AND d.kind = 'regulator')",
	.key = "g.code", .order = { "g.report_order" },
	.labels = { { "department", "g.code" },
	    { "department_zh", "g.short_zh" } },
	.name_label = 1, .unassigned_when = "?6 IS NULL",
};

const struct group_dim dim_period = {
	.what_zh = "统计期", .groups = "(SELECT ?8 AS period)", .key = "1",
	.order = { "1" }, .labels = { { "period", "g.period" } },
	.name_label = 0, .single = 1,
};

/* From the later of the period's first month and the first ledger year
 * (unless the period ends before it) to the earlier of its last month
 * and the last ledger year (unless it starts after it). */
const struct group_dim dim_month = {
	.what_zh = "月份",
	.groups = "(WITH RECURSIVE span (first, last) AS ("
	    " SELECT max(substr(?1, 1, 7), min(substr(?2, 1, 4), y.first)"
	    " || '-01'), min(substr(?2, 1, 7), max(substr(?1, 1, 4), y.last)"
	    " || '-12') FROM (SELECT substr(first_day, 1, 4) AS first,"
	    " substr(last_day, 1, 4) AS last FROM (" LOOKUP_LEDGER_SPAN_SQL
	    ") WHERE first_day IS NOT NULL) y),"
	    " m (month) AS (SELECT first FROM span WHERE first <= last"
	    " UNION ALL SELECT strftime('%Y-%m', m.month || '-01', '+1 month')"
	    " FROM m, span WHERE m.month < span.last)"
	    " SELECT month FROM m)",
	.key = "g.month", .order = { "g.month" },
	.labels = { { "month", "g.month" } }, .name_label = 0,
};

/* The period clamped to the ledger years, always. */
const struct group_dim dim_ledger_month = {
	.what_zh = "月份",
	.groups = "(WITH RECURSIVE span (lo, hi) AS ("
	    " SELECT max(?1, substr(first_day, 1, 4) || '-01-01'),"
	    "  min(?2, substr(last_day, 1, 4) || '-12-31')"
	    " FROM (" LOOKUP_LEDGER_SPAN_SQL ") WHERE first_day IS NOT NULL),"
	    " m (first_day) AS ("
	    " SELECT substr(lo, 1, 7) || '-01' FROM span WHERE lo <= hi"
	    " UNION ALL SELECT date(first_day, '+1 month') FROM m, span"
	    "  WHERE date(first_day, '+1 month') <= hi)"
	    " SELECT substr(first_day, 1, 7) AS month FROM m)",
	.key = "g.month", .order = { "g.month" },
	.labels = { { "month", "g.month" } }, .name_label = 0,
};

const struct group_dim dim_hazard_level = {
	.what_zh = "隐患等级",
	.groups = "(SELECT code, name_zh, sort_order FROM code_label"
	    " WHERE list = 'hazard.level' AND (?9 IS NULL OR code = ?9))",
	.key = "g.code", .order = { "g.sort_order" },
	.labels = { { "level", "g.code" }, { "level_zh", "g.name_zh" } },
	.name_label = 1,
};

/* One group for both levels (--level all), with the keys of
 * dim_hazard_level: its fact key is the constant 'all'. */
const struct group_dim dim_hazard_all_levels = {
	.what_zh = "隐患等级",
	.groups = "(SELECT 'all' AS code, '全部隐患' AS name_zh)",
	.key = "g.code", .order = { "g.code" },
	.labels = { { "level", "g.code" }, { "level_zh", "g.name_zh" } },
	.name_label = 1,
};

const struct group_dim dim_finder = {
	.what_zh = "发现主体", .groups = "finder_kind", .key = "g.code",
	.order = { "g.report_order" },
	.labels = { { "finder", "g.code" }, { "finder_zh", "g.name_zh" } },
	.name_label = 1,
};
