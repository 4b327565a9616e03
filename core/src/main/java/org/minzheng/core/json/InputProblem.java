package org.minzheng.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.Map;

/**
 * A value that has the right JSON shape but breaks a rule of the reader (a date not written
 * {@code yyyy-MM-dd}, an amount beyond the limits): carries the violation code and its
 * placeholders, never the value. Jackson adds the path as the error travels up.
 */
final class InputProblem extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final transient Map<String, Object> values;

    InputProblem(JsonParser p, String code, Map<String, Object> values) {
        super(p, code);
        this.code = code;
        this.values = Map.copyOf(values);
    }

    String code() {
        return code;
    }

    Map<String, Object> values() {
        return values;
    }
}
