package org.minzheng.eligibility.disability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.eligibility.special.SpecialBooks.DATE;
import static org.minzheng.eligibility.special.SpecialBooks.HUZHOU;
import static org.minzheng.eligibility.special.SpecialBooks.OFFICIAL;
import static org.minzheng.eligibility.special.SpecialBooks.fixture;
import static org.minzheng.eligibility.special.SpecialBooks.huzhou;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Finding;
import org.minzheng.core.decision.MissingParameter;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.money.MoneyUnit;
import org.minzheng.core.money.Rounding;
import org.minzheng.core.policy.ParameterValue;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.policy.Provenance;
import org.minzheng.eligibility.EligibilityParameters;
import org.minzheng.eligibility.SpecialAssistanceParameters;
import org.minzheng.core.person.AssistanceStatus;
import org.minzheng.eligibility.household.Disability;
import org.minzheng.eligibility.household.DisabilityCategory;
import org.minzheng.eligibility.special.SpecialBooks;

class DisabilityLivingAllowanceProgramTest {

    static final DisabilityLivingAllowanceProgram PROGRAM = new DisabilityLivingAllowanceProgram();
    static final Disability CERTIFIED = new Disability(DisabilityCategory.PHYSICAL, 3, true);

    static ImmutableDisabilityLivingAllowanceFacts.Builder onDibao() {
        return ImmutableDisabilityLivingAllowanceFacts.builder().disability(CERTIFIED).householdStatus(AssistanceStatus.DIBAO);
    }

    static Verdict verdict(Decision<?> d, String rule) {
        return d.finding(rule).map(Finding::verdict).orElse(null);
    }

    @Test
    void huzhou2024_dibaoHousehold_gets344() {
        Decision<DisabilityLivingAllowanceResult> d = PROGRAM.decide(onDibao().build(), huzhou());
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.result().orElseThrow().monthlyAmount()).isEqualTo(Money.parse("344.00"));
        assertThat(d.result().orElseThrow().rounding()).isEqualTo("YUAN:CEILING");
        assertThat(SpecialBooks.explainBoth(PROGRAM, d)).doesNotContain("{").contains("344.00 元");
    }

    @Test
    void huzhou2024_theComputedAmount_equalsThePublished344() {
        PolicySnapshot s = huzhou();
        ParameterValue<Money> published = s.find(SpecialAssistanceParameters.DL_PUBLISHED);
        ParameterValue<BigDecimal> ratio = s.find(SpecialAssistanceParameters.DL_RATIO);
        ParameterValue<Rounding> rounding = s.find(SpecialAssistanceParameters.DL_ROUNDING);
        assertThat(published.grade()).isEqualTo(Provenance.OFFICIAL);
        assertThat(ratio.grade()).isEqualTo(Provenance.OFFICIAL);
        assertThat(ratio.region()).isEqualTo(SpecialBooks.ZHEJIANG);
        assertThat(rounding.grade()).isEqualTo(Provenance.DERIVED);
        Money computed = DisabilityLivingAllowanceProgram.amount(s.find(EligibilityParameters.DIBAO_STANDARD).value(),
                ratio.value(), rounding.value());
        assertThat(computed).isEqualTo(published.value()).isEqualTo(Money.parse("344.00"));
        // the inference: 30 % of 1145 is 343.50, which truncation would pay as 343
        assertThat(DisabilityLivingAllowanceProgram.amount(Money.parse("1145.00"), ratio.value(),
                Rounding.of(MoneyUnit.YUAN, RoundingMode.DOWN))).isNotEqualTo(published.value());
    }

    @Test
    void ceilingToTheYuan_neverPaysBelowThirtyPercent() {
        Rounding up = Rounding.parse("YUAN:CEILING");
        BigDecimal r = new BigDecimal("0.30");
        assertThat(DisabilityLivingAllowanceProgram.amount(Money.parse("1000.00"), r, up)).isEqualTo(Money.parse("300.00"));
        assertThat(DisabilityLivingAllowanceProgram.amount(Money.parse("1000.01"), r, up)).isEqualTo(Money.parse("301.00"));
        assertThat(DisabilityLivingAllowanceProgram.amount(Money.parse("1146.00"), r, up)).isEqualTo(Money.parse("344.00"));
        assertThat(DisabilityLivingAllowanceProgram.amount(Money.parse("1147.00"), r, up)).isEqualTo(Money.parse("345.00"));
    }

    @Test
    void zhejiangOutsideHuzhou_hasTheRatioButNoRounding_soTheAmountIsUndetermined() {
        Decision<DisabilityLivingAllowanceResult> d = PROGRAM.decide(onDibao().build(),
                OFFICIAL.snapshot(SpecialBooks.ZHEJIANG, DATE));
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.missingParameters()).extracting(MissingParameter::key)
                .contains("disability.living-allowance.rounding", "dibao.standard");
    }

    @Test
    void household_notOnAssistance_isIneligible_edgeFamilies_asConfigured() {
        assertThat(PROGRAM.decide(onDibao().householdStatus(null).build(), huzhou()).outcome()).isEqualTo(Outcome.INELIGIBLE);
        Decision<DisabilityLivingAllowanceResult> edge = PROGRAM.decide(onDibao()
                .householdStatus(AssistanceStatus.LOW_INCOME_EDGE).build(), huzhou());
        assertThat(edge.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(edge.missingParameters()).extracting(MissingParameter::key)
                .contains("disability.living-allowance.covers-edge-families");
        assertThat(PROGRAM.decide(onDibao().householdStatus(AssistanceStatus.LOW_INCOME_EDGE).build(), fixture()).outcome())
                .isEqualTo(Outcome.ELIGIBLE);
        assertThat(PROGRAM.decide(onDibao().householdStatus(AssistanceStatus.EXTREME_POVERTY).build(), fixture()).outcome())
                .isEqualTo(Outcome.INELIGIBLE);
    }

    @Test
    void noCertificate_isIneligible() {
        assertThat(PROGRAM.decide(onDibao().disability(null).build(), huzhou()).outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(PROGRAM.decide(onDibao().disability(new Disability(DisabilityCategory.VISUAL, 4, false)).build(), huzhou())
                .outcome()).isEqualTo(Outcome.INELIGIBLE);
    }

    @Test
    void childSupport_deFactoFullExcludes_topUpDoesNot_orphansAsConfigured() {
        Decision<DisabilityLivingAllowanceResult> full = PROGRAM.decide(onDibao().childSupport(ChildSupport.DE_FACTO_FULL)
                .build(), huzhou());
        assertThat(full.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(verdict(full, DisabilityLivingAllowanceProgram.CHILD_SUPPORT)).isEqualTo(Verdict.NOT_MET);
        assertThat(PROGRAM.decide(onDibao().childSupport(ChildSupport.DE_FACTO_TOP_UP).build(), huzhou()).outcome())
                .isEqualTo(Outcome.ELIGIBLE);
        Decision<DisabilityLivingAllowanceResult> orphan = PROGRAM.decide(onDibao().childSupport(ChildSupport.ORPHAN_ALLOWANCE)
                .build(), huzhou());
        assertThat(orphan.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(orphan.missingParameters()).extracting(MissingParameter::key)
                .containsExactly("disability.living-allowance.excludes-orphans");
        assertThat(PROGRAM.decide(onDibao().childSupport(ChildSupport.ORPHAN_ALLOWANCE).build(), fixture()).outcome())
                .isEqualTo(Outcome.INELIGIBLE);
    }

    @Test
    void theProgramComputesTheAmount_itDoesNotReadThePublishedFigure() {
        Decision<DisabilityLivingAllowanceResult> d = PROGRAM.decide(onDibao().build(), huzhou());
        assertThat(d.parameterValues()).extracting(v -> v.key().name())
                .doesNotContain("disability.living-allowance.published-amount");
        assertThat(HUZHOU).isEqualTo(d.region());
    }
}
