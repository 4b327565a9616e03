package org.minzheng.funeral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ServiceLoader;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.minzheng.core.citation.Instrument;
import org.minzheng.core.citation.InstrumentRank;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.ParameterValue;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicyDataProvider;
import org.minzheng.core.policy.Provenance;
import org.minzheng.core.program.Program;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.core.region.RegionCode;
import org.minzheng.funeral.estate.AssetKind;
import org.minzheng.funeral.testing.FuneralTestBooks;

/**
 * The funeral pack as shipped: registered through ServiceLoader, official or derived values only,
 * the withdrawal limit's change on 2024-06-01, the estate-query scope the 2019 notice sets, the
 * instruments' document numbers only where a source states them, and the illustrative overlay
 * illustrative only. (That every declared parameter has a value and every citation resolves is
 * the program contract's, {@link ProgramContractTest}.)
 */
class FuneralPackTest {

    static final PolicyBook BOOK = PolicyBook.loadDefault();

    @Test
    void keysAreTheConstantsOfFuneralParameters_withTheBeneficiaryScopeAnEnumeration() {
        assertThat(new FuneralPolicyData().keys())
                .contains(FuneralParameters.FREE_BENEFICIARY_SCOPE, FuneralParameters.ESTATE_QUERY_VALIDITY_DAYS)
                .containsAll(FuneralParameters.FREE_ITEM.values());
        assertThat(FuneralParameters.FREE_BENEFICIARY_SCOPE.type().javaType())
                .isEqualTo(org.minzheng.funeral.services.BeneficiaryScope.class);
    }

    @Test
    void providerAndProgramsAreRegisteredThroughServiceLoader() {
        assertThat(StreamSupport.stream(
                                ServiceLoader.load(PolicyDataProvider.class).spliterator(), false)
                        .map(PolicyDataProvider::name))
                .contains("funeral");
        assertThat(ProgramRegistry.loadDefault().all())
                .extracting(Program::id)
                .contains(
                        "estate-query",
                        "deposit-withdrawal",
                        "after-death-tasks",
                        "eco-burial-award",
                        "basic-funeral-services");
    }

    @Test
    void shippedDataIsOfficialOrDerivedOnly() {
        for (var key : new FuneralPolicyData().keys()) {
            for (var t : BOOK.timelines(key).values()) {
                for (ParameterValue<?> v : t.transitions()) {
                    assertThat(v.grade()).as(v.source()).isIn(Provenance.OFFICIAL, Provenance.DERIVED);
                }
            }
        }
    }

    @Test
    void withdrawalLimit_is10000On20240531And50000On20240601() {
        RegionCode huzhou = FuneralTestBooks.HUZHOU;
        assertThat(BOOK.snapshot(huzhou, LocalDate.of(2024, 5, 31))
                        .find(FuneralParameters.WITHDRAWAL_LIMIT)
                        .value())
                .isEqualTo(Money.ofYuan(10_000));
        assertThat(BOOK.snapshot(huzhou, LocalDate.of(2024, 6, 1))
                        .find(FuneralParameters.WITHDRAWAL_LIMIT)
                        .value())
                .isEqualTo(Money.ofYuan(50_000));
    }

    @Test
    void estateQueryScope_isOfficialForDepositsAndBankProductsOnly_andValidityIsAbsent() {
        var s = BOOK.snapshot(FuneralTestBooks.HUZHOU, LocalDate.of(2024, 12, 1));
        for (AssetKind k : AssetKind.values()) {
            assertThat(s.find(FuneralParameters.ESTATE_QUERY_SCOPE.get(k)) != null)
                    .as(k.name())
                    .isEqualTo(k.coveredBy2019Notice());
        }
        assertThat(s.find(FuneralParameters.ESTATE_QUERY_VALIDITY_DAYS)).isNull();
    }

    @Test
    void instruments_recordDocumentNumbersOnlyWhereASourceStatesThem() {
        Instrument query =
                BOOK.instruments().find(FuneralCitations.DEPOSIT_QUERY_2019).orElseThrow();
        assertThat(query.documentNumber()).isEqualTo("银保监办发〔2019〕107号");
        assertThat(query.issuer()).contains("司法部");
        assertThat(BOOK.instruments()
                        .find(FuneralCitations.SMALL_DEPOSIT_2021)
                        .orElseThrow()
                        .documentNumber())
                .isEqualTo("银保监办发〔2021〕18号");
        Instrument y2024 =
                BOOK.instruments().find(FuneralCitations.SMALL_DEPOSIT_2024).orElseThrow();
        assertThat(y2024.documentNumber()).isNull();
        assertThat(y2024.note()).contains("金规〔2024〕6号");
        assertThat(y2024.inForce()).isEqualTo(LocalDate.of(2024, 6, 1));
        Instrument db = BOOK.instruments()
                .find(FuneralCitations.HUZHOU_AFTER_DEATH_STANDARD)
                .orElseThrow();
        assertThat(db.rank()).isEqualTo(InstrumentRank.LOCAL_STANDARD);
        assertThat(db.documentNumber()).isEqualTo("DB3305/T 113—2019");
        assertThat(db.inForce()).isNull();
        assertThat(db.note()).contains("2019-10-14", "2019-10-15", "2019-10-08");
    }

    @Test
    void hangzhouIsInTheRegionTableUnderZhejiang() {
        assertThat(BOOK.regions().contains(FuneralTestBooks.HANGZHOU)).isTrue();
        assertThat(BOOK.regions().parentOf(FuneralTestBooks.HANGZHOU)).contains(RegionCode.of("330000"));
    }

    @Test
    void illustrativeOverlayLoadsAndIsIllustrativeOnly() {
        PolicyBook ill = FuneralTestBooks.illustrative();
        var v = ill.snapshot(FuneralTestBooks.HUZHOU, LocalDate.of(2024, 12, 1))
                .find(FuneralParameters.ESTATE_QUERY_VALIDITY_DAYS);
        assertThat(v.grade()).isEqualTo(Provenance.ILLUSTRATIVE);
        assertThat(ill.instruments()
                        .find("examples-illustrative-funeral")
                        .orElseThrow()
                        .rank())
                .isEqualTo(InstrumentRank.ILLUSTRATIVE);
    }
}
