package org.minzheng.core.decision;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.minzheng.core.region.RegionCode;

/**
 * A parameter a decision needed that is not configured for its region and date: the reason
 * for an UNDETERMINED outcome. The integrator supplies it in an overlay pack file.
 *
 * @param key    the key name, not null
 * @param unit   the key's unit, not null
 * @param region the region of the decision, not null
 */
@JsonPropertyOrder({"key", "unit", "region"})
public record MissingParameter(String key, String unit, RegionCode region) {

    /** Validates the components. */
    public MissingParameter {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(region, "region");
    }
}
