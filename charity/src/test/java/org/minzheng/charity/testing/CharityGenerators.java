package org.minzheng.charity.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.minzheng.charity.change.ChangeKind;
import org.minzheng.charity.change.ImmutableTrustChange;
import org.minzheng.charity.change.ImmutableTrusteeReplacement;
import org.minzheng.charity.change.ReplacementGround;
import org.minzheng.charity.change.TrustChange;
import org.minzheng.charity.filing.ImmutableTrustFiling;
import org.minzheng.charity.filing.TrustFiling;
import org.minzheng.charity.matching.AssistanceNeed;
import org.minzheng.charity.matching.CharityFund;
import org.minzheng.charity.matching.FundKind;
import org.minzheng.charity.matching.ImmutableAssistanceNeed;
import org.minzheng.charity.matching.ImmutableCharityFund;
import org.minzheng.charity.matching.ImmutableMatchingCase;
import org.minzheng.charity.matching.MatchingCase;
import org.minzheng.charity.reporting.AnnualReport;
import org.minzheng.charity.reporting.ImmutableClearingReport;
import org.minzheng.charity.reporting.ImmutableTermination;
import org.minzheng.charity.reporting.ImmutableTrustReporting;
import org.minzheng.charity.reporting.TrustReporting;
import org.minzheng.charity.trust.BankCustody;
import org.minzheng.charity.trust.CharitablePurpose;
import org.minzheng.charity.trust.CharitableTrust;
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
import org.minzheng.charity.trust.TrusteeRules;
import org.minzheng.charity.trust.TrusteeType;
import org.minzheng.core.money.Money;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.testing.IdGenerators;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of the charity module's domain types, for property tests.
 *
 * <p>Public API of the {@code minzheng-charity} tests jar: integrators can property-test their own
 * systems with them, e.g.
 * <pre>{@code
 * qt().forAll(CharityGenerators.filings()).checkAssert(f -> ...);
 * }</pre>
 *
 * <p>Everything generated is valid input (credit codes with correct check characters, terms that
 * end after they start, property worth more than zero, dates in order, unique ids) and lies in
 * Huzhou (湖州市 330500 and its districts and counties) unless a method says otherwise. Credit codes
 * are synthetic. Settlor names are drawn from a short list of common Chinese names.
 */
public final class CharityGenerators {

    /** Huzhou and its districts and counties. */
    public static final List<RegionCode> HUZHOU_REGIONS = List.of(
            RegionCode.of("330500"),
            RegionCode.of("330502"),
            RegionCode.of("330503"),
            RegionCode.of("330521"),
            RegionCode.of("330522"),
            RegionCode.of("330523"));

    private static final String SYMBOLS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final List<String> NAMES = List.of("张三丰", "李四", "王小明", "欧阳娜娜", "赵敏");
    private static final LocalDate EARLIEST = LocalDate.of(2016, 9, 1);

    private CharityGenerators() {}

    /**
     * Credit codes with a given registration authority, organisation type and division code.
     *
     * @param authority the first character, e.g. {@code '5'} or {@code '9'}
     * @param type      the second character, e.g. {@code '3'} (foundation) or {@code '1'} (enterprise)
     * @param region    the registering authority's region
     * @return the generator
     */
    public static Gen<String> creditCodes(char authority, char type, RegionCode region) {
        return rs -> {
            StringBuilder sb =
                    new StringBuilder(18).append(authority).append(type).append(region.code());
            for (int i = 0; i < 9; i++) {
                sb.append(SYMBOLS.charAt(integers().between(0, 30).generate(rs)));
            }
            return sb.append(IdGenerators.creditCodeCheckCharacter(sb)).toString();
        };
    }

    /** @return recognised charitable organisations registered by a Huzhou civil-affairs bureau */
    public static Gen<Trustee> charitableOrganisations() {
        return rs -> {
            RegionCode region = Generate.pick(HUZHOU_REGIONS).generate(rs);
            char type = Generate.pick(List.of('1', '2', '3')).generate(rs);
            return ImmutableTrustee.builder()
                    .name("示例慈善组织")
                    .creditCode(creditCodes('5', type, region).generate(rs))
                    .type(TrusteeType.CHARITABLE_ORGANISATION)
                    .recognisedCharitableOrganisation(true)
                    .build();
        };
    }

    /** @return trust companies registered in a Huzhou district, county or the city */
    public static Gen<Trustee> trustCompanies() {
        return rs -> ImmutableTrustee.builder()
                .name("示例信托公司")
                .creditCode(creditCodes('9', '1', Generate.pick(HUZHOU_REGIONS).generate(rs))
                        .generate(rs))
                .type(TrusteeType.TRUST_COMPANY)
                .build();
    }

    /** @return trustees of either allowed kind */
    public static Gen<Trustee> trustees() {
        return charitableOrganisations().mix(trustCompanies());
    }

    /** @return settlors, persons or organisations */
    public static Gen<Party> settlors() {
        return rs -> ImmutableParty.builder()
                .kind(Generate.enumValues(PartyKind.class).generate(rs))
                .name(Generate.pick(NAMES).generate(rs))
                .build();
    }

    /** @return non-empty sets of purposes among the named items (一)–(五) */
    public static Gen<EnumSet<CharitablePurpose>> namedPurposes() {
        return rs -> {
            EnumSet<CharitablePurpose> set = EnumSet.noneOf(CharitablePurpose.class);
            int n = integers().between(1, 3).generate(rs);
            for (int i = 0; i < n; i++) {
                set.add(Generate.pick(List.of(
                                CharitablePurpose.POVERTY_AND_HARDSHIP,
                                CharitablePurpose.ELDERLY_ORPHANS_SICK_DISABLED_ENTITLED,
                                CharitablePurpose.EMERGENCY_RELIEF,
                                CharitablePurpose.EDUCATION_SCIENCE_CULTURE_HEALTH_SPORT,
                                CharitablePurpose.ENVIRONMENT))
                        .generate(rs));
            }
            return set;
        };
    }

    /** @return amounts from 0.01 to 100,000,000.00 yuan */
    public static Gen<Money> amounts() {
        return longs().between(1, 10_000_000_000L).map(Money::ofFen);
    }

    /**
     * Filed trusts: 1–3 trustees, property of 1–3 items, custody for cash, signed between 2016-09-01
     * and 2025-12-31, filed 0–20 days after signing with the competent department, filing number
     * from the number given.
     *
     * @return the generator
     */
    public static Gen<CharitableTrust> filedTrusts() {
        return rs -> filedTrust(rs, longs().between(0, 999_999).generate(rs));
    }

    /**
     * Filed trusts with a given filing delay in days.
     *
     * @param minDays the least days from signing to filing
     * @param maxDays the most
     * @return the generator
     */
    public static Gen<CharitableTrust> filedTrusts(int minDays, int maxDays) {
        return rs -> {
            CharitableTrust t = filedTrust(rs, longs().between(0, 999_999).generate(rs));
            int delay = integers().between(minDays, maxDays).generate(rs);
            return ImmutableCharitableTrust.copyOf(t)
                    .withFiledOn(t.signingDate().plusDays(delay));
        };
    }

    /**
     * Lists of filed trusts with unique filing numbers, as a registry holds them.
     *
     * @param max the most records
     * @return the generator
     */
    public static Gen<List<CharitableTrust>> registryRecords(int max) {
        return rs -> {
            int n = integers().between(0, max).generate(rs);
            List<CharitableTrust> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(filedTrust(rs, i));
            }
            return list;
        };
    }

    private static CharitableTrust filedTrust(org.quicktheories.core.RandomnessSource rs, long number) {
        int trustees = integers().between(1, 3).generate(rs);
        ImmutableCharitableTrust.Builder b = ImmutableCharitableTrust.builder();
        List<Trustee> list = new ArrayList<>();
        while (list.size() < trustees) {
            Trustee t = trustees().generate(rs);
            if (list.stream().noneMatch(x -> TrusteeRules.sameCode(x.creditCode(), t.creditCode()))) {
                list.add(t);
            }
        }
        b.trustees(list);
        if (trustees > 1) {
            b.leadTrustee(
                    list.get(integers().between(0, trustees - 1).generate(rs)).creditCode());
        }
        int settlors = integers().between(1, 2).generate(rs);
        for (int i = 0; i < settlors; i++) {
            b.addSettlors(settlors().generate(rs));
        }
        if (Generate.booleans().generate(rs)) {
            b.supervisor(settlors().generate(rs));
        }
        b.purposes(namedPurposes().generate(rs));
        int items = integers().between(1, 3).generate(rs);
        boolean cash = false;
        for (int i = 0; i < items; i++) {
            PropertyKind kind = Generate.enumValues(PropertyKind.class).generate(rs);
            cash |= kind == PropertyKind.CASH;
            b.addProperty(TrustProperty.of(kind, amounts().generate(rs)));
        }
        if (cash) {
            b.custody(BankCustody.of("示例商业银行"));
        }
        LocalDate signed = EARLIEST.plusDays(integers().between(0, 3408).generate(rs));
        b.signingDate(signed);
        b.term(TrustTerm.of(
                signed,
                Generate.booleans().generate(rs)
                        ? null
                        : signed.plusYears(integers().between(1, 20).generate(rs))));
        b.filedOn(signed.plusDays(integers().between(0, 20).generate(rs)));
        CharitableTrust draft =
                b.filingAuthority(CivilAffairsDepartment.of(RegionCode.NATION)).build();
        CivilAffairsDepartment competent =
                TrusteeRules.competentAuthority(draft).find().orElseThrow();
        return ImmutableCharitableTrust.copyOf(draft)
                .withFilingAuthority(competent)
                .withFilingNumber(
                        Optional.of(competent.region().code() + String.format(java.util.Locale.ROOT, "%08d", number)));
    }

    /**
     * Filings with every required document and the competent department, filed 0–20 days after
     * signing (so some are late).
     *
     * @return the generator
     */
    public static Gen<TrustFiling> filings() {
        return filedTrusts().map(SampleTrusts::completeFiling);
    }

    /**
     * Filings with any subset of the documents.
     *
     * @return the generator
     */
    public static Gen<TrustFiling> filingsWithAnyDocuments() {
        return rs -> {
            CharitableTrust t = filedTrusts().generate(rs);
            EnumSet<FilingDocument> docs = EnumSet.noneOf(FilingDocument.class);
            for (FilingDocument d : FilingDocument.values()) {
                if (Generate.booleans().generate(rs)) {
                    docs.add(d);
                }
            }
            return ImmutableTrustFiling.builder().trust(t).documents(docs).build();
        };
    }

    /** @return charity funds in Huzhou regions (or Zhejiang, or the nation) with 0–500,000.00 yuan left */
    public static Gen<CharityFund> funds() {
        return rs -> fund(rs, "F" + integers().between(0, 9999).generate(rs));
    }

    /** @return assistance needs in Huzhou regions of 0.01–200,000.00 yuan, priority 0–3 */
    public static Gen<AssistanceNeed> needs() {
        return rs -> need(rs, "N" + integers().between(0, 9999).generate(rs));
    }

    /**
     * @param maxFunds the most funds
     * @param maxNeeds the most needs
     * @return matching cases with unique ids
     */
    public static Gen<MatchingCase> matchingCases(int maxFunds, int maxNeeds) {
        return rs -> {
            ImmutableMatchingCase.Builder b = ImmutableMatchingCase.builder();
            int nf = integers().between(0, maxFunds).generate(rs);
            for (int i = 0; i < nf; i++) {
                b.addFunds(fund(rs, String.format(java.util.Locale.ROOT, "F%03d", i)));
            }
            int nn = integers().between(0, maxNeeds).generate(rs);
            for (int i = 0; i < nn; i++) {
                b.addNeeds(need(rs, String.format(java.util.Locale.ROOT, "N%03d", i)));
            }
            return b.build();
        };
    }

    private static CharityFund fund(org.quicktheories.core.RandomnessSource rs, String id) {
        List<RegionCode> regions = new ArrayList<>(HUZHOU_REGIONS);
        regions.add(RegionCode.of("330000"));
        regions.add(RegionCode.NATION);
        return ImmutableCharityFund.builder()
                .id(id)
                .kind(Generate.enumValues(FundKind.class).generate(rs))
                .purposes(namedPurposes().generate(rs))
                .region(Generate.pick(regions).generate(rs))
                .amountLeft(Money.ofFen(longs().between(0, 50_000_000).generate(rs)))
                .build();
    }

    private static AssistanceNeed need(org.quicktheories.core.RandomnessSource rs, String id) {
        return ImmutableAssistanceNeed.builder()
                .id(id)
                .purpose(Generate.pick(List.of(
                                CharitablePurpose.POVERTY_AND_HARDSHIP,
                                CharitablePurpose.ELDERLY_ORPHANS_SICK_DISABLED_ENTITLED,
                                CharitablePurpose.EMERGENCY_RELIEF,
                                CharitablePurpose.EDUCATION_SCIENCE_CULTURE_HEALTH_SPORT,
                                CharitablePurpose.ENVIRONMENT))
                        .generate(rs))
                .region(Generate.pick(HUZHOU_REGIONS).generate(rs))
                .amount(Money.ofFen(longs().between(1, 20_000_000).generate(rs)))
                .priority(integers().between(0, 3).generate(rs))
                .build();
    }

    /**
     * Changes to filed trusts: any kind, a change 0–400 days after filing, for a replacement any
     * ground and an incoming trustee of either allowed kind, re-filed or not, 0–15 days after the
     * change, with the original department or another Huzhou one. All dates lie before 2028.
     *
     * @return the generator
     */
    public static Gen<TrustChange> trustChanges() {
        return rs -> {
            CharitableTrust t = filedTrusts(0, 7).generate(rs);
            ChangeKind kind = Generate.enumValues(ChangeKind.class).generate(rs);
            LocalDate changed = t.filedOn()
                    .orElseThrow()
                    .plusDays(integers().between(0, 400).generate(rs));
            ImmutableTrustChange.Builder b =
                    ImmutableTrustChange.builder().trust(t).kind(kind).changeDate(changed);
            if (kind == ChangeKind.TRUSTEE_REPLACEMENT) {
                b.replacement(ImmutableTrusteeReplacement.builder()
                        .outgoingTrustee(
                                Generate.pick(t.trustees()).generate(rs).creditCode())
                        .incomingTrustee(trustees().generate(rs))
                        .ground(Generate.enumValues(ReplacementGround.class).generate(rs))
                        .trustDocumentAllowsResignation(Generate.booleans().generate(rs))
                        .build());
            }
            if (Generate.booleans().generate(rs)) {
                b.refiledOn(changed.plusDays(integers().between(0, 15).generate(rs)));
                b.refiledWith(
                        Generate.booleans().generate(rs)
                                ? t.filingAuthority().orElseThrow()
                                : CivilAffairsDepartment.of(
                                        Generate.pick(HUZHOU_REGIONS).generate(rs)));
            }
            return b.build();
        };
    }

    /**
     * Reporting records of filed trusts: 0–6 reports within 1,500 days of filing, published 0–30
     * days later or not, and sometimes a termination with its report and clearing report. All
     * dates lie before 2031.
     *
     * @return the generator
     */
    public static Gen<TrustReporting> trustReportings() {
        return rs -> {
            CharitableTrust t = filedTrusts(0, 7).generate(rs);
            LocalDate filed = t.filedOn().orElseThrow();
            ImmutableTrustReporting.Builder b =
                    ImmutableTrustReporting.builder().trust(t);
            int n = integers().between(0, 6).generate(rs);
            for (int i = 0; i < n; i++) {
                LocalDate submitted = filed.plusDays(integers().between(0, 1500).generate(rs));
                b.addReports(AnnualReport.of(
                        submitted,
                        Generate.booleans().generate(rs)
                                ? null
                                : submitted.plusDays(integers().between(0, 30).generate(rs))));
            }
            if (Generate.booleans().generate(rs)) {
                LocalDate ended = filed.plusDays(integers().between(0, 1500).generate(rs));
                ImmutableTermination.Builder tb = ImmutableTermination.builder().terminatedOn(ended);
                if (Generate.booleans().generate(rs)) {
                    tb.reportedOn(ended.plusDays(integers().between(0, 30).generate(rs)));
                }
                if (Generate.booleans().generate(rs)) {
                    LocalDate cleared = ended.plusDays(integers().between(0, 90).generate(rs));
                    tb.clearingReport(ImmutableClearingReport.builder()
                            .submittedOn(cleared)
                            .supervisorApproved(Generate.booleans().generate(rs))
                            .publishedOn(
                                    Optional.ofNullable(Generate.booleans().generate(rs) ? cleared.plusDays(5) : null))
                            .build());
                }
                b.termination(tb.build());
            }
            return b.build();
        };
    }
}
