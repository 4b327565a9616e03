package org.minzheng.core.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.json.Json;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.core.validation.Violation;

/**
 * The case runner checks the whole envelope and the facts together (issue 14: every problem in
 * one pass, nothing decided from bad input), over a small program of its own.
 */
class CaseRunnerTest {

    /** Facts with a presence constraint, a primitive the reader needs and an amount. */
    record Facts(@NotNull LocalDate born, @Min(0) int count, Money amount) {}

    /** Decides the facts as they are; a domain check refuses a birth after the decision date; 99 overflows. */
    static final class Echo extends AbstractProgram<Facts, Facts> {
        Echo() {
            super(
                    "echo",
                    new LocalizedText("回显", "Echo"),
                    Facts.class,
                    Facts.class,
                    "org.minzheng.core.validation.messages",
                    List.of(org.minzheng.core.testing.TestRules.rule(
                            "echo.echo", org.minzheng.core.citation.Citation.of("gb-t-2260", null))));
        }

        @Override
        public Decision<Facts> evaluate(Facts facts, PolicySnapshot snapshot) {
            if (facts.count() == 99) {
                throw new ArithmeticException("long overflow");
            }
            return start(snapshot).decide(facts);
        }

        @Override
        protected void checkFacts(Facts facts, PolicySnapshot snapshot, List<Violation> violations) {
            if (facts.born().isAfter(snapshot.date())) {
                violations.add(new Violation("facts.born", "test.future", "晚于认定日期", "after the decision date"));
            }
        }
    }

    private static final Echo ECHO = new Echo();
    private static final CaseRunner RUNNER = CaseRunner.of(ProgramRegistry.of(List.of(ECHO)), PolicyBook.loadDefault());
    private static final String GOOD = "{\"program\": \"echo\", \"region\": \"330500\", \"date\": \"2024-12-01\","
            + " \"facts\": {\"born\": \"2012-09-01\", \"count\": 2, \"amount\": \"3.50\"}}";

    private static List<String> problems(String json) {
        try {
            RUNNER.decide(RUNNER.read(json));
        } catch (InvalidInputException e) {
            return e.violations().stream().map(v -> v.path() + " " + v.code()).toList();
        }
        throw new AssertionError("decided: " + json);
    }

    @Test
    void aGoodCase_isReadAndDecided_fromTextOrBytes() {
        CaseFile c = RUNNER.read(GOOD);
        assertThat(c.program()).isEqualTo("echo");
        assertThat(c.region()).isEqualTo(RegionCode.of("330500"));
        assertThat(c.date()).isEqualTo(LocalDate.of(2024, 12, 1));
        Decision<?> d = RUNNER.decide(c);
        assertThat(d.result().orElseThrow()).isEqualTo(new Facts(LocalDate.of(2012, 9, 1), 2, Money.parse("3.50")));
        assertThat(RUNNER.read(("\uFEFF" + GOOD).getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(c);
        assertThat(RUNNER.facts(c)).isEqualTo(d.result().orElseThrow());
        assertThat(RUNNER.book()).isNotNull();
        assertThat(RUNNER.programs().find("echo")).containsSame(ECHO);
    }

    @Test
    void bytesThatAreNotUtf8_areNamedByOffset() {
        byte[] bad = GOOD.getBytes(StandardCharsets.UTF_8);
        bad[3] = (byte) 0xC3;
        assertThatThrownBy(() -> RUNNER.read(bad))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("offset 3");
    }

    @Test
    void everyProblemOfTheEnvelope_isReportedTogether() {
        assertThat(problems("[1]")).containsExactly("$ json.not-object");
        assertThat(problems("{\"extra\": 1, \"11010519491231002X\": 2}"))
                .containsExactlyInAnyOrder(
                        "extra json.unknown-field",
                        "$[\"1*******…\"] json.unknown-field",
                        "program NotNull",
                        "region NotNull",
                        "date NotNull",
                        "facts NotNull");
        assertThat(problems("{\"program\": 7, \"region\": \"320199\", \"date\": \"1999-12-31\", \"facts\": []}"))
                .containsExactlyInAnyOrder(
                        "program json.wrong-type",
                        "region case.unknown-region",
                        "date input.date-range",
                        "facts json.not-object");
        assertThat(problems("{\"program\": \"nope\", \"region\": 330500, \"date\": \"2100-01-01\", \"facts\": null}"))
                .containsExactlyInAnyOrder(
                        "program case.unknown-program",
                        "region json.wrong-type",
                        "date input.date-range",
                        "facts NotNull");
        assertThat(problems("{\"program\": null, \"region\": null, \"date\": 20241201, \"facts\": {}}"))
                .containsExactlyInAnyOrder("program NotNull", "region NotNull", "date json.wrong-type");
    }

    @Test
    void aWrongEnvelope_doesNotHideTheFactsProblems_andSkipsTheDomainChecks() {
        assertThat(problems("{\"program\": \"echo\", \"region\": \"330500\", \"date\": \"1999-12-31\","
                        + " \"facts\": {\"count\": \"2\"}}"))
                .containsExactlyInAnyOrder(
                        "date input.date-range", "facts.count json.wrong-type", "facts.born NotNull");
        assertThat(problems("{\"program\": \"echo\", \"region\": \"320199\", \"date\": \"2024-12-01\","
                        + " \"facts\": {\"born\": \"2030-01-01\", \"count\": -1}}"))
                .as("the domain check needs a snapshot; the constraints still run")
                .containsExactlyInAnyOrder("region case.unknown-region", "facts.count Min");
        // 320107 下关区 was abolished in 2013: a division code once, not on the case's date
        assertThat(problems("{\"program\": \"echo\", \"region\": \"320107\", \"date\": \"2024-12-01\","
                        + " \"facts\": {\"born\": \"2030-01-01\", \"count\": -1}}"))
                .containsExactlyInAnyOrder("region case.region-not-on-date", "facts.count Min");
        assertThat(problems("{\"program\": \"echo\", \"region\": \"330500\", \"date\": \"2024-12-01\", \"extra\": 1,"
                        + " \"facts\": {\"born\": \"2030-01-01\", \"count\": 1}}"))
                .containsExactlyInAnyOrder("extra json.unknown-field", "facts.born test.future");
    }

    @Test
    void fieldsGivenTwice_areReportedWithEveryOtherProblem() {
        assertThat(problems(
                        "{\"program\": \"echo\", \"program\": \"echo\", \"region\": \"330500\", \"date\": \"2024-12-01\","
                                + " \"facts\": {\"count\": 1, \"count\": \"x\"}}"))
                .containsExactlyInAnyOrder(
                        "program json.duplicate-field",
                        "facts.count json.duplicate-field",
                        "facts.count json.wrong-type",
                        "facts.born NotNull");
        assertThat(problems(
                        "{\"program\": \"echo\", \"region\": \"330500\", \"date\": \"2024-12-01\", \"date\": \"2024-12-01\","
                                + " \"facts\": {\"born\": \"2030-01-01\", \"count\": 1}}"))
                .containsExactlyInAnyOrder("date json.duplicate-field", "facts.born test.future");
        assertThat(problems(
                        "{\"program\": \"echo\", \"program\": \"echo\", \"region\": \"330500\", \"date\": \"2024-12-01\","
                                + " \"facts\": {\"born\": \"2012-09-01\", \"count\": 1}}"))
                .containsExactly("program json.duplicate-field");
        assertThat(problems("{\"program\": \"echo\", \"program\": \"nope\", \"facts\": {}}"))
                .containsExactlyInAnyOrder(
                        "program json.duplicate-field",
                        "program case.unknown-program",
                        "region NotNull",
                        "date NotNull");
    }

    @Test
    void anOverflow_isAViolationAtTheFacts_notAnInternalError() {
        assertThat(problems(GOOD.replace("\"count\": 2", "\"count\": 99"))).containsExactly("facts input.out-of-range");
        assertThat(RUNNER.factsProblems(
                        ECHO,
                        Json.readTree("{\"born\": \"2012-09-01\", \"count\": 1}", "facts"),
                        RegionCode.of("330500"),
                        LocalDate.of(2024, 12, 1),
                        "facts"))
                .isEmpty();
    }

    @Test
    void aCaseMadeInCode_isCheckedLikeARead_one() {
        CaseFile old = new CaseFile(
                "echo",
                RegionCode.of("330500"),
                LocalDate.of(1990, 1, 1),
                RUNNER.read(GOOD).facts());
        assertThatThrownBy(() -> RUNNER.decide(old))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("date");
        CaseFile unknown = new CaseFile(
                "nope",
                RegionCode.of("330500"),
                LocalDate.of(2024, 12, 1),
                RUNNER.read(GOOD).facts());
        assertThatThrownBy(() -> RUNNER.facts(unknown))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("case.unknown-program");
        assertThatThrownBy(() -> CaseRunner.of(null, PolicyBook.loadDefault()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> CaseRunner.of(ProgramRegistry.of(List.of(ECHO)), null))
                .isInstanceOf(NullPointerException.class);
    }
}
