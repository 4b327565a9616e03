package org.minzheng.eldercare.assessment.legacy;

import java.util.Objects;

/**
 * Thrown when a level of one assessment scale is asked for on the other scale and the sources
 * define no correspondence: minzheng refuses rather than guesses.
 */
public final class NoCorrespondenceException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** The reason; an enum, so serialisable. */
    private final MappingBasis basis;

    /** @param basis why there is no correspondence, not null */
    public NoCorrespondenceException(MappingBasis basis) {
        super("No level correspondence between MZ/T 039-2013 and GB/T 42195-2022: " + Objects.requireNonNull(basis));
        this.basis = basis;
    }

    /** @return why there is no correspondence */
    public MappingBasis basis() {
        return basis;
    }
}
