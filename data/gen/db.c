/*
 * data/gen/db.c -- the generator's inserts: each prepared once and
 * reused with bound parameters.
 *
 * Rows are first written into a small buffer of values (struct ins), so
 * that the province can be written BULK_ROWS rows per statement (one
 * multi-row INSERT costs far less than as many single ones); the county
 * is written a row at a time, with its foreign keys checked as it goes.
 * Row ids are assigned here, in generation order, not by SQLite: a row
 * still in the buffer already has its id, and the bundled county gets the
 * same ids whether it is written alone or as county 1 of a province.
 *
 * In bulk mode a second thread does the writing: full batches go into a
 * queue that the writer empties in order, so that generating rows and
 * storing them use both cores.  SQLite sees the same statements in the
 * same order as with one thread, so the file is the same.
 */
#include "config.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/gen/gen.h"

/* Rows per multi-row INSERT in bulk mode, and batches the writer's
 * queue holds (the generator waits when it is full). */
#define BULK_ROWS	32
#define QUEUE_LEN	512

/* Every INSERT, indexed by enum stmt: the table, its generator-assigned
 * id column (appended as the last parameter) or NULL, and the columns
 * the caller binds, in order (1-based). */
static const struct {
	const char	*table, *id, *columns;
} stmt_spec[NSTMTS] = {
	[ST_INFO] = { "dataset_info", NULL,
	    "key, value" },
	[ST_LABEL] = { "code_label", NULL,
	    "list, code, name_zh, name_en, sort_order" },
	[ST_STAT_GROUP] = { "stat_group", NULL,
	    "code, name_zh, name_en, report_order" },
	[ST_DEPARTMENT] = { "department", NULL,
	    "code, name_zh, short_zh, name_en, kind, report_order" },
	[ST_SECTOR] = { "sector", NULL,
	    "code, name_zh, name_en, stat_group, dept, "
	    "insurance_mandatory, revision_days, report_order" },
	[ST_FINDER_KIND] = { "finder_kind", NULL,
	    "code, name_zh, name_en, report_order" },
	[ST_GRADE] = { "accident_grade", NULL,
	    "code, severity_rank, name_zh, name_en, min_deaths, "
	    "min_serious_injuries, min_direct_loss_yuan" },
	[ST_ACCIDENT_TYPE] = { "accident_type", NULL,
	    "code, name_zh, name_en" },
	[ST_PERIOD_KIND] = { "period_kind", NULL,
	    "code, name_zh, name_en, public_holiday, part_of, "
	    "report_order" },
	[ST_HOLIDAY] = { "holiday", NULL,
	    "kind, year, first_day, last_day" },
	[ST_MAKEUP] = { "makeup_workday", NULL,
	    "day, kind, year" },
	[ST_CAMPAIGN] = { "campaign", NULL,
	    "code, name_zh, name_en, lead_dept, first_day, last_day" },
	[ST_CRITERION] = { "hazard_criterion", NULL,
	    "criterion_id, sector, standard, clause, text_zh, major" },
	[ST_CASE_KIND] = { "case_kind", NULL,
	    "code, category, name_zh, name_en" },
	[ST_MEETING_KIND] = { "meeting_kind", NULL,
	    "code, name_zh, name_en" },
	[ST_WEIGHT_LIMIT] = { "weight_limit", NULL,
	    "min_axles, max_axles, max_gross_kg" },
	[ST_DIMENSION_LIMIT] = { "dimension_limit", NULL,
	    "measure, max_mm" },
	[ST_CITY] = { "city", NULL,
	    "city_id, code, name_zh, name_en" },
	[ST_COUNTY] = { "county", NULL,
	    "county_id, code, name_zh, name_en, city_id, ledger" },
	[ST_TOWNSHIP] = { "township", "township_id",
	    "county_id, code, name_zh, name_en, kind" },
	[ST_STAFF] = { "township_staff", NULL,
	    "township_id, year, inspectors_fulltime, inspectors_parttime" },
	[ST_UNIT] = { "unit", "unit_id",
	    "township_id, sector, name_zh, key_unit, metal_smelting, "
	    "employees, opened_date, closed_date" },
	[ST_POLICY] = { "insurance_policy", "policy_id",
	    "unit_id, insurer, start_date, end_date, insured_persons, "
	    "premium_yuan" },
	[ST_INSPECTION] = { "inspection", "inspection_id",
	    "township_id, unit_id, dept, inspect_date, leader_led, "
	    "key_period, joint, campaign" },
	[ST_HAZARD] = { "hazard", "hazard_id",
	    "township_id, unit_id, sector, level, finder_kind, "
	    "finder_dept, inspection_id, found_date, deadline_date, "
	    "rectified_date, criterion_id, campaign, description" },
	[ST_CASE] = { "enforcement_case", "case_id",
	    "township_id, unit_id, dept, sector, kind, decided_date, "
	    "fine_yuan, hazard_id, description" },
	[ST_ASSIST] = { "assistance_visit", "visit_id",
	    "dept, unit_id, visit_date, topic" },
	[ST_MEETING] = { "meeting", "meeting_id",
	    "county_id, dept, kind, held_date, title" },
	[ST_OUTREACH] = { "outreach_event", "event_id",
	    "township_id, unit_id, dept, kind, venue, held_date, "
	    "participants, title" },
	[ST_PUBLICITY] = { "publicity", "publicity_id",
	    "county_id, dept, medium, issued_date, quantity, occasion" },
	[ST_ACCIDENT] = { "accident", "accident_id",
	    "township_id, unit_id, sector, accident_type, occurred_date, "
	    "summary" },
	[ST_FIGURES] = { "accident_figures", NULL,
	    "accident_id, reported_date, deaths, serious_injuries, "
	    "minor_injuries, direct_loss_yuan" },
	[ST_VEHICLE] = { "key_vehicle", "vehicle_id",
	    "unit_id, plate, class, registered_date, deregistered_date" },
	[ST_FIRE_CHECK] = { "vehicle_fire_check", "check_id",
	    "vehicle_id, check_date, campaign, finding, fixed_date" },
	[ST_OPERATION] = { "overload_operation", "operation_id",
	    "township_id, op_date, lead_dept, partner_dept, site" },
	[ST_WEIGHING] = { "weighing", "weighing_id",
	    "operation_id, axles, gross_kg, height_mm, width_mm, "
	    "length_mm, unloaded_kg" },
	[ST_ROAD_PROJECT] = { "road_project", "project_id",
	    "county_id, year, kind, name_zh, plan_length_m, "
	    "plan_invest_yuan" },
	[ST_ROAD_PROGRESS] = { "road_progress", "progress_id",
	    "project_id, report_date, length_m, invest_yuan" },
	[ST_CLEANUP] = { "roadside_cleanup", "cleanup_id",
	    "township_id, action_date, road, signs_removed, "
	    "signs_area_m2, debris_places, debris_m3, vendors_persuaded, "
	    "leaflets" },
	[ST_GAS_OPERATOR] = { "gas_operator", NULL,
	    "unit_id, licence_no, business" },
	[ST_GAS_USER] = { "gas_user", "user_id",
	    "township_id, operator_id, kind, name_zh, alarm, alarm_date" },
	[ST_GAS_INSPECTION] = { "gas_inspection", "inspection_id",
	    "user_id, inspect_date, result, hazard_id" },
	[ST_CHEM_UNIT] = { "chem_unit", NULL,
	    "unit_id, kind, licence_no, licence_expiry" },
	[ST_MHI] = { "major_hazard_installation", "installation_id",
	    "unit_id, name_zh, grade, registered_date" },
	[ST_EQUIP_CHECK] = { "equipment_check", "check_id",
	    "unit_id, check_date, dept, campaign" },
	[ST_EQUIP_DEFECT] = { "equipment_defect", "defect_id",
	    "check_id, equipment, description, fixed_date" },
	[ST_SPOT] = { "scenic_spot", "spot_id",
	    "township_id, unit_id, name_zh, name_en, a_grade, "
	    "daily_capacity, instant_capacity, warn_yellow_pct, "
	    "warn_orange_pct, warn_red_pct" },
	[ST_VISITOR_DAY] = { "visitor_day", NULL,
	    "spot_id, day, status, visitors, peak_in_park" },
	[ST_WEATHER] = { "weather_day", NULL,
	    "county_id, day, weather" },
	[ST_TOUR_EQUIPMENT] = { "tourism_equipment", "equipment_id",
	    "spot_id, kind, name_zh, special_equipment, registration_no, "
	    "commissioned_date" },
	[ST_TOUR_INSPECTION] = { "equipment_inspection", "inspection_id",
	    "equipment_id, inspect_date, result, next_due_date, inspector" },
	[ST_RISK_INDEX] = { "risk_index", NULL,
	    "county_id, year, score, rank_province, rank_city" },
	[ST_REFERENCE] = { "reference_figure", "figure_id",
	    "city_id, year, indicator, value, unit, source" },
	[ST_SUM_HAZARD_COUNTY] = { "summary_hazard_county", NULL,
	    "found_month, month, county_id, level, found, rectified, "
	    "overdue_change" },
	[ST_SUM_HAZARD_TOWNSHIP] = { "summary_hazard_township", NULL,
	    "county_id, found_month, month, township_id, level, found, "
	    "rectified, overdue_change" },
	[ST_SUM_HAZARD_COUNTY_SECTOR] = { "summary_hazard_county_sector", NULL,
	    "county_id, found_month, month, sector, level, found, "
	    "rectified, overdue_change" },
	[ST_SUM_HAZARD_PROVINCE] = { "summary_hazard_province", NULL,
	    "found_month, month, sector, level, finder_kind, finder_dept, "
	    "found, rectified, overdue_change" },
	[ST_SUM_INSPECTION_COUNTY] = { "summary_inspection_county", NULL,
	    "month, found_month, county_id, dept, leader_led, key_period, "
	    "inspections, hazards, major_hazards" },
	[ST_SUM_INSPECTION_PROVINCE] = { "summary_inspection_province", NULL,
	    "month, found_month, dept, leader_led, key_period, "
	    "inspections, hazards, major_hazards" },
	[ST_SUM_ENFORCEMENT_COUNTY] = { "summary_enforcement_county", NULL,
	    "month, county_id, sector, dept, kind, cases, fine_yuan" },
	[ST_SUM_ENFORCEMENT_PROVINCE] = { "summary_enforcement_province", NULL,
	    "month, sector, dept, kind, cases, fine_yuan" },
	[ST_SUM_OUTREACH_COUNTY] = { "summary_outreach_county", NULL,
	    "month, county_id, kind, venue, events, participants" },
	[ST_SUM_OUTREACH_PROVINCE] = { "summary_outreach_province", NULL,
	    "month, kind, venue, events, participants" },
	[ST_SUM_PUBLICITY_COUNTY] = { "summary_publicity_county", NULL,
	    "month, county_id, medium, batches, quantity" },
	[ST_SUM_MEETING_COUNTY] = { "summary_meeting_county", NULL,
	    "month, county_id, kind, meetings" },
	[ST_SUM_WEIGHING_COUNTY] = { "summary_weighing_county", NULL,
	    "month, county_id, axle_class, weighed, over_limit, over_gross, "
	    "over_size, unloaded_kg, excess_kg" },
	[ST_SUM_WEIGHING_OPERATION] = { "summary_weighing_operation", NULL,
	    "operation_id, weighed, over_limit, over_gross, over_size, "
	    "unloaded_kg, excess_kg" },
	[ST_SUM_VISITOR_SPOT] = { "summary_visitor_spot", NULL,
	    "month, spot_id, days, open_days, visitors, peak_visitors, "
	    "peak_day, yellow_days, orange_days, red_days" },
	[ST_SUM_INSURANCE_COUNTY] = { "summary_insurance_county", NULL,
	    "county_id, sector, month, mandatory_change, insured_change" },
	[ST_SUM_INSURANCE_PROVINCE] = { "summary_insurance_province", NULL,
	    "sector, month, mandatory_change, insured_change" },
};

/* One bound value waiting in the buffer. */
struct value {
	int	type;		/* SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_NULL */
	int64_t	i;
	double	d;
	size_t	off, len;	/* text: in the statement's arena */
};

/* Rows waiting to be written: their values and the text they point
 * into. */
struct buffer {
	struct value	*vals;		/* batch x nparams */
	char		*arena;
	size_t		 arena_len, arena_cap;
	int		 rows;
	struct buffer	*next;		/* in a free list */
};

struct ins {
	enum stmt	 which;
	sqlite3_stmt	*one, *many;	/* one row; BULK_ROWS rows (bulk mode) */
	int		 ncols;		/* bound by callers */
	int		 nparams;	/* ncols, plus the id */
	int		 batch;		/* rows per flush */
	int64_t		 next_id;
	struct buffer	*cur;		/* rows being filled */
	struct buffer	*spare;		/* written buffers to reuse */
};

/* The writer thread's queue (bulk mode only). */
struct writer {
	pthread_t	 thread;
	pthread_mutex_t	 lock;
	pthread_cond_t	 changed;
	struct {
		struct ins	*s;
		struct buffer	*b;
	}		 q[QUEUE_LEN];
	int		 head, len, busy, stop;
};

void
die(const char *fmt, ...)
{
	va_list	ap;

	fputs("safestat-gen: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

/* "INSERT INTO t (cols, id) VALUES (?, ...), ..." for `rows` rows. */
static char *
insert_sql(int s, int nparams, int rows)
{
	size_t	cap, len;
	char	*sql;
	int	r, k;

	cap = strlen(stmt_spec[s].columns) + 128 + (size_t)rows *
	    ((size_t)nparams * 3 + 4);
	if ((sql = malloc(cap)) == NULL)
		die("out of memory");
	len = (size_t)snprintf(sql, cap, "INSERT INTO %s (%s%s%s) VALUES ",
	    stmt_spec[s].table, stmt_spec[s].columns,
	    stmt_spec[s].id != NULL ? ", " : "",
	    stmt_spec[s].id != NULL ? stmt_spec[s].id : "");
	for (r = 0; r < rows; r++) {
		sql[len++] = r > 0 ? ',' : ' ';
		sql[len++] = '(';
		for (k = 0; k < nparams; k++) {
			if (k > 0)
				sql[len++] = ',';
			sql[len++] = '?';
		}
		sql[len++] = ')';
	}
	sql[len] = '\0';
	return sql;
}

/* Prepare one statement for reuse; die on error. */
static sqlite3_stmt *
prepare(struct gen *g, const char *sql)
{
	sqlite3_stmt	*s;

	if (sqlite3_prepare_v3(g->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s,
	    NULL) != SQLITE_OK)
		die("cannot prepare \"%.200s\": %s", sql, sqlite3_errmsg(g->db));
	return s;
}

/* An empty buffer sized for one batch of statement s. */
static struct buffer *
buffer_new(const struct ins *s)
{
	struct buffer	*b;

	if ((b = calloc(1, sizeof *b)) == NULL ||
	    (b->vals = calloc((size_t)s->batch * (size_t)s->nparams,
	    sizeof *b->vals)) == NULL)
		die("out of memory");
	return b;
}

static void	writer_start(struct gen *);

void
db_prepare_all(struct gen *g, int bulk)
{
	struct ins	*s;
	const char	*p;
	char		*sql;
	int		 i;

	for (i = 0; i < NSTMTS; i++) {
		if (stmt_spec[i].table == NULL)
			die("statement %d has no table", i);
		if ((s = calloc(1, sizeof *s)) == NULL)
			die("out of memory");
		s->which = (enum stmt)i;
		s->ncols = 1;
		for (p = stmt_spec[i].columns; *p != '\0'; p++)
			s->ncols += *p == ',';
		s->nparams = s->ncols + (stmt_spec[i].id != NULL);
		s->batch = bulk ? BULK_ROWS : 1;
		sql = insert_sql(i, s->nparams, 1);
		s->one = prepare(g, sql);
		free(sql);
		if (bulk) {
			sql = insert_sql(i, s->nparams, BULK_ROWS);
			s->many = prepare(g, sql);
			free(sql);
		}
		s->cur = buffer_new(s);
		g->stmt[i] = s;
	}
	if (bulk)
		writer_start(g);
}

/* Bind row `row` of buffer b to statement `to` starting at parameter
 * `base` + 1. */
static void
bind_row(const struct ins *s, const struct buffer *b, sqlite3_stmt *to,
    int row, int base)
{
	const struct value	*v = &b->vals[row * s->nparams];
	int		 k;

	for (k = 0; k < s->nparams; k++) {
		switch (v[k].type) {
		case SQLITE_INTEGER:
			sqlite3_bind_int64(to, base + k + 1, v[k].i);
			break;
		case SQLITE_FLOAT:
			sqlite3_bind_double(to, base + k + 1, v[k].d);
			break;
		case SQLITE_TEXT:
			/* SQLITE_STATIC: the arena is kept until after the
			 * step, so SQLite need not copy. */
			sqlite3_bind_text(to, base + k + 1, b->arena + v[k].off,
			    (int)v[k].len, SQLITE_STATIC);
			break;
		default:
			sqlite3_bind_null(to, base + k + 1);
			break;
		}
	}
}

/* Step a bound insert once and reset it; die on error. */
static void
step(struct gen *g, sqlite3_stmt *st)
{
	if (sqlite3_step(st) != SQLITE_DONE)
		die("cannot insert (%.200s): %s", sqlite3_sql(st),
		    sqlite3_errmsg(g->db));
	sqlite3_reset(st);
}

/* Write buffer b of statement s: one multi-row statement for a full
 * batch, the single-row one otherwise. */
static void
write_buffer(struct gen *g, const struct ins *s, struct buffer *b)
{
	int	r;

	if (b->rows == s->batch && s->many != NULL) {
		for (r = 0; r < b->rows; r++)
			bind_row(s, b, s->many, r, r * s->nparams);
		step(g, s->many);
	} else
		for (r = 0; r < b->rows; r++) {
			bind_row(s, b, s->one, r, 0);
			step(g, s->one);
		}
	b->rows = 0;
	b->arena_len = 0;
}

/* The writer thread: write queued buffers in order, hand them back. */
static void *
writer_main(void *arg)
{
	struct gen	*g = arg;
	struct writer	*w = g->writer;
	struct ins	*s;
	struct buffer	*b;

	pthread_mutex_lock(&w->lock);
	for (;;) {
		while (w->len == 0 && !w->stop)
			pthread_cond_wait(&w->changed, &w->lock);
		if (w->len == 0)
			break;
		s = w->q[w->head].s;
		b = w->q[w->head].b;
		w->busy = 1;
		pthread_mutex_unlock(&w->lock);
		write_buffer(g, s, b);
		pthread_mutex_lock(&w->lock);
		b->next = s->spare;
		s->spare = b;
		w->head = (w->head + 1) % QUEUE_LEN;
		w->len--;
		w->busy = 0;
		pthread_cond_broadcast(&w->changed);
	}
	pthread_mutex_unlock(&w->lock);
	return NULL;
}

/* Start the writer thread (bulk mode). */
static void
writer_start(struct gen *g)
{
	struct writer	*w;

	if ((w = calloc(1, sizeof *w)) == NULL)
		die("out of memory");
	pthread_mutex_init(&w->lock, NULL);
	pthread_cond_init(&w->changed, NULL);
	g->writer = w;
	if (pthread_create(&w->thread, NULL, writer_main, g) != 0)
		die("cannot start the writer thread");
}

/* Hand s's current buffer to the writer (or write it now without one)
 * and start a fresh one. */
static void
flush(struct gen *g, struct ins *s)
{
	struct writer	*w = g->writer;
	struct buffer	*b = s->cur;

	if (b->rows == 0)
		return;
	if (w == NULL) {
		write_buffer(g, s, b);
		return;
	}
	pthread_mutex_lock(&w->lock);
	while (w->len == QUEUE_LEN)
		pthread_cond_wait(&w->changed, &w->lock);
	w->q[(w->head + w->len) % QUEUE_LEN].s = s;
	w->q[(w->head + w->len) % QUEUE_LEN].b = b;
	w->len++;
	if (s->spare != NULL) {
		s->cur = s->spare;
		s->spare = s->cur->next;
	} else
		s->cur = NULL;
	pthread_cond_broadcast(&w->changed);
	pthread_mutex_unlock(&w->lock);
	if (s->cur == NULL)
		s->cur = buffer_new(s);
}

void
db_flush_all(struct gen *g)
{
	struct writer	*w = g->writer;
	int		 i;

	for (i = 0; i < NSTMTS; i++)
		flush(g, g->stmt[i]);
	if (w == NULL)
		return;
	/* Wait until everything queued is written, then stop the writer:
	 * what follows (COMMIT, indexes) runs on this thread. */
	pthread_mutex_lock(&w->lock);
	w->stop = 1;
	pthread_cond_broadcast(&w->changed);
	pthread_mutex_unlock(&w->lock);
	pthread_join(w->thread, NULL);
	pthread_mutex_destroy(&w->lock);
	pthread_cond_destroy(&w->changed);
	free(w);
	g->writer = NULL;
}

/* Free a buffer and its values and text. */
static void
buffer_free(struct buffer *b)
{
	free(b->vals);
	free(b->arena);
	free(b);
}

void
db_finalize_all(struct gen *g)
{
	int		 i;

	struct buffer	*b;

	for (i = 0; i < NSTMTS; i++) {
		sqlite3_finalize(g->stmt[i]->one);
		sqlite3_finalize(g->stmt[i]->many);
		buffer_free(g->stmt[i]->cur);
		while ((b = g->stmt[i]->spare) != NULL) {
			g->stmt[i]->spare = b->next;
			buffer_free(b);
		}
		free(g->stmt[i]);
		g->stmt[i] = NULL;
	}
}

void
db_exec(struct gen *g, const char *sql)
{
	char	*err = NULL;

	if (sqlite3_exec(g->db, sql, NULL, NULL, &err) != SQLITE_OK)
		die("%s: %s", sql, err != NULL ? err : sqlite3_errmsg(g->db));
}

struct ins *
st(struct gen *g, enum stmt s)
{
	return g->stmt[s];
}

/* The slot of column i (1-based) of the row being written. */
static struct value *
slot(struct ins *s, int i)
{
	if (i < 1 || i > s->ncols)
		die("column %d of a %d-column insert", i, s->ncols);
	return &s->cur->vals[s->cur->rows * s->nparams + i - 1];
}

void
b_int(struct ins *s, int i, int64_t v)
{
	struct value	*x = slot(s, i);

	x->type = SQLITE_INTEGER;
	x->i = v;
}

void
b_id0(struct ins *s, int i, int64_t v)
{
	if (v == 0)
		b_null(s, i);
	else
		b_int(s, i, v);
}

void
b_real(struct ins *s, int i, double v)
{
	struct value	*x = slot(s, i);

	x->type = SQLITE_FLOAT;
	x->d = v;
}

/* Copy n bytes of text into the arena for column i. */
static void
b_text_n(struct ins *s, int i, const char *v, size_t n)
{
	struct value	*x = slot(s, i);
	struct buffer	*b = s->cur;

	if (b->arena_len + n > b->arena_cap) {
		b->arena_cap = (b->arena_len + n) * 2 + 4096;
		if ((b->arena = realloc(b->arena, b->arena_cap)) == NULL)
			die("out of memory");
	}
	memcpy(b->arena + b->arena_len, v, n);
	x->type = SQLITE_TEXT;
	x->off = b->arena_len;
	x->len = n;
	b->arena_len += n;
}

void
b_text(struct ins *s, int i, const char *v)
{
	if (v == NULL)
		b_null(s, i);
	else
		b_text_n(s, i, v, strlen(v));
}

void
b_null(struct ins *s, int i)
{
	slot(s, i)->type = SQLITE_NULL;
}

void
b_day(struct ins *s, int i, int day)
{
	char	buf[11];

	if (day < 0) {
		b_null(s, i);
		return;
	}
	day_iso(day, buf);
	b_text_n(s, i, buf, 10);
}

/* A row of a statement's current buffer. */
struct row {
	const struct ins	*s;
	const struct value	*v;	/* its nparams values */
	const char		*arena;
};

void
row_get(const struct row *r, int col, struct row_value *out)
{
	const struct value	*v;

	if (col < 0 || col > r->s->ncols || (col == 0 &&
	    r->s->nparams == r->s->ncols))
		die("no column %d in a row of %s", col,
		    stmt_spec[r->s->which].table);
	v = &r->v[col == 0 ? r->s->ncols : col - 1];
	out->type = v->type;
	out->i = v->i;
	out->s = v->type == SQLITE_TEXT ? r->arena + v->off : "";
	out->len = v->type == SQLITE_TEXT ? v->len : 0;
}

int64_t
db_insert(struct gen *g, struct ins *s)
{
	int64_t	id = 0;

	struct value	*v = &s->cur->vals[s->cur->rows * s->nparams];
	struct row	 row = { s, v, s->cur->arena };

	if (s->nparams > s->ncols) {
		id = ++s->next_id;
		v[s->ncols].type = SQLITE_INTEGER;
		v[s->ncols].i = id;
	}
	summary_row(g, s->which, &row);
	if (++s->cur->rows == s->batch)
		flush(g, s);
	return id;
}
