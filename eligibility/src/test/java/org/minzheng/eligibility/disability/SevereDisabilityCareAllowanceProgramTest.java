package org.minzheng.eligibility.disability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.eligibility.special.SpecialBooks.fixture;
import static org.minzheng.eligibility.special.SpecialBooks.huzhou;

import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Finding;
import org.minzheng.core.decision.MissingParameter;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.eligibility.household.Disability;
import org.minzheng.eligibility.household.DisabilityCategory;
import org.minzheng.core.person.SelfCareAssessment;
import org.minzheng.core.person.SelfCareCategory;
import org.minzheng.core.person.SelfCareItem;
import org.minzheng.eligibility.special.SpecialBooks;

class SevereDisabilityCareAllowanceProgramTest {

    static final SevereDisabilityCareAllowanceProgram PROGRAM = new SevereDisabilityCareAllowanceProgram();
    static final SelfCareAssessment DEPENDENT = SelfCareAssessment.failing(SelfCareItem.BATHING, SelfCareItem.DRESSING,
            SelfCareItem.TOILETING, SelfCareItem.GETTING_IN_OUT_OF_BED);

    static SevereDisabilityCareAllowanceFacts facts(DisabilityCategory c, int grade, SelfCareAssessment s) {
        return ImmutableSevereDisabilityCareAllowanceFacts.builder().disability(new Disability(c, grade, true)).selfCare(s).build();
    }

    static Verdict severity(Decision<?> d) {
        return d.finding(SevereDisabilityCareAllowanceProgram.SEVERITY).map(Finding::verdict).orElse(null);
    }

    @Test
    void huzhou2024_grade1_isUndetermined_namingTheKeyOfItsTier() {
        Decision<SevereDisabilityCareAllowanceResult> d = PROGRAM.decide(facts(DisabilityCategory.PHYSICAL, 1, DEPENDENT), huzhou());
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.result().orElseThrow().selfCareCategory()).isEqualTo(SelfCareCategory.NONE);
        assertThat(d.missingParameters()).extracting(MissingParameter::key)
                .containsExactly("disability.care-allowance.self-care-none");
        assertThat(SpecialBooks.explainBoth(PROGRAM, d)).doesNotContain("{");
    }

    @Test
    void grades1and2_qualify_grade3_onlyForMentalDisabilityWhereExtended() {
        assertThat(severity(PROGRAM.decide(facts(DisabilityCategory.VISUAL, 2, DEPENDENT), huzhou()))).isEqualTo(Verdict.MET);
        assertThat(PROGRAM.decide(facts(DisabilityCategory.PHYSICAL, 3, DEPENDENT), huzhou()).outcome())
                .isEqualTo(Outcome.INELIGIBLE);
        Decision<SevereDisabilityCareAllowanceResult> mental = PROGRAM.decide(facts(DisabilityCategory.PSYCHIATRIC, 3,
                DEPENDENT), huzhou());
        assertThat(severity(mental)).isEqualTo(Verdict.UNDETERMINED);
        assertThat(mental.missingParameters()).extracting(MissingParameter::key)
                .contains("disability.care-allowance.covers-non-severe-intellectual-psychiatric");
        Decision<SevereDisabilityCareAllowanceResult> extended = PROGRAM.decide(facts(DisabilityCategory.PSYCHIATRIC, 3,
                DEPENDENT), fixture());
        assertThat(extended.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(extended.result().orElseThrow().extension()).isTrue();
        assertThat(extended.result().orElseThrow().monthlyAmount()).isEqualTo(Money.parse("300.00"));
    }

    @Test
    void fixture_tiersFollowSelfCare() {
        assertThat(PROGRAM.decide(facts(DisabilityCategory.PHYSICAL, 1, SelfCareAssessment.failing(SelfCareItem.BATHING)),
                fixture()).result().orElseThrow().monthlyAmount()).isEqualTo(Money.parse("200.00"));
        assertThat(PROGRAM.decide(facts(DisabilityCategory.PHYSICAL, 1, SelfCareAssessment.failing()),
                fixture()).result().orElseThrow().monthlyAmount()).isEqualTo(Money.parse("100.00"));
    }

    @Test
    void noCertificate_isIneligible_withoutReadingTheTiers() {
        Decision<SevereDisabilityCareAllowanceResult> d = PROGRAM.decide(ImmutableSevereDisabilityCareAllowanceFacts.builder()
                .selfCare(DEPENDENT).build(), huzhou());
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(d.missingParameters()).isEmpty();
    }
}
