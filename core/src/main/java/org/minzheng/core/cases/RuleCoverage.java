package org.minzheng.core.cases;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Finding;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.program.Program;

/**
 * Which declared rule outcomes a set of decisions exercised: for each program, the pairs rule ×
 * verdict its rules declare ({@link Rule#verdicts()}) and which of them some decision recorded.
 * Behind {@code minzheng check --coverage} and the program contract. Not thread-safe.
 *
 * <pre>{@code
 * RuleCoverage coverage = RuleCoverage.of(List.of(program));
 * decisions.forEach(coverage::add);
 * coverage.exercisedCount();   // N
 * coverage.declaredCount();    // M
 * coverage.notExercised();     // "dibao.assets NOT_MET", …
 * }</pre>
 */
public final class RuleCoverage {

    // program id → "rule VERDICT" → exercised
    private final Map<String, Map<String, Boolean>> pairs = new LinkedHashMap<>();

    private RuleCoverage() {}

    /**
     * @param programs the programs whose declared outcomes are counted, not null
     * @return an empty coverage
     */
    public static RuleCoverage of(Collection<? extends Program<?, ?>> programs) {
        RuleCoverage c = new RuleCoverage();
        for (Program<?, ?> p : programs) {
            Map<String, Boolean> m = c.pairs.computeIfAbsent(p.id(), k -> new LinkedHashMap<>());
            for (Rule r : p.rules()) {
                for (Verdict v : r.verdicts()) {
                    m.put(pair(r.id(), v), Boolean.FALSE);
                }
            }
        }
        return c;
    }

    private static String pair(String rule, Verdict v) {
        return rule + " " + v.name();
    }

    /**
     * Counts the findings of a decision. A decision of a program not counted is ignored; a finding
     * whose rule × verdict the program does not declare is returned (it should not happen: under
     * assertions recording it fails).
     *
     * @param decision a decision, not null
     * @return the findings' pairs the program does not declare, usually empty
     */
    public List<String> add(Decision<?> decision) {
        Objects.requireNonNull(decision, "decision");
        Map<String, Boolean> m = pairs.get(decision.program());
        if (m == null) {
            return List.of();
        }
        List<String> undeclared = new ArrayList<>(0);
        for (Finding f : decision.findings()) {
            String key = pair(f.rule(), f.verdict());
            if (m.containsKey(key)) {
                m.put(key, Boolean.TRUE);
            } else {
                undeclared.add(decision.program() + ": " + key);
            }
        }
        return undeclared;
    }

    /**
     * Keeps only the programs some added decision was made by (the programs "the cases cover").
     *
     * @param programIds the ids to keep, not null
     * @return this
     */
    public RuleCoverage restrictTo(Set<String> programIds) {
        pairs.keySet().retainAll(programIds);
        return this;
    }

    /** @return the number of declared rule × verdict pairs */
    public int declaredCount() {
        int n = 0;
        for (Map<String, Boolean> m : pairs.values()) {
            n += m.size();
        }
        return n;
    }

    /** @return the number of declared pairs some decision recorded */
    public int exercisedCount() {
        int n = 0;
        for (Map<String, Boolean> m : pairs.values()) {
            for (Boolean b : m.values()) {
                n += b ? 1 : 0;
            }
        }
        return n;
    }

    /** @return the declared pairs no decision recorded, as {@code program: rule VERDICT}, sorted */
    public List<String> notExercised() {
        Set<String> out = new TreeSet<>();
        pairs.forEach((program, m) -> m.forEach((pair, hit) -> {
            if (!hit) {
                out.add(program + ": " + pair);
            }
        }));
        return List.copyOf(out);
    }

    /**
     * @param programId a program id
     * @return the declared pairs of that program and whether each was exercised, in rule order
     */
    public Map<String, Boolean> of(String programId) {
        Map<String, Boolean> m = pairs.get(programId);
        return m == null ? Map.of() : java.util.Collections.unmodifiableMap(m);
    }

    /** @return {@code rule outcomes exercised: N of M} */
    @Override
    public String toString() {
        return "rule outcomes exercised: " + exercisedCount() + " of " + declaredCount();
    }
}
