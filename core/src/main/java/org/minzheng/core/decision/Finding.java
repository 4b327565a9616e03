package org.minzheng.core.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import java.util.Objects;
import org.minzheng.core.citation.Citation;

/**
 * One condition of a decision and how it came out: the rule, the verdict, the facts and
 * parameter values it used (named, in order), and the legal basis.
 *
 * <p>Facts never hold names or identity numbers; members are referred to by their position
 * and relation.
 *
 * @param rule     the rule id, such as {@code dibao.income-below-standard}, not null
 * @param verdict  the verdict, not null
 * @param facts    the named values the rule used, in a fixed order, not null
 * @param citation the legal basis, not null
 */
@JsonPropertyOrder({"rule", "verdict", "facts", "citation"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Finding(String rule, Verdict verdict, Map<String, Object> facts, Citation citation) {

    /** Validates the components. */
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(citation, "citation");
    }

    /** @return the message key of this finding: {@code rule.VERDICT} */
    public String messageKey() {
        return rule + "." + verdict.name();
    }
}
