package org.minzheng.core.validation;

import java.util.List;
import java.util.Optional;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Treats record-style accessors ({@code birthDate()}) as properties, so Jakarta constraints on
 * Immutables and record accessors are validated and paths read {@code members[0].birthDate}.
 */
final class AccessorPropertySelection implements GetterPropertySelectionStrategy {

    @Override
    public Optional<String> getProperty(ConstrainableExecutable executable) {
        String name = executable.getName();
        if (!GeneratedValidator.isPropertyAccessor(
                name, executable.getParameterTypes().length, executable.getReturnType() == void.class)) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    @Override
    public List<String> getGetterMethodNameCandidates(String propertyName) {
        return List.of(propertyName);
    }
}
