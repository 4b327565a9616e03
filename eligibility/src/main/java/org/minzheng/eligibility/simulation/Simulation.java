package org.minzheng.eligibility.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Payment;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.ParameterChange;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.Program;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.validation.InputLimits;
import org.minzheng.core.validation.InputValidator;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.core.validation.Violation;
import org.minzheng.eligibility.dibao.DibaoProgram;
import org.minzheng.eligibility.dibao.DibaoResult;
import org.minzheng.eligibility.edge.EdgeResult;
import org.minzheng.eligibility.edge.LowIncomeEdgeProgram;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.screening.ScreeningFacts;
import org.minzheng.eligibility.screening.ScreeningResult;
import org.minzheng.eligibility.simulation.HouseholdComparison.KeyChange;
import org.minzheng.eligibility.simulation.HouseholdComparison.ProgramComparison;

/**
 * A what-if: every household decided twice, once with the baseline policy book and once with a
 * reformed one (the baseline with a reform pack loaded on top as an overlay), program by program,
 * so that what the reform changes — who becomes eligible, who stops, what it costs each month, who
 * gains and who loses — can be counted ({@link SimulationSummary}). OpenFisca and PolicyEngine call
 * such a change a "reform".
 *
 * <p>The programs compared are those whose facts a household line carries: a program deciding a
 * {@link Household} ({@code dibao}, {@code low-income-edge}, {@code rigid-expenditure}) or the
 * {@link ScreeningFacts} themselves ({@code assistance-screening}). Each is decided with the same
 * code as a single decision ({@link Program#evaluate}), on facts validated once per program against
 * the baseline snapshot: invalid facts decide nothing.
 *
 * <p>Immutable and thread-safe: one instance serves every thread (or every partition of a Spark job).
 * It keeps a bounded cache of "what the reform changed" per region and date.
 */
public final class Simulation {

    /** The programs compared when none are named: {@code dibao} and {@code low-income-edge}. */
    public static final List<String> DEFAULT_PROGRAMS = List.of(DibaoProgram.ID, LowIncomeEdgeProgram.ID);

    private static final int CHANGE_CACHE_LIMIT = 4096;

    private final PolicyBook baseline;
    private final PolicyBook reformed;
    private final List<Program<?, ?>> programs;
    private final List<String> programIds;
    private final Map<Key, List<KeyChange>> changes = new ConcurrentHashMap<>();

    private record Key(RegionCode region, LocalDate date) {}

    private Simulation(PolicyBook baseline, PolicyBook reformed, List<Program<?, ?>> programs) {
        this.baseline = baseline;
        this.reformed = reformed;
        this.programs = List.copyOf(programs);
        List<String> ids = new ArrayList<>(programs.size());
        programs.forEach(p -> ids.add(p.id()));
        this.programIds = List.copyOf(ids);
    }

    /**
     * Obtains a simulation.
     *
     * @param programs   the registry to find the programs in, not null
     * @param baseline   the book as it is (the shipped data and any overlays), not null
     * @param reformed   the same book with the reform loaded on top, not null
     * @param programIds the programs to compare, in the order they are reported; not empty, no repeats
     * @return the simulation
     * @throws IllegalArgumentException if a program is unknown, repeated, or does not decide a household's facts
     */
    public static Simulation of(
            ProgramRegistry programs, PolicyBook baseline, PolicyBook reformed, List<String> programIds) {
        Objects.requireNonNull(programs, "programs");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(reformed, "reformed");
        if (programIds.isEmpty()) {
            throw new IllegalArgumentException("name at least one program");
        }
        if (new LinkedHashSet<>(programIds).size() != programIds.size()) {
            throw new IllegalArgumentException("a program is named twice: " + programIds);
        }
        List<Program<?, ?>> ps = new ArrayList<>();
        for (String id : programIds) {
            Program<?, ?> p =
                    programs.find(id).orElseThrow(() -> new IllegalArgumentException("unknown program '" + id + "'"));
            if (p.factsType() != Household.class && p.factsType() != ScreeningFacts.class) {
                throw new IllegalArgumentException("program '" + id
                        + "' does not decide a household line's facts (a household or screening facts)");
            }
            ps.add(p);
        }
        return new Simulation(baseline, reformed, ps);
    }

    /** @return the programs compared, in order */
    public List<String> programIds() {
        return programIds;
    }

    /** @return the baseline book */
    public PolicyBook baseline() {
        return baseline;
    }

    /** @return the reformed book */
    public PolicyBook reformed() {
        return reformed;
    }

    /**
     * Decides one household under both books and compares.
     *
     * @param id     the household's id (a join key, not personal data), may be null
     * @param region the region, not null
     * @param date   the decision date, not null
     * @param facts  the household line's facts, not null
     * @return the comparison
     * @throws InvalidInputException listing every problem (paths relative to the line: {@code region},
     *                               {@code date}, {@code facts.household...}), if the household cannot be
     *                               decided; nothing is decided then
     */
    public HouseholdComparison compare(String id, RegionCode region, LocalDate date, ScreeningFacts facts) {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(facts, "facts");
        List<Violation> where = new ArrayList<>(1);
        Violation range = InputLimits.checkDecisionDate(date, "date");
        if (range != null) {
            where.add(range);
        }
        if (!baseline.regions().contains(region)) {
            where.add(InputValidator.get().violation("region", "case.unknown-region", Map.of()));
        } else if (baseline.regions().find(region, date).isEmpty()) {
            where.add(InputValidator.get().violation("region", "case.region-not-on-date", Map.of()));
        }
        if (!where.isEmpty()) {
            throw new InvalidInputException(where);
        }
        PolicySnapshot before = baseline.snapshot(region, date);
        PolicySnapshot after = reformed.snapshot(region, date);
        validate(facts, before);
        List<ProgramComparison> compared = new ArrayList<>(programs.size());
        Object firstBaselineResult = null;
        try {
            for (Program<?, ?> p : programs) {
                Decision<?> b = evaluate(p, facts, before);
                Decision<?> a = evaluate(p, facts, after);
                boolean pays = Payment.class.isAssignableFrom(p.resultType());
                compared.add(new ProgramComparison(
                        p.id(), pays, b.outcome(), a.outcome(), pays ? paid(b) : null, pays ? paid(a) : null));
                if (firstBaselineResult == null) {
                    firstBaselineResult =
                            incomeStated(b.result().orElse(null)) ? b.result().get() : null;
                }
            }
        } catch (ArithmeticException overflow) {
            throw new InvalidInputException(
                    List.of(InputValidator.get().violation("facts", "input.out-of-range", Map.of())));
        }
        return new HouseholdComparison(
                id,
                region,
                date,
                facts.household().members().size(),
                band(firstBaselineResult),
                compared,
                reformChanges(before, after));
    }

    /**
     * The values the reform changes at a region and date, as {@code minzheng params --diff} lists them
     * ({@link ParameterChange#between}).
     *
     * @param region the region, in the book on that date
     * @param date   the date
     * @return the changes, in key order
     */
    public List<KeyChange> reformChanges(RegionCode region, LocalDate date) {
        return reformChanges(baseline.snapshot(region, date), reformed.snapshot(region, date));
    }

    private List<KeyChange> reformChanges(PolicySnapshot before, PolicySnapshot after) {
        Key k = new Key(before.region(), before.date());
        List<KeyChange> cached = changes.get(k);
        if (cached != null) {
            return cached;
        }
        List<KeyChange> list = new ArrayList<>();
        for (ParameterChange c : ParameterChange.between(before, after, baseline.keys())) {
            list.add(new KeyChange(
                    c.key().name(),
                    (c.to() != null ? c.to() : c.from()).region().code(),
                    c.from() == null ? null : c.from().valueText(),
                    c.to() == null ? null : c.to().valueText()));
        }
        List<KeyChange> result = List.copyOf(list);
        if (changes.size() > CHANGE_CACHE_LIMIT) {
            changes.clear();
        }
        changes.put(k, result);
        return result;
    }

    /** Validates the facts once per program, paths relative to the line; throws if any problem. */
    private void validate(ScreeningFacts facts, PolicySnapshot snapshot) {
        Set<Violation> all = new LinkedHashSet<>();
        try {
            for (Program<?, ?> p : programs) {
                if (p.factsType() == Household.class) {
                    for (Violation v : validateAs(p, facts.household(), snapshot)) {
                        all.add(underHousehold(v));
                    }
                } else {
                    all.addAll(validateAs(p, facts, snapshot));
                }
            }
        } catch (ArithmeticException overflow) {
            all.add(InputValidator.get().violation("facts", "input.out-of-range", Map.of()));
        }
        if (!all.isEmpty()) {
            throw new InvalidInputException(List.copyOf(all));
        }
    }

    private static <I> List<Violation> validateAs(Program<I, ?> p, Object facts, PolicySnapshot snapshot) {
        return p.validate(p.factsType().cast(facts), snapshot);
    }

    private static <I> Decision<?> evaluate(Program<I, ?> p, ScreeningFacts facts, PolicySnapshot snapshot) {
        Object f = p.factsType() == Household.class ? facts.household() : facts;
        return p.evaluate(p.factsType().cast(f), snapshot);
    }

    /** A household program's paths start {@code facts}; on the line the household is {@code facts.household}. */
    static Violation underHousehold(Violation v) {
        String path = v.path();
        String moved;
        if (path.equals("facts")) {
            moved = "facts.household";
        } else if (path.startsWith("facts.") || path.startsWith("facts[")) {
            moved = "facts.household" + path.substring("facts".length());
        } else {
            moved = path;
        }
        return new Violation(moved, v.code(), v.messageZh(), v.messageEn());
    }

    private static Money paid(Decision<?> d) {
        Object r = d.result().orElse(null);
        if (r instanceof Payment p && p.paymentPeriod() == Payment.Period.MONTHLY) {
            return p.paidAmount().orElse(null);
        }
        return null;
    }

    private static boolean incomeStated(Object result) {
        return result instanceof DibaoResult
                || result instanceof EdgeResult
                || result instanceof ScreeningResult sr
                        && !sr.programs().isEmpty()
                        && incomeStated(sr.programs().get(0).result());
    }

    private static IncomeBand band(Object result) {
        if (result instanceof DibaoResult d) {
            return IncomeBand.of(d.perCapitaMonthlyIncome(), d.standard());
        }
        if (result instanceof EdgeResult e) {
            return IncomeBand.of(e.perCapitaMonthlyIncome(), e.standard());
        }
        if (result instanceof ScreeningResult sr && !sr.programs().isEmpty()) {
            return band(sr.programs().get(0).result());
        }
        return IncomeBand.UNKNOWN;
    }
}
