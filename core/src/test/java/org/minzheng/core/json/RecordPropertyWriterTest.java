package org.minzheng.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonView;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.minzheng.core.money.Money;

/**
 * Records (a program's result, a screening's outcomes) are written through {@link
 * RecordPropertyWriter}: their components read through bound accessors, everything else as
 * Jackson resolves it. For records using every kind of value and every Jackson annotation that
 * changes how a property is named, ordered, included or written — including those no result uses
 * today — the bytes equal those of Jackson's bean serialisation ({@link ReferenceJson}, the same
 * mapper without the writer), compact and pretty.
 */
class RecordPropertyWriterTest {

    enum Kind {
        A,
        B
    }

    @JsonPropertyOrder({"amount", "name", "count"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Plain(
            String name,
            int count,
            long big,
            boolean flag,
            Integer boxed,
            Money amount,
            LocalDate date,
            Kind kind,
            BigDecimal ratio,
            List<String> tags,
            Optional<Money> maybe,
            Object anything) {}

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    record Absent(Optional<Money> amount, Optional<String> text, String plain, Integer boxed) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Empty(String text, List<String> list, Map<String, Object> map, Optional<String> opt, int zero) {}

    record Defaults(String text, Optional<String> opt, List<Object> list) {}

    record Renamed(
            @JsonProperty("renamed") String name,
            @JsonIgnore String hidden,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) String perProperty,

            @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy/MM/dd")
            LocalDate formatted,

            @JsonSerialize(using = Upper.class) String custom,
            @JsonRawValue String raw) {}

    record Wrapped(@JsonUnwrapped Plain inner, String after) {}

    record Extra(String a) {
        public String getComputed() {
            return "computed " + a;
        }

        @JsonAnyGetter
        public Map<String, Object> others() {
            return Map.of("any", a == null ? "none" : a);
        }
    }

    record Valued(String a, int b) {
        @JsonValue
        public String value() {
            return a + "/" + b;
        }
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(value = Circle.class, name = "circle")})
    interface Shape {}

    record Circle(int radius) implements Shape {}

    record Holder(Shape shape, List<Shape> shapes) {}

    static class Public {}

    static final class Internal extends Public {}

    record Viewed(
            @JsonView(Public.class) String seen,
            @JsonView(Internal.class) String inside,
            String always) {}

    record Self(String a, List<Self> children) {}

    static final class Upper extends StdSerializer<String> {
        private static final long serialVersionUID = 1L;

        Upper() {
            super(String.class);
        }

        @Override
        public void serialize(String value, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeString(value.toUpperCase(java.util.Locale.ROOT));
        }
    }

    private static void same(Object value) {
        assertThat(Json.compact(value)).isEqualTo(ReferenceJson.compact(value));
        assertThat(ReferenceJson.fastBytes(value)).isEqualTo(ReferenceJson.compactBytes(value));
        try {
            assertThat(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value))
                    .isEqualTo(REFERENCE.writerWithDefaultPrettyPrinter().writeValueAsString(value));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mapper without the writer (as {@link ReferenceJson}). */
    private static final com.fasterxml.jackson.databind.ObjectMapper REFERENCE = Json.build(true, false);

    @Test
    void aRecordOfEveryKindOfValue_isReadThroughAccessors_andWrittenAsJacksonWritesIt() {
        assertThat(ReferenceJson.reflectiveProperties(Plain.class)).isEmpty();
        qt().withExamples(300)
                .forAll(
                        strings().allPossible().ofLengthBetween(0, 6),
                        longs().all(),
                        integers().between(0, 7))
                .checkAssert((text, n, shape) -> {
                    Plain p = new Plain(
                            shape == 0 ? null : text,
                            (int) n.longValue(),
                            n,
                            n % 2 == 0,
                            shape == 1 ? null : (int) (n >> 3),
                            shape == 2 ? null : Money.ofFen(n % 1_000_000_000_00L),
                            shape == 3 ? null : LocalDate.ofEpochDay(Math.floorMod(n, 2_000_000L) - 1_000_000L),
                            shape == 4 ? null : Kind.values()[(int) Math.floorMod(n, 2L)],
                            BigDecimal.valueOf(n, 2),
                            shape == 5 ? List.of() : List.of(text, "b"),
                            shape == 6 ? Optional.empty() : Optional.of(Money.ofFen(n % 100_000L)),
                            switch (shape) {
                                case 0 -> text;
                                case 1 -> n;
                                case 2 -> new Absent(Optional.empty(), Optional.of(text), null, 3);
                                case 3 -> List.of(Kind.A, Optional.of(text));
                                case 4 -> Map.of("k", text);
                                default -> null;
                            });
                    same(p);
                    same(List.of(p, p));
                    same(new Absent(
                            shape % 2 == 0 ? Optional.empty() : Optional.of(Money.ofFen(n % 1000)),
                            shape % 3 == 0 ? Optional.empty() : Optional.of(text),
                            shape == 1 ? null : text,
                            shape == 2 ? null : (int) (n & 0xff)));
                    same(new Empty(
                            shape % 2 == 0 ? "" : text,
                            shape % 3 == 0 ? List.of() : List.of(text),
                            shape % 4 == 0 ? Map.of() : Map.of("k", n),
                            shape % 5 == 0 ? Optional.empty() : Optional.of(text),
                            0));
                    same(new Defaults(shape == 0 ? null : text, Optional.empty(), shape == 1 ? null : List.of()));
                });
    }

    @Test
    void annotationsThatRenameIgnoreFormatOrReplaceASerializer_areJacksonsToo() {
        same(new Renamed("name", "hidden", "", LocalDate.of(2025, 3, 1), "shout", "{\"raw\":1}"));
        same(new Renamed(null, null, "x", null, null, null));
        assertThat(Json.compact(new Renamed("n", "h", "", LocalDate.of(2025, 3, 1), "up", "[1]")))
                .isEqualTo("{\"renamed\":\"n\",\"formatted\":\"2025/03/01\",\"custom\":\"UP\",\"raw\":[1]}");
    }

    @Test
    void unwrappingAnyGetterJsonValuePolymorphismViewsAndNesting_areJacksonsToo() {
        Plain inner = new Plain(
                "in",
                1,
                2,
                true,
                3,
                Money.ofFen(120),
                LocalDate.of(2024, 12, 31),
                Kind.B,
                BigDecimal.ONE,
                List.of("t"),
                Optional.empty(),
                null);
        same(new Wrapped(inner, "after"));
        same(new Extra("a"));
        same(new Extra(null));
        same(new Valued("v", 2));
        same(new Holder(new Circle(3), List.of(new Circle(1), new Circle(2))));
        Viewed viewed = new Viewed("seen", "inside", "always");
        same(viewed);
        for (Class<?> view : List.of(Public.class, Internal.class)) {
            try {
                assertThat(Json.mapper().writerWithView(view).writeValueAsString(viewed))
                        .isEqualTo(REFERENCE.writerWithView(view).writeValueAsString(viewed));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        List<Self> children = new ArrayList<>();
        children.add(new Self("leaf", Collections.emptyList()));
        same(new Self("root", children));
    }

    @Test
    void aFailureInsideARecord_failsAsJacksonFails() {
        String halfPair = "x\uD800";
        Plain p = new Plain(halfPair, 1, 1, true, null, null, null, null, null, List.of(), Optional.empty(), null);
        String reference;
        try {
            reference = new String(ReferenceJson.compactBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (RuntimeException e) {
            reference = "failed: " + e.getClass().getName();
        }
        String fast;
        try {
            fast = new String(ReferenceJson.fastBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (RuntimeException e) {
            fast = "failed: " + e.getClass().getName();
        }
        assertThat(fast).isEqualTo(reference);
    }
}
