package org.minzheng.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page whose code is code: every fenced block is captioned with the file it quotes
 * ({@code `path`:}, a blank line, then the block) and must appear verbatim in that file, so a page
 * fails its test until it quotes the code again after the code changes. Used by the tests of
 * docs/writing-a-program.md and docs/integrating.md.
 */
public final class DocQuotes {

    /** The repository root, seen from the examples module. */
    public static final Path ROOT = Path.of("..");

    /** A caption line {@code `path`:}, a blank line, and a fenced block. */
    static final Pattern BLOCK = Pattern.compile("(?m)^`([^`\\s]+)`:\\n\\n```([a-z]*)\\n(.*?)\\n```$", Pattern.DOTALL);

    private DocQuotes() {}

    /**
     * Asserts that every fenced block of a page has a caption naming a file of the repository and
     * is quoted verbatim from it.
     *
     * @param doc the page, relative to the examples module (such as {@code ../docs/integrating.md})
     * @return the captioned files, relative to the repository root, sorted
     * @throws IOException if a file cannot be read
     */
    public static Set<String> assertEveryBlockQuotedVerbatim(Path doc) throws IOException {
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        Matcher m = BLOCK.matcher(text);
        int quoted = 0;
        Set<String> files = new TreeSet<>();
        while (m.find()) {
            Path file = ROOT.resolve(m.group(1));
            assertThat(file).as("file of a code block").isRegularFile();
            assertThat(Files.readString(file, StandardCharsets.UTF_8))
                    .as("%s quotes %s", doc, m.group(1))
                    .contains(m.group(3));
            files.add(m.group(1));
            quoted++;
        }
        int fences = text.split("\n```", -1).length - 1;
        assertThat(quoted * 2)
                .as("every fenced block has a caption naming its file")
                .isEqualTo(fences);
        return files;
    }
}
