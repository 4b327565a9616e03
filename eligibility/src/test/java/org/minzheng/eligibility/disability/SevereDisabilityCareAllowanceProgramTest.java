package org.minzheng.eligibility.disability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.eligibility.special.SpecialBooks.DATE;
import static org.minzheng.eligibility.special.SpecialBooks.fixture;
import static org.minzheng.eligibility.special.SpecialBooks.huzhou;

import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Finding;
import org.minzheng.core.decision.MissingParameter;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.person.SelfCareAssessment;
import org.minzheng.core.person.SelfCareCategory;
import org.minzheng.core.person.SelfCareItem;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.eligibility.household.Disability;
import org.minzheng.eligibility.household.DisabilityCategory;
import org.minzheng.eligibility.special.SpecialBooks;

class SevereDisabilityCareAllowanceProgramTest {

    static final org.minzheng.core.region.RegionCode HANGZHOU = org.minzheng.core.region.RegionCode.of("330100");

    static final SevereDisabilityCareAllowanceProgram PROGRAM = new SevereDisabilityCareAllowanceProgram();
    static final SelfCareAssessment DEPENDENT = SelfCareAssessment.failing(
            SelfCareItem.BATHING, SelfCareItem.DRESSING, SelfCareItem.TOILETING, SelfCareItem.GETTING_IN_OUT_OF_BED);

    static SevereDisabilityCareAllowanceFacts facts(DisabilityCategory c, int grade, SelfCareAssessment s) {
        return ImmutableSevereDisabilityCareAllowanceFacts.builder()
                .disability(new Disability(c, grade, true))
                .selfCare(s)
                .build();
    }

    static Verdict severity(Decision<?> d) {
        return d.finding(SevereDisabilityCareAllowanceProgram.SEVERITY.id())
                .map(Finding::verdict)
                .orElse(null);
    }

    /**
     * Item 10: 浙民福〔2021〕191号 tiers the allowance by self-care ability and leaves the tiers to the city
     * or county; 特困人员认定办法 第二十一条、第二十二条 are the 特困 scale ("特困人员生活自理能力，一般依据以下6项指标综合评估")
     * and govern 特困 only. Huzhou's tier assessment is NOT FOUND: the tier is UNDETERMINED, naming the key.
     */
    @Test
    void huzhou2024_grade1_tierAssessmentNotConfigured_isUndetermined_namingTheAssessmentKey() {
        Decision<SevereDisabilityCareAllowanceResult> d =
                PROGRAM.decide(facts(DisabilityCategory.PHYSICAL, 1, DEPENDENT), huzhou());
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.result().orElseThrow().selfCareCategory()).isNull();
        assertThat(d.finding(SevereDisabilityCareAllowanceProgram.TIER.id())
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.UNDETERMINED);
        assertThat(d.finding(SevereDisabilityCareAllowanceProgram.TIER.id())
                        .orElseThrow()
                        .citation())
                .isEqualTo(org.minzheng.eligibility.EligibilityCitations.ZJ_CARE_TIERS);
        assertThat(d.missingParameters())
                .extracting(MissingParameter::key)
                .containsExactly("disability.care-allowance.tier-assessment");
        assertThat(d.findings()).extracting(f -> f.citation().article()).noneMatch(a -> a.contains("第二十一条"));
        assertThat(SpecialBooks.explainBoth(PROGRAM, d)).doesNotContain("{");
    }

    @Test
    void theTierFollowsTheAssessmentThePackNames_andCitesItsRow() {
        Decision<SevereDisabilityCareAllowanceResult> d =
                PROGRAM.decide(facts(DisabilityCategory.PHYSICAL, 1, DEPENDENT), fixture());
        assertThat(d.result().orElseThrow().tierAssessment()).isEqualTo(CareTierAssessment.SIX_ITEM_SELF_CARE);
        assertThat(d.result().orElseThrow().selfCareCategory()).isEqualTo(SelfCareCategory.NONE);
        assertThat(d.finding(SevereDisabilityCareAllowanceProgram.TIER.id())
                        .orElseThrow()
                        .sources())
                .extracting(s -> s.citation())
                .contains(fixture()
                        .find(org.minzheng.eligibility.EligibilityParameters.DC_TIER_ASSESSMENT)
                        .citation());
        SevereDisabilityCareAllowanceFacts own = ImmutableSevereDisabilityCareAllowanceFacts.builder()
                .disability(new Disability(DisabilityCategory.PHYSICAL, 1, true))
                .assessedTier(SelfCareCategory.PARTIAL)
                .build();
        Decision<SevereDisabilityCareAllowanceResult> hz =
                PROGRAM.decide(own, SpecialBooks.FIXTURE.snapshot(HANGZHOU, DATE));
        assertThat(hz.result().orElseThrow().tierAssessment()).isEqualTo(CareTierAssessment.ASSESSED_TIER);
        assertThat(hz.result().orElseThrow().selfCareCategory()).isEqualTo(SelfCareCategory.PARTIAL);
    }

    /**
     * Item 5 — 残疾人保障法 第四十八条: "对生活不能自理的残疾人，地方各级人民政府应当根据情况给予护理补贴". A grade-1 person whose
     * self-care is partly lost is granted the allowance; the missing tier amount only blanks it.
     */
    @Test
    void grade1_selfCarePartlyLost_tierAmountNotConfigured_isEligible_withTheAmountAbsent() {
        SevereDisabilityCareAllowanceFacts own = ImmutableSevereDisabilityCareAllowanceFacts.builder()
                .disability(new Disability(DisabilityCategory.PHYSICAL, 1, true))
                .assessedTier(SelfCareCategory.PARTIAL)
                .build();
        Decision<SevereDisabilityCareAllowanceResult> d =
                PROGRAM.decide(own, SpecialBooks.FIXTURE.snapshot(HANGZHOU, DATE));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.result().orElseThrow().monthlyAmount()).isNull();
        assertThat(d.missingParameters()).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo("disability.care-allowance.self-care-partial");
            assertThat(m.absentFields()).containsExactly("monthlyAmount");
        });
        assertThat(SpecialBooks.explainBoth(PROGRAM, d)).doesNotContain("{").contains("the monthly amount");
        // a fully self-caring person: no text grants it, so the locality's tier amount decides (blocks)
        Decision<SevereDisabilityCareAllowanceResult> full = PROGRAM.decide(
                ImmutableSevereDisabilityCareAllowanceFacts.copyOf(own).withAssessedTier(SelfCareCategory.FULL),
                SpecialBooks.FIXTURE.snapshot(HANGZHOU, DATE));
        assertThat(full.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(full.missingParameters())
                .singleElement()
                .satisfies(m -> assertThat(m.blocksOutcome()).isTrue());
    }

    @Test
    void theAssessmentThePackNames_mustBeInTheFacts() {
        SevereDisabilityCareAllowanceFacts noTier = ImmutableSevereDisabilityCareAllowanceFacts.builder()
                .disability(new Disability(DisabilityCategory.PHYSICAL, 1, true))
                .build();
        assertThatThrownBy(() -> PROGRAM.decide(noTier, fixture()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path() + " " + v.code())
                                .containsExactly("facts.selfCare special.care-tier-self-care-missing"));
        assertThatThrownBy(() -> PROGRAM.decide(noTier, SpecialBooks.FIXTURE.snapshot(HANGZHOU, DATE)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path() + " " + v.code())
                                .containsExactly("facts.assessedTier special.care-tier-missing"));
        // where no assessment is named, nothing is required and the tier is undetermined
        assertThat(PROGRAM.decide(noTier, huzhou()).outcome()).isEqualTo(Outcome.UNDETERMINED);
    }

    @Test
    void grades1and2_qualify_grade3_onlyForMentalDisabilityWhereExtended() {
        assertThat(severity(PROGRAM.decide(facts(DisabilityCategory.VISUAL, 2, DEPENDENT), huzhou())))
                .isEqualTo(Verdict.MET);
        assertThat(PROGRAM.decide(facts(DisabilityCategory.PHYSICAL, 3, DEPENDENT), huzhou())
                        .outcome())
                .isEqualTo(Outcome.INELIGIBLE);
        Decision<SevereDisabilityCareAllowanceResult> mental =
                PROGRAM.decide(facts(DisabilityCategory.PSYCHIATRIC, 3, DEPENDENT), huzhou());
        assertThat(severity(mental)).isEqualTo(Verdict.UNDETERMINED);
        assertThat(mental.missingParameters())
                .extracting(MissingParameter::key)
                .contains("disability.care-allowance.covers-non-severe-intellectual-psychiatric");
        Decision<SevereDisabilityCareAllowanceResult> extended =
                PROGRAM.decide(facts(DisabilityCategory.PSYCHIATRIC, 3, DEPENDENT), fixture());
        assertThat(extended.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(extended.result().orElseThrow().extension()).isTrue();
        assertThat(extended.result().orElseThrow().monthlyAmount()).isEqualTo(Money.parse("300.00"));
    }

    @Test
    void fixture_tiersFollowSelfCare() {
        assertThat(PROGRAM.decide(
                                facts(DisabilityCategory.PHYSICAL, 1, SelfCareAssessment.failing(SelfCareItem.BATHING)),
                                fixture())
                        .result()
                        .orElseThrow()
                        .monthlyAmount())
                .isEqualTo(Money.parse("200.00"));
        assertThat(PROGRAM.decide(facts(DisabilityCategory.PHYSICAL, 1, SelfCareAssessment.failing()), fixture())
                        .result()
                        .orElseThrow()
                        .monthlyAmount())
                .isEqualTo(Money.parse("100.00"));
    }

    @Test
    void noCertificate_isIneligible_withoutReadingTheTiers() {
        Decision<SevereDisabilityCareAllowanceResult> d = PROGRAM.decide(
                ImmutableSevereDisabilityCareAllowanceFacts.builder()
                        .selfCare(DEPENDENT)
                        .build(),
                fixture());
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(d.missingParameters()).isEmpty();
    }
}
