package org.minzheng.eligibility.special;

import java.util.Map;
import org.minzheng.core.validation.Violation;
import org.minzheng.eligibility.rules.HouseholdChecks;

/**
 * The domain checks of the special-assistance programs that core's shared checks
 * ({@link org.minzheng.core.validation.Checks}) do not cover: their messages are in the module's
 * validation bundle, {@code org/minzheng/eligibility/validation.properties} (+ {@code _zh}, rendered
 * by {@link HouseholdChecks#violation}), and,
 * like every validation message, never include the value.
 */
public final class SpecialChecks {

    private SpecialChecks() {}

    /**
     * @param path the path of the fact at fault, such as {@code facts.schoolLevel}
     * @param code a code of the module's validation bundle
     * @return the violation, with its zh and en messages
     */
    public static Violation violation(String path, String code) {
        return HouseholdChecks.violation(path, code, Map.of());
    }
}
