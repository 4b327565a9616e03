package org.minzheng.charity.filing;

/**
 * A trust's standing for tax preferences as far as the filing decides it. 慈善法 Art. 45 para 2:
 * a trust whose documents were not filed as para 1 requires (within seven days of signing, with
 * the civil-affairs department at county level or above where the trustee is located) does not
 * enjoy tax preferences; Art. 88: settlors of charitable trusts enjoy tax preferences "according
 * to law". The specific tax rules for charitable trusts were NOT FOUND (REFERENCE.md §7), so
 * {@link #NOT_EXCLUDED} says only that the filing does not exclude them.
 */
public enum TaxStanding {

    /** Filed on time with the competent department: Art. 45 para 2 does not exclude tax preferences. */
    NOT_EXCLUDED,

    /** Not filed: no tax preferences (Art. 45 para 2; confidence high). */
    EXCLUDED_NOT_FILED,

    /**
     * Filed after the deadline: not filed "as the previous paragraph requires", so no tax preferences
     * (Art. 45 para 2 read with para 1; confidence medium: the text does not name late filing).
     */
    EXCLUDED_LATE_FILING,

    /**
     * Filed on time but not with the department the 管理办法 designates (or it cannot be derived):
     * whether that filing satisfies Art. 45 para 1 is for a person to judge (confidence low).
     */
    REVIEW_FILING_AUTHORITY,

    /** The deadline is not configured for the date: nothing can be said. */
    UNDETERMINED
}
