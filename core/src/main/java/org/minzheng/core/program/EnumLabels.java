package org.minzheng.core.program;

import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import org.minzheng.core.decision.Language;

/**
 * The label of an enum constant from a module's message bundle ({@code enum.<Type>.<NAME>}), for
 * texts built outside an explanation — the descriptions of a key family, such as
 * 该类财产总值上限（林木）, which explanations and the policy book show to people. A constant without
 * a label is written by its name, so a gap is visible rather than silent (the modules' message
 * tests require a label for each).
 */
public final class EnumLabels {

    private EnumLabels() {}

    /**
     * @param constant the constant, not null
     * @param bundle   the base name of the bundle holding its label, found with the constant's class
     *                 loader, such as {@code org.minzheng.eligibility.messages}, not null
     * @param lang     the language, not null
     * @return the label, or the constant's name where the bundle has none
     */
    public static String label(Enum<?> constant, String bundle, Language lang) {
        Objects.requireNonNull(constant, "constant");
        String key = "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
        try {
            ResourceBundle b = ResourceBundle.getBundle(
                    bundle,
                    lang.locale(),
                    constant.getDeclaringClass().getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return b.containsKey(key) ? b.getString(key) : constant.name();
        } catch (MissingResourceException e) {
            return constant.name();
        }
    }
}
