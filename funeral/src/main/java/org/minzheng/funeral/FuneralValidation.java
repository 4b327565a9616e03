package org.minzheng.funeral;

import java.util.Map;
import org.minzheng.core.validation.InputValidator;
import org.minzheng.core.validation.Violation;

/**
 * The funeral programs' own input checks' messages, from the module's validation bundle
 * ({@code org/minzheng/funeral/validation.properties}, {@code _zh}); checks several modules share
 * (a date after the decision date, one date before another) use core's
 * {@link org.minzheng.core.validation.Checks}. No message includes the value.
 */
public final class FuneralValidation {

    /** The bundle's base name. */
    public static final String BUNDLE = "org.minzheng.funeral.validation";

    private FuneralValidation() {}

    /**
     * @param path the path of the fact in violation, such as {@code facts.hukouRegion}
     * @param code a code of the module's validation bundle
     * @return the violation, its message in both languages
     */
    public static Violation violation(String path, String code) {
        return InputValidator.get().violation(BUNDLE, FuneralValidation.class.getClassLoader(), path, code, Map.of());
    }
}
