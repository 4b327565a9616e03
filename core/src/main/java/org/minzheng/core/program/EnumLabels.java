package org.minzheng.core.program;

import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Supplier;
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
     * A text quoting a constant's label, made when it is first asked for: a key family's
     * description, given to {@link org.minzheng.core.policy.ParameterKey#of(String,
     * org.minzheng.core.policy.ParameterType, String, Supplier, Supplier)} so that declaring the
     * keys on the way to a first decision reads no message bundle.
     *
     * @param before   the text before the label, not null
     * @param constant the constant, not null
     * @param bundle   the base name of the bundle holding its label (see {@link #label}), not null
     * @param lang     the language, not null
     * @param after    the text after the label, not null
     * @return {@code before + label(constant, bundle, lang) + after}, made on each call to {@code get()}
     */
    public static Supplier<String> text(String before, Enum<?> constant, String bundle, Language lang, String after) {
        return new Text(
                Objects.requireNonNull(before, "before"),
                Objects.requireNonNull(constant, "constant"),
                Objects.requireNonNull(bundle, "bundle"),
                Objects.requireNonNull(lang, "lang"),
                Objects.requireNonNull(after, "after"));
    }

    /**
     * A text without a label, for a declaration whose other language's description quotes one
     * ({@link org.minzheng.core.policy.ParameterKey#of(String, org.minzheng.core.policy.ParameterType,
     * String, Supplier, Supplier)} takes both descriptions the same way).
     *
     * @param text the text, not null
     * @return the text
     */
    public static Supplier<String> text(String text) {
        return new Text(Objects.requireNonNull(text, "text"), null, null, null, "");
    }

    /** One class for every such text, not a lambda per declaration (each would be bootstrapped on first use). */
    private static final class Text implements Supplier<String> {
        private final String before;
        private final Enum<?> constant;
        private final String bundle;
        private final Language lang;
        private final String after;

        Text(String before, Enum<?> constant, String bundle, Language lang, String after) {
            this.before = before;
            this.constant = constant;
            this.bundle = bundle;
            this.lang = lang;
            this.after = after;
        }

        @Override
        public String get() {
            return constant == null ? before : before + label(constant, bundle, lang) + after;
        }
    }

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
