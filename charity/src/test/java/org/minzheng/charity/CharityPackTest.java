package org.minzheng.charity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ServiceLoader;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.minzheng.core.citation.Instrument;
import org.minzheng.core.citation.InstrumentRank;
import org.minzheng.core.policy.ParameterValue;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicyDataProvider;
import org.minzheng.core.policy.Provenance;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.core.region.RegionCode;

/**
 * What the shipped charity pack states beyond the program contract ({@code ProgramContractTest}):
 * the provider and programs are found by ServiceLoader, the instruments carry only what the sources
 * state, the filing deadline under both texts of the law, and the values the sources leave open
 * are absent while the rest are OFFICIAL.
 */
class CharityPackTest {

    static final PolicyBook BOOK = PolicyBook.loadDefault();

    @Test
    void theProviderAndTheFourPrograms_areRegisteredWithServiceLoader() {
        assertThat(StreamSupport.stream(
                                ServiceLoader.load(PolicyDataProvider.class).spliterator(), false)
                        .map(PolicyDataProvider::name))
                .contains("charity");
        assertThat(ProgramRegistry.loadDefault().all())
                .extracting(p -> p.id())
                .contains(
                        "charity-trust-filing",
                        "charity-trust-change",
                        "charity-trust-annual-report",
                        "charity-matching");
        assertThat(BOOK.keys()).containsAll(new CharityPolicyData().keys());
    }

    @Test
    void instruments_carryOnlyWhatTheSourcesState() {
        Instrument law2016 =
                BOOK.instruments().find(CharityCitations.CHARITY_LAW_2016).orElseThrow();
        assertThat(law2016.rank()).isEqualTo(InstrumentRank.LAW);
        assertThat(law2016.inForce()).isEqualTo(LocalDate.of(2016, 9, 1));
        assertThat(law2016.documentNumber()).isNull();
        Instrument law2023 =
                BOOK.instruments().find(CharityCitations.CHARITY_LAW_2023).orElseThrow();
        assertThat(law2023.rank()).isEqualTo(InstrumentRank.LAW);
        assertThat(law2023.inForce()).isEqualTo(LocalDate.of(2024, 9, 5));
        Instrument measures =
                BOOK.instruments().find(CharityCitations.TRUST_MEASURES).orElseThrow();
        assertThat(measures.documentNumber()).isEqualTo("银监发〔2017〕37号");
        assertThat(measures.issuer()).isEqualTo("中国银行业监督管理委员会、民政部");
        assertThat(measures.inForce()).isNull();
        assertThat(BOOK.instruments()
                        .find(CharityCitations.RECOGNITION_MEASURES)
                        .orElseThrow()
                        .documentNumber())
                .isEqualTo("民政部令第58号");
        assertThat(BOOK.instruments()
                        .find(CharityCitations.TRUST_LAW)
                        .orElseThrow()
                        .documentNumber())
                .isNull();
    }

    @Test
    void theFilingDeadline_isSevenDays_underBothTexts() {
        ParameterValue<Integer> before = BOOK.snapshot(RegionCode.of("330500"), LocalDate.of(2024, 9, 4))
                .find(CharityParameters.FILING_DEADLINE_DAYS);
        ParameterValue<Integer> after = BOOK.snapshot(RegionCode.of("330500"), LocalDate.of(2024, 9, 5))
                .find(CharityParameters.FILING_DEADLINE_DAYS);
        assertThat(before.value()).isEqualTo(7);
        assertThat(before.citation().instrument()).isEqualTo(CharityCitations.CHARITY_LAW_2016);
        assertThat(after.value()).isEqualTo(7);
        assertThat(after.citation().instrument()).isEqualTo(CharityCitations.CHARITY_LAW_2023);
        assertThat(after.citation().article()).startsWith("第四十五条第一款");
        assertThat(BOOK.snapshot(RegionCode.NATION, LocalDate.of(2016, 8, 31))
                        .find(CharityParameters.FILING_DEADLINE_DAYS))
                .isNull();
    }

    @Test
    void valuesTheSourcesLeaveOpen_areAbsent_andTheRestAreOfficial() {
        var snap = BOOK.snapshot(RegionCode.of("330500"), LocalDate.of(2025, 1, 1));
        assertThat(snap.find(CharityParameters.REPORT_PUBLICATION_DAYS)).isNull();
        assertThat(snap.find(CharityParameters.CLEARING_REPORT_DAYS)).isNull();
        for (var key : new CharityPolicyData().keys()) {
            for (var timeline : BOOK.timelines(key).values()) {
                assertThat(timeline.transitions())
                        .allSatisfy(v -> assertThat(v.grade()).isEqualTo(Provenance.OFFICIAL));
            }
        }
        assertThat(snap.find(CharityParameters.TERMINATION_REPORT_DAYS).value()).isEqualTo(15);
        assertThat(snap.find(CharityParameters.TERMINATION_REPORT_DAYS).note()).contains("MEDIUM");
        assertThat(snap.find(CharityParameters.CHANGE_REFILING_DAYS).sinceExact())
                .isFalse();
    }
}
