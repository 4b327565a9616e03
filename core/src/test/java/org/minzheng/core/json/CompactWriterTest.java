package org.minzheng.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.minzheng.core.money.Money;
import org.quicktheories.core.Gen;

/**
 * {@link Json.CompactWriter}: many values through one generator give, value by value, the bytes
 * {@link Json#compact(Object, java.io.OutputStream)} gives each on its own — nothing between them,
 * nothing left in the generator — and a value that cannot be written fails as {@code compact}
 * fails, after which the next value is written as if nothing had happened.
 */
class CompactWriterTest {

    /** A record of several kinds of value, as decisions and screening lines hold them. */
    record Line(String id, long line, Money amount, LocalDate date, List<Object> items, Optional<String> note) {}

    /** A record whose last component cannot be read: it fails halfway through its JSON. */
    record Boom(String id, List<String> before, String after) {
        @Override
        public String after() {
            throw new IllegalStateException("cannot be read");
        }
    }

    private static final String ALPHABET = "a中\"\\\n\u2028\u0001é𝄞\uD800\uDC00\uDBFF/ ";

    private static Gen<String> texts() {
        // any characters of a small alphabet: quotes, backslash, controls, Chinese, a pair beyond
        // the BMP, and lone halves of a pair
        return lists().of(integers().between(0, ALPHABET.length() - 1))
                .ofSizeBetween(0, 12)
                .map(is -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i : is) {
                        sb.append(ALPHABET.charAt(i));
                    }
                    return sb.toString();
                });
    }

    private static Gen<Object> values() {
        Gen<Object> text = texts().map(s -> (Object) s);
        Gen<Object> number = longs().all().map(l -> (Object) l);
        Gen<Object> line = texts().zip(
                        longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
                        texts(),
                        (id, fen, note) -> (Object) new Line(
                                id.isEmpty() ? null : id,
                                fen,
                                Money.ofFen(fen),
                                LocalDate.ofEpochDay(fen % 100_000),
                                List.of(id, fen, Map.of("k", note)),
                                note.isEmpty() ? Optional.empty() : Optional.of(note)));
        Gen<Object> map = texts().zip(texts(), (k, v) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(k, v);
            m.put("n", List.of(1, 2));
            return (Object) m;
        });
        Gen<Object> boom = texts().map(t -> (Object) new Boom(t, List.of(t, t), t));
        return text.mix(number, 20).mix(line, 50).mix(map, 30).mix(boom, 10);
    }

    /** @return the value's bytes on their own, or null if compact cannot write it */
    private static byte[] alone(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Json.compact(value, out);
            return out.toByteArray();
        } catch (Exception cannot) {
            return null;
        }
    }

    @Test
    void manyValuesThroughOneWriter_eachGivesTheBytesItGivesAlone() {
        qt().withExamples(300).forAll(lists().of(values()).ofSizeBetween(1, 40)).checkAssert(values -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int failed = 0;
            try (Json.CompactWriter w = Json.compactWriter(out)) {
                for (Object v : values) {
                    int mark = out.size();
                    byte[] expected = alone(v);
                    try {
                        w.write(v);
                        assertThat(expected)
                                .as("written by one writer but not alone")
                                .isNotNull();
                        byte[] all = out.toByteArray();
                        assertThat(Arrays.copyOfRange(all, mark, all.length)).isEqualTo(expected);
                    } catch (Exception e) {
                        assertThat(expected)
                                .as("refused by the writer but written alone")
                                .isNull();
                        failed++;
                        // what the failed value left is dropped, as screen drops it
                        byte[] kept = Arrays.copyOf(out.toByteArray(), mark);
                        out.reset();
                        out.write(kept, 0, kept.length);
                    }
                }
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            assertThat(failed).isLessThanOrEqualTo(values.size());
        });
    }

    @Test
    void aValueThatCannotBeWritten_doesNotSpoilTheNext() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, Object> ok = Map.of("id", "h-1", "amount", Money.ofFen(114_500));
        Boom bad = new Boom("h-2", List.of("written before the failure"), "x");
        assertThat(alone(bad)).isNull();
        try (Json.CompactWriter w = Json.compactWriter(out)) {
            w.write(ok);
            int mark = out.size();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> w.write(bad))
                    .isInstanceOf(java.io.IOException.class);
            byte[] kept = Arrays.copyOf(out.toByteArray(), mark);
            out.reset();
            out.write(kept, 0, kept.length);
            w.write(ok);
            w.write(ok);
        }
        String once = new String(alone(ok), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(once + once + once);
    }
}
