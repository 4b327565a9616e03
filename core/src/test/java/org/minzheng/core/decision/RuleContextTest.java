package org.minzheng.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.ParameterType;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.policy.PolicySource;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.testing.TestRules;

/** The working state of a decision: facts checks, outcome, order of values and warnings, and finishing once. */
class RuleContextTest {

    static final ParameterKey<Money> B = ParameterKey.of("ctx-test.b", ParameterType.MONEY, "CNY", "乙", "b");
    static final ParameterKey<Money> A = ParameterKey.of("ctx-test.a", ParameterType.MONEY, "CNY", "甲", "a");
    static final ParameterKey<Money> C = ParameterKey.of("ctx-test.c", ParameterType.MONEY, "CNY", "丙", "c");
    static final ParameterKey<Money> NONE = ParameterKey.of("ctx-test.none", ParameterType.MONEY, "CNY", "无", "none");
    static final Citation CITE = Citation.of("r", "第一条");

    /** b is official and exact, a is illustrative and inexact, c is official and inexact. */
    static PolicySnapshot snapshot() {
        String head = "regions:\n  - {code: \"330500\", name: 湖州市, nameEn: Huzhou}\n"
                + "instruments:\n  - {id: r, title: 规则, titleEn: Rule, issuer: 机关, documentNumber: 测〔2020〕1号, rank: NORMATIVE_DOCUMENT}\n";
        String official = head + "values:\n"
                + "  - {key: ctx-test.b, region: \"330500\", since: 2024-01-01, value: \"2.00\", unit: CNY, grade: OFFICIAL, citation: {instrument: r}}\n"
                + "  - {key: ctx-test.c, region: \"330500\", since: 2024-01-01, value: \"3.00\", unit: CNY, grade: OFFICIAL, sinceExact: false, citation: {instrument: r}}\n";
        String illustrative = "values:\n"
                + "  - {key: ctx-test.a, region: \"330500\", since: 2024-01-01, value: \"1.00\", unit: CNY, grade: ILLUSTRATIVE, sinceExact: false, citation: {instrument: r}}\n";
        return PolicyBook.builder()
                .addKeys("t", List.of(A, B, C, NONE))
                .addSource(PolicySource.ofText("official.yaml", official))
                .addOverlay(PolicySource.ofText("illustrative.yaml", illustrative))
                .build()
                .snapshot(RegionCode.of("330500"), LocalDate.of(2025, 1, 1));
    }

    @Test
    void outcome_isTheCombinationOfTheVerdictsRecorded() {
        PolicySnapshot s = snapshot();
        qt().forAll(lists().of(integers().between(0, Verdict.values().length - 1))
                        .ofSizeBetween(0, 12))
                .checkAssert(picks -> {
                    RuleContext ctx = RuleContext.start("t", s);
                    List<Verdict> verdicts = new ArrayList<>();
                    for (int p : picks) {
                        Verdict v = Verdict.values()[p];
                        verdicts.add(v);
                        ctx.record(TestRules.rule("t.rule", CITE), v);
                    }
                    assertThat(ctx.verdicts()).isEqualTo(verdicts);
                    assertThat(ctx.outcome()).isEqualTo(Outcome.combine(verdicts));
                    Decision<Void> d = ctx.decide(null);
                    assertThat(d.outcome()).isEqualTo(Outcome.combine(verdicts));
                    assertThat(d.findings()).extracting(Finding::verdict).isEqualTo(verdicts);
                });
    }

    @Test
    void facts_mustAlternateStringNamesAndPresentValues_eachNameOnce() {
        RuleContext ctx = RuleContext.start("t", snapshot());
        assertThatThrownBy(() -> ctx.record(TestRules.rule("t.r", CITE), Verdict.MET, "a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alternate");
        assertThatThrownBy(() -> ctx.record(TestRules.rule("t.r", CITE), Verdict.MET, 1, "a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a String");
        assertThatThrownBy(() -> ctx.record(TestRules.rule("t.r", CITE), Verdict.MET, "a", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("a");
        // checked with assertions enabled, as every test run has them
        assertThatThrownBy(() -> ctx.record(TestRules.rule("t.r", CITE), Verdict.MET, "a", 1, "b", 2, "a", 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'a' given twice");
        assertThatThrownBy(() -> ctx.counterfactual("t.c", "a", 1, "a", 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RuleContext.facts("a", 1, "a", 2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ctx.decide(null).findings()).isEmpty();
    }

    @Test
    void findingsAndNotes_showTheirFactsInOrder_andEqualTheirMapBuiltTwins() {
        RuleContext ctx = RuleContext.start("t", snapshot());
        ctx.record(TestRules.rule("t.r", CITE), Verdict.MET, "z", 1, "a", Money.ofFen(5), "m", "text");
        ctx.counterfactual("t.c", "gap", Money.ofFen(7));
        Decision<Void> d = ctx.decide(null);
        Finding f = d.findings().get(0);
        assertThat(f.facts())
                .containsExactly(
                        java.util.Map.entry("z", 1),
                        java.util.Map.entry("a", Money.ofFen(5)),
                        java.util.Map.entry("m", "text"));
        assertThat(f)
                .isEqualTo(new Finding(
                        "t.r", Verdict.MET, RuleContext.facts("z", 1, "a", Money.ofFen(5), "m", "text"), CITE))
                .hasSameHashCodeAs(new Finding("t.r", Verdict.MET, new java.util.LinkedHashMap<>(f.facts()), CITE));
        assertThat(f).isNotEqualTo(new Finding("t.r", Verdict.NOT_MET, f.facts(), CITE));
        assertThat(d.counterfactuals()).containsExactly(new Note("t.c", RuleContext.facts("gap", Money.ofFen(7))));
        assertThatThrownBy(() -> d.findings().add(f)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> f.facts().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void valuesRead_areListedByKey_andWarningsComeInReadingOrder() {
        RuleContext ctx = RuleContext.start("t", snapshot());
        ctx.param(C);
        ctx.warn("t.own-warning", "n", 1);
        ctx.param(B);
        ctx.param(A);
        ctx.param(C); // read twice, listed and warned once
        assertThat(ctx.param(NONE)).isNull();
        assertThat(ctx.param(NONE)).isNull();
        Decision<Void> d = ctx.decide(null);
        assertThat(d.parameterValues())
                .extracting(v -> v.key().name())
                .containsExactly("ctx-test.a", "ctx-test.b", "ctx-test.c");
        assertThat(d.warnings())
                .extracting(Note::code)
                .containsExactly(
                        "policy.since-not-exact",
                        "t.own-warning",
                        "policy.illustrative-value",
                        "policy.since-not-exact");
        assertThat(d.warnings().get(0).facts()).containsEntry("key", "ctx-test.c");
        assertThat(d.warnings().get(2).facts())
                .containsEntry("key", "ctx-test.a")
                .containsEntry("value", "1.00");
        assertThat(d.missingParameters()).extracting(MissingParameter::key).containsExactly("ctx-test.none");
        assertThat(d.usedIllustrativeValues()).isTrue();
    }

    @Test
    void absorb_takesEachValueMissingKeyAndWarningOnce() {
        PolicySnapshot s = snapshot();
        RuleContext sub = RuleContext.start("sub", s);
        sub.param(A);
        sub.param(NONE);
        sub.warn("t.sub-warning");
        Decision<Void> inner = sub.decide(null);
        RuleContext outer = RuleContext.start("outer", s);
        outer.param(A);
        outer.absorb(inner);
        outer.absorb(inner);
        Decision<Void> d = outer.decide(null);
        assertThat(d.parameterValues()).extracting(v -> v.key().name()).containsExactly("ctx-test.a");
        assertThat(d.missingParameters()).hasSize(1);
        assertThat(d.warnings())
                .extracting(Note::code)
                .containsExactly("policy.illustrative-value", "policy.since-not-exact", "t.sub-warning");
    }

    @Test
    void recordAndParam_returnWhatTheRulesUse() {
        PolicySnapshot s = snapshot();
        RuleContext ctx = RuleContext.start("t", s);
        assertThat(ctx.record(TestRules.rule("t.a", CITE), Verdict.MET)).isEqualTo(Verdict.MET);
        assertThat(ctx.record(TestRules.rule("t.b", CITE), Verdict.NOT_MET, "n", 1))
                .isEqualTo(Verdict.NOT_MET);
        assertThat(ctx.param(B)).isEqualTo(Money.ofFen(200));
        assertThat(ctx.param(B)).as("read twice").isEqualTo(Money.ofFen(200));
        assertThat(ctx.anyMissing()).isFalse();
        assertThat(ctx.param(NONE)).isNull();
        assertThat(ctx.anyMissing()).isTrue();
        assertThat(ctx.snapshot()).isSameAs(s);
        Decision<String> d = ctx.decide("r");
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(d.result()).contains("r");
        assertThat(d.finding("t.b"))
                .hasValueSatisfying(f -> assertThat(f.facts()).containsEntry("n", 1));
        assertThat(d.finding("t.z")).isEmpty();
        assertThat(d.toString()).contains("t").contains("INELIGIBLE").contains("r");
        assertThat(d.libraryVersion()).isNotBlank();
    }

    @Test
    void manyFindings_growTheRows_andKeepTheirOrder() {
        RuleContext ctx = RuleContext.start("t", snapshot());
        for (int i = 0; i < 40; i++) {
            ctx.record(TestRules.rule("t.r" + i, CITE), i == 39 ? Verdict.UNDETERMINED : Verdict.MET, "i", i);
        }
        Decision<Void> d = ctx.decide(null);
        assertThat(d.findings()).hasSize(40);
        assertThat(d.findings().get(39).rule()).isEqualTo("t.r39");
        assertThat(d.findings().get(17).facts()).containsEntry("i", 17);
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.findings()).isSameAs(d.findings());
    }

    @Test
    void decisionsNotesAndFindings_areEqualOnlyWhenTheirContentIs() {
        PolicySnapshot s = snapshot();
        Decision<String> a = sample(s, Verdict.MET, "x");
        Decision<String> b = sample(s, Verdict.MET, "x");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(sample(s, Verdict.NOT_MET, "x")).isNotEqualTo(sample(s, Verdict.MET, "y"));
        Finding f = a.findings().get(0);
        assertThat(f.hashCode()).isNotEqualTo(new Finding("t.other", Verdict.MET, f.facts(), CITE).hashCode());
        assertThat(f.rule()).isEqualTo("t.r");
        assertThat(f.toString()).contains("t.r").contains("MET");
        Note n = a.counterfactuals().get(0);
        assertThat(n)
                .isEqualTo(new Note("t.c", RuleContext.facts("gap", 1)))
                .hasSameHashCodeAs(new Note("t.c", RuleContext.facts("gap", 1)));
        assertThat(n)
                .isNotEqualTo(new Note("t.d", RuleContext.facts("gap", 1)))
                .isNotEqualTo(new Note("t.c", RuleContext.facts("gap", 2)));
        assertThat(n.toString()).contains("t.c");
        assertThat(n.facts()).containsKey("gap").doesNotContainKey("other");
    }

    private static Decision<String> sample(PolicySnapshot s, Verdict v, String result) {
        RuleContext ctx = RuleContext.start("t", s);
        ctx.param(B);
        ctx.record(TestRules.rule("t.r", CITE), v, "n", 1);
        ctx.counterfactual("t.c", "gap", 1);
        return ctx.decide(result);
    }

    @Test
    void absorb_fromAnotherSnapshotOfTheSameValues_comparesByValue() {
        PolicySnapshot s1 = snapshot();
        PolicySnapshot s2 = snapshot();
        RuleContext sub = RuleContext.start("sub", s2);
        sub.param(A);
        sub.param(B);
        Decision<Void> inner = sub.decide(null);
        RuleContext outer = RuleContext.start("outer", s1);
        outer.param(A);
        outer.absorb(inner);
        Decision<Void> d = outer.decide(null);
        assertThat(d.parameterValues()).extracting(v -> v.key().name()).containsExactly("ctx-test.a", "ctx-test.b");
        assertThat(d.warnings())
                .extracting(Note::code)
                .containsExactly("policy.illustrative-value", "policy.since-not-exact");
    }

    @Test
    void aFinishedContext_refusesEveryChange() {
        RuleContext ctx = RuleContext.start("t", snapshot());
        Decision<Void> d = ctx.decide(null);
        assertThatThrownBy(() -> ctx.record(TestRules.rule("t.r", CITE), Verdict.MET))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ctx.record(TestRules.rule("t.r", CITE), Verdict.MET, "a", 1))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ctx.param(A)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ctx.warn("t.w")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ctx.counterfactual("t.c")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ctx.absorb(d)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ctx.decide(null)).isInstanceOf(IllegalStateException.class);
        assertThat(d.findings()).isEmpty();
    }
}
