package org.minzheng.eligibility.disability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.eligibility.special.SpecialBooks.DATE;
import static org.minzheng.eligibility.special.SpecialBooks.OFFICIAL;
import static org.minzheng.eligibility.special.SpecialBooks.fixture;
import static org.minzheng.eligibility.special.SpecialBooks.huzhou;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Finding;
import org.minzheng.core.decision.MissingParameter;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.money.MoneyUnit;
import org.minzheng.core.money.Rounding;
import org.minzheng.core.person.AssistanceStatus;
import org.minzheng.core.policy.ParameterValue;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.policy.Provenance;
import org.minzheng.eligibility.EligibilityParameters;
import org.minzheng.eligibility.household.Disability;
import org.minzheng.eligibility.household.DisabilityCategory;
import org.minzheng.eligibility.special.SpecialBooks;

class DisabilityLivingAllowanceProgramTest {

    static final DisabilityLivingAllowanceProgram PROGRAM = new DisabilityLivingAllowanceProgram();
    static final Disability CERTIFIED = new Disability(DisabilityCategory.PHYSICAL, 3, true);

    static ImmutableDisabilityLivingAllowanceFacts.Builder onDibao() {
        return ImmutableDisabilityLivingAllowanceFacts.builder()
                .disability(CERTIFIED)
                .householdStatus(AssistanceStatus.DIBAO);
    }

    static Verdict verdict(Decision<?> d, Rule rule) {
        return d.finding(rule.id()).map(Finding::verdict).orElse(null);
    }

    /**
     * The Huzhou 2024 report: "困难残疾人生活补贴标准提高至每人每月344元" — the published amount is paid; the
     * finding cites the rule's article (浙民福〔2021〕191号) and the Huzhou row travels in its sources.
     */
    @Test
    void huzhou2024_dibaoHousehold_getsThePublished344() {
        Decision<DisabilityLivingAllowanceResult> d = PROGRAM.decide(onDibao().build(), huzhou());
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        DisabilityLivingAllowanceResult r = d.result().orElseThrow();
        assertThat(r.monthlyAmount()).isEqualTo(Money.parse("344.00"));
        assertThat(r.published()).isTrue();
        assertThat(r.rounding()).isNull();
        Finding published = d.finding(DisabilityLivingAllowanceProgram.AMOUNT_PUBLISHED.id())
                .orElseThrow();
        assertThat(published.citation()).isEqualTo(DisabilityLivingAllowanceProgram.AMOUNT_PUBLISHED.citation());
        assertThat(published.sources()).extracting(s -> s.citation().article()).anyMatch(a -> a.contains("344"));
        assertThat(d.parameterValues())
                .extracting(v -> v.key().name())
                .doesNotContain("disability.living-allowance.rounding");
        assertThat(SpecialBooks.explainBoth(PROGRAM, d)).doesNotContain("{").contains("344元");
    }

    /**
     * Item 11: 1145 × 0.30 = 343.50; rounding up and rounding half up both give the published 344, so
     * the data cannot tell them apart and no rounding ships (not OFFICIAL, not DERIVED).
     */
    @Test
    void huzhou2024_noRoundingShips_becauseTwoReadingsGiveThePublished344() {
        PolicySnapshot s = huzhou();
        assertThat(s.find(EligibilityParameters.DL_ROUNDING)).isNull();
        ParameterValue<Money> published = s.find(EligibilityParameters.DL_PUBLISHED);
        ParameterValue<BigDecimal> ratio = s.find(EligibilityParameters.DL_RATIO);
        assertThat(published.grade()).isEqualTo(Provenance.OFFICIAL);
        assertThat(ratio.grade()).isEqualTo(Provenance.OFFICIAL);
        assertThat(ratio.region()).isEqualTo(SpecialBooks.ZHEJIANG);
        Money standard = s.find(EligibilityParameters.DIBAO_STANDARD).value();
        assertThat(DisabilityLivingAllowanceProgram.amount(standard, ratio.value(), Rounding.parse("YUAN:CEILING")))
                .isEqualTo(DisabilityLivingAllowanceProgram.amount(
                        standard, ratio.value(), Rounding.parse("YUAN:HALF_UP")))
                .isEqualTo(published.value());
        assertThat(DisabilityLivingAllowanceProgram.amount(
                        standard, ratio.value(), Rounding.of(MoneyUnit.YUAN, RoundingMode.DOWN)))
                .isNotEqualTo(published.value());
    }

    @Test
    void withoutAPublishedAmount_theAllowanceIsComputed_withTheRoundingTheIntegratorConfigured() {
        Decision<DisabilityLivingAllowanceResult> d = PROGRAM.decide(
                onDibao().build(),
                SpecialBooks.FIXTURE.snapshot(org.minzheng.core.region.RegionCode.of("330100"), DATE));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        // 1200.00 × 0.30 = 360.00
        assertThat(d.result().orElseThrow().monthlyAmount()).isEqualTo(Money.parse("360.00"));
        assertThat(d.result().orElseThrow().published()).isFalse();
        assertThat(d.result().orElseThrow().rounding()).isEqualTo("YUAN:CEILING");
        assertThat(verdict(d, DisabilityLivingAllowanceProgram.AMOUNT)).isEqualTo(Verdict.INFO);
    }

    @Test
    void ceilingToTheYuan_whereAnIntegratorConfiguresIt_neverPaysBelowThirtyPercent() {
        Rounding up = Rounding.parse("YUAN:CEILING");
        BigDecimal r = new BigDecimal("0.30");
        assertThat(DisabilityLivingAllowanceProgram.amount(Money.parse("1000.00"), r, up))
                .isEqualTo(Money.parse("300.00"));
        assertThat(DisabilityLivingAllowanceProgram.amount(Money.parse("1000.01"), r, up))
                .isEqualTo(Money.parse("301.00"));
        assertThat(DisabilityLivingAllowanceProgram.amount(Money.parse("1146.00"), r, up))
                .isEqualTo(Money.parse("344.00"));
        assertThat(DisabilityLivingAllowanceProgram.amount(Money.parse("1147.00"), r, up))
                .isEqualTo(Money.parse("345.00"));
    }

    /**
     * Item 5: 国发〔2015〕52号 grants the living allowance to disabled people in dibao households; the
     * standard, ratio and rounding only measure it. Zhejiang outside Huzhou has the ratio only: ELIGIBLE,
     * the amount absent, the keys named.
     */
    @Test
    void zhejiangOutsideHuzhou_dibaoHousehold_isEligible_withTheAmountAbsent_andTheKeysNamed() {
        Decision<DisabilityLivingAllowanceResult> d =
                PROGRAM.decide(onDibao().build(), OFFICIAL.snapshot(SpecialBooks.ZHEJIANG, DATE));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.result().orElseThrow().monthlyAmount()).isNull();
        assertThat(d.result().orElseThrow().published()).isFalse();
        assertThat(d.missingParameters())
                .allSatisfy(m -> {
                    assertThat(m.blocksOutcome()).isFalse();
                    assertThat(m.absentFields()).containsExactly("monthlyAmount");
                })
                .extracting(MissingParameter::key)
                .containsExactly("dibao.standard", "disability.living-allowance.rounding");
        assertThat(verdict(d, DisabilityLivingAllowanceProgram.AMOUNT_MISSING)).isEqualTo(Verdict.INFO);
        assertThat(SpecialBooks.explainBoth(PROGRAM, d)).doesNotContain("{").contains("the monthly amount");
    }

    @Test
    void household_notOnAssistance_isIneligible_edgeFamilies_asConfigured() {
        assertThat(PROGRAM.decide(onDibao().householdStatus(Optional.empty()).build(), huzhou())
                        .outcome())
                .isEqualTo(Outcome.INELIGIBLE);
        Decision<DisabilityLivingAllowanceResult> edge = PROGRAM.decide(
                onDibao().householdStatus(AssistanceStatus.LOW_INCOME_EDGE).build(), huzhou());
        assertThat(edge.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(edge.missingParameters())
                .extracting(MissingParameter::key)
                .contains("disability.living-allowance.covers-edge-families");
        assertThat(PROGRAM.decide(
                                onDibao()
                                        .householdStatus(AssistanceStatus.LOW_INCOME_EDGE)
                                        .build(),
                                fixture())
                        .outcome())
                .isEqualTo(Outcome.ELIGIBLE);
        assertThat(PROGRAM.decide(
                                onDibao()
                                        .householdStatus(AssistanceStatus.EXTREME_POVERTY)
                                        .build(),
                                fixture())
                        .outcome())
                .isEqualTo(Outcome.INELIGIBLE);
    }

    @Test
    void noCertificate_isIneligible() {
        assertThat(PROGRAM.decide(onDibao().disability(Optional.empty()).build(), huzhou())
                        .outcome())
                .isEqualTo(Outcome.INELIGIBLE);
        assertThat(PROGRAM.decide(
                                onDibao()
                                        .disability(new Disability(DisabilityCategory.VISUAL, 4, false))
                                        .build(),
                                huzhou())
                        .outcome())
                .isEqualTo(Outcome.INELIGIBLE);
    }

    @Test
    void childSupport_deFactoFullExcludes_topUpDoesNot_orphansAsConfigured() {
        Decision<DisabilityLivingAllowanceResult> full = PROGRAM.decide(
                onDibao().childSupport(ChildSupport.DE_FACTO_FULL).build(), huzhou());
        assertThat(full.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(verdict(full, DisabilityLivingAllowanceProgram.CHILD_SUPPORT))
                .isEqualTo(Verdict.NOT_MET);
        assertThat(PROGRAM.decide(
                                onDibao()
                                        .childSupport(ChildSupport.DE_FACTO_TOP_UP)
                                        .build(),
                                huzhou())
                        .outcome())
                .isEqualTo(Outcome.ELIGIBLE);
        Decision<DisabilityLivingAllowanceResult> orphan = PROGRAM.decide(
                onDibao().childSupport(ChildSupport.ORPHAN_ALLOWANCE).build(), huzhou());
        assertThat(orphan.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(orphan.missingParameters())
                .extracting(MissingParameter::key)
                .containsExactly("disability.living-allowance.excludes-orphans");
        assertThat(PROGRAM.decide(
                                onDibao()
                                        .childSupport(ChildSupport.ORPHAN_ALLOWANCE)
                                        .build(),
                                fixture())
                        .outcome())
                .isEqualTo(Outcome.INELIGIBLE);
    }
}
