/*
 * data/gen/chemicals.c -- hazardous-chemical units by kind, their major
 * hazard installations, and the 2023 checks of plant running with
 * defects (设备带"病"运行).  Their hazards (2023: 32 general, all found in
 * the joint check and rectified) are in the common ledger; the September
 * warning-education meeting is a meeting row.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "data/gen/gen.h"

#define N(a) (int)(sizeof (a) / sizeof (a)[0])

static const char *const chem_kind[] = {
	"production", "storage", "trading", "use",
};

static const char *const installations[] = {
	"液氨储罐区", "甲醇罐区", "液化石油气储罐区", "氯气储存仓库",
	"丙烯罐区", "甲类仓库", "汽油储罐区", "液氯钢瓶库",
};
static const char *const equipment[] = {
	"1#反应釜", "2#反应釜", "精馏塔再沸器", "液氨储罐", "循环水泵",
	"导热油炉", "尾气吸收塔", "储罐呼吸阀", "工艺压力管道", "氮气缓冲罐",
};
static const char *const defects[] = {
	"安全阀超期未校验仍在运行", "液位计失灵仍带病运行",
	"管道法兰连接处渗漏", "压力表指针卡滞", "机械密封泄漏",
	"温度联锁报警值被擅自修改", "设备腐蚀减薄未及时评估",
	"紧急切断阀动作不灵敏", "防爆电机接线盒密封失效",
};

void
gen_chemicals(struct county *c)
{
	struct gen		*g = c->g;
	struct rng		 r;
	const struct unitref	*u;
	struct ins		*s;
	char			 licence[80], name[96];
	int64_t			*per_check, check_id;
	int			*checked, nchecked = 0, i, k, n, grade;
	int			*fixed_order, ndef, d, nfix, yi;
	unsigned char		*fixed_by_ye;

	county_rng(c, AREA_CHEMICALS, &r);
	n = c->nby_sector[SEC_HAZCHEM];
	checked = calloc((size_t)n + 1, sizeof *checked);
	if (checked == NULL)
		die("out of memory");
	for (i = 0; i < n; i++) {
		u = &c->units[c->by_sector[SEC_HAZCHEM][i]];
		snprintf(licence, sizeof licence, u->subkind == 0 ?
		    "（岭）WH安许证字〔%d〕%04lld号" : u->subkind == 3 ?
		    "岭危化使字〔%d〕%04lld号" : "岭危化经字〔%d〕%04lld号",
		    2020 + (int)rng_range(&r, 0, 3), (long long)u->id);
		s = st(g, ST_CHEM_UNIT);
		b_int(s, 1, u->id);
		b_text(s, 2, chem_kind[u->subkind & 3]);
		b_text(s, 3, licence);
		b_day(s, 4, (int)rng_range(&r, day_from_ymd(2024, 3, 1),
		    day_from_ymd(2027, 12, 31)));
		db_insert(g, s);
		/* Major hazard installations at producers and stores. */
		if ((u->subkind == 0 || u->subkind == 1) &&
		    rng_chance(&r, c->index == 1 ? 0.85 : 0.6)) {
			grade = rng_chance(&r, 0.1) ? 2 : rng_chance(&r, 0.4) ? 3 : 4;
			snprintf(name, sizeof name, "%s",
			    installations[rng_range(&r, 0, N(installations) - 1)]);
			s = st(g, ST_MHI);
			b_int(s, 1, u->id);
			b_text(s, 2, name);
			b_int(s, 3, grade);
			b_day(s, 4, (int)rng_range(&r, day_from_ymd(2012, 1, 1),
			    day_from_ymd(2020, 12, 31)));
			db_insert(g, s);
		}
		if (u->subkind != 2)
			checked[nchecked++] = i;
	}

	/* The 2023 equipment campaign: every producer, store and user
	 * checked once; the plan's defects found, so many fixed by the
	 * year's end, the rest early next year. */
	for (yi = 0; yi < NYEARS; yi++) {
		const struct year_plan *p = &c->plan[yi];

		if (!p->equipment_campaign || nchecked == 0)
			continue;
		ndef = c->index == 1 ? p->equipment_defects :
		    (int)rng_range(&r, nchecked, 2 * nchecked);
		nfix = c->index == 1 ? p->equipment_fixed : ndef * 9 / 10;
		per_check = calloc((size_t)nchecked, sizeof *per_check);
		fixed_order = calloc((size_t)ndef + 1, sizeof *fixed_order);
		fixed_by_ye = calloc((size_t)ndef + 1, 1);
		if (per_check == NULL || fixed_order == NULL ||
		    fixed_by_ye == NULL)
			die("out of memory");
		if (rng_partition(&r, per_check, nchecked, ndef, 0, ndef, 1) != 0)
			die("cannot split %d defects", ndef);
		for (d = 0; d < ndef; d++)
			fixed_order[d] = d;
		rng_shuffle(&r, fixed_order, ndef);
		for (d = 0; d < nfix && d < ndef; d++)
			fixed_by_ye[fixed_order[d]] = 1;
		for (k = 0, d = 0; k < nchecked; k++) {
			int	day = (int)rng_range(&r, day_from_ymd(2023, 9, 11),
			    day_from_ymd(2023, 11, 30));
			int	j;

			u = &c->units[c->by_sector[SEC_HAZCHEM][checked[k]]];
			s = st(g, ST_EQUIP_CHECK);
			b_int(s, 1, u->id);
			b_day(s, 2, day);
			b_text(s, 3, dept_info[DEPT_EMB].code);
			b_text(s, 4, "equipment_defect_2023");
			check_id = db_insert(g, s);
			for (j = 0; j < per_check[k]; j++, d++) {
				s = st(g, ST_EQUIP_DEFECT);
				b_int(s, 1, check_id);
				b_text(s, 2, equipment[rng_range(&r, 0,
				    N(equipment) - 1)]);
				b_text(s, 3, defects[rng_range(&r, 0,
				    N(defects) - 1)]);
				b_day(s, 4, fixed_by_ye[d] ? (int)rng_range(&r,
				    day + 1, day_from_ymd(2023, 12, 31)) :
				    (int)rng_range(&r, day_from_ymd(2024, 1, 5),
				    day_from_ymd(2024, 3, 31)));
				db_insert(g, s);
			}
		}
		free(per_check);
		free(fixed_order);
		free(fixed_by_ye);
	}
	free(checked);
}
