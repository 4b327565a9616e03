package org.minzheng.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pack-file YAML reader gives exactly the tree of the full YAML parser (values and lines), for
 * every shipped pack file, for tricky one-line documents and for generated documents; and it
 * reads every shipped pack file itself (so no first decision waits for the full parser).
 */
class YamlSubsetTest {

    private static final List<String> MODULES =
            List.of("core", "eligibility", "eldercare", "charity", "funeral", "examples");

    static List<Path> shippedPackFiles() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<Path> files = new ArrayList<>();
        for (String module : MODULES) {
            Path resources = root.resolve(module).resolve("src/main/resources");
            if (Files.isDirectory(resources)) {
                try (Stream<Path> s = Files.walk(resources)) {
                    s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
                }
            }
        }
        return files;
    }

    private static YamlTree.Node full(String text) throws IOException {
        return YamlTree.readFull(new StringReader(text));
    }

    /** Either both readers give the same tree, or the subset reader leaves the document to the full one. */
    private static boolean agrees(String text) throws IOException {
        YamlTree.Node expected;
        try {
            expected = full(text);
        } catch (IOException | RuntimeException e) {
            // not valid YAML (or a duplicate key): the subset reader must not accept it silently
            try {
                YamlSubset.parse(text);
            } catch (YamlSubset.Unsupported | YamlTree.DuplicateFieldException refused) {
                return false;
            }
            throw new AssertionError(
                    "the full parser rejects this document but the subset reader accepts it:\n" + text, e);
        }
        try {
            YamlTree.Node actual = YamlSubset.parse(text);
            assertThat(actual).as("document:\n%s", text).isEqualTo(expected);
            return true;
        } catch (YamlSubset.Unsupported e) {
            return false;
        }
    }

    @Test
    void everyShippedPackFile_isReadByTheSubset_asTheFullParserReadsIt() throws IOException {
        List<Path> files = shippedPackFiles();
        assertThat(files).hasSizeGreaterThan(10);
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            assertThat(agrees(text)).as("%s is read by the subset reader", f).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a: b",
                "a: yes",
                "a: True",
                "a: FALSE",
                "a: 0x1F",
                "a: 1e3",
                "a: 012",
                "a: +1",
                "a: .5",
                "a: ~",
                "a:",
                "a: null",
                "a: Null",
                "a: NULL",
                "a: 'it''s'",
                "a: \"x\\ny\"",
                "a: \"tab\\tq\\\"\"",
                "a: b # c",
                "a: 'b # c'",
                "a: b#c",
                "url: http://x.y/z#frag",
                "a: [1, 2]",
                "a: []",
                "a: {}",
                "a: {b: 1, c: [x, 'y z'], d: {e: f}}",
                "- a\n- b",
                "-\n  a: 1",
                "a:\n- 1\n- 2\nb: 3",
                "a:\n  - 1\n  - {x: 1}\n",
                "- a: 1\n  b: 2\n- c: 3",
                "a: 2024-01-01",
                "a: 12:30",
                "a: 第五条第（一）项 60周岁以上的老年人",
                "\"a b\": 1",
                "'a': 1",
                "a: \"\"",
                "a: ''",
                "a: -1",
                "a: -",
                "a: b: c",
                "a: [b, c",
                "a: {b: 1",
                "a: 'x",
                "a: \"x",
                "a: |\n  x",
                "a: >\n  x",
                "a: &x 1\nb: *x",
                "a: !!str 1",
                "---\na: 1",
                "a: 1\n...",
                "a: b\n  c",
                "a:\n\tb: 1",
                "a: 1\na: 2",
                "a: {b: 1, b: 2}",
                "? a\n: b",
                "a: \"\\u0041\"",
                "a: \"\\x41\"",
                "  a: 1",
                "a:\n    b: 1\n  c: 2",
                "- - a",
                "a: [1, [2, 3]]",
                "a: {b: }",
                "a: b,c",
                "a: {b: c:d}",
                "a: 1 #x\n# y\n\nb: 2",
                "a: \"q\" # c",
                "a: \"q\" x",
                "a:   spaced   ",
                "[1, 2]",
                "x",
                "",
                "# only a comment"
            })
    void trickyDocuments_agreeOrAreLeftToTheFullParser(String text) throws IOException {
        agrees(text);
    }

    @Test
    void generatedDocuments_agree() {
        int[] accepted = {0};
        qt().withExamples(400).forAll(longs().all()).checkAssert(seed -> {
            String text = new Generator(new Random(seed)).document();
            try {
                if (agrees(text)) {
                    accepted[0]++;
                }
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        // the generator writes only the subset (what the reader leaves to the full parser, such as a
        // quote in a flow collection's plain scalar or a quoted first key on a sequence item's line,
        // it quotes or leaves out), so every document must be read by the reader itself: 200,000
        // documents were, so a refusal here is a gap in the reader or a slip in the generator
        assertThat(accepted[0]).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a: b",
                "a: 'it''s'",
                "a: \"x\\ny\"",
                "a: b # c",
                "a: 'b # c'",
                "url: http://x.y/z#frag",
                "a: [1, 2]",
                "a: {}",
                "a: {b: 1, c: [x, 'y z'], d: {e: f}}",
                "- a\n- b",
                "-\n  a: 1",
                "a:\n- 1\n- 2\nb: 3",
                "- a: 1\n  b: 2\n- c: 3",
                "a: 第五条第（一）项 60周岁以上的老年人",
                "\"a b\": 1",
                "a:",
                "a: ~",
                "a:   spaced   ",
                "a: 1\r\nb:\r\n  c: 2\r\n",
                "# only a comment",
                "",
                "a: -1",
                "a: b#c",
                "k: \"q\" # c",
                // a full-width space (全角空格) is text to YAML, not white space: kept, and the quotes after it too
                "k: \u3000'{x}'",
                "k: 第五条\u3000",
                "k: \u2003x",
                // a quote inside a plain scalar opens nothing: what follows " #" is a comment
                "k: a b c \" # note",
                "k: 'it'' # not a comment'",
                "k: x-\"y # note"
            })
    void plainDocuments_areReadByTheSubsetItself(String text) throws Exception {
        assertThat(YamlSubset.parse(text))
                .isEqualTo(
                        text.isBlank() || text.startsWith("#")
                                ? new YamlTree.Node(java.util.Collections.emptyMap(), 1)
                                : full(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a: &x 1\nb: *x",
                "a: !!str 1",
                "a: |\n  x",
                "a: >\n  x",
                "a: b: c",
                "a: [b, c",
                "a: {b: 1",
                "a: 'x",
                "a: \"x",
                "---\na: 1",
                "a: b\n  c",
                "a:\n\tb: 1",
                "? a\n: b",
                "a: \"\\u0041\"",
                "  a: 1",
                "- - a",
                "a: {b: c:d}",
                "a: [x: 1]",
                "a: \"q\" x",
                "\uFEFFa: 1",
                "a:\n    b: 1\n  c: 2",
                "%YAML 1.2\n---\na: 1",
                "a: @x",
                "a: `x",
                "a: {b: 1, b: 2}",
                "[1, 2]",
                "x",
                "a: 1\n  b: 2",
                "- a\nb: 1",
                "a: b:",
                "a: 第五条:",
                "a: x\u000By",
                "# a comment with \u000B in it",
                "a: x\u0085y",
                "a: x\u2028y",
                "a: \uD800",
                "a: [x?y]",
                "a: {k?: 1}",
                "a: [1145.00\"x\"]"
            })
    void everythingElse_isLeftToTheFullParser(String text) {
        assertThatThrownBy(() -> YamlSubset.parse(text)).isInstanceOf(YamlSubset.Unsupported.class);
    }

    @Test
    void aDuplicateKey_isReportedWithItsLine() {
        assertThatThrownBy(() -> YamlSubset.parse("a: 1\nb:\n  c: 1\n  c: 2\n"))
                .isInstanceOf(YamlTree.DuplicateFieldException.class)
                .satisfies(e ->
                        assertThat(((YamlTree.DuplicateFieldException) e).line).isEqualTo(4));
    }

    /**
     * The characters that matter to the subset reader — indentation, comments, quotes, escapes,
     * colons, dashes, flow brackets, tabs, carriage returns, whitespace other than spaces, YAML's
     * indicators, Chinese text — for documents mutated or made of them alone.
     */
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

    /**
     * What the two readers make of a document, as the pack reader sees it: the same tree, the
     * document left to the full parser (the subset's {@code Unsupported}), or refused by both (a
     * duplicate key, or anything else the pack reader reports as not valid YAML) — or a
     * disagreement, which is a wrong reading of a pack file.
     */
    private static String outcome(String text) {
        YamlTree.Node expected;
        try {
            expected = full(text);
        } catch (IOException | RuntimeException e) {
            expected = null;
        }
        YamlTree.Node actual;
        try {
            actual = YamlSubset.parse(text);
        } catch (YamlSubset.Unsupported e) {
            return "left to the full parser";
        } catch (YamlTree.DuplicateFieldException | RuntimeException e) {
            // a valid document refused by the subset would fail a good pack file
            return expected == null ? "refused by both" : "refused by the subset alone: " + e;
        }
        if (expected == null) {
            return "accepted by the subset alone";
        }
        return actual.equals(expected) ? "the same tree" : "another tree: " + actual + " against " + expected;
    }

    private static void assertAgrees(String text) {
        assertThat(outcome(text))
                .as("document:\n%s", text)
                .isIn("the same tree", "left to the full parser", "refused by both");
    }

    @Test
    void mutatedDocuments_areReadAsTheFullParserReadsThem_orLeftToIt() {
        qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            StringBuilder b = new StringBuilder(new Generator(r).document());
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
            assertAgrees(b.toString());
        });
    }

    @Test
    void documentsOfPiecesAlone_areReadAsTheFullParserReadsThem_orLeftToIt() {
        qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(30);
            for (int i = 0; i < n; i++) {
                b.append(PIECES[r.nextInt(PIECES.length)]);
            }
            assertAgrees(b.toString());
        });
    }

    /** Writes random documents in the style of pack files, with scalars that tempt a parser to convert them. */
    static final class Generator {
        private static final String[] SCALARS = {
            "x",
            "1",
            "1.50",
            "2024-01-01",
            "true",
            "no",
            "null",
            "~",
            "0",
            "1145.00",
            "http://a.b/c?d=e&f",
            "湖州市",
            "第十三条",
            "a b c",
            "CNY/person/month",
            "-5",
            "O'Brien",
            "say \"hi\"",
            "a#b",
            "a: b",
            "{x}",
            "[y]",
            "#z",
            "- w",
            "!v",
            "&u",
            "*t",
            "'s'",
            "%r",
            "q, p",
            "",
            " lead",
            "trail "
        };
        private final Random r;
        private final StringBuilder out = new StringBuilder();

        Generator(Random r) {
            this.r = r;
        }

        String document() {
            if (r.nextInt(5) == 0) {
                out.append("# a comment\n");
            }
            mapping(0, 0);
            return out.toString();
        }

        private String scalar(boolean flow) {
            String s = SCALARS[r.nextInt(SCALARS.length)];
            boolean needsQuotes = s.isEmpty()
                    || s.startsWith(" ")
                    || s.endsWith(" ")
                    || s.contains(": ")
                    || s.contains(" #")
                    || "{[#-!&*'%\"".indexOf(s.charAt(0)) >= 0
                    // in a flow collection a plain scalar with a quote, ':' or '?' is left to the full parser
                    || (flow
                            && (s.contains(",")
                                    || s.contains("{")
                                    || s.contains("[")
                                    || s.contains("'")
                                    || s.contains("\"")
                                    || s.contains(":")
                                    || s.contains("?")))
                    || s.equals("null")
                    || s.equals("~")
                    || s.equals("true")
                    || s.equals("no")
                    || s.matches("-?[0-9.]+");
            if (needsQuotes || r.nextInt(4) == 0) {
                return r.nextBoolean()
                        ? "'" + s.replace("'", "''") + "'"
                        : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            }
            return s;
        }

        private String key(int i) {
            return r.nextInt(6) == 0 ? "\"k " + i + "\"" : "k" + i;
        }

        /** A mapping's first key on a sequence item's line is plain: a quoted one is left to the full parser. */
        private String itemKey(int i) {
            return "k" + i;
        }

        private String flow(int depth) {
            int kind = depth > 1 ? 0 : r.nextInt(3);
            if (kind == 1) {
                StringBuilder b = new StringBuilder("{");
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    b.append(i > 0 ? ", " : "").append(key(i)).append(": ").append(flow(depth + 1));
                }
                return b.append('}').toString();
            }
            if (kind == 2) {
                StringBuilder b = new StringBuilder("[");
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    b.append(i > 0 ? ", " : "").append(flow(depth + 1));
                }
                return b.append(']').toString();
            }
            return scalar(true);
        }

        private void pad(int indent) {
            out.append(" ".repeat(indent));
        }

        private void mapping(int indent, int depth) {
            mapping(indent, depth, false);
        }

        private void mapping(int indent, int depth, boolean itemLine) {
            int n = 1 + r.nextInt(4);
            for (int i = 0; i < n; i++) {
                if (i > 0 || depth == 0) {
                    pad(indent);
                }
                out.append(i == 0 && itemLine ? itemKey(i) : key(i)).append(':');
                value(indent, depth);
                if (r.nextInt(8) == 0) {
                    out.append('\n');
                }
            }
        }

        private void value(int indent, int depth) {
            int kind = depth > 2 ? 0 : r.nextInt(5);
            switch (kind) {
                case 1 -> {
                    out.append('\n');
                    pad(indent + 2);
                    mapping(indent + 2, depth + 1);
                }
                case 2 -> {
                    out.append('\n');
                    sequence(r.nextBoolean() ? indent : indent + 2, depth + 1);
                }
                case 3 -> out.append(' ').append(flow(0)).append(r.nextInt(4) == 0 ? " # note\n" : "\n");
                case 4 -> out.append('\n');
                default -> out.append(' ').append(scalar(false)).append(r.nextInt(4) == 0 ? "  # note\n" : "\n");
            }
        }

        private void sequence(int indent, int depth) {
            int n = 1 + r.nextInt(3);
            for (int i = 0; i < n; i++) {
                pad(indent);
                out.append("- ");
                switch (r.nextInt(3)) {
                    case 1 -> mapping(indent + 2, depth + 1, true);
                    case 2 -> out.append(flow(0)).append('\n');
                    default -> out.append(scalar(false)).append('\n');
                }
            }
        }
    }
}
