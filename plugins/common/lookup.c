/*
 * plugins/common/lookup.c -- resolve typed names to ledger keys, with a
 * "did you mean" from the host's edit distance when nothing matches.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plugins/common/lookup.h"

/* For each kind: what to call it in messages, and a query returning
 * (id, code, name_zh, other names...) for rows matching ?1 in any name
 * column, and one listing every row's names for suggestions. */
struct lookup_table {
	const char	*what;
	const char	*match_sql;
	const char	*all_sql;
};

static const struct lookup_table tables[] = {
	[LOOKUP_TOWNSHIP] = { "township",
	    "SELECT t.township_id, t.code, t.name_zh FROM township t"
	    " JOIN county c USING (county_id) WHERE c.ledger = 1 AND"
	    " (t.name_zh = ?1 OR t.name_en = ?1 COLLATE NOCASE"
	    " OR t.code = ?1)",
	    "SELECT t.name_zh, t.name_en FROM township t"
	    " JOIN county c USING (county_id) WHERE c.ledger = 1"
	    " ORDER BY t.code" },
	[LOOKUP_COUNTY] = { "county",
	    "SELECT county_id, code, name_zh FROM county WHERE ledger = 1"
	    " AND (name_zh = ?1 OR name_en = ?1 COLLATE NOCASE OR code = ?1)",
	    "SELECT name_zh, name_en FROM county WHERE ledger = 1"
	    " ORDER BY code" },
	[LOOKUP_SECTOR] = { "sector",
	    "SELECT 0, code, name_zh FROM sector WHERE code = ?1 COLLATE"
	    " NOCASE OR name_zh = ?1 OR name_en = ?1 COLLATE NOCASE",
	    "SELECT code, name_zh FROM sector ORDER BY report_order" },
	[LOOKUP_DEPARTMENT] = { "department",
	    "SELECT 0, code, name_zh FROM department WHERE code = ?1 COLLATE"
	    " NOCASE OR name_zh = ?1 OR short_zh = ?1"
	    " OR name_en = ?1 COLLATE NOCASE",
	    "SELECT short_zh, code FROM department ORDER BY report_order" },
};

/* Copy a text value into a fixed buffer (empty for NULL). */
static void
copy_text(char *dst, size_t size, struct ss_value v)
{
	snprintf(dst, size, "%s", v.type == SS_TEXT ? v.u.s : "");
}

/* Report that nothing matched, suggesting the closest name of the kind. */
static int
unknown_name(struct ss_ctx *ctx, const struct lookup_table *t,
    const char *typed)
{
	struct ss_stmt	*st;
	char		**names = NULL;
	size_t		 n = 0, cap = 0;
	const char	*best;
	int		 rc, i;

	if ((st = ss_prepare(ctx, t->all_sql, SS_NO_PARAMS)) == NULL)
		return SS_ERR;
	while ((rc = ss_step(st)) == 1) {
		for (i = 0; i < ss_column_count(st); i++) {
			struct ss_value v = ss_column(st, i);

			if (v.type != SS_TEXT)
				continue;
			if (n + 2 > cap) {
				char **grown;

				cap = cap ? 2 * cap : 32;
				grown = realloc(names, cap * sizeof *names);
				if (grown == NULL)
					break;
				names = grown;
			}
			if ((names[n] = strdup(v.u.s)) != NULL)
				n++;
		}
	}
	ss_finalize(st);
	if (names != NULL)
		names[n] = NULL;
	best = rc == 0 && names != NULL ?
	    ss_closest(typed, (const char *const *)names) : NULL;
	if (best != NULL)
		rc = ss_error(ctx, "unknown %s '%s' (did you mean '%s'?)",
		    t->what, typed, best);
	else
		rc = ss_error(ctx, "unknown %s '%s'", t->what, typed);
	while (n > 0)
		free(names[--n]);
	free(names);
	return rc;
}

int
lookup_resolve(struct ss_ctx *ctx, enum lookup_kind kind, const char *typed,
    struct lookup_result *out)
{
	const struct lookup_table	*t = &tables[kind];
	struct ss_stmt			*st;
	int				 rc, found = 0;

	memset(out, 0, sizeof *out);
	st = ss_prepare(ctx, t->match_sql, SS_PARAMS(SS_TEXT_VALUE(typed)));
	if (st == NULL)
		return SS_ERR;
	while ((rc = ss_step(st)) == 1) {
		if (++found > 1)
			continue;
		out->id = ss_column(st, 0).u.i;
		copy_text(out->code, sizeof out->code, ss_column(st, 1));
		copy_text(out->name_zh, sizeof out->name_zh, ss_column(st, 2));
	}
	ss_finalize(st);
	if (rc < 0)
		return SS_ERR;
	if (found == 0)
		return unknown_name(ctx, t, typed);
	if (found > 1)
		return ss_error(ctx, "%s '%s' is ambiguous: %d match "
		    "(give its code or choose a county)", t->what, typed, found);
	return SS_OK;
}

int
lookup_ledger_years(struct ss_ctx *ctx, int *first, int *last, int *known)
{
	struct ss_stmt	*st;
	struct ss_value	 lo, hi;
	int		 rc;

	*known = 0;
	*first = *last = atoi(ss_today(ctx));
	st = ss_prepare(ctx, LOOKUP_LEDGER_SPAN_SQL, SS_NO_PARAMS);
	if (st == NULL)
		return SS_ERR;
	if ((rc = ss_step(st)) == 1) {
		lo = ss_column(st, 0);
		hi = ss_column(st, 1);
		if (lo.type == SS_TEXT && hi.type == SS_TEXT) {
			*first = atoi(lo.u.s);
			*last = atoi(hi.u.s);
			*known = 1;
		}
	}
	ss_finalize(st);
	return rc < 0 ? SS_ERR : SS_OK;
}

int
lookup_last_ledger_year(struct ss_ctx *ctx, int *year)
{
	int	 first, known;

	return lookup_ledger_years(ctx, &first, year, &known);
}

int
lookup_first_ledger_year(struct ss_ctx *ctx, int *year)
{
	int	 last, known;

	return lookup_ledger_years(ctx, year, &last, &known);
}
