package org.minzheng.core.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The domain checks several programs share, each with one message code of the core validation
 * bundle ({@code org.minzheng.core.validation.messages}), so "a date after the decision date"
 * reads the same in every program. Messages never include the value.
 */
public final class Checks {

    private Checks() {}

    /**
     * Adds {@code date.after-decision} if a date is after the decision date (a birth, an
     * application, an event, a death: nothing a case states can lie after the day it is decided).
     *
     * @param path         the date's path, such as {@code facts.members[0].birthDate}
     * @param date         the date, or null (nothing to check)
     * @param decisionDate the decision date, not null
     * @param violations   where to add the violation
     * @return true if the date is present and not after the decision date
     */
    public static boolean notAfterDecisionDate(
            String path, LocalDate date, LocalDate decisionDate, List<Violation> violations) {
        if (date == null) {
            return false;
        }
        if (date.isAfter(decisionDate)) {
            violations.add(afterDecision(path, decisionDate));
            return false;
        }
        return true;
    }

    /**
     * {@link #notAfterDecisionDate(String, LocalDate, LocalDate, List)} for a date inside a list
     * element, the path ({@code path + list + [index] + suffix}, such as
     * {@code facts.members[2].birthDate}) built only if the check fails, so a valid case
     * allocates nothing.
     *
     * @param path         the path of the object holding the list, such as {@code facts}
     * @param list         the list's segment, such as {@code .members}
     * @param index        the element's index
     * @param suffix       the date's path inside the element, such as {@code .birthDate}
     * @param date         the date, or null (nothing to check)
     * @param decisionDate the decision date, not null
     * @param violations   where to add the violation
     * @return true if the date is present and not after the decision date
     */
    public static boolean notAfterDecisionDate(
            String path,
            String list,
            int index,
            String suffix,
            LocalDate date,
            LocalDate decisionDate,
            List<Violation> violations) {
        if (date == null) {
            return false;
        }
        if (date.isAfter(decisionDate)) {
            violations.add(afterDecision(path + list + '[' + index + ']' + suffix, decisionDate));
            return false;
        }
        return true;
    }

    private static Violation afterDecision(String path, LocalDate decisionDate) {
        return InputValidator.get().violation(path, "date.after-decision", Map.of("date", decisionDate));
    }

    /**
     * Adds {@code date.before-other} if a date is before another the case gives that it cannot
     * precede (filed before it was signed, ended before it began).
     *
     * @param path        the date's path
     * @param date        the date, or null (nothing to check)
     * @param earliest    the date it may not precede, or null (nothing to check)
     * @param earliestPath the other date's path, named in the message
     * @param violations  where to add the violation
     * @return true if both are present and in order
     */
    public static boolean notBefore(
            String path, LocalDate date, LocalDate earliest, String earliestPath, List<Violation> violations) {
        if (date == null || earliest == null) {
            return false;
        }
        if (date.isBefore(earliest)) {
            violations.add(InputValidator.get().violation(path, "date.before-other", Map.of("other", earliestPath)));
            return false;
        }
        return true;
    }
}
