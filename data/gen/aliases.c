/*
 * data/gen/aliases.c -- the other names analysts type for sectors and
 * departments (name_alias): the report's shorthand and the short forms
 * of bureau names.  Data, not C branches: the plugins' lookups read them.
 */
#include "config.h"

#include "data/gen/gen.h"

void
gen_aliases(struct gen *g)
{
	db_exec(g, "INSERT INTO name_alias (list, alias, code) VALUES"
	    " ('sector', '工商贸', 'industry_trade'),"
	    " ('sector', '危化品', 'hazchem'),"
	    " ('sector', '危化', 'hazchem'),"
	    " ('sector', '危险化学品行业', 'hazchem'),"
	    " ('sector', 'chemicals', 'hazchem'),"
	    " ('sector', '烟花', 'fireworks'),"
	    " ('sector', '矿山', 'mining'),"
	    " ('sector', '非煤', 'mining'),"
	    " ('sector', '建筑业', 'construction'),"
	    " ('sector', '特设', 'special_equipment'),"
	    " ('sector', '燃气', 'gas'),"
	    " ('sector', '天然气', 'gas'),"
	    " ('sector', '液化气', 'gas'),"
	    " ('sector', '交通', 'transport'),"
	    " ('sector', '道路运输', 'transport'),"
	    " ('sector', 'traffic', 'transport'),"
	    " ('sector', '消防安全', 'fire'),"
	    " ('sector', '经营性自建房', 'self_built'),"
	    " ('sector', '文旅', 'tourism'),"
	    " ('sector', '旅游', 'tourism'),"
	    " ('sector', '学校', 'campus'),"
	    " ('sector', '农机', 'agriculture'),"
	    " ('sector', '渔船', 'fishing'),"
	    " ('sector', '渔业', 'fishing'),"
	    " ('department', '安委会办公室', 'sac'),"
	    " ('department', '应急局', 'emb'),"
	    " ('department', '工信局', 'miit'),"
	    " ('department', '住建局', 'hud'),"
	    " ('department', '教育局', 'edu'),"
	    " ('department', '教体局', 'edu'),"
	    " ('department', '城管局', 'urban_cultour'),"
	    " ('department', '文旅局', 'urban_cultour'),"
	    " ('department', '交通局', 'trans'),"
	    " ('department', '市场监管局', 'samr'),"
	    " ('department', '消防大队', 'fire'),"
	    " ('department', '农业局', 'agri')");
}
