package org.minzheng.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Explainer;
import org.minzheng.core.decision.Language;
import org.minzheng.core.program.Program;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.core.testing.ProgramContract;
import org.minzheng.eligibility.dibao.DibaoProgram;
import org.minzheng.eligibility.dibao.SingleMemberProgram;
import org.minzheng.eligibility.edge.LowIncomeEdgeProgram;
import org.minzheng.eligibility.rigid.RigidExpenditureProgram;
import org.minzheng.eligibility.screening.AssistanceScreeningProgram;

/**
 * The program contract ({@link ProgramContract}) of the household programs — {@code dibao},
 * {@code dibao-single-member}, {@code low-income-edge}, {@code rigid-expenditure} and
 * {@code assistance-screening}: declarations, parameters with values, messages in both languages,
 * and the example cases under {@code src/examples/cases/<program>}, which exercise every declared
 * rule outcome. Also what the contract does not cover: the bundles' keys agree between languages,
 * and no explanation leaves a placeholder unfilled.
 */
class HouseholdProgramsContractTest {

    /** No pack refuses the Art. 13 deductions (Huzhou's rule is not found; the overlay allows them). */
    private static final String NO_PACK_REFUSES_DEDUCTIONS =
            "no pack refuses the Art. 13 deductions: Huzhou's rule is not "
                    + "found and the illustrative overlay allows them";

    private static ProgramContract contract(Program<?, ?> program) {
        return ProgramContract.of(program)
                .official(Books.OFFICIAL)
                .illustrative(Books.ILLUSTRATIVE)
                .cases(Path.of("src/examples/cases", program.id()));
    }

    /** The contract of a program that runs the means test and the property rules. */
    private static ProgramContract household(Program<?, ?> program) {
        return contract(program).notExercised("household.deductions NOT_APPLICABLE", NO_PACK_REFUSES_DEDUCTIONS);
    }

    @TestFactory
    Stream<DynamicTest> dibaoKeepsTheContract() {
        return household(new DibaoProgram())
                .notExercised(
                        "dibao.review-period.not-configured INFO",
                        "the national review periods (Art. 31) apply "
                                + "wherever the standard is configured, so no shipped region leaves them unset")
                .tests();
    }

    /**
     * The household's property findings and the edge income are recorded for an edge family only
     * (never NOT_MET: the program declares them narrowed, see {@link SingleMemberProgram}).
     */
    @TestFactory
    Stream<DynamicTest> singleMemberKeepsTheContract() {
        return contract(new SingleMemberProgram())
                .notExercised("household.deductions NOT_APPLICABLE", NO_PACK_REFUSES_DEDUCTIONS)
                .notExercised(
                        "dibao-single-member.edge-income UNDETERMINED",
                        "the national multiple (1.5, Art. 8) " + "applies everywhere the standard is configured")
                .notExercised(
                        "household.members NOT_MET",
                        "reachable only when no listed person counts (the dibao "
                                + "case only-member-in-prison shows it); no single-member case yet")
                .tests();
    }

    @TestFactory
    Stream<DynamicTest> lowIncomeEdgeKeepsTheContract() {
        return household(new LowIncomeEdgeProgram())
                .notExercised(
                        "low-income-edge.income-below-multiple UNDETERMINED",
                        "the national multiple (1.5, Art. 8) " + "applies everywhere the standard is configured")
                .tests();
    }

    @TestFactory
    Stream<DynamicTest> rigidExpenditureKeepsTheContract() {
        return household(new RigidExpenditureProgram())
                .notExercised(
                        "rigid-expenditure.validity.not-configured INFO",
                        "the national validity (12 months, Art. 10) " + "applies everywhere")
                .tests();
    }

    @TestFactory
    Stream<DynamicTest> screeningKeepsTheContract() {
        return contract(new AssistanceScreeningProgram()).tests();
    }

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = HouseholdProgramsContractTest.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void messageBundles_haveTheSameKeysInBothLanguages() throws IOException {
        for (String bundle : List.of("messages", "validation")) {
            Properties en = load("/org/minzheng/eligibility/" + bundle + ".properties");
            Properties zh = load("/org/minzheng/eligibility/" + bundle + "_zh.properties");
            assertThat(zh.stringPropertyNames()).as(bundle).isEqualTo(en.stringPropertyNames());
        }
    }

    @Test
    void explanationsOfTheSampleDecisions_leaveNoPlaceholderUnfilled() {
        Explainer ex = Explainer.of(ProgramRegistry.loadDefault(), Books.ILLUSTRATIVE);
        for (Decision<?> d : SampleDecisions.all()) {
            for (Language lang : Language.values()) {
                assertThat(ex.explain(d, lang)).as(d.program() + " " + lang).doesNotContain("{");
            }
        }
    }
}
