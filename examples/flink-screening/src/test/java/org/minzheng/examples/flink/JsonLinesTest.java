package org.minzheng.examples.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minzheng.core.json.Json;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.core.validation.Violation;
import org.minzheng.examples.flink.testing.SyntheticEvents;

/**
 * Input lines read through {@link JsonLines}' cached readers give what the plain mapper gives: the
 * same values, and for bad lines the same problem (path, code, messages) as {@code ObjectMapper.readValue}.
 */
class JsonLinesTest {

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
