/*
 * plugins/tourism/tourism.h -- what the files of the tourism plugin share:
 * the commands' run functions (declared in tourism.c's table) and the
 * scenic-spot lookup every command's --spot uses.
 */
#ifndef TOURISM_TOURISM_H
#define TOURISM_TOURISM_H

#include <safestat/plugin.h>

/* The spots of the counties whose ledgers the file holds. */
#define SPOT_FROM \
	"scenic_spot s JOIN township t ON t.township_id = s.township_id" \
	" JOIN county c ON c.county_id = t.county_id AND c.ledger = 1"

/* Their Chinese names, for completing --spot. */
#define SPOT_VALUES "SELECT s.name_zh FROM " SPOT_FROM " ORDER BY s.spot_id"

/* A spot as --spot named it. */
struct spot_ref {
	long long	id;		/* scenic_spot.spot_id */
	long long	county_id;
	char		name_zh[128];
};

/* Resolve --spot (Chinese or English name, or the spot's id) when given:
 * SS_OK with *out filled (id 0 when the option is absent), or SS_ERR with
 * "unknown spot '…' (did you mean '…'?)" recorded. */
int	spot_from_args(struct ss_ctx *ctx, const struct ss_args *args,
	    struct spot_ref *out);

/* The groupings of `tourism flow --by` (flow.c). */
extern const char *const flow_by_choices[];

/* The groupings of `tourism backtest --by`, in the order of
 * backtest_by_choices (which also names the first column). */
enum { BY_SPOT, BY_HOLIDAY, BY_YEAR };
extern const char *const backtest_by_choices[];

/* Why a spot has no forecast, in Chinese for notes (fc_status_text says
 * it in English for errors and warnings). */
const char *forecast_reason_zh(int status);

int	tourism_spots(struct ss_ctx *ctx, const struct ss_args *args);
int	tourism_flow(struct ss_ctx *ctx, const struct ss_args *args);
int	tourism_forecast(struct ss_ctx *ctx, const struct ss_args *args);
int	tourism_backtest(struct ss_ctx *ctx, const struct ss_args *args);
int	tourism_alerts(struct ss_ctx *ctx, const struct ss_args *args);
int	tourism_equipment(struct ss_ctx *ctx, const struct ss_args *args);

#endif
