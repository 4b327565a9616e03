package org.minzheng.core.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import org.minzheng.core.region.RegionCode;

/**
 * A parameter a decision needed that is not configured for its region and date. The integrator
 * supplies it in an overlay pack file.
 *
 * <p>A missing value either <em>blocks the outcome</em> (the outcome depends on it, so the
 * condition that reads it is UNDETERMINED) or only <em>blanks a detail</em>: the outcome is
 * decided and the result fields that depend on the value ({@link #absentFields()}, such as
 * {@code monthlyAmount}) are absent. See {@code docs/writing-a-program.md}, "When a missing value
 * blocks the outcome".
 *
 * @param key          the key name, not null
 * @param unit         the key's unit, not null
 * @param region       the region of the decision, not null
 * @param absentFields the result fields left absent because the value is missing, in the order
 *                     first recorded; empty when the value blocks the outcome; not null
 */
@JsonPropertyOrder({"key", "unit", "region", "absentFields"})
public record MissingParameter(
        String key,
        String unit,
        RegionCode region,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> absentFields) {

    /** Validates the components. */
    public MissingParameter {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(region, "region");
        absentFields = List.copyOf(absentFields);
    }

    /**
     * A missing value the outcome depends on.
     *
     * @param key    the key name, not null
     * @param unit   the key's unit, not null
     * @param region the region of the decision, not null
     */
    public MissingParameter(String key, String unit, RegionCode region) {
        this(key, unit, region, List.of());
    }

    /** @return true if the outcome depends on the value (no decision could be made without it) */
    public boolean blocksOutcome() {
        return absentFields.isEmpty();
    }

    /**
     * Combines two records of the same key: a value that blocks the outcome anywhere blocks it;
     * otherwise the absent fields of both, each once.
     *
     * @param other a record of the same key, not null
     * @return the combined record (this one if nothing changes)
     */
    MissingParameter merge(MissingParameter other) {
        if (blocksOutcome()) {
            return this;
        }
        if (other.blocksOutcome()) {
            return other;
        }
        if (absentFields.containsAll(other.absentFields)) {
            return this;
        }
        java.util.ArrayList<String> fields = new java.util.ArrayList<>(absentFields);
        for (String f : other.absentFields) {
            if (!fields.contains(f)) {
                fields.add(f);
            }
        }
        return new MissingParameter(key, unit, region, fields);
    }
}
