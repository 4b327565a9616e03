package org.minzheng.eligibility.rules;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minzheng.core.id.ResidentIdNumber;
import org.minzheng.core.validation.Violation;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.household.IncomeItem;
import org.minzheng.eligibility.household.Member;
import org.minzheng.eligibility.household.Relation;
import org.minzheng.eligibility.household.RigidExpenditure;

/**
 * Domain checks on household facts that Jakarta constraints cannot express: exactly one
 * applicant, nobody listed twice, no birth, application or event after the decision date, incomes
 * pointing at listed members. Messages never repeat identity numbers.
 */
public final class HouseholdChecks {

    private HouseholdChecks() {
    }

    /**
     * @param h          the household
     * @param date       the decision date
     * @param path       the path of the household, such as {@code facts} or {@code facts.household}
     * @param violations where to add violations
     */
    public static void check(Household h, LocalDate date, String path, List<Violation> violations) {
        List<Member> members = h.members();
        int applicants = 0;
        Map<ResidentIdNumber, Integer> seen = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            String p = path + ".members[" + i + "]";
            if (m.relation() == Relation.APPLICANT) {
                applicants++;
            }
            if (m.birthDate().isAfter(date)) {
                violations.add(new Violation(p + ".birthDate", "household.birth-after-decision",
                        "出生日期晚于认定日期 " + date, "birth date is after the decision date " + date));
            }
            if (m.idNumber().isPresent()) {
                Integer first = seen.putIfAbsent(m.idNumber().get(), i);
                if (first != null) {
                    violations.add(new Violation(p + ".idNumber", "household.member-duplicate",
                            "与第 " + (first + 1) + " 名成员为同一人（身份号码重复）",
                            "is the same person as member #" + (first + 1) + " (identity number listed twice)"));
                }
                if (!m.idNumber().get().birthDate().equals(m.birthDate())) {
                    violations.add(new Violation(p + ".birthDate", "household.birth-date-mismatch",
                            "与身份号码中的出生日期不一致", "does not match the birth date in the identity number"));
                }
            }
            if (m.absence().isPresent() && m.absence().get().since().isAfter(date)) {
                violations.add(new Violation(p + ".absence.since", "household.absence-after-decision",
                        "晚于认定日期 " + date, "is after the decision date " + date));
            }
        }
        if (applicants != 1) {
            violations.add(new Violation(path + ".members", "household.applicant-count",
                    "须有且仅有一名申请人（现有 " + applicants + " 名）",
                    "must list exactly one APPLICANT (found " + applicants + ")"));
        }
        if (h.applicationDate().isPresent() && h.applicationDate().get().isAfter(date)) {
            violations.add(new Violation(path + ".applicationDate", "household.application-after-decision",
                    "晚于认定日期 " + date, "is after the decision date " + date));
        }
        List<IncomeItem> incomes = h.incomes();
        for (int i = 0; i < incomes.size(); i++) {
            if (incomes.get(i).member().isPresent() && incomes.get(i).member().get() >= members.size()) {
                violations.add(new Violation(path + ".incomes[" + i + "].member", "household.unknown-member",
                        "不是已列出的成员序号（从 0 开始）", "is not the position of a listed member (counting from 0)"));
            }
        }
        List<RigidExpenditure> ex = h.rigidExpenditures();
        for (int i = 0; i < ex.size(); i++) {
            if (ex.get(i).date().isAfter(date)) {
                violations.add(new Violation(path + ".rigidExpenditures[" + i + "].date", "household.expense-after-decision",
                        "晚于认定日期 " + date, "is after the decision date " + date));
            }
        }
    }
}
