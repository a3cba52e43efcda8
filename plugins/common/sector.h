/*
 * plugins/common/sector.h -- what the commands of the sector plugins
 * (traffic, gas, chemicals) have in common: their option entries, the
 * shape of a grouped command that can list its rows instead, and the run
 * of a summary.
 *
 * A sector command counts one sector's ledgers: the sector is the
 * plugin's, bound at ?5 (query.h), so its options are the period, the
 * places and, where open items are counted, --as-of.
 */
#ifndef SAFESTAT_SECTOR_H
#define SAFESTAT_SECTOR_H

#include <safestat/plugin.h>

#include "plugins/common/grouped.h"
#include "plugins/common/metrics.h"
#include "plugins/common/title.h"

#define NELEM(a)	((int)(sizeof (a) / sizeof (a)[0]))

/* The place options of a sector command. */
#define SECTOR_PLACE_OPTIONS	FILTER_TOWNSHIP_OPTION, FILTER_COUNTY_OPTION

/* Its --as-of option, whose help says what the command counts on the
 * day: SECTOR_AS_OF_OPTION("count the users with a working alarm").  The
 * shared FILTER_AS_OF_OPTION speaks of open and overdue items, which most
 * sector commands do not have. */
#define SECTOR_AS_OF_DEFAULT \
	"(default: the period's last day, or today if sooner)"
#define SECTOR_AS_OF_OPTION(what_) \
	{ .name = "as-of", .type = SS_OPT_DATE, \
	  .help = what_ " on this day " SECTOR_AS_OF_DEFAULT }

/* Its --by option, choosing among `choices`. */
#define SECTOR_BY_OPTION(choices_, help_) \
	{ .name = "by", .type = SS_OPT_ENUM, .choices = choices_, \
	  .help = help_ }

/* A grouped count command, which a flag may turn into a list. */
struct sector_grouped {
	const char *const		*choices;	/* --by values */
	const struct grouped_counts	*counts;
	const struct count_column	*cols;		/* after the labels */
	int				 ncols;
	/* The title: what the table counts, in Chinese ("联合治超检测"),
	 * and whether its figures are counted on the as-of day (in
	 * service, installed, fixed by it): then the title names the day,
	 * and the command's columns should end with an as_of column (the
	 * constant "?7"). */
	const char			*subject_zh;
	int				 as_of;
	const char			*note;		/* what a reader must
							   know (definitions);
							   NULL: nothing */
	/* The list: the flag that asks for it ("checks"), and what it lists
	 * in English for the error ("checks"); NULL: none. */
	const char			*list_flag;
	const char			*list_what;
	const char			*list_sql;	/* the statement */
	const char			*list_empty;	/* note when empty */
	const char			*list_subject_zh; /* its title */
	int				 list_as_of;	/* ... names the day */
};

/* Run command `c` of the sector whose code is `sector`: the grouping --by
 * chooses, or, with c's list flag, the list (refusing --by with it); each
 * under its title, the note after the table. */
int	sector_grouped_run(struct ss_ctx *ctx, const struct ss_args *args,
	    const char *sector, const struct sector_grouped *c);

/* One group of a summary's figures: the metrics read from one one-row
 * query (metrics.h), fixed SQL or the total of grouped counts (from a
 * summary table when one answers: grouped_total_sql).
 * SECTOR_SUMMARY_HAZARDS stands for the sector's hazard figures
 * (sector-hazards.h). */
struct sector_figures {
	const struct metric		*metrics;
	int				 n;
	const char			*sql;
	const struct grouped_counts	*counts;
};
#define SECTOR_FIGURES(m, sql_)	{ m, NELEM(m), sql_, NULL }
#define SECTOR_COUNTED_FIGURES(m, counts_)	{ m, NELEM(m), NULL, counts_ }
#define SECTOR_SUMMARY_HAZARDS	{ NULL, 0, NULL, NULL }

/* A sector's summary: its title, its groups of figures in order, and
 * what the county-wide figures read for one township (a note). */
struct sector_summary {
	const char			*subject_zh;
	const struct sector_figures	*figures;
	int				 n;
	const char			*township_note;
};

/* Run "SECTOR summary" as one metric/value result under its title (which
 * names the as-of day: most figures are counted on it); with --township,
 * the township note. */
int	sector_summary_run(struct ss_ctx *ctx, const struct ss_args *args,
	    const char *sector, const struct sector_summary *s);

#endif
