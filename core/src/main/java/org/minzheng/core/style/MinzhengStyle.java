package org.minzheng.core.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of minzheng's value types: {@code ImmutableX} with a public builder,
 * JDK collections only (no Guava at run time), no {@code from()} copy method names that clash.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        typeImmutable = "Immutable*",
        jdkOnly = true,
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
        defaults = @Value.Immutable(copy = true, prehash = false),
        validationMethod = Value.Style.ValidationMethod.NONE)
public @interface MinzhengStyle {}
