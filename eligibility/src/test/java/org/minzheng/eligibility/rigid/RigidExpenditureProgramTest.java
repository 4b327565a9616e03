package org.minzheng.eligibility.rigid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.eligibility.Households.familyOfThree;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.MissingParameter;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.person.AssistanceStatus;
import org.minzheng.eligibility.Books;
import org.minzheng.eligibility.household.ExpenditureType;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.household.RigidExpenditure;

class RigidExpenditureProgramTest {

    static final RigidExpenditureProgram P = new RigidExpenditureProgram();

    static Household withMedical(String wage, String ownShare, LocalDate when) {
        return familyOfThree(wage)
                .withApplicationDate(Books.MAR_2025)
                .withRigidExpenditures(new RigidExpenditure(
                        ExpenditureType.MEDICAL,
                        when,
                        Money.parse(ownShare).plus(Money.parse("1000.00")),
                        Money.parse("1000.00"),
                        Money.ZERO));
    }

    @Test
    void notInForceBefore2025() {
        Decision<RigidExpenditureResult> d = P.decide(
                org.minzheng.eligibility.household.ImmutableHousehold.copyOf(
                                withMedical("6000.00", "60000.00", LocalDate.of(2024, 6, 1)))
                        .withApplicationDate(Books.DEC_2024),
                Books.official(Books.DEC_2024));
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(d.finding(RigidExpenditureProgram.IN_FORCE.id())
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void officialPack_namesTheMissingLocalValues() {
        Decision<RigidExpenditureResult> d =
                P.decide(withMedical("6000.00", "60000.00", LocalDate.of(2024, 12, 1)), Books.official(Books.MAR_2025));
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.missingParameters())
                .extracting(MissingParameter::key)
                .containsExactly("statistics.disposable-income-last-year", "rigid.spending-share-threshold");
    }

    @Test
    void illustrative_spendingShareBoundaryAndTwelveMonthWindow() {
        var s = Books.illustrative(Books.MAR_2025);
        // income 6000 × 12 = 72,000; 60 % = 43,200: spending must exceed it
        assertThat(P.decide(withMedical("6000.00", "43200.01", LocalDate.of(2024, 12, 1)), s)
                        .outcome())
                .isEqualTo(Outcome.ELIGIBLE);
        assertThat(P.decide(withMedical("6000.00", "43200.00", LocalDate.of(2024, 12, 1)), s)
                        .outcome())
                .isEqualTo(Outcome.INELIGIBLE);
        // 2024-03-01 is within the 12 months before 2025-03-01; 2024-02-29 is not
        assertThat(P.decide(withMedical("6000.00", "50000.00", LocalDate.of(2024, 3, 1)), s)
                        .outcome())
                .isEqualTo(Outcome.ELIGIBLE);
        assertThat(P.decide(withMedical("6000.00", "50000.00", LocalDate.of(2024, 2, 29)), s)
                        .outcome())
                .isEqualTo(Outcome.INELIGIBLE);
        Decision<RigidExpenditureResult> d = P.decide(withMedical("6000.00", "50000.00", LocalDate.of(2024, 12, 1)), s);
        assertThat(d.result().orElseThrow().validUntil()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void aHouseholdAlreadyOnDibaoIsNotRecognised() {
        var s = Books.illustrative(Books.MAR_2025);
        Household h = org.minzheng.eligibility.household.ImmutableHousehold.copyOf(
                        withMedical("6000.00", "50000.00", LocalDate.of(2024, 12, 1)))
                .withCurrentAssistance(AssistanceStatus.DIBAO);
        assertThat(P.decide(h, s).outcome()).isEqualTo(Outcome.INELIGIBLE);
    }

    @Test
    void incomeAboveDisposableIncome_isIneligible() {
        var s = Books.illustrative(Books.MAR_2025);
        // per capita 15,000 × 12 / 3 = 60,000: not below 60,000
        assertThat(P.decide(withMedical("15000.00", "150000.00", LocalDate.of(2024, 12, 1)), s)
                        .outcome())
                .isEqualTo(Outcome.INELIGIBLE);
        assertThat(P.decide(withMedical("14999.99", "150000.00", LocalDate.of(2024, 12, 1)), s)
                        .outcome())
                .isEqualTo(Outcome.ELIGIBLE);
    }
}
