package org.minzheng.eldercare.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.person.AssistanceStatus;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySource;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.eldercare.Books;
import org.minzheng.eldercare.EldercareCitations;
import org.minzheng.eldercare.EldercareParameters;
import org.minzheng.eldercare.assessment.AbilityLevel;
import org.minzheng.eldercare.person.Situation;

class FamilyCareBedProgramTest {

    static final FamilyCareBedProgram PROGRAM = new FamilyCareBedProgram();

    @Test
    void huzhou_officialPack_criteriaNotFound_isUndetermined_namingEveryKeyTheCaseNeeds() {
        Decision<FamilyCareBedResult> d = PROGRAM.decide(
                People.aged(80, AbilityLevel.MODERATE, AssistanceStatus.DIBAO).build(), Books.officialHuzhou());
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.missingParameters())
                .extracting(m -> m.key())
                .containsExactly(
                        "family-care-bed.min-ability-level",
                        "family-care-bed.eligible.dibao",
                        "family-care-bed.eligible.any-older-person");
        assertThat(d.missingParameters())
                .allSatisfy(m -> assertThat(m.blocksOutcome()).isTrue());
        // the Huzhou report describes the beds but states no condition: the undetermined conditions cite
        // 老年人权益保障法 第三十七条第一款, which leaves them to the locality
        assertThat(d.finding(FamilyCareBedProgram.LEVEL.id()).orElseThrow().citation())
                .isEqualTo(EldercareCitations.ELDERLY_LAW_ART_37_HOME_SERVICES);
        assertThat(d.finding(FamilyCareBedProgram.SITUATION.id()).orElseThrow().citation())
                .isEqualTo(EldercareCitations.ELDERLY_LAW_ART_37_HOME_SERVICES);
    }

    @Test
    void conditionsSetByPackRows_citeArticle37_carryTheRowsAsSources_andAMissingPackageOnlyBlanksIt() {
        String y = """
                pack: bed-conditions-only
                instruments:
                  - {id: fixture-bed-measure, title: 测试夹具, titleEn: Test fixture, issuer: 测试, rank: ILLUSTRATIVE}
                values:
                  - {key: family-care-bed.min-ability-level, region: "330500", since: 2024-01-01, value: "2", unit: "ability level (0-4)", grade: ILLUSTRATIVE, citation: {instrument: fixture-bed-measure, article: 第三条}}
                  - {key: family-care-bed.eligible.dibao, region: "330500", since: 2024-01-01, value: "true", unit: flag, grade: ILLUSTRATIVE, citation: {instrument: fixture-bed-measure, article: 第四条}}
                """;
        var s = org.minzheng.core.policy.PolicyBook.builderWithDefaults()
                .addOverlay(org.minzheng.core.policy.PolicySource.ofText("bed-conditions-only", y))
                .build()
                .snapshot(Books.HUZHOU, Books.DATE);
        Decision<FamilyCareBedResult> d = PROGRAM.decide(
                People.aged(80, AbilityLevel.MODERATE, AssistanceStatus.DIBAO).build(), s);
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.finding(FamilyCareBedProgram.LEVEL.id()).orElseThrow().citation())
                .isEqualTo(EldercareCitations.ELDERLY_LAW_ART_37_HOME_SERVICES);
        assertThat(d.finding(FamilyCareBedProgram.LEVEL.id()).orElseThrow().sources())
                .extracting(org.minzheng.core.decision.ValueSource::citation)
                .containsExactly(org.minzheng.core.citation.Citation.of("fixture-bed-measure", "第三条"));
        assertThat(d.finding(FamilyCareBedProgram.SITUATION.id()).orElseThrow().sources())
                .extracting(org.minzheng.core.decision.ValueSource::citation)
                .containsExactly(org.minzheng.core.citation.Citation.of("fixture-bed-measure", "第四条"));
        assertThat(d.result().orElseThrow().serviceHoursPerMonth()).isNull();
        assertThat(d.result().orElseThrow().subsidyPerMonth()).isNull();
        assertThat(d.finding(FamilyCareBedProgram.PACKAGE_NOT_CONFIGURED.id())
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.INFO);
        assertThat(d.missingParameters())
                .extracting(m -> m.key() + " " + m.absentFields())
                .containsExactly(
                        "family-care-bed.service-hours-per-month [serviceHoursPerMonth]",
                        "family-care-bed.subsidy-per-month [subsidyPerMonth]");
    }

    @Test
    void under60_isNotAnOlderPerson_andNothingIsRead() {
        Decision<FamilyCareBedResult> d = PROGRAM.decide(
                People.aged(59, AbilityLevel.SEVERE, AssistanceStatus.DIBAO).build(), Books.officialHuzhou());
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(d.missingParameters()).isEmpty();
        assertThat(d.finding("eldercare.older-person").orElseThrow().facts()).containsEntry("age", 59);
        assertThat(PROGRAM.decide(
                                People.aged(60, AbilityLevel.SEVERE, AssistanceStatus.DIBAO)
                                        .build(),
                                Books.officialHuzhou())
                        .finding("eldercare.older-person")
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.MET);
    }

    @Test
    void notAssessed_isIneligible_untilAssessed() {
        Decision<FamilyCareBedResult> d = PROGRAM.decide(
                People.aged(80).assistance(AssistanceStatus.DIBAO).build(), Books.officialHuzhou());
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(d.finding("eldercare.ability-assessed").orElseThrow().verdict())
                .isEqualTo(Verdict.NOT_MET);
        assertThat(d.missingParameters()).isEmpty();
    }

    @Test
    void illustrative_moderateOnDibao_getsTheServicePackage() {
        Decision<FamilyCareBedResult> d = PROGRAM.decide(
                People.aged(80, AbilityLevel.MODERATE, AssistanceStatus.DIBAO).build(), Books.illustrativeHuzhou());
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        FamilyCareBedResult r = d.result().orElseThrow();
        assertThat(r.qualifyingSituation()).isEqualTo(Situation.DIBAO);
        assertThat(r.serviceHoursPerMonth()).isEqualTo(30);
        assertThat(r.subsidyPerMonth()).isEqualTo(Money.parse("300.00"));
        assertThat(d.usedIllustrativeValues()).isTrue();
    }

    @Test
    void illustrative_levelBoundary_mildIsNotEnough() {
        assertThat(PROGRAM.decide(
                                People.aged(80, AbilityLevel.MILD, AssistanceStatus.DIBAO)
                                        .build(),
                                Books.illustrativeHuzhou())
                        .outcome())
                .isEqualTo(Outcome.INELIGIBLE);
        assertThat(PROGRAM.decide(
                                People.aged(80, AbilityLevel.COMPLETE_LOSS, AssistanceStatus.DIBAO)
                                        .build(),
                                Books.illustrativeHuzhou())
                        .outcome())
                .isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void illustrative_livingAlone_qualifies_otherwiseNotWithoutAssistance() {
        assertThat(PROGRAM.decide(
                                People.aged(75, AbilityLevel.SEVERE, null)
                                        .livesAlone(true)
                                        .build(),
                                Books.illustrativeHuzhou())
                        .result()
                        .orElseThrow()
                        .qualifyingSituation())
                .isEqualTo(Situation.LIVING_ALONE);
        Decision<FamilyCareBedResult> d =
                PROGRAM.decide(People.aged(75, AbilityLevel.SEVERE, null).build(), Books.illustrativeHuzhou());
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(d.finding(FamilyCareBedProgram.SITUATION.id()).orElseThrow().verdict())
                .isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void anOpenSituation_doesNotWaitForAnUnconfiguredOne() {
        String overlay = """
                pack: family-bed-open-to-all
                instruments:
                  - {id: fixture-family-bed, title: 测试夹具, titleEn: Test fixture, issuer: 测试, rank: ILLUSTRATIVE}
                values:
                  - {key: family-care-bed.min-ability-level, region: "330500", since: 2024-01-01, value: "2", unit: "ability level (0-4)", grade: ILLUSTRATIVE, citation: {instrument: fixture-family-bed}}
                  - {key: family-care-bed.eligible.any-older-person, region: "330500", since: 2024-01-01, value: "true", unit: flag, grade: ILLUSTRATIVE, citation: {instrument: fixture-family-bed}}
                """;
        PolicyBook book = PolicyBook.builderWithDefaults()
                .addOverlay(PolicySource.ofText("open", overlay))
                .build();
        Decision<FamilyCareBedResult> d = PROGRAM.decide(
                People.aged(80, AbilityLevel.MODERATE, AssistanceStatus.DIBAO).build(),
                book.snapshot(Books.HUZHOU, Books.DATE));
        assertThat(d.finding(FamilyCareBedProgram.SITUATION.id()).orElseThrow().verdict())
                .isEqualTo(Verdict.MET);
        assertThat(d.result().orElseThrow().qualifyingSituation()).isEqualTo(Situation.ANY_OLDER_PERSON);
        assertThat(d.missingParameters())
                .extracting(m -> m.key())
                .containsExactly("family-care-bed.service-hours-per-month", "family-care-bed.subsidy-per-month");
    }

    @Test
    void badFacts_areRejected() {
        assertThatThrownBy(() -> PROGRAM.decide(
                        People.aged(70)
                                .birthDate(Books.DATE.plusDays(1))
                                .assistance(AssistanceStatus.DIBAO)
                                .dispersedSupport(true)
                                .build(),
                        Books.officialHuzhou()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path() + " " + v.code())
                                .containsExactly(
                                        "facts.birthDate date.after-decision",
                                        "facts.dispersedSupport person.dispersed-without-extreme-poverty"));
    }

    static org.minzheng.core.policy.PolicySnapshot openBedsWith(String packageRow) {
        String yaml = "pack: family-bed-package-fixture\n"
                + "instruments:\n"
                + "  - {id: fixture-family-bed, title: 测试夹具, titleEn: Test fixture, issuer: 测试, rank: ILLUSTRATIVE}\n"
                + "values:\n"
                + "  - {key: family-care-bed.min-ability-level, region: \"330500\", since: 2024-01-01, value: \"2\", unit: \"ability level (0-4)\", grade: ILLUSTRATIVE, citation: {instrument: fixture-family-bed}}\n"
                + "  - {key: family-care-bed.eligible.any-older-person, region: \"330500\", since: 2024-01-01, value: \"true\", unit: flag, grade: ILLUSTRATIVE, citation: {instrument: fixture-family-bed}}\n"
                + packageRow;
        return org.minzheng.core.policy.PolicyBook.builderWithDefaults()
                .addOverlay(org.minzheng.core.policy.PolicySource.ofText("family-bed-" + packageRow.hashCode(), yaml))
                .build()
                .snapshot(Books.HUZHOU, Books.DATE);
    }

    @Test
    void halfAPackage_namesOnlyTheMissingHalf_andKeepsTheOther() {
        // 老年人权益保障法 第三十七条: the bed is granted on the locality's conditions; each part of the package only measures it
        Decision<FamilyCareBedResult> hoursOnly = PROGRAM.decide(
                People.aged(82, AbilityLevel.SEVERE, null).build(),
                openBedsWith(
                        "  - {key: family-care-bed.service-hours-per-month, region: \"330500\", since: 2024-01-01, value: \"30\", unit: hours/bed/month, grade: ILLUSTRATIVE, citation: {instrument: fixture-family-bed}}\n"));
        assertThat(hoursOnly.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(hoursOnly.result().orElseThrow().serviceHoursPerMonth()).isEqualTo(30);
        assertThat(hoursOnly.result().orElseThrow().subsidyPerMonth()).isNull();
        assertThat(hoursOnly
                        .finding(FamilyCareBedProgram.PACKAGE_NOT_CONFIGURED.id())
                        .orElseThrow()
                        .facts())
                .containsEntry("keys", java.util.List.of("family-care-bed.subsidy-per-month"));
        Decision<FamilyCareBedResult> subsidyOnly = PROGRAM.decide(
                People.aged(82, AbilityLevel.SEVERE, null).build(),
                openBedsWith(
                        "  - {key: family-care-bed.subsidy-per-month, region: \"330500\", since: 2024-01-01, value: \"300.00\", unit: CNY/bed/month, grade: ILLUSTRATIVE, citation: {instrument: fixture-family-bed}}\n"));
        assertThat(subsidyOnly.result().orElseThrow().subsidyPerMonth())
                .isEqualTo(org.minzheng.core.money.Money.parse("300.00"));
        assertThat(subsidyOnly.result().orElseThrow().serviceHoursPerMonth()).isNull();
        assertThat(subsidyOnly
                        .finding(FamilyCareBedProgram.PACKAGE_NOT_CONFIGURED.id())
                        .orElseThrow()
                        .facts())
                .containsEntry("keys", java.util.List.of("family-care-bed.service-hours-per-month"));
        assertThat(subsidyOnly.missingParameters())
                .extracting(m -> m.key())
                .containsExactly("family-care-bed.service-hours-per-month");
    }

    @Test
    void anUndeterminedSituation_citesArticle37_aClosedOneAlso_withTheRowThatClosedItAsSource() {
        // 老年人权益保障法 第三十七条第一款 leaves who gets a bed to the locality
        Decision<FamilyCareBedResult> unknown =
                PROGRAM.decide(People.aged(82, AbilityLevel.SEVERE, null).build(), openBedsWithMinLevelOnly());
        assertThat(unknown.finding(FamilyCareBedProgram.SITUATION.id())
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.UNDETERMINED);
        assertThat(unknown.finding(FamilyCareBedProgram.SITUATION.id())
                        .orElseThrow()
                        .citation())
                .isEqualTo(org.minzheng.eldercare.EldercareCitations.ELDERLY_LAW_ART_37_HOME_SERVICES);
        Decision<FamilyCareBedResult> closed =
                PROGRAM.decide(People.aged(82, AbilityLevel.SEVERE, null).build(), Books.illustrativeHuzhou());
        assertThat(closed.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(closed.finding(FamilyCareBedProgram.SITUATION.id())
                        .orElseThrow()
                        .citation())
                .isEqualTo(org.minzheng.eldercare.EldercareCitations.ELDERLY_LAW_ART_37_HOME_SERVICES);
        assertThat(closed.finding(FamilyCareBedProgram.SITUATION.id())
                        .orElseThrow()
                        .sources())
                .extracting(org.minzheng.core.decision.ValueSource::citation)
                .containsExactly(Books.illustrativeHuzhou()
                        .find(EldercareParameters.FAMILY_BED_SITUATION_ELIGIBLE.get(Situation.ANY_OLDER_PERSON))
                        .citation());
    }

    static org.minzheng.core.policy.PolicySnapshot openBedsWithMinLevelOnly() {
        String yaml = "pack: family-bed-level-fixture\n"
                + "instruments:\n"
                + "  - {id: fixture-family-bed-level, title: 测试夹具, titleEn: Test fixture, issuer: 测试, rank: ILLUSTRATIVE}\n"
                + "values:\n"
                + "  - {key: family-care-bed.min-ability-level, region: \"330500\", since: 2024-01-01, value: \"2\", unit: \"ability level (0-4)\", grade: ILLUSTRATIVE, citation: {instrument: fixture-family-bed-level}}\n";
        return org.minzheng.core.policy.PolicyBook.builderWithDefaults()
                .addOverlay(org.minzheng.core.policy.PolicySource.ofText("family-bed-level", yaml))
                .build()
                .snapshot(Books.HUZHOU, Books.DATE);
    }

    @Test
    void theProgramListsEveryKeyItReads() {
        assertThat(new FamilyCareBedProgram().parameters())
                .containsAll(EldercareParameters.FAMILY_BED_SITUATION_ELIGIBLE.values())
                .contains(
                        EldercareParameters.FAMILY_BED_MIN_LEVEL,
                        EldercareParameters.FAMILY_BED_SERVICE_HOURS,
                        EldercareParameters.FAMILY_BED_SUBSIDY);
    }
}
