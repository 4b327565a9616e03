package org.minzheng.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.minzheng.core.cases.CaseCheck;
import org.minzheng.core.cases.CaseChecker;
import org.minzheng.core.cases.CasePair;
import org.minzheng.core.cases.Expectation;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Explainer;
import org.minzheng.core.json.Json;
import org.minzheng.core.json.MaskedText;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.program.Program;
import org.minzheng.examples.illustrative.IllustrativeOverlay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code minzheng demo}: decides every example case bundled in the jar (the {@code cases/}
 * resources, copied from {@code examples/cases}) and prints, per case, the program, the
 * outcome against the expected one, the key figures of the result and the first lines of the
 * explanation. Exits with 1 if a bundled case does not decide as expected.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description =
                "Decide every bundled example case and print a readable summary of each (program, outcome, key result, explanation).")
final class DemoCommand implements Callable<Integer> {

    /** The class-path directory of the bundled cases. */
    static final String CASES = "cases";

    @ParentCommand
    Main main;

    @Option(
            names = "--lines",
            paramLabel = "N",
            defaultValue = "6",
            description = "explanation lines to show per case (default: 6)")
    int lines;

    @Override
    public Integer call() throws IOException, URISyntaxException {
        Session s = main.session();
        Path location = Path.of(DemoCommand.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        if (Files.isDirectory(location)) {
            return demo(s, location.resolve(CASES));
        }
        try (FileSystem jar = FileSystems.newFileSystem(location, (ClassLoader) null)) {
            return demo(s, jar.getPath("/" + CASES));
        }
    }

    private int demo(Session s, Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("No bundled example cases at " + dir);
        }
        List<CasePair> pairs = CaseChecker.discover(dir);
        CaseChecker checker = IllustrativeOverlay.checker();
        StringBuilder sb = new StringBuilder();
        sb.append("minzheng demo: ")
                .append(pairs.size())
                .append(" example cases, decided with the shipped policy data")
                .append(" (cases marked 'illustrative' add placeholder values that are not policy)\n");
        int matched = 0;
        int n = 0;
        for (CasePair p : pairs) {
            n++;
            CaseCheck c = checker.check(p);
            sb.append('\n').append('[').append(n).append("] ").append(p.name()).append('\n');
            if (c.decision() == null) {
                sb.append("    could not be decided:\n");
                c.mismatches().forEach(m -> sb.append("      ").append(m).append('\n'));
                continue;
            }
            Decision<?> d = c.decision();
            Program<?, ?> program = s.program(d.program());
            PolicyBook book =
                    Expectation.ILLUSTRATIVE.equals(c.pack()) ? IllustrativeOverlay.book() : PolicyBook.loadDefault();
            sb.append("    ")
                    .append(program.title().in(s.lang))
                    .append(" · ")
                    .append(d.region())
                    .append(' ')
                    .append(ParamsCommand.regionName(book, d.region(), s.lang))
                    .append(" · ")
                    .append(d.date())
                    .append(" · ")
                    .append(c.pack())
                    .append(" data\n");
            sb.append("    outcome: ")
                    .append(d.outcome())
                    .append(c.passed() ? "  (as expected)" : "  (EXPECTED " + c.expected() + ")")
                    .append('\n');
            String result = keyResult(d);
            if (!result.isEmpty()) {
                sb.append("    result:  ").append(result).append('\n');
            }
            if (!d.missingParameters().isEmpty()) {
                List<String> keys = new ArrayList<>();
                d.missingParameters().forEach(m -> keys.add(m.key()));
                sb.append("    missing: ").append(String.join(", ", keys)).append('\n');
            }
            Explainer explainer = s.explainer(book);
            List<String> text = explanationLines(explainer.explain(d, s.lang), lines);
            for (String line : text) {
                sb.append("    | ").append(line).append('\n');
            }
            if (c.passed()) {
                matched++;
            } else {
                c.mismatches().forEach(m -> sb.append("    ! ").append(m).append('\n'));
            }
        }
        sb.append('\n').append(matched).append(" of ").append(pairs.size()).append(" cases decided as expected\n");
        s.out.print(MaskedText.scrub(sb.toString()));
        return matched == pairs.size() ? Main.OK : Main.FAILED;
    }

    /** The first fields of the result, such as {@code monthlyAmount 1435.00 · countedMembers 3}. */
    static String keyResult(Decision<?> d) {
        JsonNode result = Json.mapper().valueToTree(d).get("result");
        if (result == null || !result.isObject()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = result.fields(); it.hasNext() && parts.size() < 4; ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isValueNode()) {
                parts.add(e.getKey() + " " + e.getValue().asText());
            }
        }
        return String.join(" · ", parts);
    }

    /** The explanation from its conditions on, without blank lines, at most {@code max} lines. */
    static List<String> explanationLines(String explanation, int max) {
        List<String> all = explanation.lines().toList();
        List<String> out = new ArrayList<>();
        for (int i = 3; i < all.size() && out.size() < max; i++) {
            if (!all.get(i).isBlank()) {
                out.add(all.get(i));
            }
        }
        return out;
    }
}
