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

    private static ProgramContract contract(Program<?, ?> program) {
        return ProgramContract.of(program)
                .official(Books.OFFICIAL)
                .illustrative(Books.ILLUSTRATIVE)
                .cases(Path.of("src/examples/cases", program.id()));
    }

    @TestFactory
    Stream<DynamicTest> dibaoKeepsTheContract() {
        return contract(new DibaoProgram()).tests();
    }

    @TestFactory
    Stream<DynamicTest> singleMemberKeepsTheContract() {
        return contract(new SingleMemberProgram()).tests();
    }

    @TestFactory
    Stream<DynamicTest> lowIncomeEdgeKeepsTheContract() {
        return contract(new LowIncomeEdgeProgram()).tests();
    }

    @TestFactory
    Stream<DynamicTest> rigidExpenditureKeepsTheContract() {
        return contract(new RigidExpenditureProgram()).tests();
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
