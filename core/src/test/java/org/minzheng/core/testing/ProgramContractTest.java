package org.minzheng.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.core.cases.RuleCoverage;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.ParameterType;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.policy.PolicySource;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;

/**
 * The contract kit itself: a program that keeps the contract passes every check, and each way of
 * breaking it (a message missing, personal data shown, an outcome no case reaches) fails the check
 * that names it.
 */
class ProgramContractTest {

    static final ParameterKey<Money> STANDARD = ParameterKey.of(
                    "contract-sample.standard", ParameterType.MONEY, "CNY/person/month", "标准", "standard")
            .within(Money.ZERO, null);
    static final Rule BELOW = Rule.builder("contract-sample.below", Citation.of("r", "第一条"))
            .verdicts(Verdict.MET, Verdict.NOT_MET)
            .reads(STANDARD)
            .notes("contract-sample.counterfactual.fall")
            .build();

    /** Facts: the income, and a name the program must never show. */
    public record Facts(Money income, String name) {}

    /** Decides whether the income is below the standard; {@code leak} puts the name in a finding. */
    static final class Sample extends AbstractProgram<Facts, Money> {
        private final boolean leak;

        Sample(String bundle, boolean leak) {
            super(
                    "contract-sample",
                    new LocalizedText("样例", "Sample"),
                    Facts.class,
                    Money.class,
                    bundle,
                    List.of(BELOW));
            this.leak = leak;
        }

        @Override
        public Decision<Money> evaluate(Facts f, PolicySnapshot snapshot) {
            RuleContext ctx = start(snapshot);
            Money standard = ctx.param(STANDARD);
            boolean below = f.income().compareTo(standard) < 0;
            if (leak) {
                ctx.record(
                        BELOW,
                        below ? Verdict.MET : Verdict.NOT_MET,
                        "income",
                        f.income(),
                        "standard",
                        standard,
                        "who",
                        f.name());
            } else {
                ctx.record(BELOW, below ? Verdict.MET : Verdict.NOT_MET, "income", f.income(), "standard", standard);
            }
            if (!below) {
                ctx.counterfactual(
                        "contract-sample.counterfactual.fall",
                        "fall",
                        f.income().minus(standard).plus(Money.ofFen(1)));
            }
            return ctx.decide(below ? standard.minus(f.income()) : Money.ZERO);
        }
    }

    static PolicyBook book() {
        String text = "regions:\n  - {code: \"330500\", name: 湖州市, nameEn: Huzhou}\n"
                + "instruments:\n  - {id: r, title: 规则, titleEn: Rule, issuer: 机关, rank: NORMATIVE_DOCUMENT}\n"
                + "values:\n  - {key: contract-sample.standard, region: \"330500\", since: 2024-01-01, value: \"1000.00\","
                + " unit: CNY/person/month, grade: OFFICIAL, citation: {instrument: r, article: 第二条}}\n";
        return PolicyBook.builderWithDefaults()
                .addKeys("contract-sample", List.of(STANDARD))
                .addSource(PolicySource.ofText("contract.yaml", text))
                .build();
    }

    static void writeCase(Path dir, String name, String income, String outcome) throws IOException {
        Files.writeString(
                dir.resolve(name + ".json"),
                "{\"program\": \"contract-sample\", \"region\": \"330500\","
                        + " \"date\": \"2024-12-31\", \"facts\": {\"income\": \"" + income + "\", \"name\": \"王小明\"}}",
                StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve(name + ".expected.json"),
                "{\"pack\": \"official\", \"outcome\": \"" + outcome + "\", \"rules\": {\"contract-sample.below\": \""
                        + (outcome.equals("ELIGIBLE") ? "MET" : "NOT_MET") + "\"}}",
                StandardCharsets.UTF_8);
    }

    static Path cases(Path dir, boolean bothOutcomes) throws IOException {
        writeCase(dir, "low-income", "800.00", "ELIGIBLE");
        writeCase(dir, "lower-income", "10.00", "ELIGIBLE");
        writeCase(
                dir,
                bothOutcomes ? "income-at-the-standard" : "no-income",
                bothOutcomes ? "1000.00" : "0.00",
                bothOutcomes ? "INELIGIBLE" : "ELIGIBLE");
        return dir;
    }

    /** Runs the contract's checks, collecting the names of those that fail. */
    static List<String> failures(Stream<DynamicTest> tests) {
        List<String> failed = new ArrayList<>();
        tests.forEach(t -> {
            try {
                t.getExecutable().execute();
            } catch (Throwable e) {
                failed.add(t.getDisplayName());
            }
        });
        return failed;
    }

    @TestFactory
    Stream<DynamicTest> aProgramThatKeepsTheContract_passesEveryCheck(@TempDir Path dir) throws IOException {
        return ProgramContract.of(new Sample("org.minzheng.core.testing.contract", false))
                .official(book())
                .cases(cases(dir, true))
                .tests();
    }

    @Test
    void aMissingMessage_failsTheMessagesCheck(@TempDir Path dir) throws IOException {
        assertThat(failures(ProgramContract.of(new Sample("org.minzheng.core.testing.contract-incomplete", false))
                        .official(book())
                        .cases(cases(dir, true))
                        .tests()))
                .contains("contract-sample: every declared outcome and note has zh and en messages")
                .contains("contract-sample: case income-at-the-standard");
    }

    @Test
    void aNameInAFinding_failsTheCasesThatShowIt(@TempDir Path dir) throws IOException {
        assertThat(failures(ProgramContract.of(new Sample("org.minzheng.core.testing.contract", true))
                        .official(book())
                        .cases(cases(dir, true))
                        .tests()))
                .containsExactly(
                        "contract-sample: case income-at-the-standard",
                        "contract-sample: case low-income",
                        "contract-sample: case lower-income");
    }

    @Test
    void anOutcomeNoCaseReaches_failsTheCoverageCheck_unlessListedWithAReason(@TempDir Path dir) throws IOException {
        Sample p = new Sample("org.minzheng.core.testing.contract", false);
        assertThat(failures(ProgramContract.of(p)
                        .official(book())
                        .cases(cases(dir, false))
                        .tests()))
                .containsExactly(
                        "contract-sample: at least three cases, with at least two outcomes",
                        "contract-sample: the cases exercise every declared rule outcome");
        assertThat(failures(ProgramContract.of(p)
                        .official(book())
                        .cases(dir)
                        .notExercised("contract-sample.below NOT_MET", "only to test the kit")
                        .tests()))
                .containsExactly("contract-sample: at least three cases, with at least two outcomes");
    }

    @Test
    void coverage_countsDeclaredRuleOutcomes_andWhichTheDecisionsRecorded() {
        Sample p = new Sample("org.minzheng.core.testing.contract", false);
        PolicySnapshot s =
                book().snapshot(org.minzheng.core.region.RegionCode.of("330500"), java.time.LocalDate.of(2024, 12, 31));
        RuleCoverage c = RuleCoverage.of(List.of(p));
        assertThat(c).hasToString("rule outcomes exercised: 0 of 2");
        assertThat(c.add(p.decide(new Facts(Money.parse("5.00"), "王小明"), s))).isEmpty();
        assertThat(c.exercisedCount()).isEqualTo(1);
        assertThat(c.notExercised()).containsExactly("contract-sample: contract-sample.below NOT_MET");
        assertThat(c.of("contract-sample")).containsEntry("contract-sample.below MET", true);
        assertThat(c.restrictTo(java.util.Set.of())).hasToString("rule outcomes exercised: 0 of 0");
    }
}
