package org.minzheng.funeral;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an optional fact that may be null (absent from the JSON).
 *
 * <p>Immutables treats any annotation named {@code Nullable} this way. Facts of this module use
 * it instead of {@code java.util.Optional} because the core JSON mapper has no
 * {@code jackson-datatype-jdk8} module and so cannot read {@code Optional} fields from case
 * files; callers get an {@code Optional} through the {@code …IfGiven()} accessors.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.PARAMETER, ElementType.FIELD, ElementType.TYPE_USE})
public @interface Nullable {
}
