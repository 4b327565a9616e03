package org.minzheng.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minzheng.core.money.Money;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.core.validation.Violation;

/** The one reader is strict (issue 14, items 1–5, 8, 9): nothing coerced, every problem with its path, no value echoed. */
class JsonTest {

    enum Kind {
        APPLICANT,
        SPOUSE,
        CHILD,
        PARENT,
        SIBLING,
        OTHER,
        GRANDCHILD
    }

    record Item(Kind kind, LocalDate date, int index, boolean flag, Money amount, Optional<String> note) {}

    record Facts(List<Item> items, Optional<LocalDate> since) {}

    /** A record whose reference components are refused absent by constraints, and one primitive the reader needs. */
    record Person(
            @jakarta.validation.constraints.NotNull Kind kind,
            @jakarta.validation.constraints.NotNull LocalDate born,
            @jakarta.validation.constraints.NotEmpty List<String> tags,
            int rank) {}

    record People(List<Person> people, List<Item> items, List<org.minzheng.core.validation.SampleFacts.Person> ids) {}

    private static List<Violation> peopleViolations(String json) {
        try {
            Json.convert(Json.readTree(json, "facts"), People.class, "facts");
        } catch (InvalidInputException e) {
            return e.violations();
        }
        throw new AssertionError("accepted: " + json);
    }

    private static final String GOOD_ITEM =
            "{\"kind\": \"CHILD\", \"date\": \"2012-09-01\", \"index\": 2, \"flag\": true, \"amount\": \"2000.00\"}";

    private static Facts read(String json) {
        return Json.convert(Json.readTree(json, "facts"), Facts.class, "facts");
    }

    private static List<Violation> violations(String json) {
        try {
            read(json);
        } catch (InvalidInputException e) {
            return e.violations();
        }
        throw new AssertionError("accepted: " + json);
    }

    private static String withItem(String field, String value) {
        return "{\"items\": ["
                + GOOD_ITEM.replaceFirst("\"" + field + "\": [^,}]+", "\"" + field + "\": " + value.replace("$", "\\$"))
                + "]}";
    }

    @Test
    void wellFormedFacts_areRead() {
        Facts f = read("{\"items\": [" + GOOD_ITEM + "], \"since\": \"2024-01-01\"}");
        assertThat(f.items().get(0).kind()).isEqualTo(Kind.CHILD);
        assertThat(f.items().get(0).amount()).isEqualTo(Money.parse("2000.00"));
    }

    @ParameterizedTest(name = "{0} = {1} is refused")
    @CsvSource(
            delimiter = '|',
            value = {
                "kind|6",
                "kind|\"child\"",
                "date|20241201",
                "date|[2024,12,1]",
                "date|\"2024-12-01T00:00:00\"",
                "date|\" 2024-12-01\"",
                "date|\"0000-01-01\"",
                "date|\"9999-12-31\"",
                "date|\"+999999999-12-31\"",
                "date|\"2024-02-30\"",
                "index|1.9",
                "index|\"0\"",
                "index|true",
                "index|99999999999",
                "flag|1",
                "flag|\"true\"",
                "flag|0",
                "amount|2000.00",
                "amount|\"999999999999999.99\"",
                "amount|\"12.345\"",
                "amount|\"张三丰\"",
                "amount|\"11010519491231002X\"",
                "kind|\"11010519491231002X\"",
                "index|null",
                "flag|null"
            })
    void aValueOfTheWrongShapeOrBeyondTheLimits_isAViolationAtItsPath_withoutTheValue(String field, String value) {
        List<Violation> vs = violations(withItem(field, value));
        assertThat(vs).extracting(Violation::path).contains("facts.items[0]." + field);
        assertThat(vs.toString())
                .doesNotContain("张三丰")
                .doesNotContain("11010519491231002X")
                .doesNotContain("999999999999999");
    }

    @Test
    void everyProblem_isReportedInOnePass() {
        String json =
                "{\"items\": [{\"kind\": 1, \"date\": 20240101, \"index\": 1.5, \"flag\": 0, \"amount\": 5, \"extra\": 1},"
                        + GOOD_ITEM + ", {\"kind\": \"NOPE\"}], \"since\": [2024], \"more\": true}";
        assertThat(violations(json))
                .extracting(Violation::path)
                .contains(
                        "facts.items[0].kind",
                        "facts.items[0].date",
                        "facts.items[0].index",
                        "facts.items[0].flag",
                        "facts.items[0].amount",
                        "facts.items[0].extra",
                        "facts.items[2].kind",
                        "facts.since",
                        "facts.more");
    }

    /**
     * Issue 14: every problem in one pass — a missing required field is named wherever it is
     * missing (not only the first), with the code the reader or the constraint gives it, next to
     * every type error.
     */
    @Test
    void everyMissingRequiredField_isNamedWithItsPath_besideTheTypeErrors() {
        String json =
                "{\"people\": [{\"kind\": \"CHILD\", \"tags\": [\"a\"]}, {\"born\": \"2012-09-01\", \"rank\": \"1\"}, {\"kind\": null, \"rank\": 1}],"
                        + " \"items\": [{\"kind\": \"CHILD\", \"date\": \"2012-09-01\", \"flag\": true, \"amount\": \"1.00\"}, {\"kind\": 5}],"
                        + " \"ids\": [{\"children\": 1}, {\"birthDate\": 2012}]}";
        List<Violation> vs = peopleViolations(json);
        assertThat(vs)
                .extracting(v -> v.path() + " " + v.code())
                .containsExactlyInAnyOrder(
                        "facts.people[0].born NotNull",
                        "facts.people[0].rank json.missing",
                        "facts.people[1].kind NotNull",
                        "facts.people[1].tags NotEmpty",
                        "facts.people[1].rank json.wrong-type",
                        "facts.people[2].kind NotNull",
                        "facts.people[2].born NotNull",
                        "facts.people[2].tags NotEmpty",
                        "facts.items[0].index json.missing",
                        "facts.items[1].kind json.wrong-type",
                        "facts.items[1].index json.missing",
                        "facts.items[1].flag json.missing",
                        "facts.ids[0].id NotNull",
                        "facts.ids[0].birthDate NotNull",
                        "facts.ids[1].id NotNull",
                        "facts.ids[1].birthDate json.wrong-type");
    }

    @Test
    void missingFieldsAlone_areEachNamed_andAFullObjectIsRead() {
        assertThat(peopleViolations(
                        "{\"people\": [{}, {\"kind\": \"CHILD\", \"born\": \"2012-09-01\", \"tags\": [\"a\"]}]}"))
                .extracting(v -> v.path() + " " + v.code())
                .containsExactly(
                        "facts.people[0].born NotNull",
                        "facts.people[0].kind NotNull",
                        "facts.people[0].rank json.missing",
                        "facts.people[0].tags NotEmpty",
                        "facts.people[1].rank json.missing");
        People ok = Json.convert(
                Json.readTree(
                        "{\"people\": [{\"kind\": \"CHILD\", \"born\": \"2012-09-01\", \"tags\": [\"a\"], \"rank\": 0}],"
                                + " \"ids\": [{\"id\": \"11010519491231002X\", \"birthDate\": \"1949-12-31\"}]}",
                        "facts"),
                People.class,
                "facts");
        assertThat(ok.people()).hasSize(1);
        assertThat(ok.ids().get(0).children()).isZero();
    }

    /** Issue 14: duplicate keys do not stop at the first one; every one is named with its path. */
    @Test
    void everyFieldGivenTwice_isNamed_notOnlyTheFirst() {
        List<Violation> dups = new java.util.ArrayList<>();
        JsonNode tree = Json.readTree(
                "{\"a\": 1, \"b\": {\"c\": [{\"d\": 1, \"d\": 2, \"e\": 0, \"e\": 0}]}, \"a\": 3, \"11010519491231002X\": 1,"
                        + " \"11010519491231002X\": 2}",
                "$",
                dups);
        assertThat(dups)
                .extracting(Violation::path)
                .containsExactlyInAnyOrder("a", "b.c[0].d", "b.c[0].e", "$[\"1*******…\"]");
        assertThat(dups).extracting(Violation::code).containsOnly("json.duplicate-field");
        assertThat(tree.get("a").asInt())
                .as("the last value is kept to check the rest")
                .isEqualTo(3);
        assertThatThrownBy(() -> Json.readTree("{\"a\": 1, \"a\": 2, \"b\": [1,,]}", "$"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(Violation::code)
                        .containsExactlyInAnyOrder("json.duplicate-field", "json.malformed"));
        assertThatThrownBy(() -> Json.readTree("{\"x\": {\"a\": 1, \"a\": 2}, \"y\": {\"a\": 1, \"a\": 2}}", "facts"))
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(Violation::path)
                        .containsExactly("facts.x.a", "facts.y.a"));
    }

    @Test
    void aFieldGivenTwice_isRefused_withItsPath() {
        List<Violation> vs =
                violations("{\"items\": [{\"kind\": \"CHILD\", \"amount\": \"2000.00\", \"amount\": \"0.00\"}]}");
        assertThat(vs).extracting(Violation::code).containsExactly("json.duplicate-field");
        assertThat(vs.get(0).path()).isEqualTo("facts.items[0].amount");
    }

    @Test
    void anUnknownFieldThatLooksPersonal_isNamedMasked() {
        List<Violation> vs = violations("{\"items\": [], \"11010519491231002X\": 1, \"张三丰\": 2, \"membrs\": 3}");
        assertThat(vs).extracting(Violation::path).contains("facts.membrs", "facts[\"1*******…\"]", "facts[\"张**\"]");
    }

    @Test
    void emptyWhitespaceNullAndBrokenDocuments_areViolations() {
        for (String text : new String[] {"", "  \n\t", "\uFEFF"}) {
            assertThatThrownBy(() -> Json.readTree(text, "$"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("json.empty");
        }
        assertThatThrownBy(() -> Json.readTree("{\n  \"a\": [1,,]\n}", "$"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> Json.readTree("[".repeat(1000) + "]".repeat(1000), "$"))
                .hasMessageContaining("nesting depth");
        assertThatThrownBy(() -> Json.readTree("[" + "9".repeat(100) + "]", "$"))
                .hasMessageContaining("a number of at most");
        assertThatThrownBy(() -> Json.readTree("[\"" + "x".repeat(70_000) + "\"]", "$"))
                .hasMessageContaining("a text value of at most");
    }

    @Test
    void aByteOrderMark_isAccepted_andNonUtf8_isNamedByOffset() {
        JsonNode n = Json.readTree("\uFEFF{\"a\": 1}", "$");
        assertThat(n.get("a").asInt()).isEqualTo(1);
        byte[] bad = "{\"a\": \"x\"}".getBytes(StandardCharsets.UTF_8);
        bad[7] = (byte) 0xFF;
        assertThatThrownBy(() -> Json.readTree(bad, "$")).hasMessageContaining("offset 7");
    }

    @Test
    void aListBeyondTheLimit_isRefusedBeforeReading() {
        String many = "{\"items\": [" + (GOOD_ITEM + ",").repeat(1000) + GOOD_ITEM + "]}";
        assertThat(violations(many)).extracting(Violation::code).containsExactly("input.too-many");
    }
}
