package org.minzheng.eligibility.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minzheng.core.id.ResidentIdNumber;
import org.minzheng.core.validation.Checks;
import org.minzheng.core.validation.InputValidator;
import org.minzheng.core.validation.Violation;
import org.minzheng.eligibility.household.Absence;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.household.IncomeItem;
import org.minzheng.eligibility.household.Member;
import org.minzheng.eligibility.household.Relation;
import org.minzheng.eligibility.household.RigidExpenditure;

/**
 * Domain checks on household facts that Jakarta constraints cannot express: exactly one
 * applicant, nobody listed twice, no birth, application or event after the decision date, incomes
 * pointing at listed members. Dates after the decision date are the shared check
 * ({@link Checks#notAfterDecisionDate}); the others have codes in this module's validation bundle
 * ({@value #BUNDLE}). Messages never repeat the value (an identity number, a date of birth).
 */
public final class HouseholdChecks {

    /** The module's validation bundle: codes of the checks only this module has, zh and en. */
    public static final String BUNDLE = "org.minzheng.eligibility.validation";

    private HouseholdChecks() {}

    /**
     * @param h          the household
     * @param date       the decision date
     * @param path       the path of the household, such as {@code facts} or {@code facts.household}
     * @param violations where to add violations
     */
    public static void check(Household h, LocalDate date, String path, List<Violation> violations) {
        List<Member> members = h.members();
        int n = members.size();
        int applicants = 0;
        // the identity numbers in list order (null where none is given), read once: a household
        // has a handful of members, so a duplicate is found by comparing with the earlier ones
        // (no map, nothing allocated when every number is different)
        ResidentIdNumber[] ids = null;
        for (int i = 0; i < n; i++) {
            Member m = members.get(i);
            if (m.relation() == Relation.APPLICANT) {
                applicants++;
            }
            Checks.notAfterDecisionDate(path, ".members", i, ".birthDate", m.birthDate(), date, violations);
            Optional<ResidentIdNumber> id = m.idNumber();
            if (id.isPresent()) {
                ResidentIdNumber number = id.get();
                if (ids == null) {
                    ids = new ResidentIdNumber[n];
                }
                ids[i] = number;
                int first = firstEqual(ids, i, number);
                if (first >= 0) {
                    violations.add(violation(
                            path + ".members[" + i + "].idNumber",
                            "household.member-duplicate",
                            Map.of("first", first + 1)));
                }
                if (!number.birthDate().equals(m.birthDate())) {
                    violations.add(violation(
                            path + ".members[" + i + "].birthDate", "household.birth-date-mismatch", Map.of()));
                }
            }
            Optional<Absence> absence = m.absence();
            if (absence.isPresent()) {
                Checks.notAfterDecisionDate(
                        path, ".members", i, ".absence.since", absence.get().since(), date, violations);
            }
        }
        if (applicants != 1) {
            violations.add(violation(path + ".members", "household.applicant-count", Map.of("found", applicants)));
        }
        Optional<LocalDate> applied = h.applicationDate();
        if (applied.isPresent()) {
            Checks.notAfterDecisionDate(path + ".applicationDate", applied.get(), date, violations);
        }
        List<IncomeItem> incomes = h.incomes();
        for (int i = 0; i < incomes.size(); i++) {
            Optional<Integer> member = incomes.get(i).member();
            if (member.isPresent() && member.get() >= members.size()) {
                violations.add(unknownMember(path + ".incomes[" + i + "].member"));
            }
        }
        List<RigidExpenditure> ex = h.rigidExpenditures();
        for (int i = 0; i < ex.size(); i++) {
            Checks.notAfterDecisionDate(
                    path, ".rigidExpenditures", i, ".date", ex.get(i).date(), date, violations);
        }
    }

    /** @return the first position before {@code end} holding an equal number, or -1 */
    private static int firstEqual(ResidentIdNumber[] ids, int end, ResidentIdNumber number) {
        for (int j = 0; j < end; j++) {
            if (number.equals(ids[j])) {
                return j;
            }
        }
        return -1;
    }

    /**
     * @param path the path of a member position that is not the position of a listed member
     * @return the violation {@code household.unknown-member}
     */
    public static Violation unknownMember(String path) {
        return violation(path, "household.unknown-member", Map.of());
    }

    /**
     * A violation with a message of this module's validation bundle.
     *
     * @param path   the path
     * @param code   a code of {@value #BUNDLE}
     * @param values the message's values (never the input value)
     * @return the violation
     */
    public static Violation violation(String path, String code, Map<String, Object> values) {
        return InputValidator.get().violation(BUNDLE, HouseholdChecks.class.getClassLoader(), path, code, values);
    }
}
