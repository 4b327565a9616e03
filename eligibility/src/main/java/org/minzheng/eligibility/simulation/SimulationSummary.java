package org.minzheng.eligibility.simulation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.minzheng.core.decision.Language;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.json.Json;
import org.minzheng.core.money.Money;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.core.validation.Violation;
import org.minzheng.eligibility.simulation.HouseholdComparison.KeyChange;
import org.minzheng.eligibility.simulation.HouseholdComparison.ProgramComparison;

/**
 * The totals of a simulation: a mergeable accumulator of {@link HouseholdComparison}s. Memory is
 * bounded by the number of programs, outcomes, household sizes (six or more counted together),
 * income bands and distinct reform changes, never by the number of households. Money is summed in
 * fen, exactly.
 *
 * <p>It counts, over the households decided: per program, the outcome before and after (so: eligible
 * before → after, newly eligible, no longer eligible, changes to and from UNDETERMINED), and for a
 * program that pays, the monthly cost before and after (the sum of the amounts present) and how many
 * amounts were absent; over all paying programs, the households better off, worse off, unchanged and
 * not measured (an amount absent before or after) with the total gain and loss, overall, by household
 * size and by per-capita income band ({@link IncomeBand}); and the values the reform changed with the
 * number of households each applied to.
 *
 * <p>Not thread-safe: one per thread or partition, then {@link #merge}. {@link #toJson()} and
 * {@link #fromJson(String)} round-trip losslessly; {@link #render(Language)} is the report.
 */
public final class SimulationSummary {

    /** Households of this size or more are counted together. */
    public static final int LARGEST_SIZE = 6;

    private static final Outcome[] OUTCOMES = Outcome.values();

    private final List<String> programIds;
    private final Map<String, ProgramTally> programs = new LinkedHashMap<>();
    private final Tally all = new Tally();
    private final TreeMap<Integer, Tally> bySize = new TreeMap<>();
    private final EnumMap<IncomeBand, Tally> byBand = new EnumMap<>(IncomeBand.class);
    private final TreeMap<String, ReformRow> reform = new TreeMap<>();
    private long decided;
    private long rejected;

    private SimulationSummary(List<String> programIds) {
        this.programIds = List.copyOf(programIds);
        for (String id : this.programIds) {
            programs.put(id, new ProgramTally());
        }
    }

    /**
     * Obtains an empty summary.
     *
     * @param programIds the programs compared, in order, not empty
     * @return the summary
     */
    public static SimulationSummary empty(List<String> programIds) {
        if (programIds.isEmpty()) {
            throw new IllegalArgumentException("name at least one program");
        }
        return new SimulationSummary(programIds);
    }

    /** @return the programs compared */
    public List<String> programIds() {
        return programIds;
    }

    /** @return households decided */
    public long decided() {
        return decided;
    }

    /** @return lines rejected (bad input, nothing decided) */
    public long rejectedCount() {
        return rejected;
    }

    /** @return households read: decided and rejected */
    public long read() {
        return decided + rejected;
    }

    /**
     * Counts one household.
     *
     * @param c the comparison, over the same programs in the same order
     * @return this summary
     * @throws IllegalArgumentException if it compares other programs
     */
    public SimulationSummary add(HouseholdComparison c) {
        List<ProgramComparison> ps = c.programs();
        if (ps.size() != programIds.size()) {
            throw new IllegalArgumentException("the comparison is over other programs");
        }
        for (int i = 0; i < ps.size(); i++) {
            ProgramComparison p = ps.get(i);
            if (!p.program().equals(programIds.get(i))) {
                throw new IllegalArgumentException("the comparison is over other programs");
            }
            programs.get(p.program()).add(p);
        }
        decided++;
        HouseholdComparison.Change change = c.change();
        long diff = c.difference().map(Money::fen).orElse(0L);
        all.add(change, diff);
        bySize.computeIfAbsent(Math.min(c.members(), LARGEST_SIZE), k -> new Tally())
                .add(change, diff);
        byBand.computeIfAbsent(c.band(), k -> new Tally()).add(change, diff);
        for (KeyChange k : c.reform()) {
            reform.computeIfAbsent(reformKey(k), x -> new ReformRow(k)).households++;
        }
        return this;
    }

    /**
     * Counts one rejected line.
     *
     * @return this summary
     */
    public SimulationSummary rejected() {
        rejected++;
        return this;
    }

    /**
     * Adds another summary's counts to this one.
     *
     * @param other a summary over the same programs
     * @return this summary
     * @throws IllegalArgumentException if the other compares other programs
     */
    public SimulationSummary merge(SimulationSummary other) {
        if (!other.programIds.equals(programIds)) {
            throw new IllegalArgumentException("the summaries are over other programs");
        }
        decided += other.decided;
        rejected += other.rejected;
        other.programs.forEach((id, t) -> programs.get(id).merge(t));
        all.merge(other.all);
        other.bySize.forEach(
                (k, t) -> bySize.computeIfAbsent(k, x -> new Tally()).merge(t));
        other.byBand.forEach(
                (k, t) -> byBand.computeIfAbsent(k, x -> new Tally()).merge(t));
        other.reform.forEach(
                (k, r) -> reform.computeIfAbsent(k, x -> new ReformRow(r.change)).households += r.households);
        return this;
    }

    /**
     * @param programId a program compared
     * @param before    the baseline outcome
     * @param after     the reformed outcome
     * @return the households with that pair of outcomes
     */
    public long transitions(String programId, Outcome before, Outcome after) {
        return tally(programId).transitions[before.ordinal()][after.ordinal()];
    }

    /**
     * @param programId a program compared
     * @return households eligible before the reform
     */
    public long eligibleBefore(String programId) {
        return tally(programId).before(Outcome.ELIGIBLE);
    }

    /**
     * @param programId a program compared
     * @return households eligible after the reform
     */
    public long eligibleAfter(String programId) {
        return tally(programId).after(Outcome.ELIGIBLE);
    }

    /**
     * @param programId a program compared
     * @return the monthly cost before: the sum of the amounts present (zero for a program that does not pay)
     */
    public Money costBefore(String programId) {
        return Money.ofFen(tally(programId).costBefore);
    }

    /**
     * @param programId a program compared
     * @return the monthly cost after
     */
    public Money costAfter(String programId) {
        return Money.ofFen(tally(programId).costAfter);
    }

    /** @return the monthly cost of every paying program, before */
    public Money costBefore() {
        return Money.ofFen(
                programs.values().stream().mapToLong(t -> t.costBefore).reduce(0, Math::addExact));
    }

    /** @return the monthly cost of every paying program, after */
    public Money costAfter() {
        return Money.ofFen(
                programs.values().stream().mapToLong(t -> t.costAfter).reduce(0, Math::addExact));
    }

    /**
     * @param change a kind of change
     * @return the households with it
     */
    public long households(HouseholdComparison.Change change) {
        return all.count(change);
    }

    /** @return every household decided, by how it fares */
    public Group households() {
        return all.json();
    }

    /** @return the households by size (members listed; {@value #LARGEST_SIZE} means that many or more), sizes seen only */
    public Map<Integer, Group> bySize() {
        Map<Integer, Group> m = new LinkedHashMap<>();
        bySize.forEach((k, t) -> m.put(k, t.json()));
        return m;
    }

    /** @return the households by income band, every band in order (empty groups included) */
    public Map<IncomeBand, Group> byBand() {
        Map<IncomeBand, Group> m = new EnumMap<>(IncomeBand.class);
        for (IncomeBand b : IncomeBand.values()) {
            m.put(b, byBand.getOrDefault(b, new Tally()).json());
        }
        return m;
    }

    /**
     * @param programId a program compared
     * @return true if the program's result declares a payment (seen in a household added)
     */
    public boolean pays(String programId) {
        return tally(programId).pays;
    }

    /** @return the sum of the gains of the households better off */
    public Money totalGain() {
        return Money.ofFen(all.gain);
    }

    /** @return the sum of the losses of the households worse off, as a negative amount or zero */
    public Money totalLoss() {
        return Money.ofFen(all.loss);
    }

    private ProgramTally tally(String programId) {
        ProgramTally t = programs.get(programId);
        if (t == null) {
            throw new IllegalArgumentException("not compared: " + programId);
        }
        return t;
    }

    private static String reformKey(KeyChange k) {
        return k.key() + '\u0000' + k.region() + '\u0000' + k.from() + '\u0000' + k.to();
    }

    // ---------------------------------------------------------------------------------------------
    // JSON

    /**
     * @return the summary as compact JSON (one line), fields in a fixed order, money as decimal strings;
     *         {@link #fromJson(String)} reads it back to an equal summary
     */
    public String toJson() {
        List<ProgramJson> ps = new ArrayList<>();
        programs.forEach((id, t) -> {
            Map<String, Long> tr = new LinkedHashMap<>();
            for (Outcome b : OUTCOMES) {
                for (Outcome a : OUTCOMES) {
                    long n = t.transitions[b.ordinal()][a.ordinal()];
                    if (n != 0) {
                        tr.put(b.name() + ">" + a.name(), n);
                    }
                }
            }
            ps.add(new ProgramJson(
                    id,
                    t.pays,
                    tr,
                    Money.ofFen(t.costBefore),
                    Money.ofFen(t.costAfter),
                    t.absentBefore,
                    t.absentAfter));
        });
        Map<String, Group> sizes = new LinkedHashMap<>();
        bySize.forEach((k, t) -> sizes.put(sizeLabel(k), t.json()));
        Map<String, Group> bands = new LinkedHashMap<>();
        byBand.forEach((k, t) -> bands.put(k.name(), t.json()));
        List<ReformJson> rs = new ArrayList<>();
        reform.values()
                .forEach(r -> rs.add(new ReformJson(
                        r.change.key(), r.change.region(), r.change.from(), r.change.to(), r.households)));
        return Json.compact(new SummaryJson(programIds, decided, rejected, ps, all.json(), sizes, bands, rs));
    }

    /**
     * Reads a summary written by {@link #toJson()}.
     *
     * @param json the JSON, not null
     * @return the summary
     * @throws InvalidInputException if it is not such a summary (paths, never values)
     */
    public static SimulationSummary fromJson(String json) {
        SummaryJson j = Json.convert(Json.readTree(json, "$"), SummaryJson.class, "$");
        try {
            SimulationSummary s = empty(j.programs());
            s.decided = j.decided();
            s.rejected = j.rejected();
            if (j.perProgram().size() != j.programs().size()) {
                throw new IllegalArgumentException("perProgram");
            }
            for (ProgramJson p : j.perProgram()) {
                ProgramTally t = s.tally(p.program());
                t.pays = p.pays();
                p.transitions().forEach((k, n) -> {
                    int gt = k.indexOf('>');
                    t.transitions[Outcome.valueOf(k.substring(0, gt)).ordinal()][
                            Outcome.valueOf(k.substring(gt + 1)).ordinal()] = n;
                });
                t.costBefore = p.costBefore().fen();
                t.costAfter = p.costAfter().fen();
                t.absentBefore = p.absentBefore();
                t.absentAfter = p.absentAfter();
            }
            s.all.set(j.households());
            j.bySize().forEach((k, t) -> s.bySize.put(parseSize(k), Tally.of(t)));
            j.byBand().forEach((k, t) -> s.byBand.put(IncomeBand.valueOf(k), Tally.of(t)));
            for (ReformJson r : j.reform()) {
                KeyChange k = new KeyChange(r.key(), r.region(), r.from(), r.to());
                ReformRow row = new ReformRow(k);
                row.households = r.households();
                s.reform.put(reformKey(k), row);
            }
            return s;
        } catch (RuntimeException e) {
            throw new InvalidInputException(List.of(new Violation(
                    "$", "simulation.summary", "不是 simulate 写出的汇总", "is not a summary written by simulate")));
        }
    }

    private static String sizeLabel(int size) {
        return size >= LARGEST_SIZE ? LARGEST_SIZE + "+" : Integer.toString(size);
    }

    private static int parseSize(String label) {
        int n = Integer.parseInt(label.endsWith("+") ? label.substring(0, label.length() - 1) : label);
        if (n < 1 || n > LARGEST_SIZE || label.endsWith("+") != (n == LARGEST_SIZE)) {
            throw new IllegalArgumentException("size");
        }
        return n;
    }

    @JsonPropertyOrder({"programs", "decided", "rejected", "perProgram", "households", "bySize", "byBand", "reform"})
    record SummaryJson(
            List<String> programs,
            long decided,
            long rejected,
            List<ProgramJson> perProgram,
            Group households,
            Map<String, Group> bySize,
            Map<String, Group> byBand,
            List<ReformJson> reform) {}

    @JsonPropertyOrder({"program", "pays", "transitions", "costBefore", "costAfter", "absentBefore", "absentAfter"})
    record ProgramJson(
            String program,
            boolean pays,
            Map<String, Long> transitions,
            Money costBefore,
            Money costAfter,
            long absentBefore,
            long absentAfter) {}

    /**
     * The households of one group (all, one household size, one income band) by how they fare.
     *
     * @param households  households counted
     * @param betterOff   households whose paying programs' amounts rose in sum
     * @param worseOff    households whose sum fell
     * @param unchanged   households whose sum stayed the same
     * @param notMeasured households with an amount absent before or after
     * @param gain        the total monthly gain of the households better off
     * @param loss        the total monthly loss of the households worse off, negative or zero
     */
    @JsonPropertyOrder({"households", "betterOff", "worseOff", "unchanged", "notMeasured", "gain", "loss"})
    public record Group(
            long households, long betterOff, long worseOff, long unchanged, long notMeasured, Money gain, Money loss) {}

    @JsonPropertyOrder({"key", "region", "from", "to", "households"})
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record ReformJson(String key, String region, String from, String to, long households) {}

    // ---------------------------------------------------------------------------------------------
    // Report

    /**
     * Renders the report: plain labelled lines ({@code label: value}) that a script can read, such as
     * {@code newly eligible: 412} and {@code monthly cost: 1,234,567.00 → 1,301,222.00 (+66,655.00)}.
     * Labels come from the bundle {@code org.minzheng.eligibility.simulation.summary} in the language
     * asked for; counts are plain integers, money has thousands separators and two decimals,
     * independent of the default locale.
     *
     * @param lang the language, not null
     * @return the report, lines ending in {@code \n}
     */
    public String render(Language lang) {
        Objects.requireNonNull(lang, "lang");
        Labels l = new Labels(lang);
        StringBuilder sb = new StringBuilder();
        l.line(sb, "households.read", Long.toString(read()));
        l.line(sb, "households.decided", Long.toString(decided));
        l.line(sb, "households.rejected", Long.toString(rejected));
        sb.append('\n').append(l.get("reform"));
        sb.append(reform.isEmpty() ? l.colon() + l.get("none") : l.colon().strip())
                .append('\n');
        for (ReformRow r : reform.values()) {
            sb.append("  ")
                    .append(r.change.key())
                    .append(" (")
                    .append(r.change.region())
                    .append(")")
                    .append(l.colon())
                    .append(r.change.from() == null ? "-" : r.change.from())
                    .append(" → ")
                    .append(r.change.to() == null ? "-" : r.change.to())
                    .append(" [")
                    .append(l.format("reform.households", r.households))
                    .append("]\n");
        }
        for (Map.Entry<String, ProgramTally> e : programs.entrySet()) {
            ProgramTally t = e.getValue();
            sb.append('\n')
                    .append(l.get("program"))
                    .append(l.colon())
                    .append(e.getKey())
                    .append('\n');
            long eb = t.before(Outcome.ELIGIBLE);
            long ea = t.after(Outcome.ELIGIBLE);
            l.line(sb, "eligible", eb + " → " + ea + " (" + signed(ea - eb) + ")");
            l.line(
                    sb,
                    "newly-eligible",
                    Long.toString(ea - t.transitions[Outcome.ELIGIBLE.ordinal()][Outcome.ELIGIBLE.ordinal()]));
            l.line(
                    sb,
                    "no-longer-eligible",
                    Long.toString(eb - t.transitions[Outcome.ELIGIBLE.ordinal()][Outcome.ELIGIBLE.ordinal()]));
            long stayU = t.transitions[Outcome.UNDETERMINED.ordinal()][Outcome.UNDETERMINED.ordinal()];
            l.line(sb, "to-undetermined", Long.toString(t.after(Outcome.UNDETERMINED) - stayU));
            l.line(sb, "from-undetermined", Long.toString(t.before(Outcome.UNDETERMINED) - stayU));
            if (t.pays) {
                l.line(sb, "monthly-cost", costLine(t.costBefore, t.costAfter));
                l.line(sb, "amount-absent", t.absentBefore + " → " + t.absentAfter);
            }
        }
        sb.append('\n').append(l.get("all")).append('\n');
        l.line(sb, "monthly-cost", costLine(costBefore().fen(), costAfter().fen()));
        l.line(sb, "better-off", all.better + " (" + money(all.gain, true) + ")");
        l.line(sb, "worse-off", all.worse + " (" + money(all.loss, true) + ")");
        l.line(sb, "unchanged", Long.toString(all.unchanged));
        l.line(sb, "not-measured", Long.toString(all.notMeasured));
        sb.append('\n').append(l.get("by-size")).append('\n');
        bySize.forEach((k, t) -> t.render(sb, l, l.get("size") + " " + sizeLabel(k)));
        sb.append('\n').append(l.get("by-band")).append('\n');
        byBand.forEach((k, t) ->
                t.render(sb, l, l.get("band") + " " + (k == IncomeBand.UNKNOWN ? l.get("band.unknown") : k.label())));
        return sb.toString();
    }

    private static String costLine(long before, long after) {
        return money(before, false) + " → " + money(after, false) + " (" + money(after - before, true) + ")";
    }

    private static String signed(long n) {
        return n > 0 ? "+" + n : Long.toString(n);
    }

    /**
     * Formats an amount as the report writes it: yuan with thousands separators and two decimals,
     * independent of the default locale ({@code 1,234,567.00}); with a sign when asked
     * ({@code +66,655.00}, {@code -5.00}, {@code 0.00}).
     *
     * @param m    the amount, not null
     * @param sign true to write {@code +} before a positive amount
     * @return the text
     */
    public static String format(Money m, boolean sign) {
        return money(m.fen(), sign);
    }

    /**
     * Formats fen as yuan with thousands separators and two decimals, locale-independent:
     * {@code 1,234,567.00}; with a sign when asked ({@code +66,655.00}, {@code -5.00}, {@code 0.00}).
     */
    static String money(long fen, boolean sign) {
        String plain = Money.ofFen(Math.abs(fen)).toString();
        int dot = plain.indexOf('.');
        StringBuilder sb = new StringBuilder(plain.length() + plain.length() / 3 + 1);
        for (int i = 0; i < dot; i++) {
            if (i > 0 && (dot - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(plain.charAt(i));
        }
        sb.append(plain, dot, plain.length());
        if (fen < 0) {
            sb.insert(0, '-');
        } else if (sign && fen > 0) {
            sb.insert(0, '+');
        }
        return sb.toString();
    }

    /** The labels of one language. */
    private static final class Labels {
        private final ResourceBundle bundle;
        private final Language lang;

        Labels(Language lang) {
            this.lang = lang;
            this.bundle = ResourceBundle.getBundle(
                    "org.minzheng.eligibility.simulation.summary",
                    lang.locale(),
                    SimulationSummary.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }

        String get(String key) {
            return bundle.getString(key);
        }

        String colon() {
            return lang == Language.ZH ? "：" : ": ";
        }

        String format(String key, long n) {
            return get(key).replace("{n}", Long.toString(n));
        }

        void line(StringBuilder sb, String key, String value) {
            sb.append(get(key)).append(colon()).append(value).append('\n');
        }
    }

    /** Outcomes and money of one program. */
    private static final class ProgramTally {
        final long[][] transitions = new long[OUTCOMES.length][OUTCOMES.length];
        boolean pays;
        long costBefore;
        long costAfter;
        long absentBefore;
        long absentAfter;

        void add(ProgramComparison p) {
            transitions[p.before().ordinal()][p.after().ordinal()]++;
            if (p.pays()) {
                pays = true;
                if (p.amountBefore() == null) {
                    absentBefore++;
                } else {
                    costBefore = Math.addExact(costBefore, p.amountBefore().fen());
                }
                if (p.amountAfter() == null) {
                    absentAfter++;
                } else {
                    costAfter = Math.addExact(costAfter, p.amountAfter().fen());
                }
            }
        }

        void merge(ProgramTally o) {
            for (int b = 0; b < OUTCOMES.length; b++) {
                for (int a = 0; a < OUTCOMES.length; a++) {
                    transitions[b][a] += o.transitions[b][a];
                }
            }
            pays |= o.pays;
            costBefore = Math.addExact(costBefore, o.costBefore);
            costAfter = Math.addExact(costAfter, o.costAfter);
            absentBefore += o.absentBefore;
            absentAfter += o.absentAfter;
        }

        long before(Outcome o) {
            long n = 0;
            for (long x : transitions[o.ordinal()]) {
                n += x;
            }
            return n;
        }

        long after(Outcome o) {
            long n = 0;
            for (long[] row : transitions) {
                n += row[o.ordinal()];
            }
            return n;
        }
    }

    /** Households by how they fare, with the total gain and loss. */
    private static final class Tally {
        long better;
        long worse;
        long unchanged;
        long notMeasured;
        long gain;
        long loss;

        void add(HouseholdComparison.Change change, long diffFen) {
            switch (change) {
                case BETTER_OFF -> {
                    better++;
                    gain = Math.addExact(gain, diffFen);
                }
                case WORSE_OFF -> {
                    worse++;
                    loss = Math.addExact(loss, diffFen);
                }
                case UNCHANGED -> unchanged++;
                case NOT_MEASURED -> notMeasured++;
            }
        }

        void merge(Tally o) {
            better += o.better;
            worse += o.worse;
            unchanged += o.unchanged;
            notMeasured += o.notMeasured;
            gain = Math.addExact(gain, o.gain);
            loss = Math.addExact(loss, o.loss);
        }

        long count(HouseholdComparison.Change change) {
            return switch (change) {
                case BETTER_OFF -> better;
                case WORSE_OFF -> worse;
                case UNCHANGED -> unchanged;
                case NOT_MEASURED -> notMeasured;
            };
        }

        long households() {
            return better + worse + unchanged + notMeasured;
        }

        Group json() {
            return new Group(households(), better, worse, unchanged, notMeasured, Money.ofFen(gain), Money.ofFen(loss));
        }

        void set(Group j) {
            if (j.households() != j.betterOff() + j.worseOff() + j.unchanged() + j.notMeasured()) {
                throw new IllegalArgumentException("households");
            }
            better = j.betterOff();
            worse = j.worseOff();
            unchanged = j.unchanged();
            notMeasured = j.notMeasured();
            gain = j.gain().fen();
            loss = j.loss().fen();
        }

        static Tally of(Group j) {
            Tally t = new Tally();
            t.set(j);
            return t;
        }

        void render(StringBuilder sb, Labels l, String label) {
            sb.append("  ")
                    .append(label)
                    .append(l.colon())
                    .append(l.get("households"))
                    .append(' ')
                    .append(households())
                    .append(", ")
                    .append(l.get("better-off"))
                    .append(' ')
                    .append(better)
                    .append(" (")
                    .append(money(gain, true))
                    .append("), ")
                    .append(l.get("worse-off"))
                    .append(' ')
                    .append(worse)
                    .append(" (")
                    .append(money(loss, true))
                    .append("), ")
                    .append(l.get("unchanged"))
                    .append(' ')
                    .append(unchanged)
                    .append(", ")
                    .append(l.get("not-measured"))
                    .append(' ')
                    .append(notMeasured)
                    .append('\n');
        }
    }

    /** A reform change and the households it applied to. */
    private static final class ReformRow {
        final KeyChange change;
        long households;

        ReformRow(KeyChange change) {
            this.change = change;
        }
    }

    /** @return the rendered report in English, for debugging */
    @Override
    public String toString() {
        return "SimulationSummary[" + decided + " decided, " + rejected + " rejected, " + Locale.ROOT + "]";
    }
}
