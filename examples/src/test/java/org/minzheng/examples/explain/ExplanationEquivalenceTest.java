package org.minzheng.examples.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.CaseChecker;
import org.minzheng.core.cases.CaseFile;
import org.minzheng.core.cases.CasePair;
import org.minzheng.core.cases.CaseRunner;
import org.minzheng.core.cases.Expectation;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Explainer;
import org.minzheng.core.decision.Explainer.View;
import org.minzheng.core.decision.Finding;
import org.minzheng.core.decision.Language;
import org.minzheng.core.json.Json;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.examples.illustrative.IllustrativeOverlay;

/**
 * The explanations of every example case, pinned byte for byte: the texts are those the explainer
 * of main before session 9 (bbffee7) wrote, and every pass that made the explainer cheaper since
 * (issue 18) had to leave them as they were. The reference, {@code explanations.sha256}, was
 * recorded with that explainer: for each case that decides, in both languages, the reviewer's view
 * and the citizen's view of a fresh decision, the notice rendered with the applicant named from the
 * facts, each finding's own message, and the same views of a decision whose findings, values and
 * fingerprint were read before it was explained (the explainer may take another path through a
 * decision whose findings are made); per case, the SHA-256 of all these texts and their length. A
 * decision's JSON is the same whether or not it was explained first.
 *
 * <p>A change to a message or to what a text shows is meant to fail this test. To record the
 * reference again after such a change (and only then: review the texts' {@code diff} first):
 * {@code -Dminzheng.explanations.record=<dir>} writes the reference file and every text (to compare
 * with {@code diff} where a case differs).
 */
class ExplanationEquivalenceTest {

    static final Path CASES = Path.of("cases");
    static final String REFERENCE = "explanations.sha256";

    @Test
    void everyExampleCase_everyViewAndLanguage_isTheReferenceTextByteForByte() throws IOException {
        Map<String, String> texts = render();
        assertThat(texts).hasSizeGreaterThan(1000);
        String record = System.getProperty("minzheng.explanations.record");
        if (record != null) {
            Path dir = Path.of(record);
            Files.createDirectories(dir);
            StringBuilder all = new StringBuilder();
            for (Map.Entry<String, String> e : texts.entrySet()) {
                all.append("==== ")
                        .append(e.getKey())
                        .append('\n')
                        .append(e.getValue())
                        .append('\n');
            }
            Files.writeString(dir.resolve("explanations.txt"), all, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(REFERENCE), reference(texts), StandardCharsets.UTF_8);
        }
        String expected;
        try (InputStream in = ExplanationEquivalenceTest.class.getResourceAsStream(REFERENCE)) {
            expected = new String(Objects.requireNonNull(in, REFERENCE).readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> expectedLines = expected.lines().toList();
        List<String> actualLines = reference(texts).lines().toList();
        assertThat(actualLines).containsExactlyElementsOf(expectedLines);
    }

    /** Every text, by case, path and language, in a fixed order. */
    private static Map<String, String> render() throws IOException {
        ProgramRegistry programs = ProgramRegistry.loadDefault();
        PolicyBook official = PolicyBook.loadDefault();
        PolicyBook illustrative = IllustrativeOverlay.book();
        Explainer explainer = Explainer.of(programs, illustrative);
        Map<String, String> texts = new LinkedHashMap<>();
        for (CasePair p : CaseChecker.discover(CASES)) {
            if (p.caseFile() == null || p.expectedFile() == null) {
                continue;
            }
            Expectation e;
            try {
                e = CaseChecker.readExpectation(p.expectedFile());
            } catch (InvalidInputException x) {
                continue;
            }
            if (!e.neededPacks().isEmpty()) {
                continue;
            }
            CaseRunner runner = CaseRunner.of(programs, e.illustrative() ? illustrative : official);
            CaseFile c;
            try {
                c = runner.read(Files.readString(p.caseFile(), StandardCharsets.UTF_8));
                runner.decide(c);
            } catch (InvalidInputException x) {
                continue;
            }
            String name = p.name();
            // a fresh decision: the reviewer's views first, then the citizen's
            Decision<?> d = runner.decide(c);
            String json = Json.compact(runner.decide(c));
            for (Language lang : Language.values()) {
                texts.put(name + " | reviewer | " + lang, explainer.explain(d, lang, View.REVIEWER));
            }
            for (Language lang : Language.values()) {
                texts.put(name + " | citizen | " + lang, explainer.explain(d, lang, View.CITIZEN));
            }
            assertThat(Json.compact(d)).as(name + ": JSON after explaining").isEqualTo(json);
            // a fresh decision: the citizen's view first, with the applicant named from the facts
            Decision<?> n = runner.decide(c);
            Object facts = runner.facts(c);
            for (Language lang : Language.values()) {
                texts.put(name + " | notice+facts | " + lang, explainer.render(explainer.notice(n, facts, lang)));
            }
            for (Language lang : Language.values()) {
                texts.put(name + " | reviewer after notice | " + lang, explainer.explain(n, lang));
            }
            assertThat(Json.compact(n)).as(name + ": JSON after the notice").isEqualTo(json);
            // a decision whose values, fingerprint and findings were read before it was explained
            Decision<?> r = runner.decide(c);
            r.parameterValues();
            r.policyFingerprint();
            List<Finding> findings = r.findings();
            for (Language lang : Language.values()) {
                texts.put(name + " | reviewer, read first | " + lang, explainer.explain(r, lang, View.REVIEWER));
                texts.put(name + " | citizen, read first | " + lang, explainer.explain(r, lang, View.CITIZEN));
                List<String> each = new ArrayList<>();
                for (Finding f : findings) {
                    each.add(explainer.finding(f, lang));
                }
                texts.put(name + " | findings | " + lang, String.join("\n", each));
            }
        }
        return texts;
    }

    /**
     * One line per case: its name, the characters of all its texts and the SHA-256 of their UTF-8
     * bytes, each text preceded by its name and length.
     */
    private static String reference(Map<String, String> texts) {
        Map<String, StringBuilder> byCase = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            String name = e.getKey().substring(0, e.getKey().indexOf(" | "));
            byCase.computeIfAbsent(name, k -> new StringBuilder())
                    .append(e.getKey())
                    .append(" | ")
                    .append(e.getValue().length())
                    .append('\n')
                    .append(e.getValue())
                    .append('\n');
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, StringBuilder> e : byCase.entrySet()) {
            sb.append(e.getKey())
                    .append(" | ")
                    .append(e.getValue().length())
                    .append(" | ")
                    .append(sha256(e.getValue().toString()))
                    .append('\n');
        }
        return sb.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException x) {
            throw new IllegalStateException(x);
        }
    }
}
