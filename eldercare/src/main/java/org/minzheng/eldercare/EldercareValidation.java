package org.minzheng.eldercare;

import java.util.Map;
import org.minzheng.core.validation.InputValidator;
import org.minzheng.core.validation.Violation;

/**
 * The violations of eldercare's own domain checks, with their zh and en messages from the module's
 * validation bundle ({@code org/minzheng/eldercare/validation.properties} and {@code _zh}). Checks
 * several modules share use {@link org.minzheng.core.validation.Checks}. Messages never include
 * the value.
 */
public final class EldercareValidation {

    /** The bundle's base name. */
    public static final String BUNDLE = "org.minzheng.eldercare.validation";

    private EldercareValidation() {}

    /**
     * @param path the path of the value
     * @param code the code, defined in the bundle in both languages
     * @return the violation
     */
    public static Violation violation(String path, String code) {
        return violation(path, code, Map.of());
    }

    /**
     * @param path   the path of the value
     * @param code   the code, defined in the bundle in both languages
     * @param values named values for the message's placeholders (never the invalid value)
     * @return the violation
     */
    public static Violation violation(String path, String code, Map<String, Object> values) {
        return InputValidator.get().violation(BUNDLE, EldercareValidation.class.getClassLoader(), path, code, values);
    }
}
