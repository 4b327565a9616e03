package org.minzheng.funeral.afterdeath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.MissingParameter;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.ValueSource;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.funeral.FuneralCitations;
import org.minzheng.funeral.FuneralParameters;
import org.minzheng.funeral.testing.FuneralGenerators;
import org.minzheng.funeral.testing.FuneralTestBooks;

class AfterDeathTasksProgramTest {

    static final AfterDeathTasksProgram PROGRAM = new AfterDeathTasksProgram();
    static final LocalDate DATE = LocalDate.of(2024, 12, 1);
    static final LocalDate DEATH = LocalDate.of(2024, 11, 30);

    static TaskItem task(Decision<AfterDeathTasksResult> d, AfterDeathTask t) {
        return d.result().orElseThrow().tasks().stream()
                .filter(i -> i.task() == t)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void huzhou_ruralDibaoRecipient_hukouInOneMonth_dibaoReviewInThreeMonths_stopMonthAbsentButTheBundleDecided() {
        AfterDeathFacts f = ImmutableAfterDeathFacts.builder()
                .dateOfDeath(DEATH)
                .settlement(Settlement.RURAL)
                .addBenefits(Benefit.DIBAO)
                .build();
        Decision<AfterDeathTasksResult> d = PROGRAM.decide(f, FuneralTestBooks.huzhou(DATE));
        assertThat(d.result().orElseThrow().tasks())
                .extracting(TaskItem::task)
                .containsExactly(AfterDeathTask.HUKOU_CANCELLATION, AfterDeathTask.DIBAO_HOUSEHOLD_REVIEW);
        TaskItem hukou = task(d, AfterDeathTask.HUKOU_CANCELLATION);
        assertThat(hukou.department()).isEqualTo(Department.PUBLIC_SECURITY);
        assertThat(hukou.dueRule()).isEqualTo(DueRule.WITHIN_MONTHS_OF_DEATH);
        assertThat(hukou.deadline())
                .as("one month: the corresponding day of the next month")
                .isEqualTo(LocalDate.of(2024, 12, 30));
        TaskItem dibao = task(d, AfterDeathTask.DIBAO_HOUSEHOLD_REVIEW);
        assertThat(dibao.department()).isEqualTo(Department.CIVIL_AFFAIRS);
        assertThat(dibao.deadline())
                .as("30 Nov + 3 months: no 30 February, so the last day of February")
                .isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(dibao.paymentStopsFrom()).isNull();
        assertThat(dibao.missingParameters())
                .containsExactly("after-death.dibao-household-review.payment-stop-offset-months");
        assertThat(d.outcome())
                .as("the tasks are decided by the facts; the stop month only dates one")
                .isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.missingParameters()).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo("after-death.dibao-household-review.payment-stop-offset-months");
            assertThat(m.absentFields()).containsExactly("paymentStopsFrom");
        });
        assertThat(d.finding(AfterDeathTasksProgram.PAYMENT_STOP_NOT_CONFIGURED.id())
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.INFO);
    }

    @Test
    void extremePovertyPerson_paymentStopsFromTheNextMonth_underArt26_onTheOfficialPack() {
        // 特困人员认定办法 第二十六条第二款: "县级人民政府民政部门应当作出终止决定并从下月起终止救助供养"
        AfterDeathFacts f = ImmutableAfterDeathFacts.builder()
                .dateOfDeath(DEATH)
                .settlement(Settlement.URBAN)
                .addBenefits(Benefit.EXTREME_POVERTY_SUPPORT)
                .build();
        Decision<AfterDeathTasksResult> d = PROGRAM.decide(f, FuneralTestBooks.huzhou(DATE));
        TaskItem tekun = task(d, AfterDeathTask.EXTREME_POVERTY_TERMINATION);
        assertThat(tekun.paymentStopsFrom()).isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(tekun.missingParameters()).containsExactly("after-death.extreme-poverty-termination.due-months");
        assertThat(d.findings())
                .filteredOn(x -> x.rule().equals(AfterDeathTasksProgram.PAYMENT_STOP.id()))
                .singleElement()
                .satisfies(x -> {
                    // the finding cites the task's article; the national row's reading of Art. 26 is its source
                    assertThat(x.citation()).isEqualTo(FuneralCitations.EXTREME_POVERTY_ART_24);
                    assertThat(x.sources())
                            .extracting(ValueSource::citation)
                            .containsExactly(FuneralCitations.EXTREME_POVERTY_ART_26);
                });
        assertThat(d.warnings()).as("a national value, not an illustrative one").isEmpty();
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        // before the 2021 办法 was in force there is no value: the date is left out, the task still listed
        Decision<AfterDeathTasksResult> before = PROGRAM.decide(
                ImmutableAfterDeathFacts.copyOf(f).withDateOfDeath(LocalDate.of(2021, 5, 3)),
                FuneralTestBooks.huzhou(LocalDate.of(2021, 6, 1)));
        assertThat(task(before, AfterDeathTask.EXTREME_POVERTY_TERMINATION).paymentStopsFrom())
                .isNull();
        assertThat(before.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void extremePovertyStopMonth_isAReadingOfArt26_gradedDerived_withItsReasonStated() {
        // 特困人员认定办法 第二十六条: "公示期为7天。公示期满无异议的，县级人民政府民政部门应当作出终止决定并从下月起终止救助供养"
        // — "the next month" counts from the decision, not from the death: the row is a reading, said so and why
        var row = FuneralTestBooks.official()
                .snapshot(FuneralTestBooks.HUZHOU, DATE)
                .find(FuneralParameters.AFTER_DEATH_STOP_OFFSET.get(AfterDeathTask.EXTREME_POVERTY_TERMINATION));
        assertThat(row.value()).isEqualTo(1);
        assertThat(row.grade()).isEqualTo(org.minzheng.core.policy.Provenance.DERIVED);
        assertThat(row.citation()).isEqualTo(FuneralCitations.EXTREME_POVERTY_ART_26);
        assertThat(row.note())
                .contains(
                        "A reading",
                        "termination decision",
                        "7-day public notice",
                        "Art. 24(1)",
                        "及时",
                        "month after the month of death");
        // a death on the last day of a month still stops payment from the first day of the next
        Decision<AfterDeathTasksResult> lastDay = PROGRAM.decide(
                ImmutableAfterDeathFacts.builder()
                        .dateOfDeath(LocalDate.of(2024, 10, 31))
                        .settlement(Settlement.URBAN)
                        .addBenefits(Benefit.EXTREME_POVERTY_SUPPORT)
                        .build(),
                FuneralTestBooks.huzhou(DATE));
        assertThat(task(lastDay, AfterDeathTask.EXTREME_POVERTY_TERMINATION).paymentStopsFrom())
                .isEqualTo(LocalDate.of(2024, 11, 1));
        // and on the first day of a month, from the first day of the next month (not the same month)
        Decision<AfterDeathTasksResult> firstDay = PROGRAM.decide(
                ImmutableAfterDeathFacts.builder()
                        .dateOfDeath(LocalDate.of(2024, 11, 1))
                        .settlement(Settlement.URBAN)
                        .addBenefits(Benefit.EXTREME_POVERTY_SUPPORT)
                        .build(),
                FuneralTestBooks.huzhou(DATE));
        assertThat(task(firstDay, AfterDeathTask.EXTREME_POVERTY_TERMINATION).paymentStopsFrom())
                .isEqualTo(LocalDate.of(2024, 12, 1));
    }

    @Test
    void urbanHukou_isDueBeforeTheBurial_whetherOrNotTheBurialDateIsKnown() {
        Decision<AfterDeathTasksResult> known = PROGRAM.decide(
                ImmutableAfterDeathFacts.builder()
                        .dateOfDeath(DEATH)
                        .settlement(Settlement.URBAN)
                        .burialDate(LocalDate.of(2024, 12, 3))
                        .build(),
                FuneralTestBooks.huzhou(DATE));
        assertThat(known.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(task(known, AfterDeathTask.HUKOU_CANCELLATION).dueRule()).isEqualTo(DueRule.BEFORE_BURIAL);
        assertThat(task(known, AfterDeathTask.HUKOU_CANCELLATION).deadline()).isEqualTo(LocalDate.of(2024, 12, 3));
        Decision<AfterDeathTasksResult> unknown = PROGRAM.decide(
                ImmutableAfterDeathFacts.builder()
                        .dateOfDeath(DEATH)
                        .settlement(Settlement.URBAN)
                        .build(),
                FuneralTestBooks.huzhou(DATE));
        assertThat(unknown.finding(AfterDeathTasksProgram.HUKOU_URBAN_UNSCHEDULED.id()))
                .isPresent();
        assertThat(task(unknown, AfterDeathTask.HUKOU_CANCELLATION).deadline()).isNull();
    }

    @Test
    void settlementsWithoutASourcedDeadline_areListedWithTheDeadlineAbsent_namingTheKey() {
        AfterDeathFacts f = ImmutableAfterDeathFacts.builder()
                .dateOfDeath(DEATH)
                .settlement(Settlement.URBAN)
                .basicPensionInsured(true)
                .medicallyInsured(true)
                .providentFundAccount(true)
                .drivingLicence(true)
                .build();
        Decision<AfterDeathTasksResult> d = PROGRAM.decide(f, FuneralTestBooks.huzhou(DATE));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.missingParameters())
                .allSatisfy(m -> assertThat(m.absentFields()).containsExactly("deadline"));
        assertThat(d.findings())
                .filteredOn(x -> x.rule().equals(AfterDeathTasksProgram.DUE_NOT_CONFIGURED.id()))
                .hasSize(4)
                .allSatisfy(x -> assertThat(x.verdict()).isEqualTo(Verdict.INFO));
        assertThat(d.missingParameters())
                .extracting(MissingParameter::key)
                .containsExactly(
                        "after-death.pension-settlement.due-months",
                                "after-death.medical-insurance-settlement.due-months",
                        "after-death.provident-fund-withdrawal.due-months",
                                "after-death.driving-licence-cancellation.due-months");
        TaskItem pension = task(d, AfterDeathTask.PENSION_SETTLEMENT);
        assertThat(pension.dueRule()).isEqualTo(DueRule.NOT_CONFIGURED);
        assertThat(pension.department()).isEqualTo(Department.HUMAN_RESOURCES_AND_SOCIAL_SECURITY);
        assertThat(task(d, AfterDeathTask.PROVIDENT_FUND_WITHDRAWAL).department())
                .isEqualTo(Department.HOUSING_PROVIDENT_FUND_CENTRE);
    }

    @Test
    void withConfiguredValues_paymentsStopFromTheFirstDayOfTheMonthAfterDeath() {
        AfterDeathFacts f = ImmutableAfterDeathFacts.builder()
                .dateOfDeath(LocalDate.of(2024, 10, 17))
                .settlement(Settlement.RURAL)
                .addBenefits(Benefit.DIBAO, Benefit.EXTREME_POVERTY_SUPPORT)
                .basicPensionInsured(true)
                .build();
        Decision<AfterDeathTasksResult> d = PROGRAM.decide(f, FuneralTestBooks.huzhouFixture(DATE));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(task(d, AfterDeathTask.DIBAO_HOUSEHOLD_REVIEW).paymentStopsFrom())
                .isEqualTo(LocalDate.of(2024, 11, 1));
        assertThat(task(d, AfterDeathTask.EXTREME_POVERTY_TERMINATION).paymentStopsFrom())
                .isEqualTo(LocalDate.of(2024, 11, 1));
        // 17 November 2024 is a Sunday: the month ends on Monday 18 November (民法典 第二百零三条)
        assertThat(task(d, AfterDeathTask.EXTREME_POVERTY_TERMINATION).deadline())
                .isEqualTo(LocalDate.of(2024, 11, 18));
        assertThat(task(d, AfterDeathTask.PENSION_SETTLEMENT).deadline()).isEqualTo(LocalDate.of(2025, 4, 17));
    }

    @Test
    void everyBenefitHasTheTaskThatStopsIt_andTheBundleFollowsTheFacts() {
        for (Benefit b : Benefit.values()) {
            assertThat(AfterDeathTask.stopping(b).benefit()).isEqualTo(b);
        }
        qt().withExamples(200).forAll(FuneralGenerators.afterDeathFacts(DATE)).checkAssert(f -> {
            Decision<AfterDeathTasksResult> d = PROGRAM.decide(f, FuneralTestBooks.huzhou(DATE));
            List<AfterDeathTask> tasks = d.result().orElseThrow().tasks().stream()
                    .map(TaskItem::task)
                    .toList();
            assertThat(tasks).contains(AfterDeathTask.HUKOU_CANCELLATION);
            assertThat(tasks.contains(AfterDeathTask.PENSION_SETTLEMENT)).isEqualTo(f.basicPensionInsured());
            for (Benefit b : Benefit.values()) {
                assertThat(tasks.contains(AfterDeathTask.stopping(b)))
                        .isEqualTo(f.benefits().contains(b));
            }
            for (TaskItem t : d.result().orElseThrow().tasks()) {
                assertThat(t.department()).isEqualTo(t.task().department());
                if (t.deadline() != null && t.dueRule() == DueRule.WITHIN_MONTHS_OF_DEATH) {
                    assertThat(t.deadline()).isAfter(f.dateOfDeath());
                }
                if (t.task().benefit() != null) {
                    String stopKey = FuneralParameters.AFTER_DEATH_STOP_OFFSET
                            .get(t.task())
                            .name();
                    assertThat(t.missingParameters().contains(stopKey)).isEqualTo(t.paymentStopsFrom() == null);
                }
            }
            assertThat(d.outcome())
                    .as("a missing date never withholds the bundle")
                    .isEqualTo(Outcome.ELIGIBLE);
            assertThat(d.missingParameters())
                    .noneSatisfy(m -> assertThat(m.blocksOutcome()).isTrue());
        });
        assertThat(EnumSet.allOf(AfterDeathTask.class))
                .allSatisfy(t -> assertThat(t.citation()).isNotNull());
    }

    @Test
    void badFacts_areRejected() {
        AfterDeathFacts f = ImmutableAfterDeathFacts.builder()
                .dateOfDeath(LocalDate.of(2024, 12, 5))
                .settlement(Settlement.URBAN)
                .burialDate(LocalDate.of(2024, 12, 4))
                .build();
        assertThatThrownBy(() -> PROGRAM.decide(f, FuneralTestBooks.huzhou(DATE)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path() + " " + v.code())
                                .containsExactly(
                                        "facts.burialDate date.before-other", "facts.dateOfDeath date.after-decision"));
    }

    @Test
    void aRegionWithoutTheHukouPeriod_leavesTheRuralDeadlineAbsent_andStillListsTheTask() {
        // 户口登记条例 第八条 "农村在一个月以内" is national; a book without it (test gaps) only blanks the date
        Decision<AfterDeathTasksResult> d = PROGRAM.decide(
                ImmutableAfterDeathFacts.builder()
                        .dateOfDeath(DEATH)
                        .settlement(Settlement.RURAL)
                        .build(),
                FuneralTestBooks.gaps().snapshot(FuneralTestBooks.HUZHOU, DATE));
        TaskItem hukou = task(d, AfterDeathTask.HUKOU_CANCELLATION);
        assertThat(hukou.dueRule()).isEqualTo(DueRule.NOT_CONFIGURED);
        assertThat(hukou.deadline()).isNull();
        assertThat(hukou.department()).isEqualTo(Department.PUBLIC_SECURITY);
        assertThat(hukou.missingParameters()).containsExactly(FuneralParameters.HUKOU_RURAL_DUE_MONTHS.name());
        assertThat(d.finding(AfterDeathTasksProgram.HUKOU_RURAL_NOT_CONFIGURED.id())
                        .orElseThrow()
                        .citation())
                .isEqualTo(FuneralCitations.HUKOU_ART_8);
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void theProgramListsEveryKeyItReads_andEachTasksKeyIsThePacksSpelling() {
        assertThat(new AfterDeathTasksProgram().parameters())
                .contains(FuneralParameters.HUKOU_RURAL_DUE_MONTHS)
                .containsAll(FuneralParameters.AFTER_DEATH_DUE_MONTHS.values())
                .containsAll(FuneralParameters.AFTER_DEATH_STOP_OFFSET.values());
        assertThat(AfterDeathTask.EXTREME_POVERTY_TERMINATION.keyName()).isEqualTo("extreme-poverty-termination");
        assertThat(AfterDeathTask.DRIVING_LICENCE_CANCELLATION.keyName()).isEqualTo("driving-licence-cancellation");
        assertThat(ImmutableAfterDeathFacts.builder()
                        .dateOfDeath(DEATH)
                        .settlement(Settlement.URBAN)
                        .build()
                        .burialDate())
                .isEmpty();
        assertThat(ImmutableAfterDeathFacts.builder()
                        .dateOfDeath(DEATH)
                        .settlement(Settlement.URBAN)
                        .burialDate(DATE)
                        .build()
                        .burialDate())
                .contains(DATE);
    }

    @Test
    void aDeathDecidedIn2024_citesTheOneMatterOpinionInForceThen_neverThe2025List() {
        AfterDeathFacts f = ImmutableAfterDeathFacts.builder()
                .dateOfDeath(DEATH)
                .settlement(Settlement.RURAL)
                .addBenefits(Benefit.DIBAO)
                .drivingLicence(true)
                .build();
        Decision<AfterDeathTasksResult> in2024 = PROGRAM.decide(f, FuneralTestBooks.huzhou(DATE));
        assertThat(in2024.findings())
                .extracting(org.minzheng.core.decision.Finding::citation)
                .contains(FuneralCitations.EFFICIENT_SERVICE)
                .doesNotContain(FuneralCitations.ONE_THING_AFTER_DEATH);
        assertThat(in2024.finding(AfterDeathTasksProgram.BUNDLE.id())
                        .orElseThrow()
                        .citation())
                .isEqualTo(FuneralCitations.EFFICIENT_SERVICE);
        // from 2025 (国办函〔2025〕3号) the list is the text of the after-death item
        LocalDate death2025 = LocalDate.of(2025, 3, 3);
        Decision<AfterDeathTasksResult> in2025 = PROGRAM.decide(
                ImmutableAfterDeathFacts.copyOf(f).withDateOfDeath(death2025),
                FuneralTestBooks.huzhou(death2025.plusDays(2)));
        assertThat(in2025.finding(AfterDeathTasksProgram.BUNDLE.id())
                        .orElseThrow()
                        .citation())
                .isEqualTo(FuneralCitations.ONE_THING_AFTER_DEATH);
        assertThat(FuneralCitations.oneThingOn(LocalDate.of(2024, 12, 31)))
                .isEqualTo(FuneralCitations.EFFICIENT_SERVICE);
        assertThat(FuneralCitations.oneThingOn(LocalDate.of(2025, 1, 1)))
                .isEqualTo(FuneralCitations.ONE_THING_AFTER_DEATH);
    }
}
