/*
 * tests/unit/test-claims.c -- the claim extractor (plugins/county/
 * claims.c), pattern by pattern: units, 万 and 余/多, Chinese numerals,
 * full-width digits and ％, bounds (约, 未达到), ranks, the phrases that
 * state a number without digits, 分别 lists, and the numbers that are not
 * claims (dates, ordinals, codes, counts that modify a noun).
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "plugins/county/claims.h"
#include "tests/unit/tap.h"

/* Check a count of claims; nonzero when it is right. */
static int
has_n(size_t got, size_t want, const char *what)
{
	if (!ok(got == want, "%s", what)) {
		printf("#   got:  %zu\n#   want: %zu\n", got, want);
		return 0;
	}
	return 1;
}

/* Extract the claims of `text` into *c; fail the test when that fails. */
static void
extract(const char *text, struct claims *c)
{
	char	 shown[256];
	size_t	 i, j;

	/* a TAP line must not break: show newlines as \n */
	for (i = j = 0; text[i] != '\0' && j + 3 < sizeof shown; i++) {
		if (text[i] == '\n') {
			shown[j++] = '\\';
			shown[j++] = 'n';
		} else
			shown[j++] = text[i];
	}
	shown[j] = '\0';
	ok(claims_extract(text, strlen(text), c) == 0, "extract: %s", shown);
}

/* The text of claim i of `text`. */
static const char *
claim_text(const char *text, const struct claims *c, size_t i)
{
	static char	 buf[256];

	snprintf(buf, sizeof buf, "%.*s", (int)(c->v[i].end - c->v[i].start),
	    text + c->v[i].start);
	return buf;
}

/* `text` holds exactly one claim, written `written`, of this kind, value
 * (in base units), bound and unit. */
static void
one(const char *text, const char *written, enum claim_kind kind,
    double value, enum claim_bound bound, const char *unit)
{
	struct claims	 c;

	extract(text, &c);
	if (!has_n(c.n, 1, "  one claim")) {
		claims_free(&c);
		return;
	}
	is_str(claim_text(text, &c, 0), written, "  written %s", written);
	is_int(c.v[0].kind, kind, "  kind");
	ok(c.v[0].value == value, "  value %g (got %g)", value, c.v[0].value);
	is_int(c.v[0].bound, bound, "  bound");
	is_str(c.v[0].unit, unit, "  unit %s", unit);
	claims_free(&c);
}

/* `text` holds no claim at all. */
static void
none(const char *text)
{
	struct claims	 c;
	size_t		 i;

	extract(text, &c);
	if (!has_n(c.n, 0, "  no claim"))
		for (i = 0; i < c.n; i++)
			printf("#   found: %s\n", claim_text(text, &c, i));
	claims_free(&c);
}

/* Counts with their units, and the unit-less 数为0. */
static void
test_counts(void)
{
	one("召开各类安全生产会议34场次，", "34场次", CLAIM_QUANTITY, 34,
	    BOUND_EXACT, "场次");
	one("参与1521人次；", "1521人次", CLAIM_QUANTITY, 1521, BOUND_EXACT,
	    "人次");
	one("治超检测货运车辆1650辆次。", "1650辆次", CLAIM_QUANTITY, 1650,
	    BOUND_EXACT, "辆次");
	one("安全检查6次，", "6次", CLAIM_QUANTITY, 6, BOUND_EXACT, "次");
	one("企业应急演练72场", "72场", CLAIM_QUANTITY, 72, BOUND_EXACT, "场");
	one("检测1,650辆次", "1,650辆次", CLAIM_QUANTITY, 1650, BOUND_EXACT,
	    "辆次");
	one("帮扶指导重点企业数为0。", "0", CLAIM_QUANTITY, 0, BOUND_EXACT, "");
}

/* Money, lengths, areas, volumes in base units (yuan, metres ...). */
static void
test_measures(void)
{
	struct claims	 c;

	one("投资5712万元，", "5712万元", CLAIM_QUANTITY, 57120000,
	    BOUND_EXACT, "万元");
	one("罚款123500元。", "123500元", CLAIM_QUANTITY, 123500, BOUND_EXACT,
	    "元");
	one("路面19.518公里，", "19.518公里", CLAIM_QUANTITY, 19518,
	    BOUND_EXACT, "公里");
	one("共52立方米，", "52立方米", CLAIM_QUANTITY, 52, BOUND_EXACT,
	    "立方米");
	one("约280平方；", "约280平方", CLAIM_QUANTITY, 280, BOUND_ABOUT,
	    "平方");
	extract("投资5712万元", &c);
	ok(c.n == 1 && c.v[0].measure == MEASURE_MONEY &&
	    c.v[0].precision == 10000, "  5712万元 is money, to the 万");
	claims_free(&c);
	extract("19.518公里", &c);
	ok(c.n == 1 && c.v[0].measure == MEASURE_LENGTH &&
	    c.v[0].decimals == 3 && c.v[0].precision == 1,
	    "  19.518公里 is metres, to the metre");
	claims_free(&c);
}

/* 余 and 多: at least the number, below the next step of its last
 * non-zero digit; 万 multiplies wherever 余 sits. */
static void
test_approximations(void)
{
	struct claims	 c;

	one("罚款12余万元；", "12余万元", CLAIM_QUANTITY, 120000, BOUND_MORE,
	    "万元");
	one("发放各类宣传资料2万余份，", "2万余份", CLAIM_QUANTITY, 20000,
	    BOUND_MORE, "份");
	one("发放宣传单300余份。", "300余份", CLAIM_QUANTITY, 300, BOUND_MORE,
	    "份");
	one("发放宣传单300多份。", "300多份", CLAIM_QUANTITY, 300, BOUND_MORE,
	    "份");
	one("发送短信4万条；", "4万条", CLAIM_QUANTITY, 40000, BOUND_EXACT,
	    "条");
	one("培训50人左右。", "50人左右", CLAIM_QUANTITY, 50, BOUND_ABOUT,
	    "人");
	extract("12余万元", &c);
	ok(c.n == 1 && c.v[0].step == 10000, "  12余万元: step 1万");
	claims_free(&c);
	extract("300余份", &c);
	ok(c.n == 1 && c.v[0].step == 100, "  300余份: step 100");
	claims_free(&c);
	extract("2万余份", &c);
	ok(c.n == 1 && c.v[0].step == 10000, "  2万余份: step 1万");
	claims_free(&c);
}

/* Chinese numerals, alone and with 万. */
static void
test_chinese_numerals(void)
{
	is_int(claims_chinese_number("十五", strlen("十五")), 15, "十五");
	is_int(claims_chinese_number("二十", strlen("二十")), 20, "二十");
	is_int(claims_chinese_number("三十二", strlen("三十二")), 32, "三十二");
	is_int(claims_chinese_number("一百零八", strlen("一百零八")), 108,
	    "一百零八");
	is_int(claims_chinese_number("两", strlen("两")), 2, "两");
	is_int(claims_chinese_number("一万二千", strlen("一万二千")), 12000,
	    "一万二千");
	is_int(claims_chinese_number("十", strlen("十")), 10, "十");
	is_int(claims_chinese_number("x", 1), -1, "not a numeral");
	one("开展安全检查六次，", "六次", CLAIM_QUANTITY, 6, BOUND_EXACT, "次");
	one("发放资料两万余份，", "两万余份", CLAIM_QUANTITY, 20000, BOUND_MORE,
	    "份");
	one("查处案件三十五件。", "三十五件", CLAIM_QUANTITY, 35, BOUND_EXACT,
	    "件");
}

/* Percentages, full-width digits and ％, bounds before them. */
static void
test_percentages(void)
{
	struct claims	 c;

	one("整改率达96％，", "96％", CLAIM_PERCENT, 96, BOUND_EXACT, "％");
	one("占89.8%。", "89.8%", CLAIM_PERCENT, 89.8, BOUND_EXACT, "%");
	one("占８９．８％", "８９．８％", CLAIM_PERCENT, 89.8, BOUND_EXACT,
	    "％");
	one("覆盖率仍未达到50％。", "未达到50％", CLAIM_PERCENT, 50,
	    BOUND_BELOW, "％");
	one("覆盖率超过90%，", "超过90%", CLAIM_PERCENT, 90, BOUND_ABOVE, "%");
	one("共检查１２次，", "１２次", CLAIM_QUANTITY, 12, BOUND_EXACT, "次");
	extract("占89.8％", &c);
	ok(c.n == 1 && c.v[0].decimals == 1 && c.v[0].precision > 0.099 &&
	    c.v[0].precision < 0.101, "  89.8％: one decimal");
	claims_free(&c);
}

/* Ranks, and the phrases that state a number without digits. */
static void
test_phrases(void)
{
	struct claims	 c;
	const char	*t = "我县排名全省第二名、全市第一名。";

	extract(t, &c);
	if (has_n(c.n, 2, "  two ranks")) {
		is_int(c.v[0].kind, CLAIM_RANK, "  rank");
		ok(c.v[0].value == 2 && c.v[1].value == 1, "  second, first");
		is_str(claim_text(t, &c, 0), "第二名", "  written");
	}
	claims_free(&c);
	one("三年以来，我县未发生较大以上生产安全事故。", "未发生", CLAIM_NONE,
	    0, BOUND_EXACT, "");
	one("燃气领域未排查出重大隐患。", "未排查出", CLAIM_NONE, 0,
	    BOUND_EXACT, "");
	one("已全部完成整改。", "全部完成整改", CLAIM_ALL, 0, BOUND_EXACT, "");
	one("超额完成年度计划任务。", "超额完成", CLAIM_OVER_PLAN, 100,
	    BOUND_ABOVE, "");
	t = "远低于全市平均水平。";
	extract(t, &c);
	if (has_n(c.n, 1, "  a comparison")) {
		is_int(c.v[0].kind, CLAIM_COMPARE, "  kind");
		is_int(c.v[0].bound, BOUND_BELOW, "  below");
		is_str(c.v[0].scope_word, "全市", "  against the city");
	}
	claims_free(&c);
}

/* Numbers that are not claims. */
static void
test_not_claims(void)
{
	none("2023年全县安全生产工作情况工作总结汇报");
	none("9月县应急局组织召开会议");
	none("内蒙古鄂尔多斯市“9·7”高压气体泄露重大事故");
	none("严格落实安全生产十五条硬措施");
	none("省66条、市68条、县69条具体措施");
	none("一是高位推动。二是细化职责。三是专项整治。");
	none("关键岗位24小时值班制度");
	none("“5年及以上车龄营运客车自燃隐患排查整治”行动");
	none("S231线K12+300处临水临崖路段");
	none("能第一时间做好应急处置");
	none("“两客一危一重”专项整治，举一反三");
	none("《重大事故隐患专项排查整治2023行动总体方案》");
}

/* A list keeps its counts when its last item ends the clause; 分别 marks
 * the claims it introduces. */
static void
test_lists(void)
{
	struct claims	 c;
	const char	*t = "除工贸77条、特种设备7条、交通运输5条、消防4条以外，";

	extract(t, &c);
	if (has_n(c.n, 4, "  a sector list keeps its four counts"))
		ok(c.v[0].value == 77 && c.v[3].value == 4, "  77 ... 4");
	claims_free(&c);
	t = "投资5712万元，路面19.518公里，分别完成年度计划任务的51.5％和65.1％。";
	extract(t, &c);
	if (has_n(c.n, 4, "  two quantities, two rates")) {
		is_int(c.v[0].respectively, 0, "  投资 is not in the list");
		is_int(c.v[2].respectively, 1, "  51.5％ is first");
		is_int(c.v[3].respectively, 2, "  65.1％ is second");
		is_int(c.v[3].list_size, 2, "  of two");
	}
	claims_free(&c);
}

/* 合计95项: a total after a list; 分行业看: a breakdown of a figure stated
 * before, up to the full stop. */
static void
test_totals_and_breakdowns(void)
{
	struct claims	 c;
	const char	*t = "工贸77项、特种设备7项、交通运输5项、消防4项，合计95项。";
	const char	*b = "排查重大事故隐患98项。分行业看，工贸77项；消防4项，"
			    "共计81项。燃气0项。";
	size_t		 i;

	extract(t, &c);
	if (has_n(c.n, 5, "  four parts and their total")) {
		for (i = 0; i < 4; i++)
			is_int(c.v[i].total, 0, "  %s is a part",
			    claim_text(t, &c, i));
		is_int(c.v[4].total, 1, "  合计95项 is a total");
		is_int(c.v[0].breakdown, 0, "  no breakdown phrase");
	}
	claims_free(&c);
	extract(b, &c);
	if (has_n(c.n, 5, "  a figure, a breakdown of it, then another")) {
		is_int(c.v[0].breakdown, 0, "  98项 comes before 分行业看");
		is_int(c.v[1].breakdown, 1, "  77项 is in the breakdown");
		is_int(c.v[2].breakdown, 1, "  4项 too, past the ；");
		is_int(c.v[3].breakdown, 1, "  and the total");
		is_int(c.v[3].total, 1, "  共计81项 is a total");
		is_int(c.v[4].breakdown, 0, "  燃气0项 is past the full stop");
	}
	claims_free(&c);
	t = "合计为95项，总计98项，共98项，总共7项";
	extract(t, &c);
	if (has_n(c.n, 4, "  four ways to write a total"))
		for (i = 0; i < 4; i++)
			is_int(c.v[i].total, 1, "  %s", claim_text(t, &c, i));
	claims_free(&c);
	one("累计排查一般隐患1324项。", "1324项", CLAIM_QUANTITY, 1324,
	    BOUND_EXACT, "项");
	extract("累计排查一般隐患1324项。", &c);
	ok(c.n == 1 && !c.v[0].total, "  累计排查…1324项 is not a total of a list");
	claims_free(&c);
}

/* 同比增加281项, 下降6.5%: changes from the year before, marked. */
static void
test_changes(void)
{
	struct claims	 c;
	const char	*t = "排查一般隐患1324项，同比增加281项（增长26.9%），罚款同比减少3起。";

	extract(t, &c);
	if (has_n(c.n, 4, "  four claims")) {
		is_int(c.v[0].change, 0, "  1324项 is the figure");
		is_int(c.v[1].change, 1, "  281项 an increase");
		is_int(c.v[2].change, 1, "  26.9%% an increase");
		is_int(c.v[3].change, -1, "  3起 a decrease");
	}
	claims_free(&c);
}

/* Lines, clauses and sentences. */
static void
test_positions(void)
{
	struct claims	 c;
	const char	*t = "标题\n累计排查一般隐患1324项，已完成整改1121项。\n第三行8次。";

	extract(t, &c);
	if (has_n(c.n, 3, "  three claims")) {
		is_int(c.v[0].line, 2, "  1324项 on line 2");
		is_int(c.v[2].line, 3, "  8次 on line 3");
		is_int(c.v[1].sentence, c.v[0].sentence, "  one sentence");
		ok(c.v[1].clause > c.v[0].clause, "  two clauses");
		is_str(t + c.v[1].clause, "已完成整改1121项。\n第三行8次。",
		    "  the clause of 1121项");
	}
	claims_free(&c);
}

/* Encodings: UTF-8 is accepted, GB18030 recognised. */
static void
test_encoding(void)
{
	size_t	 bad = 0;
	/* "隐患" in GB18030 */
	const char gb[] = "\xd2\xfe\xbb\xbc 1324\xcf\xee";

	ok(claims_check_utf8("隐患1324项", strlen("隐患1324项"), &bad) == 0,
	    "UTF-8 is valid");
	ok(claims_check_utf8(gb, strlen(gb), &bad) == -1 && bad == 0,
	    "GB18030 is not UTF-8, from byte 0");
	ok(claims_looks_gb18030(gb, strlen(gb)), "and looks like GB18030");
	ok(claims_check_utf8("\xed\xa0\x80", 3, &bad) == -1,
	    "a surrogate is refused");
	ok(claims_check_utf8("\xc0\xaf", 2, &bad) == -1,
	    "an overlong form is refused");
}

int
main(void)
{
	test_counts();
	test_measures();
	test_approximations();
	test_chinese_numerals();
	test_percentages();
	test_phrases();
	test_not_claims();
	test_lists();
	test_totals_and_breakdowns();
	test_changes();
	test_positions();
	test_encoding();
	return tap_done();
}
