package org.minzheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.examples.cli.Fixtures.s;

import org.junit.jupiter.api.Test;

class ExplainCommandTest {

    @Test
    void english_showsEachConditionWithItsBasis() {
        CliRun r = CliRun.of("explain", s(Fixtures.BELOW));
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Decision: eligible")
                .contains("[met] Per-capita income 666.67 yuan is below the dibao standard 1145.00 yuan (3 member(s))")
                .contains("Monthly dibao payment: 1435.00 yuan")
                .contains("Legal basis: Interim Measures for Social Assistance 第九条");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void chinese_namesTheMissingParameter() {
        CliRun r = CliRun.of("explain", s(Fixtures.SAVINGS), "--lang", "zh");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("认定结果：无法认定").contains("dibao.asset.financial-months")
                .contains("依据：《最低生活保障审核确认办法》（民发〔2021〕57号） 第十四条");
    }

    @Test
    void neverPrintsTheFullIdentityNumber() {
        for (String lang : new String[]{"en", "zh"}) {
            CliRun r = CliRun.of("explain", s(Fixtures.WITH_ID), "--lang", lang);
            assertThat(r.code()).as(r.toString()).isZero();
            assertThat(r.out()).contains(lang.equals("en") ? "Decision: eligible" : "认定结果：符合").doesNotContain(Fixtures.FULL_ID);
            assertThat(r.err()).doesNotContain(Fixtures.FULL_ID);
        }
        assertThat(CliRun.of("decide", s(Fixtures.WITH_ID)).out()).doesNotContain(Fixtures.FULL_ID).doesNotContain("19491231");
    }

    @Test
    void scrub_masksAnyValidIdentityNumber_andLeavesOtherDigitsAlone() {
        assertThat(PersonalData.scrub("id " + Fixtures.FULL_ID + ".")).doesNotContain(Fixtures.FULL_ID).startsWith("id 1101");
        // an invalid check digit is not an identity number; a longer run of digits is not one either
        assertThat(PersonalData.scrub("110105194912310021")).isEqualTo("110105194912310021");
        assertThat(PersonalData.scrub("a" + Fixtures.FULL_ID)).isEqualTo("a" + Fixtures.FULL_ID);
    }

    @Test
    void invalidCase_isBadInput_nothingOnStdout() {
        CliRun r = CliRun.of("explain", "no-such-case.json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("no-such-case.json: no such file");
    }
}
