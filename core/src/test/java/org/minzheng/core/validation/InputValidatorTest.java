package org.minzheng.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.id.ResidentIdNumber;
import org.minzheng.core.json.Json;
import org.minzheng.core.money.Money;

class InputValidatorTest {

    private static final String ID = "11010519491231002X";

    @Test
    void validFacts_haveNoViolations() {
        SampleFacts f = ImmutableSampleFacts.builder()
                .addPeople(ImmutablePerson.builder()
                        .id(ResidentIdNumber.parse(ID))
                        .birthDate(LocalDate.of(1949, 12, 31))
                        .build())
                .income(Money.ofYuan(100))
                .build();
        assertThat(InputValidator.get().validate(f, "facts")).isEmpty();
    }

    @Test
    void everyViolationIsListedWithItsPath_inBothLanguages() {
        SampleFacts f = ImmutableSampleFacts.builder()
                .addPeople(ImmutablePerson.builder()
                        .id(ResidentIdNumber.parse(ID))
                        .birthDate(LocalDate.of(1949, 12, 31))
                        .children(-1)
                        .build())
                .income(Money.ofYuan(-5))
                .build();
        List<Violation> vs = InputValidator.get().validate(f, "facts");
        assertThat(vs).extracting(Violation::path).containsExactly("facts.income", "facts.people[0].children");
        assertThat(vs).extracting(Violation::code).containsExactly("NonNegativeMoney", "Min");
        assertThat(vs.get(1).messageEn()).isEqualTo("must be at least 0");
        assertThat(vs.get(1).messageZh()).isEqualTo("不能小于 0");
    }

    @Test
    void json_unknownFieldsAndBadValuesAreViolationsWithPaths_neverEchoingTheInput() {
        String json =
                "{\"people\": [{\"id\": \"11010519491231002Y\", \"birthDate\": \"1949-12-31\"}], \"income\": \"1.00\"}";
        assertThatThrownBy(() -> Json.convert(Json.readTree(json, "facts"), SampleFacts.class, "facts"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations()).hasSize(1);
                    assertThat(e.violations().get(0).path()).isEqualTo("facts.people[0].id");
                    assertThat(e.getMessage())
                            .doesNotContain("11010519491231002")
                            .doesNotContain("19491231");
                });
        String unknown = "{\"people\": [], \"income\": \"1.00\", \"salary\": 3}";
        assertThatThrownBy(() -> Json.convert(Json.readTree(unknown, "facts"), SampleFacts.class, "facts"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations().get(0).path()).isEqualTo("facts.salary");
                    assertThat(e.violations().get(0).code()).isEqualTo("json.unknown-field");
                });
        assertThatThrownBy(() -> Json.readTree("{\"people\": [", "facts"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("json.malformed"));
    }

    @Test
    void missingRequiredFields_areViolations() {
        String json = "{\"people\": [{\"birthDate\": \"1949-12-31\"}]}";
        SampleFacts f = Json.convert(Json.readTree(json, "facts"), SampleFacts.class, "facts");
        List<Violation> vs = InputValidator.get().validate(f, "facts");
        assertThat(vs).extracting(Violation::path).containsExactly("facts.income", "facts.people[0].id");
        assertThat(vs).extracting(Violation::code).containsOnly("NotNull");
    }

    @Test
    void facts_roundTripThroughJson_includingOptionals() throws Exception {
        SampleFacts f = ImmutableSampleFacts.builder()
                .addPeople(ImmutablePerson.builder()
                        .id(ResidentIdNumber.parse(ID))
                        .birthDate(LocalDate.of(1949, 12, 31))
                        .build())
                .income(Money.ofYuan(100))
                .build();
        String json = Json.compact(f);
        assertThat(Json.convert(Json.readTree(json, "facts"), SampleFacts.class, "facts"))
                .isEqualTo(f);
    }

    @Test
    void recordComponents_reportEachViolationOnce() {
        assertThat(InputValidator.get().validate(new RecordFacts(7), "facts"))
                .extracting(v -> v.path() + " " + v.code())
                .containsExactly("facts.grade Max");
    }

    @Test
    void exception_listsEveryViolationSorted() {
        InvalidInputException e = new InvalidInputException(
                List.of(new Violation("b", "X", "乙", "b is wrong"), new Violation("a", "Y", "甲", "a is wrong")));
        assertThat(e.violations()).extracting(Violation::path).containsExactly("a", "b");
        assertThat(e.getMessage()).isEqualTo("2 violations:\n  a: a is wrong [Y]\n  b: b is wrong [X]");
        assertThatThrownBy(() -> new InvalidInputException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
