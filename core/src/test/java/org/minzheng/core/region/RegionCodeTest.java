package org.minzheng.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

    @Test
    void huzhouHierarchy() {
        RegionCode nanxun = RegionCode.of("330503");
        assertThat(nanxun.level()).isEqualTo(RegionLevel.COUNTY);
        assertThat(nanxun.structuralParent()).contains(RegionCode.of("330500"));
        assertThat(RegionCode.of("330500").level()).isEqualTo(RegionLevel.PREFECTURE);
        assertThat(RegionCode.of("330500").structuralParent()).contains(RegionCode.of("330000"));
        assertThat(RegionCode.of("330000").level()).isEqualTo(RegionLevel.PROVINCE);
        assertThat(RegionCode.of("330000").structuralParent()).contains(RegionCode.NATION);
        assertThat(RegionCode.NATION.structuralParent()).isEmpty();
        assertThat(RegionCode.of("330500").contains(nanxun)).isTrue();
        assertThat(nanxun.contains(RegionCode.of("330500"))).isFalse();
        assertThat(RegionCode.parse(nanxun.toString())).isEqualTo(nanxun);
    }

    @Test
    void nineDigitTownshipCodeIsCountyPlusThreeDigits() {
        // 《行政区划代码管理办法》 (民政部令第79号): codes of 6 or 9 digits
        RegionCode t = RegionCode.of("330503001");
        assertThat(t.level()).isEqualTo(RegionLevel.TOWNSHIP);
        assertThat(t.structuralParent()).contains(RegionCode.of("330503"));
        assertThat(RegionCode.of("330500").contains(t)).isTrue();
        assertThat(RegionCode.parse(t.toString())).isEqualTo(t);
    }

    @ParameterizedTest
    @ValueSource(strings = {"33050", "3305000", "33050X", "００００００", "001234", "33050000", "330500001", "330503000"})
    void rejectsMalformed(String code) {
        assertThatThrownBy(() -> RegionCode.of(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void table_chainSkipsMissingLevels() {
        RegionTable t = RegionTable.of(List.of(
                new Region(RegionCode.of("330000"), "浙江省", "Zhejiang", null),
                new Region(RegionCode.of("330500"), "湖州市", "Huzhou", null),
                new Region(RegionCode.of("330503"), "南浔区", "Nanxun", null),
                new Region(RegionCode.of("429004"), "仙桃市", "Xiantao", null)));
        LocalDate d = LocalDate.of(2024, 12, 1);
        assertThat(t.chain(RegionCode.of("330503"), d))
                .containsExactly(
                        RegionCode.of("330503"), RegionCode.of("330500"), RegionCode.of("330000"), RegionCode.NATION);
        // a county-level city directly under a province whose structural prefecture does not exist
        assertThat(t.chain(RegionCode.of("429004"), d)).containsExactly(RegionCode.of("429004"), RegionCode.NATION);
        assertThat(t.find(RegionCode.NATION)).isPresent();
    }
}
