package org.minzheng.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.json.Json;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.policy.Provenance;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.core.region.RegionCode;

/**
 * Rules as a program declares them: what a rule may record and read is checked when it records
 * and reads (assertions are on in every test run), the program's citations and parameters come
 * from its rules, and a finding cites the pack rows that set the values its rule reads.
 */
class RuleDeclarationsTest {

    static final Citation ART_1 = Citation.of("r", "第一条");
    static final Citation ART_2 = Citation.of("r", "第二条");
    static final Rule BELOW = Rule.builder("t.below", ART_1)
            .quote("收入低于标准的，给予保障。")
            .verdicts(Verdict.MET, Verdict.NOT_MET)
            .reads(RuleContextTest.B, RuleContextTest.NONE)
            .notes("t.counterfactual.gap")
            .build();
    static final Rule AMOUNT = Rule.builder("t.amount", ART_2)
            .verdicts(Verdict.INFO)
            .reads(RuleContextTest.A)
            .alsoCites(ART_1)
            .build();
    static final List<Rule> RULES = List.of(BELOW, AMOUNT);

    @Test
    void aRule_declaresItsMessageKeys_oneForEachVerdictThenItsNotes() {
        assertThat(BELOW.messageKeys()).containsExactly("t.below.MET", "t.below.NOT_MET", "t.counterfactual.gap");
        assertThat(BELOW.messageKey(Verdict.NOT_MET)).isEqualTo("t.below.NOT_MET");
        assertThat(BELOW.parameters()).containsExactly(RuleContextTest.B, RuleContextTest.NONE);
        assertThat(BELOW.reads(RuleContextTest.B)).isTrue();
        assertThat(BELOW.reads(RuleContextTest.A)).isFalse();
        assertThat(AMOUNT.cites(ART_1)).isTrue();
        assertThat(BELOW.cites(ART_2)).isFalse();
        assertThat(BELOW.quote()).isEqualTo("收入低于标准的，给予保障。");
        assertThat(AMOUNT.quote()).isNull();
        assertThat(BELOW)
                .isEqualTo(Rule.builder("t.below", ART_2).verdicts(Verdict.INFO).build())
                .hasToString("t.below");
    }

    @Test
    void aRule_withABadId_noVerdict_orABlankQuote_isRefused() {
        assertThatThrownBy(() -> Rule.builder("Dibao.Income", ART_1)).hasMessageContaining("dotted lower-case");
        assertThatThrownBy(() -> Rule.builder("t.none", ART_1).build()).hasMessageContaining("declares no verdict");
        assertThatThrownBy(() -> Rule.builder("t.q", ART_1).quote(" ")).hasMessageContaining("blank");
    }

    @Test
    void recordingAVerdictTheRuleDoesNotDeclare_fails() {
        RuleContext ctx = RuleContext.start("t", RULES, RuleContextTest.snapshot());
        assertThatThrownBy(() -> ctx.record(BELOW, Verdict.UNDETERMINED))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("t.below does not declare the verdict UNDETERMINED");
    }

    @Test
    void aProgramThatNarrowsASharedRule_isCheckedAgainstItsOwnDeclaration() {
        Rule narrowed = BELOW.narrowedTo(Verdict.MET);
        assertThat(narrowed).isEqualTo(BELOW);
        assertThat(narrowed.verdicts()).containsExactly(Verdict.MET);
        assertThat(narrowed.parameters()).isEqualTo(BELOW.parameters());
        RuleContext ctx = RuleContext.start("t", List.of(narrowed), RuleContextTest.snapshot());
        assertThat(ctx.record(BELOW, Verdict.MET)).isEqualTo(Verdict.MET);
        assertThatThrownBy(() -> ctx.record(BELOW, Verdict.NOT_MET))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("does not declare the verdict NOT_MET");
        assertThatThrownBy(() -> BELOW.narrowedTo(Verdict.INFO)).hasMessageContaining("does not declare INFO");
    }

    @Test
    void askingWhetherAValueIsConfigured_recordsNothing_andIsCheckedLikeARead() {
        RuleContext ctx = RuleContext.start("t", RULES, RuleContextTest.snapshot());
        assertThat(ctx.isConfigured(RuleContextTest.B)).isTrue();
        assertThat(ctx.isConfigured(RuleContextTest.NONE)).isFalse();
        assertThatThrownBy(() -> ctx.isConfigured(RuleContextTest.C))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ctx-test.c");
        Decision<Object> d = ctx.decide(null);
        assertThat(d.parameterValues()).isEmpty();
        assertThat(d.missingParameters()).isEmpty();
    }

    @Test
    void recordingARuleTheProgramDoesNotList_fails() {
        RuleContext ctx = RuleContext.start("t", List.of(BELOW), RuleContextTest.snapshot());
        assertThatThrownBy(() -> ctx.record(AMOUNT, Verdict.INFO))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("does not declare the rule t.amount");
    }

    @Test
    void readingAParameterNoRuleDeclares_fails_asDoesAnUndeclaredNote_orCitation() {
        RuleContext ctx = RuleContext.start("t", RULES, RuleContextTest.snapshot());
        assertThatThrownBy(() -> ctx.param(RuleContextTest.C))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("reads the parameter ctx-test.c that none of its rules declares");
        assertThatThrownBy(() -> ctx.detail(RuleContextTest.C, "amount")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> ctx.paramOn(RuleContextTest.C, java.time.LocalDate.of(2024, 6, 1)))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> ctx.warn("t.undeclared"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("adds the note t.undeclared");
        assertThatThrownBy(() -> ctx.recordCiting(BELOW, Verdict.MET, ART_2))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("does not declare the citation");
        ctx.counterfactual("t.counterfactual.gap", "gap", 1);
        assertThat(ctx.recordCiting(AMOUNT, Verdict.INFO, ART_1)).isEqualTo(Verdict.INFO);
        assertThat(ctx.decide(null).findings().get(0).citation()).isEqualTo(ART_1);
    }

    @Test
    void aFinding_citesThePackRowsThatSetTheValuesItsRuleReads_andOnlyThose() {
        PolicySnapshot s = RuleContextTest.snapshot();
        RuleContext ctx = RuleContext.start("t", RULES, s);
        Money b = ctx.param(RuleContextTest.B);
        assertThat(ctx.param(RuleContextTest.NONE)).isNull();
        Money a = ctx.param(RuleContextTest.A);
        ctx.record(BELOW, Verdict.MET, "b", b);
        ctx.record(AMOUNT, Verdict.INFO, "a", a);
        Decision<Object> d = ctx.decide(null);
        assertThat(d.findings().get(0).sources())
                .containsExactly(new ValueSource(
                        "ctx-test.b",
                        RegionCode.of("330500"),
                        Provenance.OFFICIAL,
                        Citation.of("r", null),
                        "official.yaml",
                        "official.yaml:6"));
        assertThat(d.findings().get(1).sources())
                .extracting(ValueSource::key, ValueSource::grade)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ctx-test.a", Provenance.ILLUSTRATIVE));
        assertThat(Json.compact(d))
                .contains("\"citation\":{\"instrument\":\"r\",\"article\":\"第一条\"},\"sources\":"
                        + "[{\"key\":\"ctx-test.b\",\"region\":\"330500\",\"grade\":\"OFFICIAL\",\"citation\":{\"instrument\":\"r\"},"
                        + "\"pack\":\"official.yaml\",\"source\":\"official.yaml:6\"}]");
    }

    @Test
    void aFindingOfARuleReadingNothing_hasNoSources_andItsJsonIsAsBefore() {
        Rule plain = Rule.builder("t.plain", ART_1).verdicts(Verdict.MET).build();
        RuleContext ctx = RuleContext.start("t", List.of(plain), RuleContextTest.snapshot());
        ctx.record(plain, Verdict.MET);
        Decision<Object> d = ctx.decide(null);
        assertThat(d.findings().get(0).sources()).isEmpty();
        assertThat(Json.compact(d.findings().get(0)))
                .isEqualTo(
                        "{\"rule\":\"t.plain\",\"verdict\":\"MET\",\"citation\":{\"instrument\":\"r\",\"article\":\"第一条\"}}");
    }

    /** The verdicts of the parts of one condition combine as the conditions of a decision do. */
    @Test
    void worst_agreesWithHowOutcomesCombine() {
        qt().forAll(lists().of(integers().between(0, Verdict.values().length)).ofSizeBetween(0, 6))
                .checkAssert(picks -> {
                    List<Verdict> parts = new ArrayList<>();
                    for (int p : picks) {
                        parts.add(p == Verdict.values().length ? null : Verdict.values()[p]);
                    }
                    Verdict worst = Verdict.worst(parts.toArray(new Verdict[0]));
                    List<Verdict> present = new ArrayList<>(parts);
                    present.removeIf(java.util.Objects::isNull);
                    Outcome o = Outcome.combine(present);
                    Verdict expected = switch (o) {
                        case INELIGIBLE -> Verdict.NOT_MET;
                        case UNDETERMINED -> Verdict.UNDETERMINED;
                        case NEEDS_REVIEW -> Verdict.NEEDS_REVIEW;
                        case ELIGIBLE -> Verdict.MET;
                    };
                    assertThat(worst).isEqualTo(expected);
                });
        assertThat(Verdict.worst()).isEqualTo(Verdict.MET);
        // the fixed-arity forms (no array) agree with the varargs form on every combination
        List<Verdict> all = new ArrayList<>(java.util.Arrays.asList(Verdict.values()));
        all.add(null);
        for (Verdict a : all) {
            for (Verdict b : all) {
                assertThat(Verdict.worst(a, b)).isEqualTo(Verdict.worst(new Verdict[] {a, b}));
                for (Verdict c : all) {
                    assertThat(Verdict.worst(a, b, c)).isEqualTo(Verdict.worst(new Verdict[] {a, b, c}));
                    for (Verdict d : all) {
                        assertThat(Verdict.worst(a, b, c, d)).isEqualTo(Verdict.worst(new Verdict[] {a, b, c, d}));
                    }
                }
            }
        }
        assertThat(Verdict.worst(Verdict.NOT_APPLICABLE, null, Verdict.INFO)).isEqualTo(Verdict.MET);
    }

    static final class Sample extends AbstractProgram<Object, Object> {
        Sample(List<Rule> rules) {
            super(
                    "sample",
                    new LocalizedText("样例", "Sample"),
                    Object.class,
                    Object.class,
                    "org.minzheng.core.messages",
                    rules);
        }

        @Override
        public Decision<Object> evaluate(Object facts, PolicySnapshot snapshot) {
            RuleContext ctx = start(snapshot);
            ctx.record(BELOW, Verdict.MET);
            return ctx.decide(null);
        }
    }

    @Test
    void aProgram_takesItsCitationsAndParametersFromItsRules_eachOnceInRuleOrder() {
        Sample p = new Sample(RULES);
        assertThat(p.rules()).containsExactly(BELOW, AMOUNT);
        assertThat(p.citations()).containsExactly(ART_1, ART_2);
        assertThat(p.parameters()).containsExactly(RuleContextTest.B, RuleContextTest.NONE, RuleContextTest.A);
        assertThatThrownBy(() -> new Sample(List.of(BELOW, BELOW)))
                .hasMessageContaining("declares the rule t.below twice");
        assertThatThrownBy(() -> new Sample(List.of())).hasMessageContaining("declares no rule");
        assertThatThrownBy(() -> new Sample(List.of(AMOUNT)).evaluate(new Object(), RuleContextTest.snapshot()))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void theExplainer_takesTheTitleFromTheRegistry_andShowsWhereEachValueWasSet() {
        PolicySnapshot s = RuleContextTest.snapshot();
        RuleContext ctx = RuleContext.start("sample", RULES, s);
        ctx.param(RuleContextTest.B);
        ctx.record(BELOW, Verdict.MET);
        Decision<Object> d = ctx.decide(null);
        PolicyBook book = s.book();
        Explainer explainer = Explainer.of(ProgramRegistry.of(List.of(new Sample(RULES))), book);
        assertThat(explainer.explain(d, Language.EN))
                .startsWith("Sample (reviewer's view)")
                .contains("Region: Huzhou;")
                .contains("is set by Huzhou (official): Rule (测〔2020〕1号)");
        assertThat(explainer.explain(d, Language.ZH))
                .startsWith("样例（审核版）")
                .contains("认定地区：湖州市；")
                .contains("由湖州市规定（正式文件规定），出处：《规则》（测〔2020〕1号）")
                .doesNotContain("ctx-test.b");
        Decision<Object> other = RuleContext.start("other", RULES, s).decide(null);
        assertThatThrownBy(() -> explainer.explain(other, Language.EN)).hasMessageContaining("other");
    }
}
