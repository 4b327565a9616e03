package org.minzheng.eldercare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minzheng.core.citation.Instrument;
import org.minzheng.core.citation.InstrumentRank;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.ParameterType;
import org.minzheng.core.policy.ParameterValue;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.Provenance;
import org.minzheng.core.policy.Timeline;
import org.minzheng.core.program.Program;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.core.region.RegionCode;
import org.minzheng.eldercare.assessment.AdjustmentStacking;
import org.minzheng.eldercare.assessment.ComaRating;
import org.minzheng.eldercare.services.CareWorkerSkillGrade;
import org.minzheng.eldercare.services.RateCombination;

class EldercarePolicyDataTest {

    static final List<String> IDS = List.of("ability-assessment", "family-care-bed", "meal-assistance", "home-adaptation",
            "moderate-disability-care", "home-care-nurse");

    @Test
    void programsAndProviderAreRegisteredWithServiceLoader() {
        ProgramRegistry registry = ProgramRegistry.loadDefault();
        for (String id : IDS) {
            Program<?, ?> p = registry.find(id).orElseThrow(() -> new AssertionError("not registered: " + id));
            assertThat(p.id()).isEqualTo(id);
            assertThat(EldercareParameters.all()).containsAll(p.parameters());
            assertThat(p.citations()).isNotEmpty().allSatisfy(c ->
                    assertThat(Books.official().instruments().find(c.instrument())).as(c.toString()).isPresent());
        }
        assertThat(Books.official().keys()).containsAll(EldercareParameters.all());
        assertThat(Books.official().dataVersions()).containsKey("org/minzheng/eldercare/policy/national.yaml");
    }

    @Test
    void instruments_asTheSourcesGiveThem() {
        Instrument gbt = Books.official().instruments().find("gb-t-42195-2022").orElseThrow();
        assertThat(gbt.rank()).isEqualTo(InstrumentRank.NATIONAL_STANDARD);
        assertThat(gbt.inForce()).isEqualTo(LocalDate.of(2022, 12, 30));
        assertThat(gbt.documentNumber()).isEqualTo("GB/T 42195-2022");
        Instrument mzt = Books.official().instruments().find("mz-t-039-2013").orElseThrow();
        assertThat(mzt.rank()).isEqualTo(InstrumentRank.INDUSTRY_STANDARD);
        assertThat(mzt.note()).contains("Superseded");
        assertThat(Books.official().instruments().find("mca-elderly-meal-action-plan-2023").orElseThrow().documentNumber())
                .isEqualTo("民发〔2023〕58号");
        assertThat(Books.official().instruments().find("gov-elderly-services-2019").orElseThrow().documentNumber())
                .isEqualTo("国办发〔2019〕5号");
    }

    @Test
    void officialPack_hasTheComaReading_andNoStackingOrUnfoundValues() {
        PolicyBook book = Books.official();
        Map<RegionCode, Timeline<String>> coma = book.timelines(EldercareParameters.COMA_RATING);
        assertThat(coma).containsOnlyKeys(RegionCode.NATION);
        ParameterValue<String> v = book.snapshot(Books.HUZHOU, Books.DATE).find(EldercareParameters.COMA_RATING);
        assertThat(v.value()).isEqualTo("COMPLETE_LOSS");
        assertThat(v.grade()).isEqualTo(Provenance.OFFICIAL);
        assertThat(v.since()).isEqualTo(LocalDate.of(2022, 12, 30));
        assertThat(v.citation().article()).contains("C.4");
        assertThat(book.snapshot(Books.HUZHOU, LocalDate.of(2022, 12, 29)).find(EldercareParameters.COMA_RATING)).isNull();
        for (ParameterKey<?> k : EldercareParameters.all()) {
            if (k != EldercareParameters.COMA_RATING && k != EldercareParameters.REASSESSMENT_MONTHS_MZT_039) {
                assertThat(book.timelines(k)).as(k.name()).isEmpty();
            }
        }
    }

    @Test
    void everyShippedOrIllustrativeCodeValue_isAConstantOfItsEnum() {
        Map<ParameterKey<String>, Class<? extends Enum<?>>> codes = Map.of(EldercareParameters.COMA_RATING, ComaRating.class,
                EldercareParameters.ADJUSTMENT_STACKING, AdjustmentStacking.class,
                EldercareParameters.MEAL_RATE_COMBINATION, RateCombination.class,
                EldercareParameters.NURSE_MIN_SKILL_GRADE, CareWorkerSkillGrade.class);
        for (ParameterKey<?> k : EldercareParameters.all()) {
            if (k.type() == ParameterType.CODE) {
                assertThat(codes.keySet().stream().map(ParameterKey::name)).as(k.name()).contains(k.name());
            }
        }
        int checked = 0;
        for (PolicyBook book : List.of(Books.official(), Books.illustrative())) {
            for (var e : codes.entrySet()) {
                for (Timeline<String> t : book.timelines(e.getKey()).values()) {
                    for (ParameterValue<String> v : t.transitions()) {
                        assertThat(java.util.Arrays.stream(e.getValue().getEnumConstants()).map(Enum::name))
                                .as(e.getKey().name()).contains(v.value());
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(5);
    }

    @Test
    void illustrativeOverlay_isAllIllustrative_andCitesAnIllustrativeInstrument() {
        PolicyBook book = Books.illustrative();
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (ParameterKey<?> k : EldercareParameters.all()) {
            for (var t : book.timelines(k).entrySet()) {
                if (!t.getKey().equals(RegionCode.NATION)) {
                    for (ParameterValue<?> v : t.getValue().transitions()) {
                        assertThat(v.grade()).as(k.name()).isEqualTo(Provenance.ILLUSTRATIVE);
                        assertThat(book.instruments().resolve(v.citation()).rank()).isEqualTo(InstrumentRank.ILLUSTRATIVE);
                        keys.add(k.name());
                    }
                }
            }
        }
        // every key except the two the official pack sets nationally (coma reading, MZ/T 039 interval);
        // some keys also have a half-configured placeholder region (Hangzhou) besides Huzhou
        assertThat(keys).hasSize(EldercareParameters.all().size() - 2);
    }
}
