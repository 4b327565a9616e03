package org.minzheng.eligibility.poverty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.eligibility.special.SpecialBooks.DATE;
import static org.minzheng.eligibility.special.SpecialBooks.fixture;
import static org.minzheng.eligibility.special.SpecialBooks.huzhou;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Finding;
import org.minzheng.core.decision.Language;
import org.minzheng.core.decision.MissingParameter;
import org.minzheng.core.decision.Note;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.json.Json;
import org.minzheng.core.money.Money;
import org.minzheng.core.person.AssistanceStatus;
import org.minzheng.core.person.SelfCareAssessment;
import org.minzheng.core.person.SelfCareCategory;
import org.minzheng.core.person.SelfCareItem;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.eligibility.EligibilityCitations;
import org.minzheng.eligibility.household.Disability;
import org.minzheng.eligibility.household.DisabilityCategory;
import org.minzheng.eligibility.household.ImmutableAssets;
import org.minzheng.eligibility.household.IncomeCategory;
import org.minzheng.eligibility.household.Relation;
import org.minzheng.eligibility.household.SchoolLevel;
import org.minzheng.eligibility.household.Vehicle;
import org.minzheng.eligibility.special.SpecialBooks;

class ExtremePovertyProgramTest {

    static final ExtremePovertyProgram PROGRAM = new ExtremePovertyProgram();

    /** Someone exactly {@code years} old on the decision date. */
    static LocalDate aged(int years) {
        return DATE.minusYears(years);
    }

    /** Someone who turns {@code years} tomorrow, so is still {@code years - 1}. */
    static LocalDate turning(int years) {
        return DATE.minusYears(years).plusDays(1);
    }

    static ImmutableExtremePovertyFacts.Builder person(LocalDate birth) {
        return ImmutableExtremePovertyFacts.builder()
                .birthDate(birth)
                .selfCare(SelfCareAssessment.failing(SelfCareItem.BATHING, SelfCareItem.WALKING_INDOORS));
    }

    static ImmutablePersonalIncome income(String monthly) {
        return ImmutablePersonalIncome.builder()
                .category(IncomeCategory.TRANSFER_NET)
                .amount(Money.parse(monthly))
                .build();
    }

    static Verdict verdict(Decision<?> d, Rule rule) {
        return d.finding(rule.id()).map(Finding::verdict).orElse(null);
    }

    @Test
    void huzhou2024_widowAged72_noSupporters_isEligible_withTheBasicStandard_andTheCareStandardAbsentAndNamed() {
        ExtremePovertyFacts f = person(aged(72))
                .addIncomes(income("400.00"))
                .addIncomes(ImmutablePersonalIncome.builder()
                        .category(IncomeCategory.TRANSFER_NET)
                        .amount(Money.parse("230.00"))
                        .excluded(ExcludedIncome.RESIDENT_BASIC_PENSION_BASE)
                        .build())
                .build();
        Decision<ExtremePovertyResult> d = PROGRAM.decide(f, huzhou());
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        ExtremePovertyResult r = d.result().orElseThrow();
        assertThat(r.eligible()).contains(true);
        assertThat(r.workCapacityGround()).isEqualTo(WorkCapacityGround.ELDERLY);
        assertThat(r.selfCareCategory()).isEqualTo(SelfCareCategory.PARTIAL);
        assertThat(r.basicLivingStandard()).isEqualTo(Money.parse("1950.00"));
        assertThat(r.monthlyIncome()).isEqualTo(Money.parse("400.00"));
        assertThat(r.careStandardDetermined()).isFalse();
        assertThat(r.careStandard()).isNull();
        assertThat(r.monthlyTotal()).isNull();
        // 第二十条 sets the care tier by the assessment; the amount only measures the support: a detail, INFO, named
        assertThat(verdict(d, ExtremePovertyProgram.CARE_STANDARD_MISSING)).isEqualTo(Verdict.INFO);
        assertThat(d.missingParameters()).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo("extreme-poverty.care-standard.self-care-partial");
            assertThat(m.blocksOutcome()).isFalse();
            assertThat(m.absentFields()).containsExactly("careStandard", "monthlyTotal");
        });
        assertThat(d.warnings()).extracting(Note::code).contains("policy.since-not-exact");
        assertThat(SpecialBooks.explainBoth(PROGRAM, d)).doesNotContain("{").contains("1950元", "1,950.00 yuan");
    }

    /**
     * 特困人员认定办法 第四条第（三）项 "无法定赡养、抚养、扶养义务人，或者其法定义务人无履行义务能力": with
     * nobody listed the finding says there is no one, not "none able (0 listed)"; the JSON keeps the count.
     */
    @Test
    void noSupporterListed_readsAsNoOneWithADutyOfSupport_andOneListedAsNoneAble() {
        Decision<ExtremePovertyResult> none = PROGRAM.decide(person(aged(72)).build(), huzhou());
        Finding f = none.finding(ExtremePovertyProgram.NO_ABLE_SUPPORTER.id()).orElseThrow();
        assertThat(f.verdict()).isEqualTo(Verdict.MET);
        assertThat(SpecialBooks.explainer(PROGRAM, SpecialBooks.OFFICIAL).finding(f, Language.ZH))
                .isEqualTo("无法定赡养、抚养、扶养义务人");
        assertThat(SpecialBooks.explainer(PROGRAM, SpecialBooks.OFFICIAL).finding(f, Language.EN))
                .isEqualTo("There is no one with a legal duty of support");
        assertThat(org.minzheng.core.json.Json.pretty(f)).contains("\"supporters\" : 0");
    }

    @Test
    void fixture_eligibleWithNoSelfCare_getsBasicPlusCare() {
        ExtremePovertyFacts f = person(aged(80))
                .selfCare(SelfCareAssessment.failing(SelfCareItem.values()))
                .build();
        Decision<ExtremePovertyResult> d = PROGRAM.decide(f, fixture());
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.result().orElseThrow().careStandard()).isEqualTo(Money.parse("800.00"));
        assertThat(d.result().orElseThrow().monthlyTotal()).isEqualTo(Money.parse("2750.00"));
        assertThat(d.missingParameters()).isEmpty();
        assertThat(d.warnings()).extracting(Note::code).contains("policy.illustrative-value");
    }

    @Test
    void age60_hasNoCapacityToWork_age59_has() {
        Decision<ExtremePovertyResult> sixty = PROGRAM.decide(person(aged(60)).build(), huzhou());
        assertThat(verdict(sixty, ExtremePovertyProgram.NO_WORK_CAPACITY)).isEqualTo(Verdict.MET);
        assertThat(sixty.outcome()).isEqualTo(Outcome.ELIGIBLE);
        Decision<ExtremePovertyResult> fiftyNine =
                PROGRAM.decide(person(turning(60)).build(), huzhou());
        assertThat(verdict(fiftyNine, ExtremePovertyProgram.NO_WORK_CAPACITY)).isEqualTo(Verdict.NOT_MET);
        assertThat(fiftyNine.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(fiftyNine.result().orElseThrow().basicLivingStandard()).isNull();
    }

    @Test
    void age15_isAMinorUnderArt5_age16and17_areCoveredByThe2020Extension_age18_isNot() {
        Decision<ExtremePovertyResult> fifteen =
                PROGRAM.decide(person(turning(16)).build(), huzhou());
        assertThat(fifteen.result().orElseThrow().workCapacityGround()).isEqualTo(WorkCapacityGround.MINOR);
        assertThat(fifteen.finding(ExtremePovertyProgram.NO_WORK_CAPACITY.id())
                        .orElseThrow()
                        .citation())
                .isEqualTo(EligibilityCitations.EP_ART_5);
        Decision<ExtremePovertyResult> sixteen = PROGRAM.decide(person(aged(16)).build(), huzhou());
        assertThat(sixteen.result().orElseThrow().workCapacityGround()).isEqualTo(WorkCapacityGround.MINOR_EXTENDED);
        assertThat(sixteen.finding(ExtremePovertyProgram.NO_WORK_CAPACITY.id())
                        .orElseThrow()
                        .citation())
                .isEqualTo(EligibilityCitations.REFORM_ITEM_5);
        assertThat(sixteen.outcome()).isEqualTo(Outcome.ELIGIBLE);
        Decision<ExtremePovertyResult> seventeen =
                PROGRAM.decide(person(turning(18)).build(), huzhou());
        assertThat(seventeen.result().orElseThrow().workCapacityGround()).isEqualTo(WorkCapacityGround.MINOR_EXTENDED);
        Decision<ExtremePovertyResult> eighteen =
                PROGRAM.decide(person(aged(18)).build(), huzhou());
        assertThat(eighteen.outcome()).isEqualTo(Outcome.INELIGIBLE);
    }

    @Test
    void studentAged18_continuationIsUndeterminedInTheOfficialPack_andMetWhereConfigured() {
        ExtremePovertyFacts student = person(aged(18))
                .fullTimeStudent(true)
                .schoolLevel(SchoolLevel.SENIOR_SECONDARY)
                .build();
        Decision<ExtremePovertyResult> official = PROGRAM.decide(student, huzhou());
        assertThat(official.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(official.missingParameters())
                .extracting(MissingParameter::key)
                .containsExactly("extreme-poverty.student-continuation");
        Decision<ExtremePovertyResult> configured = PROGRAM.decide(student, fixture());
        assertThat(configured.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(configured.result().orElseThrow().workCapacityGround())
                .isEqualTo(WorkCapacityGround.STUDENT_CONTINUATION);
        // a 17-year-old student is covered as a minor; a university student of 19 is not continued
        assertThat(PROGRAM.decide(
                                person(turning(18))
                                        .fullTimeStudent(true)
                                        .schoolLevel(SchoolLevel.SENIOR_SECONDARY)
                                        .build(),
                                huzhou())
                        .outcome())
                .isEqualTo(Outcome.ELIGIBLE);
        assertThat(PROGRAM.decide(
                                person(aged(19))
                                        .fullTimeStudent(true)
                                        .schoolLevel(SchoolLevel.BACHELOR)
                                        .build(),
                                fixture())
                        .outcome())
                .isEqualTo(Outcome.INELIGIBLE);
    }

    static Stream<Arguments> disabilities() {
        return Stream.of(
                Arguments.of(DisabilityCategory.INTELLECTUAL, 3, true, Verdict.MET),
                Arguments.of(DisabilityCategory.INTELLECTUAL, 4, true, Verdict.NOT_MET),
                Arguments.of(DisabilityCategory.PSYCHIATRIC, 3, true, Verdict.MET),
                Arguments.of(DisabilityCategory.PHYSICAL, 2, true, Verdict.MET),
                Arguments.of(DisabilityCategory.PHYSICAL, 3, true, Verdict.NOT_MET),
                Arguments.of(DisabilityCategory.VISUAL, 1, true, Verdict.MET),
                Arguments.of(DisabilityCategory.VISUAL, 2, true, Verdict.NOT_MET),
                Arguments.of(DisabilityCategory.HEARING, 1, true, Verdict.NOT_MET),
                Arguments.of(DisabilityCategory.PHYSICAL, 1, false, Verdict.NOT_MET),
                Arguments.of(DisabilityCategory.MULTIPLE, 1, true, Verdict.NEEDS_REVIEW));
    }

    @ParameterizedTest
    @MethodSource("disabilities")
    void art5_3_disabilityGrades(DisabilityCategory category, int grade, boolean certificate, Verdict expected) {
        Decision<ExtremePovertyResult> d = PROGRAM.decide(
                person(aged(40))
                        .disability(new Disability(category, grade, certificate))
                        .build(),
                huzhou());
        assertThat(verdict(d, ExtremePovertyProgram.NO_WORK_CAPACITY)).isEqualTo(expected);
    }

    @Test
    void incomeEqualToTheDibaoStandard_isNotBelowIt() {
        assertThat(verdict(
                        PROGRAM.decide(
                                person(aged(70)).addIncomes(income("1145.00")).build(), huzhou()),
                        ExtremePovertyProgram.INCOME))
                .isEqualTo(Verdict.NOT_MET);
        assertThat(verdict(
                        PROGRAM.decide(
                                person(aged(70)).addIncomes(income("1144.99")).build(), huzhou()),
                        ExtremePovertyProgram.INCOME))
                .isEqualTo(Verdict.MET);
        // a year's income of 13,740.00 is exactly the standard per month; one fen less is below it
        ImmutablePersonalIncome year = ImmutablePersonalIncome.builder()
                .category(IncomeCategory.WAGES)
                .amount(Money.parse("13740.00"))
                .months(12)
                .build();
        Decision<ExtremePovertyResult> d =
                PROGRAM.decide(person(aged(70)).addIncomes(year).build(), huzhou());
        assertThat(verdict(d, ExtremePovertyProgram.INCOME)).isEqualTo(Verdict.NOT_MET);
        assertThat(d.counterfactuals())
                .extracting(Note::code)
                .containsExactly("extreme-poverty.counterfactual.income-above");
        assertThat(verdict(
                        PROGRAM.decide(
                                person(aged(70))
                                        .addIncomes(year.withAmount(Money.parse("13739.99")))
                                        .build(),
                                huzhou()),
                        ExtremePovertyProgram.INCOME))
                .isEqualTo(Verdict.MET);
    }

    @Test
    void assets_undeterminedInHuzhouWhenHeld_decidedByTheConfiguredLimits() {
        ImmutableExtremePovertyFacts home = person(aged(70))
                .assets(ImmutableAssets.builder().homes(1).build())
                .build();
        Decision<ExtremePovertyResult> official = PROGRAM.decide(home, huzhou());
        assertThat(official.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(official.missingParameters())
                .extracting(MissingParameter::key)
                .containsExactly("extreme-poverty.asset.max-homes");
        assertThat(PROGRAM.decide(home, fixture()).outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(PROGRAM.decide(
                                home.withAssets(
                                        ImmutableAssets.builder().homes(2).build()),
                                fixture())
                        .outcome())
                .isEqualTo(Outcome.INELIGIBLE);
        assertThat(verdict(
                        PROGRAM.decide(
                                home.withAssets(ImmutableAssets.builder()
                                        .financialAssets(Money.parse("10000.00"))
                                        .build()),
                                fixture()),
                        ExtremePovertyProgram.ASSET_FINANCIAL))
                .isEqualTo(Verdict.MET);
        assertThat(verdict(
                        PROGRAM.decide(
                                home.withAssets(ImmutableAssets.builder()
                                        .financialAssets(Money.parse("10000.01"))
                                        .build()),
                                fixture()),
                        ExtremePovertyProgram.ASSET_FINANCIAL))
                .isEqualTo(Verdict.NOT_MET);
        assertThat(verdict(
                        PROGRAM.decide(
                                home.withAssets(ImmutableAssets.builder()
                                        .addVehicles(new Vehicle(Vehicle.Use.PRIVATE_CAR, Money.parse("30000.00")))
                                        .build()),
                                fixture()),
                        ExtremePovertyProgram.ASSET_CAR))
                .isEqualTo(Verdict.NOT_MET);
        // owning nothing passes any limit and reads none
        assertThat(PROGRAM.decide(person(aged(70)).build(), huzhou()).parameterValues())
                .noneMatch(v -> v.key().name().startsWith("extreme-poverty.asset."));
    }

    /** Arts. 4(3), 8: each supporter is found on in turn; the summary counts those able to support. */
    @Test
    void twoSupporters_oneAbleOneOnDibao_areCountedInOrder_andOneAbleSupporterIsEnough() {
        Decision<ExtremePovertyResult> d = PROGRAM.decide(
                person(aged(85))
                        .addSupporters(
                                supporter(Relation.CHILD, aged(50))
                                        .annualIncome(Money.parse("96000.00"))
                                        .build(),
                                supporter(Relation.CHILD, aged(62))
                                        .assistance(AssistanceStatus.DIBAO)
                                        .build())
                        .build(),
                huzhou());
        assertThat(d.findings())
                .filteredOn(f -> f.rule().equals(ExtremePovertyProgram.SUPPORTER.id()))
                .extracting(f -> f.facts().get("position") + " " + f.verdict() + " "
                        + f.facts().get("ground"))
                .containsExactly("1 NOT_MET ABLE", "2 MET ELDERLY_ON_DIBAO");
        assertThat(d.finding(ExtremePovertyProgram.NO_ABLE_SUPPORTER.id())
                        .orElseThrow()
                        .facts())
                .containsEntry("supporters", new SupporterCount(2))
                .containsEntry("able", 1);
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
    }

    /** Art. 6: "高龄津贴不计入在内" — an excluded kind is left out and counted as such; assets held are said. */
    @Test
    void excludedIncomes_areCountedApart_andAssetsHeldAreSaid() {
        Decision<ExtremePovertyResult> d = PROGRAM.decide(
                person(aged(70))
                        .addIncomes(
                                income("300.00"),
                                ImmutablePersonalIncome.builder()
                                        .category(IncomeCategory.TRANSFER_NET)
                                        .amount(Money.parse("2000.00"))
                                        .excluded(ExcludedIncome.OLD_AGE_ALLOWANCE)
                                        .build())
                        .build(),
                huzhou());
        assertThat(d.finding(ExtremePovertyProgram.INCOME.id()).orElseThrow().facts())
                .containsEntry("excludedItems", 1)
                .containsEntry("monthlyIncome", Money.parse("300.00"));
        assertThat(d.finding(ExtremePovertyProgram.ASSETS.id()).orElseThrow().facts())
                .containsEntry("assetsHeld", false);
        Decision<ExtremePovertyResult> forest = PROGRAM.decide(
                person(aged(70))
                        .assets(ImmutableAssets.builder()
                                .addProperty(new org.minzheng.eligibility.household.PropertyItem(
                                        org.minzheng.eligibility.household.PropertyKind.FOREST,
                                        Money.parse("1000.00"),
                                        true))
                                .build())
                        .build(),
                huzhou());
        assertThat(forest.finding(ExtremePovertyProgram.ASSETS.id())
                        .orElseThrow()
                        .facts())
                .containsEntry("assetsHeld", true);
        Decision<ExtremePovertyResult> car = PROGRAM.decide(
                person(aged(70))
                        .assets(ImmutableAssets.builder()
                                .addVehicles(new Vehicle(Vehicle.Use.LIVELIHOOD, Money.parse("5000.00")))
                                .build())
                        .build(),
                huzhou());
        assertThat(car.finding(ExtremePovertyProgram.ASSETS.id()).orElseThrow().facts())
                .containsEntry("assetsHeld", true);
    }

    static ImmutableLegalSupporter.Builder supporter(Relation relation, LocalDate birth) {
        return ImmutableLegalSupporter.builder().relation(relation).birthDate(birth);
    }

    static Decision<ExtremePovertyResult> withSupporter(LegalSupporter s, PolicySnapshot snapshot) {
        return PROGRAM.decide(person(aged(75)).addSupporters(s).build(), snapshot);
    }

    @Test
    void art8_supporters() {
        // an ordinary adult son can support
        Decision<ExtremePovertyResult> son = withSupporter(
                supporter(Relation.CHILD, aged(45))
                        .annualIncome(Money.parse("80000.00"))
                        .build(),
                huzhou());
        assertThat(son.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(verdict(son, ExtremePovertyProgram.NO_ABLE_SUPPORTER)).isEqualTo(Verdict.NOT_MET);
        // (1) a spouse in extreme poverty; (2) a spouse on dibao aged 60, but not 59
        assertThat(withSupporter(
                                supporter(Relation.SPOUSE, aged(74))
                                        .assistance(AssistanceStatus.EXTREME_POVERTY)
                                        .build(),
                                huzhou())
                        .outcome())
                .isEqualTo(Outcome.ELIGIBLE);
        assertThat(withSupporter(
                                supporter(Relation.SPOUSE, aged(60))
                                        .assistance(AssistanceStatus.DIBAO)
                                        .build(),
                                huzhou())
                        .outcome())
                .isEqualTo(Outcome.ELIGIBLE);
        assertThat(withSupporter(
                                supporter(Relation.SPOUSE, turning(60))
                                        .assistance(AssistanceStatus.DIBAO)
                                        .build(),
                                huzhou())
                        .outcome())
                .isEqualTo(Outcome.INELIGIBLE);
        // (3) a spouse aged 72 with low income: the disposable-income statistic is missing in Huzhou
        ImmutableLegalSupporter old = supporter(Relation.SPOUSE, aged(72))
                .annualIncome(Money.parse("49999.99"))
                .build();
        Decision<ExtremePovertyResult> undetermined = withSupporter(old, huzhou());
        assertThat(undetermined.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(undetermined.missingParameters())
                .extracting(MissingParameter::key)
                .containsExactly("statistics.disposable-income-last-year");
        assertThat(withSupporter(old, fixture()).outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(withSupporter(old.withAnnualIncome(Money.parse("50000.00")), fixture())
                        .outcome())
                .isEqualTo(Outcome.INELIGIBLE);
        assertThat(withSupporter(old.withBirthDate(turning(70)), fixture()).outcome())
                .isEqualTo(Outcome.INELIGIBLE);
        // (4) grade-3 intellectual disability counts, grade-3 physical does not
        ImmutableLegalSupporter disabled = supporter(Relation.CHILD, aged(40))
                .annualIncome(Money.parse("10000.00"))
                .disability(new Disability(DisabilityCategory.INTELLECTUAL, 3, true))
                .build();
        assertThat(withSupporter(disabled, fixture()).outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(withSupporter(
                                disabled.withDisability(new Disability(DisabilityCategory.PHYSICAL, 3, true)),
                                fixture())
                        .outcome())
                .isEqualTo(Outcome.INELIGIBLE);
        // (5) in prison with no assets: no income test, nothing to configure
        assertThat(withSupporter(
                                supporter(Relation.CHILD, aged(40))
                                        .status(SupporterStatus.IN_PRISON)
                                        .annualIncome(Money.parse("90000.00"))
                                        .build(),
                                huzhou())
                        .outcome())
                .isEqualTo(Outcome.ELIGIBLE);
        // (6) a provincial case goes to a person
        assertThat(withSupporter(
                                supporter(Relation.CHILD, aged(40))
                                        .provincialCase(true)
                                        .build(),
                                huzhou())
                        .outcome())
                .isEqualTo(Outcome.NEEDS_REVIEW);
    }

    /**
     * 特困人员认定办法 第九条: "同时符合特困人员救助供养条件和孤儿、事实无人抚养儿童认定条件的未成年人，选择申请纳入孤儿、事实无人抚养儿童基本生活保障范围的，
     * 不再认定为特困人员" — the child scheme excludes 特困 only when the minor <em>chooses</em> it.
     */
    @Test
    void art9_aMinorWhoQualifiesAsAnOrphan_andChoosesTheChildScheme_isNotRecognised() {
        ImmutableExtremePovertyFacts orphan = person(aged(10))
                .qualifiesForChildScheme(true)
                .schemeChoice(SchemeChoice.CHILD_SCHEME)
                .build();
        Decision<ExtremePovertyResult> d = PROGRAM.decide(orphan, huzhou());
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(verdict(d, ExtremePovertyProgram.CHILD_SCHEME)).isEqualTo(Verdict.NOT_MET);
        assertThat(d.finding(ExtremePovertyProgram.CHILD_SCHEME.id())
                        .orElseThrow()
                        .citation())
                .isEqualTo(EligibilityCitations.EP_ART_9);
        Decision<ExtremePovertyResult> chose =
                PROGRAM.decide(orphan.withSchemeChoice(SchemeChoice.EXTREME_POVERTY), huzhou());
        assertThat(chose.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(verdict(chose, ExtremePovertyProgram.CHILD_SCHEME)).isEqualTo(Verdict.NOT_APPLICABLE);
    }

    /** 第九条 leaves the scheme to the applicant's choice (选择): without it a person asks — never a refusal. */
    @Test
    void art9_aMinorWhoQualifiesForBoth_withNoChoiceGiven_needsReview_notIneligible() {
        ImmutableExtremePovertyFacts orphan =
                person(aged(10)).qualifiesForChildScheme(true).build();
        Decision<ExtremePovertyResult> d = PROGRAM.decide(orphan, huzhou());
        assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(verdict(d, ExtremePovertyProgram.CHILD_SCHEME)).isEqualTo(Verdict.NEEDS_REVIEW);
        // not decided: neither recognised nor refused (issue 21 item 5)
        assertThat(d.result().orElseThrow().eligible()).isEmpty();
        assertThat(SpecialBooks.explainBoth(PROGRAM, d)).contains("第九条").doesNotContain("{");
        // not otherwise qualifying: the other conditions still refuse
        ImmutableExtremePovertyFacts earner = orphan.withIncomes(income("5000.00"));
        assertThat(PROGRAM.decide(earner, huzhou()).outcome()).isEqualTo(Outcome.INELIGIBLE);
    }

    @Test
    void aSchemeChoice_withoutQualifyingForTheChildScheme_isAnInputError() {
        ExtremePovertyFacts f =
                person(aged(10)).schemeChoice(SchemeChoice.EXTREME_POVERTY).build();
        assertThatThrownBy(() -> PROGRAM.decide(f, huzhou()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path() + " " + v.code())
                                .containsExactly("facts.schemeChoice special.scheme-choice-without-child-scheme"));
    }

    @Test
    void badFacts_areRejectedWithEveryViolation() {
        ExtremePovertyFacts bad = person(DATE.plusDays(1))
                .fullTimeStudent(true)
                .addIncomes(ImmutablePersonalIncome.builder()
                        .category(IncomeCategory.WAGES)
                        .amount(Money.ofFen(-1))
                        .months(13)
                        .build())
                .addSupporters(supporter(Relation.APPLICANT, DATE.plusYears(1)).build())
                .build();
        assertThatThrownBy(() -> PROGRAM.decide(bad, huzhou()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path() + " " + v.code())
                                .containsExactlyInAnyOrder(
                                        "facts.incomes[0].amount NonNegativeMoney",
                                        "facts.incomes[0].months Max",
                                        "facts.birthDate date.after-decision",
                                        "facts.schoolLevel special.school-level-missing",
                                        "facts.supporters[0].relation special.supporter-is-applicant",
                                        "facts.supporters[0].birthDate date.after-decision"));
        ExtremePovertyFacts adultOrphan =
                person(aged(30)).qualifiesForChildScheme(true).build();
        assertThatThrownBy(() -> PROGRAM.decide(adultOrphan, huzhou()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path() + " " + v.code())
                                .containsExactly("facts.qualifiesForChildScheme special.child-scheme-adult"));
    }

    @Test
    void aMissingSelfCareItem_isAnInputError_notAFailedItem() {
        String json = "{\"birthDate\":\"1950-01-01\",\"selfCare\":{\"eating\":true,\"dressing\":true,"
                + "\"gettingInOutOfBed\":true,\"toileting\":true,\"walkingIndoors\":true}}";
        ExtremePovertyFacts f = Json.convert(Json.readTree(json, "facts"), ExtremePovertyFacts.class, "facts");
        assertThatThrownBy(() -> PROGRAM.decide(f, huzhou()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path() + " " + v.code())
                                .containsExactly("facts.selfCare.bathing NotNull"));
    }

    @Test
    void sameFacts_sameJson() {
        ExtremePovertyFacts f = person(aged(66))
                .addSupporters(supporter(Relation.CHILD, aged(40)).build())
                .build();
        assertThat(Json.pretty(PROGRAM.decide(f, huzhou()))).isEqualTo(Json.pretty(PROGRAM.decide(f, huzhou())));
        String facts = Json.pretty(f);
        assertThat(Json.convert(Json.readTree(facts, "facts"), ExtremePovertyFacts.class, "facts"))
                .isEqualTo(f);
    }

    @Test
    void theFormOfSupport_citesSocialAssistanceMeasuresArticle19_notTheSelfCareArticles() {
        // 社会救助暂行办法 第十九条: 特困供养人员可以在当地的供养服务机构集中供养，也可以在家分散供养。特困供养人员可以自行选择供养形式。
        Decision<ExtremePovertyResult> d = PROGRAM.decide(person(aged(80)).build(), fixture());
        Finding arrangement =
                d.finding(ExtremePovertyProgram.SUPPORT_ARRANGEMENT.id()).orElseThrow();
        assertThat(arrangement.verdict()).isEqualTo(Verdict.INFO);
        assertThat(arrangement.citation()).isEqualTo(EligibilityCitations.SA_ART_19);
        assertThat(d.finding(ExtremePovertyProgram.SELF_CARE.id()).orElseThrow().facts())
                .doesNotContainKey("arrangement");
    }
}
