package org.minzheng.charity.trust;

import java.time.LocalDate;
import java.util.Optional;
import org.minzheng.charity.CharityCitations;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.id.RegistrationAuthority;
import org.minzheng.core.id.UnifiedSocialCreditCode;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.region.RegionLevel;

/**
 * What a trustee's credit code implies: whether the trustee is a body the Charity Law allows
 * (Art. 47), which department registered it, and which department is competent for the filing.
 *
 * <p>A unified social credit code (GB 32100-2015) carries the registering authority in its first
 * character ({@code 5} civil affairs, {@code 9} market regulation), the organisation type in the
 * second ({@code 91…} = enterprise) and the division code of the registering authority in
 * positions 3–8. National social organisations registered by the Ministry of Civil Affairs carry
 * the division code {@code 100000}, read here as the nation.
 *
 * <p>The competent filing department (慈善法 Art. 45 para 1: the civil-affairs department at county
 * level or above where the trustee is located; narrowed by 《慈善信托管理办法》 Arts. 16–17 as
 * REFERENCE.md §7 gives them):
 * <ul>
 *   <li>a trust company → the civil-affairs department of the prefecture-level government where it
 *       is registered: the prefecture of {@link Trustee#registeredRegion()} or, absent that, of the
 *       code's division code (a county code rolls up to its prefecture); a province-level or
 *       national code gives no prefecture ({@link AuthorityBasis#PREFECTURE_NOT_DERIVABLE});</li>
 *   <li>a charitable organisation → the department that registered or recognised it: the
 *       department of the code's division code at the level the code implies;</li>
 *   <li>several trustees → the lead trustee's department.</li>
 * </ul>
 * County-level units that report directly to a province (省直辖县) have no structural prefecture;
 * their codes roll up to a prefecture code that does not exist. Not handled (none in Zhejiang).
 *
 * <p>All methods expect validated trustees (well-formed codes).
 */
public final class TrusteeRules {

    /** The division code national organisations registered by the Ministry carry. */
    static final String NATIONAL_REGISTRATION = "100000";

    private TrusteeRules() {}

    /**
     * Compares two credit codes as the code does (ASCII letters in either case).
     *
     * @param a one code as given, may be null
     * @param b another, may be null
     * @return true if both are non-null and equal ignoring ASCII case
     */
    public static boolean sameCode(String a, String b) {
        return a != null && b != null && a.length() == b.length() && a.regionMatches(true, 0, b, 0, a.length());
    }

    /**
     * Judges whether a trustee is a body 慈善法 Art. 47 allows, consistently with its code.
     *
     * @param t a validated trustee, not null
     * @return the issue, {@link TrusteeIssue#NONE} if none
     */
    public static TrusteeIssue issue(Trustee t) {
        UnifiedSocialCreditCode code = t.code();
        switch (t.type()) {
            case CHARITABLE_ORGANISATION:
                if (!code.isCivilAffairsRegistered()) {
                    return TrusteeIssue.CHARITY_CODE_NOT_CIVIL_AFFAIRS;
                }
                return t.recognisedCharitableOrganisation() ? TrusteeIssue.NONE : TrusteeIssue.CHARITY_NOT_RECOGNISED;
            case TRUST_COMPANY:
                return code.registrationAuthority() == RegistrationAuthority.MARKET_REGULATION
                                && code.organisationTypeCode() == '1'
                        ? TrusteeIssue.NONE
                        : TrusteeIssue.TRUST_COMPANY_CODE_NOT_ENTERPRISE;
            default:
                return TrusteeIssue.TYPE_NOT_ALLOWED;
        }
    }

    /**
     * The legal basis of a trustee judgement: the recognition rule for an unrecognised social
     * organisation, the registration rule for a code not registered by civil affairs, Art. 47
     * otherwise.
     *
     * @param issue the issue, not null
     * @param date  the date the law is applied, not null
     * @return the citation
     */
    public static Citation citation(TrusteeIssue issue, LocalDate date) {
        return switch (issue) {
            case CHARITY_NOT_RECOGNISED -> CharityCitations.RECOGNITION_ART_10;
            case CHARITY_CODE_NOT_CIVIL_AFFAIRS -> CharityCitations.LAW_ART_10.on(date);
            default -> CharityCitations.LAW_ART_47.on(date);
        };
    }

    /**
     * Starts declaring a rule that judges a trustee with {@link #issue(Trustee)}: it cites 慈善法
     * Art. 47 and may cite instead any article {@link #citation(TrusteeIssue, LocalDate)} gives
     * (Art. 47 of the 2016 text, Art. 10 of either text, 慈善组织认定办法 Art. 10).
     *
     * @param id the rule id
     * @return the rule's builder, quoting Art. 47
     */
    public static Rule.Builder rule(String id) {
        return CharityCitations.LAW_ART_47
                .rule(id)
                .quote("慈善信托的受托人，可以由委托人确定其信赖的慈善组织或者信托公司担任。")
                .alsoCites(CharityCitations.LAW_ART_10.texts())
                .alsoCites(CharityCitations.RECOGNITION_ART_10);
    }

    /**
     * The region of the authority that registered an organisation, from positions 3–8 of its code.
     *
     * @param code a credit code, not null
     * @return the region ({@link RegionCode#NATION} for {@code 100000}), empty if the digits are
     *         not a division code
     */
    public static Optional<RegionCode> registrationRegion(UnifiedSocialCreditCode code) {
        String digits = code.regionCode();
        if (digits.equals(NATIONAL_REGISTRATION)) {
            return Optional.of(RegionCode.NATION);
        }
        try {
            return Optional.of(RegionCode.of(digits));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The civil-affairs department that registered an organisation (for a code starting with
     * {@code 5}): the department of the code's division at the level the code implies.
     *
     * @param code a credit code, not null
     * @return the department, empty if the code is not a civil-affairs code or its division code
     *         is malformed
     */
    public static Optional<CivilAffairsDepartment> registeringDepartment(UnifiedSocialCreditCode code) {
        if (!code.isCivilAffairsRegistered()) {
            return Optional.empty();
        }
        return registrationRegion(code).map(CivilAffairsDepartment::of);
    }

    /**
     * The prefecture where a trust company is registered.
     *
     * @param t a validated trustee, not null
     * @return the prefecture-level region, empty if the registered region is province-level or
     *         national (or the code's division code is malformed)
     */
    public static Optional<RegionCode> registeredPrefecture(Trustee t) {
        Optional<RegionCode> region =
                t.registeredRegion().isPresent() ? t.registeredRegion() : registrationRegion(t.code());
        if (region.isEmpty()) {
            return Optional.empty();
        }
        RegionCode r = region.get();
        if (r.level() == RegionLevel.PREFECTURE) {
            return Optional.of(r);
        }
        if (r.level() == RegionLevel.COUNTY) {
            return r.structuralParent();
        }
        return Optional.empty();
    }

    /**
     * Derives the department competent for a trust's filing from its lead trustee.
     *
     * @param trust a validated trust, not null
     * @return the competent department, or why none follows
     */
    public static CompetentAuthority competentAuthority(CharitableTrust trust) {
        Trustee lead = trust.lead();
        if (issue(lead) != TrusteeIssue.NONE && issue(lead) != TrusteeIssue.CHARITY_NOT_RECOGNISED) {
            return new CompetentAuthority(null, AuthorityBasis.TRUSTEE_NOT_ALLOWED);
        }
        if (lead.type() == TrusteeType.TRUST_COMPANY) {
            return registeredPrefecture(lead)
                    .map(p -> new CompetentAuthority(
                            CivilAffairsDepartment.of(p), AuthorityBasis.TRUST_COMPANY_PREFECTURE))
                    .orElseGet(() -> new CompetentAuthority(null, AuthorityBasis.PREFECTURE_NOT_DERIVABLE));
        }
        return registeringDepartment(lead.code())
                .map(d -> new CompetentAuthority(d, AuthorityBasis.CHARITY_REGISTERING_DEPARTMENT))
                .orElseGet(() -> new CompetentAuthority(null, AuthorityBasis.TRUSTEE_NOT_ALLOWED));
    }
}
