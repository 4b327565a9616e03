package org.minzheng.charity.testing;

import java.time.LocalDate;
import java.util.EnumSet;
import org.minzheng.charity.filing.ImmutableTrustFiling;
import org.minzheng.charity.filing.TrustFiling;
import org.minzheng.charity.trust.BankCustody;
import org.minzheng.charity.trust.CharitablePurpose;
import org.minzheng.charity.trust.CivilAffairsDepartment;
import org.minzheng.charity.trust.FilingDocument;
import org.minzheng.charity.trust.ImmutableCharitableTrust;
import org.minzheng.charity.trust.ImmutableParty;
import org.minzheng.charity.trust.ImmutableTrustee;
import org.minzheng.charity.trust.Party;
import org.minzheng.charity.trust.PartyKind;
import org.minzheng.charity.trust.PropertyKind;
import org.minzheng.charity.trust.TrustProperty;
import org.minzheng.charity.trust.TrustTerm;
import org.minzheng.charity.trust.Trustee;
import org.minzheng.charity.trust.TrusteeType;
import org.minzheng.core.money.Money;

/**
 * Fixed sample records for scenario tests: fictional organisations with well-formed credit codes
 * (check characters correct, not drawn from any register) and fictional settlors.
 *
 * <p>Public API of the {@code minzheng-charity} tests jar, for integrators' own tests.
 */
public final class SampleTrusts {

    /** A foundation registered by the Huzhou municipal civil-affairs bureau (53 330500 …). */
    public static final String HUZHOU_FOUNDATION = "53330500MJ0000001J";
    /** A social organisation registered by the Wuxing district civil-affairs bureau (51 330502 …). */
    public static final String WUXING_SOCIAL_ORGANISATION = "51330502MJ0000002Q";
    /** A social service agency registered by the Deqing county civil-affairs bureau (52 330521 …). */
    public static final String DEQING_SERVICE_AGENCY = "52330521MJ00000039";
    /** A foundation registered by the Ministry of Civil Affairs (53 100000 …). */
    public static final String NATIONAL_FOUNDATION = "53100000MJ0000005B";
    /** A trust company registered in Hangzhou (91 330100 …). */
    public static final String HANGZHOU_TRUST_COMPANY = "91330100MA2B00003E";
    /** A trust company registered in Huzhou (91 330500 …). */
    public static final String HUZHOU_TRUST_COMPANY = "91330500MA2B00001W";
    /** A company registered by the Zhejiang provincial market regulator (91 330000 …): no prefecture in the code. */
    public static final String PROVINCIAL_TRUST_COMPANY = "91330000MA2B000026";

    /** The Huzhou municipal civil-affairs bureau. */
    public static final CivilAffairsDepartment HUZHOU = CivilAffairsDepartment.of("330500");
    /** The Wuxing district civil-affairs bureau. */
    public static final CivilAffairsDepartment WUXING = CivilAffairsDepartment.of("330502");
    /** The Hangzhou municipal civil-affairs bureau. */
    public static final CivilAffairsDepartment HANGZHOU = CivilAffairsDepartment.of("330100");

    private SampleTrusts() {}

    /** @return a natural-person settlor, 张三丰 (masked as 张**) */
    public static Party personSettlor() {
        return ImmutableParty.builder()
                .kind(PartyKind.NATURAL_PERSON)
                .name("张三丰")
                .build();
    }

    /**
     * @param name  the name
     * @param code  the credit code
     * @param type  the type
     * @return a trustee; charitable organisations are recognised
     */
    public static Trustee trustee(String name, String code, TrusteeType type) {
        return ImmutableTrustee.builder()
                .name(name)
                .creditCode(code)
                .type(type)
                .recognisedCharitableOrganisation(type == TrusteeType.CHARITABLE_ORGANISATION)
                .build();
    }

    /** @return the Huzhou foundation as trustee */
    public static Trustee huzhouFoundation() {
        return trustee("湖州市示例慈善基金会", HUZHOU_FOUNDATION, TrusteeType.CHARITABLE_ORGANISATION);
    }

    /** @return the Hangzhou trust company as trustee */
    public static Trustee hangzhouTrustCompany() {
        return trustee("示例信托有限责任公司", HANGZHOU_TRUST_COMPANY, TrusteeType.TRUST_COMPANY);
    }

    /**
     * A cash trust of 1,000,000 yuan by one person, the Huzhou foundation as trustee, for poverty
     * relief and the elderly, with bank custody, for five years from signing, filed with the Huzhou
     * bureau.
     *
     * @param signed the signing date
     * @param filed  the filing date
     * @return a builder holding that trust, for changes
     */
    public static ImmutableCharitableTrust.Builder cashTrust(LocalDate signed, LocalDate filed) {
        return ImmutableCharitableTrust.builder()
                .addSettlors(personSettlor())
                .addTrustees(huzhouFoundation())
                .addPurposes(
                        CharitablePurpose.POVERTY_AND_HARDSHIP,
                        CharitablePurpose.ELDERLY_ORPHANS_SICK_DISABLED_ENTITLED)
                .addProperty(TrustProperty.of(PropertyKind.CASH, Money.ofYuan(1_000_000)))
                .term(TrustTerm.of(signed, signed.plusYears(5)))
                .signingDate(signed)
                .custody(BankCustody.of("示例商业银行湖州分行"))
                .filingAuthority(HUZHOU)
                .filedOn(filed)
                .filingNumber("3305002024000001");
    }

    /**
     * @param trust the trust as filed
     * @return a filing with every document the trust needs
     */
    public static TrustFiling completeFiling(org.minzheng.charity.trust.CharitableTrust trust) {
        EnumSet<FilingDocument> docs = EnumSet.noneOf(FilingDocument.class);
        for (FilingDocument d : FilingDocument.values()) {
            if (d.requiredFor(trust.holdsCash())) {
                docs.add(d);
            }
        }
        return ImmutableTrustFiling.builder().trust(trust).documents(docs).build();
    }
}
