/*
 * data/gen/text.c -- Chinese names (counties, townships, units) and
 * hazard descriptions.
 *
 * Descriptions come from templates per sector, written after the sector
 * criteria (重大事故隐患判定标准, research/domain.md §3): a template is a
 * sentence with slots ({A} an area of the premises, {E} a piece of
 * equipment, {N} a small number, {R} a road, {K} a kilometre post) that
 * are filled at random, so that ledger rows read like real entries and
 * vary.  Rendering writes into the caller's buffer: no allocation per row.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/gen/gen.h"

#define N(a) (int)(sizeof (a) / sizeof (a)[0])

/* The standards hazards are judged by (short names as ledgers cite
 * them). */
static const char STD_GM[] = "工贸企业重大事故隐患判定标准";
static const char STD_HC[] = "化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）";
static const char STD_FW[] = "烟花爆竹生产经营单位重大生产安全事故隐患判定标准（试行）";
static const char STD_MN[] = "金属非金属矿山重大事故隐患判定标准";
static const char STD_CN[] = "房屋市政工程生产安全重大事故隐患判定标准（2022版）";
static const char STD_SE[] = "特种设备重大事故隐患判定准则";
static const char STD_GAS[] = "城镇燃气经营安全重大隐患判定标准";
static const char STD_TR[] = "道路运输企业和城市客运企业安全生产重大事故隐患判定标准（试行）";
static const char STD_FIRE[] = "重大火灾隐患判定方法（GB 35181）";
static const char STD_SB[] = "全国自建房安全专项整治工作方案";
static const char STD_LAW[] = "中华人民共和国安全生产法";
static const char STD_FIRELAW[] = "中华人民共和国消防法";
static const char STD_SELAW[] = "中华人民共和国特种设备安全法";

/* The criteria; criterion_id is the index + 1.  Clause labels follow the
 * numbering of each standard where research/domain.md §3 confirmed it,
 * and name the topic where it did not. */
static const struct {
	int		 sector, major;
	const char	*standard, *clause, *text;
} criteria[] = {
	/* 0 */ { SEC_INDUSTRY_TRADE, 1, STD_GM, "第三条第（一）项", "未对承包单位、承租单位的安全生产工作统一协调、管理，或者未定期进行安全检查" },
	/* 1 */ { SEC_INDUSTRY_TRADE, 1, STD_GM, "第三条第（二）项", "特种作业人员未按照规定经专门的安全作业培训并取得相应资格，上岗作业" },
	/* 2 */ { SEC_INDUSTRY_TRADE, 1, STD_GM, "专项类·粉尘涉爆", "粉尘爆炸危险场所除尘系统未按规定设置泄爆、隔爆、抑爆等装置，或未落实粉尘清扫制度" },
	/* 3 */ { SEC_INDUSTRY_TRADE, 1, STD_GM, "专项类·有限空间", "有限空间作业未落实先通风、再检测、后作业要求" },
	/* 4 */ { SEC_INDUSTRY_TRADE, 1, STD_GM, "专项类·液氨制冷", "涉氨制冷快速冻结装置设置在人员聚集的车间内" },
	/* 5 */ { SEC_INDUSTRY_TRADE, 1, STD_GM, "行业类·冶金机械", "人员聚集场所设置在熔融金属吊运跨地坪区域内，或熔炼炉未设置紧急排放和应急储存设施" },
	/* 6 */ { SEC_HAZCHEM, 1, STD_HC, "第一项", "危险化学品生产、经营单位主要负责人和安全生产管理人员未依法经考核合格" },
	/* 7 */ { SEC_HAZCHEM, 1, STD_HC, "第二项", "特种作业人员未持证上岗" },
	/* 8 */ { SEC_HAZCHEM, 1, STD_HC, "第四项", "涉及重点监管危险化工工艺的装置未实现自动化控制，紧急停车系统未投入使用" },
	/* 9 */ { SEC_HAZCHEM, 1, STD_HC, "第十二项", "可燃气体、有毒气体泄漏场所未按国家标准设置检测报警装置，爆炸危险场所未按国家标准安装使用防爆电气设备" },
	/* 10 */ { SEC_FIREWORKS, 1, STD_FW, "第一项", "主要负责人、安全生产管理人员未依法经考核合格" },
	/* 11 */ { SEC_FIREWORKS, 1, STD_FW, "库房超量储存", "工（库）房实际存药量超过设计药量" },
	/* 12 */ { SEC_MINING, 1, STD_MN, "露天矿山·边坡", "露天采场未按设计要求形成台阶，存在高陡边坡" },
	/* 13 */ { SEC_CONSTRUCTION, 1, STD_CN, "第四条第（一）项", "施工单位未取得安全生产许可证擅自从事建筑施工活动" },
	/* 14 */ { SEC_CONSTRUCTION, 1, STD_CN, "第四条第（二）项", "施工单位的主要负责人、项目负责人、专职安全生产管理人员未取得安全生产考核合格证书从事相关工作" },
	/* 15 */ { SEC_CONSTRUCTION, 1, STD_CN, "第四条第（三）项", "建筑施工特种作业人员未取得特种作业人员操作资格证书上岗作业" },
	/* 16 */ { SEC_CONSTRUCTION, 1, STD_CN, "第五条·深基坑", "深基坑工程未按经专家论证的专项施工方案施工，或未开展基坑监测" },
	/* 17 */ { SEC_CONSTRUCTION, 1, STD_CN, "第八条·起重机械", "塔式起重机、施工升降机安全装置失效、被拆除或破坏后仍继续使用" },
	/* 18 */ { SEC_CONSTRUCTION, 1, STD_CN, "第九条第（三）项", "悬挑式操作平台的搁置点、拉结点、支撑点未设置在稳定的主体结构上" },
	/* 19 */ { SEC_SPECIAL_EQUIPMENT, 1, STD_SE, "电梯", "电梯检验结论为不合格或安全回路被短接仍继续使用" },
	/* 20 */ { SEC_SPECIAL_EQUIPMENT, 1, STD_SE, "压力管道", "压力管道定期检验结论为不符合要求仍继续使用" },
	/* 21 */ { SEC_SPECIAL_EQUIPMENT, 1, STD_SE, "锅炉", "锅炉安全阀、水位表等安全附件失效仍继续使用" },
	/* 22 */ { SEC_SPECIAL_EQUIPMENT, 1, STD_SE, "起重机械", "起重机械安全保护装置失效仍继续使用" },
	/* 23 */ { SEC_SPECIAL_EQUIPMENT, 1, STD_SE, "大型游乐设施", "大型游乐设施安全压杠、锁紧装置失效仍继续运营" },
	/* 24 */ { SEC_SPECIAL_EQUIPMENT, 1, STD_SE, "客运索道", "客运索道紧急停车装置缺失或失效仍继续运营" },
	/* 25 */ { SEC_GAS, 1, STD_GAS, "第四条·经营许可", "未取得燃气经营许可证从事燃气经营活动" },
	/* 26 */ { SEC_GAS, 1, STD_GAS, "第四条·用户安检", "未建立对燃气用户燃气设施定期进行安全检查的制度" },
	/* 27 */ { SEC_GAS, 1, STD_GAS, "第五条·储罐监测", "储罐未设置压力、液位监测或不具备超限报警功能" },
	/* 28 */ { SEC_GAS, 1, STD_GAS, "管道占压", "燃气管道被建（构）筑物占压" },
	/* 29 */ { SEC_TRANSPORT, 1, STD_TR, "第三条第（一）项", "未取得道路运输经营许可，擅自从事道路运输经营" },
	/* 30 */ { SEC_TRANSPORT, 1, STD_TR, "第三条第（二）项", "使用报废、擅自改装拼装、检测不合格以及其他不符合国家规定的车辆从事道路运输经营" },
	/* 31 */ { SEC_TRANSPORT, 1, STD_TR, "第三条第（三）项", "车辆、驾驶人长期存在超速、超员、超载、疲劳驾驶等违法行为未纠正、未处理" },
	/* 32 */ { SEC_TRANSPORT, 1, STD_TR, "第三条第（四）项", "在恶劣天气红色预警期间违反停运要求安排车辆运营" },
	/* 33 */ { SEC_FIRE, 1, STD_FIRE, "直接判定要素", "人员密集场所安全出口被封堵，或生产储存经营场所与居住场所设置在同一建筑物内" },
	/* 34 */ { SEC_FIRE, 1, STD_FIRE, "综合判定要素", "自动消防设施不能正常运行，疏散设施不符合国家标准" },
	/* 35 */ { SEC_SELF_BUILT, 1, STD_SB, "经营性自建房", "经营性自建房经鉴定为C级、D级危房仍在使用，或擅自改变主体结构" },
	/* 36 */ { SEC_OTHER, 0, STD_LAW, "第二十八条", "未按规定对从业人员进行安全生产教育和培训" },
	/* 37 */ { SEC_OTHER, 0, STD_LAW, "第三十六条", "安全设备未经常性维护、保养并定期检测；餐饮等行业使用燃气未安装可燃气体报警装置" },
	/* 38 */ { SEC_OTHER, 0, STD_LAW, "第四十一条", "未建立健全并落实生产安全事故隐患排查治理制度" },
	/* 39 */ { SEC_OTHER, 0, STD_LAW, "第四十五条", "未为从业人员提供符合标准的劳动防护用品，或未监督、教育其正确佩戴使用" },
	/* 40 */ { SEC_FIRE, 0, STD_FIRELAW, "第十六条", "消防设施、器材未按规定定期检验、维修，疏散通道、安全出口不畅通" },
	/* 41 */ { SEC_SPECIAL_EQUIPMENT, 0, STD_SELAW, "第三十三条", "特种设备未办理使用登记" },
	/* 42 */ { SEC_SPECIAL_EQUIPMENT, 0, STD_SELAW, "第四十条", "特种设备未按安全技术规范定期检验" },
	/* 43 */ { SEC_FIREWORKS, 1, STD_FW, "零售经营", "烟花爆竹零售经营场所与居住场所设置在同一建筑物内" },
};

void
gen_criteria(struct gen *g)
{
	struct ins	*s;
	int		 i;

	for (i = 0; i < N(criteria); i++) {
		s = st(g, ST_CRITERION);
		b_int(s, 1, i + 1);
		b_text(s, 2, sector_info[criteria[i].sector].code);
		b_text(s, 3, criteria[i].standard);
		b_text(s, 4, criteria[i].clause);
		b_text(s, 5, criteria[i].text);
		b_int(s, 6, criteria[i].major);
		db_insert(g, s);
	}
}

/* Description templates: variant 0 is the usual one; variant 1 is gas
 * hazards at users' premises (found by the operator's home inspection)
 * and road hazards of the transport sector (no unit).  crit is an index
 * into criteria, or -1. */
struct tmpl {
	int		 sector, major, variant, crit;
	const char	*text;
};

static const struct tmpl templates[] = {
	/* 工贸 */
	{ SEC_INDUSTRY_TRADE, 0, 0, 40, "{A}灭火器压力不足，未按规定定期检查" },
	{ SEC_INDUSTRY_TRADE, 0, 0, 40, "{A}安全出口指示标志损坏，应急照明灯不能正常使用" },
	{ SEC_INDUSTRY_TRADE, 0, 0, -1, "{A}配电箱未设置漏电保护装置，箱门未上锁" },
	{ SEC_INDUSTRY_TRADE, 0, 0, -1, "{A}电气线路私拉乱接，未穿管保护" },
	{ SEC_INDUSTRY_TRADE, 0, 0, -1, "{A}物料堆放超高，安全通道被占用" },
	{ SEC_INDUSTRY_TRADE, 0, 0, 39, "{A}作业人员未正确佩戴劳动防护用品" },
	{ SEC_INDUSTRY_TRADE, 0, 0, 37, "{E}传动部位防护罩缺失" },
	{ SEC_INDUSTRY_TRADE, 0, 0, 37, "{E}急停按钮失效，未及时维修" },
	{ SEC_INDUSTRY_TRADE, 0, 0, 36, "{N}名新入职员工未经三级安全教育即上岗作业" },
	{ SEC_INDUSTRY_TRADE, 0, 0, -1, "安全生产责任制未落实到岗位，{N}个岗位未签订安全生产责任书" },
	{ SEC_INDUSTRY_TRADE, 0, 0, -1, "{A}未设置安全警示标志和职业危害告知牌" },
	{ SEC_INDUSTRY_TRADE, 0, 0, -1, "生产安全事故应急预案未按规定组织演练，演练记录缺失" },
	{ SEC_INDUSTRY_TRADE, 0, 0, 38, "隐患排查治理台账记录不完整，整改闭环资料缺失" },
	{ SEC_INDUSTRY_TRADE, 0, 0, -1, "{A}粉尘清扫不及时，设备表面积尘较厚" },
	{ SEC_INDUSTRY_TRADE, 0, 0, 37, "{E}接地线松动，未做接地电阻检测" },
	{ SEC_INDUSTRY_TRADE, 0, 0, 40, "{A}消火栓被杂物遮挡" },
	{ SEC_INDUSTRY_TRADE, 0, 0, -1, "{A}有限空间未设置安全警示标识，未建立有限空间管理台账" },
	{ SEC_INDUSTRY_TRADE, 0, 0, -1, "{A}动火作业未办理作业审批手续" },
	{ SEC_INDUSTRY_TRADE, 0, 0, -1, "{E}操作规程未上墙，操作人员不熟悉安全操作要求" },
	{ SEC_INDUSTRY_TRADE, 0, 0, 37, "{A}排风设施不能正常运行" },
	{ SEC_INDUSTRY_TRADE, 1, 0, 0, "未对{A}承租单位的安全生产工作统一协调、管理，未定期进行安全检查" },
	{ SEC_INDUSTRY_TRADE, 1, 0, 1, "{N}名电焊工未取得特种作业操作证上岗作业" },
	{ SEC_INDUSTRY_TRADE, 1, 0, 1, "{N}名电工未取得特种作业操作证从事电气作业" },
	{ SEC_INDUSTRY_TRADE, 1, 0, 2, "{A}粉尘爆炸危险场所除尘系统未按规定设置泄爆、隔爆装置" },
	{ SEC_INDUSTRY_TRADE, 1, 0, 2, "{A}除尘器设置在厂房内，且未采取泄爆、抑爆等防爆措施" },
	{ SEC_INDUSTRY_TRADE, 1, 0, 2, "未按规定建立粉尘清扫制度，{A}作业现场积尘未及时规范清理" },
	{ SEC_INDUSTRY_TRADE, 1, 0, 3, "{A}污水池等有限空间作业未落实“先通风、再检测、后作业”要求" },
	{ SEC_INDUSTRY_TRADE, 1, 0, 4, "涉氨制冷快速冻结装置设置在人员较多的{A}内" },
	{ SEC_INDUSTRY_TRADE, 1, 0, 5, "熔融金属吊运跨下方设置休息室，人员聚集" },
	{ SEC_INDUSTRY_TRADE, 1, 0, 5, "中频熔炼炉未设置紧急排放和应急储存设施" },
	/* 危险化学品 */
	{ SEC_HAZCHEM, 0, 0, -1, "{A}防火堤有孔洞未封堵" },
	{ SEC_HAZCHEM, 0, 0, -1, "{A}{N}处静电接地桩连接不规范" },
	{ SEC_HAZCHEM, 0, 0, 37, "{A}可燃气体报警器未按期检定" },
	{ SEC_HAZCHEM, 0, 0, -1, "{A}未张贴危险化学品安全周知卡" },
	{ SEC_HAZCHEM, 0, 0, -1, "{A}装卸作业现场未设置警戒区域" },
	{ SEC_HAZCHEM, 0, 0, -1, "危险化学品安全技术说明书不齐全，{N}种物料缺少SDS" },
	{ SEC_HAZCHEM, 0, 0, -1, "岗位操作规程未及时修订，与现场工艺不符" },
	{ SEC_HAZCHEM, 0, 0, 37, "正压式空气呼吸器气压不足，不能正常使用" },
	{ SEC_HAZCHEM, 0, 0, -1, "{A}防爆区域内使用非防爆工具" },
	{ SEC_HAZCHEM, 0, 0, -1, "{A}围堰排水阀处于常开状态" },
	{ SEC_HAZCHEM, 0, 0, -1, "动火作业票证填写不规范，气体分析超过30分钟未复测" },
	{ SEC_HAZCHEM, 0, 0, -1, "{A}洗眼器无水，冲淋装置损坏" },
	{ SEC_HAZCHEM, 0, 0, -1, "重大危险源包保责任人未按规定开展履职检查" },
	{ SEC_HAZCHEM, 0, 0, 39, "{A}应急物资配备不足，防毒面具滤毒罐过期" },
	{ SEC_HAZCHEM, 1, 0, 6, "主要负责人未依法经安全生产知识和管理能力考核合格" },
	{ SEC_HAZCHEM, 1, 0, 7, "{N}名特种作业人员（电工、焊工）未持证上岗" },
	{ SEC_HAZCHEM, 1, 0, 8, "涉及重点监管危险化工工艺的装置未实现自动化控制，紧急停车系统未投入使用" },
	{ SEC_HAZCHEM, 1, 0, 9, "{A}可燃气体泄漏场所未按国家标准设置检测报警装置" },
	{ SEC_HAZCHEM, 1, 0, 9, "{A}爆炸危险场所未按国家标准安装使用防爆电气设备" },
	/* 烟花爆竹 */
	{ SEC_FIREWORKS, 0, 0, -1, "零售点未设置“禁止烟火”安全警示标志" },
	{ SEC_FIREWORKS, 0, 0, -1, "{A}防静电装置失效" },
	{ SEC_FIREWORKS, 0, 0, 36, "销售人员未经安全知识培训" },
	{ SEC_FIREWORKS, 0, 0, -1, "{A}防雷设施未按期检测" },
	{ SEC_FIREWORKS, 0, 0, -1, "{A}视频监控系统存在盲区" },
	{ SEC_FIREWORKS, 0, 0, 40, "{A}灭火器配备数量不足" },
	{ SEC_FIREWORKS, 1, 0, 11, "{A}实际存药量超过核定存药量，超量储存烟花爆竹" },
	{ SEC_FIREWORKS, 1, 0, 10, "主要负责人、安全生产管理人员未依法经考核合格" },
	{ SEC_FIREWORKS, 1, 0, 43, "烟花爆竹零售点与居住场所设置在同一建筑物内" },
	/* 非煤矿山 */
	{ SEC_MINING, 0, 0, -1, "{A}截排水沟淤堵" },
	{ SEC_MINING, 0, 0, -1, "{A}安全警示标志缺失" },
	{ SEC_MINING, 0, 0, 39, "{A}作业人员未佩戴安全帽" },
	{ SEC_MINING, 0, 0, -1, "{A}视频监控系统未正常运行" },
	{ SEC_MINING, 0, 0, -1, "未按规定编制年度采剥计划" },
	{ SEC_MINING, 0, 0, -1, "{A}边坡浮石未及时清理" },
	{ SEC_MINING, 1, 0, 12, "露天采场未按设计要求形成台阶，存在高陡边坡" },
	/* 建筑施工 */
	{ SEC_CONSTRUCTION, 0, 0, -1, "{A}临边洞口防护不到位" },
	{ SEC_CONSTRUCTION, 0, 0, -1, "{A}连墙件设置不足，剪刀撑未连续设置" },
	{ SEC_CONSTRUCTION, 0, 0, -1, "{A}临时用电未做到“一机一闸一漏一箱”" },
	{ SEC_CONSTRUCTION, 0, 0, 39, "{A}高处作业人员未系挂安全带" },
	{ SEC_CONSTRUCTION, 0, 0, -1, "{A}安全网破损未及时更换" },
	{ SEC_CONSTRUCTION, 0, 0, -1, "{A}防护棚搭设不符合规范要求" },
	{ SEC_CONSTRUCTION, 0, 0, 40, "施工现场消防器材配备不足" },
	{ SEC_CONSTRUCTION, 0, 0, -1, "{A}模板支撑体系扣件缺失" },
	{ SEC_CONSTRUCTION, 0, 0, 42, "施工升降机防坠安全器未按期检测" },
	{ SEC_CONSTRUCTION, 0, 0, -1, "{A}材料堆放距基坑边缘不足1米" },
	{ SEC_CONSTRUCTION, 0, 0, 36, "安全技术交底记录不全，{N}名作业人员未签字" },
	{ SEC_CONSTRUCTION, 0, 0, -1, "{A}夜间施工照明不足" },
	{ SEC_CONSTRUCTION, 1, 0, 13, "施工单位未取得安全生产许可证擅自从事建筑施工活动" },
	{ SEC_CONSTRUCTION, 1, 0, 14, "项目负责人、专职安全生产管理人员未取得安全生产考核合格证书" },
	{ SEC_CONSTRUCTION, 1, 0, 15, "{N}名塔吊司机、信号司索工未取得建筑施工特种作业操作资格证书上岗作业" },
	{ SEC_CONSTRUCTION, 1, 0, 16, "深基坑工程未按经专家论证的专项施工方案施工，未开展基坑监测" },
	{ SEC_CONSTRUCTION, 1, 0, 17, "塔式起重机力矩限制器失效仍继续使用" },
	{ SEC_CONSTRUCTION, 1, 0, 18, "悬挑式操作平台的拉结点未设置在稳定的主体结构上" },
	/* 特种设备 */
	{ SEC_SPECIAL_EQUIPMENT, 0, 0, -1, "电梯维护保养记录不全" },
	{ SEC_SPECIAL_EQUIPMENT, 0, 0, 41, "{E}未办理使用登记" },
	{ SEC_SPECIAL_EQUIPMENT, 0, 0, 42, "{N}只气瓶超期未检验" },
	{ SEC_SPECIAL_EQUIPMENT, 0, 0, 42, "{E}压力表超过检定有效期" },
	{ SEC_SPECIAL_EQUIPMENT, 0, 0, -1, "特种设备作业人员证书过期，{N}人未及时复审" },
	{ SEC_SPECIAL_EQUIPMENT, 0, 0, -1, "电梯轿厢应急报警装置无法接通" },
	{ SEC_SPECIAL_EQUIPMENT, 0, 0, 42, "{E}安全附件未定期校验" },
	{ SEC_SPECIAL_EQUIPMENT, 0, 0, -1, "叉车驾驶员未持证作业" },
	{ SEC_SPECIAL_EQUIPMENT, 0, 0, -1, "特种设备安全管理制度和安全技术档案不健全" },
	{ SEC_SPECIAL_EQUIPMENT, 1, 0, 19, "电梯门锁回路被短接仍继续使用" },
	{ SEC_SPECIAL_EQUIPMENT, 1, 0, 19, "电梯定期检验结论为不合格仍继续使用" },
	{ SEC_SPECIAL_EQUIPMENT, 1, 0, 20, "压力管道定期检验结论为不符合要求仍继续使用" },
	{ SEC_SPECIAL_EQUIPMENT, 1, 0, 21, "锅炉安全阀、水位表失效仍继续使用" },
	{ SEC_SPECIAL_EQUIPMENT, 1, 0, 22, "{E}起升高度限位器失效仍继续使用" },
	/* 城镇燃气：经营单位 */
	{ SEC_GAS, 0, 0, 37, "{A}可燃气体检测报警器未定期标定" },
	{ SEC_GAS, 0, 0, -1, "{A}静电接地装置检测过期" },
	{ SEC_GAS, 0, 0, -1, "气瓶充装前未逐瓶检查，充装记录不全" },
	{ SEC_GAS, 0, 0, 40, "{A}消防器材配备不足" },
	{ SEC_GAS, 0, 0, -1, "应急抢险人员和车辆未落实24小时值守" },
	{ SEC_GAS, 0, 0, -1, "燃气管道巡线记录不全，{N}处警示桩缺失" },
	{ SEC_GAS, 0, 0, -1, "未按规定频次对用户开展入户安检" },
	{ SEC_GAS, 1, 0, 25, "未取得燃气经营许可证从事瓶装液化石油气经营活动" },
	{ SEC_GAS, 1, 0, 26, "未建立对燃气用户燃气设施定期安全检查制度" },
	{ SEC_GAS, 1, 0, 27, "{A}液化石油气储罐液位监测不具备超限报警功能" },
	{ SEC_GAS, 1, 0, 28, "中压燃气管道被违章建筑占压" },
	/* 城镇燃气：用户场所（入户安检发现） */
	{ SEC_GAS, 0, 1, 37, "餐饮场所{A}未安装可燃气体报警装置" },
	{ SEC_GAS, 0, 1, -1, "{A}燃气胶管老化龟裂" },
	{ SEC_GAS, 0, 1, -1, "{A}燃气灶具无熄火保护装置" },
	{ SEC_GAS, 0, 1, -1, "{A}液化石油气钢瓶与灶具间距不足" },
	{ SEC_GAS, 0, 1, -1, "使用超期未检液化石油气钢瓶" },
	{ SEC_GAS, 0, 1, -1, "{A}燃气管道被违规包封" },
	{ SEC_GAS, 0, 1, -1, "燃气连接软管长度超过2米且穿墙敷设" },
	{ SEC_GAS, 0, 1, -1, "{A}燃气表周边堆放杂物" },
	{ SEC_GAS, 0, 1, -1, "{A}违规使用液化石油气" },
	{ SEC_GAS, 0, 1, -1, "燃气热水器安装在浴室内" },
	/* 交通运输：企业 */
	{ SEC_TRANSPORT, 0, 0, -1, "动态监控平台值守人员脱岗" },
	{ SEC_TRANSPORT, 0, 0, 36, "驾驶员安全教育培训记录不全" },
	{ SEC_TRANSPORT, 0, 0, -1, "{N}辆客车安全锤缺失" },
	{ SEC_TRANSPORT, 0, 0, -1, "危险货物运输车辆应急处置器材配备不全" },
	{ SEC_TRANSPORT, 0, 0, -1, "{N}辆营运车辆卫星定位终端离线未及时处置" },
	{ SEC_TRANSPORT, 0, 0, -1, "车辆二级维护记录缺失" },
	{ SEC_TRANSPORT, 0, 0, -1, "未按规定开展驾驶员从业资格动态管理" },
	{ SEC_TRANSPORT, 1, 0, 29, "未取得道路运输经营许可，擅自从事道路运输经营" },
	{ SEC_TRANSPORT, 1, 0, 30, "使用检验有效期届满的{N}辆车辆从事道路运输经营" },
	{ SEC_TRANSPORT, 1, 0, 31, "所属车辆长期存在超速、疲劳驾驶行为未纠正、未处理" },
	{ SEC_TRANSPORT, 1, 0, 32, "在暴雨红色预警期间违规安排客车营运" },
	/* 交通运输：道路 */
	{ SEC_TRANSPORT, 0, 1, -1, "{R}{K}处急弯陡坡路段未设置警示标志" },
	{ SEC_TRANSPORT, 0, 1, -1, "{R}{K}处临水临崖路段波形护栏缺失" },
	{ SEC_TRANSPORT, 0, 1, -1, "{R}{K}处平交路口视距不良，未设置减速带" },
	{ SEC_TRANSPORT, 0, 1, -1, "{R}{K}处桥梁护栏破损" },
	{ SEC_TRANSPORT, 0, 1, -1, "{R}{K}处路面坑槽未及时修补" },
	{ SEC_TRANSPORT, 0, 1, -1, "{R}{K}处边坡落石未及时清理" },
	{ SEC_TRANSPORT, 0, 1, -1, "{R}穿村路段未设置限速标志" },
	{ SEC_TRANSPORT, 0, 1, -1, "{R}{K}处漫水路段未设置水位标尺和警示桩" },
	/* 消防 */
	{ SEC_FIRE, 0, 0, 40, "{A}消火栓无水带、水枪" },
	{ SEC_FIRE, 0, 0, 40, "{A}应急照明和疏散指示标志损坏" },
	{ SEC_FIRE, 0, 0, -1, "消防控制室值班人员未持证上岗" },
	{ SEC_FIRE, 0, 0, 40, "{A}防火门闭门器损坏" },
	{ SEC_FIRE, 0, 0, -1, "电动自行车在{A}内停放充电" },
	{ SEC_FIRE, 0, 0, 40, "{A}灭火器过期未更换" },
	{ SEC_FIRE, 0, 0, 40, "{A}疏散通道堆放杂物" },
	{ SEC_FIRE, 0, 0, -1, "{A}电气线路未穿管保护" },
	{ SEC_FIRE, 0, 0, 36, "员工不会使用消防器材，消防安全培训不到位" },
	{ SEC_FIRE, 0, 0, -1, "{A}装修材料燃烧性能等级不符合要求" },
	{ SEC_FIRE, 1, 0, 33, "人员密集场所{A}安全出口被封堵" },
	{ SEC_FIRE, 1, 0, 33, "生产、储存、经营场所与居住场所设置在同一建筑物内（“三合一”）" },
	{ SEC_FIRE, 1, 0, 34, "自动喷水灭火系统不能正常运行" },
	{ SEC_FIRE, 1, 0, 34, "火灾自动报警系统处于故障状态不能恢复正常运行" },
	/* 自建房 */
	{ SEC_SELF_BUILT, 0, 0, -1, "{A}外墙装饰物松动，存在坠落风险" },
	{ SEC_SELF_BUILT, 0, 0, -1, "{A}违规搭建彩钢板房" },
	{ SEC_SELF_BUILT, 0, 0, -1, "{A}堆放杂物，疏散不畅" },
	{ SEC_SELF_BUILT, 0, 0, -1, "{A}电线私拉乱接" },
	{ SEC_SELF_BUILT, 0, 0, -1, "经营性自建房未配置灭火器" },
	{ SEC_SELF_BUILT, 0, 0, -1, "{A}窗户设置防盗网未留逃生口" },
	{ SEC_SELF_BUILT, 1, 0, 35, "经营性自建房经鉴定为C级危房仍对外经营" },
	{ SEC_SELF_BUILT, 1, 0, 35, "擅自改变房屋主体结构进行加层扩建" },
	/* 文化旅游 */
	{ SEC_TOURISM, 0, 0, -1, "{A}护栏松动" },
	{ SEC_TOURISM, 0, 0, -1, "{A}地质灾害隐患点未设置警示标识" },
	{ SEC_TOURISM, 0, 0, -1, "游船救生衣配备数量不足" },
	{ SEC_TOURISM, 0, 0, -1, "{A}未设置游客安全提示牌" },
	{ SEC_TOURISM, 0, 0, -1, "观光车驾驶员未持证上岗" },
	{ SEC_TOURISM, 0, 0, -1, "{A}应急广播系统故障" },
	{ SEC_TOURISM, 0, 0, -1, "节假日客流疏导和限流方案未细化" },
	{ SEC_TOURISM, 0, 0, -1, "{A}防滑措施不到位" },
	{ SEC_TOURISM, 0, 0, -1, "漂流艇救生衣、头盔配备不足" },
	{ SEC_TOURISM, 0, 0, 42, "玻璃栈道未取得有效期内的检测报告" },
	{ SEC_TOURISM, 1, 0, 23, "大型游乐设施安全压杠锁紧装置失效仍继续运营" },
	{ SEC_TOURISM, 1, 0, 24, "客运索道站台紧急停车开关失效仍继续运营" },
	/* 水利 */
	{ SEC_WATER, 0, 0, -1, "{A}杂草丛生，排水沟淤堵" },
	{ SEC_WATER, 0, 0, 37, "{A}启闭设备锈蚀，未定期维护" },
	{ SEC_WATER, 0, 0, -1, "汛期值班制度落实不到位" },
	{ SEC_WATER, 0, 0, -1, "{A}安全警示标志缺失" },
	{ SEC_WATER, 0, 0, -1, "{A}护栏缺失" },
	{ SEC_WATER, 0, 0, -1, "水位观测设施损坏" },
	/* 校园 */
	{ SEC_CAMPUS, 0, 0, 40, "{A}疏散通道堆放杂物" },
	{ SEC_CAMPUS, 0, 0, 37, "{A}燃气管道未安装可燃气体报警装置" },
	{ SEC_CAMPUS, 0, 0, -1, "{A}危险化学品未落实双人双锁管理" },
	{ SEC_CAMPUS, 0, 0, 40, "{A}消防器材过期" },
	{ SEC_CAMPUS, 0, 0, -1, "校车安全锤缺失" },
	{ SEC_CAMPUS, 0, 0, -1, "{A}电器线路老化" },
	{ SEC_CAMPUS, 0, 0, -1, "{A}护栏高度不足" },
	/* 农业机械 */
	{ SEC_AGRICULTURE, 0, 0, -1, "拖拉机未按规定年检" },
	{ SEC_AGRICULTURE, 0, 0, -1, "变型拖拉机违规载人" },
	{ SEC_AGRICULTURE, 0, 0, -1, "{N}名农机操作人员未持证" },
	{ SEC_AGRICULTURE, 0, 0, -1, "收割机传动部位防护罩缺失" },
	/* 渔业船舶 */
	{ SEC_FISHING, 0, 0, -1, "渔船救生筏超期未检" },
	{ SEC_FISHING, 0, 0, 40, "{A}消防器材配备不足" },
	{ SEC_FISHING, 0, 0, -1, "{N}名渔船船员未持证上岗" },
	{ SEC_FISHING, 0, 0, -1, "渔船船舶自动识别系统（AIS）未开启" },
	/* 其他 */
	{ SEC_OTHER, 0, 0, 40, "{A}消防通道被占用" },
	{ SEC_OTHER, 0, 0, 40, "{A}灭火器过期" },
	{ SEC_OTHER, 0, 0, 38, "安全管理制度不健全，隐患排查记录缺失" },
	{ SEC_OTHER, 0, 0, -1, "{A}电气线路老化" },
	{ SEC_OTHER, 0, 0, -1, "{A}货物堆放超高" },
};

/* Areas and equipment a template's {A} and {E} draw from, by sector. */
static const char *const areas[NSECTORS][12] = {
	[SEC_INDUSTRY_TRADE] = { "生产车间", "抛光车间", "喷涂车间", "焊接车间", "机加工车间", "原料仓库", "成品仓库", "配电房", "空压机房", "装卸区", "粉碎车间", "包装车间" },
	[SEC_HAZCHEM] = { "储罐区", "装卸站台", "甲类仓库", "乙类仓库", "合成车间", "精馏工段", "中控室", "加油区", "卸油口", "灌装间", "危化品库房", "泵房" },
	[SEC_FIREWORKS] = { "中转库", "成品库", "零售门店", "库区", "装卸区" },
	[SEC_MINING] = { "采场", "排土场", "爆破器材库", "破碎车间", "矿区运输道路", "高位水池" },
	[SEC_CONSTRUCTION] = { "主体施工区", "基坑周边", "钢筋加工区", "塔吊作业区", "临时用电区", "生活区", "楼层临边", "电梯井口", "外脚手架", "材料堆场" },
	[SEC_SPECIAL_EQUIPMENT] = { "电梯机房", "锅炉房", "压力容器区", "叉车作业区", "气瓶间", "起重作业区" },
	[SEC_GAS] = { "门站", "储罐区", "充装间", "调压站", "瓶库", "营业站点" },
	[SEC_TRANSPORT] = { "停车场", "维修车间", "调度室", "动态监控室" },
	[SEC_FIRE] = { "营业大厅", "疏散楼梯", "消防控制室", "配电间", "仓库", "厨房", "包厢走道", "地下车库", "楼顶" },
	[SEC_SELF_BUILT] = { "一层商铺", "楼梯间", "外墙", "屋顶加层部分", "出租房" },
	[SEC_TOURISM] = { "游步道", "观景台", "索道站房", "游船码头", "玻璃栈道入口", "售票广场", "停车场", "漂流河道" },
	[SEC_WATER] = { "大坝坝顶", "溢洪道", "泄洪闸", "输水隧洞进口", "电站厂房" },
	[SEC_CAMPUS] = { "教学楼", "学生宿舍", "食堂", "实验室", "校门口", "体育馆" },
	[SEC_AGRICULTURE] = { "农机库", "机耕道", "作业现场" },
	[SEC_FISHING] = { "码头", "船舱", "渔船甲板" },
	[SEC_OTHER] = { "仓库", "办公区", "地下室", "配电房" },
};
static const char *const gas_user_areas[] = {
	"后厨", "操作间", "厨房", "燃气表间", "地下室", "阳台",
};
static const char *const equipment[NSECTORS][12] = {
	[SEC_INDUSTRY_TRADE] = { "砂轮机", "冲床", "剪板机", "卷扬机", "行车", "电动葫芦", "皮带输送机", "搅拌机", "切割机", "木工圆锯机" },
	[SEC_SPECIAL_EQUIPMENT] = { "电梯", "叉车", "锅炉", "压力容器", "桥式起重机", "储气罐", "压力管道" },
};
static const char *const roads[] = {
	"S231线", "X102线", "X108线", "X115线", "Y015线", "Y027线", "Y033线",
	"城关至白沙公路", "龙泉至马坊公路", "柳河至石桥公路",
};

/* Count the non-NULL entries of a NULL-terminated row. */
static int
row_len(const char *const *row, int max)
{
	int	n = 0;

	while (n < max && row[n] != NULL)
		n++;
	return n;
}

/* Append src to out (at *len, capacity cap), truncating safely. */
static void
append(char *out, size_t cap, size_t *len, const char *src, size_t n)
{
	if (*len + n >= cap)
		n = cap - *len - 1;
	memcpy(out + *len, src, n);
	*len += n;
	out[*len] = '\0';
}

/* Fill template t's slots into out. */
static void
render(struct rng *r, const struct tmpl *t, char *out, size_t cap)
{
	const char	*p = t->text, *q, *w;
	char		 num[32];
	size_t		 len = 0;
	int		 n;

	out[0] = '\0';
	while ((q = strchr(p, '{')) != NULL && q[1] != '\0' && q[2] == '}') {
		append(out, cap, &len, p, (size_t)(q - p));
		w = NULL;
		switch (q[1]) {
		case 'A':
			if (t->sector == SEC_GAS && t->variant == 1)
				w = gas_user_areas[rng_range(r, 0,
				    N(gas_user_areas) - 1)];
			else {
				n = row_len(areas[t->sector], 12);
				w = n > 0 ? areas[t->sector][rng_range(r, 0,
				    n - 1)] : "现场";
			}
			break;
		case 'E':
			n = row_len(equipment[t->sector], 12);
			w = n > 0 ? equipment[t->sector][rng_range(r, 0, n - 1)] :
			    "设备";
			break;
		case 'N':
			snprintf(num, sizeof num, "%d", (int)rng_range(r, 2, 6));
			w = num;
			break;
		case 'R':
			w = roads[rng_range(r, 0, N(roads) - 1)];
			break;
		case 'K':
			snprintf(num, sizeof num, "K%d+%03d",
			    (int)rng_range(r, 1, 38),
			    (int)rng_range(r, 0, 9) * 100);
			w = num;
			break;
		}
		if (w != NULL)
			append(out, cap, &len, w, strlen(w));
		p = q + 3;
	}
	append(out, cap, &len, p, strlen(p));
}

int64_t
hazard_text(struct rng *r, int s, int major, int variant, char *out,
    size_t outlen)
{
	const struct tmpl	*pick = NULL;
	int			 i, n = 0;
	/* Reservoir sampling over the matching templates: one pass, no
	 * index tables to keep in step with the list above. */
	for (i = 0; i < N(templates); i++) {
		if (templates[i].sector != s || templates[i].major != major ||
		    templates[i].variant != variant)
			continue;
		if (rng_range(r, 0, n) == 0)
			pick = &templates[i];
		n++;
	}
	if (pick == NULL && variant != 0)
		return hazard_text(r, s, major, 0, out, outlen);
	if (pick == NULL && major)
		return hazard_text(r, s, 0, variant, out, outlen);
	if (pick == NULL)
		return hazard_text(r, SEC_OTHER, major, 0, out, outlen);
	render(r, pick, out, outlen);
	return pick->crit >= 0 ? pick->crit + 1 : 0;
}

int
sector_has_major(int s)
{
	int	i;

	for (i = 0; i < N(templates); i++)
		if (templates[i].sector == s && templates[i].major)
			return 1;
	return 0;
}

/* ---------------------------------------------------------------- names */

struct syllable { const char *zh, *py; };

static const struct syllable name_first[] = {
	{ "东", "Dong" }, { "西", "Xi" }, { "南", "Nan" }, { "北", "Bei" },
	{ "安", "An" }, { "平", "Ping" }, { "永", "Yong" }, { "长", "Chang" },
	{ "白", "Bai" }, { "云", "Yun" }, { "龙", "Long" }, { "金", "Jin" },
	{ "石", "Shi" }, { "清", "Qing" }, { "华", "Hua" }, { "兴", "Xing" },
	{ "宜", "Yi" }, { "广", "Guang" }, { "德", "De" }, { "新", "Xin" },
	{ "临", "Lin" }, { "桃", "Tao" }, { "柳", "Liu" }, { "松", "Song" },
	{ "梅", "Mei" }, { "凤", "Feng" }, { "泰", "Tai" }, { "鹤", "He" },
	{ "嘉", "Jia" }, { "景", "Jing" },
};
static const struct syllable name_second[] = {
	{ "阳", "yang" }, { "川", "chuan" }, { "源", "yuan" }, { "宁", "ning" },
	{ "丰", "feng" }, { "城", "cheng" }, { "林", "lin" }, { "溪", "xi" },
	{ "水", "shui" }, { "江", "jiang" }, { "台", "tai" }, { "山", "shan" },
	{ "泉", "quan" }, { "和", "he" }, { "乐", "le" }, { "康", "kang" },
	{ "昌", "chang" }, { "武", "wu" }, { "陵", "ling" }, { "州", "zhou" },
};

/* Name number k of the first x second grid, walked with a stride that
 * is coprime to its size so that neighbouring k look unrelated. */
static void
grid_name(int k, const char *suffix_zh, const char *suffix_en, char *zh,
    size_t zhlen, char *en, size_t enlen)
{
	int	total = N(name_first) * N(name_second), i;

	i = (int)(((long)k * 37 + 11) % total);
	snprintf(zh, zhlen, "%s%s%s", name_first[i / N(name_second)].zh,
	    name_second[i % N(name_second)].zh, suffix_zh);
	snprintf(en, enlen, "%s%s %s", name_first[i / N(name_second)].py,
	    name_second[i % N(name_second)].py, suffix_en);
}

void
county_name(int index, char *zh, size_t zhlen, char *en, size_t enlen)
{
	if (index == 1) {
		snprintf(zh, zhlen, "青峰县");
		snprintf(en, enlen, "Qingfeng County");
		return;
	}
	grid_name(index, "县", "County", zh, zhlen, en, enlen);
}

void
city_name(int index, char *zh, size_t zhlen, char *en, size_t enlen)
{
	if (index == 1) {
		snprintf(zh, zhlen, "云川市");
		snprintf(en, enlen, "Yunchuan City");
		return;
	}
	/* A different walk of the grid than the counties'. */
	grid_name(7 * index + 300, "市", "City", zh, zhlen, en, enlen);
}

/* The bundled county's townships. */
static const struct { const char *zh, *en, *kind; } report_townships[] = {
	{ "城关镇", "Chengguan Town", "town" },
	{ "柳河镇", "Liuhe Town", "town" },
	{ "石桥镇", "Shiqiao Town", "town" },
	{ "白沙镇", "Baisha Town", "town" },
	{ "龙泉镇", "Longquan Town", "town" },
	{ "清水乡", "Qingshui Township", "township" },
	{ "马坊镇", "Mafang Town", "town" },
	{ "双庙乡", "Shuangmiao Township", "township" },
	{ "新集镇", "Xinji Town", "town" },
	{ "黄岗乡", "Huanggang Township", "township" },
	{ "高庄镇", "Gaozhuang Town", "town" },
	{ "青峰经济开发区", "Qingfeng Economic Development Zone", "zone" },
};

static const struct syllable town_first[] = {
	{ "东", "Dong" }, { "西", "Xi" }, { "新", "Xin" }, { "古", "Gu" },
	{ "石", "Shi" }, { "马", "Ma" }, { "龙", "Long" }, { "凤", "Feng" },
	{ "白", "Bai" }, { "黄", "Huang" }, { "青", "Qing" }, { "柳", "Liu" },
	{ "杨", "Yang" }, { "高", "Gao" }, { "大", "Da" }, { "双", "Shuang" },
	{ "三", "San" }, { "金", "Jin" }, { "桃", "Tao" }, { "花", "Hua" },
	{ "松", "Song" }, { "梅", "Mei" }, { "李", "Li" }, { "王", "Wang" },
};
static const struct syllable town_second[] = {
	{ "桥", "qiao" }, { "河", "he" }, { "庄", "zhuang" }, { "集", "ji" },
	{ "店", "dian" }, { "坊", "fang" }, { "沟", "gou" }, { "岭", "ling" },
	{ "坪", "ping" }, { "湾", "wan" }, { "口", "kou" }, { "寨", "zhai" },
	{ "营", "ying" }, { "堡", "pu" }, { "铺", "pu" }, { "关", "guan" },
	{ "泉", "quan" }, { "塘", "tang" }, { "溪", "xi" }, { "山", "shan" },
};

/* Write township i's names and kind for county c. */
static void
township_name(struct county *c, struct rng *r, int i, int n, char *zh,
    size_t zhlen, char *en, size_t enlen, const char **kind)
{
	int	a, b;

	if (c->index == 1) {
		snprintf(zh, zhlen, "%s", report_townships[i].zh);
		snprintf(en, enlen, "%s", report_townships[i].en);
		*kind = report_townships[i].kind;
		return;
	}
	if (i == 0) {
		snprintf(zh, zhlen, "城关镇");
		snprintf(en, enlen, "Chengguan Town");
		*kind = "town";
		return;
	}
	if (i == n - 1 && c->zone >= 0) {
		/* "青峰县" -> "青峰经济开发区" */
		snprintf(zh, zhlen, "%.6s经济开发区", c->name_zh);
		snprintf(en, enlen, "%.*s Economic Development Zone",
		    (int)(strchr(c->name_en, ' ') != NULL ?
		    strchr(c->name_en, ' ') - c->name_en :
		    (long)strlen(c->name_en)), c->name_en);
		*kind = "zone";
		return;
	}
	a = (int)rng_range(r, 0, N(town_first) - 1);
	b = (int)rng_range(r, 0, N(town_second) - 1);
	*kind = rng_chance(r, 0.3) ? "township" : "town";
	snprintf(zh, zhlen, "%s%s%s", town_first[a].zh, town_second[b].zh,
	    strcmp(*kind, "town") == 0 ? "镇" : "乡");
	snprintf(en, enlen, "%s%s %s", town_first[a].py, town_second[b].py,
	    strcmp(*kind, "town") == 0 ? "Town" : "Township");
}

int
township_names(struct county *c, struct rng *r, int n)
{
	struct ins	*s;
	char		 zh[64], en[96], code[32];
	const char	*kind;
	int		 i, j, tries, clash;

	if (c->index == 1)
		n = N(report_townships);
	c->zone = c->index == 1 ? n - 1 : (rng_chance(r, 0.7) ? n - 1 : -1);
	c->seat = 0;
	for (i = 0; i < n; i++) {
		for (tries = 0; ; tries++) {
			township_name(c, r, i, n, zh, sizeof zh, en, sizeof en,
			    &kind);
			clash = 0;
			for (j = 0; j < i; j++)
				if (strcmp(c->township_zh[j], zh) == 0)
					clash = 1;
			if (!clash || tries > 50)
				break;
		}
		snprintf(c->township_zh[i], sizeof c->township_zh[i], "%s", zh);
		snprintf(code, sizeof code, "99%02d%02d%03d",
		    (int)((c->index - 1) / c->g->per_city + 1) % 100,
		    (int)((c->index - 1) % c->g->per_city + 1), i + 1);
		s = st(c->g, ST_TOWNSHIP);
		b_int(s, 1, c->county_id);
		b_text(s, 2, code);
		b_text(s, 3, zh);
		b_text(s, 4, en);
		b_text(s, 5, kind);
		c->township_id[i] = db_insert(c->g, s);
	}
	c->ntownships = n;
	return n;
}

/* Brand words (字号) of company names. */
static const char *const brands[] = {
	"宏达", "鑫源", "恒泰", "永兴", "华盛", "金鼎", "瑞丰", "兴旺", "盛世",
	"天成", "鼎盛", "荣发", "恒通", "顺达", "利民", "新华", "东方", "长城",
	"富源", "嘉禾", "万通", "汇丰", "泰和", "宝丰", "德润", "安泰", "隆昌",
	"兴业", "正大", "中兴", "远航", "昌盛", "益民", "广源", "和顺", "祥瑞",
	"卓越", "锦程", "金诚", "凯达", "福瑞", "联发", "双兴", "佳美", "晨光",
	"润丰", "腾飞", "银河", "春晖", "明珠",
};
static const char *const trades[] = {
	"机械制造", "木业", "石材", "食品", "纺织", "建材", "铸造", "家具",
	"塑料制品", "五金制品", "农副产品加工", "饲料", "包装材料",
	"水泥制品", "新型墙材", "竹木制品", "服装", "电子科技", "新材料",
	"不锈钢制品",
};
static const char *const projects[] = {
	"城南安置小区", "第二中学教学楼", "人民医院门诊楼", "滨河花园二期",
	"工业园标准厂房", "农贸市场改造", "文体中心", "老旧小区改造",
	"污水处理厂扩建", "保障性住房", "商业综合体", "职业中学实训楼",
};
static const char *const crowded[] = {
	"购物广场", "大酒店", "KTV", "超市", "宾馆", "网吧", "养老院",
	"商贸城", "影城", "农贸市场", "酒楼", "洗浴中心",
};
static const char *const villages[] = {
	"东街村", "西关村", "河口村", "王庄村", "李家湾村", "新民村", "红星村",
	"前进村", "杨柳村", "石门村", "中心村", "张店村",
};
static const char *const surnames[] = {
	"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
	"胡", "朱", "高", "林", "何", "郭", "马", "罗",
};
static const char *const self_built_uses[] = {
	"民宿", "餐馆", "超市", "出租房", "小作坊", "农家乐",
};

#define PICK(a) (a)[rng_range(r, 0, N(a) - 1)]

/* FNV-1a, for the county's set of unit names. */
static uint64_t
name_hash(const char *s)
{
	uint64_t	h = 1469598103934665603ULL;

	while (*s != '\0') {
		h ^= (unsigned char)*s++;
		h *= 1099511628211ULL;
	}
	return h;
}

/* Add name to the county's set; 0 when it was already there. */
static int
name_take(struct county *c, const char *name)
{
	size_t	i, cap;
	char	**old;

	if (c->names_len * 2 >= c->names_cap) {
		old = c->names;
		cap = c->names_cap;
		c->names_cap = cap == 0 ? 1024 : cap * 2;
		c->names = calloc(c->names_cap, sizeof *c->names);
		if (c->names == NULL)
			die("out of memory");
		c->names_len = 0;
		for (i = 0; i < cap; i++)
			if (old[i] != NULL) {
				name_take(c, old[i]);
				free(old[i]);
			}
		free(old);
	}
	i = name_hash(name) & (c->names_cap - 1);
	while (c->names[i] != NULL) {
		if (strcmp(c->names[i], name) == 0)
			return 0;
		i = (i + 1) & (c->names_cap - 1);
	}
	if ((c->names[i] = strdup(name)) == NULL)
		die("out of memory");
	c->names_len++;
	return 1;
}

/* A candidate name for sector s / subkind in township t. */
static void
unit_name_try(struct county *c, struct rng *r, int s, int subkind, int t,
    int attempt, char *out, size_t len)
{
	const char	*cn = c->name_zh, *tw = c->township_zh[t];
	const char	*b = PICK(brands);

	/* Later attempts add the township to the name, as companies of
	 * the same brand in different towns do. */
	if (attempt > 8 && s != SEC_SELF_BUILT && s != SEC_CAMPUS)
		cn = tw;
	switch (s) {
	case SEC_INDUSTRY_TRADE:
		snprintf(out, len, "%s%s%s有限公司", cn, b,
		    subkind >= 0 && subkind < N(trades) ? trades[subkind] :
		    PICK(trades));
		break;
	case SEC_HAZCHEM: {
		static const char *const k[] = { "化工有限公司", "化工仓储有限公司",
		    "商贸有限公司加油站", "水务有限公司" };
		snprintf(out, len, "%s%s%s", cn, b, k[subkind & 3]);
		break;
	}
	case SEC_FIREWORKS:
		if (subkind == 0)
			snprintf(out, len, "%s%s烟花爆竹批发有限公司", cn, b);
		else
			snprintf(out, len, "%s%s烟花爆竹零售点", tw, b);
		break;
	case SEC_MINING:
		snprintf(out, len, "%s%s%s", cn, b,
		    rng_chance(r, 0.5) ? "石料厂" : "矿业有限公司");
		break;
	case SEC_CONSTRUCTION:
		snprintf(out, len, "%s建设集团有限公司%s%s项目部", b, cn,
		    PICK(projects));
		break;
	case SEC_SPECIAL_EQUIPMENT: {
		static const char *const k[] = { "热力有限公司", "电梯工程有限公司",
		    "气体有限公司", "物业服务有限公司" };
		snprintf(out, len, "%s%s%s", cn, b, PICK(k));
		break;
	}
	case SEC_GAS:
		if (subkind == 0)
			snprintf(out, len, "%s%s燃气有限公司", cn, b);
		else
			snprintf(out, len, "%s%s液化气站", cn, b);
		break;
	case SEC_TRANSPORT: {
		static const char *const k[] = { "客运有限公司", "物流有限公司",
		    "危险货物运输有限公司", "旅游客运有限公司" };
		snprintf(out, len, "%s%s%s", cn, b, k[subkind & 3]);
		break;
	}
	case SEC_FIRE:
		snprintf(out, len, "%s%s%s", tw, b, PICK(crowded));
		break;
	case SEC_SELF_BUILT:
		snprintf(out, len, "%s%s%s某经营性自建房（%s）", tw,
		    PICK(villages), PICK(surnames), PICK(self_built_uses));
		break;
	case SEC_TOURISM:
		snprintf(out, len, "%s%s旅游开发有限公司", cn, b);
		break;
	case SEC_WATER:
		snprintf(out, len, "%s%s%s", cn, b,
		    rng_chance(r, 0.5) ? "水库管理所" : "水电站");
		break;
	case SEC_CAMPUS:
		switch (rng_range(r, 0, 2)) {
		case 0:
			snprintf(out, len, "%s第%s中学", cn, (const char *[]){
			    "一", "二", "三", "四", "五", "六", "七", "八"}
			    [rng_range(r, 0, 7)]);
			break;
		case 1:
			snprintf(out, len, "%s%s小学", tw,
			    rng_chance(r, 0.5) ? "中心" : PICK(villages));
			break;
		default:
			snprintf(out, len, "%s%s幼儿园", cn, b);
			break;
		}
		break;
	case SEC_AGRICULTURE:
		snprintf(out, len, "%s%s农机专业合作社", tw, b);
		break;
	case SEC_FISHING:
		snprintf(out, len, "%s%s渔业专业合作社", tw, b);
		break;
	default:
		snprintf(out, len, "%s%s%s", cn, b,
		    rng_chance(r, 0.5) ? "仓储有限公司" : "物业管理有限公司");
		break;
	}
}

void
unit_name(struct county *c, struct rng *r, int s, int subkind,
    int township, char *out, size_t outlen)
{
	char	base[160];
	int	attempt, k;

	for (attempt = 0; attempt < 40; attempt++) {
		unit_name_try(c, r, s, subkind, township, attempt, out, outlen);
		if (name_take(c, out))
			return;
	}
	/* Still taken: number the branch, as 分公司 are. */
	snprintf(base, sizeof base, "%s", out);
	for (k = 2; ; k++) {
		snprintf(out, outlen, "%s（第%d分部）", base, k);
		if (name_take(c, out))
			return;
	}
}
