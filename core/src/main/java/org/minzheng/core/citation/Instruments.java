package org.minzheng.core.citation;

/**
 * The ids of the instruments core's pack file ({@code org/minzheng/core/policy/core.yaml}) defines
 * and several modules cite: one constant per id, so a module cites them as
 * {@code Citation.of(Instruments.CIVIL_CODE, "第一千一百二十七条")} and never repeats the id. The
 * instruments' titles, issuers, document numbers and addresses are in the pack file;
 * {@code InstrumentsTest} checks every constant names one of them.
 */
public final class Instruments {

    /** GB/T 2260 中华人民共和国行政区划代码. */
    public static final String DIVISION_CODES = "gb-t-2260";
    /** GB 11643-1999 公民身份号码. */
    public static final String RESIDENT_ID_NUMBER = "gb-11643-1999";
    /** GB 32100-2015 法人和其他组织统一社会信用代码编码规则. */
    public static final String SOCIAL_CREDIT_CODE = "gb-32100-2015";
    /** 湖州市民政局2024年工作回顾 (the bureau's report of 2024, the Huzhou pack's source article). */
    public static final String HUZHOU_REPORT_2024 = "huzhou-civil-affairs-2024-report";
    /** 特困人员认定办法 (民政部, 2021; its document number is not confirmed, see the pack file). */
    public static final String EXTREME_POVERTY_MEASURES = "mca-extreme-poverty-2021";
    /** 中华人民共和国民法典. */
    public static final String CIVIL_CODE = "npc-civil-code-2020";
    /** 最高人民法院关于贯彻执行《中华人民共和国民法通则》若干问题的意见（试行）. */
    public static final String GPCL_OPINIONS = "spc-gpcl-opinions-1988";
    /** 国务院关于职工工作时间的规定. */
    public static final String WORKING_HOURS = "state-council-working-hours-1995";
    /** 全国年节及纪念日放假办法（2013年修订）. */
    public static final String HOLIDAYS_2013 = "state-council-holidays-2013";
    /** 全国年节及纪念日放假办法（2024年修订）. */
    public static final String HOLIDAYS_2024 = "state-council-holidays-2024";
    /** 关于改革完善社会救助制度的意见 (中共中央办公厅、国务院办公厅, 2020). */
    public static final String SOCIAL_ASSISTANCE_REFORM = "gov-social-assistance-reform-2020";
    /** 关于加强低收入人口动态监测做好分层分类社会救助工作的意见 (国办发〔2023〕39号). */
    public static final String LOW_INCOME_MONITORING = "gov-low-income-monitoring-2023";

    private Instruments() {}
}
