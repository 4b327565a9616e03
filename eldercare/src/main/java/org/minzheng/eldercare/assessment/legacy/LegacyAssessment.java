package org.minzheng.eldercare.assessment.legacy;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.core.validation.Violation;
import org.minzheng.eldercare.EldercareValidation;

/**
 * The facts of an MZ/T 039-2013 assessment as an old record holds them: the grade (0–3) of each
 * of the four domains — 日常生活活动 (activities of daily living), 精神状态 (mental state),
 * 感知觉与沟通 (perception and communication), 社会参与 (social participation) — and the inputs of
 * the level-change clauses.
 *
 * @param adlGrade                     日常生活活动 grade, 0–3
 * @param mentalStateGrade             精神状态 grade, 0–3
 * @param perceptionCommunicationGrade 感知觉与沟通 grade, 0–3
 * @param socialParticipationGrade     社会参与 grade, 0–3
 * @param coma                         in a coma (昏迷)
 * @param dementiaOrMentalIllness      has cognitive impairment / dementia or a mental illness
 * @param riskEventsLast30Days         falls, choking, suicide attempts and wandering episodes in the last 30 days
 */
@JsonPropertyOrder({
    "adlGrade",
    "mentalStateGrade",
    "perceptionCommunicationGrade",
    "socialParticipationGrade",
    "coma",
    "dementiaOrMentalIllness",
    "riskEventsLast30Days"
})
public record LegacyAssessment(
        int adlGrade,
        int mentalStateGrade,
        int perceptionCommunicationGrade,
        int socialParticipationGrade,
        boolean coma,
        boolean dementiaOrMentalIllness,
        int riskEventsLast30Days) {

    /**
     * Checks every component.
     *
     * @throws InvalidInputException listing every grade outside 0–3 and a negative event count
     */
    public LegacyAssessment {
        List<Violation> vs = new ArrayList<>();
        grade(vs, "adlGrade", adlGrade);
        grade(vs, "mentalStateGrade", mentalStateGrade);
        grade(vs, "perceptionCommunicationGrade", perceptionCommunicationGrade);
        grade(vs, "socialParticipationGrade", socialParticipationGrade);
        if (riskEventsLast30Days < 0) {
            vs.add(EldercareValidation.violation("legacy.riskEventsLast30Days", "legacy.event-count-negative"));
        }
        if (!vs.isEmpty()) {
            throw new InvalidInputException(vs);
        }
    }

    private static void grade(List<Violation> vs, String field, int value) {
        if (value < 0 || value > 3) {
            vs.add(EldercareValidation.violation("legacy." + field, "legacy.grade-out-of-range"));
        }
    }
}
