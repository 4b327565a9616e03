package org.minzheng.eldercare.assessment;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.minzheng.core.style.MinzhengStyle;

/**
 * The facts of one ability assessment under GB/T 42195-2022: a score for every one of the 26
 * items, whether the person is in a coma (A.5.11), the diagnoses (A.4.1) and the care-risk
 * events of the last 30 days (A.2.14). Names and identity numbers are not facts; the
 * {@link AssessmentRecord} carries who was assessed, by whom and where.
 *
 * <p>Every item must be present and within 0 and its own maximum; event counts must not be
 * negative; diagnoses must be accepted ICD-10 codes. The program lists every violation and
 * decides nothing when one is found.
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableAbilityAssessment.class)
@JsonDeserialize(as = ImmutableAbilityAssessment.class)
public interface AbilityAssessment {

    /** @return the score of each item, all 26 present */
    Map<AbilityItem, Integer> itemScores();

    /** @return true if the person is in a coma (昏迷, A.5.11) */
    @Value.Default
    default boolean coma() {
        return false;
    }

    /** @return the diagnoses on the form (A.4.1) */
    List<@Valid @NotNull Diagnosis> diagnoses();

    /** @return how many care-risk events of each type happened in the last 30 days (A.2.14) */
    Map<CareRiskEventType, Integer> careRiskEventsLast30Days();
}
