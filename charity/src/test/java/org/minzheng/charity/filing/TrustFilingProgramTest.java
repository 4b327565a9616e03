package org.minzheng.charity.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.charity.CharityTestSupport.explainBoth;
import static org.minzheng.charity.CharityTestSupport.huzhou;
import static org.minzheng.charity.testing.SampleTrusts.HANGZHOU;
import static org.minzheng.charity.testing.SampleTrusts.HUZHOU;
import static org.minzheng.charity.testing.SampleTrusts.WUXING;
import static org.minzheng.charity.testing.SampleTrusts.cashTrust;
import static org.minzheng.charity.testing.SampleTrusts.completeFiling;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.minzheng.charity.CharityCitations;
import org.minzheng.charity.CharityParameters;
import org.minzheng.charity.testing.SampleTrusts;
import org.minzheng.charity.trust.AuthorityBasis;
import org.minzheng.charity.trust.CharitablePurpose;
import org.minzheng.charity.trust.CharitableTrust;
import org.minzheng.charity.trust.CivilAffairsDepartment;
import org.minzheng.charity.trust.Confidence;
import org.minzheng.charity.trust.FilingDocument;
import org.minzheng.charity.trust.ImmutableCharitableTrust;
import org.minzheng.charity.trust.ImmutableTrustee;
import org.minzheng.charity.trust.PropertyKind;
import org.minzheng.charity.trust.TrustProperty;
import org.minzheng.charity.trust.TrustTerm;
import org.minzheng.charity.trust.TrusteeIssue;
import org.minzheng.charity.trust.TrusteeType;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Finding;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.json.Json;
import org.minzheng.core.money.Money;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.region.RegionLevel;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.core.validation.Violation;

class TrustFilingProgramTest {

    static final TrustFilingProgram FILING = new TrustFilingProgram();
    static final LocalDate OCT_1 = LocalDate.of(2024, 10, 1);
    static final LocalDate DECIDED = LocalDate.of(2024, 12, 1);

    static Decision<FilingCheckResult> decide(CharitableTrust t) {
        return FILING.decide(completeFiling(t), huzhou(DECIDED));
    }

    static Verdict verdict(Decision<?> d, String rule) {
        return d.finding(rule).orElseThrow().verdict();
    }

    @Test
    void art45_signedOnTheFirst_filedOnTheEighth_isOnTime() {
        Decision<FilingCheckResult> d =
                decide(cashTrust(OCT_1, LocalDate.of(2024, 10, 8)).build());
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        FilingCheckResult r = d.result().orElseThrow();
        assertThat(r.lastDayToFile()).isEqualTo(LocalDate.of(2024, 10, 8));
        assertThat(r.deadlineDays()).isEqualTo(7);
        assertThat(r.nominalLastDay()).isEqualTo(LocalDate.of(2024, 10, 8));
        assertThat(r.daysAfterSigning()).isEqualTo(7);
        assertThat(r.onTime()).isTrue();
        assertThat(r.taxStanding()).isEqualTo(TaxStanding.NOT_EXCLUDED);
        assertThat(r.taxStandingConfidence()).isEqualTo(Confidence.HIGH);
        assertThat(verdict(d, TrustFilingProgram.DEADLINE.id())).isEqualTo(Verdict.MET);
        assertThat(d.finding(TrustFilingProgram.DEADLINE.id()).orElseThrow().citation())
                .isEqualTo(CharityCitations.LAW_ART_45_1.on(DECIDED));
        assertThat(d.parameterValues().stream().filter(v -> !v.key().name().startsWith("calendar.")))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.key()).isEqualTo(CharityParameters.FILING_DEADLINE_DAYS);
                    assertThat(v.citation().instrument()).isEqualTo(CharityCitations.CHARITY_LAW_2023);
                });
        assertThat(d.warnings()).isEmpty();
        explainBoth(FILING, d);
    }

    @Test
    void art45_filedOnTheNinth_isLate_andHasNoTaxPreference() {
        Decision<FilingCheckResult> d =
                decide(cashTrust(OCT_1, LocalDate.of(2024, 10, 9)).build());
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(verdict(d, TrustFilingProgram.DEADLINE.id())).isEqualTo(Verdict.NOT_MET);
        Finding tax = d.finding(TrustFilingProgram.TAX.id()).orElseThrow();
        assertThat(tax.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(tax.citation()).isEqualTo(CharityCitations.LAW_ART_45_2.on(DECIDED));
        assertThat(tax.facts())
                .containsEntry("standing", TaxStanding.EXCLUDED_LATE_FILING)
                .containsEntry("confidence", Confidence.MEDIUM);
        FilingCheckResult r = d.result().orElseThrow();
        assertThat(r.onTime()).isFalse();
        assertThat(r.taxStanding()).isEqualTo(TaxStanding.EXCLUDED_LATE_FILING);
        assertThat(d.counterfactuals()).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo("charity-trust-filing.counterfactual.late");
            assertThat(n.facts()).containsEntry("daysLate", 1L).containsEntry("lastDay", LocalDate.of(2024, 10, 8));
        });
        // every other rule is met: the filing fails on the deadline alone
        assertThat(d.findings())
                .filteredOn(f -> f.verdict() == Verdict.NOT_MET)
                .extracting(Finding::rule)
                .containsExactly(TrustFilingProgram.DEADLINE.id(), TrustFilingProgram.TAX.id());
        explainBoth(FILING, d);
    }

    /**
     * 民法典 第二百零三条: "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日". Signed on
     * 28 September 2024, the seven days of 慈善法 第四十五条 ("自慈善信托文件签订之日起七日内") end on
     * 5 October, inside the National Day days off of 1 to 7 October (国办发明电〔2023〕7号): the last
     * day is 8 October, and a filing that day keeps the tax preference (第四十五条第二款).
     */
    @Test
    void signed28September2024_filedAfterTheNationalDayHoliday_isOnTime_andKeepsItsTaxPreference() {
        Decision<FilingCheckResult> d = decide(
                cashTrust(LocalDate.of(2024, 9, 28), LocalDate.of(2024, 10, 8)).build());
        FilingCheckResult r = d.result().orElseThrow();
        assertThat(r.nominalLastDay()).isEqualTo(LocalDate.of(2024, 10, 5));
        assertThat(r.lastDayToFile()).isEqualTo(LocalDate.of(2024, 10, 8));
        assertThat(r.onTime()).isTrue();
        assertThat(r.taxStanding()).isEqualTo(TaxStanding.NOT_EXCLUDED);
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.finding(TrustFilingProgram.DEADLINE.id()).orElseThrow().facts())
                .containsEntry("nominalLastDay", LocalDate.of(2024, 10, 5))
                .containsEntry("lastDay", LocalDate.of(2024, 10, 8));
        assertThat(d.parameterValues())
                .extracting(v -> v.citation().instrument())
                .contains("gov-office-holidays-2024");
        assertThat(d.warnings()).isEmpty();
        explainBoth(FILING, d);

        Decision<FilingCheckResult> late = decide(
                cashTrust(LocalDate.of(2024, 9, 28), LocalDate.of(2024, 10, 9)).build());
        assertThat(late.result().orElseThrow().taxStanding()).isEqualTo(TaxStanding.EXCLUDED_LATE_FILING);
        assertThat(late.counterfactuals())
                .singleElement()
                .satisfies(n -> assertThat(n.facts()).containsEntry("daysLate", 1L));
    }

    /** A last day in a year whose holiday notice is not configured: weekends extend, and the decision warns. */
    @Test
    void yearWithoutHolidayNotice_weekendStillExtends_andTheDecisionWarns() {
        LocalDate decided = LocalDate.of(2027, 10, 20);
        // signed Saturday 25 September 2027: the seventh day is Saturday 2 October; 2027 has no notice configured
        CharitableTrust t =
                cashTrust(LocalDate.of(2027, 9, 25), LocalDate.of(2027, 10, 4)).build();
        Decision<FilingCheckResult> d = FILING.decide(completeFiling(t), huzhou(decided));
        assertThat(d.result().orElseThrow().lastDayToFile()).isEqualTo(LocalDate.of(2027, 10, 4));
        assertThat(d.result().orElseThrow().onTime()).isTrue();
        assertThat(d.warnings()).extracting(n -> n.code()).containsExactly("calendar.notice-not-configured");
        assertThat(d.missingParameters()).isEmpty();
        explainBoth(FILING, d);
    }

    /**
     * Charity citations follow the date of the event: signed on 1 September 2024 (before the 2023
     * amendment came into force on 5 September 2024), checked in 2025, the filing is judged under
     * the 2016 text (第四十六条 for the trustee), with the period in force on the day of signing.
     */
    @Test
    void signedBeforeTheAmendment_checkedAfterIt_citesThe2016Text() {
        LocalDate decided = LocalDate.of(2025, 3, 1);
        CharitableTrust t =
                cashTrust(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 9, 6)).build();
        Decision<FilingCheckResult> d = FILING.decide(completeFiling(t), huzhou(decided));
        assertThat(d.finding(TrustFilingProgram.DEADLINE.id()).orElseThrow().citation())
                .isEqualTo(org.minzheng.core.citation.Citation.of(CharityCitations.CHARITY_LAW_2016, "第四十五条第一款"));
        assertThat(d.finding(TrustFilingProgram.TRUSTEE.id()).orElseThrow().citation())
                .isEqualTo(org.minzheng.core.citation.Citation.of(CharityCitations.CHARITY_LAW_2016, "第四十六条"));
        assertThat(d.finding(TrustFilingProgram.TAX.id())
                        .orElseThrow()
                        .citation()
                        .instrument())
                .isEqualTo(CharityCitations.CHARITY_LAW_2016);
        assertThat(d.parameterValues())
                .filteredOn(v -> v.key() == CharityParameters.FILING_DEADLINE_DAYS)
                .singleElement()
                .satisfies(v -> assertThat(v.citation().instrument()).isEqualTo(CharityCitations.CHARITY_LAW_2016));
        // signed on the day the amendment came into force: the amended text
        CharitableTrust after =
                cashTrust(LocalDate.of(2024, 9, 5), LocalDate.of(2024, 9, 6)).build();
        assertThat(FILING.decide(completeFiling(after), huzhou(decided))
                        .finding(TrustFilingProgram.DEADLINE.id())
                        .orElseThrow()
                        .citation()
                        .instrument())
                .isEqualTo(CharityCitations.CHARITY_LAW_2023);
    }

    /**
     * 慈善法 第四十五条: the deadline and tax findings cite the article, and carry as their source the
     * pack row that set the seven days in force on the day of signing (the 2016 row for a trust
     * signed on 1 September 2024); the other findings read no parameter and carry none.
     */
    @Test
    void theDeadlineFindings_carryThePackRowThatSetTheSevenDays_asTheirSource() {
        CharitableTrust t =
                cashTrust(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 9, 6)).build();
        Decision<FilingCheckResult> d = FILING.decide(completeFiling(t), huzhou(LocalDate.of(2025, 3, 1)));
        for (var rule : List.of(TrustFilingProgram.DEADLINE, TrustFilingProgram.TAX)) {
            assertThat(d.finding(rule.id()).orElseThrow().sources())
                    .as(rule.id())
                    .singleElement()
                    .satisfies(s -> {
                        assertThat(s.key()).isEqualTo(CharityParameters.FILING_DEADLINE_DAYS.name());
                        assertThat(s.citation().instrument()).isEqualTo(CharityCitations.CHARITY_LAW_2016);
                        assertThat(s.citation().article()).startsWith("第四十五条第一款");
                    });
        }
        assertThat(d.finding(TrustFilingProgram.TRUSTEE.id()).orElseThrow().sources())
                .isEmpty();
        assertThat(FILING.rules())
                .extracting(r -> r.id())
                .containsExactly(
                        "charity-trust-filing.trustee",
                        "charity-trust-filing.purposes",
                        "charity-trust-filing.documents",
                        "charity-trust-filing.custody",
                        "charity-trust-filing.deadline",
                        "charity-trust-filing.authority",
                        "charity-trust-filing.tax-preference");
        assertThat(FILING.parameters()).containsExactly(CharityParameters.FILING_DEADLINE_DAYS);
    }

    @Test
    void art45_filedOnTheSigningDay_isOnTime() {
        Decision<FilingCheckResult> d = decide(cashTrust(OCT_1, OCT_1).build());
        assertThat(d.result().orElseThrow().daysAfterSigning()).isZero();
        assertThat(verdict(d, TrustFilingProgram.DEADLINE.id())).isEqualTo(Verdict.MET);
    }

    @Test
    void deadline_acrossAMonthEnd_countsCalendarDays_andASundayLastDayMovesToMonday() {
        Decision<FilingCheckResult> d = decide(
                cashTrust(LocalDate.of(2024, 2, 25), LocalDate.of(2024, 3, 3)).build());
        // 2024 is a leap year: 25 February + 7 days = Sunday 3 March, moved to Monday 4 March (民法典 第二百零三条)
        assertThat(d.result().orElseThrow().nominalLastDay()).isEqualTo(LocalDate.of(2024, 3, 3));
        assertThat(d.result().orElseThrow().lastDayToFile()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(verdict(d, TrustFilingProgram.DEADLINE.id())).isEqualTo(Verdict.MET);
    }

    @Test
    void trustCompany_filedWithTheWrongDepartment_isRejected_andItsTaxStandingGoesToReview() {
        CharitableTrust t = cashTrust(OCT_1, LocalDate.of(2024, 10, 8))
                .trustees(List.of(SampleTrusts.hangzhouTrustCompany()))
                .filingAuthority(HUZHOU)
                .build();
        Decision<FilingCheckResult> d = decide(t);
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        Finding a = d.finding(TrustFilingProgram.AUTHORITY.id()).orElseThrow();
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(a.facts())
                .containsEntry("competent", HANGZHOU)
                .containsEntry("filedWith", HUZHOU)
                .containsEntry("basis", AuthorityBasis.TRUST_COMPANY_PREFECTURE);
        assertThat(a.citation()).isEqualTo(CharityCitations.MEASURES_ART_16);
        FilingCheckResult r = d.result().orElseThrow();
        assertThat(r.competentAuthority()).isEqualTo(HANGZHOU);
        assertThat(r.taxStanding()).isEqualTo(TaxStanding.REVIEW_FILING_AUTHORITY);
        assertThat(r.taxStandingConfidence()).isEqualTo(Confidence.LOW);
        assertThat(verdict(d, TrustFilingProgram.TAX.id())).isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(d.counterfactuals())
                .extracting(n -> n.code())
                .contains("charity-trust-filing.counterfactual.authority");
        explainBoth(FILING, d);

        Decision<FilingCheckResult> right =
                decide(ImmutableCharitableTrust.copyOf(t).withFilingAuthority(HANGZHOU));
        assertThat(right.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void trustCompany_registeredInADistrict_filesWithItsPrefecture_notTheDistrict() {
        String wuxingCompany = "91330502MA2B000043";
        CharitableTrust t = cashTrust(OCT_1, LocalDate.of(2024, 10, 2))
                .trustees(List.of(SampleTrusts.trustee("吴兴示例信托公司", wuxingCompany, TrusteeType.TRUST_COMPANY)))
                .filingAuthority(WUXING)
                .build();
        Decision<FilingCheckResult> d = decide(t);
        assertThat(verdict(d, TrustFilingProgram.AUTHORITY.id())).isEqualTo(Verdict.NOT_MET);
        assertThat(d.result().orElseThrow().competentAuthority()).isEqualTo(HUZHOU);
        assertThat(decide(ImmutableCharitableTrust.copyOf(t).withFilingAuthority(HUZHOU))
                        .outcome())
                .isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void charitableOrganisation_filesWithTheDepartmentThatRegisteredIt_evenAtCountyLevel() {
        CharitableTrust t = cashTrust(OCT_1, LocalDate.of(2024, 10, 2))
                .trustees(List.of(SampleTrusts.trustee(
                        "吴兴区示例慈善会", SampleTrusts.WUXING_SOCIAL_ORGANISATION, TrusteeType.CHARITABLE_ORGANISATION)))
                .filingAuthority(WUXING)
                .build();
        Decision<FilingCheckResult> d = decide(t);
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.result().orElseThrow().competentAuthority())
                .isEqualTo(CivilAffairsDepartment.of(RegionCode.of("330502")));
        assertThat(d.result().orElseThrow().competentAuthority().level()).isEqualTo(RegionLevel.COUNTY);
        assertThat(verdict(
                        decide(ImmutableCharitableTrust.copyOf(t).withFilingAuthority(HUZHOU)),
                        TrustFilingProgram.AUTHORITY.id()))
                .isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void nationalFoundation_filesWithTheMinistry() {
        CharitableTrust t = cashTrust(OCT_1, LocalDate.of(2024, 10, 2))
                .trustees(List.of(SampleTrusts.trustee(
                        "示例全国性基金会", SampleTrusts.NATIONAL_FOUNDATION, TrusteeType.CHARITABLE_ORGANISATION)))
                .filingAuthority(CivilAffairsDepartment.of(RegionCode.NATION))
                .build();
        Decision<FilingCheckResult> d = decide(t);
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.result().orElseThrow().competentAuthority().level()).isEqualTo(RegionLevel.NATION);
    }

    @Test
    void severalTrustees_theLeadTrusteeFiles() {
        ImmutableCharitableTrust.Builder b = cashTrust(OCT_1, LocalDate.of(2024, 10, 3))
                .trustees(List.of(SampleTrusts.huzhouFoundation(), SampleTrusts.hangzhouTrustCompany()));
        Decision<FilingCheckResult> companyLeads = decide(b.leadTrustee(SampleTrusts.HANGZHOU_TRUST_COMPANY)
                .filingAuthority(HANGZHOU)
                .build());
        assertThat(companyLeads.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(companyLeads
                        .finding(TrustFilingProgram.AUTHORITY.id())
                        .orElseThrow()
                        .citation())
                .isEqualTo(CharityCitations.MEASURES_ART_17);
        assertThat(companyLeads
                        .finding(TrustFilingProgram.AUTHORITY.id())
                        .orElseThrow()
                        .facts())
                .containsEntry("leadTrustee", 2);
        // each trustee is checked in its place (Art. 47), numbered from 1
        assertThat(companyLeads.findings())
                .filteredOn(f -> f.rule().equals(TrustFilingProgram.TRUSTEE.id()))
                .extracting(f -> f.facts().get("position"))
                .containsExactly(1, 2);
        Decision<FilingCheckResult> foundationLeads = decide(b.leadTrustee(SampleTrusts.HUZHOU_FOUNDATION)
                .filingAuthority(HANGZHOU)
                .build());
        assertThat(foundationLeads.result().orElseThrow().competentAuthority()).isEqualTo(HUZHOU);
        assertThat(verdict(foundationLeads, TrustFilingProgram.AUTHORITY.id())).isEqualTo(Verdict.NOT_MET);
        assertThat(foundationLeads.findings())
                .filteredOn(f -> f.rule().equals(TrustFilingProgram.TRUSTEE.id()))
                .hasSize(2)
                .allMatch(f -> f.verdict() == Verdict.MET);
    }

    @Test
    void cashTrust_withoutBankCustody_isRejected() {
        CharitableTrust t = cashTrust(OCT_1, LocalDate.of(2024, 10, 8))
                .custody(Optional.empty())
                .build();
        Decision<FilingCheckResult> d = decide(t);
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        Finding c = d.finding(TrustFilingProgram.CUSTODY.id()).orElseThrow();
        assertThat(c.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(c.citation()).isEqualTo(CharityCitations.MEASURES_ART_18_5);
        assertThat(c.facts()).containsEntry("custody", false).containsEntry("cashValue", Money.ofYuan(1_000_000));
        assertThat(d.result().orElseThrow().custodyRequired()).isTrue();
        explainBoth(FILING, d);
    }

    @Test
    void cashTrust_withCustodyOutsideADedicatedAccount_isRejected() {
        CharitableTrust t = cashTrust(OCT_1, LocalDate.of(2024, 10, 8))
                .custody(org.minzheng.charity.trust.ImmutableBankCustody.builder()
                        .bank("示例银行")
                        .dedicatedAccount(false)
                        .build())
                .build();
        assertThat(verdict(decide(t), TrustFilingProgram.CUSTODY.id())).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void nonCashTrust_needsNeitherCustodyNorACustodyAgreement() {
        CharitableTrust t = cashTrust(OCT_1, LocalDate.of(2024, 10, 8))
                .custody(Optional.empty())
                .property(List.of(TrustProperty.of(PropertyKind.NON_CASH, Money.ofYuan(3_000_000))))
                .build();
        TrustFiling f = completeFiling(t);
        assertThat(f.documents()).doesNotContain(FilingDocument.CUSTODY_ACCOUNT_AND_AGREEMENT);
        Decision<FilingCheckResult> d = FILING.decide(f, huzhou(DECIDED));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(verdict(d, TrustFilingProgram.CUSTODY.id())).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(d.result().orElseThrow().custodyRequired()).isFalse();
        assertThat(d.result().orElseThrow().cashValue()).isEqualTo(Money.ZERO);
    }

    @Test
    void art18_missingDocuments_areListedInTheOrderOfTheArticle() {
        CharitableTrust t = cashTrust(OCT_1, LocalDate.of(2024, 10, 8)).build();
        TrustFiling f = ImmutableTrustFiling.builder()
                .trust(t)
                .documents(EnumSet.of(
                        FilingDocument.TRUST_DOCUMENT, FilingDocument.APPLICATION, FilingDocument.OTHER_MATERIALS))
                .build();
        Decision<FilingCheckResult> d = FILING.decide(f, huzhou(DECIDED));
        assertThat(d.result().orElseThrow().missingDocuments())
                .containsExactly(
                        FilingDocument.SETTLOR_IDENTITY_AND_LAWFUL_PROPERTY_DECLARATION,
                                FilingDocument.TRUSTEE_QUALIFICATION,
                        FilingDocument.CUSTODY_ACCOUNT_AND_AGREEMENT, FilingDocument.PROPERTY_TRANSFER_PROOF);
        assertThat(verdict(d, TrustFilingProgram.DOCUMENTS.id())).isEqualTo(Verdict.NOT_MET);
        assertThat(d.counterfactuals())
                .filteredOn(n -> n.code().equals("charity-trust-filing.counterfactual.documents"))
                .singleElement()
                .satisfies(n -> assertThat(n.facts())
                        .containsEntry("missing", d.result().orElseThrow().missingDocuments()));
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        explainBoth(FILING, d);
    }

    @Test
    void art47_aSocialOrganisationNotRecognisedAsCharitable_cannotBeTrustee() {
        CharitableTrust t = cashTrust(OCT_1, LocalDate.of(2024, 10, 8))
                .trustees(List.of(ImmutableTrustee.copyOf(SampleTrusts.huzhouFoundation())
                        .withRecognisedCharitableOrganisation(false)))
                .build();
        Decision<FilingCheckResult> d = decide(t);
        Finding f = d.finding(TrustFilingProgram.TRUSTEE.id()).orElseThrow();
        assertThat(f.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(f.facts()).containsEntry("issue", TrusteeIssue.CHARITY_NOT_RECOGNISED);
        assertThat(f.citation()).isEqualTo(CharityCitations.RECOGNITION_ART_10);
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
    }

    @Test
    void art47_aCompanyCodeDeclaredAsCharity_andAnyOtherBody_cannotBeTrustee() {
        CharitableTrust companyAsCharity = cashTrust(OCT_1, LocalDate.of(2024, 10, 8))
                .trustees(List.of(SampleTrusts.trustee(
                        "示例", SampleTrusts.HUZHOU_TRUST_COMPANY, TrusteeType.CHARITABLE_ORGANISATION)))
                .build();
        assertThat(decide(companyAsCharity)
                        .finding(TrustFilingProgram.TRUSTEE.id())
                        .orElseThrow()
                        .facts())
                .containsEntry("issue", TrusteeIssue.CHARITY_CODE_NOT_CIVIL_AFFAIRS);
        CharitableTrust foundationAsCompany = cashTrust(OCT_1, LocalDate.of(2024, 10, 8))
                .trustees(
                        List.of(SampleTrusts.trustee("示例", SampleTrusts.HUZHOU_FOUNDATION, TrusteeType.TRUST_COMPANY)))
                .build();
        assertThat(decide(foundationAsCompany)
                        .finding(TrustFilingProgram.TRUSTEE.id())
                        .orElseThrow()
                        .facts())
                .containsEntry("issue", TrusteeIssue.TRUST_COMPANY_CODE_NOT_ENTERPRISE);
        CharitableTrust other = cashTrust(OCT_1, LocalDate.of(2024, 10, 8))
                .trustees(
                        List.of(SampleTrusts.trustee("示例律师事务所", SampleTrusts.HUZHOU_TRUST_COMPANY, TrusteeType.OTHER)))
                .build();
        Decision<FilingCheckResult> d = decide(other);
        assertThat(d.finding(TrustFilingProgram.TRUSTEE.id()).orElseThrow().facts())
                .containsEntry("issue", TrusteeIssue.TYPE_NOT_ALLOWED);
        assertThat(verdict(d, TrustFilingProgram.AUTHORITY.id())).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        explainBoth(FILING, d);
    }

    @Test
    void trustCompany_registeredByAProvince_needsItsRegisteredRegion() {
        CharitableTrust t = cashTrust(OCT_1, LocalDate.of(2024, 10, 8))
                .trustees(List.of(
                        SampleTrusts.trustee("示例信托", SampleTrusts.PROVINCIAL_TRUST_COMPANY, TrusteeType.TRUST_COMPANY)))
                .build();
        Decision<FilingCheckResult> d = decide(t);
        assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(d.finding(TrustFilingProgram.AUTHORITY.id()).orElseThrow().facts())
                .containsEntry("basis", AuthorityBasis.PREFECTURE_NOT_DERIVABLE);
        assertThat(d.result().orElseThrow().taxStanding()).isEqualTo(TaxStanding.REVIEW_FILING_AUTHORITY);
        explainBoth(FILING, d);
        CharitableTrust located = cashTrust(OCT_1, LocalDate.of(2024, 10, 8))
                .trustees(List.of(
                        ImmutableTrustee.copyOf(t.trustees().get(0)).withRegisteredRegion(RegionCode.of("330521"))))
                .build();
        Decision<FilingCheckResult> ok = decide(located);
        assertThat(ok.result().orElseThrow().competentAuthority()).isEqualTo(HUZHOU);
        assertThat(ok.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void art3_otherPublicBenefitActivities_goToReview() {
        CharitableTrust t = cashTrust(OCT_1, LocalDate.of(2024, 10, 8))
                .purposes(List.of(CharitablePurpose.OTHER_PUBLIC_BENEFIT, CharitablePurpose.ENVIRONMENT))
                .build();
        Decision<FilingCheckResult> d = decide(t);
        Finding f = d.finding(TrustFilingProgram.PURPOSES.id()).orElseThrow();
        assertThat(f.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(f.facts())
                .containsEntry(
                        "purposes", List.of(CharitablePurpose.ENVIRONMENT, CharitablePurpose.OTHER_PUBLIC_BENEFIT));
        assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    }

    @Test
    void before20240905_the2016TextIsCited() {
        LocalDate decided = LocalDate.of(2023, 6, 30);
        CharitableTrust t =
                cashTrust(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 8)).build();
        Decision<FilingCheckResult> d = FILING.decide(completeFiling(t), huzhou(decided));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.finding(TrustFilingProgram.DEADLINE.id())
                        .orElseThrow()
                        .citation()
                        .instrument())
                .isEqualTo(CharityCitations.CHARITY_LAW_2016);
        assertThat(d.finding(TrustFilingProgram.TRUSTEE.id()).orElseThrow().citation())
                .isEqualTo(org.minzheng.core.citation.Citation.of(CharityCitations.CHARITY_LAW_2016, "第四十六条"));
        assertThat(d.parameterValues())
                .filteredOn(v -> v.key() == CharityParameters.FILING_DEADLINE_DAYS)
                .singleElement()
                .satisfies(v -> assertThat(v.citation().instrument()).isEqualTo(CharityCitations.CHARITY_LAW_2016));
        // checked after the amendment came into force: still the text in force on the day of signing
        assertThat(decide(t)
                        .finding(TrustFilingProgram.TRUSTEE.id())
                        .orElseThrow()
                        .citation())
                .isEqualTo(org.minzheng.core.citation.Citation.of(CharityCitations.CHARITY_LAW_2016, "第四十六条"));
    }

    @Test
    void beforeTheCharityLaw_theDeadlineIsUndetermined_andNamesTheKey() {
        LocalDate decided = LocalDate.of(2016, 8, 20);
        CharitableTrust t =
                cashTrust(LocalDate.of(2016, 8, 1), LocalDate.of(2016, 8, 5)).build();
        Decision<FilingCheckResult> d = FILING.decide(completeFiling(t), huzhou(decided));
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.missingParameters())
                .extracting(m -> m.key())
                .containsExactly(CharityParameters.FILING_DEADLINE_DAYS.name());
        assertThat(d.result().orElseThrow().taxStanding()).isEqualTo(TaxStanding.UNDETERMINED);
        assertThat(verdict(d, TrustFilingProgram.TAX.id())).isEqualTo(Verdict.UNDETERMINED);
        explainBoth(FILING, d);
    }

    @Test
    void badInput_everyViolationIsListed_andNothingIsDecided() {
        CharitableTrust bad = cashTrust(OCT_1, LocalDate.of(2024, 9, 30))
                .trustees(
                        List.of(SampleTrusts.trustee("示例", "53330500MJ0000001X", TrusteeType.CHARITABLE_ORGANISATION)))
                .term(TrustTerm.of(OCT_1, LocalDate.of(2024, 9, 1)))
                .property(List.of(TrustProperty.of(PropertyKind.CASH, Money.parse("-100.00"))))
                .filingAuthority(org.minzheng.charity.trust.ImmutableCivilAffairsDepartment.builder()
                        .region(RegionCode.of("330500"))
                        .level(RegionLevel.COUNTY)
                        .build())
                .build();
        assertThatThrownBy(() -> FILING.decide(completeFiling(bad), huzhou(DECIDED)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations())
                            .extracting(v -> v.path() + " " + v.code())
                            .containsExactly(
                                    "facts.trust.filedOn date.before-other",
                                    "facts.trust.filingAuthority.level charity.department-level-mismatch",
                                    "facts.trust.property[0].value NonNegativeMoney",
                                    "facts.trust.term.endExclusive charity.term-end-not-after-start",
                                    "facts.trust.trustees[0].creditCode charity.credit-code-invalid");
                    assertThat(e.violations()).allSatisfy(v -> {
                        assertThat(v.messageZh()).isNotBlank();
                        assertThat(v.messageEn()).isNotBlank();
                    });
                    assertThat(e.getMessage())
                            .doesNotContain("53330500MJ0000001X")
                            .doesNotContain("张三丰");
                });
    }

    @Test
    void missingRequiredValues_areReportedByPath() {
        CharitableTrust t =
                ImmutableCharitableTrust.builder().signingDate(OCT_1).build();
        assertThatThrownBy(() -> FILING.decide(completeFiling(t), huzhou(DECIDED)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::path)
                                .contains(
                                        "facts.trust.settlors",
                                        "facts.trust.trustees",
                                        "facts.trust.purposes",
                                        "facts.trust.property",
                                        "facts.trust.term"));
    }

    @Test
    void unfiledTrust_cannotBeCheckedAsAFiling() {
        CharitableTrust t = cashTrust(OCT_1, OCT_1)
                .filedOn(Optional.empty())
                .filingAuthority(Optional.empty())
                .build();
        assertThatThrownBy(() -> FILING.decide(completeFiling(t), huzhou(DECIDED)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path() + " " + v.code())
                                .containsExactly("facts.trust.filedOn NotNull", "facts.trust.filingAuthority NotNull"));
    }

    @Test
    void filingAfterTheDecisionDate_isRejected() {
        CharitableTrust t =
                cashTrust(LocalDate.of(2024, 11, 28), LocalDate.of(2024, 12, 2)).build();
        assertThatThrownBy(() -> decide(t))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path() + " " + v.code())
                                .containsExactly("facts.trust.filedOn date.after-decision"));
    }

    @Test
    void settlorNames_areMaskedInToString_andNeverInTheDecision() {
        CharitableTrust t = cashTrust(OCT_1, LocalDate.of(2024, 10, 8))
                .supervisor(org.minzheng.charity.trust.ImmutableParty.builder()
                        .kind(org.minzheng.charity.trust.PartyKind.NATURAL_PERSON)
                        .name("欧阳娜娜")
                        .build())
                .build();
        assertThat(t.toString())
                .doesNotContain("张三丰")
                .contains("张**")
                .doesNotContain("欧阳娜娜")
                .contains("欧***");
        assertThat(t.settlors().get(0).name()).isEqualTo("张三丰");
        Decision<FilingCheckResult> d = decide(t);
        String json = Json.pretty(d);
        assertThat(json).doesNotContain("张").doesNotContain("欧阳");
        for (String text : explainBoth(FILING, d)) {
            assertThat(text).doesNotContain("张").doesNotContain("欧阳");
        }
    }

    @Test
    void decisions_areReproducible_byteForByte() {
        CharitableTrust t = cashTrust(OCT_1, LocalDate.of(2024, 10, 9)).build();
        String first = Json.pretty(decide(t));
        String again = Json.pretty(decide(Json.convert(Json.mapper().valueToTree(t), CharitableTrust.class, "trust")));
        assertThat(again).isEqualTo(first);
        assertThat(first)
                .contains("\"lastDayToFile\" : \"2024-10-08\"")
                .contains("\"taxStanding\" : \"EXCLUDED_LATE_FILING\"");
    }

    @Test
    void trust_roundTripsThroughJson() {
        CharitableTrust t = cashTrust(OCT_1, LocalDate.of(2024, 10, 8))
                .leadTrustee(SampleTrusts.HUZHOU_FOUNDATION)
                .build();
        CharitableTrust back = Json.convert(Json.mapper().valueToTree(t), CharitableTrust.class, "trust");
        assertThat(back).isEqualTo(t);
    }
}
