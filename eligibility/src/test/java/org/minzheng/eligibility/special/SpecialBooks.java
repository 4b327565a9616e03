package org.minzheng.eligibility.special;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Explainer;
import org.minzheng.core.decision.Language;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.policy.PolicySource;
import org.minzheng.core.program.Program;
import org.minzheng.core.region.RegionCode;

/**
 * The policy books the special-assistance tests use: the shipped data ({@link #OFFICIAL}), the
 * shipped data with the frozen test fixture ({@link #FIXTURE}, engine tests) and with the
 * examples' illustrative overlay ({@link #ILLUSTRATIVE}, example cases).
 */
public final class SpecialBooks {

    /** Huzhou. */
    public static final RegionCode HUZHOU = RegionCode.of("330500");
    /** Zhejiang. */
    public static final RegionCode ZHEJIANG = RegionCode.of("330000");
    /** The decision date of the 2024 scenarios: the first date the seed report proves Huzhou's 2024 figures in force. */
    public static final LocalDate DATE = LocalDate.of(2024, 12, 31);
    /** The shipped data. */
    public static final PolicyBook OFFICIAL = PolicyBook.loadDefault();
    /** The shipped data plus the frozen fixture of test values. */
    public static final PolicyBook FIXTURE = PolicyBook.builderWithDefaults()
            .addOverlay(PolicySource.ofResource(
                    SpecialBooks.class.getClassLoader(), "org/minzheng/eligibility/special/fixture-special.yaml"))
            .build();
    /** The module's illustrative overlays, in the order the examples load them. */
    public static final List<Path> ILLUSTRATIVE_OVERLAYS = List.of(
            Path.of("src/examples/illustrative/eligibility.yaml"),
            Path.of("src/examples/illustrative/eligibility-special.yaml"));
    /** The shipped data plus the module's illustrative overlays (as the examples and the CLI load them). */
    public static final PolicyBook ILLUSTRATIVE = withIllustrativeOverlays();

    private SpecialBooks() {}

    private static PolicyBook withIllustrativeOverlays() {
        PolicyBook.Builder b = PolicyBook.builderWithDefaults();
        for (Path p : ILLUSTRATIVE_OVERLAYS) {
            b.addOverlay(PolicySource.of(p));
        }
        return b.build();
    }

    /** @return Huzhou on 2024-12-31 with the shipped data */
    public static PolicySnapshot huzhou() {
        return OFFICIAL.snapshot(HUZHOU, DATE);
    }

    /** @return Huzhou on 2024-12-31 with the test fixture */
    public static PolicySnapshot fixture() {
        return FIXTURE.snapshot(HUZHOU, DATE);
    }

    /**
     * @param program a program
     * @param book    the book whose instruments citations resolve against
     * @return an explainer over the program's bundle
     */
    public static Explainer explainer(Program<?, ?> program, PolicyBook book) {
        return Explainer.of(List.of(program.messageBundle()), SpecialBooks.class.getClassLoader(), book.instruments());
    }

    /**
     * Renders a decision in both languages and fails if a message is missing or a placeholder
     * is left unfilled.
     *
     * @param program  the program
     * @param decision the decision
     * @return the Chinese and English texts joined
     */
    public static String explainBoth(Program<?, ?> program, Decision<?> decision) {
        Explainer ex = explainer(program, OFFICIAL);
        String zh = ex.explain(decision, program.title().zh(), Language.ZH);
        String en = ex.explain(decision, program.title().en(), Language.EN);
        return zh + "\n" + en;
    }
}
