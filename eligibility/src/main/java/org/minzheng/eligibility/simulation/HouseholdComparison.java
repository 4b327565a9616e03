package org.minzheng.eligibility.simulation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.json.Json;
import org.minzheng.core.money.Money;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.validation.InvalidInputException;

/**
 * One household decided twice, under the baseline book and under the reformed one: for each
 * program compared, both outcomes and both monthly amounts and their difference. Immutable.
 *
 * <p>A program's amount is the amount its result declares paid ({@link org.minzheng.core.decision.Payment}):
 * the amount when granted, zero when refused, absent when the outcome is UNDETERMINED or
 * NEEDS_REVIEW or the amount needs a rounding that is not configured. A program whose result
 * declares no payment (the edge family, the screening) has no amount: only its outcome counts.
 *
 * @param id      the household's id as the line gave it (never personal data: the reader refuses one that
 *                looks like an identity number or a name), null if the line had none
 * @param region  the region decided at, not null
 * @param date    the decision date, not null
 * @param members the number of members listed in the household (its size), at least 1
 * @param band    the per-capita income band of the baseline decision, not null
 * @param programs one comparison per program, in the simulation's order, not null
 * @param reform  the values the reform changed at this region and date (what {@code params --diff} shows), not null
 */
public record HouseholdComparison(
        String id,
        RegionCode region,
        LocalDate date,
        int members,
        IncomeBand band,
        List<ProgramComparison> programs,
        List<KeyChange> reform) {

    /** How the household fares under the reform, over the programs that pay. */
    public enum Change {
        /** The sum of the paying programs' amounts rises. */
        BETTER_OFF,
        /** It falls. */
        WORSE_OFF,
        /** It stays the same. */
        UNCHANGED,
        /** An amount is absent before or after (not decided, or its rounding not configured): not measured. */
        NOT_MEASURED
    }

    /** Checks and copies the components. */
    public HouseholdComparison {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(band, "band");
        programs = List.copyOf(programs);
        reform = List.copyOf(reform);
        if (members < 1) {
            throw new IllegalArgumentException("members must be at least 1");
        }
    }

    /**
     * One program's two decisions.
     *
     * @param program      the program id, not null
     * @param pays         true if the program's result declares a monthly payment
     * @param before       the baseline outcome, not null
     * @param after        the reformed outcome, not null
     * @param amountBefore the baseline monthly amount, null when absent (and always when the program does not pay)
     * @param amountAfter  the reformed monthly amount, null when absent
     */
    public record ProgramComparison(
            String program, boolean pays, Outcome before, Outcome after, Money amountBefore, Money amountAfter) {

        /** Checks the components. */
        public ProgramComparison {
            Objects.requireNonNull(program, "program");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            if (!pays && (amountBefore != null || amountAfter != null)) {
                throw new IllegalArgumentException(program + ": a program that does not pay has no amount");
            }
        }

        /** @return after − before, when both amounts are present */
        public Optional<Money> difference() {
            return amountBefore == null || amountAfter == null
                    ? Optional.empty()
                    : Optional.of(amountAfter.minus(amountBefore));
        }

        /** @return true if the program pays and an amount is absent before or after */
        public boolean notMeasured() {
            return pays && (amountBefore == null || amountAfter == null);
        }
    }

    /**
     * A value the reform changed, as text.
     *
     * @param key    the key, not null
     * @param region the region of the value in force (the reformed one, or the baseline one if removed), not null
     * @param from   the baseline value's text, null if the reform adds the key
     * @param to     the reformed value's text, null if the reform removes it
     */
    @JsonPropertyOrder({"key", "region", "from", "to"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record KeyChange(String key, String region, String from, String to) {

        /** Checks the components. */
        public KeyChange {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(region, "region");
        }
    }

    /**
     * @param programId a program id
     * @return that program's comparison
     * @throws IllegalArgumentException if the program was not compared
     */
    public ProgramComparison program(String programId) {
        for (ProgramComparison p : programs) {
            if (p.program().equals(programId)) {
                return p;
            }
        }
        throw new IllegalArgumentException("not compared: " + programId);
    }

    /** @return the change in the sum of the paying programs' amounts, empty when {@link Change#NOT_MEASURED} */
    public Optional<Money> difference() {
        long fen = 0;
        for (ProgramComparison p : programs) {
            if (p.notMeasured()) {
                return Optional.empty();
            }
            if (p.pays()) {
                fen = Math.addExact(
                        fen, p.amountAfter().fen() - p.amountBefore().fen());
            }
        }
        return Optional.of(Money.ofFen(fen));
    }

    /** @return how the household fares */
    public Change change() {
        Optional<Money> d = difference();
        if (d.isEmpty()) {
            return Change.NOT_MEASURED;
        }
        return d.get().isPositive() ? Change.BETTER_OFF : d.get().isNegative() ? Change.WORSE_OFF : Change.UNCHANGED;
    }

    /**
     * Writes the {@code minzheng simulate --out} line: compact JSON, one line, fields in a fixed order, money as
     * decimal strings, absent values left out. {@link #fromJsonLine(String)} reads it back to an equal value.
     *
     * @return the line, without a line end
     */
    public String toJsonLine() {
        List<ProgramLine> ps = new ArrayList<>(programs.size());
        for (ProgramComparison p : programs) {
            ps.add(new ProgramLine(
                    p.program(),
                    p.pays(),
                    p.before(),
                    p.after(),
                    p.amountBefore(),
                    p.amountAfter(),
                    p.difference().orElse(null)));
        }
        return Json.compact(new Line(
                id, region.code(), date, members, band, ps, difference().orElse(null), change(), reform));
    }

    /**
     * Reads a line written by {@link #toJsonLine()}.
     *
     * @param line the line, not null
     * @return the comparison
     * @throws InvalidInputException if it is not such a line (paths, never values), or its derived fields
     *                               ({@code difference}, {@code change}) disagree with its amounts
     */
    public static HouseholdComparison fromJsonLine(String line) {
        Line l = Json.convert(Json.readTree(line, "$"), Line.class, "$");
        List<ProgramComparison> ps = new ArrayList<>(l.programs().size());
        for (ProgramLine p : l.programs()) {
            ps.add(new ProgramComparison(
                    p.program(), p.pays(), p.before(), p.after(), p.amountBefore(), p.amountAfter()));
        }
        HouseholdComparison c;
        try {
            c = new HouseholdComparison(
                    l.id(), RegionCode.of(l.region()), l.date(), l.members(), l.band(), ps, l.reform());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(List.of(new org.minzheng.core.validation.Violation(
                    "$", "simulation.line", "不是 simulate 输出的行", "is not a line written by simulate")));
        }
        if (!Objects.equals(c.difference().orElse(null), l.difference()) || c.change() != l.change()) {
            throw new InvalidInputException(List.of(new org.minzheng.core.validation.Violation(
                    "difference", "simulation.line", "与各项金额不符", "does not agree with the amounts")));
        }
        return c;
    }

    @JsonPropertyOrder({"id", "region", "date", "members", "band", "programs", "difference", "change", "reform"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Line(
            String id,
            String region,
            LocalDate date,
            int members,
            IncomeBand band,
            List<ProgramLine> programs,
            Money difference,
            Change change,
            List<KeyChange> reform) {}

    @JsonPropertyOrder({"program", "pays", "before", "after", "amountBefore", "amountAfter", "difference"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ProgramLine(
            String program,
            boolean pays,
            Outcome before,
            Outcome after,
            Money amountBefore,
            Money amountAfter,
            Money difference) {}
}
