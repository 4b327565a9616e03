package org.minzheng.eligibility.special;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.eligibility.special.SpecialBooks.DATE;
import static org.minzheng.eligibility.special.SpecialBooks.HUZHOU;
import static org.minzheng.eligibility.special.SpecialBooks.OFFICIAL;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.ParameterValue;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.policy.Provenance;
import org.minzheng.eligibility.EligibilityParameters;

/** The shipped special-assistance data: what Huzhou has, how it is graded, and what is absent. */
class SpecialAssistancePolicyDataTest {

    static final PolicySnapshot HUZHOU_2024 = OFFICIAL.snapshot(HUZHOU, DATE);

    @Test
    void huzhou2024_seedFigures_areOfficial_withInexactStartDates() {
        assertValue(EligibilityParameters.EP_BASIC_STANDARD, "1950.00");
        assertValue(EligibilityParameters.CA_ORPHAN_INSTITUTIONAL, "2730.00");
        assertValue(EligibilityParameters.CA_ORPHAN_SCATTERED, "2184.00");
        assertValue(EligibilityParameters.DL_PUBLISHED, "344.00");
    }

    private static void assertValue(ParameterKey<Money> key, String expected) {
        ParameterValue<Money> v = HUZHOU_2024.find(key);
        assertThat(v.value()).isEqualTo(Money.parse(expected));
        assertThat(v.grade()).isEqualTo(Provenance.OFFICIAL);
        assertThat(v.sinceExact()).isFalse();
        assertThat(v.region()).isEqualTo(HUZHOU);
        assertThat(v.citation().instrument()).isEqualTo("huzhou-civil-affairs-2024-report");
    }

    @Test
    void valuesTheSourcesLeaveOpen_areAbsentForHuzhou() {
        List<ParameterKey<?>> absent = List.of(EligibilityParameters.EP_CARE_FULL, EligibilityParameters.EP_CARE_PARTIAL,
                EligibilityParameters.EP_CARE_NONE, EligibilityParameters.EP_ASSET_FINANCIAL_LIMIT,
                EligibilityParameters.EP_ASSET_CAR_ALLOWED, EligibilityParameters.EP_ASSET_MAX_HOMES,
                EligibilityParameters.EP_STUDENT_CONTINUATION,
                EligibilityParameters.EP_SUPPORTER_ASSET_FINANCIAL_LIMIT, EligibilityParameters.TA_MIN_MONTHS,
                EligibilityParameters.TA_MAX_MONTHS, EligibilityParameters.TA_SMALL_AMOUNT,
                EligibilityParameters.TA_NON_DIBAO_COVERED, EligibilityParameters.CA_DE_FACTO_STANDARD,
                EligibilityParameters.DL_COVERS_EDGE, EligibilityParameters.DL_COVERS_EXTREME_POVERTY,
                EligibilityParameters.DL_COVERS_RIGID, EligibilityParameters.DL_EXCLUDES_ORPHANS,
                EligibilityParameters.DC_COVERS_MENTAL, EligibilityParameters.DC_FULL,
                EligibilityParameters.DC_PARTIAL, EligibilityParameters.DC_NONE);
        for (ParameterKey<?> k : absent) {
            assertThat(HUZHOU_2024.find(k)).as(k.name()).isNull();
        }
    }

    @Test
    void nationalRules_areOfficial_theSupporterSevereGradeIsDerived_andNoRoundingShips() {
        assertThat(HUZHOU_2024.find(EligibilityParameters.EP_ELDERLY_AGE).value()).isEqualTo(60);
        assertThat(HUZHOU_2024.find(EligibilityParameters.EP_MINOR_AGE).value()).isEqualTo(16);
        assertThat(HUZHOU_2024.find(EligibilityParameters.EP_MINOR_COVERAGE_AGE).value()).isEqualTo(18);
        assertThat(HUZHOU_2024.find(EligibilityParameters.CA_MIN_MONTHS).value()).isEqualTo(6);
        assertThat(HUZHOU_2024.find(EligibilityParameters.DC_MAX_GRADE).value()).isEqualTo(2);
        // item 11: 1145 × 0.30 = 343.50 → 344 under both CEILING and HALF_UP: the data cannot choose, nothing ships
        assertThat(HUZHOU_2024.find(EligibilityParameters.DL_ROUNDING)).isNull();
        // item 11: 特困人员认定办法 第八条第（四）项 says 重度残疾人 without defining it; grades 1–2 come from the
        // dibao 办法 第八条第（一）项 "一级、二级重度残疾人": DERIVED, citing that definition
        ParameterValue<Integer> severe = HUZHOU_2024.find(EligibilityParameters.EP_SUPPORTER_SEVERE_GRADE);
        assertThat(severe.value()).isEqualTo(2);
        assertThat(severe.grade()).isEqualTo(Provenance.DERIVED);
        assertThat(severe.citation().instrument()).isEqualTo("mca-dibao-2021");
        assertThat(severe.citation().article()).contains("一级、二级重度残疾人");
        for (ParameterKey<?> k : new org.minzheng.eligibility.EligibilityPolicyData().keys()) {
            ParameterValue<?> v = HUZHOU_2024.find(k);
            if (v != null) {
                assertThat(v.grade()).as(k.name()).isNotEqualTo(Provenance.ILLUSTRATIVE);
            }
        }
    }

    @Test
    void beforeThe2021Measures_theExtremePovertyRulesAreNotInForce() {
        assertThat(OFFICIAL.snapshot(HUZHOU, java.time.LocalDate.of(2021, 6, 30))
                .find(EligibilityParameters.EP_ELDERLY_AGE)).isNull();
    }
}
