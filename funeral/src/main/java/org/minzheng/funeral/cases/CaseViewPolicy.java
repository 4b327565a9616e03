package org.minzheng.funeral.cases;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which role sees which part of an estate-query case. <strong>This matrix is minzheng's design,
 * not a rule of law</strong>: no source found says who may see what within Huzhou's joint
 * service. It follows the least-privilege reading of the 2019 notice, under which the bank
 * tells the balance to the applicant who applied:
 *
 * <table>
 *   <caption>Role matrix (✓ = visible)</caption>
 *   <tr><th>field</th><th>APPLICANT</th><th>CO_HEIR</th><th>OFFICIAL</th><th>AUDITOR</th></tr>
 *   <tr><td>STATE</td><td>✓</td><td>✓</td><td>✓</td><td>✓</td></tr>
 *   <tr><td>DECEASED (masked)</td><td>✓</td><td>✓</td><td>✓</td><td>✓</td></tr>
 *   <tr><td>APPLICANT (masked)</td><td>✓</td><td></td><td>✓</td><td>✓</td></tr>
 *   <tr><td>RELATION</td><td>✓</td><td></td><td>✓</td><td>✓</td></tr>
 *   <tr><td>EVIDENCE</td><td>✓</td><td></td><td>✓</td><td></td></tr>
 *   <tr><td>REFUSAL</td><td>✓</td><td></td><td>✓</td><td>✓</td></tr>
 *   <tr><td>GRANT_SCOPE</td><td>✓</td><td>✓</td><td>✓</td><td>✓</td></tr>
 *   <tr><td>ASSET_RECORDS</td><td>✓</td><td></td><td>✓</td><td></td></tr>
 *   <tr><td>RECORD_COUNTS</td><td></td><td></td><td>✓</td><td>✓</td></tr>
 *   <tr><td>AUDIT_TRAIL</td><td></td><td></td><td></td><td>✓</td></tr>
 * </table>
 *
 * <p>A co-heir learns that a query exists and what it covers, so they can join or apply
 * themselves, but not the balances nor who applied. An auditor checks the process (states,
 * counts, the audit trail) but not the balances. Whatever the role, asset records are shown
 * only within the grant's scope and dates ({@link org.minzheng.funeral.estate.EstateQueryGrant#permits}).
 */
public final class CaseViewPolicy {

    private static final Map<Role, Set<CaseField>> MATRIX;

    static {
        Map<Role, Set<CaseField>> m = new EnumMap<>(Role.class);
        m.put(
                Role.APPLICANT,
                Collections.unmodifiableSet(EnumSet.of(
                        CaseField.STATE,
                        CaseField.DECEASED,
                        CaseField.APPLICANT,
                        CaseField.RELATION,
                        CaseField.EVIDENCE,
                        CaseField.REFUSAL,
                        CaseField.GRANT_SCOPE,
                        CaseField.ASSET_RECORDS)));
        m.put(
                Role.CO_HEIR,
                Collections.unmodifiableSet(EnumSet.of(CaseField.STATE, CaseField.DECEASED, CaseField.GRANT_SCOPE)));
        m.put(
                Role.OFFICIAL,
                Collections.unmodifiableSet(EnumSet.of(
                        CaseField.STATE,
                        CaseField.DECEASED,
                        CaseField.APPLICANT,
                        CaseField.RELATION,
                        CaseField.EVIDENCE,
                        CaseField.REFUSAL,
                        CaseField.GRANT_SCOPE,
                        CaseField.ASSET_RECORDS,
                        CaseField.RECORD_COUNTS)));
        m.put(
                Role.AUDITOR,
                Collections.unmodifiableSet(EnumSet.of(
                        CaseField.STATE,
                        CaseField.DECEASED,
                        CaseField.APPLICANT,
                        CaseField.RELATION,
                        CaseField.REFUSAL,
                        CaseField.GRANT_SCOPE,
                        CaseField.RECORD_COUNTS,
                        CaseField.AUDIT_TRAIL)));
        MATRIX = Collections.unmodifiableMap(m);
    }

    private CaseViewPolicy() {}

    /**
     * @param role a role, not null
     * @return the fields the role may see
     */
    public static Set<CaseField> visibleTo(Role role) {
        return MATRIX.get(role);
    }

    /**
     * @param role  a role, not null
     * @param field a field, not null
     * @return true if the role may see the field
     */
    public static boolean allows(Role role, CaseField field) {
        return MATRIX.get(role).contains(field);
    }
}
