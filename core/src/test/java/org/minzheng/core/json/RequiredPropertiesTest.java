package org.minzheng.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.core.validation.SampleFacts;

/**
 * What an object must give, per type (issue 14: a missing required field is named wherever it is
 * missing): what the reader cannot do without, and what a presence constraint refuses absent.
 * Found without the cache here, so that every way of finding them is exercised.
 */
class RequiredPropertiesTest {

    record Person(
            @NotNull LocalDate born,
            @NotNull String kind,
            @NotEmpty List<String> tags,
            int rank) {}

    record NoMessage(String x) {
        NoMessage {
            Objects.requireNonNull(x);
        }
    }

    record OtherState(String x) {
        OtherState {
            if (x == null) {
                throw new IllegalStateException("not ready");
            }
        }
    }

    private static Map<String, String> find(Class<?> type) {
        JavaType t = Json.mapper().constructType(type);
        return RequiredProperties.find(Json.mapper(), t);
    }

    @Test
    void aRecord_needsItsPrimitives_andItsConstrainedComponents() {
        assertThat(find(Person.class))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("rank", "json.missing", "born", "NotNull", "kind", "NotNull", "tags", "NotEmpty"));
        assertThat(RequiredProperties.of(Json.mapper(), Json.mapper().constructType(Person.class)))
                .isEqualTo(find(Person.class));
    }

    @Test
    void anImmutablesBuilderThatRefuses_namesEveryAttributeNotSet_andTheConstraintsOfTheOthers() {
        assertThat(find(StrictThing.class))
                .containsExactlyInAnyOrderEntriesOf(Map.of("a", "json.missing", "b", "json.missing", "e", "NotEmpty"));
        try {
            Json.convert(Json.readTree("{\"f\": [\"x\"]}", "facts"), StrictThing.class, "facts");
            throw new AssertionError("accepted");
        } catch (InvalidInputException e) {
            assertThat(e.violations())
                    .extracting(v -> v.path() + " " + v.code())
                    .containsExactly("facts.a json.missing", "facts.b json.missing", "facts.e NotEmpty");
        }
    }

    @Test
    void minzhengsOwnStyle_leavesAbsenceToValidation() {
        assertThat(find(SampleFacts.Person.class))
                .containsExactlyInAnyOrderEntriesOf(Map.of("id", "NotNull", "birthDate", "NotNull"));
        assertThat(find(SampleFacts.class))
                .containsExactlyInAnyOrderEntriesOf(Map.of("people", "NotEmpty", "income", "NotNull"));
    }

    @Test
    void aFailureThatNamesNothing_requiresNothing() {
        assertThat(find(NoMessage.class)).isEmpty();
        assertThat(find(OtherState.class)).isEmpty();
    }
}
