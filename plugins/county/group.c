/*
 * plugins/county/group.c -- the dimensions a ledger count can be grouped
 * by, and the one query builder every grouped command uses (group.h).
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>

#include "plugins/common/filter.h"
#include "plugins/county/group.h"

#define GROUP_SQL_MAX	16384

/* One dimension: its output keys, what it is in Chinese, the query that
 * lists its groups (columns k, code, name_zh, ord; k is what a ledger
 * expression equals), and when its unassigned group may show (NULL:
 * always; otherwise an SQL condition, false when a filter picked one
 * group). */
struct dim_info {
	const char	*key;
	const char	*name_key;	/* NULL: the code is the name */
	const char	*what_zh;
	const char	*rows;
	const char	*unassigned_when;
};

/* Rows of a code_label list, in its sort order. */
#define LABEL_ROWS(list) \
	"SELECT l.code AS k, l.code AS code, l.name_zh AS name_zh," \
	" l.sort_order AS ord FROM code_label l WHERE l.list = '" list "'"

static const struct dim_info dims_info[GROUP_NDIMS] = {
	[GROUP_COUNTY] = { "county", "county_zh", "县",
	    "SELECT c.county_id AS k, c.code AS code, c.name_zh AS name_zh,"
	    " c.code AS ord FROM county c WHERE c.ledger = 1"
	    " AND (?3 IS NULL OR c.county_id = ?3)"
	    " AND (?4 IS NULL OR c.county_id ="
	    " (SELECT t.county_id FROM township t WHERE t.township_id = ?4))",
	    NULL },
	[GROUP_TOWNSHIP] = { "township", "township_zh", "乡镇",
	    "SELECT t.township_id AS k, t.code AS code, t.name_zh AS name_zh,"
	    " t.code AS ord FROM township t"
	    " JOIN county c ON c.county_id = t.county_id WHERE c.ledger = 1"
	    " AND (?3 IS NULL OR t.county_id = ?3)"
	    " AND (?4 IS NULL OR t.township_id = ?4)", NULL },
	[GROUP_SECTOR] = { "sector", "sector_zh", "行业领域",
	    "SELECT s.code AS k, s.code AS code, s.name_zh AS name_zh,"
	    " s.report_order AS ord FROM sector s"
	    " WHERE ?5 IS NULL OR s.code = ?5", NULL },
	/* Insurance is mandatory by sector, or for metal-smelting units in a
	 * sector where it is not (DOMAIN.md §2); a sector asked for by name
	 * prints even where it is neither, as a row of zeros. */
	[GROUP_INSURED_SECTOR] = { "sector", "sector_zh", "行业领域",
	    "SELECT s.code AS k, s.code AS code, s.name_zh AS name_zh,"
	    " s.report_order AS ord FROM sector s"
	    " WHERE s.code = ?5 OR (?5 IS NULL AND (s.insurance_mandatory = 1"
	    " OR EXISTS (SELECT 1 FROM unit u WHERE u.sector = s.code"
	    " AND u.metal_smelting = 1)))", NULL },
	/* Departments by the short names reports use (工信, 公安). */
	[GROUP_DEPARTMENT] = { "department", "department_zh", "部门",
	    "SELECT d.code AS k, d.code AS code, d.short_zh AS name_zh,"
	    " d.report_order AS ord FROM department d"
	    " WHERE ?6 IS NULL OR d.code = ?6", "?6 IS NULL" },
	[GROUP_REGULATOR] = { "department", "department_zh", "部门",
	    "SELECT d.code AS k, d.code AS code, d.short_zh AS name_zh,"
	    " d.report_order AS ord FROM department d"
	    " WHERE (?6 IS NULL OR d.code = ?6) AND d.kind = 'regulator'",
	    "?6 IS NULL" },
	[GROUP_FINDER] = { "finder", "finder_zh", "发现主体",
	    "SELECT f.code AS k, f.code AS code, f.name_zh AS name_zh,"
	    " f.report_order AS ord FROM finder_kind f", NULL },
	[GROUP_UNIT] = { "unit_id", "unit_zh", "单位",
	    "SELECT u.unit_id AS k, u.unit_id AS code, u.name_zh AS name_zh,"
	    " u.unit_id AS ord FROM unit u WHERE " FILTER_PLACE("u")
	    " AND (?5 IS NULL OR u.sector = ?5)", NULL },
	/* Every month of the period; an open end (--from alone) stops at
	 * the ledger years, so that it lists years of months, not ages. */
	[GROUP_MONTH] = { "month", NULL, "月份",
	    "WITH RECURSIVE span (first, last) AS ("
	    " SELECT max(substr(?1, 1, 7), min(substr(?2, 1, 4), y.first)"
	    " || '-01'), min(substr(?2, 1, 7), max(substr(?1, 1, 4), y.last)"
	    " || '-12') FROM (SELECT substr(value, 1, 4) AS first,"
	    " substr(value, 6, 4) AS last FROM dataset_info"
	    " WHERE key = 'ledger_years') y),"
	    " m (k) AS (SELECT first FROM span WHERE first <= last"
	    " UNION ALL SELECT strftime('%Y-%m', m.k || '-01', '+1 month')"
	    " FROM m, span WHERE m.k < span.last)"
	    " SELECT k, k AS code, NULL AS name_zh, k AS ord FROM m", NULL },
	[GROUP_LEVEL] = { "level", "level_zh", "隐患等级",
	    LABEL_ROWS("hazard.level") " AND (?8 IS NULL OR l.code = ?8)",
	    NULL },
	[GROUP_KEY_PERIOD] = { "key_period", "key_period_zh", "重点时段",
	    "SELECT p.code AS k, p.code AS code, p.name_zh AS name_zh,"
	    " p.report_order AS ord FROM period_kind p", NULL },
	[GROUP_CASE_KIND] = { "kind", "kind_zh", "案件类别",
	    "SELECT k.code AS k, k.code AS code, k.name_zh AS name_zh,"
	    " k.rowid AS ord FROM case_kind k"
	    " WHERE ?8 IS NULL OR k.category = ?8", NULL },
	[GROUP_OUTREACH_KIND] = { "kind", "kind_zh", "活动类别",
	    LABEL_ROWS("outreach_event.kind")
	    " AND (?8 IS NULL OR l.code = ?8)", NULL },
	[GROUP_VENUE] = { "venue", "venue_zh", "活动场所",
	    LABEL_ROWS("outreach_event.venue"), NULL },
	[GROUP_MEDIUM] = { "medium", "medium_zh", "宣传方式",
	    LABEL_ROWS("publicity.medium"), NULL },
	[GROUP_MEETING_KIND] = { "meeting_kind", "meeting_kind_zh", "会议类别",
	    "SELECT m.code AS k, m.code AS code, m.name_zh AS name_zh,"
	    " m.rowid AS ord FROM meeting_kind m", NULL },
	[GROUP_GRADE] = { "grade", "grade_zh", "事故等级",
	    "SELECT g.code AS k, g.code AS code, g.name_zh AS name_zh,"
	    " g.severity_rank AS ord FROM accident_grade g", NULL },
};

/* A statement being written into a fixed buffer. */
struct sqlbuf {
	char	*text;
	size_t	 len, size;
	int	 overflow;
};

/* Append printf-style text; remember when it did not fit. */
static void SS_PRINTFLIKE(2, 3)
sql_add(struct sqlbuf *b, const char *fmt, ...)
{
	va_list	 ap;
	int	 n;

	if (b->overflow)
		return;
	va_start(ap, fmt);
	n = vsnprintf(b->text + b->len, b->size - b->len, fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t)n >= b->size - b->len)
		b->overflow = 1;
	else
		b->len += (size_t)n;
}

/* The groups of dimension `dim` as a FROM item aliased g<i>: the code
 * table's rows, and the unassigned group when the ledger's key can be
 * NULL. */
static void
add_rows(struct sqlbuf *b, const struct group_source *src,
    enum group_dimension dim, int i)
{
	const struct dim_info	*d = &dims_info[dim];
	const char		*unassigned = src->by[dim].unassigned_zh;

	if (unassigned == NULL) {
		sql_add(b, "(%s) g%d", d->rows, i);
		return;
	}
	sql_add(b, "(SELECT k, code, name_zh, ord FROM (%s)"
	    " UNION ALL SELECT NULL, NULL, '%s', NULL WHERE %s) g%d",
	    d->rows, unassigned,
	    d->unassigned_when != NULL ? d->unassigned_when : "1", i);
}

/* Write the grouped statement for `src` by dims[0..ndims-1]. */
static void
build_sql(struct sqlbuf *b, const struct group_source *src,
    const enum group_dimension *dims, int ndims)
{
	int	 i;

	sql_add(b, "SELECT ");
	for (i = 0; i < ndims; i++)
		sql_add(b, "g%d.code, g%d.name_zh, ", i, i);
	for (i = 0; i < GROUP_MAX_COUNTS && src->counts[i] != NULL; i++)
		sql_add(b, "%scoalesce(a.c%d, 0)", i > 0 ? ", " : "", i);
	for (i = 0; i < GROUP_MAX_AFTER && src->after[i] != NULL; i++)
		sql_add(b, ", %s", src->after[i]);
	sql_add(b, " FROM ");
	for (i = 0; i < ndims; i++) {
		if (i > 0)
			sql_add(b, " CROSS JOIN ");
		add_rows(b, src, dims[i], i);
	}
	sql_add(b, " LEFT JOIN (SELECT ");
	for (i = 0; i < ndims; i++)
		sql_add(b, "%s AS k%d, ", src->by[dims[i]].expr, i);
	for (i = 0; i < GROUP_MAX_COUNTS && src->counts[i] != NULL; i++)
		sql_add(b, "%s%s AS c%d", i > 0 ? ", " : "", src->counts[i], i);
	sql_add(b, " FROM %s WHERE %s GROUP BY ", src->from, src->where);
	for (i = 0; i < ndims; i++)
		sql_add(b, "%sk%d", i > 0 ? ", " : "", i);
	sql_add(b, ") a ON ");
	for (i = 0; i < ndims; i++)
		sql_add(b, "%sa.k%d IS g%d.k", i > 0 ? " AND " : "", i, i);
	sql_add(b, " ORDER BY ");
	for (i = 0; i < ndims; i++)
		sql_add(b, "%sg%d.k IS NULL, g%d.ord", i > 0 ? ", " : "", i, i);
}

int
group_emit(struct ss_ctx *ctx, const struct group_source *src,
    const enum group_dimension *dims, int ndims,
    const struct count_column *measures, int nmeasures, int total,
    const struct ss_value *params)
{
	struct count_column	 cols[32];
	char			 text[GROUP_SQL_MAX];
	struct sqlbuf		 b = { text, 0, sizeof text, 0 };
	int			 i, ncols = 0, offset = 2 * ndims;

	if (ndims < 1 || ndims > 2 || ndims * 2 + nmeasures > 32)
		return ss_error(ctx, "cannot group by %d dimensions", ndims);
	for (i = 0; i < ndims; i++) {
		const struct dim_info *d = &dims_info[dims[i]];

		if (src->by[dims[i]].expr == NULL)
			return ss_error(ctx, "cannot group this ledger by %s",
			    d->key);
		cols[ncols++] = (struct count_column){ .name = d->key,
		    .kind = COUNT_LABEL, .src = 2 * i };
		if (d->name_key != NULL)
			cols[ncols++] = (struct count_column){
			    .name = d->name_key, .kind = COUNT_LABEL,
			    .src = 2 * i + 1 };
	}
	for (i = 0; i < nmeasures; i++) {
		cols[ncols] = measures[i];
		cols[ncols].src += offset;
		cols[ncols].num += offset;
		cols[ncols].den += offset;
		ncols++;
	}
	build_sql(&b, src, dims, ndims);
	if (b.overflow)
		return ss_error(ctx, "grouped query longer than %d bytes",
		    GROUP_SQL_MAX);
	return counts_emit(ctx, cols, ncols, total, text, params,
	    group_param_count(text));
}

int
group_empty(struct ss_ctx *ctx, const struct group_source *src,
    enum group_dimension dim, const struct ss_value *params, long long *count,
    char *names, size_t size)
{
	char		 text[GROUP_SQL_MAX];
	struct sqlbuf	 b = { text, 0, sizeof text, 0 };
	struct ss_stmt	*st;
	struct ss_value	 v;
	int		 rc;

	*count = 0;
	names[0] = '\0';
	if (src->by[dim].expr == NULL)
		return ss_error(ctx, "cannot group this ledger by %s",
		    dims_info[dim].key);
	sql_add(&b, "SELECT count(*), group_concat(name_zh, '、') FROM"
	    " (SELECT g.name_zh FROM (%s) g WHERE NOT EXISTS (SELECT 1"
	    " FROM %s WHERE %s AND (%s) = g.k) ORDER BY g.ord)",
	    dims_info[dim].rows, src->from, src->where, src->by[dim].expr);
	if (b.overflow)
		return ss_error(ctx, "query longer than %d bytes",
		    GROUP_SQL_MAX);
	st = ss_prepare(ctx, text, params, group_param_count(text));
	if (st == NULL)
		return SS_ERR;
	if ((rc = ss_step(st)) == 1) {
		*count = ss_column(st, 0).u.i;
		v = ss_column(st, 1);
		snprintf(names, size, "%s", v.type == SS_TEXT ? v.u.s : "");
	}
	ss_finalize(st);
	return rc < 0 ? SS_ERR : SS_OK;
}

enum group_dimension
group_by(const struct ss_args *args, const enum group_dimension *dims,
    enum group_dimension dflt)
{
	int	 i = ss_arg_choice(args, "by");

	return i < 0 ? dflt : dims[i];
}

const char *
group_what_zh(enum group_dimension dim)
{
	return dims_info[dim].what_zh;
}

int
group_param_count(const char *sql)
{
	const char	*p;
	int		 highest = 0, quoted = 0;

	for (p = sql; *p != '\0'; p++) {
		if (*p == '\'')
			quoted = !quoted;
		else if (*p == '?' && !quoted) {
			int n = 0;

			while (p[1] >= '0' && p[1] <= '9')
				n = 10 * n + (*++p - '0');
			if (n > highest)
				highest = n;
		}
	}
	return highest;
}

int
group_query(struct ss_ctx *ctx, const char *sql,
    const struct ss_value *params, int nparams)
{
	int	 used = group_param_count(sql);

	return ss_query(ctx, sql, params, used < nparams ? used : nparams);
}
