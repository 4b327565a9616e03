package org.minzheng.examples.cli;

import java.util.List;

/**
 * The command's input is wrong (an unknown program, region or key, an unreadable file, an
 * invalid case): the CLI prints every line on stderr, nothing on stdout, and exits with 2.
 */
final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> lines;

    BadInputException(String message) {
        this(List.of(message));
    }

    BadInputException(List<String> lines) {
        super(String.join("\n", lines));
        this.lines = List.copyOf(lines);
    }

    List<String> lines() {
        return lines;
    }
}
