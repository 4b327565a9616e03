package org.minzheng.examples.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Explainer;
import org.minzheng.core.decision.Explainer.View;
import org.minzheng.core.decision.Language;
import org.minzheng.core.json.Json;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.core.region.RegionCode;
import org.minzheng.eligibility.dibao.DibaoProgram;
import org.minzheng.eligibility.screening.AssistanceScreeningProgram;
import org.minzheng.eligibility.screening.ScreeningFacts;
import org.minzheng.examples.illustrative.IllustrativeOverlay;
import org.minzheng.examples.population.SyntheticPopulation;

/**
 * The explainer keeps each text's shape as a plan (the literal text between a decision's figures,
 * compiled once) and fills it with the figures of each decision of that shape. Over generated
 * households of the synthetic population (dibao and the assistance screening, the Wuxing district
 * 330502 with the illustrative overlay), in both languages and both views: the text an explainer
 * writes from plans compiled for other decisions — one explainer shared by every example, so
 * shapes are compiled, kept and reused interleaved — is the text a new explainer (no plan yet)
 * writes for the same decision, and writing it again from the same explainer gives it again.
 */
class ExplanationPlansProperties {

    static final RegionCode WUXING = RegionCode.of("330502");
    static final LocalDate DATE = SyntheticPopulation.DEFAULT_DATE;

    @Test
    void aTextWrittenFromAKeptPlan_isTheTextOfAFreshExplainer() {
        ProgramRegistry programs = ProgramRegistry.loadDefault();
        PolicyBook book = IllustrativeOverlay.book();
        PolicySnapshot snapshot = book.snapshot(WUXING, DATE);
        DibaoProgram dibao = new DibaoProgram();
        AssistanceScreeningProgram screening = new AssistanceScreeningProgram();
        Explainer warm = Explainer.of(programs, book);
        qt().withExamples(120)
                .forAll(longs().between(1, 1_000), integers().between(0, 100_000))
                .checkAssert((seed, index) -> {
                    String line = SyntheticPopulation.line(seed, index, WUXING, DATE);
                    JsonNode tree = Json.readTree(line, "$");
                    ScreeningFacts facts = Json.convert(tree.get("facts"), ScreeningFacts.class, "facts");
                    List<Decision<?>> decided =
                            List.of(dibao.decide(facts.household(), snapshot), screening.decide(facts, snapshot));
                    List<Decision<?>> again =
                            List.of(dibao.decide(facts.household(), snapshot), screening.decide(facts, snapshot));
                    Explainer cold = Explainer.of(programs, book);
                    for (int d = 0; d < decided.size(); d++) {
                        for (View view : View.values()) {
                            for (Language lang : Language.values()) {
                                String fresh = cold.explain(again.get(d), lang, view);
                                String kept = warm.explain(decided.get(d), lang, view);
                                assertThat(kept)
                                        .as(
                                                "seed %d, household %d, %s, %s, %s",
                                                seed, index, decided.get(d).program(), view, lang)
                                        .isEqualTo(fresh)
                                        .isEqualTo(warm.explain(decided.get(d), lang, view));
                            }
                        }
                    }
                });
    }
}
