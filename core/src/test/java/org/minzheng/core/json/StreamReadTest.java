package org.minzheng.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minzheng.core.json.JsonTest.Facts;
import org.minzheng.core.json.JsonTest.People;
import org.minzheng.core.validation.InputLimits;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.core.validation.Violation;

/**
 * The streaming reader (issue 18, {@code minzheng screen}) reads a good document exactly as the
 * tree reader does, and declines everything else so that the tree reader names the problems:
 * strictness is not traded for speed.
 */
class StreamReadTest {

    private static final String ITEM =
            "{\"kind\": \"CHILD\", \"date\": \"2012-09-01\", \"index\": 2, \"flag\": true, \"amount\": \"2000.00\"}";
    private static final String GOOD =
            "{\"items\": [" + ITEM + ", " + ITEM.replace("CHILD", "SPOUSE") + "], \"since\": \"2024-01-01\"}";

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** What the tree reader says: the value, or its violations. */
    private static Object treeRead(byte[] b, Class<?> type) {
        try {
            return Json.convert(Json.readTree(b, "facts"), type, "facts");
        } catch (InvalidInputException e) {
            return e.violations();
        }
    }

    private static Object read(byte[] b, Class<?> type) {
        try {
            return Json.read(b, 0, b.length, type, "facts");
        } catch (InvalidInputException e) {
            return e.violations();
        }
    }

    private static boolean declines(String json, Class<?> type) {
        byte[] b = utf8(json);
        try {
            StreamRead.document(b, 0, b.length, type);
            return false;
        } catch (java.io.IOException | RuntimeException e) {
            return true;
        }
    }

    @Test
    void aGoodDocument_isReadInOnePass_equalToTheTreeReader() throws Exception {
        byte[] b = utf8(GOOD);
        Facts fast = StreamRead.document(b, 0, b.length, Facts.class);
        assertThat(fast).isEqualTo(treeRead(b, Facts.class));
        assertThat(Json.read(b, 0, b.length, Facts.class, "facts")).isEqualTo(fast);
    }

    @Test
    void aGoodDocumentWithinABuffer_isReadFromItsOffset() throws Exception {
        byte[] b = utf8("xx" + GOOD + "yy");
        assertThat(StreamRead.document(b, 2, b.length - 4, Facts.class)).isEqualTo(treeRead(utf8(GOOD), Facts.class));
    }

    @Test
    void nonAsciiText_isDecodedStrictly_andReadTheSame() throws Exception {
        String doc = "{\"people\": [], \"items\": [], \"ids\": []}".replace("\"people\"", " \"people\"") + "\u3000";
        // an ideographic space after the document is not JSON whitespace: both readers refuse it
        assertThat(declines(doc, People.class)).isTrue();
        assertThat(read(utf8(doc), People.class)).isEqualTo(treeRead(utf8(doc), People.class));
        String ok = "{\"people\": [{\"kind\": \"CHILD\", \"born\": \"2012-09-01\", \"tags\": [\"学生\"], \"rank\": 1}]}";
        assertThat(StreamRead.document(utf8(ok), 0, utf8(ok).length, People.class))
                .isEqualTo(treeRead(utf8(ok), People.class));
    }

    @ParameterizedTest(name = "declines {0}")
    @ValueSource(
            strings = {
                "{\"items\": [], \"items\": []}",
                "{\"items\": [{\"kind\": \"CHILD\", \"kind\": \"SPOUSE\"}]}",
                "{\"items\": [], \"unknown\": 1}",
                "{\"items\": [{\"kind\": \"CHILD\", \"index\": 1.0}]}",
                "{\"items\": [{\"kind\": \"CHILD\", \"index\": 1e2}]}",
                "{\"items\": [{\"kind\": \"CHILD\", \"index\": \"1\"}]}",
                "{\"items\": [{\"kind\": 2}]}",
                "{\"items\": [{\"flag\": 1}]}",
                "{\"items\": [{\"date\": \"2024-1-1\"}]}",
                "{\"items\": [{\"amount\": 2000}]}",
                "{\"items\": [{\"amount\": \"12.345\"}]}",
                "{\"items\": []} {}",
                "{\"items\": []",
                "null",
                "[]",
                "",
                "   ",
                "\uFEFF{\"items\": []}"
            })
    void anythingNotPlainlyGood_isDeclined_andTheTreeReaderNamesItsProblems(String json) {
        assertThat(declines(json, Facts.class)).isTrue();
        assertThat(read(utf8(json), Facts.class)).isEqualTo(treeRead(utf8(json), Facts.class));
    }

    /**
     * The streaming path checks duplicates itself (the parser's own check is off there, issue 18
     * session 7): a name is a duplicate only within its own object, never across siblings, parents
     * or children…
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "{\"items\": [" + ITEM + ", " + ITEM + ", " + ITEM + "], \"since\": \"2024-01-01\"}",
                "{\"items\": ["
                        + "{\"kind\": \"CHILD\", \"date\": \"2012-09-01\", \"index\": 2, \"flag\": true, \"amount\": \"2000.00\","
                        + " \"note\": \"items\"}" + "], \"since\": \"2024-01-01\"}",
                "{\"since\": \"2024-01-01\", \"items\": [" + ITEM + ", "
                        + "{\"kind\": \"SPOUSE\", \"date\": \"2012-09-01\", \"index\": 2, \"flag\": true, \"amount\": \"1.00\"}]}"
            })
    void sameNamesInOtherObjects_areNotDuplicates(String json) throws Exception {
        assertThat(declines(json, Facts.class)).isFalse();
        assertThat(read(utf8(json), Facts.class)).isEqualTo(treeRead(utf8(json), Facts.class));
    }

    /** …and a duplicate anywhere declines, and the tree reader names it. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "{\"items\": [" + ITEM + "], \"since\": \"2024-01-01\", \"items\": []}",
                "{\"items\": [], \"since\": \"2024-01-01\", \"since\": \"2024-01-01\"}",
                "{\"items\": [{\"kind\": \"CHILD\", \"date\": \"2012-09-01\", \"index\": 2, \"flag\": true,"
                        + " \"amount\": \"2000.00\", \"note\": \"a\", \"kind\": \"CHILD\"}]}",
                "{\"items\": [" + ITEM + ", {\"kind\": \"CHILD\", \"kind\": \"CHILD\"}]}",
                "{\"items\": [" + ITEM + "], \"since\": null, \"since\": null}",
                "{\"items\": [], \"items\": [], \"items\": []}"
            })
    void aDuplicateAnywhere_isDeclined_andNamedByTheTreeReader(String json) {
        assertThat(declines(json, Facts.class)).isTrue();
        Object vs = read(utf8(json), Facts.class);
        assertThat(vs).isEqualTo(treeRead(utf8(json), Facts.class));
        assertThat(vs.toString()).contains("json.duplicate-field");
    }

    @Test
    void aListLongerThanTheLimit_isDeclined_andReportedAsTooMany() {
        String many = "{\"items\": ["
                + String.join(",", java.util.Collections.nCopies(InputLimits.MAX_LIST_SIZE + 1, ITEM)) + "]}";
        String limit = "{\"items\": ["
                + String.join(",", java.util.Collections.nCopies(InputLimits.MAX_LIST_SIZE, ITEM)) + "]}";
        assertThat(declines(many, Facts.class)).isTrue();
        assertThat(declines(limit, Facts.class)).isFalse();
        Object vs = read(utf8(many), Facts.class);
        assertThat(vs).isEqualTo(treeRead(utf8(many), Facts.class));
        assertThat(vs.toString()).contains("input.too-many");
    }

    @Test
    void bytesThatAreNotUtf8_areDeclined_andReportedWithTheirOffset() {
        byte[] b = utf8(GOOD);
        b[5] = (byte) 0xFF;
        assertThatThrownBy(() -> StreamRead.document(b, 0, b.length, Facts.class))
                .isInstanceOf(StreamRead.Declined.class);
        Object vs = read(b, Facts.class);
        assertThat(vs).isEqualTo(treeRead(b, Facts.class));
        assertThat(((List<?>) vs)).extracting(v -> ((Violation) v).code()).containsExactly("json.not-utf8");
    }

    @Test
    void aParserNotFromOpen_isRefused() throws Exception {
        try (var p = Json.mapper().getFactory().createParser(GOOD)) {
            assertThatThrownBy(() -> StreamRead.value(p, Facts.class)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    /**
     * Whatever a document is turned into by cutting, doubling or replacing a piece of it, the
     * reader answers as the tree reader does: the same value, or the same violations.
     */
    @Test
    void anyMutationOfAGoodDocument_isAnsweredAsTheTreeReaderAnswersIt() {
        String[] pieces = {
            "",
            "\"",
            "{",
            "}",
            "[",
            "]",
            ",",
            ":",
            "1",
            "1.5",
            "null",
            "true",
            "\"x\"",
            "\"CHILD\"",
            "\"2024-02-30\"",
            "\"1.00\"",
            " ",
            "\u00e9",
            "\uFEFF",
            "\"items\""
        };
        qt().withExamples(400)
                .forAll(
                        integers().between(0, GOOD.length()),
                        integers().between(0, 12),
                        integers().between(0, pieces.length - 1))
                .checkAssert((at, cut, piece) -> {
                    int to = Math.min(GOOD.length(), at + cut);
                    String doc = GOOD.substring(0, at) + pieces[piece] + GOOD.substring(to);
                    assertThat(read(utf8(doc), Facts.class)).as(doc).isEqualTo(treeRead(utf8(doc), Facts.class));
                });
    }

    /**
     * The ASCII check reads eight bytes at a time (issue 18): the same answer as a byte at a
     * time, for any buffer, offset and length, with a byte of the high half anywhere or nowhere.
     */
    @Test
    void theAsciiCheck_readingEightBytesAtATime_agreesWithOneByteAtATime() {
        qt().withExamples(5000)
                .forAll(
                        integers().between(0, 40),
                        integers().between(0, 40),
                        integers().between(-1, 40),
                        integers().all())
                .checkAssert((size, from, highAt, seed) -> {
                    java.util.Random r = new java.util.Random(seed);
                    byte[] b = new byte[size];
                    for (int k = 0; k < size; k++) {
                        b[k] = (byte) r.nextInt(128);
                    }
                    if (highAt >= 0 && highAt < size) {
                        b[highAt] = (byte) (0x80 | r.nextInt(128));
                    }
                    int off = Math.min(from, size);
                    int len = size - off == 0 ? 0 : r.nextInt(size - off + 1);
                    boolean expected = true;
                    for (int k = off; k < off + len; k++) {
                        expected &= b[k] >= 0;
                    }
                    assertThat(StreamRead.ascii(b, off, len)).isEqualTo(expected);
                });
    }
}
