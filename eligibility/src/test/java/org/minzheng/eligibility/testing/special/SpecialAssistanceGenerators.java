package org.minzheng.eligibility.testing.special;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.minzheng.core.money.Money;
import org.minzheng.core.person.AssistanceStatus;
import org.minzheng.core.person.SelfCareAssessment;
import org.minzheng.eligibility.children.ChildAllowanceFacts;
import org.minzheng.eligibility.children.ExistingBenefit;
import org.minzheng.eligibility.children.ExistingBenefitKind;
import org.minzheng.eligibility.children.ImmutableChildAllowanceFacts;
import org.minzheng.eligibility.children.ImmutableExistingBenefit;
import org.minzheng.eligibility.children.ImmutableParentSituation;
import org.minzheng.eligibility.children.ParentCondition;
import org.minzheng.eligibility.children.ParentSituation;
import org.minzheng.eligibility.children.Placement;
import org.minzheng.eligibility.disability.ChildSupport;
import org.minzheng.eligibility.disability.DisabilityLivingAllowanceFacts;
import org.minzheng.eligibility.disability.ImmutableDisabilityLivingAllowanceFacts;
import org.minzheng.eligibility.disability.ImmutableSevereDisabilityCareAllowanceFacts;
import org.minzheng.eligibility.disability.SevereDisabilityCareAllowanceFacts;
import org.minzheng.eligibility.household.Assets;
import org.minzheng.eligibility.household.Disability;
import org.minzheng.eligibility.household.DisabilityCategory;
import org.minzheng.eligibility.household.ImmutableAssets;
import org.minzheng.eligibility.household.IncomeCategory;
import org.minzheng.eligibility.household.Relation;
import org.minzheng.eligibility.household.SchoolLevel;
import org.minzheng.eligibility.household.Vehicle;
import org.minzheng.eligibility.poverty.ExcludedIncome;
import org.minzheng.eligibility.poverty.ExtremePovertyFacts;
import org.minzheng.eligibility.poverty.ImmutableExtremePovertyFacts;
import org.minzheng.eligibility.poverty.ImmutableLegalSupporter;
import org.minzheng.eligibility.poverty.ImmutablePersonalIncome;
import org.minzheng.eligibility.poverty.LegalSupporter;
import org.minzheng.eligibility.poverty.PersonalIncome;
import org.minzheng.eligibility.poverty.SupportArrangement;
import org.minzheng.eligibility.poverty.SupporterStatus;
import org.minzheng.eligibility.temporary.ImmutableTemporaryAssistanceFacts;
import org.minzheng.eligibility.temporary.TemporaryAssistanceFacts;
import org.minzheng.eligibility.temporary.TriggerEvent;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of valid facts for the special-assistance programs
 * ({@code extreme-poverty}, {@code temporary-assistance}, {@code child-allowance},
 * {@code disability-living-allowance}, {@code severe-disability-care-allowance}) and of their
 * parts.
 *
 * <p>Public API of the {@code minzheng-eligibility} tests jar: integrators can property-test their
 * own systems with these, for example
 * <pre>{@code
 * qt().forAll(SpecialAssistanceGenerators.extremePovertyFacts(LocalDate.of(2024, 12, 1)))
 *     .checkAssert(f -> assertThat(program.decide(f, snapshot).outcome()).isNotNull());
 * }</pre>
 * Every generated value is valid for a decision on the given date (dates not after it, required
 * details present), and covers the boundaries the rules care about (ages around 16, 18, 60 and 70;
 * terms around 6 months; incomes around typical standards).
 */
public final class SpecialAssistanceGenerators {

    private SpecialAssistanceGenerators() {}

    /** @return amounts from 0 to 5,000.00 yuan, in fen */
    public static Gen<Money> smallAmounts() {
        return longs().between(0, 500_000).map(Money::ofFen);
    }

    /** @return self-care assessments, every combination of the six items */
    public static Gen<SelfCareAssessment> selfCareAssessments() {
        return integers()
                .between(0, 63)
                .map(bits -> new SelfCareAssessment(
                        (bits & 1) != 0,
                        (bits & 2) != 0,
                        (bits & 4) != 0,
                        (bits & 8) != 0,
                        (bits & 16) != 0,
                        (bits & 32) != 0));
    }

    /** @return disabilities of every category and grade, with or without the certificate */
    public static Gen<Disability> disabilities() {
        return arbitrary()
                .enumValues(DisabilityCategory.class)
                .zip(integers().between(1, 4), booleans().all(), Disability::new);
    }

    /** @return assets: usually none, sometimes financial assets, a car or homes */
    public static Gen<Assets> assets() {
        return in -> {
            int kind = integers().between(0, 3).generate(in);
            if (kind == 0) {
                return Assets.NONE;
            }
            ImmutableAssets.Builder b = ImmutableAssets.builder();
            b.financialAssets(Money.ofFen(longs().between(1, 10_000_000).generate(in)));
            if (kind >= 2) {
                b.homes(integers().between(0, 2).generate(in));
            }
            if (kind == 3) {
                b.addVehicles(new Vehicle(
                        arbitrary().enumValues(Vehicle.Use.class).generate(in),
                        Money.ofFen(longs().between(0, 20_000_000).generate(in))));
            }
            return b.build();
        };
    }

    /** @return one income of the applicant, counted or of an excluded kind */
    public static Gen<PersonalIncome> personalIncomes() {
        return in -> {
            ImmutablePersonalIncome.Builder b = ImmutablePersonalIncome.builder()
                    .category(arbitrary().enumValues(IncomeCategory.class).generate(in))
                    .amount(Money.ofFen(longs().between(0, 300_000).generate(in)))
                    .months(integers().between(1, 12).generate(in));
            if (integers().between(0, 3).generate(in) == 0) {
                b.excluded(arbitrary().enumValues(ExcludedIncome.class).generate(in));
            }
            return b.build();
        };
    }

    /**
     * @param date the decision date
     * @return legal supporters aged 20 to 95 on that date, with every status and assistance
     */
    public static Gen<LegalSupporter> legalSupporters(LocalDate date) {
        return in -> {
            ImmutableLegalSupporter.Builder b = ImmutableLegalSupporter.builder()
                    .relation(arbitrary()
                            .pick(
                                    Relation.SPOUSE,
                                    Relation.CHILD,
                                    Relation.PARENT,
                                    Relation.SIBLING,
                                    Relation.GRANDCHILD)
                            .generate(in))
                    .birthDate(date.minusYears(integers().between(20, 95).generate(in))
                            .minusDays(integers().between(0, 364).generate(in)))
                    .annualIncome(Money.ofFen(longs().between(0, 12_000_000).generate(in)))
                    .assets(assets().generate(in))
                    .status(arbitrary().enumValues(SupporterStatus.class).generate(in))
                    .provincialCase(integers().between(0, 9).generate(in) == 0);
            int assistance = integers().between(0, 4).generate(in);
            if (assistance > 0) {
                b.assistance(AssistanceStatus.values()[assistance - 1]);
            }
            if (booleans().all().generate(in)) {
                b.disability(disabilities().generate(in));
            }
            return b.build();
        };
    }

    /**
     * @param date the decision date
     * @return applications for 特困 support: ages 0 to 100 (weighted to the age boundaries),
     *         incomes, assets, up to three supporters, every self-care combination
     */
    public static Gen<ExtremePovertyFacts> extremePovertyFacts(LocalDate date) {
        return in -> {
            int age = arbitrary()
                    .pick(List.of(0, 10, 15, 16, 17, 18, 19, 30, 45, 59, 60, 61, 69, 70, 85, 100))
                    .generate(in);
            LocalDate birth =
                    date.minusYears(age).minusDays(integers().between(0, 364).generate(in));
            ImmutableExtremePovertyFacts.Builder b = ImmutableExtremePovertyFacts.builder()
                    .birthDate(birth)
                    .selfCare(selfCareAssessments().generate(in))
                    .assets(assets().generate(in))
                    .arrangement(
                            arbitrary().enumValues(SupportArrangement.class).generate(in))
                    .provincialNoWorkCapacityCase(integers().between(0, 9).generate(in) == 0);
            int incomes = integers().between(0, 3).generate(in);
            for (int i = 0; i < incomes; i++) {
                b.addIncomes(personalIncomes().generate(in));
            }
            int supporters = integers().between(0, 3).generate(in);
            for (int i = 0; i < supporters; i++) {
                b.addSupporters(legalSupporters(date).generate(in));
            }
            if (booleans().all().generate(in)) {
                b.disability(disabilities().generate(in));
            }
            if (age >= 6 && age <= 22 && booleans().all().generate(in)) {
                b.fullTimeStudent(true)
                        .schoolLevel(arbitrary().enumValues(SchoolLevel.class).generate(in));
            }
            if (age < 18 && booleans().all().generate(in)) {
                b.qualifiesForChildScheme(true);
                int choice = integers().between(0, 2).generate(in);
                if (choice < 2) {
                    b.schemeChoice(org.minzheng.eligibility.poverty.SchemeChoice.values()[choice]);
                }
            }
            return b.build();
        };
    }

    /**
     * @param date the decision date
     * @return temporary-assistance cases of every event, 1 to 8 persons, 1 to 24 months of hardship
     */
    public static Gen<TemporaryAssistanceFacts> temporaryAssistanceFacts(LocalDate date) {
        return in -> {
            ImmutableTemporaryAssistanceFacts.Builder b = ImmutableTemporaryAssistanceFacts.builder()
                    .event(arbitrary().enumValues(TriggerEvent.class).generate(in))
                    .eventDate(date.minusDays(integers().between(0, 365).generate(in)))
                    .persons(integers().between(1, 8).generate(in))
                    .monthsOfHardship(integers().between(1, 24).generate(in))
                    .basicLivingSeriouslyAffected(integers().between(0, 4).generate(in) > 0)
                    .ownShareOfCosts(Money.ofFen(longs().between(0, 50_000_000).generate(in)))
                    .caseByCaseReferral(integers().between(0, 9).generate(in) == 0);
            int status = integers().between(0, 4).generate(in);
            if (status > 0) {
                b.householdStatus(AssistanceStatus.values()[status - 1]);
            }
            return b.build();
        };
    }

    /**
     * @param date the decision date
     * @return parent situations of every condition, with terms around 6 months and lost-contact
     *         dates around 6 months before the date
     */
    public static Gen<ParentSituation> parentSituations(LocalDate date) {
        return in -> {
            ParentCondition c = arbitrary().enumValues(ParentCondition.class).generate(in);
            ImmutableParentSituation.Builder b =
                    ImmutableParentSituation.builder().condition(c);
            switch (c) {
                case IMPRISONED_OR_DETAINED:
                case COMPULSORY_REHABILITATION:
                case OTHER_RESTRICTION:
                    b.termMonths(arbitrary().pick(List.of(1, 5, 6, 7, 24, 120)).generate(in));
                    break;
                case LOST_CONTACT:
                    LocalDate since = date.minusMonths(integers().between(0, 24).generate(in))
                            .plusDays(integers().between(-2, 2).generate(in));
                    b.lostContactSince(since.isAfter(date) ? date : since);
                    break;
                case SEVERE_DISABILITY:
                    b.disability(disabilities().generate(in));
                    break;
                default:
                    break;
            }
            return b.build();
        };
    }

    /**
     * @param date the decision date
     * @return child-allowance applications: children 0 to 19, every pair of parent situations,
     *         either placement, up to two existing benefits
     */
    public static Gen<ChildAllowanceFacts> childAllowanceFacts(LocalDate date) {
        return in -> {
            int age = integers().between(0, 19).generate(in);
            ImmutableChildAllowanceFacts.Builder b = ImmutableChildAllowanceFacts.builder()
                    .birthDate(date.minusYears(age)
                            .minusDays(integers().between(0, 364).generate(in)))
                    .father(parentSituations(date).generate(in))
                    .mother(parentSituations(date).generate(in))
                    .placement(arbitrary().enumValues(Placement.class).generate(in));
            int benefits = integers().between(0, 2).generate(in);
            List<ExistingBenefit> list = new ArrayList<>();
            for (int i = 0; i < benefits; i++) {
                list.add(ImmutableExistingBenefit.builder()
                        .kind(arbitrary().enumValues(ExistingBenefitKind.class).generate(in))
                        .monthlyAmount(Money.ofFen(longs().between(0, 300_000).generate(in)))
                        .build());
            }
            return b.addAllExistingBenefits(list).build();
        };
    }

    /** @return living-allowance applications: with or without a disability, every status and child support */
    public static Gen<DisabilityLivingAllowanceFacts> disabilityLivingAllowanceFacts() {
        return in -> {
            ImmutableDisabilityLivingAllowanceFacts.Builder b = ImmutableDisabilityLivingAllowanceFacts.builder()
                    .childSupport(arbitrary().enumValues(ChildSupport.class).generate(in));
            if (integers().between(0, 5).generate(in) > 0) {
                b.disability(disabilities().generate(in));
            }
            int status = integers().between(0, 4).generate(in);
            if (status > 0) {
                b.householdStatus(AssistanceStatus.values()[status - 1]);
            }
            return b.build();
        };
    }

    /** @return care-allowance applications: with or without a disability, every self-care combination */
    public static Gen<SevereDisabilityCareAllowanceFacts> severeDisabilityCareAllowanceFacts() {
        return in -> {
            ImmutableSevereDisabilityCareAllowanceFacts.Builder b =
                    ImmutableSevereDisabilityCareAllowanceFacts.builder()
                            .selfCare(selfCareAssessments().generate(in));
            // both assessments are given, so the facts are valid whichever one a region names
            b.assessedTier(arbitrary()
                    .enumValues(org.minzheng.core.person.SelfCareCategory.class)
                    .generate(in));
            if (integers().between(0, 5).generate(in) > 0) {
                b.disability(disabilities().generate(in));
            }
            return b.build();
        };
    }
}
