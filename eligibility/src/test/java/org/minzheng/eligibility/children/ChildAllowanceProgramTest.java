package org.minzheng.eligibility.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.eligibility.special.SpecialBooks.DATE;
import static org.minzheng.eligibility.special.SpecialBooks.fixture;
import static org.minzheng.eligibility.special.SpecialBooks.huzhou;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Finding;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.Provenance;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.eligibility.household.Disability;
import org.minzheng.eligibility.household.DisabilityCategory;
import org.minzheng.eligibility.special.SpecialBooks;

class ChildAllowanceProgramTest {

    static final ChildAllowanceProgram PROGRAM = new ChildAllowanceProgram();
    static final ParentSituation DEAD = ParentSituation.of(ParentCondition.DEAD);
    static final ParentSituation NONE = ParentSituation.of(ParentCondition.NONE);

    static ImmutableChildAllowanceFacts.Builder child(int age, ParentSituation father, ParentSituation mother) {
        return ImmutableChildAllowanceFacts.builder()
                .birthDate(DATE.minusYears(age).minusDays(30))
                .father(father)
                .mother(mother);
    }

    static ParentSituation detained(int months) {
        return ImmutableParentSituation.builder()
                .condition(ParentCondition.IMPRISONED_OR_DETAINED)
                .termMonths(months)
                .build();
    }

    static ParentSituation lostSince(LocalDate since) {
        return ImmutableParentSituation.builder()
                .condition(ParentCondition.LOST_CONTACT)
                .lostContactSince(since)
                .build();
    }

    static ParentSituation disabled(DisabilityCategory c, int grade) {
        return ImmutableParentSituation.builder()
                .condition(ParentCondition.SEVERE_DISABILITY)
                .disability(new Disability(c, grade, true))
                .build();
    }

    static Verdict category(ChildAllowanceFacts f) {
        return PROGRAM.decide(f, huzhou())
                .finding(ChildAllowanceProgram.CATEGORY.id())
                .map(Finding::verdict)
                .orElse(null);
    }

    @Test
    void huzhou2024_orphans_institutional2730_scattered2184() {
        Decision<ChildAllowanceResult> inst = PROGRAM.decide(
                child(8, DEAD, DEAD).placement(Placement.INSTITUTION).build(), huzhou());
        assertThat(inst.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(inst.result().orElseThrow().category()).isEqualTo(ChildCategory.ORPHAN);
        assertThat(inst.result().orElseThrow().monthlyAmount()).isEqualTo(Money.parse("2730.00"));
        assertThat(inst.parameterValues())
                .filteredOn(v -> v.key().name().startsWith("child-allowance.orphan"))
                .allMatch(v -> v.grade() == Provenance.OFFICIAL);
        Decision<ChildAllowanceResult> scattered = PROGRAM.decide(
                child(8, DEAD, ParentSituation.of(ParentCondition.NOT_FOUND)).build(), huzhou());
        assertThat(scattered.result().orElseThrow().monthlyAmount()).isEqualTo(Money.parse("2184.00"));
        assertThat(SpecialBooks.explainBoth(PROGRAM, scattered)).doesNotContain("{");
    }

    /**
     * 民发〔2019〕62号 一: "父母一方死亡或失踪，另一方符合重残、重病、服刑在押……情形之一的儿童" is a de-facto unsupported
     * child; 三（一）: "将事实无人抚养儿童纳入保障范围" — the allowance is granted, only its standard is local.
     * Huzhou's de-facto standard was NOT FOUND: the child is ELIGIBLE, the amount absent and the key named.
     */
    @Test
    void deFactoChild_meetingEveryCondition_inHuzhou_isEligible_withTheAmountAbsent_andTheStandardNamed() {
        Decision<ChildAllowanceResult> d =
                PROGRAM.decide(child(9, detained(36), DEAD).build(), huzhou());
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        ChildAllowanceResult r = d.result().orElseThrow();
        assertThat(r.category()).isEqualTo(ChildCategory.DE_FACTO_UNSUPPORTED);
        assertThat(r.monthlyAmount()).isNull();
        assertThat(r.standard()).isNull();
        assertThat(d.missingParameters()).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo("child-allowance.de-facto.standard");
            assertThat(m.blocksOutcome()).isFalse();
            assertThat(m.absentFields()).containsExactly("monthlyAmount", "standard");
        });
        assertThat(d.finding(ChildAllowanceProgram.STANDARD_MISSING.id())
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.INFO);
        assertThat(org.minzheng.core.json.Json.compact(d)).doesNotContain("\"monthlyAmount\":\"");
        String both = SpecialBooks.explainBoth(PROGRAM, d);
        assertThat(both)
                .contains("child-allowance.de-facto.standard")
                .contains("月保障金额")
                .contains("the monthly amount")
                .doesNotContain("{");
    }

    @Test
    void detentionOfExactlySixMonths_counts_fiveDoesNot() {
        assertThat(category(child(9, detained(6), DEAD).build())).isEqualTo(Verdict.MET);
        assertThat(category(child(9, detained(5), DEAD).build())).isEqualTo(Verdict.NOT_MET);
        assertThat(category(child(
                                9,
                                DEAD,
                                ImmutableParentSituation.builder()
                                        .condition(ParentCondition.COMPULSORY_REHABILITATION)
                                        .termMonths(6)
                                        .build())
                        .build()))
                .isEqualTo(Verdict.MET);
    }

    @Test
    void lostContact_countsSixMonthsFromThePoliceRegistrationDate() {
        assertThat(category(
                        child(9, lostSince(DATE.minusMonths(6)), detained(24)).build()))
                .isEqualTo(Verdict.MET);
        assertThat(category(child(9, lostSince(DATE.minusMonths(6).plusDays(1)), detained(24))
                        .build()))
                .isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void severeDisability_grades1to2_or3to4Mental() {
        assertThat(category(
                        child(9, disabled(DisabilityCategory.PHYSICAL, 2), DEAD).build()))
                .isEqualTo(Verdict.MET);
        assertThat(category(
                        child(9, disabled(DisabilityCategory.PHYSICAL, 3), DEAD).build()))
                .isEqualTo(Verdict.NOT_MET);
        assertThat(category(child(9, disabled(DisabilityCategory.INTELLECTUAL, 4), DEAD)
                        .build()))
                .isEqualTo(Verdict.MET);
        assertThat(category(child(
                                9,
                                disabled(DisabilityCategory.PSYCHIATRIC, 4),
                                ParentSituation.of(ParentCondition.SERIOUS_ILLNESS))
                        .build()))
                .isEqualTo(Verdict.MET);
    }

    @Test
    void categories_otherCombinations() {
        // both parents with conditions
        assertThat(category(child(9, detained(12), ParentSituation.of(ParentCondition.SERIOUS_ILLNESS))
                        .build()))
                .isEqualTo(Verdict.MET);
        // one parent able: neither category
        assertThat(category(child(9, detained(12), NONE).build())).isEqualTo(Verdict.NOT_MET);
        assertThat(category(child(9, DEAD, NONE).build())).isEqualTo(Verdict.NOT_MET);
        // declared missing with the other dead, or a parent not found with the other detained: a person decides
        assertThat(category(child(9, DEAD, ParentSituation.of(ParentCondition.DECLARED_MISSING))
                        .build()))
                .isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(category(child(9, ParentSituation.of(ParentCondition.NOT_FOUND), detained(12))
                        .build()))
                .isEqualTo(Verdict.NEEDS_REVIEW);
        // declared missing with the other detained is de-facto
        assertThat(category(child(9, ParentSituation.of(ParentCondition.DECLARED_MISSING), detained(12))
                        .build()))
                .isEqualTo(Verdict.MET);
    }

    @Test
    void age17_isCovered_age18_isNot() {
        assertThat(PROGRAM.decide(
                                ImmutableChildAllowanceFacts.builder()
                                        .birthDate(DATE.minusYears(18).plusDays(1))
                                        .father(DEAD)
                                        .mother(DEAD)
                                        .build(),
                                huzhou())
                        .outcome())
                .isEqualTo(Outcome.ELIGIBLE);
        Decision<ChildAllowanceResult> adult = PROGRAM.decide(
                ImmutableChildAllowanceFacts.builder()
                        .birthDate(DATE.minusYears(18))
                        .father(DEAD)
                        .mother(DEAD)
                        .build(),
                huzhou());
        assertThat(adult.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(adult.result().orElseThrow().monthlyAmount()).isNull();
    }

    @Test
    void deFacto_topUpOverExistingBenefits_neverNegative() {
        ChildAllowanceFacts f = child(9, detained(36), DEAD)
                .addExistingBenefits(ImmutableExistingBenefit.builder()
                        .kind(ExistingBenefitKind.DIBAO)
                        .monthlyAmount(Money.parse("600.00"))
                        .build())
                .build();
        Decision<ChildAllowanceResult> d = PROGRAM.decide(f, fixture());
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.result().orElseThrow().monthlyAmount()).isEqualTo(Money.parse("1400.00"));
        assertThat(d.result().orElseThrow().topUp()).isTrue();
        assertThat(ChildAllowanceProgram.topUp(Money.parse("2000.00"), Money.parse("2500.00")))
                .isEqualTo(Money.ZERO);
    }

    @Test
    void badFacts_areRejectedWithEveryViolation() {
        ChildAllowanceFacts bad = ImmutableChildAllowanceFacts.builder()
                .birthDate(DATE.plusDays(1))
                .father(ImmutableParentSituation.builder()
                        .condition(ParentCondition.IMPRISONED_OR_DETAINED)
                        .build())
                .mother(ImmutableParentSituation.builder()
                        .condition(ParentCondition.LOST_CONTACT)
                        .build())
                .addExistingBenefits(ImmutableExistingBenefit.builder()
                        .kind(ExistingBenefitKind.DIBAO)
                        .monthlyAmount(Money.ofFen(-1))
                        .build())
                .build();
        assertThatThrownBy(() -> PROGRAM.decide(bad, huzhou()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path() + " " + v.code())
                                .containsExactlyInAnyOrder(
                                        "facts.existingBenefits[0].monthlyAmount NonNegativeMoney",
                                        "facts.birthDate date.after-decision",
                                        "facts.father.termMonths special.term-missing",
                                        "facts.mother.lostContactSince special.lost-contact-date-missing"));
    }
}
