package org.minzheng.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Checks on one rejected run. */
final class RejectionChecks {

    /** Anything ID-shaped (15 or 18 characters of a resident identity number), valid or not. */
    static final Pattern ID_SHAPED =
            Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])|(?<![0-9])[0-9]{15}(?![0-9])");

    private static final Pattern STACK = Pattern.compile("\\n\\s+at [a-zA-Z]|Exception\\b|Error:");

    private RejectionChecks() {}

    /**
     * @param r       the run
     * @param secrets what must not be on stderr
     * @return what is wrong with the run, empty if it is a clean rejection
     */
    static List<String> problems(CliRun r, List<String> secrets) {
        List<String> wrong = new ArrayList<>();
        if (r.code() != Main.BAD_INPUT) {
            wrong.add("exit " + r.code());
        }
        if (r.err().isBlank()) {
            wrong.add("nothing on stderr");
        }
        if (!r.out().isEmpty()) {
            wrong.add("stdout not empty");
        }
        if (STACK.matcher(r.err()).find()) {
            wrong.add("stack trace or exception name on stderr");
        }
        if (r.err().length() > 20_000) {
            wrong.add("stderr of " + r.err().length() + " characters");
        }
        for (String s : secrets) {
            if (r.err().contains(s)) {
                wrong.add("personal data on stderr");
            }
        }
        if (ID_SHAPED.matcher(r.err()).find()) {
            wrong.add("ID-shaped number on stderr");
        }
        return wrong;
    }
}
