package org.minzheng.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minzheng.core.json.JsonTest.Kind;
import org.minzheng.core.validation.InvalidInputException;
import org.quicktheories.core.Gen;

/**
 * The streaming reader's enum values (issue 18): a constant is matched against the parser's own
 * characters of the text rather than looked up by a {@code String} made for it. It accepts exactly
 * the texts it accepted by name before — each constant's exact name, however the JSON escapes it —
 * and declines every other value (case differences, near misses, other tokens), which is then
 * left to databind, as before.
 */
class EnumReaderTest {

    /** A record with an enum, a list of them and a set of them, as the facts types hold them. */
    record Holder(Kind kind, List<Kind> kinds, Set<Kind> set) {}

    private static final Set<String> NAMES =
            Arrays.stream(Kind.values()).map(Enum::name).collect(Collectors.toSet());

    private static Object fast(String json) {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        try {
            return StreamRead.document(b, 0, b.length, Holder.class);
        } catch (java.io.IOException | RuntimeException declined) {
            return null;
        }
    }

    private static Object databind(String json) {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        try {
            return Json.convert(Json.readTree(b, "facts"), Holder.class, "facts");
        } catch (InvalidInputException e) {
            return e.violations().toString();
        }
    }

    private static String doc(String kindJson) {
        return "{\"kind\": " + kindJson + ", \"kinds\": [\"SPOUSE\", " + kindJson + "], \"set\": [" + kindJson + "]}";
    }

    @Test
    void everyConstant_isReadAsItself_inAValue_aListAndASet() {
        for (Kind k : Kind.values()) {
            String json = doc("\"" + k.name() + "\"");
            assertThat(fast(json)).isEqualTo(new Holder(k, List.of(Kind.SPOUSE, k), Set.of(k)));
            assertThat(fast(json)).isEqualTo(databind(json));
        }
    }

    @Test
    void aNameWrittenWithEscapes_isTheSameText_andReadAsItsConstant() {
        // \u0043 is C: the parser's characters are the decoded text, as getText() gave before
        String json = doc("\"\\u0043HILD\"");
        assertThat(fast(json)).isEqualTo(new Holder(Kind.CHILD, List.of(Kind.SPOUSE, Kind.CHILD), Set.of(Kind.CHILD)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"child\"",
                "\"Child\"",
                "\"CHILd\"",
                "\"CHIL\"",
                "\"CHILDREN\"",
                "\" CHILD\"",
                "\"CHILD \"",
                "\"\"",
                "\"GRANDCHIL\"",
                "\"XHILD\"",
                "\"SPOUSEX\"",
                "\"APPLICANT\\u0000\"",
                "\"0\"",
                "\"１\"",
                "0",
                "1",
                "true",
                "null",
                "{}",
                "[]",
                "1.5",
                "\"OTHER\\n\""
            })
    void aNearMissOrAnotherToken_isDeclined_andLeftToDatabind(String value) {
        String json = doc(value);
        assertThat(fast(json)).isNull();
        // databind then answers as it did before: it refuses most with the value's path (its
        // message names the constants, never the value), and reads a few more leniently (a name
        // with blanks around it, which it trims; a null)
        Object databind = databind(json);
        if (databind instanceof String report) {
            assertThat(report).contains("facts.kind").contains("json.");
        } else {
            assertThat(value).isIn("null", "\" CHILD\"", "\"CHILD \"", "\"APPLICANT\\u0000\"", "\"OTHER\\n\"");
        }
    }

    @Test
    void anyText_isAccepted_exactlyWhenItIsAConstantsName_andThenAsDatabindReadsIt() {
        String alphabet = "ACDEHILNOPRSTUacdehil _\u00c9中0";
        Gen<String> mutated = integers()
                .between(0, Kind.values().length - 1)
                .zip(
                        integers().between(0, 6),
                        integers().between(0, 63),
                        integers().between(0, alphabet.length() - 1),
                        (k, how, at, c) -> {
                            String name = Kind.values()[k].name();
                            int i = at % (name.length() + 1);
                            char ch = alphabet.charAt(c);
                            return switch (how) {
                                case 0 -> name; // the constant itself
                                case 1 -> name.substring(0, i) + ch + name.substring(i); // a character more
                                case 2 ->
                                    i < name.length() ? name.substring(0, i) + name.substring(i + 1) : name; // one less
                                case 3 ->
                                    i < name.length()
                                            ? name.substring(0, i) + ch + name.substring(i + 1)
                                            : name; // one other
                                case 4 -> name.toLowerCase(java.util.Locale.ROOT);
                                case 5 -> name.substring(0, i);
                                default -> String.valueOf(ch).repeat(i % 10);
                            };
                        });
        qt().withExamples(2000).forAll(mutated).checkAssert(text -> {
            String json = doc("\"" + text + "\"");
            Object fast = fast(json);
            if (NAMES.contains(text)) {
                Kind k = Kind.valueOf(text);
                assertThat(fast).isEqualTo(new Holder(k, List.of(Kind.SPOUSE, k), Set.of(k)));
                assertThat(fast).isEqualTo(databind(json));
            } else {
                assertThat(fast).isNull();
            }
        });
    }
}
