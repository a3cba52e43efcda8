/*
 * plugins/county/verify.c -- `verify FILE [--year Y]`: check the numeric
 * claims of a draft report against the dataset.
 *
 * claims.c finds the claims by pattern; this file maps each to an
 * indicator of the catalogue by the words around it (the indicator's
 * words nearest before the number, the verbs of its own clause, the
 * topic of its paragraph), narrows it by the sectors or departments
 * named beside it, computes the figure and compares.  A rate stated
 * beside its counts is checked against them first; a list of sector
 * counts against the total stated for them.  One row per claim: ok,
 * differs, inconsistent, or unchecked with the reason.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "plugins/common/filter.h"
#include "plugins/common/lookup.h"
#include "plugins/common/rate.h"
#include "plugins/county/analysis.h"
#include "plugins/county/claims.h"
#include "plugins/county/indicator.h"

#define VERIFY_MAX_BYTES	(4 * 1024 * 1024)
#define SUM_QUALIFIER		"分项合计"	/* a breakdown's sum row */
#define QUAL_MAX_CODES		4
#define QUAL_MAX		16

const char verify_help[] =
    "Reads a draft report (UTF-8 text), finds its numeric claims by their\n"
    "patterns -- counts with units (1324项, 34场次, 1650辆次), amounts in\n"
    "元/万元 (12余万元 is at least 120000 and under 130000 yuan), percentages,\n"
    "ranks (全省第二名), Chinese numerals (两万余份), 未发生/未排查出 (none),\n"
    "已全部完成整改 (all), 超额完成 (over plan), 低于全市平均 -- maps each to\n"
    "an indicator of the catalogue (see `trend`) by the words around it,\n"
    "and checks it against the dataset: one row per claim with its line,\n"
    "an excerpt, the claim as written, the indicator, the sector or\n"
    "department it is narrowed to, the stated and computed values (in the\n"
    "indicator's unit: yuan, metres, percent ...), and a status:\n"
    "  ok            the data give the stated value (within the rounding of\n"
    "                its last digit; 余 and 约 as above, 约 within 5%)\n"
    "  differs       the data give another value\n"
    "  inconsistent  the draft contradicts itself: a rate not within rounding\n"
    "                of the counts stated beside it (排查X项…整改Y项…整改率Z%),\n"
    "                or sector counts that do not add up to their stated total\n"
    "  unchecked     no indicator fits, or several do; the reason says which\n"
    "The year is --year, else the year in the draft's first line, else the\n"
    "last ledger year.  --text checks one sentence instead of a file.";

const char *const verify_examples[] = {
	"verify --year 2023 --text '排查重大事故隐患98项，已完成整改88项，"
	"整改率89.8%。'",
	"verify --year 2023 --text '累计排查一般隐患1324项，已完成整改1121项，"
	"整改率达96％，实施行政处罚32起，罚款12余万元。'",
	"verify report-2023.txt",
	"verify draft.txt --year 2024",
	NULL
};

const struct ss_option verify_options[] = {
	{ .name = "year", .short_name = 'y', .type = SS_OPT_YEAR,
	  .help = "the year the draft reports on (default: the year in its "
	  "first line, else the latest ledger year)" },
	{ .name = "text", .type = SS_OPT_TEXT, .metavar = "TEXT",
	  .help = "check this text instead of a file" },
	FILTER_COUNTY_OPTION,
	{ .name = NULL }
};

/* A sector or department name a draft may use, and what it stands for. */
struct name_entry {
	char		 word[96];
	char		 code[64];
};

struct vocab {
	struct name_entry	*v;
	size_t			 n, cap;
};

/* The sectors or departments a claim is narrowed to: one qualifier per
 * name written ("城管文旅" may stand for two departments). */
struct qualifier {
	char		 label[96];
	int		 ncodes;
	char		 codes[QUAL_MAX_CODES][64];
	char		 words[QUAL_MAX_CODES][96];	/* each name */
};

/* What a claim was mapped to. */
struct mapping {
	const struct indicator	*ind;		/* NULL: unchecked */
	unsigned		 dim;		/* DIM_SECTOR, DIM_DEPARTMENT, 0 */
	int			 nqual;
	struct qualifier	 qual[QUAL_MAX];
	char			 why[256];	/* when ind is NULL */
	char			 note[256];	/* how the context gave ind */
	int			 pair_x, pair_y; /* the counts beside a rate */
};

/* A list of sector counts a draft gives without naming what they count
 * (分行业看，工贸77项、特种设备7项…，合计98项): its claims, and the subject
 * the context gives them. */
struct breakdown {
	int			 first, last;	/* its parts; first -1: none */
	int			 total;		/* its 合计 claim, or -1 */
	const struct indicator	*ind;		/* NULL: no subject found */
	char			 how[256];	/* how it was found, or why
						   none was */
};

struct row;

struct verify {
	struct ss_ctx		*ctx;
	const char		*text;
	size_t			 len;
	struct claims		 claims;
	struct mapping		*map;
	struct filter		 f;
	struct vocab		 sectors, depts;
	struct breakdown	 list;		/* the last one mapped */
	int			 buffer;	/* hold the rows (rich formats:
						   the title counts them) */
	struct row		*rows;
	size_t			 nrows, caprows;
};

/* Words reports use for sectors beyond the dataset's own names. */
static const struct { const char *word, *code; } sector_aliases[] = {
	{ "危化品", "hazchem" }, { "危化", "hazchem" },
	{ "燃气", "gas" }, { "建筑", "construction" },
	{ "交通", "transport" }, { "道路运输", "transport" },
	{ "烟花", "fireworks" }, { "矿山", "mining" },
	{ "旅游", "tourism" }, { "渔业", "fishing" }, { "农机", "agriculture" },
};

/* ---------------------------------------------------------------- */
/* Reading the draft                                                */
/* ---------------------------------------------------------------- */

/* Read `path` into a NUL-terminated buffer (the ABI has no file call:
 * this is the one command whose operand is a document). */
static int
read_draft(struct ss_ctx *ctx, const char *path, char **out, size_t *len)
{
	struct stat	 sb;
	char		*buf;
	size_t		 have = 0;
	ssize_t		 n;
	int		 fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return ss_error(ctx, "cannot open '%s': %s", path,
		    strerror(errno));
	if (fstat(fd, &sb) == -1 || !S_ISREG(sb.st_mode)) {
		close(fd);
		return ss_error(ctx, "'%s' is not a regular file", path);
	}
	if (sb.st_size > VERIFY_MAX_BYTES) {
		close(fd);
		return ss_error(ctx, "'%s' is too large for a report (%lld "
		    "bytes; at most %d)", path, (long long)sb.st_size,
		    VERIFY_MAX_BYTES);
	}
	if ((buf = malloc((size_t)sb.st_size + 1)) == NULL) {
		close(fd);
		return ss_error(ctx, "out of memory reading '%s'", path);
	}
	while (have < (size_t)sb.st_size &&
	    (n = read(fd, buf + have, (size_t)sb.st_size - have)) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			int saved = errno;

			close(fd);
			free(buf);
			return ss_error(ctx, "cannot read '%s': %s", path,
			    strerror(saved));
		}
		have += (size_t)n;
	}
	close(fd);
	buf[have] = '\0';
	*out = buf;
	*len = have;
	return SS_OK;
}

/* Refuse text that is not UTF-8, with a hint at converting it. */
static int
check_encoding(struct ss_ctx *ctx, const char *name, const char *text,
    size_t len)
{
	size_t	 bad, i;
	int	 line = 1;

	if (len >= 2 && ((unsigned char)text[0] == 0xFF ||
	    (unsigned char)text[0] == 0xFE) &&
	    ((unsigned char)text[1] == 0xFE || (unsigned char)text[1] == 0xFF))
		return ss_error(ctx, "'%s' is UTF-16, not UTF-8 (convert it: "
		    "iconv -f UTF-16 -t UTF-8)", name);
	if (claims_check_utf8(text, len, &bad) == 0)
		return SS_OK;
	for (i = 0; i < bad; i++)
		if (text[i] == '\n')
			line++;
	if (claims_looks_gb18030(text, len))
		return ss_error(ctx, "'%s' is not UTF-8 (line %d, byte %zu): "
		    "it looks like GB18030/GBK (convert it: iconv -f GB18030 "
		    "-t UTF-8)", name, line, bad + 1);
	return ss_error(ctx, "'%s' is not valid UTF-8 (line %d, byte %zu): "
	    "save it as UTF-8 text", name, line, bad + 1);
}

/* The year written in the draft's first line (2023年…), or 0. */
static int
title_year(const char *text, size_t len)
{
	size_t	 i;
	int	 y;

	for (i = 0; i + 7 <= len && text[i] != '\n'; i++) {
		if (text[i] < '0' || text[i] > '9' || (i > 0 &&
		    text[i - 1] >= '0' && text[i - 1] <= '9'))
			continue;
		if (sscanf(text + i, "%4d", &y) == 1 && y >= 1900 &&
		    memcmp(text + i + 4, "年", 3) == 0)
			return y;
	}
	return 0;
}

/* ---------------------------------------------------------------- */
/* Vocabularies: sector and department names                        */
/* ---------------------------------------------------------------- */

/* Add one name to a vocabulary (silently skipped when out of memory:
 * the name is then not recognised, and claims stay unqualified). */
static void
vocab_add(struct vocab *v, const char *word, const char *code)
{
	struct name_entry	*grown;

	if (word == NULL || *word == '\0')
		return;
	if (v->n == v->cap) {
		size_t cap = v->cap ? 2 * v->cap : 64;

		if ((grown = realloc(v->v, cap * sizeof *grown)) == NULL)
			return;
		v->v = grown;
		v->cap = cap;
	}
	snprintf(v->v[v->n].word, sizeof v->v[v->n].word, "%s", word);
	snprintf(v->v[v->n].code, sizeof v->v[v->n].code, "%s", code);
	v->n++;
}

/* Load (name, code) rows of `sql` into a vocabulary. */
static int
vocab_load(struct ss_ctx *ctx, struct vocab *v, const char *sql)
{
	struct ss_stmt	*st;
	int		 rc;

	if ((st = ss_prepare(ctx, sql, SS_NO_PARAMS)) == NULL)
		return SS_ERR;
	while ((rc = ss_step(st)) == 1) {
		struct ss_value name = ss_column(st, 0), code = ss_column(st, 1);

		if (name.type == SS_TEXT && code.type == SS_TEXT)
			vocab_add(v, name.u.s, code.u.s);
	}
	ss_finalize(st);
	return rc < 0 ? SS_ERR : SS_OK;
}

/* The longest name of `v` at byte i, or NULL. */
static const struct name_entry *
vocab_at(const struct vocab *v, const char *text, size_t len, size_t i)
{
	const struct name_entry	*best = NULL;
	size_t			 k, n, best_n = 0;

	for (k = 0; k < v->n; k++) {
		n = strlen(v->v[k].word);
		if (n > best_n && i + n <= len &&
		    memcmp(text + i, v->v[k].word, n) == 0) {
			best = &v->v[k];
			best_n = n;
		}
	}
	return best;
}

/* Nonzero when text[from, to) holds only list joiners (、和及与, spaces). */
static int
only_joiners(const char *text, size_t from, size_t to)
{
	static const char *const joiners[] = { "、", "和", "及", "与", " ",
		"，", NULL };
	size_t	 n;
	int	 k, matched;

	while (from < to) {
		for (matched = 0, k = 0; joiners[k] != NULL; k++) {
			n = strlen(joiners[k]);
			if (from + n <= to &&
			    memcmp(text + from, joiners[k], n) == 0) {
				from += n;
				matched = 1;
				break;
			}
		}
		if (!matched)
			return 0;
	}
	return 1;
}

/* The run of names nearest before `to` in [from, to): names joined only by
 * 、和及与, each a qualifier; names written back to back (城管文旅) make one
 * qualifier of several codes.  Returns how many qualifiers. */
static int
find_names(const struct vocab *v, const char *text, size_t len, size_t from,
    size_t to, struct qualifier *q, size_t *run_end)
{
	size_t			 starts[64], ends[64];
	const struct name_entry	*found[64];
	size_t			 i = from, n = 0, k, first;
	int			 nq = 0;

	while (i < to && n < 64) {
		const struct name_entry *e = vocab_at(v, text, len, i);

		if (e != NULL && i + strlen(e->word) <= to) {
			starts[n] = i;
			ends[n] = i + strlen(e->word);
			found[n++] = e;
			i = ends[n - 1];
		} else
			i++;
	}
	if (n == 0)
		return 0;
	*run_end = ends[n - 1];
	for (first = n - 1; first > 0 &&
	    only_joiners(text, ends[first - 1], starts[first]); first--)
		;
	for (k = first; k < n && nq < QUAL_MAX; k++) {
		struct qualifier *cur;

		if (k > first && ends[k - 1] == starts[k] &&
		    q[nq - 1].ncodes < QUAL_MAX_CODES) {
			cur = &q[nq - 1];	/* 城管 + 文旅 */
		} else {
			cur = &q[nq++];
			memset(cur, 0, sizeof *cur);
		}
		snprintf(cur->words[cur->ncodes], sizeof cur->words[0],
		    "%s", found[k]->word);
		snprintf(cur->codes[cur->ncodes++], sizeof cur->codes[0],
		    "%s", found[k]->code);
		snprintf(cur->label + strlen(cur->label),
		    sizeof cur->label - strlen(cur->label), "%.*s",
		    (int)(ends[k] - starts[k]), text + starts[k]);
	}
	return nq;
}

/* ---------------------------------------------------------------- */
/* Mapping a claim to an indicator                                  */
/* ---------------------------------------------------------------- */

static int	qualified_figure(struct verify *, const struct indicator *,
		    unsigned, const struct qualifier *, struct figure *);

/* The alternatives of a '|' list, one at a time: *alt is set to the next
 * one and its length returned (0 at the end). */
static size_t
next_alt(const char **list, const char **alt)
{
	const char	*bar;
	size_t		 n;

	if (*list == NULL || **list == '\0')
		return 0;
	*alt = *list;
	bar = strchr(*list, '|');
	n = bar != NULL ? (size_t)(bar - *list) : strlen(*list);
	*list = bar != NULL ? bar + 1 : *list + n;
	return n;
}

/* The occurrence of one of `words` in text[from, to) nearest to `to`
 * (`backward`) or to `from`: its distance from that end, its length in
 * *wlen (the longer word when two are as near); (size_t)-1 when there is
 * none. */
static size_t
nearest_word(const char *text, size_t from, size_t to, const char *words,
    int backward, size_t *wlen)
{
	const char	*list = words, *alt;
	size_t		 n, d, at, best = (size_t)-1;

	*wlen = 0;
	while ((n = next_alt(&list, &alt)) > 0) {
		for (d = 0; to >= from + n && d <= to - from - n; d++) {
			at = backward ? to - d - n : from + d;
			if (memcmp(text + at, alt, n) == 0) {
				if (d < best || (d == best && n > *wlen)) {
					best = d;
					*wlen = n;
				}
				break;
			}
		}
	}
	return best;
}

/* Nonzero when one of `words` occurs in text[from, to). */
static int
contains(const char *text, size_t from, size_t to, const char *words)
{
	size_t	 wlen;

	return nearest_word(text, from, to, words, 0, &wlen) != (size_t)-1;
}

/* Nonzero when `unit` is one of the '|' list `units`. */
static int
unit_listed(const char *units, const char *unit)
{
	const char	*list = units, *alt;
	size_t		 n;

	while ((n = next_alt(&list, &alt)) > 0)
		if (n == strlen(unit) && memcmp(alt, unit, n) == 0)
			return 1;
	return 0;
}

/* Nonzero when an indicator can be what a claim of this shape states;
 * per_100 and mean say the clause speaks of 每百 or 平均 before it. */
static int
fits(const struct claim *cl, const struct indicator *ind, int per_100,
    int mean)
{
	switch (cl->kind) {
	case CLAIM_PERCENT:
		return ind->kind == IND_RATE && strcmp(ind->unit, "%") == 0;
	case CLAIM_RANK:
		return ind->kind == IND_RANK;
	case CLAIM_NONE:
		return ind->kind == IND_COUNT;
	case CLAIM_COMPARE:
		return ind->yardstick != NULL;
	case CLAIM_QUANTITY:
		break;
	default:
		return 0;
	}
	switch (cl->measure) {
	case MEASURE_COUNT:
		if (ind->units == NULL || (cl->unit[0] != '\0' &&
		    !unit_listed(ind->units, cl->unit)))
			return 0;
		if (per_100)	/* 每百家单位24.0项 */
			return ind->kind == IND_RATE;
		if (mean)	/* 平均每个乡镇2.0人, 全市平均水平（4.6人） */
			return ind->kind == IND_MEAN || ind->kind == IND_REAL;
		return ind->kind == IND_COUNT;
	case MEASURE_MONEY:
		return ind->kind == IND_AMOUNT;
	case MEASURE_LENGTH:
		return ind->kind == IND_LENGTH;
	case MEASURE_AREA:
		return strcmp(ind->unit, "平方米") == 0;
	case MEASURE_VOLUME:
		return strcmp(ind->unit, "立方米") == 0;
	default:
		return 0;
	}
}

/* The longest of `words` that occurs in text[from, to): its length, and
 * in *distance how far its occurrence nearest to `to` ends before `to`;
 * 0 when none occurs. */
static size_t
longest_word(const char *text, size_t from, size_t to, const char *words,
    size_t *distance)
{
	const char	*list = words, *alt;
	size_t		 n, d, best = 0;

	while ((n = next_alt(&list, &alt)) > 0) {
		if (n <= best)
			continue;
		for (d = 0; to >= from + n && d <= to - from - n; d++)
			if (memcmp(text + to - d - n, alt, n) == 0) {
				best = n;
				*distance = d;
				break;
			}
	}
	return best;
}

struct score {
	int	 own;		/* its words are in the claim's own stretch
				   of text (see own_text_start) */
	size_t	 distance;	/* bytes between its words and the number */
	size_t	 word_len;	/* the longer, the more specific */
	int	 cues;		/* verbs and topic that matched */
	size_t	 verb_distance;	/* bytes between its nearest verb and the
				   number: 排查1324项、整改1121项 */
};

/* Where the words that belong to claim i alone begin: its clause, but
 * after the claim before it when that one is in the same clause
 * (排查重大事故隐患98项其中部门排查11项: 11项 owns 其中部门排查). */
static size_t
own_text_start(const struct verify *v, const struct claim *cl)
{
	size_t	 i = (size_t)(cl - v->claims.v);

	if (i > 0 && v->claims.v[i - 1].end > cl->clause &&
	    v->claims.v[i - 1].end <= cl->start)
		return v->claims.v[i - 1].end;
	return cl->clause;
}

/* Score one indicator for a claim; 0 when it does not fit.  Words in the
 * claim's own stretch of text name what it counts, the longest (most
 * specific) first: in 行政处罚案件32件 the penalties' 行政处罚 outweighs the
 * generic 案件 right before the number.  Failing that, the indicator
 * whose words are nearest before it (after it, for 未发生…). */
static int
score_indicator(const struct verify *v, const struct claim *cl,
    const struct indicator *ind, struct score *s)
{
	size_t	 after_from = cl->end, after_to = cl->clause_end;

	if (ind->words == NULL || ind->base != NULL ||
	    !fits(cl, ind, contains(v->text, cl->clause, cl->number, "每百"),
	    contains(v->text, cl->clause, cl->number, "平均")))
		return 0;
	memset(s, 0, sizeof *s);
	if (cl->kind == CLAIM_NONE)	/* 未发生较大以上事故: words follow */
		s->distance = nearest_word(v->text, after_from, after_to,
		    ind->words, 0, &s->word_len);
	else if ((s->word_len = longest_word(v->text, own_text_start(v, cl),
	    cl->number, ind->words, &s->distance)) > 0)
		s->own = 1;
	else
		s->distance = nearest_word(v->text, cl->line_start,
		    cl->number, ind->words, 1, &s->word_len);
	if (s->distance == (size_t)-1)
		return 0;
	s->verb_distance = (size_t)-1;
	if (ind->verbs != NULL) {
		size_t vlen;

		if (!contains(v->text, cl->clause, cl->kind == CLAIM_NONE ?
		    cl->clause_end : cl->number, ind->verbs))
			return 0;
		if (cl->kind != CLAIM_NONE)
			s->verb_distance = nearest_word(v->text, cl->clause,
			    cl->number, ind->verbs, 1, &vlen);
		s->cues++;
	}
	if (ind->topic != NULL) {
		if (!contains(v->text, cl->line_start, cl->number, ind->topic))
			return 0;
		s->cues++;
	}
	return 1;
}

/* -1 when a is the better match, 1 when b is, 0 when they tie: words in
 * the claim's own text first, the longest of them; else the nearest. */
static int
compare_scores(const struct score *a, const struct score *b)
{
	if (a->own != b->own)
		return a->own ? -1 : 1;
	if (a->own && a->word_len != b->word_len)
		return a->word_len > b->word_len ? -1 : 1;
	if (a->distance != b->distance)
		return a->distance < b->distance ? -1 : 1;
	if (a->word_len != b->word_len)
		return a->word_len > b->word_len ? -1 : 1;
	if (a->cues != b->cues)
		return a->cues > b->cues ? -1 : 1;
	if (a->verb_distance != b->verb_distance)
		return a->verb_distance < b->verb_distance ? -1 : 1;
	return 0;
}

/* Map a claim by its words; sets m->ind, or m->why when none or several
 * fit equally well. */
static void
map_by_words(const struct verify *v, const struct claim *cl,
    struct mapping *m)
{
	const struct indicator	*table, *best = NULL, *tied = NULL;
	struct score		 s, best_s = { 0, 0, 0, 0, 0 };
	size_t			 n, i;
	int			 c;

	table = indicator_table(&n);
	for (i = 0; i < n; i++) {
		if (!score_indicator(v, cl, &table[i], &s))
			continue;
		if (best == NULL || (c = compare_scores(&s, &best_s)) < 0) {
			best = &table[i];
			best_s = s;
			tied = NULL;
		} else if (c == 0)
			tied = &table[i];
	}
	if (best == NULL)
		snprintf(m->why, sizeof m->why, "未能对应到统计指标（上下文中"
		    "没有可识别的指标名称和单位）");
	else if (tied != NULL)
		snprintf(m->why, sizeof m->why, "指标不明确：%s（%s）或%s（%s）",
		    best->name_zh, best->key, tied->name_zh, tied->key);
	else
		m->ind = best;
}

/* The first rate of the catalogue (a percentage when `pct_only`) with
 * the numerator `num`, the denominator `den`, and `either` as one of the
 * two; each NULL for any. */
static const struct indicator *
rate_find(const char *num, const char *den, const char *either,
    int pct_only)
{
	const struct indicator	*table, *t;
	size_t			 n, i;

	table = indicator_table(&n);
	for (i = 0; i < n; i++) {
		t = &table[i];
		/* Aliases of a rate have neither: they are not matched. */
		if (t->kind != IND_RATE || t->num == NULL || t->den == NULL ||
		    (pct_only && strcmp(t->unit, "%") != 0) ||
		    (num != NULL && strcmp(t->num, num) != 0) ||
		    (den != NULL && strcmp(t->den, den) != 0) ||
		    (either != NULL && strcmp(t->num, either) != 0 &&
		    strcmp(t->den, either) != 0))
			continue;
		return t;
	}
	return NULL;
}

/* The rate whose numerator and denominator are these indicators (any
 * denominator when `den` is NULL). */
static const struct indicator *
rate_of(const struct indicator *num, const struct indicator *den)
{
	return rate_find(num->key, den != NULL ? den->key : NULL, NULL, 0);
}

/* Narrow a mapped claim by the sectors or departments written beside it:
 * sectors anywhere in its sentence (对全县危化品单位开展检查，排查…), departments
 * in its own clause. */
static void
qualify(const struct verify *v, const struct claim *cl, struct mapping *m)
{
	static const char *const dept_followers[] = { "等", "部门", "局",
		"、", "和", "与", "及", "共", "分别", "，", NULL };
	size_t	 to = cl->kind == CLAIM_NONE ? cl->end : cl->number, end = 0;
	int	 k;

	m->nqual = 0;
	m->dim = 0;
	if (m->ind == NULL)
		return;
	if ((m->ind->dims & DIM_DEPARTMENT) &&
	    (m->nqual = find_names(&v->depts, v->text, v->len, cl->clause, to,
	    m->qual, &end)) > 0) {
		/* 工信、公安…等 names departments; 交通违法案件 does not: a
		 * short name counts when a list word or a full name ends it */
		for (k = 0; dept_followers[k] != NULL; k++)
			if (end + strlen(dept_followers[k]) <= v->len &&
			    memcmp(v->text + end, dept_followers[k],
			    strlen(dept_followers[k])) == 0)
				break;
		if (dept_followers[k] != NULL || (end >= 3 &&
		    (memcmp(v->text + end - 3, "局", 3) == 0 ||
		    memcmp(v->text + end - 3, "队", 3) == 0 ||
		    memcmp(v->text + end - 3, "室", 3) == 0))) {
			m->dim = DIM_DEPARTMENT;
			return;
		}
		m->nqual = 0;
	}
	if ((m->ind->dims & DIM_SECTOR) &&
	    (m->nqual = find_names(&v->sectors, v->text, v->len, cl->sentence,
	    to, m->qual, &end)) > 0) {
		m->dim = DIM_SECTOR;
		/* …等领域未排查出（全县每百家24.0项）: the county's figure */
		if (contains(v->text, end, to, "全县"))
			m->nqual = m->dim = 0;
	}
}

/* The nearest claim before claim i in its sentence that is a quantity
 * of the same measure (skipping `skip` of them), or -1. */
static int
quantity_before(const struct verify *v, int i, int before, int measure)
{
	const struct claim	*cl = &v->claims.v[i];
	int			 j;

	for (j = before - 1; j >= 0; j--) {
		const struct claim *o = &v->claims.v[j];

		if (o->sentence != cl->sentence)
			return -1;
		if (o->kind == CLAIM_QUANTITY && (measure == 0 ||
		    (int)o->measure == measure) && v->map[j].ind != NULL)
			return j;
	}
	return -1;
}

/* Give mapping `m` the qualifiers of the claim `from` was mapped for. */
static void
copy_qualifiers(struct mapping *m, const struct mapping *from)
{
	m->dim = from->dim;
	m->nqual = from->nqual;
	memcpy(m->qual, from->qual, sizeof m->qual);
}

/* Map a claim to the figure of the quantity claim x it refers to (a
 * change, 全部, 超额完成), or say there is none (x < 0). */
static void
map_to_quantity(const struct verify *v, struct mapping *m, int x)
{
	if (x < 0) {
		snprintf(m->why, sizeof m->why, "前文没有可对应的数量");
		return;
	}
	m->pair_x = x;
	m->ind = v->map[x].ind;
	copy_qualifiers(m, &v->map[x]);
}

/* 整改率Z%，排查X项、整改Y项: the two counts right after rate claim i in
 * its sentence, when they can be its denominator and numerator (their
 * words, verbs and units fit), into m's pair.  A rate its own words did
 * not map (整改率96%，排查隐患X项、整改隐患Y项) is the rate of those
 * counts, mapped by theirs. */
static void
pair_after(const struct verify *v, int i, struct mapping *m)
{
	const struct indicator	*num, *den;
	const struct claim	*cl = &v->claims.v[i], *x, *y;
	struct mapping		 xm, ym;
	struct score		 s;

	if ((size_t)i + 2 >= v->claims.n)
		return;
	x = &v->claims.v[i + 1];
	y = &v->claims.v[i + 2];
	if (x->sentence != cl->sentence || y->sentence != cl->sentence ||
	    x->kind != CLAIM_QUANTITY || y->kind != CLAIM_QUANTITY ||
	    x->measure != MEASURE_COUNT || y->measure != MEASURE_COUNT ||
	    x->change != 0 || y->change != 0 ||
	    strcmp(x->unit, y->unit) != 0 || x->value <= 0 ||
	    x->value < y->value)
		return;
	if (m->ind == NULL) {
		memset(&xm, 0, sizeof xm);
		memset(&ym, 0, sizeof ym);
		map_by_words(v, x, &xm);
		map_by_words(v, y, &ym);
		if (xm.ind == NULL || ym.ind == NULL ||
		    (m->ind = rate_of(ym.ind, xm.ind)) == NULL)
			return;
		qualify(v, x, &xm);
		copy_qualifiers(m, &xm);
		m->why[0] = '\0';
	}
	if (m->ind->kind != IND_RATE || m->ind->num == NULL ||
	    (num = indicator_find(m->ind->num)) == NULL ||
	    (den = indicator_find(m->ind->den)) == NULL ||
	    !score_indicator(v, x, den, &s) || !score_indicator(v, y, num, &s))
		return;
	m->pair_x = i + 1;
	m->pair_y = i + 2;
}

/* Claim i as one of the counts a rate stated before it pairs with (see
 * pair_after): the rate's denominator or numerator, with its qualifiers;
 * 0 when it is not one. */
static int
map_as_pair_after(struct verify *v, int i, struct mapping *m)
{
	const struct claim	*cl = &v->claims.v[i];
	int			 r;

	for (r = i - 1; r >= 0 && r >= i - 2; r--) {
		const struct mapping *rm = &v->map[r];

		if (v->claims.v[r].sentence != cl->sentence)
			return 0;
		if (rm->ind == NULL || (rm->pair_x != i && rm->pair_y != i) ||
		    rm->pair_x < r)
			continue;
		m->ind = indicator_find(rm->pair_x == i ? rm->ind->den :
		    rm->ind->num);
		copy_qualifiers(m, rm);
		return m->ind != NULL;
	}
	return 0;
}

/* The sectors named in claim i's own item (工贸77项, 燃气领域未排查出)
 * into q (QUAL_MAX of them); how many qualifiers. */
static int
item_sectors(const struct verify *v, int i, struct qualifier *q)
{
	const struct claim	*cl = &v->claims.v[i];
	size_t			 end;

	return find_names(&v->sectors, v->text, v->len, cl->item, cl->number,
	    q, &end);
}

/* Nonzero when claim i is a part of a sector breakdown: an exact count
 * (or 未排查出) with a sector named in its own item. */
static int
is_breakdown_part(const struct verify *v, int i)
{
	const struct claim	*cl = &v->claims.v[i];
	struct qualifier	 q[QUAL_MAX];

	if (cl->kind != CLAIM_NONE && !(cl->kind == CLAIM_QUANTITY &&
	    cl->measure == MEASURE_COUNT && cl->bound == BOUND_EXACT &&
	    cl->change == 0 && !cl->total))
		return 0;
	return item_sectors(v, i, q) > 0;
}

/* Nonzero when a sentence ends in text[from, to). */
static int
full_stop_between(const char *text, size_t from, size_t to)
{
	static const char *const stops[] = { "。", "！", "？", NULL };
	size_t	 n;
	int	 k;

	for (; from < to; from++)
		for (k = 0; stops[k] != NULL; k++) {
			n = strlen(stops[k]);
			if (from + n <= to && memcmp(text + from, stops[k], n) == 0)
				return 1;
		}
	return 0;
}

/* Nonzero when claim i states the total of the breakdown whose last part
 * is claim i - 1 (…消防4项，合计95项): written as a total, in the parts'
 * sentence and unit, naming no sector of its own. */
static int
is_breakdown_total(const struct verify *v, int i)
{
	const struct claim	*cl = &v->claims.v[i], *part;
	struct qualifier	 q[QUAL_MAX];
	int			 j;

	if (i == 0 || !cl->total || cl->kind != CLAIM_QUANTITY ||
	    cl->measure != MEASURE_COUNT || cl->change != 0 ||
	    !is_breakdown_part(v, i - 1) || item_sectors(v, i, q) != 0 ||
	    v->claims.v[i - 1].line != cl->line ||
	    full_stop_between(v->text, v->claims.v[i - 1].end, cl->start))
		return 0;
	/* the unit of the nearest part that has one (燃气未排查出 has not) */
	for (j = i - 1; j >= 0 && is_breakdown_part(v, j); j--) {
		part = &v->claims.v[j];
		if (part->kind == CLAIM_QUANTITY)
			return strcmp(part->unit, cl->unit) == 0;
	}
	return 0;
}

/* The breakdown whose first part is claim i: the parts that follow it on
 * its line up to a full stop, and the total stated after them. */
static void
breakdown_extent(const struct verify *v, int i, struct breakdown *b)
{
	int	 n = (int)v->claims.n, j;

	memset(b, 0, sizeof *b);
	b->first = b->last = i;
	b->total = -1;
	for (j = i + 1; j < n && v->claims.v[j].line == v->claims.v[i].line &&
	    is_breakdown_part(v, j) && !full_stop_between(v->text,
	    v->claims.v[j - 1].end, v->claims.v[j].start); j++)
		b->last = j;
	if (b->last + 1 < n && is_breakdown_total(v, b->last + 1))
		b->total = b->last + 1;
}

/* The subject of breakdown b from the figure stated before it: the
 * nearest earlier claim of a count kept by sector, in a unit the parts
 * may use, not itself narrowed, and at least as large as their sum (on
 * the same line; before it too after 分行业看 …).  Nonzero when found. */
static int
subject_stated_before(const struct verify *v, struct breakdown *b,
    const char *unit, double sum)
{
	const struct claim	*first = &v->claims.v[b->first];
	int			 k;

	for (k = b->first - 1; k >= 0; k--) {
		const struct claim	*o = &v->claims.v[k];
		const struct indicator	*ind = v->map[k].ind;

		if (o->line != first->line && !first->breakdown)
			return 0;
		if (o->kind != CLAIM_QUANTITY || o->measure != MEASURE_COUNT ||
		    o->change != 0 || ind == NULL || v->map[k].nqual != 0 ||
		    ind->kind != IND_COUNT || !(ind->dims & DIM_SECTOR) ||
		    (unit[0] != '\0' && !unit_listed(ind->units, unit)) ||
		    o->value < sum)
			continue;
		b->ind = ind;
		snprintf(b->how, sizeof b->how, "统计对象取自第%d行“%.*s”（%s）",
		    o->line, (int)(o->end - o->start), v->text + o->start,
		    ind->name_zh);
		return 1;
	}
	return 0;
}

/* The subject of breakdown b from its sector names and figures: the one
 * count kept by sector (in a unit the parts may use) whose figures agree
 * with more than half of the parts, and with more of them than any
 * other's do.  b->ind stays NULL when none stands out. */
static int
subject_from_figures(struct verify *v, struct breakdown *b,
    const char *unit)
{
	const struct indicator	*table, *best = NULL;
	struct qualifier	 q[QUAL_MAX];
	struct figure		 fig;
	size_t			 n, t;
	int			 j, nq, agree, best_agree = 0, second = 0;
	int			 parts = b->last - b->first + 1;

	table = indicator_table(&n);
	for (t = 0; t < n && parts >= 2; t++) {
		const struct indicator *ind = &table[t];

		if ((ind->sql == NULL && ind->counts == NULL) ||
		    ind->words == NULL ||
		    ind->kind != IND_COUNT || !(ind->dims & DIM_SECTOR) ||
		    (unit[0] != '\0' && !unit_listed(ind->units, unit)))
			continue;
		for (agree = 0, j = b->first; j <= b->last; j++) {
			if ((nq = item_sectors(v, j, q)) == 0)
				continue;
			if (qualified_figure(v, ind, DIM_SECTOR, &q[nq - 1],
			    &fig) != SS_OK)
				return SS_ERR;
			if (fig.known && (double)fig.count ==
			    v->claims.v[j].value)
				agree++;
		}
		if (agree > best_agree) {
			second = best_agree;
			best_agree = agree;
			best = ind;
		} else if (agree > second)
			second = agree;
	}
	if (best != NULL && 2 * best_agree > parts && best_agree > second) {
		b->ind = best;
		snprintf(b->how, sizeof b->how, "统计对象按所列%d个行业领域的"
		    "数字推断为%s（其中%d个与数据一致）", parts, best->name_zh,
		    best_agree);
	} else
		snprintf(b->how, sizeof b->how, "分项清单的统计对象不明确：前文"
		    "没有可对应的总数，所列%d个数字也不足以确定指标", parts);
	return SS_OK;
}

/* Find the subject of the breakdown whose first part is claim i, which
 * its own words did not name. */
static int
breakdown_subject(struct verify *v, int i, struct breakdown *b)
{
	const char	*unit = "";
	double		 sum = 0;
	int		 j;

	breakdown_extent(v, i, b);
	for (j = b->first; j <= b->last; j++) {
		sum += v->claims.v[j].value;
		if (unit[0] == '\0')
			unit = v->claims.v[j].unit;
	}
	if (subject_stated_before(v, b, unit, sum))
		return SS_OK;
	return subject_from_figures(v, b, unit);
}

/* Map claim i, a part of a sector breakdown its words do not name, to
 * the breakdown's subject, narrowed to its sector. */
static int
map_breakdown_part(struct verify *v, int i, struct mapping *m)
{
	struct breakdown	*b = &v->list;

	if (b->first < 0 || i < b->first || i > b->last)
		if (breakdown_subject(v, i, b) != SS_OK)
			return SS_ERR;
	if (b->ind == NULL) {
		snprintf(m->why, sizeof m->why, "%s", b->how);
		return SS_OK;
	}
	m->ind = b->ind;
	m->why[0] = '\0';
	qualify(v, &v->claims.v[i], m);
	snprintf(m->note, sizeof m->note, "%s", b->how);
	return SS_OK;
}

/* Map claim i, the total of the breakdown before it, to what the
 * breakdown's parts count, not narrowed to any of their sectors. */
static void
map_breakdown_total(struct verify *v, int i, struct mapping *m)
{
	const struct mapping	*part = &v->map[i - 1];
	int			 ours = v->list.first >= 0 && v->list.total == i;

	if (part->ind == NULL) {
		snprintf(m->why, sizeof m->why, "%s", ours ? v->list.how :
		    "分项清单的统计对象不明确");
		return;
	}
	m->ind = part->ind;
	if (ours)
		snprintf(m->note, sizeof m->note, "%s", v->list.how);
}

/* Map claim i: by the claims it refers to (a rate beside its counts, a
 * 分别 list, 全部, 超额完成, a breakdown's total) or else by its words, and
 * a breakdown's part its words do not name by its context. */
static int
map_claim(struct verify *v, int i)
{
	const struct claim	*cl = &v->claims.v[i];
	struct mapping		*m = &v->map[i];
	int			 x, y, k;

	memset(m, 0, sizeof *m);
	m->pair_x = m->pair_y = -1;
	if (cl->change != 0) {
		/* 同比增加281项, 增长26.9%: the change of the figure stated
		 * before it in the sentence */
		for (x = i - 1; x >= 0; x--) {
			const struct claim *o = &v->claims.v[x];

			if (o->sentence != cl->sentence) {
				x = -1;
				break;
			}
			if (o->change == 0 && o->kind == CLAIM_QUANTITY &&
			    v->map[x].ind != NULL)
				break;
		}
		map_to_quantity(v, m, x);
		return SS_OK;
	}
	switch (cl->kind) {
	case CLAIM_ALL:
	case CLAIM_OVER_PLAN:
		map_to_quantity(v, m, quantity_before(v, i, i, 0));
		return SS_OK;
	case CLAIM_QUANTITY:
		if (map_as_pair_after(v, i, m))
			return SS_OK;
		if (is_breakdown_total(v, i)) {
			map_breakdown_total(v, i, m);
			return SS_OK;
		}
		break;
	case CLAIM_PERCENT:
		if (cl->respectively > 0) {
			/* 分别完成年度计划任务的51.5％和65.1％: the k-th of the
			 * quantities before the list. */
			int first = i - (cl->respectively - 1);

			map_by_words(v, cl, m);
			qualify(v, cl, m);
			if (m->ind != NULL && m->nqual == cl->list_size) {
				m->qual[0] = m->qual[cl->respectively - 1];
				m->nqual = 1;
				return SS_OK;
			}
			x = first;
			for (k = 0; k < cl->list_size - cl->respectively + 1;
			    k++)
				if ((x = quantity_before(v, first, x, 0)) < 0)
					break;
			memset(m, 0, sizeof *m);
			m->pair_x = m->pair_y = -1;
			if (x >= 0 && (m->ind = rate_find(NULL, NULL,
			    v->map[x].ind->key, 1)) != NULL) {
				copy_qualifiers(m, &v->map[x]);
				return SS_OK;
			}
			map_by_words(v, cl, m);
			qualify(v, cl, m);
			return SS_OK;
		}
		/* 排查X项…整改Y项…整改率Z%: Y the nearest count before, X the
		 * nearest count before Y that is at least Y. */
		y = quantity_before(v, i, i, MEASURE_COUNT);
		for (x = y; y >= 0 && (x = quantity_before(v, i, x,
		    MEASURE_COUNT)) >= 0;)
			if (v->claims.v[x].value >= v->claims.v[y].value &&
			    v->claims.v[x].value > 0 &&
			    strcmp(v->claims.v[x].unit,
			    v->claims.v[y].unit) == 0)
				break;
		if (y >= 0 && x >= 0) {
			m->pair_x = x;
			m->pair_y = y;
			m->ind = rate_of(v->map[y].ind, v->map[x].ind);
			if (m->ind != NULL) {
				copy_qualifiers(m, &v->map[x]);
				return SS_OK;
			}
		}
		if (m->pair_x < 0) {
			/* the rate first, its counts after it */
			map_by_words(v, cl, m);
			qualify(v, cl, m);
			pair_after(v, i, m);
			return SS_OK;
		}
		break;
	default:
		break;
	}
	map_by_words(v, cl, m);
	qualify(v, cl, m);
	if (m->ind == NULL && is_breakdown_part(v, i))
		return map_breakdown_part(v, i, m);
	return SS_OK;
}

/* ---------------------------------------------------------------- */
/* Checking                                                         */
/* ---------------------------------------------------------------- */

/* The figure of `ind` narrowed to one qualifier (its codes summed, rates
 * recomputed from the summed counts), or not narrowed when q is NULL. */
static int
qualified_figure(struct verify *v, const struct indicator *ind,
    unsigned dim, const struct qualifier *q, struct figure *out)
{
	struct filter	 f = v->f;
	struct figure	 part;
	int		 k;

	if (q == NULL || dim == 0)
		return indicator_eval(v->ctx, ind, &f, out);
	memset(out, 0, sizeof *out);
	for (k = 0; k < q->ncodes; k++) {
		char *code = dim == DIM_SECTOR ? f.sector.code :
		    f.department.code;

		snprintf(code, sizeof f.sector.code, "%s", q->codes[k]);
		if (indicator_eval(v->ctx, ind, &f, &part) != SS_OK)
			return SS_ERR;
		out->known |= part.known;
		out->count += part.count;
		out->value += part.value;
		out->num += part.num;
		out->den += part.den;
	}
	if (ind->kind == IND_RATE || ind->kind == IND_MEAN) {
		out->known = out->den > 0;
		out->count = !out->known ? 0 : ind->kind == IND_MEAN ?
		    rate_tenths(out->num, 100 * out->den) :
		    rate_tenths(out->num, out->den);
		out->value = out->count / 10.0;
	}
	return SS_OK;
}

/* A figure's exact value: rates from their counts, not rounded. */
static double
exact_value(const struct indicator *ind, const struct figure *fig)
{
	if (ind->kind == IND_RATE && fig->den != 0)
		return fig->num * 100.0 / fig->den;
	if (ind->kind == IND_MEAN && fig->den != 0)
		return (double)fig->num / fig->den;
	return fig->value;
}

/* Nonzero when `exact` is what a claim stating `stated` may mean. */
static int
holds(const struct claim *cl, double stated, double exact)
{
	const double	 eps = 1e-9;
	double		 slack;

	switch (cl->bound) {
	case BOUND_MORE:
		return exact >= stated - eps && exact < stated + cl->step - eps;
	case BOUND_AT_LEAST:
		return exact >= stated - eps;
	case BOUND_ABOUT:
		slack = stated * 0.05;
		if (slack < cl->precision / 2)
			slack = cl->precision / 2;
		return exact >= stated - slack - eps &&
		    exact <= stated + slack + eps;
	case BOUND_BELOW:
		return exact < stated - eps;
	case BOUND_ABOVE:
		return exact > stated + eps;
	default:
		return exact >= stated - cl->precision / 2 - eps &&
		    exact <= stated + cl->precision / 2 + eps;
	}
}

/* A number as a cell: a real when `real` says its precision has
 * decimals (41.0%, 2.0 per township), else an integer when it is one. */
static struct ss_value
number_value(double x, int real)
{
	if (!real && x == (double)(long long)x && x < 1e15 && x > -1e15)
		return SS_INT_VALUE((long long)x);
	return SS_REAL_VALUE(x);
}

/* num / den (times `per`: 100 for a percentage) with `decimals` digits,
 * half-up from the exact counts; den must not be 0. */
static double
ratio_at(long long num, long long den, long long per, int decimals)
{
	long long	 scale = 1, q;
	int		 i, negative = (num < 0) != (den < 0);

	for (i = 0; i < decimals; i++)
		scale *= 10;
	num = num < 0 ? -num : num;
	den = den < 0 ? -den : den;
	q = (2 * num * per * scale / den + 1) / 2;
	return (negative ? -q : q) / (double)scale;
}

/* The digits a computed rate or mean is shown with: one, or as many as
 * the claim wrote (84.66% is compared and shown to the hundredth). */
static int
shown_decimals(const struct claim *cl)
{
	return cl != NULL && cl->decimals > 1 ? (cl->decimals > 4 ? 4 :
	    cl->decimals) : 1;
}

/* A figure as the computed cell shows it: rates and means from their
 * counts at the claim's precision (one decimal at least). */
static double
shown_value(const struct indicator *ind, const struct figure *fig,
    const struct claim *cl)
{
	if ((ind->kind == IND_RATE || ind->kind == IND_MEAN) && fig->den != 0)
		return ratio_at(fig->num, fig->den, ind->kind == IND_RATE ?
		    100 : 1, shown_decimals(cl));
	return fig->value;
}

/* A figure as a report writes it, with its unit; rates and means at
 * the precision of claim `cl` (NULL: one decimal). */
static void
describe(const struct indicator *ind, const struct figure *fig,
    const struct claim *cl, char *buf, size_t n)
{
	char	 wan[32];

	if (!fig->known) {
		snprintf(buf, n, "无数据");
		return;
	}
	switch (ind->kind) {
	case IND_AMOUNT:
		indicator_format_wan(fig->count, wan, sizeof wan);
		snprintf(buf, n, "%lld元（%s万元）", fig->count, wan);
		break;
	case IND_LENGTH:
		indicator_format_km(fig->count, wan, sizeof wan);
		snprintf(buf, n, "%lld米（%s公里）", fig->count, wan);
		break;
	case IND_RATE:
	case IND_MEAN:
		snprintf(buf, n, "%lld/%lld = %.*f%s", fig->num, fig->den,
		    shown_decimals(cl), shown_value(ind, fig, cl), ind->unit);
		break;
	case IND_RANK:
		snprintf(buf, n, "第%lld名", fig->count);
		break;
	case IND_REAL:
		snprintf(buf, n, "%g%s", fig->value, ind->unit);
		break;
	default:
		snprintf(buf, n, "%lld%s", fig->count, ind->unit);
		break;
	}
}

/* The excerpt of a claim: its clause, cut to about 40 characters around
 * the claim. */
static void
excerpt(const struct verify *v, size_t from, size_t claim_end, size_t to,
    char *buf, size_t n)
{
	size_t	 a = from, b = to;

	if (b - a > 120) {
		if (claim_end > a + 90)
			a = claim_end - 90;
		if (b > claim_end + 30)
			b = claim_end + 30;
		while (a < claim_end && ((unsigned char)v->text[a] & 0xC0) ==
		    0x80)
			a++;
		while (b > claim_end && b < v->len &&
		    ((unsigned char)v->text[b] & 0xC0) == 0x80)
			b--;
	}
	snprintf(buf, n, "%s%.*s%s", a > from ? "…" : "", (int)(b - a),
	    v->text + a, b < to ? "…" : "");
}

struct row {
	int		 line;
	char		 excerpt[200];
	char		 claim[120];
	const char	*indicator;
	const char	*qualifier;
	int		 has_stated, has_computed;
	double		 stated, computed;
	int		 stated_real;	/* shown with decimals (41.0%) */
	int		 computed_real;	/* a rate, mean or real (2.0) */
	const char	*unit;
	const char	*status;
	char		 why[512];
};

struct tally {
	int	 ok, differs, inconsistent, unchecked;
	int	 rows;		/* all of them */
	int	 sums;		/* of them, 分项合计 rows */
};

/* Send one row to the host. */
static int
emit_row(struct verify *v, const struct row *r)
{
	return ss_row(v->ctx, (struct ss_value[]){
	    SS_INT_VALUE(r->line),
	    SS_TEXT_VALUE(r->excerpt),
	    SS_TEXT_VALUE(r->claim),
	    SS_TEXT_VALUE(r->indicator),
	    SS_TEXT_VALUE(r->qualifier),
	    r->has_stated ? number_value(r->stated, r->stated_real) :
	    SS_NULL_VALUE,
	    r->has_computed ? number_value(r->computed, r->computed_real) :
	    SS_NULL_VALUE,
	    SS_TEXT_VALUE(r->unit),
	    SS_TEXT_VALUE(r->status),
	    SS_TEXT_VALUE(r->why) });
}

/* Count one row's status, and send it or hold it (v->buffer). */
static int
emit(struct verify *v, const struct row *r, struct tally *t)
{
	struct row	*grown;

	if (strcmp(r->status, "ok") == 0)
		t->ok++;
	else if (strcmp(r->status, "differs") == 0)
		t->differs++;
	else if (strcmp(r->status, "inconsistent") == 0)
		t->inconsistent++;
	else
		t->unchecked++;
	t->rows++;
	if (r->qualifier != NULL && strcmp(r->qualifier, SUM_QUALIFIER) == 0)
		t->sums++;
	if (!v->buffer)
		return emit_row(v, r);
	if (v->nrows == v->caprows) {
		size_t cap = v->caprows ? 2 * v->caprows : 64;

		if ((grown = realloc(v->rows, cap * sizeof *grown)) == NULL)
			return ss_error(v->ctx, "out of memory");
		v->rows = grown;
		v->caprows = cap;
	}
	v->rows[v->nrows++] = *r;
	return SS_OK;
}

/* Check a claim whose figure is `fig` against what it states. */
static void
judge(struct verify *v, const struct claim *cl, const struct indicator *ind,
    const struct figure *fig, struct row *r)
{
	char	 got[128];

	describe(ind, fig, cl, got, sizeof got);
	r->has_stated = 1;
	r->stated = cl->value;
	r->stated_real = cl->precision < 1;
	if (!fig->known) {
		r->status = "unchecked";
		snprintf(r->why, sizeof r->why, "数据中没有%d年的%s",
		    v->f.period.year, ind->name_zh);
		return;
	}
	r->has_computed = 1;
	r->computed = shown_value(ind, fig, cl);
	r->computed_real = !indicator_is_integer(ind);
	if (holds(cl, r->stated, exact_value(ind, fig))) {
		r->status = "ok";
		snprintf(r->why, sizeof r->why, "与数据一致：%s", got);
	} else {
		r->status = "differs";
		snprintf(r->why, sizeof r->why, "数据为%s", got);
	}
}

/* 同比增加281项 / 下降6.5%: a change from the year before. */
static int
judge_change(struct verify *v, const struct claim *cl, const struct mapping *m,
    const struct qualifier *q, struct row *r)
{
	struct filter	 saved = v->f;
	struct figure	 now, last;
	long long	 d;
	double		 exact;
	int		 first, rc;

	r->has_stated = 1;
	r->stated = cl->value;
	r->stated_real = cl->precision < 1;
	if (cl->kind == CLAIM_PERCENT)
		r->unit = "%";
	if (lookup_first_ledger_year(v->ctx, &first) != SS_OK)
		return SS_ERR;
	if (!indicator_is_integer(m->ind) || v->f.period.year <= first) {
		r->status = "unchecked";
		snprintf(r->why, sizeof r->why, "%s", v->f.period.year <= first ?
		    "数据中没有上年的数字" : "只核对数量的同比变化");
		return SS_OK;
	}
	rc = qualified_figure(v, m->ind, m->dim, q, &now);
	indicator_filter_year(&v->f, v->f.period.year - 1, ss_today(v->ctx));
	if (rc == SS_OK)
		rc = qualified_figure(v, m->ind, m->dim, q, &last);
	v->f = saved;
	if (rc != SS_OK)
		return SS_ERR;
	d = now.count - last.count;
	if (cl->kind == CLAIM_PERCENT && last.count == 0) {
		r->status = "unchecked";
		snprintf(r->why, sizeof r->why, "上年为0，无法计算增幅");
		return SS_OK;
	}
	exact = cl->kind == CLAIM_PERCENT ?
	    (d < 0 ? -d : d) * 100.0 / last.count : (double)(d < 0 ? -d : d);
	r->has_computed = 1;
	r->computed_real = cl->kind == CLAIM_PERCENT;
	r->computed = cl->kind == CLAIM_PERCENT ? ratio_at(d < 0 ? -d : d,
	    last.count, 100, shown_decimals(cl)) : exact;
	r->status = (d == 0 || (d > 0) == (cl->change > 0)) &&
	    holds(cl, cl->value, exact) ? "ok" : "differs";
	snprintf(r->why, sizeof r->why, "%s%d年%lld%s，%d年%lld%s，%s%lld%s",
	    strcmp(r->status, "ok") == 0 ? "与数据一致：" : "数据为",
	    saved.period.year - 1, last.count, m->ind->unit,
	    saved.period.year, now.count, m->ind->unit,
	    d >= 0 ? "增加" : "减少", d < 0 ? -d : d, m->ind->unit);
	return SS_OK;
}

/* 已全部完成整改: every item of the count before was rectified. */
static int
judge_all(struct verify *v, const struct mapping *m,
    const struct qualifier *q, struct row *r)
{
	const struct indicator	*rate = rate_find(NULL, m->ind->key, NULL, 1),
	    *done;
	struct figure		 found, fixed;

	if (rate == NULL || (done = indicator_find(rate->num)) == NULL) {
		r->status = "unchecked";
		snprintf(r->why, sizeof r->why, "%s没有对应的完成数指标",
		    m->ind->name_zh);
		return SS_OK;
	}
	r->indicator = done->key;
	if (qualified_figure(v, m->ind, m->dim, q, &found) != SS_OK ||
	    qualified_figure(v, done, m->dim, q, &fixed) != SS_OK)
		return SS_ERR;
	r->has_stated = 1;
	r->stated = v->claims.v[m->pair_x].value;
	r->has_computed = fixed.known;
	r->computed = (double)fixed.count;
	r->unit = done->unit;
	if (fixed.known && found.known && fixed.count == found.count) {
		r->status = "ok";
		snprintf(r->why, sizeof r->why, "与数据一致：%lld%s全部完成",
		    found.count, m->ind->unit);
	} else {
		r->status = "differs";
		snprintf(r->why, sizeof r->why, "数据为%lld%s中完成%lld%s，"
		    "尚有%lld%s未完成", found.count, m->ind->unit, fixed.count,
		    done->unit, found.count - fixed.count, done->unit);
	}
	return SS_OK;
}

/* 超额完成 / 低于全市平均: a figure against a yardstick (the plan, an
 * average). */
static int
judge_against(struct verify *v, const struct claim *cl,
    const struct mapping *m, const struct qualifier *q, struct row *r)
{
	const struct indicator	*ind, *yard;
	struct figure		 fig, ref;
	char			 got[128], line[128];

	if (cl->kind == CLAIM_OVER_PLAN) {
		if ((ind = rate_of(m->ind, NULL)) == NULL) {
			r->status = "unchecked";
			snprintf(r->why, sizeof r->why, "%s没有年度计划可比",
			    m->ind->name_zh);
			return SS_OK;
		}
		yard = NULL;
	} else {
		ind = m->ind;
		yard = indicator_find(ind->yardstick);
	}
	r->indicator = ind->key;
	r->unit = ind->unit;
	if (qualified_figure(v, ind, m->dim, q, &fig) != SS_OK ||
	    (yard != NULL && indicator_eval(v->ctx, yard, &v->f, &ref) !=
	    SS_OK))
		return SS_ERR;
	r->has_stated = 1;
	r->stated = yard != NULL ? ref.value : 100;
	r->stated_real = yard != NULL && !indicator_is_integer(yard);
	describe(ind, &fig, cl, got, sizeof got);
	if (yard != NULL)
		describe(yard, &ref, NULL, line, sizeof line);
	else
		snprintf(line, sizeof line, "计划的100%%");
	if (!fig.known || (yard != NULL && !ref.known)) {
		r->status = "unchecked";
		snprintf(r->why, sizeof r->why, "数据中没有%d年的%s",
		    v->f.period.year, !fig.known ? ind->name_zh :
		    yard->name_zh);
		return SS_OK;
	}
	r->has_computed = 1;
	r->computed = shown_value(ind, &fig, cl);
	r->computed_real = !indicator_is_integer(ind);
	r->status = holds(cl, r->stated, exact_value(ind, &fig)) ? "ok" :
	    "differs";
	snprintf(r->why, sizeof r->why, "%s%s，%s%s", strcmp(r->status, "ok")
	    == 0 ? "与数据一致：" : "数据为", got,
	    yard != NULL ? yard->name_zh : "对照", line);
	return SS_OK;
}

/* A rate stated beside its counts (排查X项…整改Y项…整改率Z%): inconsistent
 * unless Z is within the rounding of Y/X. */
static int
pair_consistent(const struct verify *v, const struct claim *cl,
    const struct mapping *m, double *implied)
{
	const struct claim	*x = &v->claims.v[m->pair_x];
	const struct claim	*y = &v->claims.v[m->pair_y];

	*implied = ratio_at((long long)y->value, (long long)x->value, 100,
	    shown_decimals(cl));
	return holds(cl, cl->value, y->value * 100.0 / x->value);
}

/* Turn a row into "inconsistent" when its rate contradicts its counts. */
static void
check_pair(struct verify *v, const struct claim *cl, const struct mapping *m,
    const struct figure *fig, struct row *r)
{
	const struct claim	*x = &v->claims.v[m->pair_x];
	const struct claim	*y = &v->claims.v[m->pair_y];
	char			 got[128];
	double			 implied;

	if (pair_consistent(v, cl, m, &implied))
		return;
	r->status = "inconsistent";
	r->has_computed = 1;
	r->computed = implied;
	r->computed_real = 1;
	if (m->ind != NULL && fig != NULL)
		describe(m->ind, fig, cl, got, sizeof got);
	else
		snprintf(got, sizeof got, "无对应指标");
	snprintf(r->why, sizeof r->why, "按所述%.*s÷%.*s计算为%.*f%%，与所述"
	    "%.*s不符；数据为%s", (int)(y->end - y->start),
	    v->text + y->start, (int)(x->end - x->start), v->text + x->start,
	    shown_decimals(cl), implied, (int)(cl->end - cl->start),
	    v->text + cl->start, got);
}

/* Say that a qualifier written as one name (城管文旅) was checked as
 * the several it is made of in the data. */
static void
explain_sum(const struct qualifier *q, struct row *r)
{
	size_t	 used = strlen(r->why);
	int	 k;

	used += (size_t)snprintf(r->why + used, sizeof r->why - used,
	    "（%s按", q->label);
	for (k = 0; k < q->ncodes && used < sizeof r->why; k++)
		used += (size_t)snprintf(r->why + used, sizeof r->why - used,
		    "%s%s", k ? "、" : "", q->words[k]);
	if (used < sizeof r->why)
		snprintf(r->why + used, sizeof r->why - used, "合计）");
}

/* Fill and emit the rows of claim i (one per sector or department it
 * names). */
static int
check_claim(struct verify *v, int i, struct tally *t)
{
	const struct claim	*cl = &v->claims.v[i];
	const struct mapping	*m = &v->map[i];
	struct figure		 fig;
	struct row		 r;
	int			 k, nrows = m->nqual > 0 ? m->nqual : 1;

	for (k = 0; k < nrows; k++) {
		const struct qualifier *q = m->nqual > 0 ? &m->qual[k] : NULL;

		memset(&r, 0, sizeof r);
		r.line = cl->line;
		excerpt(v, cl->clause, cl->end, cl->clause_end, r.excerpt,
		    sizeof r.excerpt);
		snprintf(r.claim, sizeof r.claim, "%.*s",
		    (int)(cl->end - cl->start), v->text + cl->start);
		r.qualifier = q != NULL ? q->label : NULL;
		if (m->ind == NULL) {
			r.status = "unchecked";
			r.has_stated = cl->kind == CLAIM_QUANTITY ||
			    cl->kind == CLAIM_PERCENT || cl->kind == CLAIM_RANK;
			r.stated = cl->value;
			r.stated_real = cl->precision < 1;
			snprintf(r.why, sizeof r.why, "%s", m->why);
			if (m->pair_x >= 0 && m->pair_y >= 0) {
				double implied;

				if (pair_consistent(v, cl, m, &implied))
					snprintf(r.why, sizeof r.why, "与所述"
					    "数字相符（%.*f%%），但%s",
					    shown_decimals(cl), implied, m->why);
				else
					check_pair(v, cl, m, NULL, &r);
			}
			if (emit(v, &r, t) != SS_OK)
				return SS_ERR;
			continue;
		}
		r.indicator = m->ind->key;
		r.unit = m->ind->unit;
		if (cl->change != 0) {
			if (judge_change(v, cl, m, q, &r) != SS_OK)
				return SS_ERR;
		} else if (cl->kind == CLAIM_ALL) {
			if (judge_all(v, m, q, &r) != SS_OK)
				return SS_ERR;
		} else if (cl->kind == CLAIM_OVER_PLAN ||
		    cl->kind == CLAIM_COMPARE) {
			if (judge_against(v, cl, m, q, &r) != SS_OK)
				return SS_ERR;
		} else {
			if (qualified_figure(v, m->ind, m->dim, q, &fig) !=
			    SS_OK)
				return SS_ERR;
			judge(v, cl, m->ind, &fig, &r);
			if (m->pair_x >= 0 && m->pair_y >= 0)
				check_pair(v, cl, m, &fig, &r);
		}
		if (q != NULL && q->ncodes > 1)
			explain_sum(q, &r);
		if (m->note[0] != '\0')
			snprintf(r.why + strlen(r.why), sizeof r.why -
			    strlen(r.why), "；%s", m->note);
		if (emit(v, &r, t) != SS_OK)
			return SS_ERR;
	}
	return SS_OK;
}

/* ---------------------------------------------------------------- */
/* Sector lists against their total                                 */
/* ---------------------------------------------------------------- */

/* Nonzero when claim i is one sector's count of a breakdown. */
static int
is_sector_part(const struct verify *v, size_t i)
{
	const struct claim	*cl = &v->claims.v[i];
	const struct mapping	*m = &v->map[i];

	return m->ind != NULL && m->ind->kind == IND_COUNT &&
	    m->dim == DIM_SECTOR && m->nqual == 1 &&
	    (cl->kind == CLAIM_NONE || (cl->kind == CLAIM_QUANTITY &&
	    cl->bound == BOUND_EXACT));
}

/* The claim stating the whole of `ind` (no sector), nearest to `near`
 * and preferably before it, or -1. */
static int
total_claim(const struct verify *v, const struct indicator *ind, size_t near)
{
	int	 i, best = -1;

	for (i = 0; i < (int)v->claims.n; i++) {
		const struct claim *cl = &v->claims.v[i];

		if (v->map[i].ind != ind || v->map[i].nqual != 0 ||
		    cl->kind != CLAIM_QUANTITY || cl->bound != BOUND_EXACT ||
		    cl->change != 0)
			continue;
		if (cl->start < near || best < 0)
			best = i;
	}
	return best;
}

/* The sectors a breakdown leaves out that have some of `ind`, as
 * "烟花爆竹1项" for the reason text. */
static int
unlisted_sectors(struct verify *v, const struct indicator *ind,
    const char *listed, char *buf, size_t n)
{
	struct ss_stmt	*st;
	struct filter	 f = v->f;
	struct figure	 fig;
	int		 rc;
	size_t		 used = 0;

	buf[0] = '\0';
	st = ss_prepare(v->ctx, "SELECT code, name_zh FROM sector"
	    " ORDER BY report_order", SS_NO_PARAMS);
	if (st == NULL)
		return SS_ERR;
	while ((rc = ss_step(st)) == 1) {
		const char *code = ss_column(st, 0).u.s;
		char tag[80];

		snprintf(tag, sizeof tag, " %s ", code);
		if (strstr(listed, tag) != NULL)
			continue;
		snprintf(f.sector.code, sizeof f.sector.code, "%s", code);
		if (indicator_eval(v->ctx, ind, &f, &fig) != SS_OK) {
			ss_finalize(st);
			return SS_ERR;
		}
		if (fig.known && fig.count > 0 && used < n)
			used += (size_t)snprintf(buf + used, n - used, "%s%s%lld%s",
			    used ? "、" : "", ss_column(st, 1).u.s, fig.count,
			    ind->unit);
	}
	ss_finalize(st);
	return rc < 0 ? SS_ERR : SS_OK;
}

/* For the sector breakdowns of one line (claims first..last), a row
 * comparing the sum of the parts with the total stated for them. */
static int
check_sums(struct verify *v, size_t first, size_t last, struct tally *t)
{
	size_t			 i, j;
	char			*done;

	if ((done = calloc(last - first + 1, 1)) == NULL)
		return ss_error(v->ctx, "out of memory");
	for (i = first; i <= last; i++) {
		const struct indicator	*ind = v->map[i].ind;
		struct row		 r;
		char			 listed[1024] = " ", missing[300];
		double			 sum = 0;
		int			 parts = 0, total, stated_total;
		size_t			 end = 0, last_part = i;

		if (done[i - first] || !is_sector_part(v, i))
			continue;
		memset(&r, 0, sizeof r);
		for (j = i; j <= last; j++) {
			const struct qualifier *q = &v->map[j].qual[0];

			if (v->map[j].ind != ind || !is_sector_part(v, j))
				continue;
			done[j - first] = 1;
			parts++;
			last_part = j;
			sum += v->claims.v[j].value;
			end = v->claims.v[j].clause_end;
			for (int k = 0; k < q->ncodes; k++)
				snprintf(listed + strlen(listed), sizeof listed -
				    strlen(listed), "%s ", q->codes[k]);
			snprintf(r.claim + strlen(r.claim), sizeof r.claim -
			    strlen(r.claim), "%s%s", strlen(r.claim) ? "、" : "",
			    q->label);
		}
		/* The total the draft states right after the list (合计95项)
		 * is the one its parts must add up to; else the figure stated
		 * for the whole elsewhere, unless the parts come to less
		 * than half of it: examples (如建筑施工3项), not a breakdown
		 * meant to add up. */
		stated_total = last_part + 1 <= last &&
		    is_breakdown_total(v, (int)last_part + 1) &&
		    v->map[last_part + 1].ind == ind;
		total = stated_total ? (int)last_part + 1 :
		    total_claim(v, ind, v->claims.v[i].start);
		if (parts < 2 || total < 0 ||
		    (!stated_total && 2 * sum < v->claims.v[total].value))
			continue;
		r.line = v->claims.v[i].line;
		excerpt(v, v->claims.v[i].item, v->claims.v[i].end, end,
		    r.excerpt, sizeof r.excerpt);
		r.indicator = ind->key;
		r.qualifier = SUM_QUALIFIER;
		r.has_stated = r.has_computed = 1;
		r.stated = sum;
		r.computed = v->claims.v[total].value;
		r.unit = ind->unit;
		if (unlisted_sectors(v, ind, listed, missing, sizeof missing)
		    != SS_OK) {
			free(done);
			return SS_ERR;
		}
		r.status = sum == r.computed ? "ok" : "inconsistent";
		snprintf(r.why, sizeof r.why, "所列%d个行业领域合计%g%s，%s第%d行"
		    "所述总数%g%s%s%s%s", parts, sum, ind->unit,
		    sum == r.computed ? "等于" : "与", v->claims.v[total].line,
		    r.computed, ind->unit, sum == r.computed ? "" : "不符",
		    missing[0] ? "；数据中未列出的行业领域：" : "", missing);
		if (emit(v, &r, t) != SS_OK) {
			free(done);
			return SS_ERR;
		}
	}
	free(done);
	return SS_OK;
}

/* ---------------------------------------------------------------- */
/* The command                                                      */
/* ---------------------------------------------------------------- */

/* Load the sector and department names a draft may use. */
static int
load_vocabularies(struct verify *v)
{
	size_t	 i;

	if (vocab_load(v->ctx, &v->sectors, "SELECT name_zh, code FROM sector"
	    " ORDER BY report_order") != SS_OK ||
	    vocab_load(v->ctx, &v->depts, "SELECT short_zh, code FROM"
	    " department UNION ALL SELECT name_zh, code FROM department")
	    != SS_OK)
		return SS_ERR;
	for (i = 0; i < sizeof sector_aliases / sizeof sector_aliases[0]; i++)
		vocab_add(&v->sectors, sector_aliases[i].word,
		    sector_aliases[i].code);
	return SS_OK;
}

/* Settle the year: --year, else the draft's title year when the ledgers
 * hold it, else the default of the common filters. */
static int
choose_year(struct verify *v, const struct ss_args *args, const char **how)
{
	int	 first, last, year;

	*how = "--year";
	if (ss_arg_has(args, "year"))
		return SS_OK;
	*how = "最新台账年份";
	if (lookup_first_ledger_year(v->ctx, &first) != SS_OK ||
	    lookup_last_ledger_year(v->ctx, &last) != SS_OK)
		return SS_ERR;
	year = title_year(v->text, v->len);
	if (year >= first && year <= last) {
		indicator_filter_year(&v->f, year, ss_today(v->ctx));
		*how = "取自标题";
	}
	return SS_OK;
}

static const struct ss_column verify_columns[] = {
	{ .name = "line", .type = SS_INT },
	{ .name = "excerpt", .type = SS_TEXT },
	{ .name = "claim", .type = SS_TEXT },
	{ .name = "indicator", .type = SS_TEXT },
	{ .name = "qualifier", .type = SS_TEXT },
	{ .name = "stated", .type = SS_REAL, .scale = -1 },
	{ .name = "computed", .type = SS_REAL, .scale = -1 },
	{ .name = "unit", .type = SS_TEXT },
	{ .name = "status", .type = SS_TEXT },
	{ .name = "why", .type = SS_TEXT },
};
#define VERIFY_NCOLUMNS	((int)(sizeof verify_columns / sizeof verify_columns[0]))

/* Check every claim, line by line, with the sums of each line's
 * breakdowns after its claims; the rows go out (or are held) as they
 * come. */
static int
check_all(struct verify *v, struct tally *t)
{
	size_t	 i, line_first = 0;

	for (i = 0; i < v->claims.n; i++) {
		if (ss_interrupted(v->ctx))
			return ss_error(v->ctx, "interrupted");
		if (map_claim(v, (int)i) != SS_OK)
			return SS_ERR;
		if (check_claim(v, (int)i, t) != SS_OK)
			return SS_ERR;
		if (i + 1 == v->claims.n ||
		    v->claims.v[i + 1].line != v->claims.v[i].line) {
			if (check_sums(v, line_first, i, t) != SS_OK)
				return SS_ERR;
			line_first = i + 1;
		}
	}
	return SS_OK;
}

/* The title above the table: the draft, the year, and what the rows
 * are — one per claim, one per sector or department a claim names, and
 * the breakdowns' sums. */
static int
verify_title(struct verify *v, const char *name, const char *how,
    const struct tally *t)
{
	char	 split[128] = "", sums[64] = "";
	size_t	 i;
	int	 nsplit = 0;

	for (i = 0; i < v->claims.n; i++)
		if (v->map[i].nqual > 1)
			nsplit++;
	if (nsplit > 0)
		snprintf(split, sizeof split, "（其中%d处涉及多个行业领域或部门，"
		    "逐一核对）", nsplit);
	if (t->sums > 0)
		snprintf(sums, sizeof sums, "，另有分项合计%d项", t->sums);
	return ss_block(v->ctx, SS_BLOCK_TITLE, "核对 %s：%d年数据（%s），共%d"
	    "项：%zu处数字%s%s", name, v->f.period.year, how, t->rows,
	    v->claims.n, split, sums);
}

/* Send the rows held for a rich format. */
static int
emit_held(struct verify *v)
{
	size_t	 i;

	for (i = 0; i < v->nrows; i++)
		if (emit_row(v, &v->rows[i]) != SS_OK)
			return SS_ERR;
	return SS_OK;
}

int
verify_run(struct ss_ctx *ctx, const struct ss_args *args)
{
	struct verify	 v;
	struct tally	 t = { 0, 0, 0, 0, 0, 0 };
	const char	*name, *how;
	char		*buf = NULL;
	size_t		 skip = 0;
	int		 rc = SS_ERR;

	memset(&v, 0, sizeof v);
	v.ctx = ctx;
	v.list.first = -1;
	if (ss_arg_has(args, "text") && ss_operand_count(args) > 0)
		return ss_error(ctx, "give a FILE or --text, not both");
	if (!ss_arg_has(args, "text") && ss_operand_count(args) == 0)
		return ss_error(ctx, "no draft to check (give a FILE, or "
		    "--text TEXT)");
	if (ss_arg_has(args, "text")) {
		name = "--text";
		v.text = ss_arg_text(args, "text");
		v.len = strlen(v.text);
	} else {
		name = ss_operand(args, 0);
		if (read_draft(ctx, name, &buf, &v.len) != SS_OK)
			return SS_ERR;
		v.text = buf;
	}
	if (check_encoding(ctx, name, v.text, v.len) != SS_OK)
		goto done;
	if (v.len >= 3 && memcmp(v.text, "\xEF\xBB\xBF", 3) == 0)
		skip = 3;	/* a byte-order mark */
	v.text += skip;
	v.len -= skip;
	if (filter_from_args(ctx, args, &v.f) != SS_OK ||
	    choose_year(&v, args, &how) != SS_OK ||
	    indicator_check_year(ctx, v.f.period.year) != SS_OK ||
	    load_vocabularies(&v) != SS_OK)
		goto done;
	if (claims_extract(v.text, v.len, &v.claims) != 0 ||
	    (v.claims.n > 0 &&
	    (v.map = calloc(v.claims.n, sizeof *v.map)) == NULL)) {
		ss_error(ctx, "out of memory checking '%s'", name);
		goto done;
	}
	/* Machine formats stream the rows; rich ones hold them so that the
	 * title above the table can say how many it lists. */
	v.buffer = ss_rich(ctx);
	if ((!v.buffer && ss_begin(ctx, verify_columns, VERIFY_NCOLUMNS) !=
	    SS_OK) || check_all(&v, &t) != SS_OK)
		goto done;
	if (v.buffer && (verify_title(&v, name, how, &t) != SS_OK ||
	    ss_begin(ctx, verify_columns, VERIFY_NCOLUMNS) != SS_OK ||
	    emit_held(&v) != SS_OK))
		goto done;
	if (ss_block(ctx, SS_BLOCK_NOTE, "ok（与数据一致）%d，differs（与数据"
	    "不符）%d，inconsistent（前后矛盾）%d，unchecked（未能核对）%d",
	    t.ok, t.differs, t.inconsistent, t.unchecked) != SS_OK)
		goto done;
	rc = ss_end(ctx);
	/* A draft with a wrong figure fails, like diff, so that a script can
	 * gate on it; the table is kept. */
	if (rc == SS_OK && t.differs + t.inconsistent > 0)
		ss_fail(ctx, "%d of %d claims do not check out: %d differ "
		    "from the data, %d from the figures stated beside them",
		    t.differs + t.inconsistent,
		    t.ok + t.differs + t.inconsistent + t.unchecked,
		    t.differs, t.inconsistent);
done:
	free(v.rows);
	claims_free(&v.claims);
	free(v.map);
	free(v.sectors.v);
	free(v.depts.v);
	free(buf);
	return rc;
}
