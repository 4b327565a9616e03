package org.minzheng.examples.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.CaseCheck;
import org.minzheng.core.cases.CaseChecker;
import org.minzheng.core.cases.CasePair;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Explainer;
import org.minzheng.core.decision.Finding;
import org.minzheng.core.decision.Language;
import org.minzheng.core.decision.Note;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.examples.illustrative.IllustrativeOverlay;

/**
 * Issue 20, "done when": no Chinese explanation of any example case — the citizen's view (群众版)
 * and the reviewer's view (审核版) — contains ASCII letters outside citations of standards
 * (GB/T 2260, MZ/T 039…) and document numbers. The policy fingerprint (reviewer's view) and the
 * reference made of its first characters (citizen's view) are hexadecimal identifiers, not words,
 * and are taken out before the check, as is a masked identity number's check character X.
 *
 * <p>Every example case of every program is decided as its expectation says (the shipped data,
 * or with the illustrative overlay) by the same {@link CaseChecker} as {@code minzheng check}.
 *
 * <p>Two checks:
 *
 * <ul>
 *   <li>{@link #coreText_hasNoAsciiLetters()} enforces the text the core renders (headings,
 *       labels, sources, parameters, the notice, core notes and warnings, values): the whole
 *       explanation with every message rendered from a module's bundle taken out.
 *   <li>{@link #everyZhExplanation_hasNoAsciiLetters()} checks the whole explanation, module
 *       messages included; every offender, per program, is also written to
 *       {@code target/zh-ascii-offenders.txt} for reviewers.
 * </ul>
 */
class ZhExplanationsTest {

    /** ASCII letters allowed: a standard's code with its number and year, a document number in ASCII. */
    private static final Pattern ALLOWED =
            Pattern.compile("(?:GB|MZ|DB\\d{2}|WS|JGJ|GA)(?:/[TZ])?\\s?\\d+(?:\\.\\d+)*(?:[-—]\\d{4})?");

    /** A masked identity number (its check character may be X). */
    private static final Pattern MASKED_ID = Pattern.compile("\\d{4}\\*{6,}\\d{3}[\\dX]");

    private static final Pattern LETTERS = Pattern.compile("[A-Za-z]");

    /** A citation, from its lead word to the end of the line. */
    private static final Pattern CITATION = Pattern.compile("(?:依据|出处)：.*$");

    /** An identifier the case itself gives (a charity fund's or need's id), quoted as data. */
    private static final Pattern CASE_IDENTIFIER = Pattern.compile("“[A-Za-z0-9._-]+”");

    /** A diagnosis code of ICD-10 (痴呆F00.1), which GB/T 42195 itself writes so. */
    private static final Pattern ICD_CODE = Pattern.compile("(?<![A-Za-z])[A-Z]\\d{2}(?:\\.\\d)?(?![A-Za-z])");

    /** How the reviewer's view begins the line naming a local data file (core bundle, explain.parameter.local). */
    private static final String LOCAL_FILE = "本地参数来自数据文件：";

    private static final List<Explained> EXPLAINED = new ArrayList<>();

    /** One example case's zh explanations, with the module-rendered texts within them. */
    private record Explained(String program, String caseName, String view, String text, List<String> moduleTexts) {}

    @BeforeAll
    static void explainEveryExampleCase() throws IOException {
        CaseChecker checker = IllustrativeOverlay.checker();
        PolicyBook book = IllustrativeOverlay.book();
        ProgramRegistry programs = ProgramRegistry.loadDefault();
        Explainer explainer = Explainer.of(programs, book);
        Explainer coreOnly = Explainer.of(List.of(), Explainer.class.getClassLoader(), book.instruments());
        List<CasePair> pairs = CaseChecker.discover(Path.of("cases"));
        assertThat(pairs).isNotEmpty();
        for (CasePair p : pairs) {
            CaseCheck c = checker.check(p);
            Decision<?> d = c.decisionMade().orElse(null);
            if (d == null) {
                continue; // a case whose input is refused has no explanation
            }
            List<String> module = new ArrayList<>();
            for (Finding f : d.findings()) {
                module.add(explainer.finding(f, Language.ZH));
            }
            for (List<Note> notes : List.of(d.counterfactuals(), d.warnings())) {
                for (Note n : notes) {
                    if (!coreOnly.hasMessage(n.code(), Language.ZH)) {
                        module.add(explainer.text(n.code(), Language.ZH, n.facts()));
                    }
                }
            }
            String fingerprint = d.policyFingerprint();
            for (Explainer.View view : Explainer.View.values()) {
                String text = explainer.explain(d, Language.ZH, view);
                text = text.replace(fingerprint, "").replace(fingerprint.substring(0, Explainer.REFERENCE_LENGTH), "");
                EXPLAINED.add(new Explained(c.program(), p.name(), view.name(), text, module));
            }
        }
    }

    @Test
    void everyExampleCaseIsExplainedInBothViews() {
        assertThat(EXPLAINED).hasSizeGreaterThan(50);
        assertThat(EXPLAINED.stream().map(Explained::program).distinct().count())
                .isGreaterThanOrEqualTo(20);
    }

    @Test
    void coreText_hasNoAsciiLetters() {
        Map<String, List<String>> offenders = new TreeMap<>();
        for (Explained e : EXPLAINED) {
            String core = e.text();
            for (String m : e.moduleTexts()) {
                core = core.replace(m, "");
            }
            collect(e, core, offenders);
        }
        assertThat(offenders).as(report(offenders)).isEmpty();
    }

    @Test
    void everyZhExplanation_hasNoAsciiLetters() throws IOException {
        Map<String, List<String>> offenders = new TreeMap<>();
        for (Explained e : EXPLAINED) {
            collect(e, e.text(), offenders);
        }
        String report = report(offenders);
        Path out = Path.of("target", "zh-ascii-offenders.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        assertThat(offenders).as(report).isEmpty();
    }

    /** Adds each line of the text holding ASCII letters outside the allowed codes, under its program. */
    private static void collect(Explained e, String text, Map<String, List<String>> offenders) {
        for (String line : text.split("\n")) {
            if (line.strip().startsWith(LOCAL_FILE)) {
                // the reviewer's line naming an integrator's own file: the name is theirs, not text
                continue;
            }
            // a citation ends its line (依据：…, 出处：…): a standard's own numbering (附录C C.4) is part of it
            String rest = CITATION.matcher(line).replaceAll("");
            rest = MASKED_ID.matcher(ALLOWED.matcher(rest).replaceAll("")).replaceAll("");
            rest = CASE_IDENTIFIER.matcher(rest).replaceAll("");
            rest = ICD_CODE.matcher(rest).replaceAll("");
            Matcher m = LETTERS.matcher(rest);
            if (m.find()) {
                offenders
                        .computeIfAbsent(e.program(), k -> new ArrayList<>())
                        .add(e.caseName() + " [" + e.view() + "] " + line.strip());
            }
        }
    }

    /** Offenders per program: the count, then each line (distinct lines once). */
    static String report(Map<String, List<String>> offenders) {
        StringBuilder sb = new StringBuilder();
        int total = 0;
        for (List<String> lines : offenders.values()) {
            total += lines.size();
        }
        sb.append(total)
                .append(" lines with ASCII letters in ")
                .append(offenders.size())
                .append(" programs\n");
        for (Map.Entry<String, List<String>> e : offenders.entrySet()) {
            sb.append(e.getKey()).append(": ").append(e.getValue().size()).append('\n');
            for (String line : e.getValue()) {
                sb.append("    ").append(line).append('\n');
            }
        }
        return sb.toString();
    }
}
