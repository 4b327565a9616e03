package org.minzheng.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.money.Money;
import org.minzheng.core.money.MoneyUnit;
import org.minzheng.core.money.Rounding;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.testing.TestRules;

/**
 * What the fourth pass over the explainer (issue 18, session 9) rests on: a text's shape is kept as
 * a plan whose literal text never holds a figure of a decision's facts — a name, an amount — and
 * the plans kept are bounded; a text written from a plan compiled for another decision is that
 * decision's own text. And what the fifth (session 10) adds: a slot specialised to the type of the
 * value it met when its plan was compiled (a list of entries through the entry's message) writes a
 * value of any other type, or an entry of another shape, in the same place as a new explainer does;
 * what a specialised slot keeps (the words of every constant of a type) names no figure either.
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

    /** An entry of a list in a finding's facts, written through its own message (as a household's members are). */
    record Entry(Object income, Object standard) implements Describable {
        @Override
        public String messageKey() {
            return "sample.income-below-standard.MET";
        }

        @Override
        public Map<String, Object> messageFacts() {
            return RuleContext.facts("income", income, "standard", standard);
        }
    }

    /** The same message, its facts in the other order. */
    record Swapped(Object income, Object standard) implements Describable {
        @Override
        public String messageKey() {
            return "sample.income-below-standard.MET";
        }

        @Override
        public Map<String, Object> messageFacts() {
            return RuleContext.facts("standard", standard, "income", income);
        }
    }

    /** Another message, one no bundle defines, and facts that are not the rule's map. */
    record Other(String key, Object gap) implements Describable {
        @Override
        public String messageKey() {
            return key;
        }

        @Override
        public Map<String, Object> messageFacts() {
            return key.endsWith("gap") ? Map.of("gap", gap) : RuleContext.facts("gap", gap);
        }
    }

    /** Values of every type a slot may meet, entries and lists of entries among them. */
    private static Object value(int i) {
        switch (i % 22) {
            case 0:
                return Money.ofFen(114_500L + i);
            case 1:
                return i;
            case 2:
                return "王" + i;
            case 3:
                return LocalDate.of(2024, 1 + i % 12, 1 + i % 28);
            case 4:
                return i % 2 == 0;
            case 5:
                return Verdict.values()[i % Verdict.values().length];
            case 6:
                return Outcome.values()[i % Outcome.values().length];
            case 7:
                return RegionCode.of("330500");
            case 8:
                return Rounding.of(MoneyUnit.YUAN, java.math.RoundingMode.CEILING);
            case 9:
                return List.of();
            case 10:
                return List.of(new Entry(Money.ofFen(i), Verdict.MET), new Entry(i, "李" + i));
            case 11:
                return List.of(new Entry(Verdict.NOT_MET, Money.ofFen(7L * i)));
            case 12:
                return List.of(new Swapped(Money.ofFen(i), i), new Entry(i, i + 1));
            case 13:
                return List.of(new Other("sample.gap", Money.ofFen(i)), new Entry(i, true));
            case 14:
                return List.of(new Other("sample.none", i), "赵" + i, i);
            case 15:
                return new LinkedHashSet<>(List.of(new Entry(i, Money.ofFen(i)), new Entry(Outcome.ELIGIBLE, i)));
            case 16:
                return new Entry(Money.ofFen(i), List.of(new Entry(i, "钱" + i)));
            case 17:
                return new ArrayList<>(List.of(new Entry(LocalDate.of(2025, 3, 1 + i % 28), false)));
            case 18:
                return List.of(Money.ofFen(i), Money.ofFen(i + 1));
            case 19:
                return List.of(List.of(), List.of(new Entry(i, i)));
            case 20:
                return Citation.of("r", "第" + (1 + i % 9) + "条");
            default:
                return i % 3 == 0 ? Boolean.TRUE : Verdict.INFO;
        }
    }

    @Test
    void aSlotSpecialisedToOneType_writesAValueOfAnyOtherTypeInTheSamePlace_asANewExplainerDoes() {
        qt().withExamples(600)
                .forAll(
                        integers().between(0, 10_000),
                        integers().between(0, 10_000),
                        integers().between(0, 3))
                .checkAssert((first, then, how) -> {
                    Language lang = how % 2 == 0 ? Language.ZH : Language.EN;
                    Explainer.View view = how < 2 ? Explainer.View.REVIEWER : Explainer.View.CITIZEN;
                    Explainer warm = explainer();
                    // the plan compiled for the first value's type, then used for the other's
                    warm.explain(decide(value(first), 114_500), "t", lang);
                    Decision<?> d = decide(value(then), 99_999);
                    assertThat(warm.explain(d, "t", lang))
                            .isEqualTo(explainer().explain(decide(value(then), 99_999), "t", lang));
                    // and the same plan again for the first type, after the other
                    assertThat(warm.explain(decide(value(first), 114_500), "t", lang))
                            .isEqualTo(explainer().explain(decide(value(first), 114_500), "t", lang));
                });
    }

    @Test
    void aListOfEntries_isWrittenThroughEachEntrysMessage_andItsFiguresAreNeverKept() {
        Explainer warm = explainer();
        String first = warm.explain(
                decide(List.of(new Entry(Money.ofFen(12_345), true), new Entry("周一鸣", Verdict.MET)), 114_500),
                "t",
                Language.ZH);
        assertThat(first).contains("家庭收入 123.45元 低于标准 是、家庭收入 周一鸣 低于标准 符合");
        String second = warm.explain(decide(List.of(new Entry(Money.ofFen(67_890), false)), 114_500), "t", Language.ZH);
        assertThat(second)
                .contains("家庭收入 678.9元 低于标准 否")
                .doesNotContain("123.45")
                .doesNotContain("周一鸣");
        String kept = String.join("", warm.keptTexts(Language.ZH, Explainer.View.REVIEWER));
        assertThat(kept).doesNotContain("123.45").doesNotContain("678.9").doesNotContain("周一鸣");
        // what a specialised slot keeps are the words of every value of a type, not the one it met
        assertThat(warm.keptTexts(Language.ZH, Explainer.View.REVIEWER)).contains("是", "否");
    }

    /** A decision of {@code findings} findings (each the rule's), the last {@code extra} facts longer. */
    private static Decision<?> decide(int findings, boolean extra, long fen) {
        RuleContext ctx = RuleContext.start("t", ExplainerBuffersTest.SNAPSHOT);
        for (int i = 0; i < findings; i++) {
            if (extra && i == findings - 1) {
                ctx.record(BELOW, Verdict.NOT_MET, "income", Money.ofFen(fen + i), "standard", i, "more", "x");
            } else {
                ctx.record(BELOW, Verdict.MET, "income", Money.ofFen(fen + i), "standard", Money.ofFen(fen));
            }
        }
        return ctx.decide(null);
    }

    @Test
    void aDecisionReadAgainstThePlanUsedLast_getsItsOwnPlan_whereItsShapeIsLongerShorterOrOtherwiseDifferent() {
        qt().withExamples(300)
                .forAll(
                        integers().between(0, 4),
                        integers().between(0, 4),
                        integers().between(0, 99_999))
                .checkAssert((a, b, fen) -> {
                    Explainer warm = explainer();
                    for (int n : new int[] {a, b, a, b, b, a}) {
                        for (boolean extra : new boolean[] {false, true}) {
                            for (Language lang : Language.values()) {
                                assertThat(warm.explain(decide(n, extra, fen), "t", lang))
                                        .isEqualTo(explainer().explain(decide(n, extra, fen), "t", lang));
                            }
                        }
                    }
                });
    }
}
