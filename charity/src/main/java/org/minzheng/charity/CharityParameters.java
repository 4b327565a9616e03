package org.minzheng.charity;

import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.ParameterType;

/**
 * The policy parameters of charitable trusts. Official values live in
 * {@code org/minzheng/charity/policy/charity.yaml}; a key the sources leave open is declared here
 * and absent from that file, so that a decision needing it is UNDETERMINED and names it.
 *
 * <p>Ranges checked when a pack loads: every period here is a number of days "within" which
 * something is done (七日内, 十五日内), so at least one day; the yearly count is "at least once"
 * (每年至少一次), so at least one. No upper bound is implied by the texts.
 */
public final class CharityParameters {

    /**
     * Days after signing within which the trustee files the trust (慈善法 Art. 45 para 1:
     * "自慈善信托文件签订之日起七日内"). A period under 民法典 Arts. 201–203: the signing day not
     * counted, the last day moved past a statutory rest day; see {@link org.minzheng.core.time.PeriodCount}.
     * The value applies as in force on the day of signing.
     */
    public static final ParameterKey<Integer> FILING_DEADLINE_DAYS = ParameterKey.of(
                    "charity-trust.filing.deadline-days",
                    ParameterType.INTEGER,
                    "days",
                    "慈善信托备案期限（自信托文件签订之日起的日数）",
                    "days after signing the trust document within which the trust is filed")
            .within(1, null);

    /** Days after a change of trustee within which the new trustee re-files (慈善法 Art. 48). */
    public static final ParameterKey<Integer> TRUSTEE_CHANGE_REFILING_DAYS = ParameterKey.of(
                    "charity-trust.trustee-change.refiling-days",
                    ParameterType.INTEGER,
                    "days",
                    "变更受托人后重新备案期限（自变更之日起的日数）",
                    "days after a change of trustee within which the new trustee re-files")
            .within(1, null);

    /** Days after another listed change within which the trustee re-files (管理办法 Art. 19). */
    public static final ParameterKey<Integer> CHANGE_REFILING_DAYS = ParameterKey.of(
                    "charity-trust.change.refiling-days",
                    ParameterType.INTEGER,
                    "days",
                    "其他备案事项变更后重新备案期限（自变更之日起的日数）",
                    "days after another listed change within which the trustee re-files")
            .within(1, null);

    /** The least number of reports to the filing department in each calendar year (慈善法 Art. 49 para 2). */
    public static final ParameterKey<Integer> ANNUAL_REPORTS_PER_YEAR = ParameterKey.of(
                    "charity-trust.annual-report.min-per-year",
                    ParameterType.INTEGER,
                    "reports/year",
                    "受托人每年向备案民政部门报告信托事务处理情况及财务状况的最少次数",
                    "least number of reports on trust affairs and finances to the filing department each year")
            .within(1, null);

    /**
     * Days after submitting a report within which it must be published. NOT FOUND in the sources
     * (only a 2025 draft sets deadlines, for departments): absent from the official pack.
     */
    public static final ParameterKey<Integer> REPORT_PUBLICATION_DAYS = ParameterKey.of(
                    "charity-trust.annual-report.publication-days",
                    ParameterType.INTEGER,
                    "days",
                    "年度报告向社会公开的期限（自报告之日起的日数）",
                    "days after submitting a report within which it is published")
            .within(1, null);

    /** Days after the terminating event within which the trustee reports the termination (Trust Law, via 慈善法 Art. 51). */
    public static final ParameterKey<Integer> TERMINATION_REPORT_DAYS = ParameterKey.of(
                    "charity-trust.termination.report-days",
                    ParameterType.INTEGER,
                    "days",
                    "慈善信托终止后报告终止事由和终止日期的期限（自终止事由发生之日起的日数）",
                    "days after the terminating event within which the termination is reported")
            .within(1, null);

    /**
     * Days after termination within which the clearing report is submitted. NOT FOUND in the
     * sources: absent from the official pack.
     */
    public static final ParameterKey<Integer> CLEARING_REPORT_DAYS = ParameterKey.of(
                    "charity-trust.termination.clearing-report-days",
                    ParameterType.INTEGER,
                    "days",
                    "慈善信托终止后提交清算报告的期限（自终止事由发生之日起的日数）",
                    "days after the terminating event within which the clearing report is submitted")
            .within(1, null);

    private CharityParameters() {}
}
