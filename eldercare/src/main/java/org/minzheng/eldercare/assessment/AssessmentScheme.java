package org.minzheng.eldercare.assessment;

import org.minzheng.core.policy.ParameterKey;
import org.minzheng.eldercare.EldercareCitations;
import org.minzheng.eldercare.EldercareParameters;

/**
 * The standard an assessment was made under: GB/T 42195-2022 (levels 0–4) or the superseded
 * MZ/T 039-2013 (levels 0–3), kept for old records.
 */
public enum AssessmentScheme {
    /** GB/T 42195-2022 《老年人能力评估规范》, national standard, in force 2022-12-30. */
    GB_T_42195_2022(EldercareCitations.GBT_42195_2022, 4, 1, EldercareParameters.REASSESSMENT_MONTHS_GBT_42195),
    /**
     * MZ/T 039-2013 《老年人能力评估》, superseded industry standard. Two assessors are required
     * (REFERENCE.md §6.2, medium).
     */
    MZ_T_039_2013(EldercareCitations.MZT_039_2013, 3, 2, EldercareParameters.REASSESSMENT_MONTHS_MZT_039);

    private final String instrument;
    private final int topLevel;
    private final int minAssessors;
    private final ParameterKey<Integer> reassessmentKey;

    AssessmentScheme(String instrument, int topLevel, int minAssessors, ParameterKey<Integer> reassessmentKey) {
        this.instrument = instrument;
        this.topLevel = topLevel;
        this.minAssessors = minAssessors;
        this.reassessmentKey = reassessmentKey;
    }

    /** @return the instrument id of the standard */
    public String instrument() {
        return instrument;
    }

    /** @return the number of the worst level of the scheme's scale */
    public int topLevel() {
        return topLevel;
    }

    /** @return the least number of assessors the scheme requires as far as the sources say */
    public int minAssessors() {
        return minAssessors;
    }

    /** @return the parameter holding the routine re-assessment interval of results under this scheme */
    public ParameterKey<Integer> reassessmentKey() {
        return reassessmentKey;
    }
}
