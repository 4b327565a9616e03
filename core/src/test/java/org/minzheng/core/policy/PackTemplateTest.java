package org.minzheng.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.region.RegionCode;

class PackTemplateTest {

    private static final RegionCode NANXUN = RegionCode.of("330503");
    private static final LocalDate DAY = LocalDate.of(2024, 12, 1);

    @Test
    void notConfigured_listsExactlyTheKeysReadWithNoValueInForce_eachOnce_inTheOrderGiven() {
        PolicySnapshot s = TestKeys.fixture().build().snapshot(NANXUN, DAY);
        assertThat(PackTemplate.notConfigured(
                        s, List.of(TestKeys.MONTHS, TestKeys.STANDARD, TestKeys.MONTHS, TestKeys.RATIO)))
                .containsExactly(TestKeys.MONTHS);
        assertThat(PackTemplate.notConfigured(s, List.of(TestKeys.STANDARD))).isEmpty();
    }

    @Test
    void theSkeleton_namesEachKeyWithItsUnitTypeAndDescription_andDoesNotLoadUntilFilledIn() {
        PolicySnapshot s = TestKeys.fixture().build().snapshot(NANXUN, DAY);
        String yaml = PackTemplate.yaml(s, PackTemplate.notConfigured(s, TestKeys.ALL));
        assertThat(yaml)
                .contains("pack: local-330503")
                .contains("南浔区")
                .contains("# test.months: 测试月数 / test months")
                .contains("# type integer")
                .contains("  - key: test.months\n    region: \"330503\"\n    since: 2024-12-01\n")
                .contains("unit: \"months\"")
                .doesNotContain("test.standard");
        assertThatThrownBy(() -> TestKeys.fixture()
                        .addOverlay(PolicySource.ofText("skeleton.yaml", yaml))
                        .build())
                .isInstanceOf(PolicyLoadException.class)
                .hasMessageContaining("skeleton.yaml:")
                .hasMessageContaining("'title'")
                .hasMessageContaining("'value'")
                .hasMessageContaining("'grade'")
                .hasMessageContaining("'citation.article'");
    }

    @Test
    void theSkeletonFilledIn_loads_andConfiguresTheKeysItListed() {
        PolicySnapshot s = TestKeys.fixture().build().snapshot(NANXUN, DAY);
        String filled = PackTemplate.yaml(s, PackTemplate.notConfigured(s, TestKeys.ALL))
                .replace("title: \"\"", "title: 测试夹具")
                .replace("titleEn: \"\"", "titleEn: test fixture")
                .replace("issuer: \"\"", "issuer: tests")
                .replace("rank: \"\"", "rank: ILLUSTRATIVE")
                .replace("value: \"\"", "value: \"6\"")
                .replace("grade: \"\"", "grade: ILLUSTRATIVE")
                .replace("article: \"\"", "article: 第一条");
        PolicyBook book = TestKeys.fixture()
                .addOverlay(PolicySource.ofText("filled.yaml", filled))
                .build();
        PolicySnapshot after = book.snapshot(NANXUN, DAY);
        assertThat(PackTemplate.notConfigured(after, TestKeys.ALL)).isEmpty();
        ParameterValue<Integer> v = after.find(TestKeys.MONTHS);
        assertThat(v.value()).isEqualTo(6);
        assertThat(v.pack()).isEqualTo("local-330503");
        assertThat(v.region()).isEqualTo(NANXUN);
    }

    @Test
    void nothingMissing_givesAnEmptyValuesSection_thatLoadsOnceTheInstrumentIsFilledIn() {
        PolicySnapshot s = TestKeys.fixture().build().snapshot(NANXUN, DAY);
        String yaml = PackTemplate.yaml(s, List.of());
        assertThat(yaml).contains("values: []");
        String filled = yaml.replace("title: \"\"", "title: 测试夹具")
                .replace("titleEn: \"\"", "titleEn: test fixture")
                .replace("issuer: \"\"", "issuer: tests")
                .replace("rank: \"\"", "rank: ILLUSTRATIVE");
        PolicyBook book = TestKeys.fixture()
                .addOverlay(PolicySource.ofText("empty.yaml", filled))
                .build();
        assertThat(book.instruments().find(PackTemplate.INSTRUMENT_ID)).isPresent();
    }
}
