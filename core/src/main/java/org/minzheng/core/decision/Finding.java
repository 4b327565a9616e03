package org.minzheng.core.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.minzheng.core.citation.Citation;

/**
 * One condition of a decision and how it came out: the rule, the verdict, the facts and
 * parameter values it used (named, in order), the legal basis, and where the parameter values the
 * rule read were set.
 *
 * <p>Facts never hold names or identity numbers; members are referred to by their position
 * and relation.
 *
 * <p>A finding keeps its facts as the alternating names and values it was recorded with; the
 * {@link #facts()} map is a view over them. Immutable.
 */
@JsonPropertyOrder({"rule", "verdict", "facts", "citation", "sources"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public final class Finding {

    private final String rule;
    private final Verdict verdict;
    private final Object[] keyValues;
    private final Citation citation;
    private final List<ValueSource> sources;

    /**
     * @param rule     the rule id, such as {@code dibao.income-below-standard}, not null
     * @param verdict  the verdict, not null
     * @param facts    the named values the rule used, in a fixed order, not null (copied)
     * @param citation the legal basis, not null
     */
    public Finding(String rule, Verdict verdict, Map<String, Object> facts, Citation citation) {
        this(rule, verdict, FactMap.toArray(facts), citation, List.of());
    }

    /**
     * @param rule     the rule id, not null
     * @param verdict  the verdict, not null
     * @param facts    the named values the rule used, in a fixed order, not null (copied)
     * @param citation the legal basis, not null
     * @param sources  where the parameter values the rule read were set, not null (copied)
     */
    public Finding(
            String rule, Verdict verdict, Map<String, Object> facts, Citation citation, List<ValueSource> sources) {
        this(rule, verdict, FactMap.toArray(facts), citation, List.copyOf(sources));
    }

    /** @param keyValues alternating names and values, already checked (see {@link RuleContext#facts}) */
    Finding(String rule, Verdict verdict, Object[] keyValues, Citation citation, List<ValueSource> sources) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.verdict = Objects.requireNonNull(verdict, "verdict");
        this.keyValues = keyValues.length == 0 ? FactMap.NONE : keyValues;
        this.citation = Objects.requireNonNull(citation, "citation");
        this.sources = sources;
    }

    /** @return the rule id */
    @JsonProperty
    public String rule() {
        return rule;
    }

    /** @return the verdict */
    @JsonProperty
    public Verdict verdict() {
        return verdict;
    }

    /** @return the alternating names and values the facts map is a view over (not copied: the explainer's reading) */
    Object[] keyValues() {
        return keyValues;
    }

    /** @return the named values the rule used, in a fixed order (an unmodifiable view) */
    @JsonProperty
    public Map<String, Object> facts() {
        return new FactMap(keyValues);
    }

    /** @return the legal basis */
    @JsonProperty
    public Citation citation() {
        return citation;
    }

    /**
     * @return where the values of the rule's parameters that the decision read were set (the pack
     *         rows' regions, grades and citations), in the order they were read; empty if the rule
     *         reads none
     */
    @JsonProperty
    public List<ValueSource> sources() {
        return sources;
    }

    /** @return the message key of this finding: {@code rule.VERDICT} */
    public String messageKey() {
        return rule + "." + verdict.name();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f
                && f.rule.equals(rule)
                && f.verdict == verdict
                && f.citation.equals(citation)
                && f.facts().equals(facts())
                && f.sources.equals(sources);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, verdict, facts(), citation, sources);
    }

    @Override
    public String toString() {
        return "Finding[rule=" + rule + ", verdict=" + verdict + ", facts=" + facts() + ", citation=" + citation
                + (sources.isEmpty() ? "" : ", sources=" + sources) + "]";
    }
}
