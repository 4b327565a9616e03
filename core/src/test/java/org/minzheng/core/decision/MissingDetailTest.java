package org.minzheng.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.citation.InstrumentCatalogue;
import org.minzheng.core.json.Json;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.testing.TestRules;

/**
 * Decide what can be decided: a value that only measures what is granted leaves its result field
 * absent and is named, without turning a settled outcome into UNDETERMINED.
 */
class MissingDetailTest {

    static final Explainer EXPLAINER =
            Explainer.of(List.of(), MissingDetailTest.class.getClassLoader(), InstrumentCatalogue.of(List.of()));

    @Test
    void missingAmount_onlyBlanksTheAmount_andTheOutcomeFollowsTheConditions() {
        RuleContext ctx = RuleContext.start("t", RuleContextTest.snapshot());
        ctx.record(TestRules.rule("t.condition", RuleContextTest.CITE), Verdict.MET);
        Money amount = ctx.detail(RuleContextTest.NONE, "monthlyAmount");
        assertThat(amount).isNull();
        assertThat(ctx.anyMissing()).isTrue();
        assertThat(ctx.anyBlockingMissing()).isFalse();
        ctx.record(TestRules.rule("t.amount", RuleContextTest.CITE), Verdict.INFO);
        Decision<Void> d = ctx.decide(null);
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.missingParameters()).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo("ctx-test.none");
            assertThat(m.blocksOutcome()).isFalse();
            assertThat(m.absentFields()).containsExactly("monthlyAmount");
        });
        assertThat(Json.compact(d))
                .contains("\"missingParameters\":[{\"key\":\"ctx-test.none\",\"unit\":\"CNY\",\"region\":\"330500\","
                        + "\"absentFields\":[\"monthlyAmount\"]}]");
    }

    @Test
    void blockingMissingValue_hasNoAbsentFields_inItsJson() {
        RuleContext ctx = RuleContext.start("t", RuleContextTest.snapshot());
        assertThat((Money) ctx.param(RuleContextTest.NONE)).isNull();
        assertThat(ctx.anyBlockingMissing()).isTrue();
        ctx.record(TestRules.rule("t.condition", RuleContextTest.CITE), Verdict.UNDETERMINED);
        Decision<Void> d = ctx.decide(null);
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.missingParameters().get(0).blocksOutcome()).isTrue();
        assertThat(Json.compact(d))
                .contains("{\"key\":\"ctx-test.none\",\"unit\":\"CNY\",\"region\":\"330500\"}")
                .doesNotContain("absentFields");
    }

    @Test
    void keyReadAsDetailAndAsCondition_blocks_whicheverWasReadFirst() {
        for (boolean detailFirst : new boolean[] {true, false}) {
            RuleContext ctx = RuleContext.start("t", RuleContextTest.snapshot());
            if (detailFirst) {
                ctx.detail(RuleContextTest.NONE, "monthlyAmount");
                ctx.param(RuleContextTest.NONE);
            } else {
                ctx.param(RuleContextTest.NONE);
                ctx.detail(RuleContextTest.NONE, "monthlyAmount");
            }
            Decision<Void> d = ctx.decide(null);
            assertThat(d.missingParameters())
                    .singleElement()
                    .satisfies(m -> assertThat(m.blocksOutcome()).isTrue());
        }
    }

    @Test
    void keyLeavingTwoFieldsAbsent_listsBoth_once() {
        RuleContext ctx = RuleContext.start("t", RuleContextTest.snapshot());
        ctx.detail(RuleContextTest.NONE, "monthlyAmount");
        ctx.detail(RuleContextTest.NONE, "annualAmount");
        ctx.detail(RuleContextTest.NONE, "monthlyAmount");
        Decision<Void> d = ctx.decide(null);
        assertThat(d.missingParameters())
                .singleElement()
                .satisfies(m -> assertThat(m.absentFields()).containsExactly("monthlyAmount", "annualAmount"));
    }

    @Test
    void screeningAbsorbingADetail_keepsItADetail_andABlockingReadStillBlocks() {
        PolicySnapshot s = RuleContextTest.snapshot();
        RuleContext sub = RuleContext.start("sub", s);
        sub.detail(RuleContextTest.NONE, "monthlyAmount");
        Decision<Void> subDecision = sub.decide(null);
        RuleContext parent = RuleContext.start("parent", s);
        parent.absorb(subDecision);
        assertThat(parent.anyBlockingMissing()).isFalse();
        parent.param(RuleContextTest.NONE);
        assertThat(parent.anyBlockingMissing()).isTrue();
        assertThat(parent.decide(null).missingParameters()).hasSize(1);
    }

    @Test
    void explanation_saysTheDecisionIsMade_andNamesTheAbsentDetail_inBothLanguages() {
        RuleContext ctx = RuleContext.start("t", RuleContextTest.snapshot());
        ctx.detail(RuleContextTest.NONE, "monthlyAmount");
        Decision<Void> d = ctx.decide(Outcome.ELIGIBLE, null);
        String en = EXPLAINER.explain(d, "Test", Language.EN);
        assertThat(en)
                .contains("Decided; these details are left out")
                .contains("the monthly amount: the local ctx-test.none (CNY) is not yet set")
                .doesNotContain("what depends on them is undetermined");
        String zh = EXPLAINER.explain(d, "测试", Language.ZH);
        assertThat(zh).contains("已作出认定").contains("月补助金额：本地ctx-test.none尚未明确");
    }
}
