package org.minzheng.eldercare.assessment.legacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.minzheng.core.decision.Note;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.eldercare.assessment.AdjustmentStacking;

/**
 * The overall level of an MZ/T 039-2013 《老年人能力评估》 record (superseded industry standard;
 * for old records only; new assessments use GB/T 42195-2022).
 *
 * <p>What the sources give (REFERENCE.md §6.2, medium), and so what is implemented:
 * <ul>
 *   <li>decision card, "intact" row: ADL, mental-state and perception-and-communication grades all
 *       0 and social participation 0 or 1 → 0 能力完好;</li>
 *   <li>a person in a coma → 重度失能 (level 3, the top of the scale) directly;</li>
 *   <li>dementia or mental illness → one level up; two or more falls, choking episodes, suicide
 *       attempts or wanderings in 30 days → one level up; no raise beyond 重度失能.</li>
 * </ul>
 * Every other row of the card is not given, so such records are refused: the result has no
 * level and its last step says why. Whether the two raises add up is not given either; the caller
 * passes a reading or gets no level where the readings differ.
 */
public final class Mzt039Scheme {

    /** Risk events in 30 days from which the level is raised. */
    public static final int RISK_EVENT_THRESHOLD = 2;

    private Mzt039Scheme() {}

    /**
     * Determines the level of an old record.
     *
     * @param a        the record's grades and inputs, not null
     * @param stacking how the two raises combine, if the caller has a reading; empty to refuse
     *                 where the readings differ
     * @return the determination, not null
     */
    public static LegacyDetermination determine(LegacyAssessment a, Optional<AdjustmentStacking> stacking) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(stacking, "stacking");
        List<Note> steps = new ArrayList<>();
        LegacyLevel initial = initialLevel(a, steps);
        if (a.coma()) {
            steps.add(new Note("mzt039.coma", RuleContext.facts("level", LegacyLevel.SEVERE)));
            return new LegacyDetermination(initial, LegacyLevel.SEVERE, steps);
        }
        if (initial == null) {
            return new LegacyDetermination(null, null, steps);
        }
        int clauses = 0;
        if (a.dementiaOrMentalIllness()) {
            clauses++;
            steps.add(new Note("mzt039.mental-illness", RuleContext.facts()));
        }
        if (a.riskEventsLast30Days() >= RISK_EVENT_THRESHOLD) {
            clauses++;
            steps.add(new Note(
                    "mzt039.risk-events",
                    RuleContext.facts("events", a.riskEventsLast30Days(), "threshold", RISK_EVENT_THRESHOLD)));
        }
        LegacyLevel cumulative = initial.raisedBy(AdjustmentStacking.CUMULATIVE.steps(clauses));
        LegacyLevel oneStep = initial.raisedBy(AdjustmentStacking.ONE_STEP.steps(clauses));
        LegacyLevel result;
        if (cumulative == oneStep) {
            result = cumulative;
        } else if (stacking.isEmpty()) {
            steps.add(new Note(
                    "mzt039.stacking-not-given", RuleContext.facts("ifCumulative", cumulative, "ifOneStep", oneStep)));
            return new LegacyDetermination(initial, null, steps);
        } else {
            result = stacking.get() == AdjustmentStacking.CUMULATIVE ? cumulative : oneStep;
            steps.add(new Note("mzt039.stacking", RuleContext.facts("stacking", stacking.get())));
        }
        steps.add(new Note("mzt039.final", RuleContext.facts("level", result, "initialLevel", initial)));
        return new LegacyDetermination(initial, result, steps);
    }

    /** The decision card, as far as the sources give it: only the "intact" row. */
    private static LegacyLevel initialLevel(LegacyAssessment a, List<Note> steps) {
        if (a.adlGrade() == 0
                && a.mentalStateGrade() == 0
                && a.perceptionCommunicationGrade() == 0
                && a.socialParticipationGrade() <= 1) {
            steps.add(new Note("mzt039.initial-intact", RuleContext.facts("social", a.socialParticipationGrade())));
            return LegacyLevel.INTACT;
        }
        steps.add(new Note(
                "mzt039.card-row-not-given",
                RuleContext.facts(
                        "adl",
                        a.adlGrade(),
                        "mental",
                        a.mentalStateGrade(),
                        "perception",
                        a.perceptionCommunicationGrade(),
                        "social",
                        a.socialParticipationGrade())));
        return null;
    }
}
