package org.minzheng.core.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import java.util.Objects;

/**
 * A counterfactual ("per-capita income is 214.00 above the standard") or a warning ("an
 * ILLUSTRATIVE value was used"), as a message code and its named values; the text is rendered
 * in zh-CN or en by {@link Explainer}.
 *
 * @param code  the message code, such as {@code dibao.counterfactual.income-gap}, not null
 * @param facts the named values, in a fixed order, not null
 */
@JsonPropertyOrder({"code", "facts"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Note(String code, Map<String, Object> facts) {

    /** Validates the components. */
    public Note {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(facts, "facts");
    }
}
