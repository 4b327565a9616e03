package org.minzheng.core.validation;

import java.util.List;
import java.util.Map;

/** Named like the generated validator of {@code CompiledValidationTest.WrongTarget}, but says it validates another class. */
final class CompiledValidationTest_WrongTarget_MinzhengValidator extends GeneratedValidator {

    @Override
    protected Class<?> validates() {
        return String.class;
    }

    @Override
    protected Map<String, List<String>> presence() {
        return Map.of();
    }

    @Override
    public Trail validate(Object bean, Trail trail, int depth) {
        throw new AssertionError("never used");
    }
}
