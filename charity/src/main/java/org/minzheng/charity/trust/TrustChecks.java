package org.minzheng.charity.trust;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minzheng.core.id.UnifiedSocialCreditCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.validation.Checks;
import org.minzheng.core.validation.InputValidator;
import org.minzheng.core.validation.Violation;

/**
 * Domain checks on a charitable-trust record that Jakarta constraints cannot express: credit
 * codes well-formed (GB 32100-2015), no trustee listed twice, a lead trustee among the trustees
 * when there are several, a term that ends after it starts, property worth more than nothing,
 * dates in order (filed on or after signing, nothing after the decision date), a filing
 * department whose level fits its code. Messages never repeat the rejected value: shared checks
 * (a date after the decision date, two dates out of order) come from core's
 * {@link org.minzheng.core.validation.Checks}, this module's own from its validation bundle
 * ({@code org/minzheng/charity/validation.properties} and {@code validation_zh.properties}).
 *
 * <p>Run whenever no required value is missing, alongside the constraint violations, so that
 * the caller receives every problem at once.
 */
public final class TrustChecks {

    /** The base name of the module's validation bundle. */
    public static final String BUNDLE = "org.minzheng.charity.validation";

    private TrustChecks() {}

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
                    violations.add(violation(p + ".creditCode", "charity.trustee-duplicate", "position", j + 1));
                    break;
                }
            }
            if (t.leadTrustee().isPresent()
                    && TrusteeRules.sameCode(t.leadTrustee().get(), tr.creditCode())) {
                leadFound = true;
            }
        }
        if (t.leadTrustee().isEmpty() && trustees.size() > 1) {
            violations.add(violation(path + ".leadTrustee", "charity.lead-trustee-missing"));
        } else if (t.leadTrustee().isPresent() && !leadFound) {
            violations.add(violation(path + ".leadTrustee", "charity.lead-trustee-unknown"));
        }
        for (int i = 0; i < t.settlors().size(); i++) {
            checkParty(t.settlors().get(i), path + ".settlors[" + i + "]", violations);
        }
        t.supervisor().ifPresent(s -> checkParty(s, path + ".supervisor", violations));
        TrustTerm term = t.term();
        if (term.start() != null
                && term.endExclusive().isPresent()
                && !term.endExclusive().get().isAfter(term.start())) {
            violations.add(violation(path + ".term.endExclusive", "charity.term-end-not-after-start"));
        }
        checkProperty(t, path, violations);
        LocalDate signed = t.signingDate();
        LocalDate filed = t.filedOn().orElse(null);
        if (date != null) {
            Checks.notAfterDecisionDate(path + ".signingDate", signed, date, violations);
        }
        Checks.notBefore(path + ".filedOn", filed, signed, path + ".signingDate", violations);
        if (date != null) {
            Checks.notAfterDecisionDate(path + ".filedOn", filed, date, violations);
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
            violations.add(violation(
                    path + ".level",
                    "charity.department-level-mismatch",
                    "level",
                    d.region().level()));
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
     * A violation of one of this module's own checks, its message from the charity validation
     * bundle ({@value #BUNDLE}) in both languages; never with the rejected value.
     *
     * @param path      the path
     * @param code      the code, defined in the bundle
     * @param keyValues alternating placeholder names and values
     * @return the violation
     */
    public static Violation violation(String path, String code, Object... keyValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            values.put((String) keyValues[i], keyValues[i + 1]);
        }
        return InputValidator.get().violation(BUNDLE, TrustChecks.class.getClassLoader(), path, code, values);
    }

    /**
     * @param path the path of a required value
     * @return the violation "is required"
     */
    public static Violation required(String path) {
        return InputValidator.get().violation(path, "NotNull", Map.of());
    }

    private static Violation invalidCode(String path) {
        return violation(path, "charity.credit-code-invalid");
    }

    private static void checkParty(Party p, String path, List<Violation> violations) {
        if (p.creditCode().isPresent()
                && !UnifiedSocialCreditCode.isValid(p.creditCode().get())) {
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
            violations.add(violation(path + ".property", "charity.property-zero"));
        }
    }
}
