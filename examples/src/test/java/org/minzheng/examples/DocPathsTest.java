package org.minzheng.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hand-written pages (README.md and docs/*.md) name no file the project does not ship: every
 * relative link resolves (and its {@code #anchor}, on a page, is one of that page's headings),
 * every path in backquotes that starts at a top-level entry of the repository exists, and every
 * {@code .md} page named anywhere in the text is one of the repository's. The generated policy
 * book (docs/policy/) quotes pack notes and class-path resources: its links and the pages it names
 * are checked, not its paths in backquotes (class-path names such as
 * {@code org/minzheng/eligibility/policy/huzhou.yaml}).
 */
class DocPathsTest {

    static final Path ROOT = DocQuotes.ROOT;

    static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .forEach(pages::add);
        }
        return pages;
    }

    @Test
    void everyLinkAndPathOfThePages_exists() throws IOException {
        Set<String> topLevel = new TreeSet<>();
        try (Stream<Path> entries = Files.list(ROOT)) {
            entries.forEach(p -> topLevel.add(p.getFileName().toString()));
        }
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path page : pages()) {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            String name = ROOT.relativize(page).toString();
            Path dir = page.getParent();
            Matcher link = Pattern.compile("\\]\\(([^)\\s]+)\\)").matcher(text);
            while (link.find()) {
                String target = link.group(1);
                if (target.contains("://") || target.startsWith("mailto:")) {
                    continue;
                }
                checked++;
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                Path resolved = file.isEmpty() ? page : dir.resolve(file);
                if (!Files.exists(resolved)) {
                    problems.add(name + ": link " + target + " (no such file)");
                } else if (hash >= 0 && resolved.toString().endsWith(".md")) {
                    String anchor = target.substring(hash + 1);
                    if (!anchors(resolved).contains(anchor)) {
                        problems.add(name + ": link " + target + " (no such heading)");
                    }
                }
            }
            Matcher code = Pattern.compile("`([^`\\s]+)`").matcher(text);
            while (code.find()) {
                String token = code.group(1);
                String first = token.split("/")[0];
                if (token.contains("/")
                        && topLevel.contains(first)
                        && !first.equals(".")
                        && !token.contains("/target/")
                        && !token.contains("<")
                        && !token.contains("…")
                        && !token.contains("*")) {
                    checked++;
                    if (!Files.exists(ROOT.resolve(token))) {
                        problems.add(name + ": path " + token + " (no such file)");
                    }
                }
            }
            checked += namedPages(page, text, problems);
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8))
                .contains(
                        "(docs/writing-a-program.md)",
                        "(docs/integrating.md)",
                        "`examples/cases/dibao/`",
                        "(.ci/run)",
                        "(LICENSE)");
        assertThat(problems).isEmpty();
    }

    /**
     * Adds a problem for every {@code .md} page named in the text (as a word, such as
     * {@code REFERENCE.md}) that is neither beside the page, at the root nor under docs/.
     *
     * @return how many names were checked
     */
    static int namedPages(Path page, String text, List<String> problems) {
        Matcher md = Pattern.compile("(?<![\\w./-])([\\w.-]+\\.md)\\b").matcher(text);
        int checked = 0;
        while (md.find()) {
            String file = md.group(1);
            checked++;
            if (!Files.exists(page.getParent().resolve(file))
                    && !Files.exists(ROOT.resolve(file))
                    && !Files.exists(ROOT.resolve("docs").resolve(file))) {
                problems.add(ROOT.relativize(page) + ": names " + file + ", which the project does not ship");
            }
        }
        return checked;
    }

    @Test
    void theGeneratedPolicyPages_linkAndNameOnlyFilesTheProjectShips() throws IOException {
        List<String> problems = new ArrayList<>();
        int pages = 0;
        try (Stream<Path> files = Files.walk(ROOT.resolve("docs/policy"))) {
            for (Path page :
                    files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                pages++;
                String text = Files.readString(page, StandardCharsets.UTF_8);
                namedPages(page, text, problems);
                Matcher link = Pattern.compile("\\]\\(([^)\\s]+)\\)").matcher(text);
                while (link.find()) {
                    String target = link.group(1);
                    if (target.contains("://")) {
                        continue;
                    }
                    int hash = target.indexOf('#');
                    String file = hash < 0 ? target : target.substring(0, hash);
                    if (!file.isEmpty() && !Files.exists(page.getParent().resolve(file))) {
                        problems.add(ROOT.relativize(page) + ": link " + target + " (no such file)");
                    }
                }
            }
        }
        assertThat(pages).isGreaterThan(10);
        assertThat(problems).isEmpty();
    }

    /** @return the GitHub anchors of a page's headings */
    static Set<String> anchors(Path page) throws IOException {
        Set<String> anchors = new TreeSet<>();
        for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) {
                String heading = line.replaceFirst("^#+\\s*", "").strip();
                anchors.add(heading.toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N}\\s_-]", "")
                        .replace(' ', '-'));
            }
        }
        return anchors;
    }

    @Test
    void anchors_areGitHubs() throws IOException {
        Path page = ROOT.resolve("docs/integrating.md");
        assertThat(anchors(page)).contains("3-write-an-overlay", "1-add-the-dependency", "where-next");
    }
}
