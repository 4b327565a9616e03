package org.minzheng.core.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Finding;
import org.minzheng.core.decision.MissingParameter;
import org.minzheng.core.decision.Note;
import org.minzheng.core.json.Json;
import org.minzheng.core.json.MaskedText;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.core.validation.InputValidator;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.core.validation.Violation;

/**
 * Replays example cases: finds every {@code <name>.json} / {@code <name>.expected.json} pair
 * under a directory, decides each case with the pack its expectation names, and compares the
 * outcome, the result subset (field by field), the rule verdicts and the missing parameters.
 * The one implementation behind {@code minzheng check}, {@code minzheng demo}, the program
 * contract kit and an integrator's own case tests. Thread-safe once built.
 */
public final class CaseChecker {

    private static final String CASE_SUFFIX = ".json";
    private static final String EXPECTED_SUFFIX = ".expected.json";

    private final ProgramRegistry programs;
    private final Supplier<PolicyBook> official;
    private final Supplier<PolicyBook> illustrative;

    private CaseChecker(ProgramRegistry programs, Supplier<PolicyBook> official, Supplier<PolicyBook> illustrative) {
        this.programs = programs;
        this.official = official;
        this.illustrative = illustrative;
    }

    /**
     * @param programs     the programs, not null
     * @param official     the shipped data, built when first needed, not null
     * @param illustrative the shipped data with the illustrative overlay, built when first needed, not null
     * @return a checker
     */
    public static CaseChecker of(
            ProgramRegistry programs, Supplier<PolicyBook> official, Supplier<PolicyBook> illustrative) {
        return new CaseChecker(
                Objects.requireNonNull(programs),
                Objects.requireNonNull(official),
                Objects.requireNonNull(illustrative));
    }

    /**
     * Finds every case under a directory, sorted by name. A case file without an expected file,
     * or an expected file without a case file, is listed too (and fails when checked).
     *
     * @param dir a directory, not null
     * @return the pairs, sorted by name
     * @throws IOException if the directory cannot be read
     */
    public static List<CasePair> discover(Path dir) throws IOException {
        Map<String, Path[]> byName = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            for (Iterator<Path> it = files.iterator(); it.hasNext(); ) {
                Path p = it.next();
                if (!Files.isRegularFile(p)) {
                    continue;
                }
                String rel =
                        dir.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
                if (rel.endsWith(EXPECTED_SUFFIX)) {
                    byName.computeIfAbsent(rel.substring(0, rel.length() - EXPECTED_SUFFIX.length()), k -> new Path[2])[
                            1] = p;
                } else if (rel.endsWith(CASE_SUFFIX)) {
                    byName.computeIfAbsent(rel.substring(0, rel.length() - CASE_SUFFIX.length()), k -> new Path[2])[0] =
                            p;
                }
            }
        }
        List<CasePair> pairs = new ArrayList<>(byName.size());
        byName.forEach((name, files) -> pairs.add(new CasePair(name, files[0], files[1])));
        return pairs;
    }

    /**
     * Reads an expectation file strictly.
     *
     * @param file the file, not null
     * @return the expectation
     * @throws InvalidInputException listing what is wrong with the file
     * @throws IOException           if the file cannot be read
     */
    public static Expectation readExpectation(Path file) throws IOException {
        JsonNode tree = Json.readTree(Files.readString(file, StandardCharsets.UTF_8), "$");
        Expectation e = Json.convert(tree, Expectation.class, "$");
        List<Violation> vs = new ArrayList<>();
        if (e.pack() == null
                || !(e.pack().equals(Expectation.OFFICIAL) || e.pack().equals(Expectation.ILLUSTRATIVE))) {
            vs.add(InputValidator.get().violation("pack", "expected.pack", Map.of()));
        }
        if (e.outcome() == null) {
            vs.add(InputValidator.get().violation("outcome", "NotNull", Map.of()));
        }
        if (!vs.isEmpty()) {
            throw new InvalidInputException(vs);
        }
        return e;
    }

    /**
     * Replays one case.
     *
     * @param pair the case, not null
     * @return what was decided and every difference from the expectation
     */
    public CaseCheck check(CasePair pair) {
        List<Mismatch> mismatches = new ArrayList<>();
        if (pair.caseFile() == null) {
            mismatches.add(new Mismatch("file", pair.name() + CASE_SUFFIX, "missing"));
            return new CaseCheck(pair.name(), "?", "?", "?", "?", mismatches, null);
        }
        if (pair.expectedFile() == null) {
            mismatches.add(new Mismatch("file", pair.name() + EXPECTED_SUFFIX, "missing"));
            return new CaseCheck(pair.name(), "?", "?", "?", "?", mismatches, null);
        }
        Expectation expected;
        try {
            expected = readExpectation(pair.expectedFile());
        } catch (InvalidInputException e) {
            for (Violation v : e.violations()) {
                mismatches.add(new Mismatch("expected:" + v.path(), "valid", v.messageEn()));
            }
            return new CaseCheck(pair.name(), "?", "?", "?", "?", mismatches, null);
        } catch (IOException e) {
            mismatches.add(
                    new Mismatch("file", "readable " + pair.name() + EXPECTED_SUFFIX, String.valueOf(e.getMessage())));
            return new CaseCheck(pair.name(), "?", "?", "?", "?", mismatches, null);
        }
        String outcome = expected.outcome().name();
        CaseRunner runner = CaseRunner.of(programs, expected.illustrative() ? illustrative.get() : official.get());
        String program = "?";
        Decision<?> decision;
        try {
            CaseFile c = runner.read(Files.readString(pair.caseFile(), StandardCharsets.UTF_8));
            program = c.program();
            decision = runner.decide(c);
        } catch (InvalidInputException e) {
            for (Violation v : e.violations()) {
                mismatches.add(new Mismatch("input:" + v.path(), "valid", v.messageEn()));
            }
            return new CaseCheck(pair.name(), program, expected.pack(), outcome, "INVALID", mismatches, null);
        } catch (IOException e) {
            mismatches.add(
                    new Mismatch("file", "readable " + pair.name() + CASE_SUFFIX, String.valueOf(e.getMessage())));
            return new CaseCheck(pair.name(), program, expected.pack(), outcome, "?", mismatches, null);
        }
        compare(expected, decision, mismatches);
        return new CaseCheck(
                pair.name(),
                program,
                expected.pack(),
                outcome,
                decision.outcome().name(),
                mismatches,
                decision);
    }

    /**
     * Compares a decision with an expectation.
     *
     * @param expected   the expectation, not null
     * @param decision   the decision, not null
     * @param mismatches where to add every difference
     */
    public static void compare(Expectation expected, Decision<?> decision, List<Mismatch> mismatches) {
        if (decision.outcome() != expected.outcome()) {
            mismatches.add(new Mismatch(
                    "outcome", expected.outcome().name(), decision.outcome().name()));
        }
        if (expected.result() != null) {
            JsonNode actual = Json.mapper().valueToTree(decision).get("result");
            compareJson("result", expected.result(), actual, mismatches);
        }
        if (expected.rules() != null) {
            expected.rules().forEach((rule, verdict) -> {
                List<String> verdicts = new ArrayList<>();
                for (Finding f : decision.findings()) {
                    if (f.rule().equals(rule)) {
                        verdicts.add(f.verdict().name());
                    }
                }
                if (verdicts.isEmpty()) {
                    mismatches.add(
                            new Mismatch("rules." + rule, verdict == null ? "null" : verdict.name(), "(not recorded)"));
                } else if (verdict == null || verdicts.stream().anyMatch(v -> !v.equals(verdict.name()))) {
                    mismatches.add(new Mismatch(
                            "rules." + rule, verdict == null ? "null" : verdict.name(), String.join(", ", verdicts)));
                }
            });
        }
        if (expected.missingParameters() != null) {
            TreeSet<String> want = new TreeSet<>(expected.missingParameters());
            TreeSet<String> got = new TreeSet<>();
            for (MissingParameter m : decision.missingParameters()) {
                got.add(m.key());
            }
            if (!want.equals(got)) {
                mismatches.add(new Mismatch("missingParameters", want.toString(), got.toString()));
            }
        }
        if (expected.warnings() != null) {
            TreeSet<String> want = new TreeSet<>(expected.warnings());
            TreeSet<String> got = new TreeSet<>();
            for (Note w : decision.warnings()) {
                Object key = w.facts().get("key");
                got.add(key == null ? w.code() : w.code() + ":" + key);
            }
            if (!want.equals(got)) {
                mismatches.add(new Mismatch("warnings", want.toString(), got.toString()));
            }
        }
    }

    /**
     * Compares JSON: every field of an expected object must be present and equal in the actual
     * one (extra actual fields are ignored); arrays must have the same length and equal elements;
     * numbers compare by value; everything else exactly. The values shown in a mismatch are masked
     * as decisions mask personal data ({@link MaskedText#json}): an ID-shaped number keeps its first
     * and last four characters, a name its first character.
     *
     * @param path       the path of the nodes
     * @param expected   the expected node, not null
     * @param actual     the actual node, may be null
     * @param mismatches where to add every difference
     */
    public static void compareJson(String path, JsonNode expected, JsonNode actual, List<Mismatch> mismatches) {
        if (actual == null || actual.isMissingNode()) {
            mismatches.add(new Mismatch(path, MaskedText.json(expected), "(absent)"));
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                compareJson(path + "." + e.getKey(), e.getValue(), actual.get(e.getKey()), mismatches);
            }
            return;
        }
        if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                mismatches.add(new Mismatch(
                        path,
                        expected.size() + " elements " + MaskedText.json(expected),
                        actual.size() + " elements " + MaskedText.json(actual)));
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compareJson(path + "[" + i + "]", expected.get(i), actual.get(i), mismatches);
            }
            return;
        }
        boolean equal = expected.isNumber() && actual.isNumber()
                ? expected.decimalValue().compareTo(actual.decimalValue()) == 0
                : expected.equals(actual);
        if (!equal) {
            mismatches.add(new Mismatch(path, MaskedText.json(expected), MaskedText.json(actual)));
        }
    }
}
