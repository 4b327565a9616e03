package org.minzheng.core.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.policy.ParameterValue;
import org.minzheng.core.policy.Provenance;
import org.minzheng.core.region.RegionCode;

/**
 * A parameter value a decision read, as written to the decision record.
 *
 * @param key      the key name
 * @param value    the value's canonical text
 * @param unit     the unit
 * @param region   the region that sets the value (the decision's region or an ancestor)
 * @param since    the first date the value applies
 * @param until    the first date it no longer applies, null if open
 * @param grade    the provenance grade
 * @param citation the source
 * @param pack     the name of the pack that set the value (shipped, or an overlay's own name)
 * @param source   the pack row's {@code file:line} (a class-path resource path or an overlay's file
 *                 name, never an absolute path)
 */
@JsonPropertyOrder({"key", "value", "unit", "region", "since", "until", "grade", "citation", "pack", "source"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParameterUse(
        String key,
        String value,
        String unit,
        RegionCode region,
        LocalDate since,
        LocalDate until,
        Provenance grade,
        Citation citation,
        String pack,
        String source) {

    /**
     * @param v a parameter value, not null
     * @return its record form
     */
    public static ParameterUse of(ParameterValue<?> v) {
        return new ParameterUse(
                v.key().name(),
                v.valueText(),
                v.key().unit(),
                v.region(),
                v.since(),
                v.until(),
                v.grade(),
                v.citation(),
                v.pack(),
                v.source());
    }
}
