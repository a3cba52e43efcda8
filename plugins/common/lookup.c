/*
 * plugins/common/lookup.c -- resolve typed names to ledger keys, with a
 * "did you mean" from the host's edit distance when nothing matches.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plugins/common/lookup.h"

/* For each kind: what to call it in messages, a query returning (id,
 * code, name_zh) for rows matching ?1 in any name column, one matching
 * ?1 through another name when the first found none (an alias of
 * name_alias, or an English place name without its "Town", "Township" or
 * "County"), and one listing every row's names for suggestions; `alias`
 * names the name_alias list the kind's aliases are in (NULL: none). */
struct lookup_table {
	const char	*what;
	const char	*match_sql;
	const char	*other_sql;
	const char	*all_sql;
	const char	*alias;
	/* A row the file knows but holds no ledgers for (a neighbouring
	 * county of the risk tables), and the ones it does hold: a name
	 * found here is not "unknown", it is out of reach. */
	const char	*outside_sql;
	const char	*held_sql;
};

/* The rows of `table` (with code and name_zh) whose alias is ?1. */
#define ALIAS_MATCH(list, table) \
	"SELECT 0, x.code, x.name_zh FROM name_alias a JOIN " table " x" \
	" ON x.code = a.code WHERE a.list = '" list "'" \
	" AND a.alias = ?1 COLLATE NOCASE"

static const struct lookup_table tables[] = {
	[LOOKUP_TOWNSHIP] = { "township",
	    "SELECT t.township_id, t.code, t.name_zh FROM township t"
	    " JOIN county c USING (county_id) WHERE c.ledger = 1 AND"
	    " (t.name_zh = ?1 OR t.name_en = ?1 COLLATE NOCASE"
	    " OR t.code = ?1)",
	    "SELECT t.township_id, t.code, t.name_zh FROM township t"
	    " JOIN county c USING (county_id) WHERE c.ledger = 1 AND"
	    " lower(t.name_en) IN (lower(?1) || ' town',"
	    " lower(?1) || ' township')",
	    "SELECT t.name_zh, t.name_en, replace(replace(t.name_en,"
	    " ' Township', ''), ' Town', '') FROM township t"
	    " JOIN county c USING (county_id) WHERE c.ledger = 1"
	    " ORDER BY t.code", NULL },
	[LOOKUP_COUNTY] = { "county",
	    "SELECT county_id, code, name_zh FROM county WHERE ledger = 1"
	    " AND (name_zh = ?1 OR name_en = ?1 COLLATE NOCASE OR code = ?1)",
	    "SELECT county_id, code, name_zh FROM county WHERE ledger = 1"
	    " AND lower(name_en) = lower(?1) || ' county'",
	    "SELECT name_zh, name_en FROM county WHERE ledger = 1"
	    " ORDER BY code", NULL,
	    "SELECT name_zh FROM county WHERE ledger = 0"
	    " AND (name_zh = ?1 OR name_en = ?1 COLLATE NOCASE OR code = ?1)",
	    "SELECT group_concat(name_zh, '、') FROM"
	    " (SELECT name_zh FROM county WHERE ledger = 1 ORDER BY code)" },
	[LOOKUP_SECTOR] = { "sector",
	    "SELECT 0, code, name_zh FROM sector WHERE code = ?1 COLLATE"
	    " NOCASE OR name_zh = ?1 OR name_en = ?1 COLLATE NOCASE",
	    ALIAS_MATCH("sector", "sector"),
	    "SELECT code, name_zh FROM sector ORDER BY report_order",
	    "sector" },
	[LOOKUP_DEPARTMENT] = { "department",
	    "SELECT 0, code, name_zh FROM department WHERE code = ?1 COLLATE"
	    " NOCASE OR name_zh = ?1 OR short_zh = ?1"
	    " OR name_en = ?1 COLLATE NOCASE",
	    ALIAS_MATCH("department", "department"),
	    "SELECT short_zh, code FROM department ORDER BY report_order",
	    "department" },
};

/* A list of names that grows, for suggestions. */
struct names {
	char	**v;
	size_t	 n, cap;
};

/* Copy a text value into a fixed buffer (empty for NULL). */
static void
copy_text(char *dst, size_t size, struct ss_value v)
{
	snprintf(dst, size, "%s", v.type == SS_TEXT ? v.u.s : "");
}

/* Nonzero when the dataset has the name_alias table (a file made before
 * it has none: its lookups go without aliases). */
static int
has_aliases(struct ss_ctx *ctx)
{
	struct ss_stmt	*st;
	int		 found;

	st = ss_prepare(ctx, "SELECT 1 FROM sqlite_schema WHERE type = 'table'"
	    " AND name = 'name_alias'", SS_NO_PARAMS);
	if (st == NULL)
		return 0;
	found = ss_step(st) == 1;
	ss_finalize(st);
	return found;
}

/* Add every text cell of `sql`'s rows (one parameter: `param`, or none
 * when NULL) to *names.  Returns the last ss_step result (0: done). */
static int
add_names(struct ss_ctx *ctx, const char *sql, const char *param,
    struct names *names)
{
	struct ss_stmt	*st;
	int		 rc, i;

	st = param != NULL ?
	    ss_prepare(ctx, sql, SS_PARAMS(SS_TEXT_VALUE(param))) :
	    ss_prepare(ctx, sql, SS_NO_PARAMS);
	if (st == NULL)
		return -1;
	while ((rc = ss_step(st)) == 1) {
		for (i = 0; i < ss_column_count(st); i++) {
			struct ss_value v = ss_column(st, i);

			if (v.type != SS_TEXT)
				continue;
			if (names->n + 2 > names->cap) {
				size_t	 cap = names->cap ? 2 * names->cap : 32;
				char	**grown;

				grown = realloc(names->v, cap * sizeof *grown);
				if (grown == NULL)
					break;
				names->v = grown;
				names->cap = cap;
			}
			if ((names->v[names->n] = strdup(v.u.s)) != NULL)
				names->n++;
		}
	}
	ss_finalize(st);
	return rc;
}

/* Report that nothing matched, suggesting the closest name or alias of
 * the kind. */
static int
unknown_name(struct ss_ctx *ctx, const struct lookup_table *t,
    const char *typed)
{
	struct names	 names = { NULL, 0, 0 };
	const char	*best = NULL;
	int		 rc;

	rc = add_names(ctx, t->all_sql, NULL, &names);
	if (rc == 0 && t->alias != NULL && has_aliases(ctx))
		rc = add_names(ctx, "SELECT alias FROM name_alias"
		    " WHERE list = ?1 ORDER BY alias", t->alias, &names);
	if (rc == 0 && names.v != NULL) {
		names.v[names.n] = NULL;
		best = ss_closest(typed, (const char *const *)names.v);
	}
	if (best != NULL)
		rc = ss_error(ctx, "unknown %s '%s' (did you mean '%s'?)",
		    t->what, typed, best);
	else
		rc = ss_error(ctx, "unknown %s '%s'", t->what, typed);
	while (names.n > 0)
		free(names.v[--names.n]);
	free(names.v);
	return rc;
}

/* The first column of the first row of `sql` (with `typed` bound at ?1,
 * or no parameter when it is NULL) into buf; empty when there is none. */
static int
first_text(struct ss_ctx *ctx, const char *sql, const char *typed, char *buf,
    size_t size)
{
	struct ss_stmt	*st;
	int		 rc;

	buf[0] = '\0';
	st = typed != NULL ?
	    ss_prepare(ctx, sql, SS_PARAMS(SS_TEXT_VALUE(typed))) :
	    ss_prepare(ctx, sql, SS_NO_PARAMS);
	if (st == NULL)
		return SS_ERR;
	if ((rc = ss_step(st)) == 1)
		copy_text(buf, size, ss_column(st, 0));
	ss_finalize(st);
	return rc < 0 ? SS_ERR : SS_OK;
}

/* `typed` names a row the file holds no ledgers for: say so, and which
 * it holds; otherwise it is unknown. */
static int
outside_name(struct ss_ctx *ctx, const struct lookup_table *t,
    const char *typed)
{
	char	 name[128], held[512];

	if (first_text(ctx, t->outside_sql, typed, name, sizeof name) != SS_OK)
		return SS_ERR;
	if (name[0] == '\0')
		return unknown_name(ctx, t, typed);
	if (first_text(ctx, t->held_sql, NULL, held, sizeof held) != SS_OK)
		return SS_ERR;
	return ss_error(ctx, "%s '%s' has no ledgers in this file (it holds: "
	    "%s)", t->what, name, held[0] != '\0' ? held : "none");
}

/* Run a match query for `typed`: the first row into *out, the number of
 * rows into *found.  SS_OK or SS_ERR. */
static int
match(struct ss_ctx *ctx, const char *sql, const char *typed,
    struct lookup_result *out, int *found)
{
	struct ss_stmt	*st;
	int		 rc;

	*found = 0;
	st = ss_prepare(ctx, sql, SS_PARAMS(SS_TEXT_VALUE(typed)));
	if (st == NULL)
		return SS_ERR;
	while ((rc = ss_step(st)) == 1) {
		if (++*found > 1)
			continue;
		out->id = ss_column(st, 0).u.i;
		copy_text(out->code, sizeof out->code, ss_column(st, 1));
		copy_text(out->name_zh, sizeof out->name_zh, ss_column(st, 2));
	}
	ss_finalize(st);
	return rc < 0 ? SS_ERR : SS_OK;
}

int
lookup_resolve(struct ss_ctx *ctx, enum lookup_kind kind, const char *typed,
    struct lookup_result *out)
{
	const struct lookup_table	*t = &tables[kind];
	int				 found;

	memset(out, 0, sizeof *out);
	if (match(ctx, t->match_sql, typed, out, &found) != SS_OK)
		return SS_ERR;
	/* Another name only when no row has it as its own. */
	if (found == 0 && (t->alias == NULL || has_aliases(ctx)) &&
	    match(ctx, t->other_sql, typed, out, &found) != SS_OK)
		return SS_ERR;
	if (found == 0 && t->outside_sql != NULL)
		return outside_name(ctx, t, typed);
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
