package org.minzheng.eldercare.services;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.person.AssistanceStatus;
import org.minzheng.eldercare.Books;
import org.minzheng.eldercare.EldercareParameters;
import org.minzheng.eldercare.assessment.AbilityLevel;

class HomeAdaptationProgramTest {

    static final HomeAdaptationProgram PROGRAM = new HomeAdaptationProgram();

    @Test
    void gbf2019_5_dispersedExtremePovertyAndDisabled_subsidyNotFound_isEligible_withTheSubsidyAbsent() {
        // 国办发〔2019〕5号: 纳入分散供养特困人员范围……的高龄、失能、残疾老年人家庭 — in the group; the subsidy only measures the grant
        Decision<HomeAdaptationResult> d = PROGRAM.decide(
                People.aged(75, null, AssistanceStatus.EXTREME_POVERTY)
                        .dispersedSupport(true)
                        .disabled(true)
                        .build(),
                Books.officialHuzhou());
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.missingParameters()).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo("home-adaptation.subsidy-per-household");
            assertThat(m.absentFields()).containsExactly("subsidyPerHousehold");
        });
        assertThat(d.result().orElseThrow().frailty()).containsExactly(FrailtyBasis.DISABLED);
        assertThat(d.result().orElseThrow().nationalTargetGroup()).isTrue();
        assertThat(d.result().orElseThrow().subsidyPerHousehold()).isNull();
        assertThat(d.finding(HomeAdaptationProgram.SUBSIDY_NOT_CONFIGURED.id())
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.INFO);
    }

    @Test
    void gbf2019_5_functionallyImpaired_isLevel1OrWorse() {
        Decision<HomeAdaptationResult> mild = PROGRAM.decide(
                People.aged(66, AbilityLevel.MILD, null).registeredPoor(true).build(), Books.illustrativeHuzhou());
        assertThat(mild.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(mild.result().orElseThrow().frailty()).containsExactly(FrailtyBasis.FUNCTIONALLY_IMPAIRED);
        assertThat(mild.result().orElseThrow().subsidyPerHousehold()).isEqualTo(Money.parse("2000.00"));
        Decision<HomeAdaptationResult> intact = PROGRAM.decide(
                People.aged(66, AbilityLevel.INTACT, null).registeredPoor(true).build(), Books.illustrativeHuzhou());
        assertThat(intact.outcome())
                .as("outside the group; the illustrative scheme is not wider")
                .isEqualTo(Outcome.INELIGIBLE);
        assertThat(intact.finding(HomeAdaptationProgram.LOCAL_EXTENSION.id())
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.NOT_MET);
        assertThat(intact.finding(HomeAdaptationProgram.LOCAL_EXTENSION.id())
                        .orElseThrow()
                        .citation())
                .isEqualTo(org.minzheng.eldercare.EldercareCitations.HOME_ADAPTATION_TARGET);
        assertThat(intact.finding(HomeAdaptationProgram.LOCAL_EXTENSION.id())
                        .orElseThrow()
                        .sources())
                .extracting(org.minzheng.core.decision.ValueSource::citation)
                .containsExactly(Books.illustrativeHuzhou()
                        .find(EldercareParameters.ADAPTATION_COVERS_OUTSIDE_TARGET)
                        .citation());
    }

    @Test
    void veryOld_needsTheLocalAge() {
        Decision<HomeAdaptationResult> official = PROGRAM.decide(
                People.aged(85, AbilityLevel.INTACT, AssistanceStatus.EXTREME_POVERTY)
                        .dispersedSupport(true)
                        .build(),
                Books.officialHuzhou());
        assertThat(official.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(official.missingParameters())
                .extracting(m -> m.key())
                .containsExactly("home-adaptation.very-old-age");
        assertThat(PROGRAM.decide(
                                People.aged(80, null, AssistanceStatus.EXTREME_POVERTY)
                                        .dispersedSupport(true)
                                        .build(),
                                Books.illustrativeHuzhou())
                        .result()
                        .orElseThrow()
                        .frailty())
                .containsExactly(FrailtyBasis.VERY_OLD);
        assertThat(PROGRAM.decide(
                                People.aged(79, null, AssistanceStatus.EXTREME_POVERTY)
                                        .dispersedSupport(true)
                                        .build(),
                                Books.illustrativeHuzhou())
                        .outcome())
                .isEqualTo(Outcome.INELIGIBLE);
    }

    @Test
    void outsideTheNationalGroup_isNotIneligible_whereTheLocalSchemeIsNotConfigured() {
        // 国办发〔2019〕5号 names the households a locality must serve; a local scheme may be wider
        for (var p : java.util.List.of(
                People.aged(85, AbilityLevel.SEVERE, AssistanceStatus.DIBAO).build(),
                People.aged(85, AbilityLevel.SEVERE, AssistanceStatus.EXTREME_POVERTY)
                        .dispersedSupport(false)
                        .build())) {
            Decision<HomeAdaptationResult> d = PROGRAM.decide(p, Books.officialHuzhou());
            assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
            assertThat(d.missingParameters())
                    .extracting(m -> m.key())
                    .containsExactly("home-adaptation.covers-outside-national-target-group");
            assertThat(d.finding(HomeAdaptationProgram.ECONOMIC.id())
                            .orElseThrow()
                            .verdict())
                    .isEqualTo(Verdict.NOT_APPLICABLE);
            assertThat(d.finding(HomeAdaptationProgram.LOCAL_EXTENSION.id())
                            .orElseThrow()
                            .verdict())
                    .isEqualTo(Verdict.UNDETERMINED);
            assertThat(d.finding(HomeAdaptationProgram.FRAILTY.id())).isEmpty();
            assertThat(d.result().orElseThrow().nationalTargetGroup()).isFalse();
        }
    }

    @Test
    void outsideTheNationalGroup_localSchemeCovers_isEligible_withTheRowAsSource() {
        var p = People.aged(70, AbilityLevel.INTACT, AssistanceStatus.DIBAO).build();
        Decision<HomeAdaptationResult> d = PROGRAM.decide(p, Books.halfConfigured());
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.finding(HomeAdaptationProgram.LOCAL_EXTENSION.id())
                        .orElseThrow()
                        .sources())
                .extracting(org.minzheng.core.decision.ValueSource::citation)
                .containsExactly(Books.halfConfigured()
                        .find(EldercareParameters.ADAPTATION_COVERS_OUTSIDE_TARGET)
                        .citation());
        assertThat(d.result().orElseThrow().nationalTargetGroup()).isFalse();
    }

    @Test
    void gbf2019_5_veryOldAlone_isInTheNationalGroup_andTheLocalSchemeIsNotAsked() {
        // 国办发〔2019〕5号: 分散供养特困人员……的高龄……老年人家庭 — 高龄 alone puts the household in the group
        Decision<HomeAdaptationResult> d = PROGRAM.decide(
                People.aged(80, null, AssistanceStatus.EXTREME_POVERTY)
                        .dispersedSupport(true)
                        .build(),
                Books.illustrativeHuzhou());
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.result().orElseThrow().nationalTargetGroup()).isTrue();
        assertThat(d.finding(HomeAdaptationProgram.LOCAL_EXTENSION.id())).isEmpty();
        assertThat(d.result().orElseThrow().subsidyPerHousehold()).isEqualTo(Money.parse("2000.00"));
    }

    @Test
    void veryOldAgeNotConfigured_leavesMembershipOfTheNationalGroupUnknown_andDoesNotAskTheLocalScheme() {
        // whether an 85-year-old without disability is 高龄 is the locality's age: not configured, the group is not known
        Decision<HomeAdaptationResult> d = PROGRAM.decide(
                People.aged(85, null, AssistanceStatus.EXTREME_POVERTY)
                        .dispersedSupport(true)
                        .build(),
                Books.officialHuzhou());
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.result().orElseThrow().nationalTargetGroup()).isNull();
        assertThat(d.finding(HomeAdaptationProgram.LOCAL_EXTENSION.id())).isEmpty();
        assertThat(d.finding(HomeAdaptationProgram.FRAILTY.id()).orElseThrow().verdict())
                .isEqualTo(Verdict.UNDETERMINED);
    }

    @Test
    void aBirthDateAfterTheDecision_isRejected() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PROGRAM.decide(
                        People.aged(70).birthDate(Books.DATE.plusDays(1)).build(), Books.officialHuzhou()))
                .isInstanceOf(org.minzheng.core.validation.InvalidInputException.class);
    }
}
