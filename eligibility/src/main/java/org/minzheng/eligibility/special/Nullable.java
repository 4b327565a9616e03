package org.minzheng.eligibility.special;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a facts accessor whose value may be absent (null): Immutables then accepts null for it
 * and Jackson leaves it null when the JSON omits it.
 *
 * <p>The special-assistance facts use this instead of {@code java.util.Optional} because the
 * core JSON mapper does not register Jackson's JDK 8 module, so an {@code Optional} attribute
 * that is present in a case file cannot be read (reported to core; see the package notes).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.PARAMETER, ElementType.FIELD})
public @interface Nullable {
}
