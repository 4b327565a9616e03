package org.minzheng.examples.cli;

/**
 * Writing the command's output failed (a full disk, a closed pipe such as {@code | head}): the
 * run stops with exit 1 and this message, and never reports as written what was not.
 */
final class OutputFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    OutputFailedException(String message) {
        super(message);
    }
}
