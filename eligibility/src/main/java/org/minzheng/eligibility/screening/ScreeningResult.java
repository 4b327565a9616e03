package org.minzheng.eligibility.screening;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.minzheng.core.decision.Outcome;

/**
 * The result of a screening: the programs in precedence order with their outcomes, the one that
 * applies (the first eligible), and the early-warning signals raised.
 *
 * @param primary  the program that applies, the first eligible in precedence order, null if none
 * @param programs every program run, in precedence order
 * @param signals  the early-warning signals raised, each with the program it points to
 */
@JsonPropertyOrder({"primary", "programs", "signals"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScreeningResult(String primary, List<ProgramOutcome> programs, List<Signal> signals) {

    /**
     * One program's outcome within the screening.
     *
     * @param program the program id
     * @param outcome its outcome
     * @param result  its result, if any
     */
    @JsonPropertyOrder({"program", "outcome", "result"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProgramOutcome(String program, Outcome outcome, Object result) {}

    /**
     * An early-warning signal.
     *
     * @param kind      what was seen
     * @param pointsTo  the programs the household should be checked for
     */
    @JsonPropertyOrder({"kind", "pointsTo"})
    public record Signal(SignalKind kind, List<String> pointsTo) {}

    /** Kinds of early-warning signal. */
    public enum SignalKind {
        /** The household's own medical spending over 12 months is high against its income. */
        MEDICAL_SPENDING,
        /** The household's monthly income dropped sharply since the previous check. */
        INCOME_DROP
    }
}
