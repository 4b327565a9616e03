package org.minzheng.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.money.Money;
import org.minzheng.core.person.AssistanceStatus;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.eligibility.dibao.DibaoProgram;
import org.minzheng.eligibility.dibao.ImmutableSingleMemberFacts;
import org.minzheng.eligibility.dibao.SingleMemberProgram;
import org.minzheng.eligibility.edge.LowIncomeEdgeProgram;
import org.minzheng.eligibility.household.Deduction;
import org.minzheng.eligibility.household.Disability;
import org.minzheng.eligibility.household.DisabilityCategory;
import org.minzheng.eligibility.household.ExpenditureType;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.household.ImmutableAssets;
import org.minzheng.eligibility.household.RigidExpenditure;
import org.minzheng.eligibility.household.Vehicle;
import org.minzheng.eligibility.rigid.RigidExpenditureProgram;
import org.minzheng.eligibility.screening.AssistanceScreeningProgram;
import org.minzheng.eligibility.screening.ImmutableScreeningFacts;

/** A spread of decisions touching every rule and verdict, for the message checks. */
final class SampleDecisions {

    private SampleDecisions() {}

    static List<Decision<?>> all() {
        List<Household> households = new ArrayList<>();
        for (String wage : List.of("0", "2000.00", "3435.00", "4000.00", "6000.00", "9000.00", "20000.00")) {
            households.add(Households.familyOfThree(wage));
            households.add(Households.familyOfThree(wage)
                    .withAssets(ImmutableAssets.builder()
                            .financialAssets(Money.parse("100000.00"))
                            .homes(2)
                            .addVehicles(new Vehicle(Vehicle.Use.PRIVATE_CAR, Money.parse("1.00")))
                            .build()));
            households.add(Households.familyOfThree(wage)
                    .withDeductions(new Deduction(Deduction.DeductionType.RIGID_COST, Money.parse("100.00"), 1))
                    .withIncomeStable(false)
                    .withCurrentAssistance(AssistanceStatus.DIBAO)
                    .withIncomeRoseFromEmployment(true));
            households.add(Households.familyOfThree(wage)
                    .withRigidExpenditures(new RigidExpenditure(
                            ExpenditureType.MEDICAL,
                            LocalDate.of(2023, 5, 1),
                            Money.parse("90000.00"),
                            Money.ZERO,
                            Money.ZERO)));
        }
        List<Decision<?>> out = new ArrayList<>();
        for (LocalDate date : List.of(LocalDate.of(2023, 6, 1), Books.DEC_2024, Books.MAR_2025)) {
            for (PolicySnapshot s : List.of(Books.official(date), Books.illustrative(date))) {
                for (Household h : households) {
                    out.add(new DibaoProgram().decide(h, s));
                    out.add(new LowIncomeEdgeProgram().decide(h, s));
                    out.add(new RigidExpenditureProgram()
                            .decide(
                                    org.minzheng.eligibility.household.ImmutableHousehold.copyOf(h)
                                            .withApplicationDate(s.date()),
                                    s));
                    out.add(new AssistanceScreeningProgram()
                            .decide(
                                    ImmutableScreeningFacts.builder()
                                            .household(h)
                                            .previousMonthlyIncome(Money.parse("8000.00"))
                                            .build(),
                                    s));
                    for (int m = 0; m < 3; m++) {
                        Household disabled = org.minzheng.eligibility.household.ImmutableHousehold.copyOf(h)
                                .withMembers(
                                        org.minzheng.eligibility.household.ImmutableMember.copyOf(
                                                        h.members().get(0))
                                                .withSeriousIllness(m == 0),
                                        h.members().get(1),
                                        org.minzheng.eligibility.household.ImmutableMember.copyOf(
                                                        h.members().get(2))
                                                .withDisability(
                                                        new Disability(DisabilityCategory.PSYCHIATRIC, 3, true)));
                        out.add(new SingleMemberProgram()
                                .decide(
                                        ImmutableSingleMemberFacts.builder()
                                                .household(disabled)
                                                .member(m)
                                                .build(),
                                        s));
                    }
                }
            }
        }
        return out;
    }
}
