package org.minzheng.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minzheng.core.json.JsonTest.Kind;
import org.minzheng.core.money.Money;
import org.minzheng.core.validation.InvalidInputException;

/**
 * The streaming path's own readers ({@link BoundReaders}, issue 18): which types they read
 * themselves and which they leave to databind, and that either way a value the fast read accepts
 * is the one databind gives, and a value databind refuses is declined. (The facts types of every
 * program, generated households and their mutations: {@code BoundFactsReaderPropertyTest} in the
 * examples.)
 */
class BoundReadersTest {

    /** A record: a renamed component, an absent Optional, a primitive databind needs given. */
    record Plain(@JsonProperty("when") LocalDate date, Optional<Money> amount, int count, Set<Kind> kinds) {}

    /** An alias: databind reads {@code other} too; the fast read declines it. */
    record Aliased(@JsonAlias("other") String name) {}

    /** Unknown fields ignored by databind; the fast read declines them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Lenient(String name) {}

    /** A map, read by databind. */
    record WithMap(Map<String, Integer> counts) {}

    /** A creator whose own checks refuse some values. */
    record Checked(int grade) {
        Checked {
            if (grade < 1) {
                throw new IllegalArgumentException("grade must be at least 1");
            }
        }
    }

    /** A value read from text by a creator, as {@code RegionCode} is. */
    static final class Code {
        private final String code;

        private Code(String code) {
            this.code = code;
        }

        @JsonCreator
        static Code of(String code) {
            if (code.length() != 3) {
                throw new IllegalArgumentException("three characters");
            }
            return new Code(code);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Code c && c.code.equals(code);
        }

        @Override
        public int hashCode() {
            return code.hashCode();
        }

        @Override
        public String toString() {
            return code;
        }
    }

    record Holder(Code code, List<Code> codes) {}

    private static Object tree(String json, Class<?> type) {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        try {
            return Json.convert(Json.readTree(b, "facts"), type, "facts");
        } catch (InvalidInputException e) {
            return e.violations();
        }
    }

    private static Object fast(String json, Class<?> type) {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        try {
            return StreamRead.document(b, 0, b.length, type);
        } catch (java.io.IOException | RuntimeException declined) {
            return null;
        }
    }

    @Test
    void plainRecordsAndTextCreators_areReadWithoutDatabind_butMapsAreNot() {
        assertThat(StreamRead.readByDatabind(Plain.class)).isEmpty();
        assertThat(StreamRead.readByDatabind(Holder.class)).isEmpty();
        assertThat(StreamRead.readByDatabind(Checked.class)).isEmpty();
        assertThat(StreamRead.readByDatabind(WithMap.class))
                .containsExactly("java.util.Map<java.lang.String,java.lang.Integer>");
        // a property with a Jackson annotation other than @JsonProperty: databind reads the type
        assertThat(StreamRead.readByDatabind(Aliased.class)).containsExactly(Aliased.class.getName());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"when\": \"2024-02-29\", \"amount\": \"12.50\", \"count\": 3, \"kinds\": [\"CHILD\", \"CHILD\"]}",
                "{\"count\": 0, \"kinds\": []}",
                "{\"kinds\": [], \"count\": -7, \"when\": \"2024-01-01\"}",
            })
    void aGoodRecord_isAccepted_equalToDatabinds(String json) {
        Object fast = fast(json, Plain.class);
        assertThat(fast).isNotNull().isEqualTo(tree(json, Plain.class));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"kinds\": []}", // the primitive databind requires
                "{\"count\": 1, \"kinds\": [], \"date\": \"2024-01-01\"}", // the Java name, not the JSON one
                "{\"count\": 1.0, \"kinds\": []}",
                "{\"count\": \"1\", \"kinds\": []}",
                "{\"count\": 3000000000, \"kinds\": []}",
                "{\"count\": true, \"kinds\": []}",
                "{\"count\": 1, \"kinds\": [0]}",
                "{\"count\": 1, \"kinds\": [\"child\"]}",
                "{\"count\": 1, \"kinds\": \"CHILD\"}",
                "{\"count\": 1, \"kinds\": [], \"when\": 20240101}",
                "{\"count\": 1, \"kinds\": [], \"when\": \"2024-02-30\"}",
                "{\"count\": 1, \"kinds\": [], \"amount\": 12.5}",
                "{\"count\": 1, \"kinds\": [], \"amount\": \"12.505\"}",
                "{\"count\": 1, \"kinds\": [], \"extra\": 1}",
                "[]",
            })
    void aBadRecord_isDeclined_andDatabindRefusesIt(String json) {
        assertThat(fast(json, Plain.class)).isNull();
        assertThat(tree(json, Plain.class)).isInstanceOf(List.class);
    }

    @Test
    void whatDatabindAcceptsMoreLeniently_isDeclined_orReadByDatabind() {
        // a null: databind reads an empty Optional, a null list; the fast read declines every null
        assertThat(fast("{\"count\": 1, \"kinds\": [], \"amount\": null}", Plain.class))
                .isNull();
        assertThat(tree("{\"count\": 1, \"kinds\": [], \"amount\": null}", Plain.class))
                .isInstanceOf(Plain.class);
        assertThat(fast("{\"count\": 1, \"kinds\": null}", Plain.class)).isNull();
        assertThat(fast("{\"name\": \"a\", \"x\": 1}", Lenient.class)).isNull();
        assertThat(tree("{\"name\": \"a\", \"x\": 1}", Lenient.class)).isEqualTo(new Lenient("a"));
        assertThat(fast("{\"other\": \"a\"}", Aliased.class)).isEqualTo(new Aliased("a"));
        assertThat(fast("{\"counts\": {\"a\": 1}}", WithMap.class))
                .isEqualTo(tree("{\"counts\": {\"a\": 1}}", WithMap.class));
    }

    @Test
    void aCreatorsOwnRefusal_isDeclined_andReportedByDatabind() {
        assertThat(fast("{\"grade\": 2}", Checked.class)).isEqualTo(new Checked(2));
        assertThat(fast("{\"grade\": 0}", Checked.class)).isNull();
        assertThat(tree("{\"grade\": 0}", Checked.class).toString()).contains("json.invalid-value");
        assertThat(fast("{\"code\": \"abc\", \"codes\": [\"def\"]}", Holder.class))
                .isEqualTo(new Holder(Code.of("abc"), List.of(Code.of("def"))));
        assertThat(fast("{\"code\": \"abcd\", \"codes\": []}", Holder.class)).isNull();
        assertThat(fast("{\"code\": 123, \"codes\": []}", Holder.class)).isNull();
        assertThat(tree("{\"code\": \"abcd\", \"codes\": []}", Holder.class)).isInstanceOf(List.class);
    }
}
