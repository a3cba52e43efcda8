/*
 * shell/args.c -- check the words after a command name against the options
 * the command declared (struct ss_option), before its run function is
 * called: so a plugin never sees an unknown option, a malformed date or a
 * number out of range, and every command's usage errors read alike.
 *
 * Accepted: --name VALUE, --name=VALUE, -x VALUE, -xVALUE, clustered short
 * flags (-ab), "--" to end options, a lone "-" and negative numbers as
 * operands.  Long options are never abbreviated: a new option must not
 * change what an old script means.  Every command also takes --format FMT,
 * --output FILE, --bom and --help, which the host handles.
 */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "shell/shell.h"
#include "shell/sink.h"

/* The options the host reserves on every command. */
const char *const args_reserved[] = { "format", "output", "bom", "help",
	NULL };

/* Number of options in a NULL-terminated options table. */
static int
count_options(const struct ss_option *o)
{
	int	 n = 0;

	if (o != NULL)
		while (o[n].name != NULL)
			n++;
	return n;
}

/* The index of long option `name` (length len) in cmd's table, or -1. */
static int
find_long(const struct ss_command *cmd, const char *name, size_t len)
{
	const struct ss_option	*o = cmd->options;
	int			 i;

	for (i = 0; o != NULL && o[i].name != NULL; i++)
		if (strlen(o[i].name) == len && strncmp(o[i].name, name, len) == 0)
			return i;
	return -1;
}

/* The index of short option `c` in cmd's table, or -1. */
static int
find_short(const struct ss_command *cmd, int c)
{
	const struct ss_option	*o = cmd->options;
	int			 i;

	for (i = 0; o != NULL && o[i].name != NULL; i++)
		if (o[i].short_name == c)
			return i;
	return -1;
}

/* Parse a decimal integer that fills the whole string; -1 if it is not. */
static int
parse_int(const char *s, long long *out)
{
	char		*end;
	const char	*p = s;

	if (*p == '-' || *p == '+')
		p++;
	if (!isdigit((unsigned char)*p))
		return -1;
	errno = 0;
	*out = strtoll(s, &end, 10);
	if (*end != '\0')
		return -1;
	if (errno == ERANGE)
		return -2;
	return 0;
}

/* Parse exactly `n` ASCII digits at s; -1 if they are not digits. */
static int
digits(const char *s, int n)
{
	int	 v = 0, i;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* Is this a well-formed calendar date YYYY-MM-DD? */
int
args_is_date(const char *s)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
		30, 31 };
	int	 y, m, d, max;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	if ((y = digits(s, 4)) < 1 || (m = digits(s + 5, 2)) < 1 || m > 12 ||
	    (d = digits(s + 8, 2)) < 1)
		return 0;
	max = mdays[m - 1];
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		max = 29;
	return d <= max;
}

/* Check one value against its option's type; fill the slot. */
int
args_check_value(const struct ss_option *o, const char *v,
    struct arg_slot *slot, char *err, size_t errlen)
{
	long long	 i;
	double		 r;
	char		*end;
	int		 rc, y, m;
	const char	*near;

	switch (o->type) {
	case SS_OPT_FLAG:
	case SS_OPT_TEXT:
		break;
	case SS_OPT_INT:
		if ((rc = parse_int(v, &i)) == -1) {
			snprintf(err, errlen, "not an integer");
			return -1;
		}
		if (o->min != o->max && (rc == -2 || i < o->min || i > o->max)) {
			snprintf(err, errlen, "out of range (%lld..%lld)",
			    o->min, o->max);
			return -1;
		}
		if (rc == -2) {
			snprintf(err, errlen, "out of range");
			return -1;
		}
		slot->i = i;
		break;
	case SS_OPT_REAL:
		errno = 0;
		r = strtod(v, &end);
		if (*v == '\0' || isspace((unsigned char)*v) || *end != '\0' ||
		    !isfinite(r) || strpbrk(v, "xXnN") != NULL) {
			snprintf(err, errlen, "not a number");
			return -1;
		}
		slot->r = r;
		break;
	case SS_OPT_ENUM:
		for (i = 0; o->choices != NULL && o->choices[i] != NULL; i++) {
			if (strcmp(o->choices[i], v) == 0) {
				slot->choice = (int)i;
				return 0;
			}
		}
		{
			size_t	 n = 0;
			int	 k;

			n += snprintf(err, errlen, "not one of ");
			for (k = 0; o->choices[k] != NULL && n < errlen; k++)
				n += snprintf(err + n, errlen - n, "%s%s",
				    k ? ", " : "", o->choices[k]);
			near = closest_in(v, o->choices);
			if (near != NULL && n < errlen)
				snprintf(err + n, errlen - n,
				    " (did you mean '%s'?)", near);
		}
		return -1;
	case SS_OPT_DATE:
		if (!args_is_date(v)) {
			snprintf(err, errlen, "not a calendar date (YYYY-MM-DD)");
			return -1;
		}
		break;
	case SS_OPT_YEAR:
		if (strlen(v) != 4 || (y = digits(v, 4)) < 1900 || y > 2100) {
			snprintf(err, errlen, "not a year (YYYY, 1900..2100)");
			return -1;
		}
		slot->i = y;
		break;
	case SS_OPT_MONTH:
		if (strlen(v) != 7 || v[4] != '-' || digits(v, 4) < 1 ||
		    (m = digits(v + 5, 2)) < 1 || m > 12) {
			snprintf(err, errlen, "not a month (YYYY-MM)");
			return -1;
		}
		break;
	case SS_OPT_QUARTER:
		if (strlen(v) != 6 || (v[4] != 'Q' && v[4] != 'q') ||
		    digits(v, 4) < 1 || v[5] < '1' || v[5] > '4') {
			snprintf(err, errlen, "not a quarter (YYYYQn)");
			return -1;
		}
		break;
	default:
		snprintf(err, errlen, "option of unknown type");
		return -1;
	}
	return 0;
}

/* Check a --format value against the formats the sink knows. */
static int
check_format(const char *v, char *err, size_t errlen)
{
	const char *const	*names = sink_format_names();
	const char		*near;
	size_t			 n;
	int			 k;

	for (k = 0; names[k] != NULL; k++)
		if (strcmp(names[k], v) == 0)
			return 0;
	if ((near = closest_in(v, names)) != NULL) {
		snprintf(err, errlen, "unknown format '%s' (did you mean '%s'?)",
		    v, near);
		return -1;
	}
	n = snprintf(err, errlen, "unknown format '%s' (one of:", v);
	for (k = 0; names[k] != NULL && n < errlen; k++)
		n += snprintf(err + n, errlen - n, "%s %s", k ? "," : "",
		    names[k]);
	if (n < errlen)
		snprintf(err + n, errlen - n, ")");
	return -1;
}

/* Store one reserved option's value; -1 with a message on error. */
static int
set_reserved(struct ss_args *a, int which, const char *v, char *err,
    size_t errlen)
{
	const char	**slot = which == 0 ? &a->format : &a->output;

	if (*slot != NULL) {
		snprintf(err, errlen, "option --%s given twice",
		    args_reserved[which]);
		return -1;
	}
	if (which == 0 && check_format(v, err, errlen) == -1)
		return -1;
	if (which == 1 && *v == '\0') {
		snprintf(err, errlen, "empty file name for --output");
		return -1;
	}
	*slot = v;
	return 0;
}

/* Store a value for option index k; -1 with a message on error. */
static int
set_option(struct ss_args *a, int k, const char *v, char *err, size_t errlen)
{
	const struct ss_option	*o = &a->cmd->options[k];
	struct arg_slot		*s = &a->slots[k];
	char			 why[256];

	if (s->count > 0 && o->type != SS_OPT_FLAG) {
		snprintf(err, errlen, "option --%s given twice", o->name);
		return -1;
	}
	if (args_check_value(o, v, s, why, sizeof why) == -1) {
		snprintf(err, errlen, "invalid value '%s' for --%s: %s", v,
		    o->name, why);
		return -1;
	}
	s->text = v;
	s->count++;
	return 0;
}

/* Suggest the closest long option name for an unknown one. */
static void
unknown_long(const struct ss_args *a, const char *name, size_t len,
    char *err, size_t errlen)
{
	const struct ss_option	*o = a->cmd->options;
	struct closest		 c;
	char			 word[128];
	int			 i;

	snprintf(word, sizeof word, "%.*s", (int)len, name);
	closest_init(&c, word);
	for (i = 0; o != NULL && o[i].name != NULL; i++)
		closest_try(&c, o[i].name);
	for (i = 0; args_reserved[i] != NULL; i++)
		closest_try(&c, args_reserved[i]);
	if (c.best != NULL)
		snprintf(err, errlen, "unknown option '--%s' for '%s' "
		    "(did you mean '--%s'?)", word, a->name, c.best);
	else
		snprintf(err, errlen, "unknown option '--%s' for '%s'", word,
		    a->name);
}

/* Add an operand; -1 when out of memory. */
static int
push_operand(struct ss_args *a, const char *w)
{
	if (a->noperands == a->opcap) {
		int		 cap = a->opcap ? a->opcap * 2 : 8;
		const char	**v = realloc(a->operands, cap * sizeof *v);

		if (v == NULL)
			return -1;
		a->operands = v;
		a->opcap = cap;
	}
	a->operands[a->noperands++] = w;
	return 0;
}

/* Reset `a` for a new parse of cmd; -1 when out of memory. */
static int
args_reset(struct ss_args *a, const struct ss_command *cmd, const char *name)
{
	int	 n = count_options(cmd->options), i;

	if (n > a->slotcap) {
		struct arg_slot	*s = realloc(a->slots, n * sizeof *s);

		if (s == NULL)
			return -1;
		a->slots = s;
		a->slotcap = n;
	}
	for (i = 0; i < n; i++) {
		memset(&a->slots[i], 0, sizeof a->slots[i]);
		a->slots[i].choice = -1;
	}
	a->cmd = cmd;
	a->name = name;
	a->nslots = n;
	a->noperands = 0;
	a->format = a->output = NULL;
	a->bom = a->help = 0;
	return 0;
}

/* Handle one "--name[=value]" word at words[*i]; -1 on error. */
static int
parse_long(struct ss_args *a, char *const *words, int n, int *i, char *err,
    size_t errlen)
{
	const char	*w = words[*i] + 2, *eq = strchr(w, '='), *v;
	size_t		 len = eq != NULL ? (size_t)(eq - w) : strlen(w);
	int		 k, r = -1;

	for (k = 0; args_reserved[k] != NULL; k++)
		if (strlen(args_reserved[k]) == len &&
		    strncmp(args_reserved[k], w, len) == 0)
			r = k;
	k = r >= 0 ? -1 : find_long(a->cmd, w, len);
	if (r < 0 && k < 0) {
		unknown_long(a, w, len, err, errlen);
		return -1;
	}
	if (r >= 2 || (k >= 0 && a->cmd->options[k].type == SS_OPT_FLAG)) {
		if (eq != NULL) {
			snprintf(err, errlen, "option --%.*s takes no value",
			    (int)len, w);
			return -1;
		}
		if (r == 2)
			a->bom = 1;
		else if (r == 3)
			a->help = 1;
		else
			a->slots[k].count++;
		return 0;
	}
	if (eq != NULL)
		v = eq + 1;
	else if (*i + 1 < n)
		v = words[++*i];
	else {
		snprintf(err, errlen, "missing value for --%.*s", (int)len, w);
		return -1;
	}
	if (r >= 0)
		return set_reserved(a, r, v, err, errlen);
	return set_option(a, k, v, err, errlen);
}

/* Handle one "-xyz" word at words[*i]; -1 on error. */
static int
parse_short(struct ss_args *a, char *const *words, int n, int *i, char *err,
    size_t errlen)
{
	const char	*p = words[*i] + 1;

	for (; *p != '\0'; p++) {
		int			 k = find_short(a->cmd, (unsigned char)*p);
		const struct ss_option	*o;

		if (k < 0) {
			if ((unsigned char)*p < 0x80)
				snprintf(err, errlen, "unknown option '-%c' "
				    "for '%s'", *p, a->name);
			else
				snprintf(err, errlen, "unknown option '%s' "
				    "for '%s'", words[*i], a->name);
			return -1;
		}
		o = &a->cmd->options[k];
		if (o->type == SS_OPT_FLAG) {
			a->slots[k].count++;
			continue;
		}
		if (p[1] != '\0')
			return set_option(a, k, p + 1, err, errlen);
		if (*i + 1 >= n) {
			snprintf(err, errlen, "missing value for --%s", o->name);
			return -1;
		}
		return set_option(a, k, words[++*i], err, errlen);
	}
	return 0;
}

/* Is this word an operand rather than an option? */
static int
is_operand(const char *w)
{
	return w[0] != '-' || w[1] == '\0' || isdigit((unsigned char)w[1]) ||
	    (w[1] == '.' && isdigit((unsigned char)w[2]));
}

/* Parse the words after a command name (see the file comment). */
int
args_parse(struct ss_args *a, const struct ss_command *cmd, const char *name,
    char *const *words, int n, char *err, size_t errlen)
{
	const struct ss_option	*o;
	int			 i, only_operands = 0;

	if (args_reset(a, cmd, name) == -1) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	for (i = 0; i < n; i++) {
		const char	*w = words[i];
		int		 rc;

		if (only_operands || is_operand(w))
			rc = push_operand(a, w) == -1 ? -1 : 0;
		else if (strcmp(w, "--") == 0) {
			only_operands = 1;
			continue;
		} else if (w[1] == '-')
			rc = parse_long(a, words, n, &i, err, errlen);
		else
			rc = parse_short(a, words, n, &i, err, errlen);
		if (rc == -1)
			return -1;
	}
	if (a->help)
		return 0;	/* "cmd --help" needs nothing else */
	for (o = cmd->options, i = 0; o != NULL && o[i].name != NULL; i++) {
		if ((o[i].flags & SS_OPT_REQUIRED) && a->slots[i].count == 0) {
			snprintf(err, errlen, "missing required option --%s "
			    "for '%s'", o[i].name, name);
			return -1;
		}
	}
	if (a->noperands < cmd->min_operands) {
		snprintf(err, errlen, "missing %s for '%s'",
		    cmd->operands != NULL ? cmd->operands : "operand", name);
		return -1;
	}
	if (cmd->max_operands >= 0 && a->noperands > cmd->max_operands) {
		if (cmd->max_operands == 0)
			snprintf(err, errlen, "unexpected operand '%s' for '%s' "
			    "(it takes none)", a->operands[0], name);
		else
			snprintf(err, errlen, "too many operands for '%s' "
			    "(at most %d: %s)", name, cmd->max_operands,
			    cmd->operands != NULL ? cmd->operands : "");
		return -1;
	}
	return 0;
}

/* Free what an args struct holds. */
void
args_free(struct ss_args *a)
{
	free(a->slots);
	free(a->operands);
	memset(a, 0, sizeof *a);
}

/* The slot of option `name`, or NULL (a plugin asked for an option it did
 * not declare). */
static const struct arg_slot *
slot_of(const struct ss_args *a, const char *name, const struct ss_option **o)
{
	int	 k;

	if (a == NULL || a->cmd == NULL || name == NULL)
		return NULL;
	if ((k = find_long(a->cmd, name, strlen(name))) < 0)
		return NULL;
	if (o != NULL)
		*o = &a->cmd->options[k];
	return &a->slots[k];
}

/* How many times option `name` was given. */
int
args_has(const struct ss_args *a, const char *name)
{
	const struct arg_slot	*s = slot_of(a, name, NULL);

	return s != NULL ? s->count : 0;
}

/* The value of option `name` as typed, or NULL. */
const char *
args_text(const struct ss_args *a, const char *name)
{
	const struct arg_slot	*s = slot_of(a, name, NULL);

	return s != NULL && s->count > 0 ? s->text : NULL;
}

/* An integer or year option's value, or dflt. */
long long
args_int(const struct ss_args *a, const char *name, long long dflt)
{
	const struct ss_option	*o;
	const struct arg_slot	*s = slot_of(a, name, &o);

	if (s == NULL || s->count == 0 ||
	    (o->type != SS_OPT_INT && o->type != SS_OPT_YEAR))
		return dflt;
	return s->i;
}

/* A real option's value, or dflt. */
double
args_real(const struct ss_args *a, const char *name, double dflt)
{
	const struct ss_option	*o;
	const struct arg_slot	*s = slot_of(a, name, &o);

	if (s == NULL || s->count == 0 || o->type != SS_OPT_REAL)
		return dflt;
	return s->r;
}

/* An enum option's index into its choices, or -1. */
int
args_choice(const struct ss_args *a, const char *name)
{
	const struct ss_option	*o;
	const struct arg_slot	*s = slot_of(a, name, &o);

	if (s == NULL || s->count == 0 || o->type != SS_OPT_ENUM)
		return -1;
	return s->choice;
}

/* The number of operands. */
int
args_operand_count(const struct ss_args *a)
{
	return a != NULL ? a->noperands : 0;
}

/* Operand i, or NULL when out of range. */
const char *
args_operand(const struct ss_args *a, int i)
{
	if (a == NULL || i < 0 || i >= a->noperands)
		return NULL;
	return a->operands[i];
}

/* The metavar shown for an option: its own, the choices of a short enum
 * ("general|major"), or one derived from its type. */
const char *
args_metavar(const struct ss_option *o, char *buf, size_t len)
{
	size_t	 n = 0;
	int	 k;

	if (o->metavar != NULL)
		return o->metavar;
	switch (o->type) {
	case SS_OPT_INT:	return "N";
	case SS_OPT_REAL:	return "NUMBER";
	case SS_OPT_ENUM:
		for (k = 0; o->choices[k] != NULL && n < len; k++)
			n += snprintf(buf + n, len - n, "%s%s", k ? "|" : "",
			    o->choices[k]);
		return n < len && n <= 32 ? buf : "CHOICE";
	case SS_OPT_DATE:	return "DATE";
	case SS_OPT_YEAR:	return "YEAR";
	case SS_OPT_MONTH:	return "MONTH";
	case SS_OPT_QUARTER:	return "QUARTER";
	default:		return "TEXT";
	}
}

/* Describe what an option accepts, for help. */
void
args_describe(const struct ss_option *o, char *buf, size_t len)
{
	size_t	 n;
	int	 k;

	switch (o->type) {
	case SS_OPT_FLAG:
		snprintf(buf, len, "flag");
		break;
	case SS_OPT_INT:
		if (o->min != o->max)
			snprintf(buf, len, "integer %lld..%lld", o->min, o->max);
		else
			snprintf(buf, len, "integer");
		break;
	case SS_OPT_REAL:
		snprintf(buf, len, "number");
		break;
	case SS_OPT_ENUM:
		n = snprintf(buf, len, "one of:");
		for (k = 0; o->choices[k] != NULL && n < len; k++)
			n += snprintf(buf + n, len - n, "%s %s", k ? "," : "",
			    o->choices[k]);
		break;
	case SS_OPT_DATE:
		snprintf(buf, len, "date YYYY-MM-DD");
		break;
	case SS_OPT_YEAR:
		snprintf(buf, len, "year 1900..2100");
		break;
	case SS_OPT_MONTH:
		snprintf(buf, len, "month YYYY-MM");
		break;
	case SS_OPT_QUARTER:
		snprintf(buf, len, "quarter YYYYQn");
		break;
	default:
		snprintf(buf, len, "text");
		break;
	}
}

/* Append printf-style text to buf at *n, never past len. */
static void
append(char *buf, size_t len, size_t *n, const char *text)
{
	size_t	 l = strlen(text);

	if (*n + 1 >= len)
		return;
	if (l > len - *n - 1)
		l = len - *n - 1;
	memcpy(buf + *n, text, l);
	*n += l;
	buf[*n] = '\0';
}

/* The usage line of a command, derived from its descriptor. */
void
args_usage(const struct ss_command *cmd, const char *name, char *buf,
    size_t len)
{
	const struct ss_option	*o = cmd->options;
	size_t			 n = 0;
	int			 i;

	if (len == 0)
		return;
	buf[0] = '\0';
	append(buf, len, &n, name);
	for (i = 0; o != NULL && o[i].name != NULL; i++) {
		int	 req = (o[i].flags & SS_OPT_REQUIRED) != 0;

		append(buf, len, &n, req ? " --" : " [--");
		append(buf, len, &n, o[i].name);
		if (o[i].type != SS_OPT_FLAG) {
			char	 mv[64];

			append(buf, len, &n, " ");
			append(buf, len, &n, args_metavar(&o[i], mv, sizeof mv));
		}
		if (!req)
			append(buf, len, &n, "]");
	}
	if (cmd->operands != NULL && cmd->max_operands != 0) {
		int	 opt = cmd->min_operands == 0;

		append(buf, len, &n, opt ? " [" : " ");
		append(buf, len, &n, cmd->operands);
		if (opt)
			append(buf, len, &n, "]");
	}
}
