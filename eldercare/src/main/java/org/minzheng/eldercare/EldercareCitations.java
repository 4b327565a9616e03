package org.minzheng.eldercare;

import org.minzheng.core.citation.Citation;

/**
 * The instruments and passages the eldercare rules cite. The ids declared here are the
 * instruments the eldercare pack ({@code org/minzheng/eldercare/policy/national.yaml}) defines;
 * instruments of core's pack are cited through {@link Instruments}.
 */
public final class EldercareCitations {

    /** GB/T 42195-2022 《老年人能力评估规范》. */
    public static final String GBT_42195_2022 = "gb-t-42195-2022";
    /** MZ/T 039-2013 《老年人能力评估》 (superseded). */
    public static final String MZT_039_2013 = "mz-t-039-2013";
    /** 中华人民共和国老年人权益保障法. */
    public static final String ELDERLY_RIGHTS_LAW = "law-elderly-rights-protection";
    /** 积极发展老年助餐服务行动方案 (民发〔2023〕58号). */
    public static final String MEAL_ACTION_PLAN_2023 = "mca-elderly-meal-action-plan-2023";
    /** 国务院办公厅关于推进养老服务发展的意见 (国办发〔2019〕5号). */
    public static final String ELDERLY_SERVICES_OPINION_2019 = "gov-elderly-services-2019";

    /** Appendix B: the 26 items, their score ranges and the four domains. */
    public static final Citation ABILITY_ITEMS = Citation.of(GBT_42195_2022, "附录B 表B.1–B.4（26项二级指标）");
    /** C.1–C.2: domain subtotals and the total score. */
    public static final Citation ABILITY_TOTAL = Citation.of(GBT_42195_2022, "附录C C.1、C.2");
    /** C.3: the initial level by total score. */
    public static final Citation ABILITY_INITIAL_LEVEL = Citation.of(GBT_42195_2022, "附录C C.3 老年人能力初步等级");
    /** C.4, first clause: a person in a coma is rated 能力完全丧失 directly. */
    public static final Citation ABILITY_COMA = Citation.of(GBT_42195_2022, "附录C C.4 处于昏迷状态者，直接评定为能力完全丧失（完全失能）");
    /** B.3.9 note as transcribed in one source: a person in a coma is rated 重度失能 (the alternative reading). */
    public static final Citation ABILITY_COMA_NOTE = Citation.of(GBT_42195_2022, "附录B B.3.9 意识水平 注（部分转录本：昏迷者评定为重度失能）");
    /** C.4, second clause: dementia F00–F03 or another mental disorder F04–F99 → one level up. */
    public static final Citation ABILITY_MENTAL_DISORDER =
            Citation.of(GBT_42195_2022, "附录C C.4 确诊为痴呆（F00～F03）、精神科专科医生诊断的其他精神和行为障碍疾病（F04～F99），在原有能力级别上提高一个级别");
    /** C.4, third clause: two or more care-risk events in the last 30 days → one level up. */
    public static final Citation ABILITY_RISK_EVENTS =
            Citation.of(GBT_42195_2022, "附录C C.4 近30天内发生过2次及以上照护风险事件（如跌倒、噎食、自杀、自伤、走失等），在原有能力级别上提高一个等级");
    /** C.5: the final level combines C.3 and C.4 (how two raises combine is not stated). */
    public static final Citation ABILITY_FINAL_LEVEL =
            Citation.of(GBT_42195_2022, "附录C C.5 综合C.3老年人能力初步等级和C.4能力等级变更依据的结果，判定老年人能力最终等级");

    /** MZ/T 039-2013: the overall level from the four domain grades (decision card). */
    public static final Citation MZT_039_LEVEL =
            Citation.of(MZT_039_2013, "老年人能力等级划分（转述：能力完好＝日常生活活动、精神状态、感知觉与沟通分级均为0，社会参与分级为0或1）");
    /** MZ/T 039-2013: the level-change clauses. */
    public static final Citation MZT_039_CHANGES =
            Citation.of(MZT_039_2013, "等级变更条款（转述：有痴呆或精神疾病者提高一级；30天内2次及以上跌倒、噎食、自杀、走失者提高一级；昏迷评定为重度失能；初步等级已为重度失能的不再提高）");
    /** MZ/T 039-2013: re-assessment every six months. */
    public static final Citation MZT_039_REASSESSMENT = Citation.of(MZT_039_2013, "评估实施（转述）：每6个月评估一次；身心状况发生变化时即时评估");

    /** 老年人权益保障法 Art. 2: an older person is a citizen aged sixty or over. */
    public static final Citation ELDERLY_LAW_ART_2 = Citation.of(ELDERLY_RIGHTS_LAW, "第二条");
    /** 老年人权益保障法 Art. 37: home services and service subsidies for older people in difficulty. */
    public static final Citation ELDERLY_LAW_ART_37 = Citation.of(ELDERLY_RIGHTS_LAW, "第三十七条");
    /**
     * 老年人权益保障法 Art. 37 para. 1: local governments develop home services (生活照料、医疗护理 …)
     * for older people living at home — the national basis of services brought into the home,
     * whose conditions and package the locality sets.
     */
    public static final Citation ELDERLY_LAW_ART_37_HOME_SERVICES = Citation.of(
            ELDERLY_RIGHTS_LAW, "第三十七条第一款 地方各级人民政府和有关部门应当采取措施，发展城乡社区养老服务……为居家的老年人提供生活照料、紧急救援、医疗护理、精神慰藉、心理咨询等多种形式的服务");
    /**
     * 老年人权益保障法 Art. 37 para. 2: local governments give older people in economic difficulty
     * eldercare service subsidies, step by step — the amount is the locality's.
     */
    public static final Citation ELDERLY_LAW_ART_37_SUBSIDY =
            Citation.of(ELDERLY_RIGHTS_LAW, "第三十七条第二款 对经济困难的老年人，地方各级人民政府应当逐步给予养老服务补贴");

    /** 老年人权益保障法 Art. 37 para. 1, quoted from the law. */
    public static final String ELDERLY_LAW_ART_37_HOME_SERVICES_TEXT =
            "地方各级人民政府和有关部门应当采取措施，发展城乡社区养老服务，" + "鼓励、扶持专业服务机构及其他组织和个人，为居家的老年人提供生活照料、紧急救援、医疗护理、精神慰藉、心理咨询等多种形式的服务。";
    /** 老年人权益保障法 Art. 37 para. 2, quoted from the law. */
    public static final String ELDERLY_LAW_ART_37_SUBSIDY_TEXT = "对经济困难的老年人，地方各级人民政府应当逐步给予养老服务补贴。";

    /** 民发〔2023〕58号: the priority groups of meal assistance (特殊困难老年人). */
    public static final Citation MEAL_PRIORITY_GROUPS =
            Citation.of(MEAL_ACTION_PLAN_2023, "重点保障对象（特殊困难老年人，转述）：特困、低保、低保边缘家庭中的老年人，以及独居、空巢、留守、失能、残疾、高龄、计划生育特殊家庭老年人");
    /** 国办发〔2019〕5号: the target group of home adaptation. */
    public static final Citation HOME_ADAPTATION_TARGET =
            Citation.of(ELDERLY_SERVICES_OPINION_2019, "特殊困难老年人家庭适老化改造的对象（转述）：纳入分散供养特困人员范围或建档立卡贫困人口范围的高龄、失能、残疾老年人家庭");

    private EldercareCitations() {}
}
