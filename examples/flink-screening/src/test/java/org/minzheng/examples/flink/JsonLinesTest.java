package org.minzheng.examples.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minzheng.core.json.Json;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.core.validation.Violation;
import org.minzheng.examples.flink.testing.Records;
import org.minzheng.examples.flink.testing.SyntheticEvents;

/**
 * The job's JSON written and read the faster way gives what the plain mapper gives: the decision
 * line as {@code Json.compact(line)} writes it, and input lines with the same values and the same
 * problems as {@code ObjectMapper.readValue}.
 */
class JsonLinesTest {

    @Test
    void decisionLines_areTheTextJsonCompactWritesForTheWholeLine() {
        List<String> lines = SyntheticEvents.lines(7, 150, 8);
        HouseholdMonitor monitor = new HouseholdMonitor(Records.illustrativeBook());
        java.util.Map<String, HouseholdState> states = new java.util.HashMap<>();
        int decisions = 0;
        for (String line : lines) {
            Envelope e = (Envelope) LineParser.head(line, null);
            HouseholdMonitor.Step step = monitor.process(states.get(e.getHouseholdId()), line, null);
            if (step.state() != null) {
                states.put(e.getHouseholdId(), step.state());
            }
            if (step.decision() != null) {
                assertThat(HouseholdMonitor.toJson(step.decision())).isEqualTo(Json.compact(step.decision()));
                decisions++;
                if (decisions % 100 == 1) {
                    // keys and triggers that need escaping, or are missing, are written as Jackson writes them
                    for (String key : new String[] {"HZ \"1\"", "户-1", "a\\b", "tab\there"}) {
                        DecisionLine odd = new DecisionLine(key, "TRIGGER\n", step.decision().decision());
                        assertThat(HouseholdMonitor.toJson(odd)).isEqualTo(Json.compact(odd));
                    }
                    DecisionLine noKey = new DecisionLine(null, null, step.decision().decision());
                    assertThat(HouseholdMonitor.toJson(noKey)).isEqualTo(Json.compact(noKey));
                }
            }
        }
        assertThat(decisions).isGreaterThan(900);
    }

    @Test
    void goodLines_readAsTheMapperReadsThem() throws JsonProcessingException {
        for (String line : SyntheticEvents.lines(11, 100, 10)) {
            assertThat(JsonLines.read(line, InputRecord.class, "$"))
                    .isEqualTo(JsonLines.mapper().readValue(line, InputRecord.class));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"type\":\"MEMBER_DEATH\",\"householdId\":\"H-1\",\"date\":\"2025-01-01\",\"member\":1,\"extra\":2}",
                "{\"type\":\"MEMBER_DEATH\",\"householdId\":\"H-1\",\"date\":\"2025-02-30\",\"member\":1}",
                "{\"type\":\"MEMBER_DEATH\",\"householdId\":\"H-1\",\"date\":\"2025-01-01\",\"member\":\"one\"}",
                "{\"type\":\"MEMBER_DEATH\",\"householdId\":\"H-1\",\"date\":\"2025-01-01\",\"member\":1,\"member\":2}",
                "{\"type\":\"MEMBER_DEATH\",\"householdId\":\"H-1\",\"date\":\"2025-01-01\",\"member\":1} {}",
                "{\"type\":\"MEDICAL_BILL\",\"householdId\":\"H-1\",\"date\":\"2025-01-01\",\"gross\":\"1.234\"}",
                "{\"type\":\"MEDICAL_BILL\",\"householdId\":\"H-1\",\"date\":\"2025-01-01\",\"gross\":12.5}",
                "{\"type\":\"HOLIDAY\",\"householdId\":\"H-1\",\"date\":\"2025-01-01\"}",
                "{\"householdId\":\"H-1\",\"date\":\"2025-01-01\"}",
                "{\"type\":\"SNAPSHOT\",\"householdId\":\"H-1\",\"date\":\"2025-01-01\",\"household\":{\"members\":7}}",
                "{\"type\":\"INCOME_CHANGE\",\"householdId\":\"H-1\",\"date\":\"2025-01-01\",\"category\":\"LOTTERY\"}",
                "{\"type\":",
                "[1]",
                ""
            })
    void badLines_haveTheProblemsTheMapperReports(String line) {
        Violation expected;
        try {
            JsonLines.mapper().readValue(line, InputRecord.class);
            throw new AssertionError("the mapper read a bad line");
        } catch (JsonProcessingException | IllegalArgumentException e) {
            expected = Json.toViolation(e, "$");
        }
        InvalidInputException e =
                catchThrowableOfType(() -> JsonLines.read(line, InputRecord.class, "$"), InvalidInputException.class);
        assertThat(e.violations()).containsExactly(expected);
    }
}
