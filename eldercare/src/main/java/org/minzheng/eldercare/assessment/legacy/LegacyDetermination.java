package org.minzheng.eldercare.assessment.legacy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.minzheng.core.decision.Note;

/**
 * What MZ/T 039-2013 gives for one old record, step by step. Each step is a {@link Note} whose
 * code is a message of the eldercare bundle ({@code mzt039.*}), so it renders in zh and en with
 * {@link org.minzheng.core.decision.Explainer#text}.
 *
 * @param initialLevel the initial level from the decision card, null where the sources do not give the row
 * @param finalLevel   the final level, null when it cannot be determined without guessing
 * @param steps        the steps, in order, not null
 */
@JsonPropertyOrder({"initialLevel", "finalLevel", "steps"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LegacyDetermination(LegacyLevel initialLevel, LegacyLevel finalLevel, List<Note> steps) {

    /** Copies the steps. */
    public LegacyDetermination {
        steps = List.copyOf(steps);
    }

    /** @return true if the final level is determined */
    public boolean determined() {
        return finalLevel != null;
    }

    /** @return the final level, empty when undetermined (the last step says why) */
    public Optional<LegacyLevel> finalLevelIfDetermined() {
        return Optional.ofNullable(finalLevel);
    }
}
