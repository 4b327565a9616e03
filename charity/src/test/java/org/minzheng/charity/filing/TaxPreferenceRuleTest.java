package org.minzheng.charity.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.minzheng.charity.trust.Confidence;
import org.minzheng.core.decision.Verdict;
import org.quicktheories.generators.Generate;

class TaxPreferenceRuleTest {

    @Test
    void art45_para2_onlyFiledTrusts_andNeverLateOnes() {
        assertThat(TaxPreferenceRule.standing(false, true, Verdict.MET)).isEqualTo(TaxStanding.EXCLUDED_NOT_FILED);
        assertThat(TaxPreferenceRule.confidence(TaxStanding.EXCLUDED_NOT_FILED)).isEqualTo(Confidence.HIGH);
        assertThat(TaxPreferenceRule.standing(true, false, Verdict.MET)).isEqualTo(TaxStanding.EXCLUDED_LATE_FILING);
        assertThat(TaxPreferenceRule.confidence(TaxStanding.EXCLUDED_LATE_FILING))
                .isEqualTo(Confidence.MEDIUM);
        assertThat(TaxPreferenceRule.standing(true, true, Verdict.NOT_MET))
                .isEqualTo(TaxStanding.REVIEW_FILING_AUTHORITY);
        assertThat(TaxPreferenceRule.confidence(TaxStanding.REVIEW_FILING_AUTHORITY))
                .isEqualTo(Confidence.LOW);
        assertThat(TaxPreferenceRule.standing(true, true, Verdict.MET)).isEqualTo(TaxStanding.NOT_EXCLUDED);
        assertThat(TaxPreferenceRule.standing(true, null, Verdict.MET)).isEqualTo(TaxStanding.UNDETERMINED);
    }

    @Test
    void aLateOrMissingFiling_isNeverNotExcluded_whateverTheDepartment() {
        qt().forAll(Generate.booleans(), Generate.enumValues(Verdict.class))
                .checkAssert((filed, authority) -> assertThat(
                                TaxPreferenceRule.standing(filed, filed ? false : null, authority))
                        .isNotEqualTo(TaxStanding.NOT_EXCLUDED));
    }
}
