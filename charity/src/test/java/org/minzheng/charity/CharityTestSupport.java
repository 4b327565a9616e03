package org.minzheng.charity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Explainer;
import org.minzheng.core.decision.Finding;
import org.minzheng.core.decision.Language;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.Program;
import org.minzheng.core.region.RegionCode;

/** Shared helpers of the charity tests. */
public final class CharityTestSupport {

    /** Huzhou. */
    public static final RegionCode HUZHOU = RegionCode.of("330500");
    /** The message bundle. */
    public static final String BUNDLE = "org.minzheng.charity.messages";

    private CharityTestSupport() {}

    /**
     * @param date the policy date
     * @return the shipped book's snapshot for Huzhou on that date
     */
    public static PolicySnapshot huzhou(LocalDate date) {
        return PolicyBook.loadDefault().snapshot(HUZHOU, date);
    }

    private static final Explainer EXPLAINER = Explainer.of(
            List.of(BUNDLE),
            CharityTestSupport.class.getClassLoader(),
            PolicyBook.loadDefault().instruments());

    /** @return an explainer over the charity bundle (shared; explainers are thread-safe) */
    public static Explainer explainer() {
        return EXPLAINER;
    }

    /**
     * @param program a program
     * @param finding a finding of one of its decisions
     * @return true if the program declares the finding's rule with the finding's verdict
     */
    public static boolean declares(Program<?, ?> program, Finding finding) {
        return program.rules().stream().anyMatch(r -> r.id().equals(finding.rule()) && r.mayRecord(finding.verdict()));
    }

    /**
     * Renders a decision in both languages and checks that every message exists and every
     * placeholder was filled.
     *
     * @param program  the program
     * @param decision the decision
     * @return the Chinese and the English text
     */
    public static List<String> explainBoth(Program<?, ?> program, Decision<?> decision) {
        Explainer ex = explainer();
        String zh = ex.explain(decision, program.title().zh(), Language.ZH);
        String en = ex.explain(decision, program.title().en(), Language.EN);
        for (String text : List.of(zh, en)) {
            assertThat(text)
                    .doesNotContain("{")
                    .doesNotContain("enum.")
                    .doesNotContain(".counterfactual.")
                    .doesNotContain(".warning.")
                    .doesNotContainPattern("\\.(MET|NOT_MET|INFO|NEEDS_REVIEW|UNDETERMINED|NOT_APPLICABLE)\\b")
                    .doesNotContainPattern("\\b[A-Z]{2,}_[A-Z_]+\\b");
        }
        return List.of(zh, en);
    }
}
