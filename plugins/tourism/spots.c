/*
 * plugins/tourism/spots.c -- `tourism spots`, and turning what --spot
 * says into a spot, with "did you mean" when nothing matches.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plugins/common/lookup.h"
#include "plugins/tourism/rows.h"
#include "plugins/tourism/tourism.h"

/* Every name a spot goes by, for suggestions. */
static const char all_names_sql[] =
    "SELECT s.name_zh, s.name_en FROM " SPOT_FROM " ORDER BY s.spot_id";

/* Record "unknown spot", suggesting the closest of all spot names. */
static int
unknown_spot(struct ss_ctx *ctx, const char *typed)
{
	struct ss_stmt	*st;
	char		**names = NULL, **grown;
	size_t		 n = 0, cap = 0;
	const char	*best = NULL;
	int		 rc, i;

	if ((st = ss_prepare(ctx, all_names_sql, SS_NO_PARAMS)) == NULL)
		return SS_ERR;
	while ((rc = ss_step(st)) == 1)
		for (i = 0; i < 2; i++) {
			struct ss_value v = ss_column(st, i);

			if (v.type != SS_TEXT)
				continue;
			if (n + 2 > cap) {
				cap = cap ? 2 * cap : 16;
				if ((grown = realloc(names, cap *
				    sizeof *names)) == NULL)
					continue;
				names = grown;
			}
			if ((names[n] = strdup(v.u.s)) != NULL)
				n++;
		}
	ss_finalize(st);
	if (rc == 0 && names != NULL) {
		names[n] = NULL;
		best = ss_closest(typed, (const char *const *)names);
	}
	if (rc < 0)
		rc = SS_ERR;
	else if (best != NULL)
		rc = ss_error(ctx, "unknown spot '%s' (did you mean '%s'?)",
		    typed, best);
	else
		rc = ss_error(ctx, "unknown spot '%s' (tourism spots lists "
		    "them)", typed);
	while (n > 0)
		free(names[--n]);
	free(names);
	return rc;
}

int
spot_from_args(struct ss_ctx *ctx, const struct ss_args *args,
    struct spot_ref *out)
{
	const char	*typed = ss_arg_text(args, "spot");
	struct ss_stmt	*st;
	int		 rc, found = 0;

	memset(out, 0, sizeof *out);
	if (typed == NULL)
		return SS_OK;
	st = ss_prepare(ctx, "SELECT s.spot_id, c.county_id, s.name_zh FROM "
	    SPOT_FROM " WHERE s.name_zh = ?1 OR s.name_en = ?1 COLLATE NOCASE"
	    " OR CAST(s.spot_id AS TEXT) = ?1", SS_PARAMS(SS_TEXT_VALUE(typed)));
	if (st == NULL)
		return SS_ERR;
	while ((rc = ss_step(st)) == 1)
		if (++found == 1) {
			struct ss_value name = ss_column(st, 2);

			out->id = ss_column(st, 0).u.i;
			out->county_id = ss_column(st, 1).u.i;
			snprintf(out->name_zh, sizeof out->name_zh, "%s",
			    name.type == SS_TEXT ? name.u.s : "");
		}
	ss_finalize(st);
	if (rc < 0)
		return SS_ERR;
	if (found == 0)
		return unknown_spot(ctx, typed);
	if (found > 1)
		return ss_error(ctx, "spot '%s' is ambiguous: %d spots have that "
		    "name (give its id, from tourism spots)", typed, found);
	return SS_OK;
}

/* tourism spots: every spot with its grade, capacities, warning ladder
 * and how much equipment it runs. */
int
tourism_spots(struct ss_ctx *ctx, const struct ss_args *args)
{
	static const struct result_column cols[] = {
		{ { "spot_id", SS_INT, 0, 0 }, TOTAL_NONE },
		{ { "spot", SS_TEXT, 0, 0 }, TOTAL_LABEL },
		{ { "name_en", SS_TEXT, 0, 0 }, TOTAL_NONE },
		{ { "township", SS_TEXT, 0, 0 }, TOTAL_NONE },
		{ { "a_grade", SS_INT, 0, 0 }, TOTAL_NONE },
		{ { "daily_capacity", SS_INT, 0, 0 }, TOTAL_SUM },
		{ { "instant_capacity", SS_INT, 0, 0 }, TOTAL_SUM },
		{ { "warn_yellow_pct", SS_INT, 0, 0 }, TOTAL_NONE },
		{ { "warn_orange_pct", SS_INT, 0, 0 }, TOTAL_NONE },
		{ { "warn_red_pct", SS_INT, 0, 0 }, TOTAL_NONE },
		{ { "equipment", SS_INT, 0, 0 }, TOTAL_SUM },
	};
	const char		*township = ss_arg_text(args, "township");
	struct lookup_result	 place = { 0 };

	if (township != NULL &&
	    lookup_resolve(ctx, LOOKUP_TOWNSHIP, township, &place) != SS_OK)
		return SS_ERR;
	if (ss_rich(ctx))
		ss_block(ctx, SS_BLOCK_TITLE, "景区承载量与预警线%s%s",
		    township != NULL ? "：" : "", place.name_zh);
	return rows_emit(ctx, ss_prepare(ctx,
	    "SELECT s.spot_id, s.name_zh, s.name_en, t.name_zh, s.a_grade,"
	    " s.daily_capacity, s.instant_capacity, s.warn_yellow_pct,"
	    " s.warn_orange_pct, s.warn_red_pct,"
	    " (SELECT count(*) FROM tourism_equipment e"
	    "  WHERE e.spot_id = s.spot_id)"
	    " FROM " SPOT_FROM " WHERE ?1 IS NULL OR t.township_id = ?1"
	    " ORDER BY c.code, s.spot_id",
	    SS_PARAMS(township != NULL ? SS_INT_VALUE(place.id) :
	    SS_NULL_VALUE)), cols, 11, "合计");
}
