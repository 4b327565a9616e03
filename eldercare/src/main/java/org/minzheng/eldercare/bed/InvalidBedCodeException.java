package org.minzheng.eldercare.bed;

/**
 * Thrown when text or parts are not a valid {@link BedCode}. The message says which rule was
 * broken; a bed code holds no personal data.
 */
public final class InvalidBedCodeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    InvalidBedCodeException(String message) {
        super(message);
    }
}
