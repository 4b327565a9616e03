package org.minzheng.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.minzheng.core.cases.CaseCheck;
import org.minzheng.core.cases.CaseChecker;
import org.minzheng.core.cases.CasePair;
import org.minzheng.core.cases.Mismatch;
import org.minzheng.core.cases.RuleCoverage;
import org.minzheng.core.json.MaskedText;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySource;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.examples.illustrative.IllustrativeOverlay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code minzheng check}: replays every example case under the given directories against its
 * expected decision and prints a table, a readable diff of every failure, and a last line
 * {@code N passed, M failed}. Exits with 1 if any case fails. The diff masks personal data as
 * decisions do: ID-shaped numbers keep their first and last four characters, names their first.
 *
 * <p>With {@code --pack FILE} (repeatable) every case is decided with the shipped data (and, for a
 * case whose expectation names {@code illustrative}, the illustrative overlay) plus the given
 * overlay packs, in order. A case whose expectation names the packs it needs
 * ({@code "packs": ["../packs/wuxing.yaml"]}, relative to the case file) fails, undecided, unless
 * each of them is given: a case written for a county's overlay never passes on the shipped data.
 *
 * <p>With {@code --coverage} it goes on to count the declared rule outcomes the cases exercised
 * ({@link RuleCoverage}): of the programs the cases cover, every rule × verdict pair their rules
 * declare, those no decision recorded listed by program (in rule order), and a last line
 * {@code rule outcomes exercised: N of M}. Coverage never changes the exit code.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Replay every case (<name>.json) against its expectation (<name>.expected.json) under the directories.",
            "With --pack FILE: every case is decided with the shipped data plus your overlay packs; a case whose"
                    + " expectation names packs it needs (\"packs\") fails unless they are given.",
            "Prints a table, a diff (field path, expected, actual) for every failure, and 'N passed, M failed'. Exit 1 on any failure.",
            "With --coverage: then the declared rule outcomes (rule × verdict) of the programs covered that no case exercised,"
                    + " by program, and 'rule outcomes exercised: N of M'."
        })
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "directories of case files (or single case files)")
    List<Path> dirs = new ArrayList<>();

    @Option(
            names = "--pack",
            paramLabel = "FILE",
            description = "add a pack file of your own as an overlay to every case; repeatable."
                    + " A case whose expectation names packs (\"packs\": [paths relative to the case file])"
                    + " fails unless each is given here")
    List<Path> packs = new ArrayList<>();

    @Option(
            names = "--coverage",
            description = "count the declared rule outcomes the cases exercise and list those they do not")
    boolean coverage;

    @Override
    public Integer call() {
        Session s = main.session();
        List<CasePair> pairs = new ArrayList<>();
        for (Path dir : dirs) {
            pairs.addAll(discover(dir, dirs.size() > 1));
        }
        if (pairs.isEmpty()) {
            throw new BadInputException("no case files under " + dirs);
        }
        CaseChecker checker = checker(s, packs);
        List<CaseCheck> results = new ArrayList<>(pairs.size());
        try (Progress progress = Progress.start("check", pairs.size())) {
            for (CasePair p : pairs) {
                results.add(checker.check(p));
                progress.step();
            }
        }
        s.out.print(report(results));
        if (coverage) {
            s.out.print(coverage(s.programs(), results));
        }
        return results.stream().allMatch(CaseCheck::passed) ? Main.OK : Main.FAILED;
    }

    /**
     * @param s     the session
     * @param packs the overlay files given with {@code --pack}
     * @return the checker; with overlays, the book is built at once so that a pack that does not
     *         load is reported (exit 2) before any case is checked
     */
    static CaseChecker checker(Session s, List<Path> packs) {
        if (packs.isEmpty()) {
            return IllustrativeOverlay.checker();
        }
        List<PolicySource> sources = new ArrayList<>(packs.size());
        for (Path p : packs) {
            sources.add(Session.policySource(p));
        }
        PolicyBook official = IllustrativeOverlay.book(false, sources);
        return CaseChecker.of(s.programs(), () -> official, () -> IllustrativeOverlay.book(true, sources), packs);
    }

    static List<CasePair> discover(Path path, boolean prefix) {
        try {
            if (Files.isRegularFile(path)) {
                String file = path.getFileName().toString();
                if (!file.endsWith(".json") || file.endsWith(".expected.json")) {
                    throw new BadInputException(path + ": not a case file (<name>.json)");
                }
                String name = file.substring(0, file.length() - ".json".length());
                Path expected = path.resolveSibling(name + ".expected.json");
                return List.of(new CasePair(name, path, Files.isRegularFile(expected) ? expected : null));
            }
            if (!Files.isDirectory(path)) {
                throw new BadInputException(path + ": no such directory");
            }
            List<CasePair> found = CaseChecker.discover(path);
            if (!prefix) {
                return found;
            }
            List<CasePair> named = new ArrayList<>(found.size());
            for (CasePair p : found) {
                named.add(new CasePair(path + "/" + p.name(), p.caseFile(), p.expectedFile()));
            }
            return named;
        } catch (IOException e) {
            throw new BadInputException(path + ": cannot read: " + e.getMessage());
        }
    }

    /**
     * Counts the declared rule outcomes the checked cases exercised.
     *
     * @param programs the registered programs
     * @param results  the checked cases
     * @return a blank line, the pairs not exercised by program (rule order), any finding whose
     *         rule × verdict its program does not declare, and {@code rule outcomes exercised: N of M}
     *         where M counts the pairs of the programs the cases cover
     */
    static String coverage(ProgramRegistry programs, List<CaseCheck> results) {
        RuleCoverage count = RuleCoverage.of(programs.all());
        Set<String> covered = new TreeSet<>();
        List<String> undeclared = new ArrayList<>();
        for (CaseCheck r : results) {
            if (programs.find(r.program()).isPresent()) {
                covered.add(r.program());
            }
            r.decisionMade().ifPresent(d -> undeclared.addAll(count.add(d)));
        }
        count.restrictTo(covered);
        StringBuilder sb = new StringBuilder("\n");
        if (count.exercisedCount() < count.declaredCount()) {
            sb.append("rule outcomes not exercised, by program:\n");
            for (String program : covered) {
                List<String> gaps = new ArrayList<>();
                count.of(program).forEach((pair, hit) -> {
                    if (!hit) {
                        gaps.add(pair);
                    }
                });
                if (!gaps.isEmpty()) {
                    sb.append("  ")
                            .append(program)
                            .append(" (")
                            .append(gaps.size())
                            .append(" of ")
                            .append(count.of(program).size())
                            .append(")\n");
                    gaps.forEach(g -> sb.append("    ").append(g).append('\n'));
                }
            }
        }
        if (!undeclared.isEmpty()) {
            sb.append("recorded but not declared by the program:\n");
            new TreeSet<>(undeclared).forEach(u -> sb.append("  ").append(u).append('\n'));
        }
        sb.append(count).append('\n');
        return sb.toString();
    }

    /**
     * @param results the checked cases
     * @return the table, the diffs of failures and the closing {@code N passed, M failed} line
     */
    static String report(List<CaseCheck> results) {
        TextTable t = new TextTable("CASE", "PROGRAM", "PACK", "EXPECTED", "ACTUAL", "STATUS");
        int passed = 0;
        for (CaseCheck r : results) {
            t.add(r.name(), r.program(), r.pack(), r.expected(), r.actual(), r.passed() ? "PASS" : "FAIL");
            if (r.passed()) {
                passed++;
            }
        }
        StringBuilder sb = new StringBuilder(t.render());
        for (CaseCheck r : results) {
            if (r.passed()) {
                continue;
            }
            sb.append('\n').append("FAIL ").append(r.name()).append('\n');
            TextTable diff = new TextTable("  FIELD", "EXPECTED", "ACTUAL");
            for (Mismatch m : r.mismatches()) {
                diff.add("  " + m.path(), m.expected(), m.actual());
            }
            sb.append(diff.render());
        }
        sb.append('\n')
                .append(passed)
                .append(" passed, ")
                .append(results.size() - passed)
                .append(" failed\n");
        // the diff's values are masked where they are made (CaseChecker); nothing ID-shaped passes here either
        return MaskedText.scrub(sb.toString());
    }
}
