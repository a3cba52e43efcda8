/*
 * tests/unit/test-args.c -- option parsing from struct ss_option: every
 * type, both spellings, short names, reserved options, required options,
 * operand counts, messages with suggestions; and the edit distance behind
 * "did you mean".
 */
#include "config.h"

#include <string.h>

#include "shell/shell.h"
#include "shell/sink.h"
#include "tests/unit/tap.h"

/* The unit test stands alone: a fixed list instead of the real sink. */
const char *const *
sink_format_names(void)
{
	static const char *const names[] = { "table", "csv", "tsv", "json",
		"jsonl", "markdown", NULL };

	return names;
}

static const char *const levels[] = { "general", "major", NULL };

static const struct ss_option opts[] = {
	{ .name = "year", .short_name = 'y', .type = SS_OPT_YEAR },
	{ .name = "limit", .short_name = 'n', .type = SS_OPT_INT, .min = 1,
	  .max = 100 },
	{ .name = "count", .type = SS_OPT_INT },
	{ .name = "ratio", .type = SS_OPT_REAL },
	{ .name = "level", .short_name = 'l', .type = SS_OPT_ENUM,
	  .choices = levels },
	{ .name = "from", .type = SS_OPT_DATE },
	{ .name = "month", .type = SS_OPT_MONTH },
	{ .name = "quarter", .type = SS_OPT_QUARTER },
	{ .name = "town", .type = SS_OPT_TEXT, .metavar = "NAME" },
	{ .name = "verbose", .short_name = 'v', .type = SS_OPT_FLAG },
	{ .name = "all", .short_name = 'a', .type = SS_OPT_FLAG },
	{ .name = NULL }
};

static const struct ss_command cmd = {
	.name = "hazards", .summary = "s", .options = opts,
	.operands = "SECTOR", .min_operands = 0, .max_operands = 2,
};

static const struct ss_option req_opts[] = {
	{ .name = "year", .type = SS_OPT_YEAR, .flags = SS_OPT_REQUIRED },
	{ .name = NULL }
};

static const struct ss_command req_cmd = {
	.name = "report", .summary = "s", .options = req_opts,
	.operands = "TABLE", .min_operands = 1, .max_operands = 1,
};

static struct ss_args	 args;
static char		 err[512];

/* Parse a space-separated line for cmd c; returns args_parse's result. */
static int
parse(const struct ss_command *c, const char *line)
{
	static struct words	 w;
	char			 lexerr[128];

	lex_split(line, 0, &w, lexerr, sizeof lexerr);
	err[0] = '\0';
	return args_parse(&args, c, c->name, w.v, w.n, err, sizeof err);
}

/* The line must parse. */
static void
good(const struct ss_command *c, const char *line)
{
	if (!ok(parse(c, line) == 0, "accepts [%s]", line))
		printf("#   %s\n", err);
}

/* The line must fail with exactly this message. */
static void
bad(const struct ss_command *c, const char *line, const char *msg)
{
	ok(parse(c, line) == -1, "rejects [%s]", line);
	is_str(err, msg, "message for [%s]", line);
}

int
main(void)
{
	char	 buf[512];

	good(&cmd, "");
	ok(!args_has(&args, "year") && args_text(&args, "year") == NULL,
	    "absent option");
	is_int(args_int(&args, "year", 7), 7, "absent: default");
	is_int(args_choice(&args, "level"), -1, "absent enum: -1");

	good(&cmd, "--year 2023 --limit=5 -l major --ratio 0.25 mining");
	is_int(args_int(&args, "year", 0), 2023, "--year value");
	is_int(args_int(&args, "limit", 0), 5, "--limit=5 value");
	is_int(args_choice(&args, "level"), 1, "-l major is choice 1");
	ok(args_real(&args, "ratio", 0) == 0.25, "--ratio value");
	is_int(args_operand_count(&args), 1, "one operand");
	is_str(args_operand(&args, 0), "mining", "the operand");
	ok(args_operand(&args, 1) == NULL, "operand out of range");

	good(&cmd, "-y2021 -vva -n 3");
	is_int(args_int(&args, "year", 0), 2021, "-y2021");
	is_int(args_has(&args, "verbose"), 2, "-vv counts twice");
	is_int(args_has(&args, "all"), 1, "-a clustered");
	is_int(args_int(&args, "limit", 0), 3, "-n 3");

	good(&cmd, "--town '城关 镇' --from 2024-02-29 --month 2023-12 "
	    "--quarter 2023Q4");
	is_str(args_text(&args, "town"), "城关 镇", "text with CJK and space");
	is_str(args_text(&args, "from"), "2024-02-29", "leap day");

	good(&cmd, "--count -5 -- --year");
	is_int(args_int(&args, "count", 0), -5, "negative value");
	is_str(args_operand(&args, 0), "--year", "after --, an operand");
	good(&cmd, "- -3");
	is_str(args_operand(&args, 1), "-3", "negative number operand");

	good(&cmd, "--format json --output out.json --bom");
	is_str(args.format, "json", "reserved --format");
	is_str(args.output, "out.json", "reserved --output");
	ok(args.bom && !args.help, "reserved --bom");
	good(&req_cmd, "--help");
	ok(args.help, "--help skips required options and operands");

	bad(&cmd, "--yaer 2023",
	    "unknown option '--yaer' for 'hazards' (did you mean '--year'?)");
	bad(&cmd, "--frmat=csv",
	    "unknown option '--frmat' for 'hazards' (did you mean '--format'?)");
	bad(&cmd, "--zzz", "unknown option '--zzz' for 'hazards'");
	bad(&cmd, "--ye 2023",
	    "unknown option '--ye' for 'hazards' (did you mean '--year'?)");
	bad(&cmd, "-z", "unknown option '-z' for 'hazards'");
	bad(&cmd, "--from 2023-13-01",
	    "invalid value '2023-13-01' for --from: not a calendar date "
	    "(YYYY-MM-DD)");
	bad(&cmd, "--from 2023-02-29",
	    "invalid value '2023-02-29' for --from: not a calendar date "
	    "(YYYY-MM-DD)");
	bad(&cmd, "--from 2023-2-1",
	    "invalid value '2023-2-1' for --from: not a calendar date "
	    "(YYYY-MM-DD)");
	bad(&cmd, "--year 23",
	    "invalid value '23' for --year: not a year (YYYY, 1900..2100)");
	bad(&cmd, "-y 2101",
	    "invalid value '2101' for --year: not a year (YYYY, 1900..2100)");
	bad(&cmd, "--limit 0",
	    "invalid value '0' for --limit: out of range (1..100)");
	bad(&cmd, "--limit 99999999999999999999",
	    "invalid value '99999999999999999999' for --limit: out of range "
	    "(1..100)");
	bad(&cmd, "--count 99999999999999999999",
	    "invalid value '99999999999999999999' for --count: out of range");
	bad(&cmd, "--limit 5x", "invalid value '5x' for --limit: not an integer");
	bad(&cmd, "--limit １０",
	    "invalid value '１０' for --limit: not an integer");
	bad(&cmd, "--ratio nan", "invalid value 'nan' for --ratio: not a number");
	bad(&cmd, "--ratio 0x10",
	    "invalid value '0x10' for --ratio: not a number");
	bad(&cmd, "--level majr",
	    "invalid value 'majr' for --level: not one of general, major "
	    "(did you mean 'major'?)");
	bad(&cmd, "--level x",
	    "invalid value 'x' for --level: not one of general, major");
	bad(&cmd, "--month 2023-13",
	    "invalid value '2023-13' for --month: not a month (YYYY-MM)");
	bad(&cmd, "--quarter 2023Q5",
	    "invalid value '2023Q5' for --quarter: not a quarter (YYYYQn)");
	bad(&cmd, "--year", "missing value for --year");
	bad(&cmd, "-y", "missing value for --year");
	bad(&cmd, "--verbose=1", "option --verbose takes no value");
	bad(&cmd, "--help=x", "option --help takes no value");
	bad(&cmd, "--year 2023 -y 2024", "option --year given twice");
	bad(&cmd, "--format jsn", "unknown format 'jsn' (did you mean 'json'?)");
	bad(&cmd, "--format xml", "unknown format 'xml' (one of: table, csv, "
	    "tsv, json, jsonl, markdown)");
	bad(&cmd, "--format csv --format tsv", "option --format given twice");
	bad(&cmd, "--output=", "empty file name for --output");
	bad(&cmd, "a b c", "too many operands for 'hazards' (at most 2: SECTOR)");
	bad(&req_cmd, "t", "missing required option --year for 'report'");
	bad(&req_cmd, "--year 2023", "missing TABLE for 'report'");

	args_usage(&cmd, "hazards", buf, sizeof buf);
	is_str(buf, "hazards [--year YEAR] [--limit N] [--count N] "
	    "[--ratio NUMBER] [--level general|major] [--from DATE] [--month MONTH] "
	    "[--quarter QUARTER] [--town NAME] [--verbose] [--all] [SECTOR]",
	    "usage line");
	args_usage(&req_cmd, "report", buf, sizeof buf);
	is_str(buf, "report --year YEAR TABLE", "usage with required parts");
	args_describe(&opts[1], buf, sizeof buf);
	is_str(buf, "integer 1..100", "describe int");
	args_describe(&opts[4], buf, sizeof buf);
	is_str(buf, "one of: general, major", "describe enum");

	/* Edit distance and "did you mean". */
	is_int(edit_distance("hazrds", "hazards"), 1, "one deletion");
	is_int(edit_distance("yaer", "year"), 1, "a transposition is one");
	is_int(edit_distance("HELP", "help"), 0, "ASCII case folded");
	is_int(edit_distance("城关镇", "城关乡"), 1, "CJK counts code points");
	is_int(edit_distance("", "abc"), 3, "empty word");
	{
		static const char *const c[] = { "hazards", "help", "tables",
			NULL };
		static const char *const t[] = { "城关镇", "龙泉乡", NULL };

		is_str(closest_in("hazrds", c), "hazards", "closest hazrds");
		is_str(closest_in("tabels", c), "tables", "closest tabels");
		is_str(closest_in("haz", c), "hazards", "a start counts");
		ok(closest_in("frobnicate", c) == NULL, "nothing close");
		ok(closest_in("x", c) == NULL, "one letter is not close");
		is_str(closest_in("城关", t), "城关镇", "CJK closest");
		ok(closest_in("", c) == NULL, "empty word");
	}
	args_free(&args);
	return tap_done();
}
