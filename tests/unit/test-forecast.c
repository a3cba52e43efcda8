/*
 * tests/unit/test-forecast.c -- the forecaster on small hand-made
 * histories whose answer is known: five years (2019-2023) of a few spots
 * with three holiday families, one of them 7 days long until it merges
 * into 8 in 2023.
 *
 *  - a level with weekday effects and an exact day-of-holiday profile is
 *    recovered exactly, 7-day and 8-day holidays alike, and the eves and
 *    days after holidays (odd on purpose) do not disturb the level;
 *  - a steady growth is followed by the recent view and not carried over
 *    the year by the year-ago view, so the forecast is short by half a
 *    year's growth near the holiday and by a year's far from it;
 *  - the days after the origin are never read;
 *  - a spot closed on every earlier holiday, or new to the ledger, gets a
 *    reason, not a number;
 *  - days at capacity count as censored, lifting the forecast of demand
 *    above the cap, where the admissions stop;
 *  - rainy days are taken out of the history and the month's usual
 *    weather put into the forecast;
 *  - on noisy histories the intervals are ordered, nested by level, and
 *    the 80% ones cover about 80% of the days.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "plugins/tourism/days.h"
#include "plugins/tourism/forecast.h"
#include "tests/unit/tap.h"

#define FIRST_YEAR	2019
#define LAST_YEAR	2023
#define MAX_SPOTS	4
#define BASE		1000.0

enum { SPRING, DRAGON, GOLDEN };	/* families */

/* The calendar: New Year (a day off, not forecast), a 7-day festival that
 * moves, a 3-day one, and a golden week of 7 days, 8 in 2023. */
static struct fc_holiday	holidays[4 * (LAST_YEAR - FIRST_YEAR + 1)];
static int			nholidays;
static struct fc_calendar	calendar;

/* Day-of-holiday profiles (multiples of the level).  The 8-day golden week
 * of 2023 takes its days from the 7-day profile through the alignment, so
 * that it too has a known answer. */
static const double spring[7] = { 0.5, 2, 4, 3.5, 3, 2, 1.2 };
static const double dragon[3] = { 3, 2, 1 };
static const double golden[7] = { 4, 5, 4.5, 3, 2, 1.5, 1.2 };
/* Weekday effects, Sunday first. */
static const double weekday[7] = { 1.8, 1, 0.9, 0.9, 1, 1.2, 2.0 };

/* One spot's arrays. */
struct test_spot {
	int		visitors[(LAST_YEAR - FIRST_YEAR + 1) * 366];
	unsigned char	status[(LAST_YEAR - FIRST_YEAR + 1) * 366];
};
static struct test_spot	storage[MAX_SPOTS];
static struct fc_spot	spots[MAX_SPOTS];
static int		first_day, ndays;

/* Add one holiday. */
static void
add_holiday(int family, int y, int m, int d, int n)
{
	holidays[nholidays].family = family;
	holidays[nholidays].first = day_from_ymd(y, m, d);
	holidays[nholidays].ndays = n;
	nholidays++;
}

/* Sort holidays by first day (they were added by kind). */
static int
by_first(const void *a, const void *b)
{
	return ((const struct fc_holiday *)a)->first -
	    ((const struct fc_holiday *)b)->first;
}

/* Build the calendar once. */
static void
make_calendar(void)
{
	static const int spring_days[][2] = {
		{ 2, 4 }, { 1, 24 }, { 2, 11 }, { 1, 31 }, { 1, 21 }
	};
	static const int dragon_days[][2] = {
		{ 6, 7 }, { 6, 25 }, { 6, 12 }, { 6, 3 }, { 6, 22 }
	};
	int	y, i;

	for (y = FIRST_YEAR; y <= LAST_YEAR; y++) {
		i = y - FIRST_YEAR;
		add_holiday(-1, y, 1, 1, 1);
		add_holiday(SPRING, y, spring_days[i][0], spring_days[i][1], 7);
		add_holiday(DRAGON, y, dragon_days[i][0], dragon_days[i][1], 3);
		if (y == 2023)
			add_holiday(GOLDEN, y, 9, 29, 8);
		else
			add_holiday(GOLDEN, y, 10, 1, 7);
	}
	qsort(holidays, (size_t)nholidays, sizeof *holidays, by_first);
	calendar.holidays = holidays;
	calendar.nholidays = nholidays;
	first_day = day_from_ymd(FIRST_YEAR, 1, 1);
	ndays = day_from_ymd(LAST_YEAR, 12, 31) - first_day + 1;
}

/* The index of the holiday of `family` in `year`. */
static int
holiday_of(int family, int year)
{
	int	i;

	for (i = 0; i < nholidays; i++)
		if (holidays[i].family == family &&
		    day_year(holidays[i].first + holidays[i].ndays - 1) == year)
			return i;
	return -1;
}

/* The profile value of day k (1-based) of holiday i. */
static double
profile(int i, int k)
{
	const struct fc_holiday *h = &holidays[i];

	switch (h->family) {
	case SPRING:
		return spring[k - 1];
	case DRAGON:
		return dragon[k - 1];
	case GOLDEN:
		return golden[fc_align(k, h->ndays, 7) - 1];
	}
	return 1;
}

/* What a day is: 0 ordinary, or the holiday index + 1, -1 the eve or the
 * day after a holiday. */
static int
day_role(int d, int *k)
{
	int	i;

	for (i = 0; i < nholidays; i++) {
		if (d >= holidays[i].first &&
		    d < holidays[i].first + holidays[i].ndays) {
			*k = d - holidays[i].first + 1;
			return i + 1;
		}
		if (d == holidays[i].first - 1 ||
		    d == holidays[i].first + holidays[i].ndays)
			return -1;
	}
	return 0;
}

/* How a spot's days are made. */
struct recipe {
	double	growth;		/* per year, e.g. 0.10 */
	double	noise;		/* sd of log noise on every day */
	int	weekdays;	/* apply the weekday effects */
	int	closed_family;	/* closed on every day of this family; -1 */
	int	opened;		/* day number before which it is closed */
	double	cap;		/* visitors never exceed this (0: none) */
	double	rain;		/* factor of rainy days (0: no rain) */
};

/* A reproducible standard normal from a day and a spot (an LCG hash). */
static double
noise_of(int d, int s)
{
	unsigned long long	x = (unsigned long long)(d * 7919 + s * 104729);
	double			u1, u2;

	x = x * 6364136223846793005ULL + 1442695040888963407ULL;
	x = x * 6364136223846793005ULL + 1442695040888963407ULL;
	u1 = ((x >> 11) + 0.5) / 9007199254740992.0;
	x = x * 6364136223846793005ULL + 1442695040888963407ULL;
	u2 = ((x >> 11) + 0.5) / 9007199254740992.0;
	return sqrt(-2 * log(u1)) * cos(2 * 3.14159265358979323846 * u2);
}

/* Rain on every fifth day: a fifth of each month. */
static int
rainy(int d)
{
	return d % 5 == 0;
}

/* The demand of spot s on day d under a recipe (before any cap). */
static double
demand(const struct recipe *r, int s, int d)
{
	double	v = BASE * pow(1 + r->growth, (d - first_day) / 365.25);
	int	role, k = 0;

	role = day_role(d, &k);
	if (role > 0)
		v *= profile(role - 1, k);
	else if (role < 0)
		v *= 5;		/* odd eves and days after: must be ignored */
	else if (r->weekdays)
		v *= weekday[day_weekday(d)];
	if (r->rain > 0 && rainy(d))
		v *= r->rain;
	return v * exp(r->noise * noise_of(d, s));
}

/* Fill spot s from a recipe. */
static void
make_spot(int s, const struct recipe *r)
{
	struct test_spot	*t = &storage[s];
	int			 i, d, k, role;
	double			 v;

	for (i = 0; i < ndays; i++) {
		d = first_day + i;
		role = day_role(d, &k);
		v = demand(r, s, d);
		/* Sold out: the count is the cap, give or take a few who
		 * were already in or came on a reservation. */
		if (r->cap > 0 && v > r->cap)
			v = r->cap * exp(0.02 * noise_of(d, s + 7));
		t->visitors[i] = (int)floor(v + 0.5);
		t->status[i] = FC_DAY_OPEN;
		if (d < r->opened || (role > 0 &&
		    holidays[role - 1].family == r->closed_family)) {
			t->visitors[i] = 0;
			t->status[i] = FC_DAY_CLOSED;
		}
	}
	spots[s].first = first_day;
	spots[s].ndays = ndays;
	spots[s].visitors = t->visitors;
	spots[s].status = t->status;
	spots[s].capacity = r->cap > 0 ? (int)r->cap : 100000;
	spots[s].red_pct = 100;
}

/* A model over the first n spots with the documented parameters. */
static struct fc_model *
model(int n)
{
	struct fc_params p;

	fc_default_params(&p);
	return fc_model_new(&calendar, spots, n, &p);
}

/* Forecast holiday i at spot s from `lead` days before it; FC_ status. */
static int
forecast(struct fc_model *m, int s, int i, int lead, double level,
    struct fc_day *out)
{
	return fc_forecast(m, s, i, holidays[i].first - lead, level, out);
}

/* The largest |forecast / want - 1| over the days of holiday i. */
static double
worst_ratio(const struct fc_day *f, int i, double scale)
{
	double	worst = 0, want;
	int	k;

	for (k = 1; k <= holidays[i].ndays; k++) {
		want = BASE * scale * profile(i, k);
		worst = fmax(worst, fabs(f[k - 1].forecast / want - 1));
	}
	return worst;
}

/* A flat level with weekday effects and exact profiles (and a hair of
 * noise, which the intervals need): the answer is level x profile. */
static void
test_exact(void)
{
	struct recipe	 flat = { 0, 0.001, 1, -1, 0, 0, 0 };
	struct fc_model	*m;
	struct fc_day	 f[8];
	int		 fam, lead, i, k, ordered = 1;

	make_spot(0, &flat);
	make_spot(1, &flat);
	m = model(2);
	for (fam = SPRING; fam <= GOLDEN; fam++)
		for (lead = 1; lead <= 200; lead += 199) {
			i = holiday_of(fam, 2023);
			if (!ok(forecast(m, 0, i, lead, 0.8, f) == FC_OK,
			    "family %d of 2023 forecast %d days ahead", fam,
			    lead))
				continue;
			ok(worst_ratio(f, i, 1) < 0.005, "  level x profile "
			    "recovered (worst %.4f)", worst_ratio(f, i, 1));
			for (k = 0; k < holidays[i].ndays; k++)
				ordered &= f[k].lower <= f[k].forecast &&
				    f[k].forecast <= f[k].upper &&
				    f[k].upper - f[k].lower < 0.02 *
				    f[k].forecast;
			ok(ordered, "  narrow ordered intervals: the past "
			    "forecasts were right");
		}
	i = holiday_of(GOLDEN, 2023);
	is_int(holidays[i].ndays, 8, "2023's golden week has 8 days");
	forecast(m, 0, i, 1, 0.8, f);
	ok(fabs(f[4].forecast / (BASE * golden[3]) - 1) < 0.005 &&
	    fabs(f[5].forecast / (BASE * golden[4]) - 1) < 0.005,
	    "its D5 and D6 follow the 7-day D4 and D5 (aligned from the end)");
	i = holiday_of(GOLDEN, 2022);
	forecast(m, 0, i, 1, 0.8, f);
	ok(worst_ratio(f, i, 1) < 0.005, "and 7 days after 8 (2022 from "
	    "2019-2021 only; worst %.4f)", worst_ratio(f, i, 1));
	fc_model_free(m);
}

/* Steady growth of 10% a year: the recent view follows it, the year-ago
 * view does not carry it over (a choice, see docs/forecasting.md). */
static void
test_growth(void)
{
	struct recipe	 grow = { 0.10, 0.001, 0, -1, 0, 0, 0 };
	struct fc_model	*m;
	struct fc_day	 f[8];
	int		 i = holiday_of(SPRING, 2023), k;
	double		 year = pow(1.10, 364 / 365.25), lo = 1, hi = 0, r;

	make_spot(0, &grow);
	make_spot(1, &grow);
	m = model(2);
	ok(forecast(m, 0, i, 1, 0.8, f) == FC_OK, "growth: forecast the eve");
	for (k = 1; k <= 7; k++) {
		r = f[k - 1].forecast / demand(&grow, 0, holidays[i].first +
		    k - 1);
		lo = fmin(lo, r);
		hi = fmax(hi, r);
	}
	ok(fabs(lo * sqrt(year) - 1) < 0.01 && fabs(hi * sqrt(year) - 1) < 0.01,
	    "  short by half a year's growth: %.4f..%.4f of the truth (want "
	    "%.4f)", lo, hi, 1 / sqrt(year));
	ok(forecast(m, 0, i, 60, 0.8, f) == FC_OK, "  and 60 days ahead");
	r = f[3].forecast / demand(&grow, 0, holidays[i].first + 3);
	ok(fabs(r * year - 1) < 0.01, "  short by a year's growth: %.4f "
	    "(want %.4f)", r, 1 / year);
	fc_model_free(m);
}

/* Nothing after the origin is read: poison it, same forecast. */
static void
test_no_lookahead(void)
{
	struct recipe	 noisy = { 0.05, 0.2, 1, -1, 0, 0, 0 };
	struct fc_model	*m;
	struct fc_day	 before[8], after[8];
	int		 i = holiday_of(GOLDEN, 2022), origin, j, same = 1;

	make_spot(0, &noisy);
	make_spot(1, &noisy);
	m = model(2);
	ok(forecast(m, 0, i, 1, 0.8, before) == FC_OK, "forecast 2022's "
	    "golden week");
	fc_model_free(m);
	origin = holidays[i].first - 1;
	for (j = origin + 1 - first_day; j < ndays; j++) {
		storage[0].visitors[j] *= 100;
		storage[1].visitors[j] = 0;
		storage[1].status[j] = FC_DAY_CLOSED;
	}
	m = model(2);
	ok(forecast(m, 0, i, 1, 0.8, after) == FC_OK, "again, with every "
	    "day after the origin changed");
	for (j = 0; j < 7; j++)
		same &= before[j].forecast == after[j].forecast &&
		    before[j].lower == after[j].lower &&
		    before[j].upper == after[j].upper;
	ok(same, "  the same forecast and interval, to the bit");
	fc_model_free(m);
}

/* Too little history: a reason, never a number. */
static void
test_too_little(void)
{
	struct recipe	 closed = { 0, 0.1, 1, DRAGON, 0, 0, 0 };
	struct recipe	 fresh = { 0, 0.1, 1, -1, 0, 0, 0 };
	struct recipe	 noisy = { 0, 0.1, 1, -1, 0, 0, 0 };
	struct fc_model	*m;
	struct fc_day	 f[8];
	double		 naive[8];

	fresh.opened = day_from_ymd(2023, 3, 1);
	make_spot(0, &closed);
	make_spot(1, &fresh);
	make_spot(2, &noisy);
	m = model(3);
	is_int(forecast(m, 0, holiday_of(DRAGON, 2023), 1, 0.8, f),
	    FC_ALWAYS_CLOSED, "closed on every earlier Dragon Boat: %s",
	    fc_status_text(FC_ALWAYS_CLOSED));
	is_int(fc_naive(m, 0, holiday_of(DRAGON, 2023),
	    holidays[holiday_of(DRAGON, 2023)].first - 1, naive),
	    FC_ALWAYS_CLOSED, "  the naive forecast has nothing either");
	is_int(forecast(m, 0, holiday_of(GOLDEN, 2023), 1, 0.8, f), FC_OK,
	    "  its golden week is fine");
	is_int(forecast(m, 1, holiday_of(GOLDEN, 2023), 1, 0.8, f),
	    FC_NO_EARLIER, "open since March 2023: %s",
	    fc_status_text(FC_NO_EARLIER));
	is_int(forecast(m, 2, holiday_of(SPRING, 2019), 1, 0.8, f),
	    FC_NO_LEVEL, "five weeks into the data: %s",
	    fc_status_text(FC_NO_LEVEL));
	is_int(forecast(m, 2, holiday_of(DRAGON, 2019), 1, 0.8, f),
	    FC_NO_EARLIER, "the first Dragon Boat of the data");
	is_int(forecast(m, 2, holiday_of(DRAGON, 2020), 1, 0.8, f),
	    FC_FEW_ERRORS, "the second: no past forecast errors yet (%s)",
	    fc_status_text(FC_FEW_ERRORS));
	is_int(fc_forecast(m, 2, holiday_of(SPRING, 2023),
	    holidays[holiday_of(SPRING, 2023)].first, 0.8, f), FC_BAD_ORIGIN,
	    "an origin on the first day is refused");
	fc_model_free(m);
}

/* Days at capacity are lower bounds: the forecast of demand goes past the
 * cap (admissions stop there) where a plain mean of what was counted
 * would stay under it. */
static void
test_censored(void)
{
	struct recipe	 capped = { 0, 0.05, 0, -1, 0, 4200, 0 };
	struct fc_params p;
	struct fc_model	*m;
	struct fc_day	 f[8], plain[8];
	int		 i = holiday_of(GOLDEN, 2023), j, most = 0;

	/* Golden week D2 demand is 5000 (x noise): counted at about 4200. */
	make_spot(0, &capped);
	make_spot(1, &capped);
	for (j = 0; j < holidays[i].first - first_day; j++)
		if (storage[0].visitors[j] > most)
			most = storage[0].visitors[j];
	m = model(2);
	ok(forecast(m, 0, i, 1, 0.8, f) == FC_OK, "a spot that sells out");
	ok(f[1].forecast > most, "  D2 demand is forecast above the most it "
	    "ever admitted (%.0f > %d)", f[1].forecast, most);
	ok(f[1].ceiling == most && fc_admitted(f[1].forecast,
	    f[1].ceiling) == most, "  and admitted at that, its gate's "
	    "ceiling (%.0f)", f[1].ceiling);
	ok(f[1].upper > f[1].forecast && f[1].upper > most,
	    "  the interval of demand is not cut at the gate (%.0f)",
	    f[1].upper);
	ok(fc_admitted(f[0].forecast, f[0].ceiling) == f[0].forecast,
	    "  a day of demand under the ceiling is admitted whole");
	fc_model_free(m);
	fc_default_params(&p);
	p.censor_share = 10;	/* never censored */
	m = fc_model_new(&calendar, spots, 2, &p);
	forecast(m, 0, i, 1, 0.8, plain);
	ok(plain[1].forecast < f[1].forecast, "  counting the capped days as "
	    "they are would say %.0f", plain[1].forecast);
	fc_model_free(m);
}

/* Rain halves a day: out of the history, the month's share back in. */
static void
test_weather(void)
{
	static unsigned char	 sky[(LAST_YEAR - FIRST_YEAR + 1) * 366];
	struct recipe		 wet = { 0, 0.01, 1, -1, 0, 0, 0.5 };
	struct fc_model		*m;
	struct fc_day		 f[8];
	int			 i = holiday_of(DRAGON, 2023), k, j;
	double			 worst = 0, share = 0, n = 0, want;

	for (j = 0; j < ndays; j++)
		sky[j] = rainy(first_day + j) ? FC_RAIN : FC_SUNNY;
	calendar.weather_first = first_day;
	calendar.weather_ndays = ndays;
	calendar.weather = sky;
	make_spot(0, &wet);
	make_spot(1, &wet);
	m = model(2);
	ok(forecast(m, 0, i, 1, 0.8, f) == FC_OK, "a spot that rain halves");
	for (j = 0; j < ndays; j++)
		if (day_month(first_day + j) == 6 &&
		    first_day + j < holidays[i].first) {
			share += rainy(first_day + j);
			n++;
		}
	for (k = 1; k <= 3; k++) {
		/* The forecast expects June's share of rain, whatever the
		 * weather of the days the profile was learnt on. */
		want = BASE * profile(i, k) * pow(0.5, share / n);
		worst = fmax(worst, fabs(f[k - 1].forecast / want - 1));
	}
	ok(worst < 0.03, "  profile x June's usual rain (%.0f%% of days): "
	    "worst %.4f", 100 * share / n, worst);
	fc_model_free(m);
	calendar.weather_ndays = 0;
	calendar.weather = NULL;
}

/* Noisy histories: every interval ordered and nested, and the 80% ones
 * covering about 80% of the days of 2021-2023. */
static void
test_intervals(void)
{
	struct recipe	 noisy = { 0.03, 0.25, 1, -1, 0, 0, 0 };
	struct fc_model	*m;
	struct fc_day	 f80[8], f95[8];
	int		 s, i, k, days = 0, covered = 0, ordered = 1, nested = 1;
	double		 a;

	for (s = 0; s < MAX_SPOTS; s++)
		make_spot(s, &noisy);
	m = model(MAX_SPOTS);
	for (i = 0; i < nholidays; i++) {
		if (holidays[i].family < 0 ||
		    day_year(holidays[i].first) < 2021)
			continue;
		for (s = 0; s < MAX_SPOTS; s++) {
			if (forecast(m, s, i, 1, 0.8, f80) != FC_OK ||
			    forecast(m, s, i, 1, 0.95, f95) != FC_OK) {
				ordered = 0;
				continue;
			}
			for (k = 0; k < holidays[i].ndays; k++) {
				a = storage[s].visitors[holidays[i].first + k -
				    first_day];
				ordered &= f80[k].lower <= f80[k].forecast &&
				    f80[k].forecast <= f80[k].upper;
				nested &= f95[k].lower <= f80[k].lower &&
				    f80[k].upper <= f95[k].upper;
				covered += f80[k].lower <= a &&
				    a <= f80[k].upper;
				days++;
			}
		}
	}
	ok(ordered, "every day: lower <= forecast <= upper (%d days)", days);
	ok(nested, "every 95%% interval holds the 80%% one");
	ok(covered >= days * 70 / 100 && covered <= days * 90 / 100,
	    "80%% intervals cover %d of %d days (%.1f%%)", covered, days,
	    100.0 * covered / days);
	fc_model_free(m);
}

int
main(void)
{
	make_calendar();
	test_exact();
	test_growth();
	test_no_lookahead();
	test_too_little();
	test_censored();
	test_weather();
	test_intervals();
	return tap_done();
}
