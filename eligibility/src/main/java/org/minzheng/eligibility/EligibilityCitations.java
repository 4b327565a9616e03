package org.minzheng.eligibility;

import org.minzheng.core.citation.Citation;

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
    public static final String EXTREME_POVERTY_MEASURES = "mca-extreme-poverty-2021";
    /** 刚性支出困难家庭认定办法 (2024, in force 2025-01-01). */
    public static final String RIGID_EXPENDITURE_MEASURES = "mca-rigid-expenditure-2024";

    /** 关于进一步做好最低生活保障等社会救助兜底工作的通知 (2022). */
    public static final String SAFETY_NET_2022 = "mca-dibao-safety-net-2022";
    /** The 2022 notice 一（一）: adult unemployed severely disabled persons may apply as single-person households. */
    public static final Citation SAFETY_NET_2022_SINGLE = Citation.of(SAFETY_NET_2022, "一（一）");
    /** The 2022 notice 一（三）: the gradual exit, as a rule at most six months. */
    public static final Citation SAFETY_NET_2022_GRADUAL_EXIT = Citation.of(SAFETY_NET_2022, "一（三）");
    /** 国办发〔2023〕39号 四（一）: people with severe disabilities included 参照单人户. */
    public static final Citation MONITORING_2023_BASIC = Citation.of("gov-low-income-monitoring-2023", "四、（一）");

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
    public static final Citation MONITORING_2023 = Citation.of("gov-low-income-monitoring-2023", "三、（三）加强动态监测；（四）分类处置预警信息");

    private EligibilityCitations() {
    }
}
