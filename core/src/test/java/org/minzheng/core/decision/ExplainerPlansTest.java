package org.minzheng.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.money.Money;
import org.minzheng.core.testing.TestRules;

/**
 * What the fourth pass over the explainer (issue 18, session 9) rests on: a text's shape is kept as
 * a plan whose literal text never holds a figure of a decision's facts — a name, an amount — and
 * the plans kept are bounded; a text written from a plan compiled for another decision is that
 * decision's own text.
 */
class ExplainerPlansTest {

    static final Rule BELOW = TestRules.rule("sample.income-below-standard", Citation.of("r", "第一条"));

    private static Decision<?> decide(Object income, long standardFen) {
        RuleContext ctx = RuleContext.start("t", ExplainerBuffersTest.SNAPSHOT);
        ctx.record(BELOW, Verdict.MET, "income", income, "standard", Money.ofFen(standardFen));
        return ctx.decide(null);
    }

    private static Explainer explainer() {
        return Explainer.of(
                List.of("org.minzheng.core.decision.testmessages"),
                ExplainerPlansTest.class.getClassLoader(),
                ExplainerBuffersTest.SNAPSHOT.instruments());
    }

    @Test
    void aNameOrAnAmountInTheFacts_isASlot_neverKeptInAPlan() {
        Explainer warm = explainer();
        String first = warm.explain(decide("张三丰", 114_500), "t", Language.ZH);
        String second = warm.explain(decide("李四光", 99_999), "t", Language.ZH);
        assertThat(first).contains("张三丰").contains("1145元").doesNotContain("李四光");
        assertThat(second)
                .contains("李四光")
                .contains("999.99元")
                .doesNotContain("张三丰")
                .doesNotContain("1145元");
        assertThat(second).isEqualTo(explainer().explain(decide("李四光", 99_999), "t", Language.ZH));
        List<String> kept = warm.keptChunks(Language.ZH, Explainer.View.REVIEWER);
        assertThat(kept).isNotEmpty();
        assertThat(String.join("", kept))
                .doesNotContain("张三丰")
                .doesNotContain("李四光")
                .doesNotContain("1145")
                .doesNotContain("999.99");
        // a value of another type in the same place: the same plan, written as that type
        assertThat(warm.explain(decide(Money.ofFen(70_050), 114_500), "t", Language.ZH))
                .isEqualTo(explainer().explain(decide(Money.ofFen(70_050), 114_500), "t", Language.ZH))
                .contains("700.5元");
    }

    @Test
    void thePlansKept_areBounded_andTextsBeyondTheBoundAreStillTheirOwn() {
        Explainer warm = explainer();
        for (int i = 0; i < Explainer.PLAN_LIMIT + 40; i++) {
            // each title its own shape
            String title = "标题" + i;
            assertThat(warm.explain(decide("王" + i, 100L * i), title, Language.EN))
                    .isEqualTo(explainer().explain(decide("王" + i, 100L * i), title, Language.EN))
                    .contains(title)
                    .contains("王" + i);
        }
        assertThat(warm.keptPlans(Language.EN, Explainer.View.REVIEWER)).isEqualTo(Explainer.PLAN_LIMIT);
    }
}
