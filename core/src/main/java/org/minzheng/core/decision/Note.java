package org.minzheng.core.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import java.util.Objects;

/**
 * A counterfactual ("per-capita income is 214.00 above the standard") or a warning ("an
 * ILLUSTRATIVE value was used"), as a message code and its named values; the text is rendered
 * in zh-CN or en by {@link Explainer}.
 *
 * <p>Like {@link Finding}, a note keeps its facts as alternating names and values and shows
 * them as a {@link #facts()} map. Immutable.
 */
@JsonPropertyOrder({"code", "facts"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public final class Note {

    private final String code;
    private final Object[] keyValues;

    /**
     * @param code  the message code, such as {@code dibao.counterfactual.income-gap}, not null
     * @param facts the named values, in a fixed order, not null (copied)
     */
    public Note(String code, Map<String, Object> facts) {
        this(code, FactMap.toArray(facts));
    }

    /** @param keyValues alternating names and values, already checked (see {@link RuleContext#facts}) */
    Note(String code, Object[] keyValues) {
        this.code = Objects.requireNonNull(code, "code");
        this.keyValues = keyValues.length == 0 ? FactMap.NONE : keyValues;
    }

    /** @return the message code */
    @JsonProperty
    public String code() {
        return code;
    }

    /** @return the alternating names and values the facts map is a view over (not copied: the explainer's reading) */
    Object[] keyValues() {
        return keyValues;
    }

    /** @return the named values, in a fixed order (an unmodifiable view) */
    @JsonProperty
    public Map<String, Object> facts() {
        return new FactMap(keyValues);
    }

    @Override
    public boolean equals(Object o) {
        return o == this
                || o instanceof Note n && n.code.equals(code) && n.facts().equals(facts());
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, facts());
    }

    @Override
    public String toString() {
        return "Note[code=" + code + ", facts=" + facts() + "]";
    }
}
