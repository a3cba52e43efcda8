/*
 * plugins/tourism/history.c -- read a county's visitor history, holiday
 * calendar and weather through bound queries.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plugins/tourism/days.h"
#include "plugins/tourism/history.h"
#include "plugins/tourism/tourism.h"

const char *const holiday_choices[] = {
	"mid-autumn", "national-day", "spring-festival", "may-day",
	"qingming", "dragon-boat", NULL
};
const char *const holiday_kinds[] = {
	"mid_autumn", "national_day", "spring_festival", "may_day",
	"qingming", "dragon_boat", NULL
};

/* Holidays of one family share an uplift profile: each kind is its own
 * family, except that National Day and the merged Mid-Autumn/National Day
 * are both the October golden week.  Other days off (New Year) are
 * marked in the calendar but not forecast. */
static const struct {
	const char	*kind;
	int		 family;
} families[] = {
	{ "spring_festival", 0 }, { "qingming", 1 }, { "may_day", 2 },
	{ "dragon_boat", 3 }, { "mid_autumn", 4 }, { "national_day", 5 },
	{ "mid_autumn_national_day", 5 },
};

/* The forecasting family of a holiday kind, or -1. */
static int
family_of(const char *kind)
{
	size_t	i;

	for (i = 0; i < sizeof families / sizeof families[0]; i++)
		if (strcmp(kind, families[i].kind) == 0)
			return families[i].family;
	return -1;
}

/* The text of column i, "" for NULL. */
static const char *
text_at(struct ss_stmt *st, int i)
{
	struct ss_value	v = ss_column(st, i);

	return v.type == SS_TEXT ? v.u.s : "";
}

/* The day number of date column i; -1 (and a message) when it is not a
 * date, which the schema's checks make impossible. */
static int
day_at(struct ss_ctx *ctx, struct ss_stmt *st, int i, int *day)
{
	if (day_from_iso(text_at(st, i), day) != 0) {
		ss_error(ctx, "the dataset has a malformed date '%s'",
		    text_at(st, i));
		return -1;
	}
	return 0;
}

/* Read the county's spots. */
static int
load_spots(struct ss_ctx *ctx, struct history *h)
{
	struct ss_stmt	*st;
	int		 rc, n = 0;

	st = ss_prepare(ctx, "SELECT s.spot_id, s.name_zh, s.daily_capacity,"
	    " s.warn_yellow_pct, s.warn_orange_pct, s.warn_red_pct,"
	    " (SELECT count(*) FROM scenic_spot x JOIN township y"
	    "  ON y.township_id = x.township_id WHERE y.county_id = ?1)"
	    " FROM " SPOT_FROM " WHERE c.county_id = ?1 ORDER BY s.spot_id",
	    SS_PARAMS(SS_INT_VALUE(h->county_id)));
	if (st == NULL)
		return SS_ERR;
	while ((rc = ss_step(st)) == 1) {
		struct history_spot *sp;

		if (h->spots == NULL) {
			h->nspots = (int)ss_column(st, 6).u.i;
			h->spots = calloc((size_t)h->nspots + 1,
			    sizeof *h->spots);
			h->fc_spots = calloc((size_t)h->nspots + 1,
			    sizeof *h->fc_spots);
			if (h->spots == NULL || h->fc_spots == NULL) {
				ss_finalize(st);
				return ss_error(ctx, "out of memory");
			}
		}
		if (n >= h->nspots)
			break;
		sp = &h->spots[n++];
		sp->id = ss_column(st, 0).u.i;
		snprintf(sp->name_zh, sizeof sp->name_zh, "%s", text_at(st, 1));
		sp->capacity = (int)ss_column(st, 2).u.i;
		sp->ladder.yellow_pct = (int)ss_column(st, 3).u.i;
		sp->ladder.orange_pct = (int)ss_column(st, 4).u.i;
		sp->ladder.red_pct = (int)ss_column(st, 5).u.i;
		sp->last_day = -1;
	}
	ss_finalize(st);
	h->nspots = n;
	return rc < 0 ? SS_ERR : SS_OK;
}

/*
 * Read every spot's daily counts into one block: each spot gets the days
 * from the county's first to its last day, and a day the ledger lacks
 * reads as closed (nothing is learnt from it).
 */
static int
load_visitors(struct ss_ctx *ctx, struct history *h)
{
	struct ss_stmt	*st;
	int		 rc, first = 0, last = -1, ndays, s, day;
	long long	 spot_id;

	st = ss_prepare(ctx, "SELECT min(v.day), max(v.day) FROM visitor_day v"
	    " JOIN scenic_spot s ON s.spot_id = v.spot_id JOIN township t"
	    " ON t.township_id = s.township_id WHERE t.county_id = ?1",
	    SS_PARAMS(SS_INT_VALUE(h->county_id)));
	if (st == NULL)
		return SS_ERR;
	rc = ss_step(st);
	if (rc == 1 && ss_column(st, 0).type == SS_TEXT &&
	    (day_at(ctx, st, 0, &first) != 0 || day_at(ctx, st, 1, &last) != 0))
		rc = -1;
	ss_finalize(st);
	if (rc < 0)
		return SS_ERR;
	ndays = last >= first ? last - first + 1 : 0;
	h->visitors = calloc((size_t)ndays * (size_t)h->nspots + 1,
	    sizeof *h->visitors);
	h->status = calloc((size_t)ndays * (size_t)h->nspots + 1, 1);
	if (h->visitors == NULL || h->status == NULL)
		return ss_error(ctx, "out of memory");
	for (s = 0; s < h->nspots; s++) {
		struct fc_spot *fs = &h->fc_spots[s];

		fs->first = first;
		fs->ndays = ndays;
		fs->visitors = h->visitors + (size_t)s * (size_t)ndays;
		fs->status = h->status + (size_t)s * (size_t)ndays;
		fs->capacity = h->spots[s].capacity;
		fs->red_pct = h->spots[s].ladder.red_pct;
	}
	h->last_day = last;
	st = ss_prepare(ctx, "SELECT v.spot_id, v.day, v.status, v.visitors"
	    " FROM visitor_day v JOIN scenic_spot s ON s.spot_id = v.spot_id"
	    " JOIN township t ON t.township_id = s.township_id"
	    " WHERE t.county_id = ?1 ORDER BY v.spot_id, v.day",
	    SS_PARAMS(SS_INT_VALUE(h->county_id)));
	if (st == NULL)
		return SS_ERR;
	s = -1;
	while ((rc = ss_step(st)) == 1) {
		spot_id = ss_column(st, 0).u.i;
		if (s < 0 || h->spots[s].id != spot_id)
			s = history_spot_index(h, spot_id);
		if (s < 0 || day_at(ctx, st, 1, &day) != 0)
			continue;
		h->status[(size_t)s * ndays + (day - first)] =
		    strcmp(text_at(st, 2), "open") == 0 ? FC_DAY_OPEN :
		    FC_DAY_CLOSED;
		h->visitors[(size_t)s * ndays + (day - first)] =
		    (int)ss_column(st, 3).u.i;
		h->spots[s].last_day = day;
	}
	ss_finalize(st);
	return rc < 0 ? SS_ERR : SS_OK;
}

/* Read the public holidays and make-up workdays. */
static int
load_calendar(struct ss_ctx *ctx, struct history *h)
{
	struct ss_stmt	*st;
	int		 rc, n = 0, last;

	st = ss_prepare(ctx, "SELECT h.kind, h.year, h.first_day, h.last_day,"
	    " k.name_zh, (SELECT count(*) FROM holiday x JOIN period_kind y"
	    "  ON y.code = x.kind WHERE y.public_holiday = 1)"
	    " FROM holiday h JOIN period_kind k ON k.code = h.kind"
	    " WHERE k.public_holiday = 1 ORDER BY h.first_day", SS_NO_PARAMS);
	if (st == NULL)
		return SS_ERR;
	while ((rc = ss_step(st)) == 1) {
		if (h->holidays == NULL) {
			h->nholidays = (int)ss_column(st, 5).u.i;
			h->holidays = calloc((size_t)h->nholidays + 1,
			    sizeof *h->holidays);
			h->fc_holidays = calloc((size_t)h->nholidays + 1,
			    sizeof *h->fc_holidays);
			if (h->holidays == NULL || h->fc_holidays == NULL) {
				ss_finalize(st);
				return ss_error(ctx, "out of memory");
			}
		}
		if (n >= h->nholidays)
			break;
		snprintf(h->holidays[n].kind, sizeof h->holidays[n].kind, "%s",
		    text_at(st, 0));
		h->holidays[n].year = (int)ss_column(st, 1).u.i;
		snprintf(h->holidays[n].name_zh, sizeof h->holidays[n].name_zh,
		    "%s", text_at(st, 4));
		h->fc_holidays[n].family = family_of(h->holidays[n].kind);
		if (day_at(ctx, st, 2, &h->fc_holidays[n].first) != 0 ||
		    day_at(ctx, st, 3, &last) != 0) {
			rc = -1;
			break;
		}
		h->fc_holidays[n].ndays = last - h->fc_holidays[n].first + 1;
		n++;
	}
	ss_finalize(st);
	h->nholidays = n;
	if (rc < 0)
		return SS_ERR;
	st = ss_prepare(ctx, "SELECT day, (SELECT count(*) FROM makeup_workday)"
	    " FROM makeup_workday ORDER BY day", SS_NO_PARAMS);
	if (st == NULL)
		return SS_ERR;
	n = 0;
	while ((rc = ss_step(st)) == 1) {
		if (h->makeup == NULL && (h->makeup = calloc((size_t)ss_column(
		    st, 1).u.i + 1, sizeof *h->makeup)) == NULL) {
			ss_finalize(st);
			return ss_error(ctx, "out of memory");
		}
		if (day_at(ctx, st, 0, &h->makeup[n]) != 0) {
			rc = -1;
			break;
		}
		n++;
	}
	ss_finalize(st);
	h->calendar.holidays = h->fc_holidays;
	h->calendar.nholidays = h->nholidays;
	h->calendar.makeup = h->makeup;
	h->calendar.nmakeup = n;
	return rc < 0 ? SS_ERR : SS_OK;
}

/* Read the county's weather record (a county without one forecasts
 * without weather effects). */
static int
load_weather(struct ss_ctx *ctx, struct history *h)
{
	static const char *const codes[FC_NWEATHER] = {
		[FC_SUNNY] = "sunny", [FC_CLOUDY] = "cloudy",
		[FC_RAIN] = "rain", [FC_HEAVY_RAIN] = "heavy_rain",
		[FC_SNOW] = "snow",
	};
	struct ss_stmt	*st;
	int		 rc, first = 0, last = -1, day, w, ndays;

	st = ss_prepare(ctx, "SELECT min(day), max(day) FROM weather_day"
	    " WHERE county_id = ?1", SS_PARAMS(SS_INT_VALUE(h->county_id)));
	if (st == NULL)
		return SS_ERR;
	rc = ss_step(st);
	if (rc == 1 && ss_column(st, 0).type == SS_TEXT &&
	    (day_at(ctx, st, 0, &first) != 0 || day_at(ctx, st, 1, &last) != 0))
		rc = -1;
	ss_finalize(st);
	if (rc < 0)
		return SS_ERR;
	if (last < first)
		return SS_OK;
	ndays = last - first + 1;
	if ((h->weather = malloc((size_t)ndays)) == NULL)
		return ss_error(ctx, "out of memory");
	memset(h->weather, FC_WEATHER_UNKNOWN, (size_t)ndays);
	st = ss_prepare(ctx, "SELECT day, weather FROM weather_day"
	    " WHERE county_id = ?1", SS_PARAMS(SS_INT_VALUE(h->county_id)));
	if (st == NULL)
		return SS_ERR;
	while ((rc = ss_step(st)) == 1) {
		if (day_at(ctx, st, 0, &day) != 0) {
			rc = -1;
			break;
		}
		for (w = 0; w < FC_NWEATHER; w++)
			if (strcmp(text_at(st, 1), codes[w]) == 0)
				h->weather[day - first] = (unsigned char)w;
	}
	ss_finalize(st);
	h->calendar.weather_first = first;
	h->calendar.weather_ndays = ndays;
	h->calendar.weather = h->weather;
	return rc < 0 ? SS_ERR : SS_OK;
}

int
history_load(struct ss_ctx *ctx, long long county_id, struct history *h)
{
	memset(h, 0, sizeof *h);
	h->county_id = county_id;
	h->last_day = -1;
	if (load_spots(ctx, h) != SS_OK || load_visitors(ctx, h) != SS_OK ||
	    load_calendar(ctx, h) != SS_OK || load_weather(ctx, h) != SS_OK) {
		history_free(h);
		return SS_ERR;
	}
	return SS_OK;
}

void
history_free(struct history *h)
{
	free(h->spots);
	free(h->fc_spots);
	free(h->holidays);
	free(h->fc_holidays);
	free(h->visitors);
	free(h->status);
	free(h->makeup);
	free(h->weather);
	memset(h, 0, sizeof *h);
}

int
history_spot_index(const struct history *h, long long id)
{
	int	s;

	for (s = 0; s < h->nspots; s++)
		if (h->spots[s].id == id)
			return s;
	return -1;
}

int
history_find_holiday(struct ss_ctx *ctx, const struct history *h,
    const char *kind, int year)
{
	struct ss_stmt	*st;
	char		 found[40] = "";
	int		 rc, i;

	st = ss_prepare(ctx, "SELECT kind FROM holiday_lookup"
	    " WHERE asked = ?1 AND year = ?2",
	    SS_PARAMS(SS_TEXT_VALUE(kind), SS_INT_VALUE(year)));
	if (st == NULL)
		return -1;
	if ((rc = ss_step(st)) == 1)
		snprintf(found, sizeof found, "%s", text_at(st, 0));
	ss_finalize(st);
	for (i = 0; found[0] != '\0' && i < h->nholidays; i++)
		if (h->holidays[i].year == year &&
		    strcmp(h->holidays[i].kind, found) == 0)
			return i;
	return -1;
}

/* The ledger counties' ids in code order, as a malloc'd array. */
static int
ledger_counties(struct ss_ctx *ctx, long long **ids, int *n)
{
	struct ss_stmt	*st;
	long long	*grown;
	int		 rc, cap = 0;

	*ids = NULL;
	*n = 0;
	st = ss_prepare(ctx, "SELECT county_id FROM county WHERE ledger = 1"
	    " ORDER BY code", SS_NO_PARAMS);
	if (st == NULL)
		return SS_ERR;
	while ((rc = ss_step(st)) == 1) {
		if (*n == cap) {
			cap = cap ? 2 * cap : 8;
			if ((grown = realloc(*ids, (size_t)cap *
			    sizeof **ids)) == NULL) {
				rc = -1;
				ss_error(ctx, "out of memory");
				break;
			}
			*ids = grown;
		}
		(*ids)[(*n)++] = ss_column(st, 0).u.i;
	}
	ss_finalize(st);
	if (rc < 0) {
		free(*ids);
		*ids = NULL;
		return SS_ERR;
	}
	return SS_OK;
}

int
history_each(struct ss_ctx *ctx, long long county_id, history_fn *fn,
    void *arg)
{
	struct history	 h;
	struct fc_params params;
	struct fc_model	*model;
	long long	*ids = NULL;
	int		 n = 1, i, rc = SS_OK;

	if (county_id == 0 && ledger_counties(ctx, &ids, &n) != SS_OK)
		return SS_ERR;
	fc_default_params(&params);
	for (i = 0; rc == SS_OK && i < n; i++) {
		if (ss_interrupted(ctx)) {
			rc = SS_ERR;
			break;
		}
		if (history_load(ctx, ids != NULL ? ids[i] : county_id,
		    &h) != SS_OK) {
			rc = SS_ERR;
			break;
		}
		model = fc_model_new(&h.calendar, h.fc_spots, h.nspots,
		    &params);
		rc = model != NULL ? fn(ctx, &h, model, arg) :
		    ss_error(ctx, "out of memory");
		fc_model_free(model);
		history_free(&h);
	}
	free(ids);
	return rc;
}
