package org.minzheng.eldercare;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a fact that may be absent: the accessor returns null and the JSON field may be missing
 * or null. Immutables recognises any annotation of this simple name.
 *
 * <p>Facts use this instead of {@code Optional<T>} because the shared mapper of
 * {@code org.minzheng.core.json.Json} has no Jdk8 module, so an {@code Optional} attribute cannot
 * be read from or written to a case file. Each such accessor has an {@code Optional} companion
 * ({@code ...IfKnown()}) for Java callers.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.PARAMETER, ElementType.FIELD, ElementType.TYPE_USE})
public @interface Nullable {
}
