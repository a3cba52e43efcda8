/*
 * plugins/county/outreach.c -- `outreach`: drills, trainings and
 * community activities with their participants, then the leaflets and
 * SMS sent and the meetings held, as three result sets with keys of
 * their own.
 */
#include "config.h"

#include <string.h>

#include "plugins/common/filter.h"
#include "plugins/common/grouped.h"
#include "plugins/county/ledger.h"
#include "plugins/county/queries.h"
#include "plugins/county/scope.h"

static const char *const kinds[] = { "drill", "training", "community",
    NULL };

static const char *const outreach_by[] = { "kind", "venue", "township",
    "month", "county", NULL };

/* Leaflets and SMS by medium (and month), meetings by kind (or month):
 * county-wide records. */
static int
county_wide(struct ss_ctx *ctx, const struct filter *f,
    const struct query_params *p, int by_month)
{
	static const struct count_column publicity[] = {
		{ .name = "batches", .kind = COUNT_VALUE, .src = 0 },
		{ .name = "quantity", .kind = COUNT_VALUE, .src = 1 },
	};
	static const struct count_column meetings[] = {
		{ .name = "meetings", .kind = COUNT_VALUE, .src = 0 },
	};
	const struct grouping	*medium[2], *meeting;

	medium[0] = grouped_find(&query_publicity, "medium");
	medium[1] = grouped_find(&query_publicity, "month");
	meeting = grouped_find(&query_meetings, by_month ? "month" : "kind");
	if (scope_title(ctx, f, "宣传资料与短信", by_month ? "月份" :
	    NULL) != SS_OK ||
	    grouped_emit(ctx, &query_publicity, medium, by_month ? 2 : 1,
	    publicity, 2, p) != SS_OK ||
	    ss_block(ctx, SS_BLOCK_NOTE, "quantity：宣传资料为份数，短信为"
	    "条数，单位不同，不加总。") != SS_OK ||
	    scope_title(ctx, f, "安全生产会议", meeting->dim->what_zh) !=
	    SS_OK ||
	    grouped_emit(ctx, &query_meetings, &meeting, 1, meetings, 1,
	    p) != SS_OK)
		return SS_ERR;
	return SS_OK;
}

int
county_outreach_run(struct ss_ctx *ctx, const struct ss_args *args)
{
	static const struct count_column events[] = {
		{ .name = "events", .kind = COUNT_VALUE, .src = 0 },
		{ .name = "participants", .kind = COUNT_VALUE, .src = 1 },
	};
	struct query_params	 p;
	struct filter		 f;
	int			 kind = ss_arg_choice(args, "kind");
	const struct grouping	*by = grouped_choose(ctx,
	    &query_outreach_events, args, outreach_by, "kind");

	if (by == NULL || filter_from_args(ctx, args, &f) != SS_OK)
		return SS_ERR;
	query_params_init(&p, &f);
	query_params_add(&p, kind < 0 ? SS_NULL_VALUE :
	    SS_TEXT_VALUE(kinds[kind]));
	if (scope_title(ctx, &f, "应急演练、技能培训和科普宣传活动",
	    by->dim->what_zh) != SS_OK ||
	    grouped_emit(ctx, &query_outreach_events, &by, 1, events, 2,
	    &p) != SS_OK ||
	    ss_block(ctx, SS_BLOCK_NOTE, "participants 为参与人次。") != SS_OK ||
	    query_coverage_note(ctx, &f.period) != SS_OK)
		return SS_ERR;
	/* Leaflets, SMS and meetings belong to no township and no kind of
	 * activity: a filter on either would show county figures beside
	 * filtered ones. */
	if (f.township.id != 0 || kind >= 0)
		return ss_block(ctx, SS_BLOCK_NOTE, "宣传资料、短信和会议为全县"
		    "记录，按乡镇或活动类别筛选时不列出。");
	return county_wide(ctx, &f, &p, strcmp(by->by, "month") == 0);
}

const struct ss_option county_outreach_options[] = {
	PERIOD_OPTIONS,
	FILTER_TOWNSHIP_OPTION,
	FILTER_COUNTY_OPTION,
	{ .name = "kind", .short_name = 'k', .type = SS_OPT_ENUM,
	  .choices = kinds, .help = "only drills, trainings or community "
	  "activities" },
	{ .name = "by", .short_name = 'b', .type = SS_OPT_ENUM,
	  .choices = outreach_by, .help = "group the activities by kind, "
	  "venue, township, month or county (default: kind)" },
	{ .name = NULL }
};

const char county_outreach_help[] =
	"Three result sets, each with keys of its own.  First the "
	"activities: emergency drills and self-rescue trainings at "
	"enterprises, and community activities in villages, communities, "
	"schools and families, with events and participants (人次), grouped "
	"by --by (default: kind).  Then the publicity batches by medium "
	"(leaflets and materials, SMS: batches and quantity) and the safety "
	"meetings by kind (meetings; the special sessions on major hazards "
	"among them); with --by month both are by month as well.  "
	"Publicity and meetings are county-wide records: with --township or "
	"--kind only the activities are listed.  Every group prints, zero "
	"rows included, with a total row in tables.";

const char *const county_outreach_examples[] = {
	"outreach --year 2023",
	"outreach --year 2023 --by venue",
	"outreach --year 2023 --kind drill --by month",
	NULL
};
