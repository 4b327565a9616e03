package org.minzheng.funeral.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Explainer;
import org.minzheng.core.decision.Language;
import org.minzheng.core.decision.MissingParameter;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.ValueSource;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.id.ResidentIdNumber;
import org.minzheng.core.json.Json;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.time.DateRange;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.funeral.FuneralCitations;
import org.minzheng.funeral.FuneralParameters;
import org.minzheng.funeral.person.PersonName;
import org.minzheng.funeral.person.Relation;
import org.minzheng.funeral.testing.FuneralTestBooks;

class EstateQueryProgramTest {

    static final EstateQueryProgram PROGRAM = new EstateQueryProgram();
    static final LocalDate DATE = LocalDate.of(2024, 12, 1);
    static final PolicySnapshot OFFICIAL = FuneralTestBooks.huzhou(DATE);
    static final PolicySnapshot FIXTURE = FuneralTestBooks.huzhouFixture(DATE);
    static final Explainer EXPLAINER = Explainer.of(
            List.of("org.minzheng.funeral.messages"),
            EstateQueryProgramTest.class.getClassLoader(),
            FuneralTestBooks.illustrative().instruments());
    static final ResidentIdNumber DECEASED = ResidentIdNumber.parse("330502194803150315");
    static final ResidentIdNumber APPLICANT = ResidentIdNumber.parse("330502197506200420");

    static EstateQueryApplication application(
            Relation relation, Set<Evidence> evidence, Set<AssetKind> kinds, String... institutions) {
        return ImmutableEstateQueryApplication.builder()
                .deceased(ImmutableDeceased.builder()
                        .idNumber(DECEASED)
                        .name(PersonName.of("沈国华"))
                        .dateOfDeath(LocalDate.of(2024, 10, 8))
                        .build())
                .applicant(ImmutableApplicant.builder()
                        .idNumber(APPLICANT)
                        .name(PersonName.of("沈丽"))
                        .relation(relation)
                        .build())
                .evidence(evidence)
                .assetKinds(kinds)
                .institutions(institutions.length == 0 ? List.of("湖州银行", "工商银行湖州分行") : List.of(institutions))
                .build();
    }

    static final Set<Evidence> CLOSE_RELATIVE_DOCS =
            EnumSet.of(Evidence.DEATH_CERTIFICATE, Evidence.RELATIONSHIP_PROOF, Evidence.OWN_ID);

    @Test
    void huzhou_childWithAllDocuments_officialPack_isGranted_theValidityAbsent_andItsKeyNamed() {
        // 银保监办发〔2019〕107号: "已故存款人的配偶、父母、子女凭已故存款人死亡证明、可表明亲属关系的文件以及本人有效身份证件"
        // may query — a right the notice grants; the local validity period only measures the grant.
        Decision<EstateQueryResult> d = PROGRAM.decide(
                application(Relation.CHILD, CLOSE_RELATIVE_DOCS, EnumSet.of(AssetKind.DEPOSITS)), OFFICIAL);
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.missingParameters()).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo("estate-query.grant-validity-days");
            assertThat(m.blocksOutcome()).isFalse();
            assertThat(m.absentFields()).containsExactly("validity");
        });
        EstateQueryGrant g = d.result().orElseThrow().grant();
        assertThat(g.issuedOn()).isEqualTo(DATE);
        assertThat(g.validity()).isNull();
        assertThat(g.validityPeriod()).isEmpty();
        assertThat(g.isValidOn(DATE)).isTrue();
        assertThat(g.isValidOn(DATE.plusYears(1))).isTrue();
        assertThat(g.isValidOn(DATE.minusDays(1))).isFalse();
        assertThat(g.legalBasis())
                .as("no region set a value of the grant, so no local source is cited")
                .containsExactly(FuneralCitations.QUERY_CLOSE_RELATIVES, FuneralCitations.QUERY_SCOPE);
        assertThat(d.result().orElseThrow().refusal()).isNull();
        assertThat(d.finding(EstateQueryProgram.EVIDENCE.id()).orElseThrow().verdict())
                .isEqualTo(Verdict.MET);
        assertThat(d.finding(EstateQueryProgram.SCOPE.id()).orElseThrow().verdict())
                .isEqualTo(Verdict.MET);
        assertThat(d.finding(EstateQueryProgram.VALIDITY_NOT_CONFIGURED.id())
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.INFO);
        assertThat(d.finding(EstateQueryProgram.VALIDITY.id())).isEmpty();
        assertThat(Json.compact(d))
                .doesNotContain("\"validity\":")
                .contains("\"issuedOn\":\"2024-12-01\"")
                .contains("\"absentFields\":[\"validity\"]");
        assertThat(EXPLAINER.explain(d, "涉财查询", Language.EN))
                .contains("Decided; these details are left out")
                .contains(
                        "the grant's validity period: the local estate-query.grant-validity-days (days) is not yet set");
        assertThat(EXPLAINER.explain(d, "涉财查询", Language.ZH))
                .contains("已作出认定")
                .contains("授权有效期：本地estate-query.grant-validity-days尚未明确");
    }

    @Test
    void aValidityPeriodSetByAPackRow_isCitedByThatRow_notByTheHuzhouReport() {
        Decision<EstateQueryResult> d = PROGRAM.decide(
                application(Relation.CHILD, CLOSE_RELATIVE_DOCS, EnumSet.of(AssetKind.DEPOSITS)), FIXTURE);
        Citation row =
                FIXTURE.find(FuneralParameters.ESTATE_QUERY_VALIDITY_DAYS).citation();
        assertThat(row).isNotEqualTo(FuneralCitations.EFFICIENT_SERVICE);
        assertThat(d.finding(EstateQueryProgram.VALIDITY.id()).orElseThrow().sources())
                .extracting(ValueSource::citation)
                .containsExactly(row);
        assertThat(d.result().orElseThrow().grant().legalBasis())
                .contains(row)
                .doesNotContain(FuneralCitations.EFFICIENT_SERVICE);
        Decision<EstateQueryResult> securities = PROGRAM.decide(
                application(Relation.CHILD, CLOSE_RELATIVE_DOCS, EnumSet.of(AssetKind.SECURITIES)), FIXTURE);
        Citation scopeRow = FIXTURE.find(FuneralParameters.ESTATE_QUERY_SCOPE.get(AssetKind.SECURITIES))
                .citation();
        assertThat(securities
                        .finding(EstateQueryProgram.SCOPE.id())
                        .orElseThrow()
                        .citation())
                .isEqualTo(FuneralCitations.EFFICIENT_SERVICE);
        assertThat(securities
                        .finding(EstateQueryProgram.SCOPE.id())
                        .orElseThrow()
                        .sources())
                .extracting(ValueSource::citation)
                .containsExactly(scopeRow);
        assertThat(securities.result().orElseThrow().grant().legalBasis()).contains(scopeRow);
    }

    @Test
    void willHeirWithoutTheWillOrOwnId_isRefused_andTheRefusalNamesEveryMissingDocument() {
        Decision<EstateQueryResult> d = PROGRAM.decide(
                application(
                        Relation.WILL_HEIR,
                        EnumSet.of(Evidence.DEATH_CERTIFICATE, Evidence.RELATIONSHIP_PROOF),
                        EnumSet.of(AssetKind.DEPOSITS)),
                OFFICIAL);
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        EstateQueryRefusal r = d.result().orElseThrow().refusal();
        assertThat(r.missingEvidence()).containsExactly(Evidence.NOTARISED_WILL, Evidence.OWN_ID);
        assertThat(r.basis()).isEqualTo(FuneralCitations.QUERY_WILL);
        assertThat(d.missingParameters())
                .as("a refusal reads no local parameter")
                .isEmpty();
    }

    @Test
    void otherHeirWithFamilyDocuments_needsTheNotaryQueryLetter() {
        Decision<EstateQueryResult> d = PROGRAM.decide(
                application(
                        Relation.OTHER_HEIR,
                        EnumSet.of(Evidence.DEATH_CERTIFICATE, Evidence.RELATIONSHIP_PROOF, Evidence.OWN_ID),
                        EnumSet.of(AssetKind.DEPOSITS)),
                FIXTURE);
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(d.result().orElseThrow().refusal().missingEvidence()).containsExactly(Evidence.NOTARY_QUERY_LETTER);
    }

    @Test
    void securitiesOnTheOfficialPack_isUndetermined_namingTheScopeKey() {
        Decision<EstateQueryResult> d = PROGRAM.decide(
                application(Relation.SPOUSE, CLOSE_RELATIVE_DOCS, EnumSet.of(AssetKind.DEPOSITS, AssetKind.SECURITIES)),
                OFFICIAL);
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.missingParameters())
                .extracting(MissingParameter::key)
                .containsExactly("estate-query.scope.securities");
        assertThat(d.result().orElseThrow().undeterminedKinds()).containsExactly(AssetKind.SECURITIES);
    }

    @Test
    void aKindTheRegionExcludes_isLeftOutOfTheGrant_andUnconfiguredKindsBlockTheGrant() {
        Decision<EstateQueryResult> partial = PROGRAM.decide(
                application(
                        Relation.SPOUSE,
                        CLOSE_RELATIVE_DOCS,
                        EnumSet.of(AssetKind.DEPOSITS, AssetKind.PROVIDENT_FUND, AssetKind.SECURITIES)),
                FIXTURE);
        assertThat(partial.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(partial.result().orElseThrow().excludedKinds()).containsExactly(AssetKind.PROVIDENT_FUND);
        assertThat(partial.result().orElseThrow().grant().scope().kinds())
                .containsExactly(AssetKind.DEPOSITS, AssetKind.SECURITIES);
        Decision<EstateQueryResult> blocked = PROGRAM.decide(
                application(
                        Relation.SPOUSE, CLOSE_RELATIVE_DOCS, EnumSet.of(AssetKind.DEPOSITS, AssetKind.REAL_ESTATE)),
                FIXTURE);
        assertThat(blocked.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(blocked.missingParameters())
                .extracting(MissingParameter::key)
                .containsExactly("estate-query.scope.real-estate");
    }

    @Test
    void onlyExcludedKinds_isRefused_namingTheKinds() {
        Decision<EstateQueryResult> d = PROGRAM.decide(
                application(Relation.PARENT, CLOSE_RELATIVE_DOCS, EnumSet.of(AssetKind.PROVIDENT_FUND)), FIXTURE);
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(d.result().orElseThrow().refusal().kindsNotCovered()).containsExactly(AssetKind.PROVIDENT_FUND);
        assertThat(d.result().orElseThrow().refusal().missingEvidence()).isEmpty();
        assertThat(d.missingParameters()).isEmpty();
    }

    static Stream<Arguments> everyRelationAndEverySubsetOfEvidence() {
        List<Arguments> all = new ArrayList<>();
        Evidence[] ev = Evidence.values();
        for (Relation r : Relation.values()) {
            for (int mask = 0; mask < 1 << ev.length; mask++) {
                EnumSet<Evidence> held = EnumSet.noneOf(Evidence.class);
                for (int i = 0; i < ev.length; i++) {
                    if ((mask & 1 << i) != 0) {
                        held.add(ev[i]);
                    }
                }
                all.add(Arguments.of(r, held));
            }
        }
        return all.stream();
    }

    /** Exhaustive: 6 relations × 32 subsets of documents, on the official pack and with a validity period. */
    @ParameterizedTest(name = "{0} holding {1}")
    @MethodSource("everyRelationAndEverySubsetOfEvidence")
    void noApplicantWithoutTheRequiredDocumentsIsEverGranted(Relation relation, Set<Evidence> held) {
        Set<Evidence> required = switch (relation) {
            case SPOUSE, PARENT, CHILD ->
                EnumSet.of(Evidence.DEATH_CERTIFICATE, Evidence.RELATIONSHIP_PROOF, Evidence.OWN_ID);
            case WILL_HEIR, LEGATEE -> EnumSet.of(Evidence.DEATH_CERTIFICATE, Evidence.NOTARISED_WILL, Evidence.OWN_ID);
            case OTHER_HEIR -> EnumSet.of(Evidence.NOTARY_QUERY_LETTER, Evidence.OWN_ID);
        };
        boolean complete = held.containsAll(required);
        EnumSet<Evidence> missing = EnumSet.copyOf(required);
        missing.removeAll(held);
        for (PolicySnapshot s : List.of(OFFICIAL, FIXTURE)) {
            Decision<EstateQueryResult> d =
                    PROGRAM.decide(application(relation, held, EnumSet.of(AssetKind.DEPOSITS)), s);
            EstateQueryResult r = d.result().orElseThrow();
            if (complete) {
                assertThat(r.refusal()).isNull();
                assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
                assertThat(r.grant()).isNotNull();
                assertThat(r.grant().validity() != null).isEqualTo(s == FIXTURE);
            } else {
                assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
                assertThat(r.grant()).isNull();
                assertThat(r.refusal().missingEvidence()).containsExactlyElementsOf(missing);
            }
        }
    }

    @Test
    void badFacts_areRejectedWithEveryViolation() {
        EstateQueryApplication bad = ImmutableEstateQueryApplication.builder()
                .deceased(ImmutableDeceased.builder()
                        .idNumber(DECEASED)
                        .dateOfDeath(LocalDate.of(2025, 1, 1))
                        .build())
                .applicant(ImmutableApplicant.builder()
                        .idNumber(DECEASED)
                        .relation(Relation.CHILD)
                        .build())
                .addAssetKinds(AssetKind.DEPOSITS)
                .institutions(List.of("湖州银行", "湖州银行", " "))
                .build();
        assertThatThrownBy(() -> PROGRAM.decide(bad, OFFICIAL))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path() + " " + v.code())
                                .containsExactly(
                                        "facts.applicant.idNumber estate-query.applicant-is-deceased",
                                        "facts.deceased.dateOfDeath date.after-decision",
                                        "facts.institutions[1] estate-query.institution-duplicate",
                                        "facts.institutions[2] NotBlank"));
    }

    @Test
    void missingStructure_isReportedWithoutDomainChecks() {
        EstateQueryApplication bad = ImmutableEstateQueryApplication.builder()
                .deceased(ImmutableDeceased.builder()
                        .idNumber(DECEASED)
                        .dateOfDeath(DATE)
                        .build())
                .applicant(ImmutableApplicant.builder()
                        .idNumber(APPLICANT)
                        .relation(Relation.CHILD)
                        .build())
                .build();
        assertThatThrownBy(() -> PROGRAM.decide(bad, OFFICIAL))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path() + " " + v.code())
                                .containsExactly("facts.assetKinds NotEmpty", "facts.institutions NotEmpty"));
    }

    @Test
    void deathBeforeBirth_isRejected() {
        EstateQueryApplication bad = ImmutableEstateQueryApplication.builder()
                .deceased(ImmutableDeceased.builder()
                        .idNumber(DECEASED)
                        .dateOfDeath(LocalDate.of(1940, 1, 1))
                        .build())
                .applicant(ImmutableApplicant.builder()
                        .idNumber(APPLICANT)
                        .relation(Relation.CHILD)
                        .build())
                .addAssetKinds(AssetKind.DEPOSITS)
                .addInstitutions("湖州银行")
                .build();
        assertThatThrownBy(() -> PROGRAM.decide(bad, OFFICIAL))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.code())
                                .containsExactly("estate-query.death-before-birth"));
    }

    @Test
    void decisions_areByteIdenticalJson() {
        EstateQueryApplication a =
                application(Relation.LEGATEE, EnumSet.allOf(Evidence.class), EnumSet.allOf(AssetKind.class));
        String one = Json.pretty(PROGRAM.decide(a, FIXTURE));
        String two = Json.pretty(PROGRAM.decide(a, FIXTURE));
        assertThat(one).isEqualTo(two);
        assertThat(one).doesNotContain(DECEASED.value(), APPLICANT.value(), "沈国华", "沈丽");
    }

    static PolicySnapshot withValidityDays(int days) {
        String yaml = "pack: estate-validity-fixture\n"
                + "instruments:\n"
                + "  - {id: fixture-estate-validity, title: 测试夹具, titleEn: Test fixture, issuer: 测试, rank: ILLUSTRATIVE}\n"
                + "values:\n"
                + "  - {key: estate-query.grant-validity-days, region: \"330500\", since: 2019-01-01, value: \"" + days
                + "\", unit: days, grade: ILLUSTRATIVE, citation: {instrument: fixture-estate-validity}}\n";
        return org.minzheng.core.policy.PolicyBook.builderWithDefaults()
                .addOverlay(org.minzheng.core.policy.PolicySource.ofText("estate-validity-" + days, yaml))
                .build()
                .snapshot(FuneralTestBooks.HUZHOU, DATE);
    }

    @Test
    void aOneDayValidity_coversTheDecisionDayOnly_andAZeroDayPeriodIsAPackError() {
        // the grant runs [decision date, decision date + estate-query.grant-validity-days): one day is the shortest
        // period
        Decision<EstateQueryResult> d = PROGRAM.decide(
                application(Relation.SPOUSE, CLOSE_RELATIVE_DOCS, EnumSet.of(AssetKind.DEPOSITS)), withValidityDays(1));
        EstateQueryGrant g = d.result().orElseThrow().grantIfIssued().orElseThrow();
        assertThat(d.result().orElseThrow().refusalIfRefused()).isEmpty();
        assertThat(g.validityPeriod()).contains(DateRange.of(DATE, DATE.plusDays(1)));
        assertThat(g.isValidOn(DATE)).isTrue();
        assertThat(g.isValidOn(DATE.plusDays(1))).isFalse();
        assertThat(d.finding(EstateQueryProgram.VALIDITY.id()).orElseThrow().facts())
                .containsEntry("lastDay", DATE);
        assertThatThrownBy(() -> PROGRAM.decide(
                        application(Relation.SPOUSE, CLOSE_RELATIVE_DOCS, EnumSet.of(AssetKind.DEPOSITS)),
                        withValidityDays(0)))
                .hasStackTraceContaining("estate-query.grant-validity-days");
    }

    @Test
    void theGrantsLegalBasis_namesTheRouteThe2019ScopeAndTheRowsItsOtherKindsAndValidityRestOn_eachOnce() {
        // 银保监办发〔2019〕107号 (route and scope), the joint service's scope row, the validity row
        Decision<EstateQueryResult> d = PROGRAM.decide(
                application(
                        Relation.CHILD,
                        CLOSE_RELATIVE_DOCS,
                        EnumSet.of(AssetKind.DEPOSITS, AssetKind.SECURITIES, AssetKind.INSURANCE)),
                FIXTURE);
        EstateQueryGrant g = d.result().orElseThrow().grant();
        Citation fixtureRow = FIXTURE.find(FuneralParameters.ESTATE_QUERY_SCOPE.get(AssetKind.SECURITIES))
                .citation();
        assertThat(FIXTURE.find(FuneralParameters.ESTATE_QUERY_VALIDITY_DAYS).citation())
                .as("the same fixture source")
                .isEqualTo(fixtureRow);
        assertThat(g.legalBasis())
                .containsExactly(FuneralCitations.QUERY_CLOSE_RELATIVES, FuneralCitations.QUERY_SCOPE, fixtureRow);
        // a validity set by a source of its own is named after the scope
        PolicySnapshot own = withValidityDays(30);
        EstateQueryGrant deposits = PROGRAM.decide(
                        application(Relation.CHILD, CLOSE_RELATIVE_DOCS, EnumSet.of(AssetKind.DEPOSITS)), own)
                .result()
                .orElseThrow()
                .grant();
        assertThat(deposits.legalBasis())
                .containsExactly(
                        FuneralCitations.QUERY_CLOSE_RELATIVES,
                        FuneralCitations.QUERY_SCOPE,
                        own.find(FuneralParameters.ESTATE_QUERY_VALIDITY_DAYS).citation());
    }

    @Test
    void
            anUnconfiguredKind_citesTheTextThatWouldSetIt_the2019NoticeForBankProducts_theHuzhouJointServiceForSecurities() {
        // no row: the 2019 notice ("查询范围包括存款余额、银行业金融机构自身发行或管理的非存款类金融资产的余额") for the bank's own
        // products; Huzhou's 授权涉财查询 for what lies beyond the notice
        PolicySnapshot gaps = FuneralTestBooks.gaps().snapshot(FuneralTestBooks.HUZHOU, DATE);
        Decision<EstateQueryResult> bank = PROGRAM.decide(
                application(Relation.CHILD, CLOSE_RELATIVE_DOCS, EnumSet.of(AssetKind.BANK_PRODUCTS)), gaps);
        assertThat(bank.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(bank.finding(EstateQueryProgram.SCOPE.id()).orElseThrow().citation())
                .isEqualTo(FuneralCitations.QUERY_SCOPE);
        Decision<EstateQueryResult> securities = PROGRAM.decide(
                application(Relation.CHILD, CLOSE_RELATIVE_DOCS, EnumSet.of(AssetKind.SECURITIES)), OFFICIAL);
        assertThat(securities
                        .finding(EstateQueryProgram.SCOPE.id())
                        .orElseThrow()
                        .citation())
                .isEqualTo(FuneralCitations.EFFICIENT_SERVICE);
        assertThat(securities.result().orElseThrow().grantIfIssued()).isEmpty();
        assertThat(securities.result().orElseThrow().refusalIfRefused()).isEmpty();
    }

    @Test
    void aRefusal_isTheOnlyResultOfMissingDocuments() {
        Decision<EstateQueryResult> d = PROGRAM.decide(
                application(Relation.CHILD, EnumSet.of(Evidence.OWN_ID), EnumSet.of(AssetKind.DEPOSITS)), OFFICIAL);
        assertThat(d.result().orElseThrow().refusalIfRefused()).isPresent();
        assertThat(d.result().orElseThrow().grantIfIssued()).isEmpty();
    }

    @Test
    void theProgramListsEveryKeyItReads() {
        assertThat(new EstateQueryProgram().parameters())
                .containsAll(FuneralParameters.ESTATE_QUERY_SCOPE.values())
                .contains(FuneralParameters.ESTATE_QUERY_VALIDITY_DAYS);
    }

    @Test
    void eachAssetKindsKeyName_isThePacksSpelling() {
        assertThat(AssetKind.PROVIDENT_FUND.keyName()).isEqualTo("provident-fund");
        assertThat(AssetKind.REAL_ESTATE.keyName()).isEqualTo("real-estate");
        assertThat(FuneralParameters.ESTATE_QUERY_SCOPE
                        .get(AssetKind.BANK_PRODUCTS)
                        .name())
                .isEqualTo("estate-query.scope.bank-products");
    }

    @Test
    void anApplicantsName_isOptional() {
        Applicant named = ImmutableApplicant.builder()
                .idNumber(APPLICANT)
                .name(PersonName.of("沈丽"))
                .relation(Relation.CHILD)
                .build();
        assertThat(named.name()).contains(PersonName.of("沈丽"));
    }

    @Test
    void aCoveredKindBeyondTheNotice_isNamedInTheGrantByTheRowThatCoversIt() {
        // securities lie beyond 银保监办发〔2019〕107号: the grant rests on the locality's own row for them
        String yaml = "pack: estate-securities-fixture\n"
                + "instruments:\n"
                + "  - {id: fixture-estate-securities, title: 测试夹具, titleEn: Test fixture, issuer: 测试, rank: ILLUSTRATIVE}\n"
                + "values:\n"
                + "  - {key: estate-query.scope.securities, region: \"330500\", since: 2019-01-01, value: \"true\", unit: flag,"
                + " grade: ILLUSTRATIVE, citation: {instrument: fixture-estate-securities}}\n";
        PolicySnapshot s = org.minzheng.core.policy.PolicyBook.builderWithDefaults()
                .addOverlay(org.minzheng.core.policy.PolicySource.ofText("estate-securities", yaml))
                .build()
                .snapshot(FuneralTestBooks.HUZHOU, DATE);
        Decision<EstateQueryResult> d = PROGRAM.decide(
                application(Relation.CHILD, CLOSE_RELATIVE_DOCS, EnumSet.of(AssetKind.DEPOSITS, AssetKind.SECURITIES)),
                s);
        assertThat(d.result().orElseThrow().grant().legalBasis())
                .containsExactly(
                        FuneralCitations.QUERY_CLOSE_RELATIVES,
                        FuneralCitations.QUERY_SCOPE,
                        s.find(FuneralParameters.ESTATE_QUERY_SCOPE.get(AssetKind.SECURITIES))
                                .citation());
    }
}
