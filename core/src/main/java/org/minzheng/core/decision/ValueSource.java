package org.minzheng.core.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.policy.ParameterValue;
import org.minzheng.core.policy.Provenance;
import org.minzheng.core.region.RegionCode;

/**
 * Where a value a finding used was set: the pack row's key, region, grade, citation, pack and
 * {@code file:line}. A finding cites the article its rule enforces; its sources cite what set the
 * numbers it compared against (a Huzhou standard cites the Huzhou notice, a national default the
 * national text, a county's own value the integrator's overlay pack that set it).
 *
 * @param key      the parameter key's name, not null
 * @param region   the region whose row set the value, not null
 * @param grade    the row's provenance grade, not null
 * @param citation the row's citation, not null
 * @param pack     the name of the pack whose row set the value (a shipped pack such as
 *                 {@code eligibility-huzhou}, or an overlay's own name), not null
 * @param source   the row's {@code file:line}; the file is a class-path resource path or an
 *                 overlay's file name, never an absolute path ({@link ParameterValue#source()}), not null
 */
@JsonPropertyOrder({"key", "region", "grade", "citation", "pack", "source"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ValueSource(
        String key, RegionCode region, Provenance grade, Citation citation, String pack, String source) {

    /** Validates the components. */
    public ValueSource {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(source, "source");
    }

    /**
     * @param v a parameter value, not null
     * @return where it was set: for a value met lately, the same object as the last time (a book
     *     hands out the same value objects, so the findings of every decision that read a value
     *     share its source, and the JSON writer finds it by identity); equal to a new one in any case
     */
    public static ValueSource of(ParameterValue<?> v) {
        Shared[] slots = Shared.SLOTS;
        int i = Shared.slot(v);
        Shared e = slots[i];
        if (e != null && e.value == v) {
            return e.source;
        }
        Shared other = slots[i ^ 1];
        if (other != null && other.value == v) {
            return other.source;
        }
        ValueSource made = new ValueSource(v.key().name(), v.region(), v.grade(), v.citation(), v.pack(), v.source());
        if (e != null) {
            slots[i ^ 1] = e; // the occupant moves to the other slot of the pair: two values that alternate both stay
        }
        slots[i] = new Shared(v, made);
        return made;
    }

    /**
     * The sources of the parameter values met lately, in pairs of slots chosen by the value's
     * identity (a value met anew takes its own slot, and the one there moves to the other): bounded,
     * no lock (an entry is immutable and published through its final fields, so a thread sees a
     * whole entry or an older one, and then makes the source anew: an equal one).
     */
    private static final class Shared {

        static final Shared[] SLOTS = new Shared[1024];

        final ParameterValue<?> value;
        final ValueSource source;

        Shared(ParameterValue<?> value, ValueSource source) {
            this.value = value;
            this.source = source;
        }

        static int slot(Object value) {
            int h = System.identityHashCode(value);
            return (h ^ (h >>> 16)) & (SLOTS.length - 1);
        }
    }
}
