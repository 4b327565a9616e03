package org.minzheng.eldercare.person;

import org.minzheng.core.person.AssistanceStatus;
import java.time.LocalDate;
import java.util.List;
import org.minzheng.core.validation.Violation;

/**
 * Domain checks on an {@link OlderPerson} that Jakarta constraints cannot express: no birth
 * after the decision date; dispersed support only for a person in extreme poverty.
 */
public final class PersonChecks {

    private PersonChecks() {
    }

    /**
     * @param p          the person, not null
     * @param date       the decision date, not null
     * @param path       the path of the person, such as {@code facts} or {@code facts.person}
     * @param violations where to add violations
     */
    public static void check(OlderPerson p, LocalDate date, String path, List<Violation> violations) {
        if (p.birthDate().isAfter(date)) {
            violations.add(new Violation(path + ".birthDate", "person.birth-after-decision",
                    "出生日期晚于认定日期 " + date, "birth date is after the decision date " + date));
        }
        if (p.dispersedSupport() && p.assistance() != AssistanceStatus.EXTREME_POVERTY) {
            violations.add(new Violation(path + ".dispersedSupport", "person.dispersed-without-extreme-poverty",
                    "分散供养仅适用于特困人员", "dispersed support applies only to a person in extreme poverty"));
        }
    }
}
