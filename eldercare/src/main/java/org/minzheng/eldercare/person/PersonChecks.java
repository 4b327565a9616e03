package org.minzheng.eldercare.person;

import java.time.LocalDate;
import java.util.List;
import org.minzheng.core.person.AssistanceStatus;
import org.minzheng.core.validation.Checks;
import org.minzheng.core.validation.Violation;
import org.minzheng.eldercare.EldercareValidation;

/**
 * Domain checks on an {@link OlderPerson} that Jakarta constraints cannot express: no birth
 * after the decision date; dispersed support only for a person in extreme poverty.
 */
public final class PersonChecks {

    private PersonChecks() {}

    /**
     * @param p          the person, not null
     * @param date       the decision date, not null
     * @param path       the path of the person, such as {@code facts} or {@code facts.person}
     * @param violations where to add violations
     */
    public static void check(OlderPerson p, LocalDate date, String path, List<Violation> violations) {
        Checks.notAfterDecisionDate(path + ".birthDate", p.birthDate(), date, violations);
        if (p.dispersedSupport() && !p.receives(AssistanceStatus.EXTREME_POVERTY)) {
            violations.add(EldercareValidation.violation(
                    path + ".dispersedSupport", "person.dispersed-without-extreme-poverty"));
        }
    }
}
