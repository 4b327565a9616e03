package org.minzheng.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Explainer;
import org.minzheng.core.decision.Language;
import org.minzheng.core.json.Json;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.region.RegionCode;
import org.minzheng.eligibility.dibao.DibaoProgram;
import org.minzheng.eligibility.dibao.DibaoResult;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.screening.AssistanceScreeningProgram;
import org.minzheng.eligibility.screening.ImmutableScreeningFacts;
import org.minzheng.eligibility.screening.ScreeningFacts;
import org.minzheng.eligibility.screening.ScreeningResult;
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
 * One decision through the public API: {@code dibao} (validated and not), with its explanation
 * rendered, as JSON, and {@code assistance-screening} on one household. The household is the
 * Huzhou 2024 family of three (income 2,000 a month: eligible, 1,435.00).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DecisionBenchmarks {

    private final DibaoProgram dibao = new DibaoProgram();
    private final AssistanceScreeningProgram screening = new AssistanceScreeningProgram();
    private PolicySnapshot snapshot;
    private Household household;
    private ScreeningFacts screeningFacts;
    private Explainer explainer;
    private HandWrittenDibao handWritten;
    private Decision<DibaoResult> decision;
    private String caseJson;

    /** Loads the book and builds the household. */
    @Setup
    public void setUp() {
        PolicyBook book = Fixtures.illustrativeBook();
        snapshot = book.snapshot(RegionCode.of("330500"), Population.DATE);
        household = DibaoDmnCases.familyOfThree();
        screeningFacts = ImmutableScreeningFacts.builder().household(household).build();
        explainer = Explainer.of(org.minzheng.core.program.ProgramRegistry.of(List.of(dibao)), book);
        decision = dibao.decide(household, snapshot);
        handWritten = new HandWrittenDibao(snapshot);
        caseJson = Json.compact(household);
    }

    /** @return a dibao decision with full findings, facts validated first (the public entry point) */
    @Benchmark
    public Decision<DibaoResult> dibaoDecide() {
        return dibao.decide(household, snapshot);
    }

    /** @return a dibao decision with full findings, facts already validated (a screening pipeline) */
    @Benchmark
    public Decision<DibaoResult> dibaoEvaluate() {
        return dibao.evaluate(household, snapshot);
    }

    /**
     * @return the same decision written by hand (long fen, three finding records): the baseline of
     *         the side-by-side table's "within 3× of hand-written" target
     */
    @Benchmark
    public HandWrittenDibao.Result dibaoHandWritten() {
        return handWritten.decide(household);
    }

    /** @return a dibao decision and its explanation in Chinese */
    @Benchmark
    public String dibaoEvaluateAndExplain() {
        return explainer.explain(dibao.evaluate(household, snapshot), Language.ZH);
    }

    /** @return the screening of one household (three programs and the early-warning signals) */
    @Benchmark
    public Decision<ScreeningResult> screeningEvaluate() {
        return screening.evaluate(screeningFacts, snapshot);
    }

    /** @return a decision written as JSON */
    @Benchmark
    public String writeDecisionJson() {
        return Json.compact(decision);
    }

    /** @return the household's facts read from JSON */
    @Benchmark
    public Household readFactsJson() {
        return Json.convert(Json.readTree(caseJson, "facts"), Household.class, "facts");
    }
}
