package org.minzheng.charity.filing;

import org.minzheng.charity.trust.Confidence;
import org.minzheng.core.decision.Verdict;

/**
 * 慈善法 Art. 45 para 2 as a pure function: a trust not filed as para 1 requires does not enjoy
 * tax preferences. Used by {@link TrustFilingProgram}; public so that integrators apply the same
 * reading to their own records.
 *
 * <ul>
 *   <li>not filed → {@link TaxStanding#EXCLUDED_NOT_FILED} (HIGH: the text says so);</li>
 *   <li>deadline not configured → {@link TaxStanding#UNDETERMINED};</li>
 *   <li>filed late → {@link TaxStanding#EXCLUDED_LATE_FILING} (MEDIUM: a late filing is not one
 *       "按照前款规定", but the text does not name late filing; REFERENCE.md §7 reads it so);</li>
 *   <li>on time, department wrong or not derivable → {@link TaxStanding#REVIEW_FILING_AUTHORITY}
 *       (LOW: the law asks for a department "at county level or above where the trustee is
 *       located"; the 管理办法 narrows it, and whether a filing elsewhere counts is not settled);</li>
 *   <li>on time, department right → {@link TaxStanding#NOT_EXCLUDED} (HIGH).</li>
 * </ul>
 * A late filing is never {@link TaxStanding#NOT_EXCLUDED}, whatever the department. Whether the
 * documents are complete is a separate rule of the filing check: Art. 45 names the filing of "the
 * relevant documents" and its time and place, and a filing the department accepted is a filing.
 */
public final class TaxPreferenceRule {

    private TaxPreferenceRule() {}

    /**
     * @param filed     true if the trust was filed
     * @param onTime    true if filed within the deadline, null if the deadline is not configured
     * @param authority the verdict on the filing department (MET, NOT_MET, NEEDS_REVIEW, NOT_APPLICABLE)
     * @return the standing
     */
    public static TaxStanding standing(boolean filed, Boolean onTime, Verdict authority) {
        if (!filed) {
            return TaxStanding.EXCLUDED_NOT_FILED;
        }
        if (onTime == null) {
            return TaxStanding.UNDETERMINED;
        }
        if (!onTime) {
            return TaxStanding.EXCLUDED_LATE_FILING;
        }
        if (authority == Verdict.NOT_MET || authority == Verdict.NEEDS_REVIEW) {
            return TaxStanding.REVIEW_FILING_AUTHORITY;
        }
        return TaxStanding.NOT_EXCLUDED;
    }

    /**
     * @param standing a standing
     * @return how firmly the sources support it
     */
    public static Confidence confidence(TaxStanding standing) {
        return switch (standing) {
            case NOT_EXCLUDED, EXCLUDED_NOT_FILED, UNDETERMINED -> Confidence.HIGH;
            case EXCLUDED_LATE_FILING -> Confidence.MEDIUM;
            case REVIEW_FILING_AUTHORITY -> Confidence.LOW;
        };
    }
}
