package org.minzheng.funeral.afterdeath;

import java.time.LocalDate;
import java.util.Locale;
import org.minzheng.core.citation.Citation;
import org.minzheng.funeral.FuneralCitations;

/**
 * A task a death triggers (身后一件事), with the department that handles it and the text it
 * rests on. Due dates are not here: they are policy data
 * ({@code after-death.<task>.due-months}) or, for the hukou, a rule of 户口登记条例 Art. 8.
 */
public enum AfterDeathTask {
    /** 申报死亡登记、注销户口: register the death and cancel the hukou (户口登记条例 Art. 8). */
    HUKOU_CANCELLATION(Department.PUBLIC_SECURITY, null, FuneralCitations.HUKOU_ART_8),
    /**
     * 低保家庭状况核查及低保金增发、减发、停发: review the dibao household and adjust or stop the
     * payment, within 3 months of the death (2022 safety-net notice).
     */
    DIBAO_HOUSEHOLD_REVIEW(Department.CIVIL_AFFAIRS, Benefit.DIBAO, FuneralCitations.SAFETY_NET_DIBAO_DEATH),
    /** 终止特困人员救助供养 (特困人员认定办法 Art. 24(1): "及时", no period stated). */
    EXTREME_POVERTY_TERMINATION(
            Department.CIVIL_AFFAIRS, Benefit.EXTREME_POVERTY_SUPPORT, FuneralCitations.EXTREME_POVERTY_ART_24),
    /** 停发困难残疾人生活补贴. */
    DISABILITY_LIVING_ALLOWANCE_STOP(
            Department.CIVIL_AFFAIRS, Benefit.DISABILITY_LIVING_ALLOWANCE, FuneralCitations.ONE_THING_AFTER_DEATH),
    /** 停发重度残疾人护理补贴. */
    SEVERE_DISABILITY_CARE_ALLOWANCE_STOP(
            Department.CIVIL_AFFAIRS, Benefit.SEVERE_DISABILITY_CARE_ALLOWANCE, FuneralCitations.ONE_THING_AFTER_DEATH),
    /** 停发高龄津贴. */
    OLD_AGE_ALLOWANCE_STOP(Department.CIVIL_AFFAIRS, Benefit.OLD_AGE_ALLOWANCE, FuneralCitations.ONE_THING_AFTER_DEATH),
    /**
     * 养老保险待遇结算: the personal account balance is inherited (社会保险法 Art. 14); the
     * survivors may claim the funeral grant and survivor pension (Art. 17).
     */
    PENSION_SETTLEMENT(Department.HUMAN_RESOURCES_AND_SOCIAL_SECURITY, null, FuneralCitations.SOCIAL_INSURANCE_ART_17),
    /** 医疗保险停保及个人账户结算. */
    MEDICAL_INSURANCE_SETTLEMENT(Department.HEALTHCARE_SECURITY, null, FuneralCitations.ONE_THING_AFTER_DEATH),
    /** 住房公积金提取: heirs and legatees may withdraw the balance (住房公积金管理条例 Art. 24). */
    PROVIDENT_FUND_WITHDRAWAL(Department.HOUSING_PROVIDENT_FUND_CENTRE, null, FuneralCitations.PROVIDENT_FUND_ART_24),
    /** 注销机动车驾驶证. */
    DRIVING_LICENCE_CANCELLATION(Department.TRAFFIC_POLICE, null, FuneralCitations.ONE_THING_AFTER_DEATH);

    private final Department department;
    private final Benefit benefit;
    private final Citation citation;

    AfterDeathTask(Department department, Benefit benefit, Citation citation) {
        this.department = department;
        this.benefit = benefit;
        this.citation = citation;
    }

    /** @return the department that handles the task */
    public Department department() {
        return department;
    }

    /** @return the regular payment the task stops or adjusts, null for tasks that stop none */
    public Benefit benefit() {
        return benefit;
    }

    /** @return the text the task rests on */
    public Citation citation() {
        return citation;
    }

    /**
     * @param date the decision date, not null
     * @return the task's own text, where the task's text is the after-death item of the "one
     *         matter" reform the instrument in force on the date ({@link FuneralCitations#oneThingOn})
     */
    public Citation citationOn(LocalDate date) {
        return citation.equals(FuneralCitations.ONE_THING_AFTER_DEATH) ? FuneralCitations.oneThingOn(date) : citation;
    }

    /** @return the lower-case hyphenated form used in parameter keys, such as {@code hukou-cancellation} */
    public String keyName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param benefit a benefit, not null
     * @return the task that stops or adjusts it
     */
    public static AfterDeathTask stopping(Benefit benefit) {
        for (AfterDeathTask t : values()) {
            if (t.benefit == benefit) {
                return t;
            }
        }
        throw new IllegalArgumentException("no task stops " + benefit);
    }
}
