package org.minzheng.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.json.Json;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.testing.TestRules;

/**
 * What the third pass over the explainer (issue 18, session 8) rests on: a text written into one
 * buffer is the text a {@link StringBuilder} writes, whatever its characters, figures and length;
 * texts kept by the identity of the book's values are found only by that identity and are bounded;
 * and explaining a decision from its rows leaves its findings as they would be had it never been
 * explained — a finding's sources in the order its rule read them, also where a rule read two
 * values out of key order and the values read are then put in key order.
 */
class ExplainerBuffersTest {

    static final PolicySnapshot SNAPSHOT = RuleContextTest.snapshot();
    static final Explainer EXPLAINER = Explainer.of(
            List.of("org.minzheng.core.decision.testmessages"),
            ExplainerBuffersTest.class.getClassLoader(),
            SNAPSHOT.instruments());

    @Test
    void aTextWrittenIntoOneBuffer_isWhatAStringBuilderWrites() {
        qt().withExamples(2000)
                .forAll(
                        lists().of(strings().allPossible().ofLengthBetween(0, 40))
                                .ofSizeBetween(0, 60),
                        lists().of(integers().all()).ofSizeBetween(0, 20))
                .checkAssert((texts, numbers) -> {
                    Explainer.Text text = new Explainer.Text(1);
                    StringBuilder expected = new StringBuilder();
                    for (int i = 0; i < Math.max(texts.size(), numbers.size()); i++) {
                        if (i < texts.size()) {
                            String s = texts.get(i);
                            text.append(s);
                            expected.append(s);
                            if (!s.isEmpty()) {
                                text.append(s.charAt(0));
                                expected.append(s.charAt(0));
                                char[] chars = s.toCharArray();
                                text.append(chars, chars.length / 2, chars.length);
                                expected.append(chars, chars.length / 2, chars.length - chars.length / 2);
                            }
                        }
                        if (i < numbers.size()) {
                            text.append((int) numbers.get(i));
                            expected.append((int) numbers.get(i));
                        }
                    }
                    assertThat(text.toString()).isEqualTo(expected.toString());
                    assertThat(text.length()).isEqualTo(expected.length());
                });
        Explainer.Text edge = new Explainer.Text(0);
        edge.append(Integer.MIN_VALUE)
                .append(' ')
                .append(0)
                .append(' ')
                .append(-7)
                .append((String) null);
        assertThat(edge.toString()).isEqualTo(Integer.MIN_VALUE + " 0 -7null");
    }

    @Test
    void aTextOfOneStringOnly_isThatString_andGrowsWhenMoreFollows() {
        String line = "  【符合】 家庭人均月收入666.67元";
        assertThat(new Explainer.Text(4).append(line).toString()).isSameAs(line);
        assertThat(new Explainer.Text(4).append("").append(line).append('\n').toString())
                .isEqualTo(line + "\n");
        assertThat(new Explainer.Text(4).append(line).append(12).toString()).isEqualTo(line + "12");
    }

    @Test
    void aTextWrittenIntoTheThreadsBuffer_isItsOwn_whateverTheTextsBeforeAndAroundIt() {
        int[] lengths = {10, 2 * Explainer.Text.KEPT_CHARS, 5, Explainer.Text.KEPT_CHARS, 3, 0};
        for (int n : lengths) {
            Explainer.Text outer = Explainer.Text.scratch(4);
            String s = "字a".repeat(n);
            outer.append(s).append('x').append(n);
            // a text begun while another is written gets a buffer of its own
            Explainer.Text inner = Explainer.Text.scratch(4);
            inner.append("内").append(-n);
            assertThat(inner.release()).isEqualTo("内" + -n);
            assertThat(outer.release()).isEqualTo(s + "x" + n);
        }
    }

    @Test
    void theIdentityTable_findsAKeyByIdentityOnly_keepsTheFirstValue_andIsBounded() {
        Explainer.IdentityTable<String, String> table = new Explainer.IdentityTable<>();
        String key = "explain.basis";
        String equal = new String(key.toCharArray());
        assertThat(table.put(key, "first")).isEqualTo("first");
        assertThat(table.put(key, "second")).isEqualTo("first");
        assertThat(table.get(key)).isEqualTo("first");
        assertThat(table.get(equal)).isNull();
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < 4 * Explainer.IdentityTable.SLOTS; i++) {
            keys.add(new Object());
        }
        Explainer.IdentityTable<Object, Integer> full = new Explainer.IdentityTable<>();
        for (int i = 0; i < keys.size(); i++) {
            // a key not kept is still answered with the value given
            assertThat(full.put(keys.get(i), i)).isEqualTo(i);
        }
        assertThat(full.size()).isLessThanOrEqualTo(Explainer.IdentityTable.SLOTS);
        int found = 0;
        for (int i = 0; i < keys.size(); i++) {
            Integer v = full.get(keys.get(i));
            if (v != null) {
                assertThat(v).isEqualTo(i);
                found++;
            }
        }
        assertThat(found).isEqualTo(full.size());
    }

    static final Rule BOTH = org.minzheng.core.decision.Rule.builder("t.both", Citation.of("r", "第一条"))
            .verdicts(Verdict.MET)
            .reads(RuleContextTest.B, RuleContextTest.A)
            .build();

    /** A decision whose one rule reads b, then a (out of key order when {@code outOfOrder}), then c by another rule. */
    private static Decision<?> decide(boolean outOfOrder) {
        RuleContext ctx = RuleContext.start("t", SNAPSHOT);
        if (outOfOrder) {
            ctx.param(RuleContextTest.B);
            ctx.param(RuleContextTest.A);
        } else {
            ctx.param(RuleContextTest.A);
            ctx.param(RuleContextTest.B);
        }
        ctx.record(BOTH, Verdict.MET, "standard", ctx.param(RuleContextTest.A));
        ctx.param(RuleContextTest.C);
        ctx.record(TestRules.rule("t.other", Citation.of("r", "第二条")), Verdict.MET);
        return ctx.decide(null);
    }

    @Test
    void explainingADecision_leavesItsFindingsAsIfItHadNotBeenExplained_whicheverOrderTheValuesWereRead() {
        for (boolean outOfOrder : new boolean[] {false, true}) {
            Decision<?> never = decide(outOfOrder);
            String json = Json.compact(never);
            Decision<?> explained = decide(outOfOrder);
            // a rule that read two values out of key order: its findings are made before the values are sorted
            assertThat(Explainer.fromRows(explained.made())).isEqualTo(!outOfOrder);
            String text = EXPLAINER.explain(explained, "t", Language.ZH);
            assertThat(explained.findings()).isEqualTo(never.findings());
            assertThat(explained.findings().get(0).sources())
                    .extracting(ValueSource::key)
                    .containsExactly(
                            outOfOrder
                                    ? new String[] {"ctx-test.b", "ctx-test.a"}
                                    : new String[] {"ctx-test.a", "ctx-test.b"});
            assertThat(Json.compact(explained)).isEqualTo(json);
            // the same text whether the findings were made first or not
            Decision<?> read = decide(outOfOrder);
            read.findings();
            assertThat(Explainer.fromRows(read.made())).isFalse();
            assertThat(EXPLAINER.explain(read, "t", Language.ZH)).isEqualTo(text);
            // values put in key order before the findings are read: the findings list them so, as before
            Decision<?> sorted = decide(outOfOrder);
            sorted.parameterValues();
            assertThat(Explainer.fromRows(sorted.made())).isTrue();
            Decision<?> sortedThenRead = decide(outOfOrder);
            sortedThenRead.parameterValues();
            sortedThenRead.findings();
            assertThat(EXPLAINER.explain(sorted, "t", Language.ZH))
                    .isEqualTo(EXPLAINER.explain(sortedThenRead, "t", Language.ZH));
            assertThat(sorted.findings()).isEqualTo(sortedThenRead.findings());
        }
    }
}
