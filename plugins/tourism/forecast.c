/*
 * plugins/tourism/forecast.c -- the holiday forecaster (see forecast.h for
 * the model and docs/forecasting.md for why it is built this way).
 *
 * Everything here reads a spot's history through usable(), which refuses
 * any day after the origin of the forecast being made: the backtest
 * cannot see the future even by mistake.  Levels, weekday effects and past
 * forecasts depend only on the day they are measured at, so they are
 * cached per spot and day and computed once however many forecasts ask.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "plugins/tourism/days.h"
#include "plugins/tourism/forecast.h"
#include "plugins/tourism/stats.h"

/* What a calendar day is, for choosing the days a level is made of. */
enum day_kind {
	DAY_ORDINARY = 0,	/* a plain workday or weekend day */
	DAY_HOLIDAY,		/* inside a public holiday */
	DAY_MAKEUP,		/* a weekend day worked for a holiday */
	DAY_EVE,		/* the day before a holiday */
	DAY_AFTER		/* the day after one */
};

#define YEAR_DAYS	364	/* a year back, on the same weekday */
#define MIN_YEAR_DAYS	56	/* ordinary days a weekday fit needs */
#define MIN_PER_WEEKDAY	4	/* ... with at least this many of each */
#define WEATHER_PRIOR	3	/* days of "no effect" each weather starts with */

/* A cached value measured at one day: not yet, measured, or impossible. */
enum { CACHE_EMPTY = 0, CACHE_OK, CACHE_FAILED };

/* What a year of ordinary days says about a spot: its weekday and
 * weather effects (log, weekdays summing to zero, sunny = 0) and its
 * day-to-day noise once they are taken out. */
struct day_effects {
	double	weekday[7];
	double	weather[FC_NWEATHER];
	double	scale;
};

/* The two levels: the recent one, which carries the spot's mood of the
 * last days into a holiday that starts soon, and the settled one, for a
 * holiday months away. */
enum { LEVEL_RECENT, LEVEL_SETTLED, NLEVELS };

/* One spot's caches, indexed by day - spot->first. */
struct spot_cache {
	unsigned char	*effects_state;
	struct day_effects *effects;	/* measured over the year to it */
	unsigned char	*level_state[NLEVELS];
	double		*level[NLEVELS];	/* adjusted log level */
	int		*running_max;	/* most visitors up to that day */
};

/* One past forecast in the error pool: spot x holiday, at pool_gap. */
struct pool_entry {
	unsigned char	 state;
	int		 nerrors;
	double		*errors;	/* standardised log errors */
};

struct fc_model {
	struct fc_params	 p;
	const struct fc_calendar *cal;
	const struct fc_spot	*spots;
	int			 nspots;
	int			 lo, hi;	/* day range of `kind` */
	unsigned char		*kind;		/* enum day_kind per day */
	struct spot_cache	*cache;
	int			 pool_gap;	/* lead the pool was made at */
	struct pool_entry	*pool;		/* nspots x nholidays */
	double			*pool_buf;	/* a target's pooled errors */
	int			 last_pool_size;
	double			 scratch[2 * YEAR_DAYS];	/* for stats */
};

void
fc_default_params(struct fc_params *p)
{
	p->window = 28;
	p->half_life = 3;
	p->settled_window = 112;
	p->settled_half_life = 56;
	p->min_level_days = 7;
	p->direct_gap = 7;
	p->censor_share = 0.9;
	p->min_errors = 30;
	p->uplift_huber = STAT_HUBER_K;
}

int
fc_align(int k, int n, int n2)
{
	if (k <= (n + 1) / 2)
		return k < n2 ? k : n2;
	return n2 - (n - k) > 1 ? n2 - (n - k) : 1;
}

/* The last day of a holiday. */
static int
last_day(const struct fc_holiday *h)
{
	return h->first + h->ndays - 1;
}

/* The kind of day d (days outside the calendar's range are ordinary). */
static int
kind_of(const struct fc_model *m, int d)
{
	return d < m->lo || d > m->hi ? DAY_ORDINARY : m->kind[d - m->lo];
}

/* The weather on day d, FC_WEATHER_UNKNOWN outside the record. */
static int
weather_of(const struct fc_model *m, int d)
{
	const struct fc_calendar *cal = m->cal;

	if (cal->weather == NULL || d < cal->weather_first ||
	    d >= cal->weather_first + cal->weather_ndays ||
	    cal->weather[d - cal->weather_first] >= FC_NWEATHER)
		return FC_WEATHER_UNKNOWN;
	return cal->weather[d - cal->weather_first];
}

/* The weather effect of day d (0 when its weather is unknown). */
static double
weather_effect(const struct fc_model *m, const struct day_effects *fx,
    int d)
{
	int	w = weather_of(m, d);

	return w == FC_WEATHER_UNKNOWN ? 0 : fx->weather[w];
}

/* 1 with *visitors set when spot s was open with visitors on day d and d
 * is not after `origin`; 0 otherwise.  The only reader of the history. */
static int
usable(const struct fc_model *m, int s, int d, int origin, int *visitors)
{
	const struct fc_spot	*sp = &m->spots[s];
	int			 i = d - sp->first;

	if (d > origin || i < 0 || i >= sp->ndays ||
	    sp->status[i] != FC_DAY_OPEN || sp->visitors[i] <= 0)
		return 0;
	*visitors = sp->visitors[i];
	return 1;
}

/* log visitors of spot s on an ordinary day d <= origin; 0 if d is not
 * an ordinary open day. */
static int
ordinary_log(const struct fc_model *m, int s, int d, int origin, double *y)
{
	int	v;

	if (kind_of(m, d) != DAY_ORDINARY || !usable(m, s, d, origin, &v))
		return 0;
	*y = log((double)v);
	return 1;
}

/* Mark the days of the calendar: holidays, their eves and the days after,
 * make-up workdays (a holiday wins over an eve of the next one). */
static int
mark_calendar(struct fc_model *m)
{
	const struct fc_calendar	*cal = m->cal;
	int				 i, d, s;

	m->lo = m->hi = 0;
	for (s = 0; s < m->nspots; s++) {
		int first = m->spots[s].first;
		int last = first + m->spots[s].ndays - 1;

		if (s == 0 || first < m->lo)
			m->lo = first;
		if (s == 0 || last > m->hi)
			m->hi = last;
	}
	for (i = 0; i < cal->nholidays; i++) {
		if ((m->nspots == 0 && i == 0) ||
		    cal->holidays[i].first < m->lo)
			m->lo = cal->holidays[i].first;
		if ((m->nspots == 0 && i == 0) ||
		    last_day(&cal->holidays[i]) > m->hi)
			m->hi = last_day(&cal->holidays[i]);
	}
	m->lo--;
	m->hi++;
	if ((m->kind = calloc((size_t)(m->hi - m->lo + 1), 1)) == NULL)
		return -1;
	for (i = 0; i < cal->nmakeup; i++)
		if (cal->makeup[i] >= m->lo && cal->makeup[i] <= m->hi)
			m->kind[cal->makeup[i] - m->lo] = DAY_MAKEUP;
	for (i = 0; i < cal->nholidays; i++) {
		const struct fc_holiday *h = &cal->holidays[i];

		if (m->kind[h->first - 1 - m->lo] == DAY_ORDINARY)
			m->kind[h->first - 1 - m->lo] = DAY_EVE;
		if (m->kind[last_day(h) + 1 - m->lo] == DAY_ORDINARY)
			m->kind[last_day(h) + 1 - m->lo] = DAY_AFTER;
	}
	for (i = 0; i < cal->nholidays; i++)
		for (d = cal->holidays[i].first;
		    d <= last_day(&cal->holidays[i]); d++)
			m->kind[d - m->lo] = DAY_HOLIDAY;
	return 0;
}

/* Allocate spot s's caches. */
static int
cache_init(struct fc_model *m, int s)
{
	const struct fc_spot	*sp = &m->spots[s];
	struct spot_cache	*c = &m->cache[s];
	size_t			 n = sp->ndays > 0 ? (size_t)sp->ndays : 1;
	int			 i, most = 0;

	for (i = 0; i < NLEVELS; i++) {
		c->level_state[i] = calloc(n, 1);
		c->level[i] = calloc(n, sizeof *c->level[i]);
		if (c->level_state[i] == NULL || c->level[i] == NULL)
			return -1;
	}
	c->effects_state = calloc(n, 1);
	c->effects = calloc(n, sizeof *c->effects);
	c->running_max = calloc(n, sizeof *c->running_max);
	if (c->effects_state == NULL || c->effects == NULL ||
	    c->running_max == NULL)
		return -1;
	for (i = 0; i < sp->ndays; i++) {
		if (sp->status[i] == FC_DAY_OPEN && sp->visitors[i] > most)
			most = sp->visitors[i];
		c->running_max[i] = most;
	}
	return 0;
}

struct fc_model *
fc_model_new(const struct fc_calendar *cal, const struct fc_spot *spots,
    int nspots, const struct fc_params *params)
{
	struct fc_model	*m;
	size_t		 pool_len = 0;
	int		 i, s;

	if ((m = calloc(1, sizeof *m)) == NULL)
		return NULL;
	m->p = *params;
	m->cal = cal;
	m->spots = spots;
	m->nspots = nspots;
	m->pool_gap = -1;
	for (i = 0; i < cal->nholidays; i++)
		pool_len += (size_t)cal->holidays[i].ndays;
	m->pool_buf = calloc(pool_len * (size_t)nspots + 1,
	    sizeof *m->pool_buf);
	m->cache = calloc((size_t)nspots + 1, sizeof *m->cache);
	m->pool = calloc((size_t)nspots * (size_t)cal->nholidays + 1,
	    sizeof *m->pool);
	if (m->pool_buf == NULL || m->cache == NULL ||
	    m->pool == NULL || mark_calendar(m) != 0)
		goto fail;
	for (s = 0; s < nspots; s++)
		if (cache_init(m, s) != 0)
			goto fail;
	return m;
fail:
	fc_model_free(m);
	return NULL;
}

/* Forget the error pool (made at another lead). */
static void
pool_clear(struct fc_model *m)
{
	size_t	i, n = (size_t)m->nspots * (size_t)m->cal->nholidays;

	for (i = 0; i < n; i++) {
		free(m->pool[i].errors);
		memset(&m->pool[i], 0, sizeof m->pool[i]);
	}
}

void
fc_model_free(struct fc_model *m)
{
	int	s, i;

	if (m == NULL)
		return;
	if (m->pool != NULL)
		pool_clear(m);
	if (m->cache != NULL)
		for (s = 0; s < m->nspots; s++) {
			for (i = 0; i < NLEVELS; i++) {
				free(m->cache[s].level_state[i]);
				free(m->cache[s].level[i]);
			}
			free(m->cache[s].effects_state);
			free(m->cache[s].effects);
			free(m->cache[s].running_max);
		}
	free(m->cache);
	free(m->pool);
	free(m->pool_buf);
	free(m->kind);
	free(m);
}

/*
 * The day effects of spot s over the year up to day `end`: robust least
 * squares of log visitors on ordinary days on a level per week, an effect
 * per weekday (summing to zero) and one per kind of weather (sunny = 0;
 * each pulled towards 0 as if WEATHER_PRIOR more days had shown none, so
 * that a kind seen twice in the year says little), by backfitting with
 * Huber weights.  -1 when the year has too few ordinary days.
 */
static int
fit_day_effects(struct fc_model *m, int s, int end, struct day_effects *fx)
{
	enum { WEEKS = YEAR_DAYS / 7 };
	double	 y[YEAR_DAYS], r[YEAR_DAYS], h[YEAR_DAYS];
	double	 alpha[WEEKS], num[WEEKS], den[WEEKS];
	double	 wn[7], wd[7], cn[FC_NWEATHER], cd[FC_NWEATHER];
	int	 dow[YEAR_DAYS], week[YEAR_DAYS], sky[YEAR_DAYS];
	int	 per_day[7] = { 0 }, per_sky[FC_NWEATHER] = { 0 };
	int	 n = 0, i, k, iter, d;
	double	 sd, shift, change, next, *w = fx->weekday, *om = fx->weather;

	for (d = end - YEAR_DAYS + 1; d <= end; d++)
		if (ordinary_log(m, s, d, end, &y[n])) {
			dow[n] = day_weekday(d);
			week[n] = (end - d) / 7;
			sky[n] = weather_of(m, d);
			per_day[dow[n]]++;
			if (sky[n] < FC_NWEATHER)
				per_sky[sky[n]]++;
			h[n] = 1;
			n++;
		}
	if (n < MIN_YEAR_DAYS)
		return -1;
	for (k = 0; k < 7; k++)
		if (per_day[k] < MIN_PER_WEEKDAY)
			return -1;
	memset(fx, 0, sizeof *fx);
	for (iter = 0; iter < 200; iter++) {
		memset(num, 0, sizeof num);
		memset(den, 0, sizeof den);
		for (i = 0; i < n; i++) {
			num[week[i]] += h[i] * (y[i] - w[dow[i]] -
			    (sky[i] < FC_NWEATHER ? om[sky[i]] : 0));
			den[week[i]] += h[i];
		}
		for (k = 0; k < WEEKS; k++)
			alpha[k] = den[k] > 0 ? num[k] / den[k] : 0;
		memset(wn, 0, sizeof wn);
		memset(wd, 0, sizeof wd);
		memset(cn, 0, sizeof cn);
		memset(cd, 0, sizeof cd);
		for (i = 0; i < n; i++) {
			double rest = y[i] - alpha[week[i]];

			wn[dow[i]] += h[i] * (rest -
			    (sky[i] < FC_NWEATHER ? om[sky[i]] : 0));
			wd[dow[i]] += h[i];
			if (sky[i] < FC_NWEATHER) {
				cn[sky[i]] += h[i] * (rest - w[dow[i]]);
				cd[sky[i]] += h[i];
			}
		}
		shift = change = 0;
		for (k = 0; k < 7; k++)
			shift += (wd[k] > 0 ? wn[k] / wd[k] : 0) / 7;
		for (k = 0; k < 7; k++) {
			next = (wd[k] > 0 ? wn[k] / wd[k] : 0) - shift;
			change = fmax(change, fabs(next - w[k]));
			w[k] = next;
		}
		/* Weather relative to sunny days, each shrunk by the days
		 * seen of it (not their Huber weights: a rare kind of day
		 * starts far off and would never earn its weight back). */
		for (k = FC_NWEATHER - 1; k >= 0; k--) {
			next = cd[k] > 0 ? cn[k] / cd[k] * per_sky[k] /
			    (per_sky[k] + WEATHER_PRIOR) : 0;
			next -= cd[FC_SUNNY] > 0 ? cn[FC_SUNNY] / cd[FC_SUNNY] *
			    per_sky[FC_SUNNY] / (per_sky[FC_SUNNY] +
			    WEATHER_PRIOR) : 0;
			change = fmax(change, fabs(next - om[k]));
			om[k] = next;
		}
		for (i = 0; i < n; i++)
			r[i] = y[i] - alpha[week[i]] - w[dow[i]] -
			    (sky[i] < FC_NWEATHER ? om[sky[i]] : 0);
		sd = stat_robust_sd(r, (size_t)n, m->scratch);
		for (i = 0; i < n; i++)
			h[i] = sd > 0 && fabs(r[i]) > STAT_HUBER_K * sd ?
			    STAT_HUBER_K * sd / fabs(r[i]) : 1;
		if (iter > 0 && change < 1e-9)
			break;
	}
	fx->scale = stat_robust_sd(r, (size_t)n, m->scratch);
	return 0;
}

/* The day effects of spot s measured over the year to day `end`, cached;
 * NULL when that year has too few ordinary days. */
static const struct day_effects *
effects_at(struct fc_model *m, int s, int end)
{
	struct spot_cache	*c = &m->cache[s];
	int			 i = end - m->spots[s].first;

	if (i < 0 || i >= m->spots[s].ndays)
		return NULL;
	if (c->effects_state[i] == CACHE_EMPTY)
		c->effects_state[i] = fit_day_effects(m, s, end,
		    &c->effects[i]) == 0 ? CACHE_OK : CACHE_FAILED;
	return c->effects_state[i] == CACHE_OK ? &c->effects[i] : NULL;
}

/*
 * The level of spot s at day `end` (LEVEL_RECENT or LEVEL_SETTLED): a
 * recency-weighted Huber mean of log visitors net of weekday and weather
 * effects over the ordinary open days of the last `window` days, reaching
 * further back (a week at a time, up to a year) when closures leave fewer
 * than min_level_days.  Also gives the day effects measured there.
 * Cached per day.
 */
static int
level_at(struct fc_model *m, int s, int end, int which, double *level,
    const struct day_effects **effects)
{
	const struct fc_spot	*sp = &m->spots[s];
	struct spot_cache	*c = &m->cache[s];
	const struct day_effects *fx;
	int			 i = end - sp->first, n, d, start;
	double			 x[YEAR_DAYS], wt[YEAR_DAYS], y, half_life;
	int			 window;

	if ((fx = effects_at(m, s, end)) == NULL)
		return FC_NO_LEVEL;
	window = which == LEVEL_RECENT ? m->p.window : m->p.settled_window;
	half_life = which == LEVEL_RECENT ? m->p.half_life :
	    m->p.settled_half_life;
	if (c->level_state[which][i] == CACHE_EMPTY) {
		c->level_state[which][i] = CACHE_FAILED;
		for (start = end - window + 1; ; start -= 7) {
			n = 0;
			for (d = start; d <= end; d++)
				if (ordinary_log(m, s, d, end, &y)) {
					x[n] = y - fx->weekday[day_weekday(d)] -
					    weather_effect(m, fx, d);
					wt[n] = half_life > 0 ?
					    exp2(-(end - d) / half_life) : 1;
					n++;
				}
			if (n >= m->p.min_level_days)
				break;
			if (start - 7 <= end - YEAR_DAYS)
				return FC_NO_LEVEL;
		}
		c->level[which][i] = stat_huber_mean(x, wt, (size_t)n,
		    m->scratch);
		c->level_state[which][i] = CACHE_OK;
	}
	if (c->level_state[which][i] != CACHE_OK)
		return FC_NO_LEVEL;
	*level = c->level[which][i];
	if (effects != NULL)
		*effects = fx;
	return FC_OK;
}

/*
 * The two views a forecast combines.  Each is a level plus the uplift the
 * holiday's earlier instances showed over the same kind of level:
 *
 * VIEW_RECENT: the recent level at the origin (only when the holiday is
 *	at most direct_gap days away); earlier holidays measured against
 *	their recent level the same number of days before them.
 * VIEW_YEAR_AGO: the settled level a whole number of years (of 364 days,
 *	so weekdays line up) before the holiday; earlier holidays measured
 *	against their settled level on the eve of each.  No growth is
 *	carried over the year: extrapolating last year's growth made every
 *	backtest worse (docs/forecasting.md).
 */
enum { VIEW_RECENT, VIEW_YEAR_AGO, NVIEWS };

/* The day a view measures the level of holiday t forecast from `origin`
 * at, and which level. */
static void
view_level_day(int view, const struct fc_holiday *t, int origin, int *end,
    int *which)
{
	int	gap = t->first - 1 - origin, years;

	if (view == VIEW_RECENT) {
		*end = origin;
		*which = LEVEL_RECENT;
	} else {
		years = gap > YEAR_DAYS ? (gap + YEAR_DAYS - 1) / YEAR_DAYS : 1;
		*end = t->first - 1 - years * YEAR_DAYS;
		*which = LEVEL_SETTLED;
	}
}

/*
 * The uplift profile of holiday h at spot s in a view, from the earlier
 * holidays of its family that ended by `origin`: for each day k, the
 * censored mean (days near capacity are lower bounds) of log visitors net
 * of the weather, minus the level, on the aligned day of each of them.
 * Days whose every aligned day was closed take the nearest day's uplift.
 */
static int
uplift(struct fc_model *m, int s, int h, int origin, int view,
    const struct day_effects *fx, double *out)
{
	const struct fc_holiday	*hol = m->cal->holidays, *t = &hol[h];
	const struct fc_spot	*sp = &m->spots[s];
	int			 gap = t->first - 1 - origin, i, k, j, v, cnt;
	int			 earlier = 0, leveled = 0, filled = 0, near;
	double			*base, *vals, censor;
	unsigned char		*have, *cens, *known;
	int			 rc = FC_OK;

	base = calloc((size_t)m->cal->nholidays + 1, sizeof *base);
	vals = calloc((size_t)m->cal->nholidays + 1, sizeof *vals);
	cens = calloc((size_t)m->cal->nholidays + 1, 1);
	have = calloc((size_t)m->cal->nholidays + (size_t)t->ndays + 1, 1);
	if (base == NULL || vals == NULL || cens == NULL || have == NULL) {
		rc = FC_NO_MEMORY;
		goto done;
	}
	known = have + m->cal->nholidays;
	censor = m->p.censor_share * sp->capacity * sp->red_pct / 100.0;
	for (i = 0; i < m->cal->nholidays; i++) {
		if (i == h || hol[i].family != t->family ||
		    last_day(&hol[i]) > origin)
			continue;
		earlier++;
		if (view == VIEW_RECENT)
			rc = level_at(m, s, hol[i].first - 1 - gap,
			    LEVEL_RECENT, &base[i], NULL);
		else
			rc = level_at(m, s, hol[i].first - 1, LEVEL_SETTLED,
			    &base[i], NULL);
		if (rc == FC_OK) {
			have[i] = 1;
			leveled++;
		}
	}
	for (k = 1; k <= t->ndays; k++) {
		for (i = 0, cnt = 0; i < m->cal->nholidays; i++) {
			if (!have[i])
				continue;
			j = fc_align(k, t->ndays, hol[i].ndays);
			if (!usable(m, s, hol[i].first + j - 1, origin, &v))
				continue;
			vals[cnt] = log((double)v) - base[i] -
			    weather_effect(m, fx, hol[i].first + j - 1);
			cens[cnt] = v >= censor;
			cnt++;
		}
		if ((known[k - 1] = cnt > 0)) {
			out[k - 1] = stat_censored_mean(vals, cens,
			    (size_t)cnt, fx->scale, m->p.uplift_huber);
			filled++;
		}
	}
	/* Earlier holidays before the spot's counts began teach nothing:
	 * as good as none. */
	if (earlier == 0 || leveled == 0)
		rc = FC_NO_EARLIER;
	else if (filled == 0)
		rc = FC_ALWAYS_CLOSED;
	else
		rc = FC_OK;
	for (k = 0; rc == FC_OK && k < t->ndays; k++)
		for (near = 1; !known[k]; near++) {
			if (k - near >= 0 && known[k - near]) {
				out[k] = out[k - near];
				break;
			}
			if (k + near < t->ndays && known[k + near]) {
				out[k] = out[k + near];
				break;
			}
		}
done:
	free(base);
	free(vals);
	free(cens);
	free(have);
	return rc;
}

/* One view's forecast of holiday h at spot s from `origin`: level plus
 * uplift, in log visitors net of the weather; *fx the day effects it
 * used. */
static int
view_forecast(struct fc_model *m, int s, int h, int origin, int view,
    double *mu, const struct day_effects **fx)
{
	const struct fc_holiday	*t = &m->cal->holidays[h];
	double			 level;
	int			 end, which, rc, k;

	view_level_day(view, t, origin, &end, &which);
	if ((rc = level_at(m, s, end, which, &level, fx)) != FC_OK)
		return rc;
	if ((rc = uplift(m, s, h, origin, view, *fx, mu)) != FC_OK)
		return rc;
	for (k = 0; k < t->ndays; k++)
		mu[k] += level;
	return FC_OK;
}

/* The weather effect to expect on day d: the spot's effect of each kind
 * of weather weighted by how often that month has had it (up to the
 * origin). */
static double
expected_weather(const struct fc_model *m, const struct day_effects *fx,
    int d, int origin)
{
	const struct fc_calendar *cal = m->cal;
	int			 month = day_month(d), e, w, n = 0;
	double			 sum = 0;

	for (e = cal->weather_first; e <= origin &&
	    e < cal->weather_first + cal->weather_ndays; e++)
		if (day_month(e) == month &&
		    (w = weather_of(m, e)) != FC_WEATHER_UNKNOWN) {
			sum += fx->weather[w];
			n++;
		}
	return n > 0 ? sum / n : 0;
}

/* The model's point forecast of holiday h at spot s from `origin`, in log
 * visitors (demand, before the cap): the mean of the views that can be
 * made, plus the weather to expect; and the spot's noise scale. */
static int
point_forecast(struct fc_model *m, int s, int h, int origin, double *mu,
    double *scale)
{
	const struct fc_holiday	*t = &m->cal->holidays[h];
	const struct day_effects *fx[NVIEWS], *latest = NULL;
	double			 part[NVIEWS][FC_MAX_DAYS];
	int			 rc[NVIEWS], view, k, made = 0, first_rc = -1;

	if (origin >= t->first || t->ndays > FC_MAX_DAYS)
		return FC_BAD_ORIGIN;
	for (view = 0; view < NVIEWS; view++) {
		if (view == VIEW_RECENT &&
		    t->first - 1 - origin > m->p.direct_gap) {
			rc[view] = FC_NO_LEVEL;
			continue;
		}
		rc[view] = view_forecast(m, s, h, origin, view, part[view],
		    &fx[view]);
		if (first_rc < 0)
			first_rc = rc[view];
		if (rc[view] == FC_OK) {
			if (latest == NULL)
				latest = fx[view];
			made++;
		}
	}
	if (made == 0)
		return first_rc;
	for (k = 0; k < t->ndays; k++) {
		mu[k] = 0;
		for (view = 0; view < NVIEWS; view++)
			if (rc[view] == FC_OK)
				mu[k] += part[view][k] / made;
		mu[k] += expected_weather(m, latest, t->first + k, origin);
	}
	*scale = latest->scale;
	return FC_OK;
}

/* Fill one pool entry: the errors of the forecast of holiday h at spot s
 * made `gap` days before it, each divided by the spot's noise scale. */
static void
pool_fill(struct fc_model *m, int s, int h, struct pool_entry *e)
{
	const struct fc_holiday	*t = &m->cal->holidays[h];
	double			 mu[FC_MAX_DAYS], scale;
	int			 k, v;

	e->state = CACHE_FAILED;
	if (t->ndays > FC_MAX_DAYS || point_forecast(m, s, h,
	    t->first - 1 - m->pool_gap, mu, &scale) != FC_OK || scale <= 0)
		return;
	if ((e->errors = calloc((size_t)t->ndays, sizeof *e->errors)) == NULL)
		return;
	for (k = 0; k < t->ndays; k++)
		if (usable(m, s, t->first + k, last_day(t), &v))
			e->errors[e->nerrors++] =
			    (log((double)v) - mu[k]) / scale;
	e->state = CACHE_OK;
}

/* The (1 - level) / 2 and (1 + level) / 2 quantiles of the pooled past
 * errors of forecasts made `gap` days ahead of every holiday that ended
 * by `origin`, at every spot. */
static int
pool_quantiles(struct fc_model *m, int origin, int gap, double level,
    double q[2])
{
	size_t	n = 0;
	int	s, h, i, need;

	if (gap != m->pool_gap) {
		pool_clear(m);
		m->pool_gap = gap;
	}
	for (s = 0; s < m->nspots; s++)
		for (h = 0; h < m->cal->nholidays; h++) {
			struct pool_entry *e =
			    &m->pool[(size_t)s * m->cal->nholidays + h];

			if (m->cal->holidays[h].family < 0 ||
			    last_day(&m->cal->holidays[h]) > origin)
				continue;
			if (e->state == CACHE_EMPTY)
				pool_fill(m, s, h, e);
			for (i = 0; i < e->nerrors; i++)
				m->pool_buf[n++] = e->errors[i];
		}
	m->last_pool_size = (int)n;
	/* Enough errors that each tail quantile rests on one at least. */
	need = (int)ceil(2 / (1 - level));
	if (n < (size_t)m->p.min_errors || n < (size_t)need)
		return FC_FEW_ERRORS;
	stat_sort(m->pool_buf, n);
	q[0] = stat_quantile(m->pool_buf, n, (1 - level) / 2);
	q[1] = stat_quantile(m->pool_buf, n, (1 + level) / 2);
	return FC_OK;
}

int
fc_forecast(struct fc_model *m, int spot, int holiday, int origin,
    double level, struct fc_day *days)
{
	const struct fc_holiday	*t = &m->cal->holidays[holiday];
	const struct fc_spot	*sp = &m->spots[spot];
	double			 mu[FC_MAX_DAYS], scale, q[2], ceiling;
	int			 rc, k, i;

	m->last_pool_size = 0;
	if (t->ndays > FC_MAX_DAYS || origin >= t->first)
		return FC_BAD_ORIGIN;
	if ((rc = point_forecast(m, spot, holiday, origin, mu, &scale)) != FC_OK)
		return rc;
	if ((rc = pool_quantiles(m, origin, t->first - 1 - origin, level, q))
	    != FC_OK)
		return rc;
	/* The most the spot has admitted in a day, and at least its red
	 * line: demand beyond it is turned away at the gate.  Demand itself
	 * is not capped: a warning is about demand reaching the line. */
	i = origin - sp->first;
	ceiling = sp->capacity * sp->red_pct / 100.0;
	if (i >= sp->ndays)
		i = sp->ndays - 1;
	if (i >= 0 && m->cache[spot].running_max[i] > ceiling)
		ceiling = m->cache[spot].running_max[i];
	/* The point forecast is the model's own; the interval is what past
	 * errors say around it, widened to hold it when they lean one way. */
	q[0] = fmin(q[0], 0);
	q[1] = fmax(q[1], 0);
	for (k = 0; k < t->ndays; k++) {
		days[k].lower = exp(mu[k] + scale * q[0]);
		days[k].forecast = exp(mu[k]);
		days[k].upper = exp(mu[k] + scale * q[1]);
		days[k].ceiling = ceiling;
	}
	return FC_OK;
}

double
fc_admitted(double demand, double ceiling)
{
	return fmin(demand, ceiling);
}

int
fc_naive(struct fc_model *m, int spot, int holiday, int origin,
    double *values)
{
	const struct fc_holiday	*hol = m->cal->holidays, *t = &hol[holiday];
	int			 i, k, j, off, v, earlier = 0;

	if (origin >= t->first)
		return FC_BAD_ORIGIN;
	/* The most recent earlier holiday of the family with an open day. */
	for (i = holiday - 1; i >= 0; i--) {
		if (hol[i].family != t->family || last_day(&hol[i]) > origin)
			continue;
		earlier++;
		for (j = 0; j < hol[i].ndays; j++)
			if (usable(m, spot, hol[i].first + j, origin, &v))
				break;
		if (j < hol[i].ndays)
			break;
	}
	if (i < 0)
		return earlier > 0 ? FC_ALWAYS_CLOSED : FC_NO_EARLIER;
	for (k = 1; k <= t->ndays; k++) {
		j = fc_align(k, t->ndays, hol[i].ndays);
		/* The aligned day, or the nearest open one (earlier first). */
		for (off = 0; off < hol[i].ndays; off++) {
			if (j - off >= 1 && usable(m, spot,
			    hol[i].first + j - off - 1, origin, &v))
				break;
			if (j + off <= hol[i].ndays && usable(m, spot,
			    hol[i].first + j + off - 1, origin, &v))
				break;
		}
		values[k - 1] = v;
	}
	return FC_OK;
}

int
fc_last_pool_size(const struct fc_model *m)
{
	return m->last_pool_size;
}

const char *
fc_status_text(int status)
{
	switch (status) {
	case FC_OK:
		return "no error";
	case FC_BAD_ORIGIN:
		return "the forecast must be made before the holiday begins";
	case FC_NO_EARLIER:
		return "no earlier holiday of this kind in its counts";
	case FC_ALWAYS_CLOSED:
		return "it was closed on every earlier holiday of this kind";
	case FC_NO_LEVEL:
		return "too few ordinary open days before the holiday to "
		    "measure its level";
	case FC_FEW_ERRORS:
		return "too few past forecasts to estimate the interval";
	case FC_NO_MEMORY:
		return "out of memory";
	}
	return "unknown error";
}
