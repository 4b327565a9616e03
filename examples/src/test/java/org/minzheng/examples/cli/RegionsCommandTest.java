package org.minzheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code minzheng regions}: the national division table as of a date. */
class RegionsCommandTest {

    @Test
    void gulouNanjing_onItsDate_showsTheChainUnderNanjingAndJiangsu() {
        CliRun r = CliRun.of("regions", "320106", "--date", "2024-12-31");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out())
                .contains("name:     鼓楼区 (no English name recorded)")
                .contains("level:    COUNTY")
                .contains("chain on 2024-12-31: 320106 鼓楼区 < 320100 南京市 < 320000 江苏省 < 000000 全国");
    }

    @Test
    void code330502_in1985_isChengqu() {
        CliRun r = CliRun.of("regions", "330502", "--date", "1985-06-01");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("name:     城区").contains("< 330500 湖州市 < 330000 浙江省");
    }

    @Test
    void unknownCode_exits2_namingCodeAndDate() {
        CliRun r = CliRun.of("regions", "320107", "--date", "2024-12-01");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err())
                .contains("320107 is not a division code on 2024-12-01")
                .contains("320106 鼓楼区");
        assertThat(CliRun.of("regions", "12345").code()).isEqualTo(2);
    }

    @Test
    void searchByName_onADate() {
        CliRun r = CliRun.of("regions", "--search", "鼓楼", "--date", "2024-12-31");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("320106 鼓楼区").contains("(南京市 < 江苏省)").contains("350102 鼓楼区");
    }

    @Test
    void changesBetweenTwoDates() {
        CliRun r = CliRun.of("regions", "--changes", "2024-01-01", "2024-12-31");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("2024-12-27  + 653228 和康县").contains("changes after 2024-01-01 up to 2024-12-31");
        assertThat(CliRun.of("regions", "--changes", "2024-12-31", "2024-01-01").code())
                .isEqualTo(2);
    }
}
