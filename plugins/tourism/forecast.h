/*
 * plugins/tourism/forecast.h -- holiday visitor forecasts for scenic
 * spots, with prediction intervals from the model's own past errors.
 *
 * Data in, numbers out: no database, no host.  The caller describes the
 * calendar (every public holiday and make-up workday) and each spot's
 * daily history, then asks for the forecast of one holiday at one spot
 * as it could have been made on an origin day: nothing after the origin
 * is ever read, so a backtest is honest by construction.
 *
 * The model (docs/forecasting.md has the why and the measurements), in
 * log visitors, for day k of the holiday:
 *
 *	forecast(k) = mean over views of (level + uplift(k)) + weather
 *
 * level: a spot's level on ordinary days (no holiday, eve, day after or
 *	make-up workday), net of weekday and weather effects fitted by
 *	robust least squares over the year before; a recency-weighted
 *	Huber mean.  The recent view measures it at the origin (only when
 *	the holiday is at most direct_gap days ahead); the year-ago view
 *	measures a settled level a whole number of years (364 days, so
 *	weekdays line up) before the holiday.
 * uplift(k): how far above that same kind of level each earlier holiday
 *	of the family stood on the aligned day (day index D1..Dn: the
 *	first half aligned from the start, the second from the end), net
 *	of its day's weather; a Huber mean over those holidays, censored
 *	(Tobit EM) because a day near capacity only says demand was at
 *	least that high.
 * weather: the spot's weather effects weighted by how often the month
 *	has had each kind of weather.
 * interval: empirical quantiles of the errors of the same model's
 *	forecasts of every earlier holiday at every spot of the model, each
 *	made from the data before it at the same lead, scaled by each
 *	spot's day-to-day noise.
 * demand and admissions: the forecast and its interval are of demand --
 *	the visitors who would come -- and may pass the spot's capacity:
 *	that is what a warning is about.  The gate admits at most its
 *	ceiling (the red line, or the most the spot has ever admitted if
 *	more): what is counted, and what a backtest compares, is demand
 *	capped there (fc_admitted).
 */
#ifndef TOURISM_FORECAST_H
#define TOURISM_FORECAST_H

/* Days are day numbers (plugins/tourism/days.h). */

/* The longest holiday the model forecasts (the longest so far: 9 days). */
#define FC_MAX_DAYS	64

/* A spot's state on one day of its history. */
enum fc_day_status {
	FC_DAY_CLOSED = 0,	/* closed: no visitors, nothing learnt */
	FC_DAY_OPEN		/* open: visitors counted */
};

/* One spot's daily history. */
struct fc_spot {
	int			 first;		/* day number of day 0 */
	int			 ndays;
	const int		*visitors;	/* visitors on each day */
	const unsigned char	*status;	/* enum fc_day_status per day */
	int			 capacity;	/* approved daily maximum */
	int			 red_pct;	/* the red line, percent of it */
};

/* One public holiday (every day of it a day off). */
struct fc_holiday {
	int	family;		/* holidays of one family share an uplift
				   profile; -1: not forecast, but still a
				   day off (New Year) */
	int	first;		/* day number of D1 */
	int	ndays;
};

/* The day's weather where the spots are (the county's weather record). */
enum fc_weather {
	FC_SUNNY = 0, FC_CLOUDY, FC_RAIN, FC_HEAVY_RAIN, FC_SNOW,
	FC_NWEATHER,
	FC_WEATHER_UNKNOWN = 255
};

/* The spots' calendar: public holidays sorted by first day, the weekend
 * days worked in exchange (调休上班), and the weather of each day. */
struct fc_calendar {
	const struct fc_holiday	*holidays;
	int			 nholidays;
	const int		*makeup;	/* day numbers, any order */
	int			 nmakeup;
	int			 weather_first;	/* day number of weather[0] */
	int			 weather_ndays;	/* 0: no weather record */
	const unsigned char	*weather;	/* enum fc_weather per day */
};

/* The choices of the model (fc_default_params gives the documented
 * ones; unit tests and the tuning in docs/forecasting.md vary them). */
struct fc_params {
	int	window;		/* days the recent level looks back (28) */
	double	half_life;	/* of its weights, days (3); <= 0: equal */
	int	settled_window;	/* the same for the settled level (112) */
	double	settled_half_life; /* (56) */
	int	min_level_days;	/* ordinary open days a level needs (7) */
	int	direct_gap;	/* days between origin and the eve of the
				   holiday up to which the recent view is
				   used (7) */
	double	censor_share;	/* a day at or above this share of the red
				   line counts as censored (0.9) */
	int	min_errors;	/* past errors an interval needs (30) */
	double	uplift_huber;	/* Huber tuning of the uplift mean, in the
				   spot's noise sd (1.345); 0: plain mean */
};

/* One day of a forecast, in visitors. */
struct fc_day {
	double	forecast;	/* demand: the model's forecast (its centre
				   in log visitors), not capped */
	double	lower;		/* the interval of demand at the level */
	double	upper;		/* asked, not capped */
	double	ceiling;	/* the most the gate admits that day: the
				   red line, or the most ever admitted */
};

/* Why a forecast could not be made (fc_status_text says it in words). */
enum fc_status {
	FC_OK = 0,
	FC_BAD_ORIGIN,		/* the origin is not before the holiday */
	FC_NO_EARLIER,		/* no earlier holiday of the family */
	FC_ALWAYS_CLOSED,	/* closed on every day of every earlier one */
	FC_NO_LEVEL,		/* too few ordinary open days for a level */
	FC_FEW_ERRORS,		/* too few past forecasts for the interval */
	FC_NO_MEMORY
};

struct fc_model;

/* The documented parameters. */
void		 fc_default_params(struct fc_params *p);

/* A model over `nspots` spots (their past errors are pooled for the
 * intervals) and the calendar.  The arrays are not copied: they must
 * outlive the model.  NULL when out of memory. */
struct fc_model	*fc_model_new(const struct fc_calendar *cal,
		    const struct fc_spot *spots, int nspots,
		    const struct fc_params *params);
void		 fc_model_free(struct fc_model *m);

/* Forecast holiday cal->holidays[holiday] (of at most FC_MAX_DAYS) at spot
 * `spot` from the days up to `origin` (inclusive, before the holiday's
 * first day), with intervals at `level` (0 < level < 1).  Fills
 * days[0 .. ndays-1]; returns FC_OK or an enum fc_status. */
int		 fc_forecast(struct fc_model *m, int spot, int holiday,
		    int origin, double level, struct fc_day *days);

/* Visitors admitted when `demand` would come to a day whose gate admits
 * at most `ceiling`: what the counts record. */
double		 fc_admitted(double demand, double ceiling);

/* The seasonal-naive forecast: visitors on the aligned day of the last
 * earlier holiday of the same family (the nearest open day of it when
 * that day was closed).  Fills values[0 .. ndays-1]. */
int		 fc_naive(struct fc_model *m, int spot, int holiday,
		    int origin, double *values);

/* Day j (1-based) of an n2-day holiday that day k of an n-day one is
 * aligned with: the first half from the start, the second from the end. */
int		 fc_align(int k, int n, int n2);

/* How many past errors back the interval of the last successful
 * fc_forecast (for reports). */
int		 fc_last_pool_size(const struct fc_model *m);

/* A phrase for a status: "no earlier holiday of this kind". */
const char	*fc_status_text(int status);

#endif
