/*
 * shell/registry.c -- the command table: built-ins and plugin commands in
 * one sorted array, looked up by the longest name the typed words spell.
 *
 * A name is one or more words ("traffic overload").  The words before the
 * last form a group ("traffic"); a group typed alone, or with a word that
 * names nothing, says which sub-commands it has.  Unknown names get the
 * closest valid one.  Abbreviations are accepted only at the prompt, never
 * in scripts, so that a new command cannot change what an old script does.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "shell/shell.h"

/* Longest command name, in bytes. */
#define NAME_MAX_LEN	128

/* Is `w` one name word: [a-z][a-z0-9-]*? */
static int
valid_word(const char *w, size_t len)
{
	size_t	 i;

	if (len == 0 || w[0] < 'a' || w[0] > 'z')
		return 0;
	for (i = 1; i < len; i++)
		if (!((w[i] >= 'a' && w[i] <= 'z') ||
		    (w[i] >= '0' && w[i] <= '9') || w[i] == '-'))
			return 0;
	return 1;
}

/* Is this a valid command name (words of [a-z][a-z0-9-]*, one space
 * between)? */
int
registry_valid_name(const char *name)
{
	const char	*p = name, *sp;

	if (name == NULL || strlen(name) >= NAME_MAX_LEN)
		return 0;
	for (;;) {
		sp = strchr(p, ' ');
		if (!valid_word(p, sp != NULL ? (size_t)(sp - p) : strlen(p)))
			return 0;
		if (sp == NULL)
			return 1;
		p = sp + 1;
	}
}

/* Number of words in a valid name. */
static int
count_words(const char *name)
{
	int	 n = 1;

	for (; *name != '\0'; name++)
		n += *name == ' ';
	return n;
}

/* Compare entries by name, for bsearch and insertion. */
static int
compare_name(const void *key, const void *elem)
{
	return strcmp(key, ((const struct reg_entry *)elem)->name);
}

/* The entry named exactly `name`, or NULL. */
const struct reg_entry *
registry_get(const struct registry *r, const char *name)
{
	if (r->n == 0)
		return NULL;
	return bsearch(name, r->v, r->n, sizeof *r->v, compare_name);
}

/* Add a command, keeping the array sorted. */
int
registry_add(struct registry *r, const struct ss_command *cmd,
    struct plugin *p)
{
	int	 lo = 0, hi = r->n;

	if (r->n == r->cap) {
		int		  cap = r->cap ? r->cap * 2 : 64;
		struct reg_entry *v = realloc(r->v, cap * sizeof *v);

		if (v == NULL)
			return -1;
		r->v = v;
		r->cap = cap;
	}
	while (lo < hi) {
		int	 mid = (lo + hi) / 2;

		if (strcmp(r->v[mid].name, cmd->name) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	memmove(&r->v[lo + 1], &r->v[lo], (r->n - lo) * sizeof *r->v);
	r->v[lo].name = cmd->name;
	r->v[lo].cmd = cmd;
	r->v[lo].plugin = p;
	r->v[lo].nwords = count_words(cmd->name);
	if (r->v[lo].nwords > r->maxwords)
		r->maxwords = r->v[lo].nwords;
	r->n++;
	return 0;
}

/* Remove every command of a plugin. */
void
registry_remove_plugin(struct registry *r, struct plugin *p)
{
	int	 i, j = 0;

	r->maxwords = 0;
	for (i = 0; i < r->n; i++) {
		if (r->v[i].plugin == p)
			continue;
		r->v[j++] = r->v[i];
		if (r->v[i].nwords > r->maxwords)
			r->maxwords = r->v[i].nwords;
	}
	r->n = j;
}

/* Free the table. */
void
registry_free(struct registry *r)
{
	free(r->v);
	memset(r, 0, sizeof *r);
}

/* Join words[0..k) with single spaces into buf; -1 if a word cannot be part
 * of a name (unless `loose`, for suggestions) or the result is too long. */
static int
join_words(char *const *words, int k, int loose, char *buf, size_t len)
{
	size_t	 n = 0;
	int	 i;

	for (i = 0; i < k; i++) {
		size_t	 l = strlen(words[i]);

		if (n + l + 2 > len || (loose ? l == 0 ||
		    strchr(words[i], ' ') != NULL : !valid_word(words[i], l)))
			return -1;
		if (i > 0)
			buf[n++] = ' ';
		memcpy(buf + n, words[i], l);
		n += l;
	}
	buf[n] = '\0';
	return 0;
}

/* Join words[0..k) into a name to look up (see join_words). */
static int
join(char *const *words, int k, char *buf, size_t len)
{
	return join_words(words, k, 0, buf, len);
}

/* Does entry name `name` start with the group `g` (then a space)? */
static int
in_group(const char *name, const char *g, size_t glen)
{
	return strncmp(name, g, glen) == 0 && name[glen] == ' ';
}

/* Number of words of `name` matched by abbreviations in words[0..n), or 0
 * when they do not match all its words; *exact tells whether every word
 * was typed in full. */
static int
prefix_match(const char *name, char *const *words, int n, int *exact)
{
	const char	*p = name;
	int		 i;

	*exact = 1;
	for (i = 0; i < n; i++) {
		const char	*sp = strchr(p, ' ');
		size_t		 wl = strlen(words[i]);
		size_t		 nl = sp != NULL ? (size_t)(sp - p) : strlen(p);

		if (wl == 0 || wl > nl || strncmp(p, words[i], wl) != 0)
			return 0;
		if (wl != nl)
			*exact = 0;
		if (sp == NULL)
			return i + 1;
		p = sp + 1;
	}
	return 0;	/* the name has more words than were typed */
}

/* A list of the distinct next words in a group, for messages. */
struct word_list {
	char	*buf;
	size_t	 len;
	size_t	 n;
	int	 count;
};

/* Add one word to a word list (callback of registry_next_words). */
static void
word_list_add(void *arg, const char *w)
{
	struct word_list	*l = arg;

	if (l->n + 1 < l->len)
		l->n += snprintf(l->buf + l->n, l->len - l->n, "%s%s",
		    l->count++ ? ", " : "", w);
	if (l->n >= l->len)
		l->n = l->len - 1;
}

/* Call fn for each distinct next word after words[0..n) in command names. */
void
registry_next_words(const struct registry *r, char *const *words, int n,
    void (*fn)(void *, const char *), void *arg)
{
	char		 g[NAME_MAX_LEN], last[NAME_MAX_LEN] = "";
	size_t		 glen = 0;
	int		 i;

	if (n > 0) {
		if (join(words, n, g, sizeof g) == -1)
			return;
		glen = strlen(g);
	}
	for (i = 0; i < r->n; i++) {
		const char	*name = r->v[i].name, *w, *sp;
		size_t		 wl;

		if (n > 0 && !in_group(name, g, glen))
			continue;
		w = n > 0 ? name + glen + 1 : name;
		sp = strchr(w, ' ');
		wl = sp != NULL ? (size_t)(sp - w) : strlen(w);
		if (wl >= sizeof last || (strlen(last) == wl &&
		    strncmp(last, w, wl) == 0))
			continue;
		memcpy(last, w, wl);
		last[wl] = '\0';
		fn(arg, last);
	}
}

/* Is words[0..k) a group (a proper prefix of some command name)? */
static int
is_group(const struct registry *r, char *const *words, int k, char *g,
    size_t glen)
{
	int	 i;

	if (join(words, k, g, glen) == -1)
		return 0;
	for (i = 0; i < r->n; i++)
		if (in_group(r->v[i].name, g, strlen(g)))
			return 1;
	return 0;
}

/* Explain why no command matched: group needing a sub-command, unknown
 * sub-command, or unknown command with the closest name. */
static void
explain_unknown(const struct registry *r, char *const *words, int n,
    char *err, size_t errlen)
{
	char		 group[NAME_MAX_LEN], typed[NAME_MAX_LEN];
	char		 best_typed[NAME_MAX_LEN], list[512];
	struct word_list wl = { list, sizeof list, 0, 0 };
	struct closest	 c;
	const char	*best = NULL;
	int		 k, i, score = 1000;

	list[0] = '\0';
	/* The longest group the words spell exactly. */
	for (k = n < r->maxwords ? n : r->maxwords; k > 0; k--)
		if (is_group(r, words, k, group, sizeof group))
			break;
	if (k > 0)
		registry_next_words(r, words, k, word_list_add, &wl);
	if (k > 0 && k == n) {
		snprintf(err, errlen, "'%s' needs a sub-command (one of: %s)",
		    group, list);
		return;
	}
	/* The closest name, comparing as many words as each name has (in
	 * the group, when the first words spell one). */
	for (i = 0; i < r->n; i++) {
		const struct reg_entry	*e = &r->v[i];

		if (e->nwords > n || (k > 0 && !in_group(e->name, group,
		    strlen(group))) || join_words(words, e->nwords, 1, typed,
		    sizeof typed) == -1)
			continue;
		closest_init(&c, typed);
		closest_try(&c, e->name);
		if (c.best != NULL && c.score < score) {
			score = c.score;
			best = e->name;
			snprintf(best_typed, sizeof best_typed, "%s", typed);
		}
	}
	if (best != NULL)
		snprintf(err, errlen, "unknown command '%s' (did you mean "
		    "'%s'?)", best_typed, best);
	else if (k > 0)
		snprintf(err, errlen, "unknown sub-command '%s' for '%s' "
		    "(one of: %s)", words[k], group, list);
	else
		snprintf(err, errlen, "unknown command '%s' (try 'help')",
		    words[0]);
}

/* Find the command the words start with (see shell.h). */
int
registry_find(const struct registry *r, char *const *words, int n,
    int prefixes, const struct reg_entry **found, int *used, char *err,
    size_t errlen)
{
	const struct reg_entry	*e = NULL, *p = NULL;
	char			 buf[NAME_MAX_LEN];
	int			 k, i, pk = 0, nmatch = 0, cnt = 0;
	size_t			 m = 0;

	for (k = n < r->maxwords ? n : r->maxwords; k > 0; k--) {
		if (join(words, k, buf, sizeof buf) == 0 &&
		    (e = registry_get(r, buf)) != NULL)
			break;
	}
	if (prefixes) {
		/* The longest names the abbreviations match; an exact
		 * match of that length wins, several others are ambiguous. */
		int	 exact_p = 0;

		for (i = 0; i < r->n; i++) {
			int	 exact, w = r->v[i].nwords;

			if (w <= k || w > n ||
			    prefix_match(r->v[i].name, words, n, &exact) != w)
				continue;
			if (w > pk) {
				pk = w;
				p = &r->v[i];
				nmatch = 1;
				exact_p = exact;
			} else if (w == pk && !exact_p) {
				if (exact) {
					p = &r->v[i];
					nmatch = 1;
					exact_p = 1;
				} else
					nmatch++;
			}
		}
		if (p != NULL && nmatch == 1) {
			*found = p;
			*used = pk;
			return 0;
		}
		if (p != NULL && e == NULL) {
			m = snprintf(err, errlen, "ambiguous command '%s' "
			    "(could be:", words[0]);
			for (i = 0; i < r->n && m < errlen; i++) {
				int	 exact;

				if (r->v[i].nwords == pk &&
				    prefix_match(r->v[i].name, words, n,
				    &exact) == pk)
					m += snprintf(err + m, errlen - m,
					    "%s %s", cnt++ ? "," : "",
					    r->v[i].name);
			}
			if (m < errlen)
				snprintf(err + m, errlen - m, ")");
			return -1;
		}
	}
	if (e != NULL) {
		*found = e;
		*used = k;
		return 0;
	}
	if (n == 0) {
		snprintf(err, errlen, "no command");
		return -1;
	}
	explain_unknown(r, words, n, err, errlen);
	return -1;
}
