/*
 * plugins/tourism/equipment.c -- `tourism equipment`: the rides, ropeways,
 * boats, glass walkways and sightseeing vehicles of the spots, each with
 * its last inspection on or before the as-of day and when the next falls
 * due; overdue ones first.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "plugins/common/filter.h"
#include "plugins/tourism/rows.h"
#include "plugins/tourism/tourism.h"

/* A piece is overdue on the as-of day when its next inspection fell due
 * before it.  One with no inspection on record falls due a year after it
 * was commissioned (the periodic inspection is yearly) -- if that was
 * after the ledger began (?4); if before, the ledger cannot say, and
 * next_due and overdue are left empty. */
static const char equipment_sql[] =
    "SELECT * FROM (SELECT spot, equipment, kind, special_equipment,"
    " registration_no, commissioned_date, last_inspected, last_result,"
    " next_due, CASE WHEN next_due < ?1 THEN 1 WHEN next_due IS NOT NULL"
    "  THEN 0 END AS overdue,"
    " CASE WHEN next_due < ?1 THEN CAST(julianday(?1) - julianday(next_due)"
    "  AS INTEGER) WHEN next_due IS NOT NULL THEN 0 END AS overdue_days,"
    " ?1 AS as_of, spot_id, equipment_id"
    " FROM (SELECT s.name_zh AS spot, e.name_zh AS equipment, e.kind,"
    " e.special_equipment, e.registration_no, e.commissioned_date,"
    " i.inspect_date AS last_inspected, i.result AS last_result,"
    " coalesce(i.next_due_date, CASE WHEN e.commissioned_date >= ?4"
    "  THEN date(e.commissioned_date, '+1 year') END)"
    " AS next_due, s.spot_id, e.equipment_id"
    " FROM " SPOT_FROM " JOIN tourism_equipment e ON e.spot_id = s.spot_id"
    " LEFT JOIN equipment_inspection i ON i.inspection_id = ("
    "  SELECT j.inspection_id FROM equipment_inspection j"
    "  WHERE j.equipment_id = e.equipment_id AND j.inspect_date <= ?1"
    "  ORDER BY j.inspect_date DESC, j.inspection_id DESC LIMIT 1)"
    " WHERE e.commissioned_date <= ?1 AND (?2 = 0 OR s.spot_id = ?2)))"
    " WHERE ?3 = 0 OR overdue = 1"
    " ORDER BY overdue = 1 DESC, overdue_days DESC, next_due IS NULL,"
    " next_due, spot_id,"
    " equipment_id";

/* The first inspection the ledger has: before it, "never inspected"
 * would only mean "not recorded". */
static int
ledger_start(struct ss_ctx *ctx, char *out, size_t size)
{
	struct ss_stmt	*st;
	int		 rc;

	out[0] = '\0';
	st = ss_prepare(ctx, "SELECT min(inspect_date) FROM equipment_inspection",
	    SS_NO_PARAMS);
	if (st == NULL)
		return SS_ERR;
	if ((rc = ss_step(st)) == 1 && ss_column(st, 0).type == SS_TEXT)
		snprintf(out, size, "%s", ss_column(st, 0).u.s);
	ss_finalize(st);
	return rc < 0 ? SS_ERR : SS_OK;
}

int
tourism_equipment(struct ss_ctx *ctx, const struct ss_args *args)
{
	static const struct result_column cols[] = {
		{ { "spot", SS_TEXT, 0, 0 }, TOTAL_LABEL },
		{ { "equipment", SS_TEXT, 0, 0 }, TOTAL_NONE },
		{ { "kind", SS_TEXT, 0, 0 }, TOTAL_NONE },
		{ { "special_equipment", SS_INT, 0, 0 }, TOTAL_SUM },
		{ { "registration_no", SS_TEXT, 0, 0 }, TOTAL_NONE },
		{ { "commissioned_date", SS_TEXT, 0, 0 }, TOTAL_NONE },
		{ { "last_inspected", SS_TEXT, 0, 0 }, TOTAL_NONE },
		{ { "last_result", SS_TEXT, 0, 0 }, TOTAL_NONE },
		{ { "next_due", SS_TEXT, 0, 0 }, TOTAL_NONE },
		{ { "overdue", SS_INT, 0, 0 }, TOTAL_SUM },
		{ { "overdue_days", SS_INT, 0, 0 }, TOTAL_NONE },
		{ { "as_of", SS_TEXT, 0, 0 }, TOTAL_NONE },
	};
	struct filter	 f;
	struct spot_ref	 spot;
	const char	*as_of;
	char		 start[11];

	/* The day is the common filter's, as for every command with
	 * --as-of: nothing is known of inspections after the data ends. */
	if (spot_from_args(ctx, args, &spot) != SS_OK ||
	    filter_from_args(ctx, args, &f) != SS_OK ||
	    ledger_start(ctx, start, sizeof start) != SS_OK)
		return SS_ERR;
	as_of = f.as_of;
	if (strcmp(as_of, start) < 0)
		return ss_error(ctx, "the inspection ledger starts on %s: judge "
		    "on that day or later (--as-of)", start);
	if (ss_rich(ctx))
		ss_block(ctx, SS_BLOCK_TITLE, "景区游乐设施、索道、游船等设备检验"
		    "情况（截至%s）", as_of);
	/* The statement selects two more columns (the sort keys) than it
	 * emits. */
	return rows_emit(ctx, ss_prepare(ctx, equipment_sql,
	    SS_PARAMS(SS_TEXT_VALUE(as_of), SS_INT_VALUE(spot.id),
	    SS_INT_VALUE(ss_arg_has(args, "overdue") > 0),
	    SS_TEXT_VALUE(start))), cols, 12, "合计");
}
