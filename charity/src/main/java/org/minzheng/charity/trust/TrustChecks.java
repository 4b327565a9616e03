package org.minzheng.charity.trust;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minzheng.core.id.UnifiedSocialCreditCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.validation.InputValidator;
import org.minzheng.core.validation.Violation;

/**
 * Domain checks on a charitable-trust record that Jakarta constraints cannot express: credit
 * codes well-formed (GB 32100-2015), no trustee listed twice, a lead trustee among the trustees
 * when there are several, a term that ends after it starts, property worth more than nothing,
 * dates in order (filed on or after signing, nothing after the decision date), a filing
 * department whose level fits its code. Messages never repeat the rejected value.
 *
 * <p>Run whenever no required value is missing, alongside the constraint violations, so that
 * the caller receives every problem at once.
 */
public final class TrustChecks {

    private TrustChecks() {
    }

    /**
     * Checks a trust record.
     *
     * @param t          the record, with no required value missing
     * @param date       the decision date; null to skip the "not after the decision date" checks
     * @param path       the path of the record, such as {@code facts.trust}
     * @param violations where to add violations
     */
    public static void check(CharitableTrust t, LocalDate date, String path, List<Violation> violations) {
        List<Trustee> trustees = t.trustees();
        boolean leadFound = false;
        for (int i = 0; i < trustees.size(); i++) {
            Trustee tr = trustees.get(i);
            String p = path + ".trustees[" + i + "]";
            if (tr.creditCode() == null) {
                continue;
            }
            if (!UnifiedSocialCreditCode.isValid(tr.creditCode())) {
                violations.add(invalidCode(p + ".creditCode"));
            }
            for (int j = 0; j < i; j++) {
                if (TrusteeRules.sameCode(trustees.get(j).creditCode(), tr.creditCode())) {
                    violations.add(new Violation(p + ".creditCode", "charity.trustee-duplicate",
                            "与第 " + (j + 1) + " 个受托人的统一社会信用代码相同",
                            "is the same code as trustee #" + (j + 1)));
                    break;
                }
            }
            if (t.leadTrustee().isPresent() && TrusteeRules.sameCode(t.leadTrustee().get(), tr.creditCode())) {
                leadFound = true;
            }
        }
        if (t.leadTrustee().isEmpty() && trustees.size() > 1) {
            violations.add(new Violation(path + ".leadTrustee", "charity.lead-trustee-missing",
                    "有多个受托人时须指明牵头受托人（统一社会信用代码）",
                    "is required when there are several trustees (the lead trustee's credit code)"));
        } else if (t.leadTrustee().isPresent() && !leadFound) {
            violations.add(new Violation(path + ".leadTrustee", "charity.lead-trustee-unknown",
                    "不是所列任一受托人的统一社会信用代码", "is not the credit code of a listed trustee"));
        }
        for (int i = 0; i < t.settlors().size(); i++) {
            checkParty(t.settlors().get(i), path + ".settlors[" + i + "]", violations);
        }
        t.supervisor().ifPresent(s -> checkParty(s, path + ".supervisor", violations));
        TrustTerm term = t.term();
        if (term.start() != null && term.endExclusive().isPresent() && !term.endExclusive().get().isAfter(term.start())) {
            violations.add(new Violation(path + ".term.endExclusive", "charity.term-end-not-after-start",
                    "信托期限的结束日须晚于开始日", "must be after the start of the term"));
        }
        checkProperty(t, path, violations);
        LocalDate signed = t.signingDate();
        if (date != null && signed != null && signed.isAfter(date)) {
            violations.add(afterDecision(path + ".signingDate", date));
        }
        Optional<LocalDate> filed = t.filedOn();
        if (filed.isPresent()) {
            if (signed != null && filed.get().isBefore(signed)) {
                violations.add(new Violation(path + ".filedOn", "charity.filed-before-signing",
                        "备案日期早于信托文件签订日期", "is before the trust document was signed"));
            }
            if (date != null && filed.get().isAfter(date)) {
                violations.add(afterDecision(path + ".filedOn", date));
            }
        }
        t.filingAuthority().ifPresent(d -> checkDepartment(d, path + ".filingAuthority", violations));
        if (t.filingNumber().isPresent() && t.filingNumber().get().isBlank()) {
            violations.add(InputValidator.get().violation(path + ".filingNumber", "NotBlank", Map.of()));
        }
    }

    /**
     * Checks that a department's level is the one its code implies.
     *
     * @param d          the department
     * @param path       its path
     * @param violations where to add violations
     */
    public static void checkDepartment(CivilAffairsDepartment d, String path, List<Violation> violations) {
        if (d.region() != null && d.level() != null && !d.consistent()) {
            violations.add(new Violation(path + ".level", "charity.department-level-mismatch",
                    "与行政区划代码所示层级（" + d.region().level() + "）不一致",
                    "does not match the level of the division code (" + d.region().level() + ")"));
        }
    }

    /**
     * Checks a trustee on its own (a trustee joining by replacement).
     *
     * @param tr         the trustee
     * @param path       its path
     * @param violations where to add violations
     */
    public static void checkTrustee(Trustee tr, String path, List<Violation> violations) {
        if (tr.creditCode() != null && !UnifiedSocialCreditCode.isValid(tr.creditCode())) {
            violations.add(invalidCode(path + ".creditCode"));
        }
    }

    /**
     * @param path the path
     * @param date the decision date
     * @return the violation "must not be after the decision date"
     */
    public static Violation afterDecision(String path, LocalDate date) {
        return InputValidator.get().violation(path, "date.after-decision", Map.of("date", date));
    }

    /**
     * @param path the path of a required value
     * @return the violation "is required"
     */
    public static Violation required(String path) {
        return InputValidator.get().violation(path, "NotNull", Map.of());
    }

    private static Violation invalidCode(String path) {
        return new Violation(path, "charity.credit-code-invalid",
                "不是有效的统一社会信用代码（GB 32100-2015：18位、字符集、校验码）",
                "is not a valid unified social credit code (GB 32100-2015: 18 characters, character set, check character)");
    }

    private static void checkParty(Party p, String path, List<Violation> violations) {
        if (p.creditCode().isPresent() && !UnifiedSocialCreditCode.isValid(p.creditCode().get())) {
            violations.add(invalidCode(path + ".creditCode"));
        }
    }

    private static void checkProperty(CharitableTrust t, String path, List<Violation> violations) {
        long sum = 0;
        for (TrustProperty p : t.property()) {
            Money v = p.value();
            if (v == null || v.isNegative()) {
                return; // reported by the constraints
            }
            sum = Math.addExact(sum, v.fen());
        }
        if (sum == 0) {
            violations.add(new Violation(path + ".property", "charity.property-zero",
                    "信托财产总值须大于零", "must be worth more than zero in total"));
        }
    }
}
