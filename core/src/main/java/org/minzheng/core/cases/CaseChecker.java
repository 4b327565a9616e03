package org.minzheng.core.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.minzheng.core.policy.PolicySource;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.core.validation.InputValidator;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.core.validation.Violation;

/**
 * Replays example cases: finds every {@code <name>.json} / {@code <name>.expected.json} pair
 * under a directory, decides each case with the pack its expectation names plus the overlay packs
 * the checker was given, and compares the outcome, the result subset (field by field), the rule
 * verdicts and the missing parameters. The one implementation behind {@code minzheng check},
 * {@code minzheng demo}, the program contract and an integrator's own case tests. Thread-safe once
 * built.
 *
 * <p>An expectation may name the overlay files its case needs ({@link Expectation#packs()}, paths
 * relative to the case file). A case needing a file the checker was not given fails with a
 * {@code packs} mismatch naming it, without being decided: a case written for a county's overlay
 * never passes against the shipped data alone. Likewise a case whose expectation names the
 * {@code illustrative} pack fails where the checker has no illustrative book
 * ({@link #withOverlays}).
 *
 * <pre>{@code
 * CaseChecker checker = CaseChecker.withOverlays(ProgramRegistry.loadDefault(), List.of(Path.of("packs/wuxing.yaml")));
 * for (CasePair pair : CaseChecker.discover(Path.of("cases"))) {
 *     CaseCheck check = checker.check(pair);   // check.mismatches() is empty when it passes
 * }
 * }</pre>
 */
public final class CaseChecker {

    private static final String CASE_SUFFIX = ".json";
    private static final String EXPECTED_SUFFIX = ".expected.json";

    private final ProgramRegistry programs;
    private final Supplier<PolicyBook> official;
    private final Supplier<PolicyBook> illustrative;
    private final List<Path> overlays;

    private CaseChecker(
            ProgramRegistry programs,
            Supplier<PolicyBook> official,
            Supplier<PolicyBook> illustrative,
            List<Path> overlays) {
        this.programs = programs;
        this.official = official;
        this.illustrative = illustrative;
        this.overlays = overlays;
    }

    /**
     * A checker given no overlay: a case whose expectation names an overlay file fails.
     *
     * @param programs     the programs, not null
     * @param official     the shipped data, built when first needed, not null
     * @param illustrative the shipped data with the illustrative overlay, built when first needed, not null
     * @return a checker
     */
    public static CaseChecker of(
            ProgramRegistry programs, Supplier<PolicyBook> official, Supplier<PolicyBook> illustrative) {
        return of(programs, official, illustrative, List.of());
    }

    /**
     * A checker given overlay files, which both books must already hold (the caller builds them
     * as {@code PolicyBook.builderWithDefaults()}, the illustrative overlay for the second, then
     * {@code addOverlay} of each file in order).
     *
     * @param programs     the programs, not null
     * @param official     the shipped data with the overlays, built once when first needed, not null
     * @param illustrative the shipped data with the illustrative overlay and the overlays, built
     *                     once when first needed, not null
     * @param overlays     the overlay files the books hold, in order, not null
     * @return a checker
     */
    public static CaseChecker of(
            ProgramRegistry programs,
            Supplier<PolicyBook> official,
            Supplier<PolicyBook> illustrative,
            List<Path> overlays) {
        return new CaseChecker(
                Objects.requireNonNull(programs),
                once(Objects.requireNonNull(official)),
                once(Objects.requireNonNull(illustrative)),
                List.copyOf(overlays));
    }

    /**
     * The checker an integrator's tests use: every case is decided with the shipped data plus the
     * overlay files, in order ({@code PolicyBook.builderWithDefaults().addOverlay(…)}), built once
     * when first needed. There is no illustrative book: a case whose expectation names the
     * {@code illustrative} pack fails.
     *
     * @param programs the programs, not null
     * @param overlays the overlay pack files, in order, not null
     * @return a checker
     * @throws UncheckedIOException if an overlay file cannot be read
     * @throws org.minzheng.core.policy.PolicyLoadException (when the first case is checked) listing
     *         every problem of the overlays with file and line
     */
    public static CaseChecker withOverlays(ProgramRegistry programs, List<Path> overlays) {
        List<Path> files = List.copyOf(overlays);
        List<PolicySource> sources = new ArrayList<>(files.size());
        for (Path p : files) {
            sources.add(PolicySource.of(p));
        }
        Supplier<PolicyBook> book = once(() -> {
            PolicyBook.Builder b = PolicyBook.builderWithDefaults();
            sources.forEach(b::addOverlay);
            return b.build();
        });
        return new CaseChecker(Objects.requireNonNull(programs), book, null, files);
    }

    private static Supplier<PolicyBook> once(Supplier<PolicyBook> build) {
        return new Supplier<>() {
            private PolicyBook book;

            @Override
            public synchronized PolicyBook get() {
                if (book == null) {
                    book = build.get();
                }
                return book;
            }
        };
    }

    /** @return the overlay files this checker decides every case with, in order */
    public List<Path> overlays() {
        return overlays;
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
        for (int i = 0; i < e.neededPacks().size(); i++) {
            String pack = e.neededPacks().get(i);
            if (pack == null || pack.isBlank() || isAbsolute(pack)) {
                vs.add(InputValidator.get().violation("packs[" + i + "]", "expected.packs", Map.of()));
            }
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
        String pack = packLabel(expected);
        missingPacks(pair, expected, mismatches);
        if (expected.illustrative() && illustrative == null) {
            mismatches.add(new Mismatch(
                    "pack",
                    Expectation.ILLUSTRATIVE,
                    "not available (the examples' illustrative overlay is not loaded)"));
        }
        if (!mismatches.isEmpty()) {
            return new CaseCheck(pair.name(), "?", pack, outcome, "?", mismatches, null);
        }
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
            return new CaseCheck(pair.name(), program, pack, outcome, "INVALID", mismatches, null);
        } catch (IOException e) {
            mismatches.add(
                    new Mismatch("file", "readable " + pair.name() + CASE_SUFFIX, String.valueOf(e.getMessage())));
            return new CaseCheck(pair.name(), program, pack, outcome, "?", mismatches, null);
        }
        compare(expected, decision, mismatches);
        return new CaseCheck(
                pair.name(), program, pack, outcome, decision.outcome().name(), mismatches, decision);
    }

    private static boolean isAbsolute(String pack) {
        return pack.startsWith("/") || pack.startsWith("\\") || pack.matches("^[A-Za-z]:.*");
    }

    /** @return the expectation's pack, then the file name of each overlay this checker adds, joined by {@code +} */
    private String packLabel(Expectation expected) {
        StringBuilder sb = new StringBuilder(expected.pack());
        for (Path p : overlays) {
            sb.append('+').append(p.getFileName());
        }
        return sb.toString();
    }

    /** Adds a {@code packs} mismatch for every overlay file the case needs that this checker was not given. */
    private void missingPacks(CasePair pair, Expectation expected, List<Mismatch> mismatches) {
        Path dir = pair.caseFile().toAbsolutePath().getParent();
        for (String needed : expected.neededPacks()) {
            Path file = dir.resolve(needed);
            if (!Files.isRegularFile(file)) {
                mismatches.add(new Mismatch("packs", needed + " (relative to the case file)", "no such file"));
            } else if (overlays.stream().noneMatch(given -> sameFile(given, file))) {
                mismatches.add(new Mismatch(
                        "packs",
                        needed + " given as an overlay",
                        "not given: the case needs it (minzheng check --pack " + realPath(file) + ")"));
            }
        }
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    private static boolean sameFile(Path given, Path needed) {
        try {
            return Files.isRegularFile(given) && Files.isSameFile(given, needed);
        } catch (IOException e) {
            return false;
        }
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
