package org.minzheng.eldercare.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Icd10CodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"F00", "F00.1", "F01", "F02.3", "F03"})
    void gbt42195_c4_dementiaIsF00ToF03(String code) {
        Icd10Code c = Icd10Code.parse(code);
        assertThat(c.isDementia()).isTrue();
        assertThat(c.isOtherMentalDisorder()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"F04", "F05.0", "F10", "F20", "F32.1", "F41.2", "F99"})
    void gbt42195_c4_otherMentalDisordersAreF04ToF99(String code) {
        Icd10Code c = Icd10Code.parse(code);
        assertThat(c.isDementia()).isFalse();
        assertThat(c.isOtherMentalDisorder()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I10", "E11.9", "S72.00", "G30"})
    void otherChaptersAreNeither(String code) {
        Icd10Code c = Icd10Code.parse(code);
        assertThat(c.isDementia()).isFalse();
        assertThat(c.isOtherMentalDisorder()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "", "F", "F0", "f03", "F03 ", " F03", "F3.1", "F03.", "F03.123", "F03x", "F03.x00", "0F3", "FF3", "F０3"
            })
    void malformed(String code) {
        assertThat(Icd10Code.problemOf(code)).isEqualTo(Icd10Code.Problem.MALFORMED);
        assertThatThrownBy(() -> Icd10Code.parse(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"F08", "F26", "F27", "F35", "F47", "F56", "F67", "F74", "F85", "F96", "F97"})
    void unknownChapterVCategories(String code) {
        assertThat(Icd10Code.problemOf(code)).isEqualTo(Icd10Code.Problem.UNKNOWN_CATEGORY);
    }

    @Test
    void chapterVHas78Categories() {
        assertThat(Icd10Code.CHAPTER_V_CATEGORIES).hasSize(78);
        assertThat(Icd10Code.parse("F00.1").category()).isEqualTo("F00");
    }
}
