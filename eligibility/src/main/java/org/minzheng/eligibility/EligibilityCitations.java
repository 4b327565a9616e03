package org.minzheng.eligibility;

import org.minzheng.core.citation.Citation;
import org.minzheng.core.citation.Instruments;

/**
 * The articles the eligibility rules cite. Instrument ids resolve against the eligibility pack
 * ({@code org/minzheng/eligibility/policy/national.yaml}).
 */
public final class EligibilityCitations {

    /** 社会救助暂行办法. */
    public static final String SOCIAL_ASSISTANCE = "sc-social-assistance-2014";
    /** 最低生活保障审核确认办法 (民发〔2021〕57号). */
    public static final String DIBAO_MEASURES = "mca-dibao-2021";
    /** 特困人员认定办法 (2021). */
    public static final String EXTREME_POVERTY_MEASURES = Instruments.EXTREME_POVERTY_MEASURES;
    /** 刚性支出困难家庭认定办法 (2024, in force 2025-01-01). */
    public static final String RIGID_EXPENDITURE_MEASURES = "mca-rigid-expenditure-2024";

    /** 关于进一步做好最低生活保障等社会救助兜底工作的通知 (2022). */
    public static final String SAFETY_NET_2022 = "mca-dibao-safety-net-2022";
    /** The 2022 notice 一（一）: adult unemployed severely disabled persons may apply as single-person households. */
    public static final Citation SAFETY_NET_2022_SINGLE = Citation.of(SAFETY_NET_2022, "一（一）");
    /** The 2022 notice 一（三）: the gradual exit, as a rule at most six months. */
    public static final Citation SAFETY_NET_2022_GRADUAL_EXIT = Citation.of(SAFETY_NET_2022, "一（三）");
    /** 国办发〔2023〕39号 四（一）: people with severe disabilities included 参照单人户. */
    public static final Citation MONITORING_2023_BASIC = Citation.of(Instruments.LOW_INCOME_MONITORING, "四、（一）");

    /** Art. 9 of 社会救助暂行办法: who receives dibao. */
    public static final Citation SA_ART_9 = Citation.of(SOCIAL_ASSISTANCE, "第九条");
    /** Art. 7: members of the household. */
    public static final Citation DIBAO_ART_7 = Citation.of(DIBAO_MEASURES, "第七条");
    /** Art. 8: individual application and the edge family. */
    public static final Citation DIBAO_ART_8 = Citation.of(DIBAO_MEASURES, "第八条");
    /** Art. 13: household income, exemptions and deductions. */
    public static final Citation DIBAO_ART_13 = Citation.of(DIBAO_MEASURES, "第十三条");
    /** Art. 14: household property. */
    public static final Citation DIBAO_ART_14 = Citation.of(DIBAO_MEASURES, "第十四条");
    /** Art. 23: the amount. */
    public static final Citation DIBAO_ART_23 = Citation.of(DIBAO_MEASURES, "第二十三条");
    /** Art. 31: periodic review. */
    public static final Citation DIBAO_ART_31 = Citation.of(DIBAO_MEASURES, "第三十一条");
    /** Art. 33: gradual exit. */
    public static final Citation DIBAO_ART_33 = Citation.of(DIBAO_MEASURES, "第三十三条");

    /** 刚性支出困难家庭认定办法 Art. 4: the conditions. */
    public static final Citation RIGID_ART_4 = Citation.of(RIGID_EXPENDITURE_MEASURES, "第四条");
    /** 刚性支出困难家庭认定办法 Art. 5: what counts as rigid expenditure. */
    public static final Citation RIGID_ART_5 = Citation.of(RIGID_EXPENDITURE_MEASURES, "第五条");
    /** 刚性支出困难家庭认定办法 Art. 10: validity. */
    public static final Citation RIGID_ART_10 = Citation.of(RIGID_EXPENDITURE_MEASURES, "第十条");
    /** 刚性支出困难家庭认定办法 Art. 14: in force 2025-01-01. */
    public static final Citation RIGID_ART_14 = Citation.of(RIGID_EXPENDITURE_MEASURES, "第十四条");
    /** The 2023 opinion on dynamic monitoring of low-income populations (early warning). */
    public static final Citation MONITORING_2023 =
            Citation.of(Instruments.LOW_INCOME_MONITORING, "三、（三）加强动态监测；（四）分类处置预警信息");

    // ---- special assistance: 特困, 临时救助, 孤儿 and 事实无人抚养儿童, the disability allowances ----

    /** 国务院关于全面建立临时救助制度的通知 (国发〔2014〕47号). */
    public static final String TEMPORARY_2014 = "sc-temporary-assistance-2014";
    /** 国务院办公厅关于加强孤儿保障工作的意见 (2010). */
    public static final String ORPHANS_2010 = "gov-orphans-2010";
    /** 关于进一步加强事实无人抚养儿童保障工作的意见 (民发〔2019〕62号). */
    public static final String DE_FACTO_2019 = "mca-de-facto-children-2019";
    /** 国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见 (国发〔2015〕52号). */
    public static final String DISABILITY_ALLOWANCES_2015 = "sc-disability-allowances-2015";
    /** 中华人民共和国残疾人保障法. */
    public static final String DISABILITY_LAW = "npc-disability-protection-law";
    /** Zhejiang's implementing measures of the two disability allowances (浙民福〔2021〕191号). */
    public static final String ZJ_DISABILITY_2021 = "zj-disability-allowances-2021";

    // 特困人员认定办法
    /** Art. 5: no capacity to work. */
    public static final Citation EP_ART_5 = Citation.of(EXTREME_POVERTY_MEASURES, "第五条");
    /** Art. 5(4): other cases set by the province. */
    public static final Citation EP_ART_5_4 = Citation.of(EXTREME_POVERTY_MEASURES, "第五条第（四）项");
    /** Art. 6: no livelihood (income below the dibao standard, assets within the rules). */
    public static final Citation EP_ART_6 = Citation.of(EXTREME_POVERTY_MEASURES, "第六条");
    /** Art. 7: the 特困 asset rules are set by the prefecture. */
    public static final Citation EP_ART_7 = Citation.of(EXTREME_POVERTY_MEASURES, "第七条");
    /** Art. 8: legal supporters without capacity to support. */
    public static final Citation EP_ART_8 = Citation.of(EXTREME_POVERTY_MEASURES, "第八条");
    /** Art. 9: minors who also qualify as orphans or de-facto unsupported children. */
    public static final Citation EP_ART_9 = Citation.of(EXTREME_POVERTY_MEASURES, "第九条");
    /** Art. 20: the care tier follows the self-care assessment. */
    public static final Citation EP_ART_20 = Citation.of(EXTREME_POVERTY_MEASURES, "第二十条");
    /** Arts. 21–22: the six self-care items and the three categories. */
    public static final Citation EP_ART_21_22 = Citation.of(EXTREME_POVERTY_MEASURES, "第二十一条、第二十二条");
    /** 社会救助暂行办法 Art. 19: 集中供养 or 在家分散供养, at the person's choice. */
    public static final Citation SA_ART_19 = Citation.of(SOCIAL_ASSISTANCE, "第十九条");
    /** 社会救助暂行办法 Art. 15: contents and standard of 特困 support. */
    public static final Citation SA_ART_15 = Citation.of(SOCIAL_ASSISTANCE, "第十五条");
    /** 2020 reform opinion, 二（二）5: minors covered to 18. */
    public static final Citation REFORM_ITEM_5 =
            Citation.of(Instruments.SOCIAL_ASSISTANCE_REFORM, "二（二）5 将特困救助供养覆盖的未成年人年龄从16周岁延长至18周岁");

    // 临时救助
    /** 社会救助暂行办法 Art. 47: who receives temporary assistance. */
    public static final Citation SA_ART_47 = Citation.of(SOCIAL_ASSISTANCE, "第四十七条");
    /** 社会救助暂行办法 Art. 48: approval; small amounts approved by the township. */
    public static final Citation SA_ART_48 = Citation.of(SOCIAL_ASSISTANCE, "第四十八条");
    /** 社会救助暂行办法 Art. 49: standards set locally. */
    public static final Citation SA_ART_49 = Citation.of(SOCIAL_ASSISTANCE, "第四十九条");
    /** 2020 reform opinion, 二（四）15: emergency and expenditure types, 小金额先行救助, 一事一议. */
    public static final Citation REFORM_ITEM_15 = Citation.of(Instruments.SOCIAL_ASSISTANCE_REFORM, "二（四）15");
    /** 国发〔2014〕47号: the temporary-assistance system (categories, amounts set locally). */
    public static final Citation TEMPORARY_2014_SYSTEM = Citation.of(TEMPORARY_2014, "临时救助对象、救助标准");

    // 孤儿、事实无人抚养儿童
    /** 2010 orphan opinion, 一: who is an orphan. */
    public static final Citation ORPHANS_SECTION_1 = Citation.of(ORPHANS_2010, "一、孤儿是指失去父母、查找不到生父母的未满18周岁的未成年人");
    /** 2010 orphan opinion, 二（一）: the basic living standard; institutions above scattered care. */
    public static final Citation ORPHANS_SECTION_2_1 = Citation.of(ORPHANS_2010, "二（一）建立孤儿基本生活保障制度");
    /** 2019 opinion, 一: who is a de-facto unsupported child, and the definitions. */
    public static final Citation DE_FACTO_SECTION_1 = Citation.of(DE_FACTO_2019, "一、明确保障对象");
    /** 2019 opinion, 三（一）: the allowance, linked to the orphan standard; top-up over other benefits. */
    public static final Citation DE_FACTO_SECTION_3_1 = Citation.of(DE_FACTO_2019, "三（一）强化基本生活保障");
    /** 2019 opinion, 三（一）, last sentence: full recipients do not receive the disability living allowance. */
    public static final Citation DE_FACTO_NO_LIVING_ALLOWANCE =
            Citation.of(DE_FACTO_2019, "三（一）已全额领取事实无人抚养儿童补贴的残疾儿童不享受困难残疾人生活补贴");

    // 残疾人两项补贴
    /** 残疾人保障法 Art. 48: assistance to disabled people in hardship; care allowance. */
    public static final Citation DISABILITY_LAW_ART_48 = Citation.of(DISABILITY_LAW, "第四十八条");
    /** 国发〔2015〕52号: the living allowance, for disabled people in dibao households. */
    public static final Citation DA_LIVING = Citation.of(DISABILITY_ALLOWANCES_2015, "补贴对象（困难残疾人生活补贴：低保家庭中的残疾人）");
    /** 国发〔2015〕52号: the care allowance, for certificate grades 1 and 2. */
    public static final Citation DA_CARE = Citation.of(DISABILITY_ALLOWANCES_2015, "补贴对象（重度残疾人护理补贴：残疾等级一级、二级）");
    /** 国发〔2015〕52号: localities may extend either allowance. */
    public static final Citation DA_EXTENSION = Citation.of(DISABILITY_ALLOWANCES_2015, "补贴对象（有条件的地方扩大范围）");
    /** 2020 reform opinion, 二（三）13: extending the living allowance to low-income families. */
    public static final Citation REFORM_ITEM_13 =
            Citation.of(Instruments.SOCIAL_ASSISTANCE_REFORM, "二（三）13 鼓励有条件的地方将困难残疾人生活补贴延伸至低收入家庭");
    /** 2023 opinion, 四（五）: extending the living allowance to edge-family members. */
    public static final Citation LOW_INCOME_2023_4_5 =
            Citation.of(Instruments.LOW_INCOME_MONITORING, "四（五）将困难残疾人生活补贴……延伸至最低生活保障边缘家庭成员等");
    /** 浙民福〔2021〕191号: the living allowance is 30 % of the local dibao standard. */
    public static final Citation ZJ_LIVING_RATIO = Citation.of(ZJ_DISABILITY_2021, "困难残疾人生活补贴标准（当地低保标准的30%）");
    /** 浙民福〔2021〕191号: the care allowance is tiered by self-care ability, set by city or county. */
    public static final Citation ZJ_CARE_TIERS = Citation.of(ZJ_DISABILITY_2021, "重度残疾人护理补贴标准（按生活自理能力分档，市、县确定）");

    private EligibilityCitations() {}
}
