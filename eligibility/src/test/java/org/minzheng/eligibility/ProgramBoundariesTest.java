package org.minzheng.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.eligibility.Households.familyOfThree;
import static org.minzheng.eligibility.Households.member;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.id.ResidentIdNumber;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.Program;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.core.validation.Violation;
import org.minzheng.eligibility.dibao.DibaoProgram;
import org.minzheng.eligibility.dibao.ImmutableSingleMemberFacts;
import org.minzheng.eligibility.dibao.SingleMemberProgram;
import org.minzheng.eligibility.dibao.SingleMemberResult;
import org.minzheng.eligibility.edge.LowIncomeEdgeProgram;
import org.minzheng.eligibility.household.Absence;
import org.minzheng.eligibility.household.AbsenceReason;
import org.minzheng.eligibility.household.ExpenditureType;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.household.ImmutableHousehold;
import org.minzheng.eligibility.household.ImmutableMember;
import org.minzheng.eligibility.household.Relation;
import org.minzheng.eligibility.household.RigidExpenditure;
import org.minzheng.eligibility.rigid.RigidExpenditureProgram;
import org.minzheng.eligibility.screening.AssistanceScreeningProgram;
import org.minzheng.eligibility.screening.ImmutableScreeningFacts;
import org.minzheng.eligibility.screening.ScreeningResult;

/** Boundaries and wiring the scenario tests leave implicit: every household program validates, every threshold's edge. */
class ProgramBoundariesTest {

    static final PolicySnapshot DEC = Books.official(Books.DEC_2024);

    static Household twoApplicants() {
        return ImmutableHousehold.copyOf(familyOfThree("1000.00"))
                .withApplicationDate(DEC.date())
                .withMembers(
                        member(Relation.APPLICANT, 1980).build(),
                        member(Relation.APPLICANT, 1981).build());
    }

    @Test
    void everyHouseholdProgram_rejectsInvalidHouseholds() {
        List<Program<Household, ?>> programs =
                List.of(new DibaoProgram(), new LowIncomeEdgeProgram(), new RigidExpenditureProgram());
        for (Program<Household, ?> p : programs) {
            assertThatThrownBy(() -> p.decide(twoApplicants(), DEC))
                    .as(p.id())
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.violations())
                                    .extracting(Violation::code)
                                    .containsExactly("household.applicant-count"));
        }
        assertThatThrownBy(() -> new AssistanceScreeningProgram()
                        .decide(
                                ImmutableScreeningFacts.builder()
                                        .household(twoApplicants())
                                        .build(),
                                DEC))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::path)
                                .containsExactly("facts.household.members"));
        assertThatThrownBy(() -> new SingleMemberProgram()
                        .decide(
                                ImmutableSingleMemberFacts.builder()
                                        .household(twoApplicants())
                                        .member(2)
                                        .build(),
                                DEC))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path() + " " + v.code())
                                .containsExactly(
                                        "facts.household.members household.applicant-count",
                                        "facts.member household.unknown-member"));
        // the last listed member is a valid position
        assertThat(new SingleMemberProgram()
                        .validate(
                                ImmutableSingleMemberFacts.builder()
                                        .household(familyOfThree("1.00"))
                                        .member(2)
                                        .build(),
                                DEC))
                .isEmpty();
    }

    @Test
    void householdChecks_nameTheFirstListingOfADuplicate() {
        ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X");
        Household h = ImmutableHousehold.copyOf(familyOfThree("1.00"))
                .withMembers(
                        ImmutableMember.builder()
                                .relation(Relation.APPLICANT)
                                .birthDate(LocalDate.of(1949, 12, 31))
                                .idNumber(id)
                                .build(),
                        member(Relation.SPOUSE, 1950).build(),
                        ImmutableMember.builder()
                                .relation(Relation.PARENT)
                                .birthDate(LocalDate.of(1949, 12, 31))
                                .idNumber(id)
                                .build(),
                        member(Relation.CHILD, 1980)
                                .birthDate(LocalDate.of(2024, 12, 1))
                                .build());
        List<Violation> vs = new DibaoProgram().validate(h, DEC);
        assertThat(vs)
                .extracting(v -> v.path() + " " + v.code())
                .containsExactly("facts.members[2].idNumber household.member-duplicate");
        assertThat(vs.get(0).messageEn()).isEqualTo("is the same person as member #1 (identity number listed twice)");
        assertThat(vs.get(0).toString()).doesNotContain("11010519491231002X");
    }

    @Test
    void householdChecks_aNumberListedThreeTimes_namesTheFirstListingTwice() {
        ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X");
        ResidentIdNumber other = ResidentIdNumber.parse("110105194912310038");
        ImmutableMember.Builder withId = ImmutableMember.builder()
                .relation(Relation.PARENT)
                .birthDate(LocalDate.of(1949, 12, 31))
                .idNumber(id);
        Household h = ImmutableHousehold.copyOf(familyOfThree("1.00"))
                .withMembers(
                        member(Relation.APPLICANT, 1950).build(),
                        withId.build(),
                        withId.idNumber(other).build(),
                        withId.idNumber(id).build(),
                        withId.build());
        assertThat(new DibaoProgram().validate(h, DEC))
                .extracting(v -> v.path() + " " + v.code() + " " + v.messageEn())
                .containsExactly(
                        "facts.members[3].idNumber household.member-duplicate is the same person as member #2"
                                + " (identity number listed twice)",
                        "facts.members[4].idNumber household.member-duplicate is the same person as member #2"
                                + " (identity number listed twice)");
    }

    @Test
    void membersDefaults_areTheSafeOnes() {
        ImmutableMember m = member(Relation.SPOUSE, 1980).build();
        assertThat(m.ableToWork()).isFalse();
        assertThat(m.fullTimeStudent()).isFalse();
        assertThat(m.seriousIllness()).isFalse();
        assertThat(familyOfThree("1.00").incomeStable()).isTrue();
        assertThat(familyOfThree("1.00").incomeRoseFromEmployment()).isFalse();
    }

    @Test
    void rigidExpenditure_appliesFromItsFirstDay() {
        RigidExpenditureProgram p = new RigidExpenditureProgram();
        Household h = familyOfThree("6000.00")
                .withApplicationDate(LocalDate.of(2024, 12, 31))
                .withRigidExpenditures(new RigidExpenditure(
                        ExpenditureType.MEDICAL,
                        LocalDate.of(2024, 6, 1),
                        Money.parse("60000.00"),
                        Money.ZERO,
                        Money.ZERO));
        assertThat(p.decide(h, Books.illustrative(LocalDate.of(2024, 12, 31)))
                        .finding(RigidExpenditureProgram.IN_FORCE.id())
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.NOT_MET);
        Decision<?> first = p.decide(h, Books.illustrative(LocalDate.of(2025, 1, 1)));
        assertThat(first.finding(RigidExpenditureProgram.IN_FORCE.id())
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.MET);
        assertThat(first.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void screening_signalsAreRaisedAtTheirThresholds_andItsFingerprintCoversEverySubDecision() {
        AssistanceScreeningProgram p = new AssistanceScreeningProgram();
        PolicySnapshot s = Books.illustrative(Books.DEC_2024);
        // income 7000 × 12 = 84,000; half is 42,000: at the threshold the signal is raised
        Household at = familyOfThree("7000.00")
                .withRigidExpenditures(new RigidExpenditure(
                        ExpenditureType.MEDICAL,
                        LocalDate.of(2024, 6, 1),
                        Money.parse("42000.00"),
                        Money.ZERO,
                        Money.ZERO));
        Household below = familyOfThree("7000.00")
                .withRigidExpenditures(new RigidExpenditure(
                        ExpenditureType.MEDICAL,
                        LocalDate.of(2024, 6, 1),
                        Money.parse("41999.99"),
                        Money.ZERO,
                        Money.ZERO));
        assertThat(p.decide(ImmutableScreeningFacts.builder().household(at).build(), s)
                        .result()
                        .orElseThrow()
                        .signals())
                .extracting(ScreeningResult.Signal::kind)
                .containsExactly(ScreeningResult.SignalKind.MEDICAL_SPENDING);
        assertThat(p.decide(ImmutableScreeningFacts.builder().household(below).build(), s)
                        .result()
                        .orElseThrow()
                        .signals())
                .isEmpty();
        // a medical bill of a household already assisted raises nothing
        assertThat(p.decide(
                                ImmutableScreeningFacts.builder()
                                        .household(ImmutableHousehold.copyOf(at)
                                                .withCurrentAssistance(
                                                        org.minzheng.core.person.AssistanceStatus.LOW_INCOME_EDGE))
                                        .build(),
                                s)
                        .result()
                        .orElseThrow()
                        .signals())
                .isEmpty();
        // income 6300 against 9000 with a 30 % threshold: exactly at it
        assertThat(p.decide(
                                ImmutableScreeningFacts.builder()
                                        .household(familyOfThree("6300.00"))
                                        .previousMonthlyIncome(Money.parse("9000.00"))
                                        .build(),
                                s)
                        .result()
                        .orElseThrow()
                        .signals())
                .extracting(ScreeningResult.Signal::kind)
                .containsExactly(ScreeningResult.SignalKind.INCOME_DROP);
        // an uncounted member's income does not hide a drop
        Household withPrisoner = ImmutableHousehold.builder()
                .from(familyOfThree("6000.00"))
                .addMembers(member(Relation.SIBLING, 1985)
                        .absence(new Absence(AbsenceReason.IN_PRISON, LocalDate.of(2020, 1, 1)))
                        .build())
                .addIncomes(Households.wage(3, "9000.00"))
                .build();
        assertThat(p.decide(
                                ImmutableScreeningFacts.builder()
                                        .household(withPrisoner)
                                        .previousMonthlyIncome(Money.parse("9000.00"))
                                        .build(),
                                s)
                        .result()
                        .orElseThrow()
                        .signals())
                .hasSize(1);
        // every sub-decision run: dibao refuses, the edge test runs (and applies)
        Decision<ScreeningResult> d = p.decide(
                ImmutableScreeningFacts.builder()
                        .household(familyOfThree("4000.00"))
                        .build(),
                s);
        assertThat(d.parameterValues())
                .extracting(v -> v.key().name())
                .contains("dibao.standard", "edge.income-multiplier");
    }

    @Test
    void singleMember_personNotCounted_andNoGround() {
        SingleMemberProgram p = new SingleMemberProgram();
        Household h = ImmutableHousehold.copyOf(familyOfThree("4000.00"))
                .withMembers(
                        member(Relation.APPLICANT, 1980).build(),
                        member(Relation.SPOUSE, 1982)
                                .seriousIllness(true)
                                .absence(new Absence(AbsenceReason.IN_PRISON, LocalDate.of(2023, 1, 1)))
                                .build());
        Decision<SingleMemberResult> d = p.decide(
                ImmutableSingleMemberFacts.builder().household(h).member(1).build(), DEC);
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(d.finding(SingleMemberProgram.PERSON_COUNTED.id())
                        .orElseThrow()
                        .facts())
                .containsEntry("position", 2);
        Decision<SingleMemberResult> none = p.decide(
                ImmutableSingleMemberFacts.builder()
                        .household(familyOfThree("4000.00"))
                        .member(0)
                        .build(),
                DEC);
        assertThat(none.result().orElseThrow().ground()).isNull();
        // own income equal to the standard is not below it
        Household ill = ImmutableHousehold.copyOf(familyOfThree("0"))
                .withMembers(
                        member(Relation.APPLICANT, 1980).seriousIllness(true).build(),
                        member(Relation.SPOUSE, 1982).build(),
                        member(Relation.CHILD, 2012).build())
                .withIncomes(Households.wage(0, "1145.00"), Households.wage(1, "2300.00"));
        assertThat(p.decide(
                                ImmutableSingleMemberFacts.builder()
                                        .household(ill)
                                        .member(0)
                                        .build(),
                                DEC)
                        .finding(SingleMemberProgram.OWN_INCOME.id())
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void reviewPeriod_onlyACountedMemberAbleToWorkShortensIt() {
        Household h = ImmutableHousehold.copyOf(familyOfThree("2000.00"))
                .withIncomeStable(false)
                .withMembers(
                        member(Relation.APPLICANT, 1980).build(),
                                member(Relation.SPOUSE, 1982).build(),
                        member(Relation.CHILD, 2012).build(),
                                member(Relation.SIBLING, 1990).ableToWork(true).build());
        assertThat(new DibaoProgram().decide(h, DEC).result().orElseThrow().reviewMonths())
                .isEqualTo(12);
    }

    @Test
    void providers_declareTheirKeysAndFiles_freshlyLoaded() {
        PolicyBook fresh = PolicyBook.builder()
                .addProvider(new org.minzheng.core.policy.CorePolicyData())
                .addProvider(new EligibilityPolicyData())
                .build();
        assertThat(new EligibilityPolicyData().name()).isEqualTo("eligibility");
        assertThat(fresh.key("dibao.standard")).isPresent();
        assertThat(fresh.snapshot(Books.HUZHOU, Books.DEC_2024)
                        .find(EligibilityParameters.DIBAO_STANDARD)
                        .value())
                .isEqualTo(Money.parse("1145.00"));
        assertThat(fresh.dataVersions()).containsKey("org/minzheng/eligibility/policy/huzhou.yaml");
    }
}
