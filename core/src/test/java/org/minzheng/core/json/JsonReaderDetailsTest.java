package org.minzheng.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.minzheng.core.money.Money;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.validation.InputLimits;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.core.validation.Violation;

/**
 * The details of the strict reader that the scenario tests of {@link JsonTest} pass over: what
 * each type is said to expect, in both languages; which limit was broken; the boundaries of
 * dates, amounts, list sizes and field names shown as they are; and reasons that may or may not
 * be quoted (issue 14: no value ever echoed).
 */
class JsonReaderDetailsTest {

    enum Colour {
        RED,
        GREEN
    }

    record Wrapped(String name) {
        Wrapped {
            Objects.requireNonNull(name, "name");
        }
    }

    record Checked(String code) {
        Checked {
            if (code != null && code.startsWith("x")) {
                throw new IllegalArgumentException("a code must not start with x");
            }
            if (code != null && code.startsWith("n")) {
                Integer.parseInt(code); // a foreign exception, whose message quotes the input
            }
        }
    }

    record Shapes(
            List<Integer> numbers,
            Map<String, Integer> counts,
            Colour colour,
            Long big,
            Short small,
            BigInteger huge,
            Double ratio,
            BigDecimal exact,
            RegionCode region) {}

    record D(LocalDate d, Money m) {}

    private static List<Violation> violations(String json, Class<?> type) {
        try {
            Json.convert(Json.readTree(json, "facts"), type, "facts");
        } catch (InvalidInputException e) {
            return e.violations();
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void whatEachTypeExpects_isSaidInWords_inBothLanguages() {
        assertThat(Json.expected(Colour.class)).isEqualTo("one of RED, GREEN");
        for (Class<?> c : new Class<?>[] {
            int.class, Integer.class, long.class, Long.class, short.class, Short.class, BigInteger.class
        }) {
            assertThat(Json.expected(c)).as(c.getName()).isEqualTo("a whole number");
        }
        assertThat(Json.expected(boolean.class)).isEqualTo("true or false");
        assertThat(Json.expected(Boolean.class)).isEqualTo("true or false");
        for (Class<?> c : new Class<?>[] {double.class, Double.class, float.class, Float.class, BigDecimal.class}) {
            assertThat(Json.expected(c)).as(c.getName()).isEqualTo("a number");
        }
        assertThat(Json.expected(String.class)).isEqualTo("text");
        assertThat(Json.expected(StringBuilder.class)).isEqualTo("text");
        assertThat(Json.expected(RegionCode.class)).isEqualTo("text");
        assertThat(Json.expected(LocalDate.class)).isEqualTo("a date written yyyy-MM-dd");
        assertThat(Json.expected(Money.class)).isEqualTo("an amount written as text, such as \"1145.00\"");
        assertThat(Json.expected(List.class)).isEqualTo("a list");
        assertThat(Json.expected(int[].class)).isEqualTo("a list");
        assertThat(Json.expected(Map.class)).isEqualTo("an object");
        Violation v = Json.wrongType("facts.x", int.class);
        assertThat(v.code()).isEqualTo("json.wrong-type");
        assertThat(v.messageEn()).isEqualTo("has the wrong type: expected a whole number");
        assertThat(v.messageZh()).contains("整数");
        assertThat(Json.wrongType("p", Colour.class).messageZh()).contains("以下之一：RED, GREEN");
        assertThat(Json.wrongType("p", LocalDate.class).messageZh()).contains("日期（yyyy-MM-dd）");
        assertThat(Json.wrongType("p", Object.class).messageEn()).endsWith("expected an object");
    }

    @Test
    void valuesOfTheWrongShape_sayWhatWasExpected_atTheirPaths() {
        List<Violation> vs = violations(
                "{\"numbers\": {\"a\": 1}, \"counts\": [1], \"colour\": 0, \"big\": 1.5, \"small\": \"1\","
                        + " \"huge\": true, \"ratio\": \"1\", \"exact\": [], \"region\": 330500}",
                Shapes.class);
        assertThat(vs)
                .extracting(x -> x.path() + " " + x.messageEn())
                .contains(
                        "facts.numbers has the wrong type: expected a list",
                        "facts.counts has the wrong type: expected an object",
                        "facts.colour has the wrong type: expected one of RED, GREEN",
                        "facts.big has the wrong type: expected a whole number",
                        "facts.small has the wrong type: expected a whole number",
                        "facts.huge has the wrong type: expected a whole number",
                        "facts.ratio has the wrong type: expected a number");
        assertThat(vs).extracting(Violation::path).contains("facts.exact", "facts.region");
        List<Violation> map = violations("{\"counts\": {\"a\": \"1\", \"b\": 2, \"c\": [3]}}", Shapes.class);
        assertThat(map).extracting(Violation::path).containsExactly("facts.counts.a", "facts.counts.c");
    }

    @Test
    void aMissingValueRefusedByItsConstructor_isNamed() {
        List<Violation> vs = violations("{}", Wrapped.class);
        assertThat(vs).extracting(x -> x.path() + " " + x.code()).containsExactly("facts.name json.missing");
        assertThat(RequiredProperties.of(Json.mapper(), Json.mapper().constructType(Wrapped.class)))
                .containsEntry("name", "json.missing");
    }

    @Test
    void aReasonIsQuotedOnlyFromMinzhengsOwnCode() {
        List<Violation> own = violations("{\"code\": \"x1\"}", Checked.class);
        assertThat(own).extracting(Violation::code).containsExactly("json.invalid-value");
        assertThat(own.get(0).messageEn()).isEqualTo("is not valid: a code must not start with x");
        List<Violation> foreign = violations("{\"code\": \"n12345abc\"}", Checked.class);
        assertThat(foreign.get(0).messageEn())
                .isEqualTo("is not valid: NumberFormatException")
                .doesNotContain("12345");
        assertThat(Json.toViolation(new IllegalStateException("secret 110105194912310021"), "p")
                        .messageEn())
                .isEqualTo("has the wrong type: expected a value of another type");
    }

    @Test
    void eachLimitOfTheParser_isNamed() {
        assertThatThrownBy(() -> Json.readTree("{\"" + "k".repeat(InputLimits.MAX_NAME_LENGTH + 1) + "\": 1}", "$"))
                .hasMessageContaining("a field name of at most 256 characters");
        String big =
                "[\"" + "x".repeat(60_000) + "\"" + ",\"x\"".repeat((int) (InputLimits.MAX_DOCUMENT_LENGTH / 4)) + "]";
        assertThatThrownBy(() -> Json.readTree(big, "$"))
                .hasMessageContaining("a document of at most 8388608 characters");
        assertThatThrownBy(() -> Json.readTree("[" + "[".repeat(70) + "]".repeat(70) + "]", "$"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).violations().get(0).messageZh())
                        .contains("嵌套深度不超过 64"));
        assertThat(Json.readTree("[" + "[".repeat(60) + "]".repeat(60) + "]", "$")
                        .isArray())
                .isTrue();
    }

    @Test
    void utf8_isDecodedWhole_andABadByteIsCountedInBytes() {
        byte[] ok = "{\"名\": \"张三\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(Json.decodeUtf8(ok, "$")).isEqualTo("{\"名\": \"张三\"}");
        assertThat(Json.readTree(ok, "$").get("名").asText()).isEqualTo("张三");
        byte[] bad = "{\"名\": 1}".getBytes(StandardCharsets.UTF_8);
        bad[bad.length - 2] = (byte) 0xFF;
        assertThatThrownBy(() -> Json.decodeUtf8(bad, "$")).hasMessageContaining("offset " + (bad.length - 2));
        assertThat(Json.decodeUtf8(new byte[0], "$")).isEmpty();
    }

    @Test
    void datesAndAmounts_atTheirBoundaries() {
        assertThat(Json.convert(
                        Json.readTree("{\"d\": \"1900-01-01\", \"m\": \"999999999999.99\"}", "f"), D.class, "f"))
                .isEqualTo(new D(LocalDate.of(1900, 1, 1), Money.ofFen(InputLimits.MAX_AMOUNT_FEN)));
        assertThat(Json.convert(
                                Json.readTree("{\"d\": \"2099-12-31\", \"m\": \"-999999999999.99\"}", "f"),
                                D.class,
                                "f")
                        .m())
                .isEqualTo(Money.ofFen(-InputLimits.MAX_AMOUNT_FEN));
        for (String d : new String[] {"\"1899-12-31\"", "\"2100-01-01\""}) {
            List<Violation> vs = violations("{\"d\": " + d + "}", D.class);
            assertThat(vs).extracting(Violation::code).containsExactly("input.date-range");
            assertThat(vs.get(0).messageEn()).isEqualTo("must lie between 1900-01-01 and 2099-12-31");
        }
        for (String d : new String[] {
            "\"2024-1-01\"",
            "\"2024/12/01\"",
            "\"2024-12-0a\"",
            "\"2024-12-011\"",
            "\"a024-12-01\"",
            "\"2024-12+01\"",
            "\"2024+12-01\""
        }) {
            assertThat(violations("{\"d\": " + d + "}", D.class))
                    .as(d)
                    .extracting(Violation::code)
                    .containsExactly("json.date-format");
        }
        List<Violation> over = violations("{\"m\": \"1000000000000.00\"}", D.class);
        assertThat(over).extracting(Violation::code).containsExactly("input.amount-range");
        assertThat(over.get(0).messageEn()).contains("999999999999.99");
        assertThat(violations("{\"m\": \"-1000000000000.00\"}", D.class))
                .extracting(Violation::code)
                .containsExactly("input.amount-range");
        assertThat(violations("{\"m\": \"1.234\"}", D.class))
                .extracting(Violation::code)
                .containsExactly("json.amount-format");
    }

    @Test
    void listSizes_atTheLimit_andInsideOtherValues() {
        String ok = "{\"numbers\": [" + "1,".repeat(InputLimits.MAX_LIST_SIZE - 1) + "1]}";
        assertThat(Json.convert(Json.readTree(ok, "f"), Shapes.class, "f").numbers())
                .hasSize(InputLimits.MAX_LIST_SIZE);
        JsonNode nested = Json.readTree(
                "{\"a\": [{\"b\": [" + "1,".repeat(InputLimits.MAX_LIST_SIZE) + "1]}, [["
                        + "1,".repeat(InputLimits.MAX_LIST_SIZE) + "1]]]}",
                "f");
        List<Violation> vs = new java.util.ArrayList<>();
        TreeCheck.checkSizes(nested, "f", vs);
        assertThat(vs).extracting(Violation::path).containsExactly("f.a[0].b", "f.a[1][0]");
        assertThat(vs.get(0).messageEn()).isEqualTo("must have at most 1000 elements");
    }

    @Test
    void fieldNames_areShownAsTheyAre_onlyWhenTheyLookLikeFields() {
        assertThat(JsonPaths.field("a".repeat(40))).isEqualTo("." + "a".repeat(40));
        assertThat(JsonPaths.field("a".repeat(41))).isEqualTo("[\"a*******…\"]");
        assertThat(JsonPaths.field("x123456")).isEqualTo(".x123456");
        assertThat(JsonPaths.field("x1234567")).isEqualTo("[\"x*******\"]");
        assertThat(JsonPaths.field("123456a1234567")).isEqualTo("[\"1*******…\"]");
        assertThat(JsonPaths.field("a_Z-0$9z")).isEqualTo(".a_Z-0$9z");
        assertThat(JsonPaths.field("")).isEqualTo("[\"\"]");
        for (String odd : new String[] {"a b", "a.b", "a/b", "a:b", "a@b", "a[b", "a`b", "a{b", "名"}) {
            assertThat(JsonPaths.field(odd)).as(odd).startsWith("[\"");
        }
        assertThat(JsonPaths.excerpt("12345678")).isEqualTo("1*******");
        assertThat(JsonPaths.excerpt("123456789")).isEqualTo("1*******…");
        for (String first : new String[] {"\"", "\u001f", "\\", "\u007f", "\n"}) {
            assertThat(JsonPaths.excerpt(first + "ab")).as(first).isEqualTo("?**");
        }
        assertThat(JsonPaths.excerpt(" ab")).isEqualTo(" **");
        assertThat(JsonPaths.excerpt("~ab")).isEqualTo("~**");
        assertThat(JsonPaths.excerpt("𠮷𠮷")).isEqualTo("𠮷*");
        assertThat(JsonPaths.field("\u001fa")).isEqualTo("[\"?*\"]");
    }
}
