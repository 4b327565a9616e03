package org.minzheng.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs Jakarta Validation (Hibernate Validator, without an expression-language engine) over
 * facts and turns each constraint violation into a {@link Violation} with a path, the
 * constraint's name as code and messages in Chinese and English from minzheng's own bundle.
 * The invalid value is never put in a message. Thread-safe; one shared instance.
 */
public final class InputValidator {

    /** The codes of the constraints that refuse an absent value. */
    public static final java.util.Set<String> PRESENCE_CONSTRAINTS = Set.of("NotNull", "NotEmpty", "NotBlank");

    private static final InputValidator INSTANCE = new InputValidator();
    private static final String BUNDLE = "org.minzheng.core.validation.messages";

    private final Validator validator;
    private final ResourceBundle en;
    private final ResourceBundle zh;

    private InputValidator() {
        this.validator = Validation.byProvider(HibernateValidator.class)
                .configure()
                // no META-INF/validation.xml is read: the configuration is this code
                .ignoreXmlConfiguration()
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
                .getterPropertySelectionStrategy(new AccessorPropertySelection())
                .buildValidatorFactory()
                .getValidator();
        ResourceBundle.Control noFallback =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        this.en = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, InputValidator.class.getClassLoader(), noFallback);
        this.zh = ResourceBundle.getBundle(
                BUNDLE, Locale.SIMPLIFIED_CHINESE, InputValidator.class.getClassLoader(), noFallback);
    }

    /**
     * Returns the shared validator, bootstrapping Hibernate Validator on first use (about half a
     * second in a fresh JVM): a service that wants its first {@code decide} fast can call this at
     * start-up.
     *
     * @return the shared validator
     */
    public static InputValidator get() {
        return INSTANCE;
    }

    /**
     * Validates an object graph.
     *
     * @param object   the object, not null
     * @param rootPath the path prefix, such as {@code facts}
     * @return every violation, ordered by path and code; empty if valid
     */
    public List<Violation> validate(Object object, String rootPath) {
        Set<ConstraintViolation<Object>> found = validator.validate(object);
        if (found.isEmpty()) {
            return List.of();
        }
        // a constraint on a record component is declared on the field, the accessor and the
        // constructor parameter; report each (path, code) once
        java.util.TreeMap<String, Violation> unique = new java.util.TreeMap<>();
        for (ConstraintViolation<Object> cv : found) {
            String code = cv.getConstraintDescriptor()
                    .getAnnotation()
                    .annotationType()
                    .getSimpleName();
            Map<String, Object> attributes = cv.getConstraintDescriptor().getAttributes();
            String path = path(rootPath, cv.getPropertyPath());
            unique.putIfAbsent(
                    path + '\u0000' + code,
                    new Violation(path, code, message(zh, code, attributes), message(en, code, attributes)));
        }
        List<Violation> list = new ArrayList<>(unique.values());
        Collections.sort(list);
        return list;
    }

    /**
     * The properties of a type that a presence constraint ({@link #PRESENCE_CONSTRAINTS}) is
     * declared on, from the type's constraint metadata.
     *
     * @param type a type, not null
     * @return property name → constraint code ({@code NotNull} before {@code NotEmpty} before
     *         {@code NotBlank} when several are declared), ordered by name
     */
    public Map<String, String> presenceConstraints(Class<?> type) {
        java.util.TreeMap<String, String> found = new java.util.TreeMap<>();
        for (jakarta.validation.metadata.PropertyDescriptor p :
                validator.getConstraintsForClass(type).getConstrainedProperties()) {
            for (jakarta.validation.metadata.ConstraintDescriptor<?> c : p.getConstraintDescriptors()) {
                String code = c.getAnnotation().annotationType().getSimpleName();
                if (PRESENCE_CONSTRAINTS.contains(code)) {
                    found.merge(p.getPropertyName(), code, (a, b) -> ORDER.indexOf(a) <= ORDER.indexOf(b) ? a : b);
                }
            }
        }
        return found;
    }

    private static final List<String> ORDER = List.of("NotNull", "NotEmpty", "NotBlank");

    /**
     * Renders one of the validation messages of the core bundle (for domain checks).
     *
     * @param code   the code
     * @param values named values for the placeholders
     * @return the violation at path
     * @param path   the path
     */
    public Violation violation(String path, String code, Map<String, Object> values) {
        return new Violation(path, code, message(zh, code, values), message(en, code, values));
    }

    /**
     * Renders a module's own validation message, for domain checks the core bundle has no code
     * for (a module keeps them in a bundle such as {@code org.minzheng.eligibility.validation},
     * with {@code _zh}; like every validation message they never include the value).
     *
     * @param bundle the module bundle's base name, not null
     * @param loader the class loader to find it with (the module's), not null
     * @param path   the path
     * @param code   the code, defined in the module's bundle in both languages
     * @param values named values for the placeholders
     * @return the violation at path
     * @throws java.util.MissingResourceException if the bundle or the code is missing
     */
    public Violation violation(
            String bundle, ClassLoader loader, String path, String code, Map<String, Object> values) {
        ResourceBundle.Control noFallback =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        ResourceBundle moduleEn = ResourceBundle.getBundle(bundle, Locale.ENGLISH, loader, noFallback);
        ResourceBundle moduleZh = ResourceBundle.getBundle(bundle, Locale.SIMPLIFIED_CHINESE, loader, noFallback);
        if (!moduleEn.containsKey(code) || !moduleZh.containsKey(code)) {
            throw new java.util.MissingResourceException(
                    "validation code " + code + " is not in " + bundle + " in both languages", bundle, code);
        }
        return new Violation(path, code, message(moduleZh, code, values), message(moduleEn, code, values));
    }

    private static String path(String root, Path path) {
        StringBuilder sb = new StringBuilder(root);
        for (Path.Node node : path) {
            if (node.getName() == null || node.getName().startsWith("<")) {
                if (node.getIndex() != null) {
                    sb.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    sb.append('[').append(node.getKey()).append(']');
                }
                continue;
            }
            if (node.getIndex() != null && !node.isInIterable()) {
                sb.append('.')
                        .append(node.getName())
                        .append('[')
                        .append(node.getIndex())
                        .append(']');
                continue;
            }
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    sb.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    sb.append('[').append(node.getKey()).append(']');
                }
            }
            sb.append('.').append(node.getName());
        }
        return sb.toString();
    }

    private static String message(ResourceBundle bundle, String code, Map<String, Object> values) {
        String template = bundle.containsKey(code) ? bundle.getString(code) : bundle.getString("default");
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i && values.containsKey(template.substring(i + 1, close))) {
                out.append(values.get(template.substring(i + 1, close)));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
