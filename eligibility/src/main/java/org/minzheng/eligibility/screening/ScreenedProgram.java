package org.minzheng.eligibility.screening;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import org.minzheng.core.decision.Describable;
import org.minzheng.core.decision.Outcome;

/**
 * One program screened and its outcome, as the {@code program} fact of the screening's finding: in
 * JSON the program's id (as before); in an explanation one sentence per program and outcome
 * ({@code assistance-screening.outcome.<program>.<OUTCOME>}, e.g. "符合低保条件，建议转低保审核"),
 * so that the reader sees the program's name and what follows, not its id and a yes/no.
 *
 * @param id      the program's id, not null
 * @param outcome the program's outcome, not null
 */
record ScreenedProgram(String id, Outcome outcome) implements Describable {

    @JsonValue
    @Override
    public String id() {
        return id;
    }

    @Override
    public String messageKey() {
        return "assistance-screening.outcome." + id + "." + outcome.name();
    }

    @Override
    public Map<String, Object> messageFacts() {
        return Map.of();
    }

    @Override
    public String toString() {
        return id;
    }
}
