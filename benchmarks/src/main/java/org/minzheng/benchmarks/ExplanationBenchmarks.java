package org.minzheng.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.minzheng.core.cases.CaseFile;
import org.minzheng.core.cases.CaseRunner;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Explainer;
import org.minzheng.core.decision.Explainer.View;
import org.minzheng.core.decision.Language;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.core.region.RegionCode;
import org.minzheng.eldercare.assessment.AbilityAssessment;
import org.minzheng.eldercare.assessment.AbilityAssessmentProgram;
import org.minzheng.eldercare.assessment.AbilityAssessmentResult;
import org.minzheng.eligibility.dibao.DibaoProgram;
import org.minzheng.eligibility.dibao.DibaoResult;
import org.minzheng.eligibility.household.Household;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What an explanation costs next to the decision it explains (issue 18: "an explanation, zh or
 * en, ≤ 5× the decision it explains"): for {@code dibao} (the Huzhou 2024 family of three,
 * eligible, 1,435.00 a month) and the eldercare {@code ability-assessment} (the example case of
 * moderate vascular dementia raised to severe loss), one decision evaluated, then the same decision
 * evaluated and explained in each language and each view — the reviewer's (审核版) and the
 * citizen's notice (群众版). Each {@code xExplain…} / {@code xNotice…} is evaluate + explain (a
 * decision's findings are made when first read, so explaining one decision over and over would
 * leave them out); the explanation alone is its time less {@code xEvaluate}'s, and the ratio of
 * issue 18 is that against {@code xDecide} (the validated decision). Compare within one run, with
 * {@code -prof gc} for the allocation; {@link ExplainProbe} gives thread CPU time and allocation
 * where the machine is shared.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ExplanationBenchmarks {

    private static final String ABILITY_CASE =
            "/org/minzheng/benchmarks/cases/ability-assessment/moderate-vascular-dementia-raised-to-severe.json";

    private final DibaoProgram dibao = new DibaoProgram();
    private final AbilityAssessmentProgram ability = new AbilityAssessmentProgram();
    private PolicySnapshot dibaoSnapshot;
    private PolicySnapshot abilitySnapshot;
    private Household household;
    private AbilityAssessment assessment;
    private Explainer explainer;

    /** Loads the book, builds the household and reads the assessment case. */
    @Setup
    public void setUp() throws IOException {
        PolicyBook book = Fixtures.illustrativeBook();
        ProgramRegistry programs = ProgramRegistry.of(List.of(dibao, ability));
        explainer = Explainer.of(programs, book);
        dibaoSnapshot = book.snapshot(RegionCode.of("330500"), Population.DATE);
        household = DibaoDmnCases.familyOfThree();
        CaseRunner runner = CaseRunner.of(programs, book);
        CaseFile c;
        try (InputStream in = ExplanationBenchmarks.class.getResourceAsStream(ABILITY_CASE)) {
            if (in == null) {
                throw new IllegalStateException("ability-assessment case not on the class path");
            }
            c = runner.read(in.readAllBytes());
        }
        assessment = (AbilityAssessment) runner.facts(c);
        abilitySnapshot = book.snapshot(c.region(), c.date());
        // the decisions are valid: the benchmarks below evaluate, as a pipeline of checked facts does
        dibao.decide(household, dibaoSnapshot);
        ability.decide(assessment, abilitySnapshot);
    }

    /** @return a dibao decision (facts already validated) */
    @Benchmark
    public Decision<DibaoResult> dibaoEvaluate() {
        return dibao.evaluate(household, dibaoSnapshot);
    }

    /**
     * @return a dibao decision, the facts validated first: the decision an integrator's explanation
     *         explains (issue 18's "≤ 5× the decision it explains" is read against this)
     */
    @Benchmark
    public Decision<DibaoResult> dibaoDecide() {
        return dibao.decide(household, dibaoSnapshot);
    }

    /** @return a dibao decision and the reviewer's view of it in Chinese */
    @Benchmark
    public String dibaoExplainZh() {
        return explainer.explain(dibao.evaluate(household, dibaoSnapshot), Language.ZH, View.REVIEWER);
    }

    /** @return a dibao decision and the reviewer's view of it in English */
    @Benchmark
    public String dibaoExplainEn() {
        return explainer.explain(dibao.evaluate(household, dibaoSnapshot), Language.EN, View.REVIEWER);
    }

    /** @return a dibao decision and the citizen's notice of it in Chinese, as text */
    @Benchmark
    public String dibaoNoticeZh() {
        return explainer.explain(dibao.evaluate(household, dibaoSnapshot), Language.ZH, View.CITIZEN);
    }

    /** @return a dibao decision and the citizen's notice of it in English, as text */
    @Benchmark
    public String dibaoNoticeEn() {
        return explainer.explain(dibao.evaluate(household, dibaoSnapshot), Language.EN, View.CITIZEN);
    }

    /** @return an ability-assessment decision (facts already validated) */
    @Benchmark
    public Decision<AbilityAssessmentResult> abilityEvaluate() {
        return ability.evaluate(assessment, abilitySnapshot);
    }

    /** @return an ability-assessment decision, the facts validated first */
    @Benchmark
    public Decision<AbilityAssessmentResult> abilityDecide() {
        return ability.decide(assessment, abilitySnapshot);
    }

    /** @return an ability-assessment decision and the reviewer's view of it in Chinese */
    @Benchmark
    public String abilityExplainZh() {
        return explainer.explain(ability.evaluate(assessment, abilitySnapshot), Language.ZH, View.REVIEWER);
    }

    /** @return an ability-assessment decision and the reviewer's view of it in English */
    @Benchmark
    public String abilityExplainEn() {
        return explainer.explain(ability.evaluate(assessment, abilitySnapshot), Language.EN, View.REVIEWER);
    }

    /** @return an ability-assessment decision and the citizen's notice of it in Chinese, as text */
    @Benchmark
    public String abilityNoticeZh() {
        return explainer.explain(ability.evaluate(assessment, abilitySnapshot), Language.ZH, View.CITIZEN);
    }

    /** @return an ability-assessment decision and the citizen's notice of it in English, as text */
    @Benchmark
    public String abilityNoticeEn() {
        return explainer.explain(ability.evaluate(assessment, abilitySnapshot), Language.EN, View.CITIZEN);
    }
}
