package org.minzheng.core.validation.processor;

/**
 * Supertypes that reach the processor as class files (compiled with the tests, before the sources
 * {@link ConstraintProcessorDeclarationsTest} compiles): javac 17 does not show a class file's
 * type-argument annotations, so a facts class inheriting anything that could be a property from
 * one keeps its run-time plan.
 */
public final class BinarySupertypes {

    private BinarySupertypes() {}

    /** Declares a field: could be a property. */
    public static class WithField {
        /** A field. */
        public String name;
    }

    /** Declares an accessor: could be a property. */
    public interface WithAccessor {
        /** @return a value */
        String code();
    }

    /** Declares nothing. */
    public interface Marker {}

    /** Declares nothing but carries an annotation. */
    @Deprecated
    public interface AnnotatedMarker {}

    /** Declares only what cannot be a property: a void method, a method with a parameter, static members. */
    public interface NoProperties {
        /** A constant (static). */
        String CONSTANT = "c";

        /** Runs. */
        void run();

        /**
         * @param key a key
         * @return a value
         */
        String named(String key);

        /** @return a value (static) */
        static String of() {
            return CONSTANT;
        }
    }
}
