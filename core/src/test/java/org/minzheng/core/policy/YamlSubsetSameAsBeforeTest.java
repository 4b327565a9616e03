package org.minzheng.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The pack-file reader that works over one {@code char} array (session 9, for the first
 * decision's time) gives what the reader before it gave, which worked line by line over strings
 * ({@link YamlSubsetReference}, kept in the tests for this comparison): the same tree, or the same
 * refusal (left to the full parser), the same duplicate key at the same line, or the same
 * unexpected exception — for every shipped pack file, the generated documents of
 * {@link YamlSubsetTest}, and documents mutated character by character with the characters that
 * matter to the reader (indentation, comments, quotes, escapes, colons, dashes, flow brackets,
 * tabs, carriage returns, whitespace other than spaces, Chinese text).
 */
class YamlSubsetSameAsBeforeTest {

    private static final String[] PIECES = {
        " ",
        "  ",
        "\n",
        "\r\n",
        "\r",
        "\t",
        "#",
        " #",
        ":",
        ": ",
        "- ",
        "-",
        "---",
        "...",
        "%",
        "'",
        "''",
        "\"",
        "\\",
        "\\n",
        "\\u0041",
        "{",
        "}",
        "[",
        "]",
        ",",
        "~",
        "null",
        "NULL",
        "Null",
        "a",
        "key",
        "1145.00",
        "2024-12-31",
        "湖州市",
        "第五条",
        "\u3000",
        "\u000B",
        "\u2028",
        "\u00A0",
        "\uFEFF",
        "?",
        "&x",
        "*x",
        "!",
        "|",
        ">",
        "@",
        "`"
    };

    private static String outcome(Parse parse, String text) {
        try {
            return "tree " + parse.run(text);
        } catch (YamlSubset.Unsupported | YamlSubsetReference.Unsupported e) {
            return "unsupported";
        } catch (YamlTree.DuplicateFieldException e) {
            return "duplicate " + e.field + " at " + e.line;
        } catch (RuntimeException e) {
            return "exception " + e.getClass().getName();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private interface Parse {
        YamlTree.Node run(String text) throws Exception;
    }

    private static void assertSame(String text) {
        assertThat(outcome(YamlSubset::parse, text))
                .as("document:\n%s", text)
                .isEqualTo(outcome(YamlSubsetReference::parse, text));
    }

    @Test
    void everyShippedPackFile_isReadAsBefore() throws IOException {
        for (Path f : YamlSubsetTest.shippedPackFiles()) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            assertSame(text);
            assertThat(outcome(YamlSubset::parse, text)).as("%s", f).startsWith("tree ");
        }
    }

    @Test
    void generatedDocuments_areReadAsBefore() {
        qt().withExamples(400)
                .forAll(longs().all())
                .checkAssert(seed -> assertSame(new YamlSubsetTest.Generator(new Random(seed)).document()));
    }

    @Test
    void mutatedDocuments_areReadAsBefore() {
        qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            StringBuilder b = new StringBuilder(new YamlSubsetTest.Generator(r).document());
            int edits = 1 + r.nextInt(4);
            for (int i = 0; i < edits; i++) {
                int at = b.length() == 0 ? 0 : r.nextInt(b.length() + 1);
                String piece = PIECES[r.nextInt(PIECES.length)];
                if (r.nextBoolean() || b.length() == 0 || at == b.length()) {
                    b.insert(at, piece);
                } else {
                    b.replace(at, at + 1, piece);
                }
            }
            assertSame(b.toString());
        });
    }

    @Test
    void documentsOfPiecesAlone_areReadAsBefore() {
        qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(30);
            for (int i = 0; i < n; i++) {
                b.append(PIECES[r.nextInt(PIECES.length)]);
            }
            assertSame(b.toString());
        });
    }
}
