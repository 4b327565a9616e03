package org.minzheng.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Hibernate Validator (without an expression-language engine), built on first use only: the
 * reference the compiled plans ({@link ConstraintPlan}) are tested against, and the validator of
 * every type that carries a constraint the plans do not understand (an integrator's own
 * constraint, a group, a class-level constraint). Bootstrapping it costs about half a second in a
 * fresh JVM, so nothing builds it unless such a type is validated. Thread-safe.
 */
final class HibernateReference {

    private HibernateReference() {}

    /** The lazily built validator (initialisation-on-demand holder). */
    private static final class Holder {
        static final Validator VALIDATOR;

        static {
            VALIDATOR = Validation.byProvider(HibernateValidator.class)
                    .configure()
                    // no META-INF/validation.xml is read: the configuration is this code
                    .ignoreXmlConfiguration()
                    .messageInterpolator(
                            new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
                    .getterPropertySelectionStrategy(new AccessorPropertySelection())
                    .buildValidatorFactory()
                    .getValidator();
            bootstrapped = true;
        }
    }

    private static volatile boolean bootstrapped;

    /** @return true once Hibernate Validator's factory has been built in this JVM (for tests) */
    static boolean bootstrapped() {
        return bootstrapped;
    }

    /** @return the shared Hibernate Validator, built on first call */
    static Validator validator() {
        return Holder.VALIDATOR;
    }

    /**
     * Validates an object graph with Hibernate Validator.
     *
     * @param object   the object, not null
     * @param rootPath the path prefix, such as {@code facts}, or empty
     * @param messages where messages come from
     * @param out      where each violation is added (path, code, messages), in no order,
     *                 possibly with the same (path, code) more than once
     */
    static void validate(Object object, String rootPath, Messages messages, List<Violation> out) {
        Set<ConstraintViolation<Object>> found = validator().validate(object);
        for (ConstraintViolation<Object> cv : found) {
            String code = cv.getConstraintDescriptor()
                    .getAnnotation()
                    .annotationType()
                    .getSimpleName();
            Map<String, Object> attributes = cv.getConstraintDescriptor().getAttributes();
            out.add(new Violation(
                    path(rootPath, cv.getPropertyPath()),
                    code,
                    messages.zh(code, attributes),
                    messages.en(code, attributes)));
        }
    }

    /**
     * The presence constraints Hibernate Validator's metadata declares on a type's properties.
     *
     * @param type a type, not null
     * @return property name → constraint codes in {@link InputValidator#PRESENCE_CONSTRAINTS}
     */
    static List<Map.Entry<String, String>> presenceConstraints(Class<?> type) {
        List<Map.Entry<String, String>> found = new ArrayList<>();
        for (jakarta.validation.metadata.PropertyDescriptor p :
                validator().getConstraintsForClass(type).getConstrainedProperties()) {
            for (jakarta.validation.metadata.ConstraintDescriptor<?> c : p.getConstraintDescriptors()) {
                String code = c.getAnnotation().annotationType().getSimpleName();
                if (InputValidator.PRESENCE_CONSTRAINTS.contains(code)) {
                    found.add(Map.entry(p.getPropertyName(), code));
                }
            }
        }
        return found;
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
}
