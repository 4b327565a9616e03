package org.minzheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.examples.cli.Fixtures.s;

import org.junit.jupiter.api.Test;
import org.minzheng.core.json.MaskedText;

class ExplainCommandTest {

    @Test
    void english_showsEachConditionWithItsBasis() {
        CliRun r = CliRun.of("explain", s(Fixtures.BELOW));
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out())
                .contains("Decision: eligible")
                .contains(
                        "[met] Per-capita monthly income 666.67 yuan is below the dibao standard 1,145.00 yuan (3 member(s))")
                .contains("Monthly dibao payment: 1,435.00 yuan")
                .contains("Legal basis: Interim Measures for Social Assistance, Art. 9");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void chinese_namesTheMissingParameter() {
        CliRun r = CliRun.of("explain", s(Fixtures.SAVINGS), "--lang", "zh");
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains("认定结果：暂不能认定")
                .contains("本地")
                .doesNotContain("dibao.asset.financial-months")
                .contains("依据：《最低生活保障审核确认办法》（民发〔2021〕57号）第十四条");
    }

    @Test
    void reviewersView_isTheDefault_andTheCitizensNotice_isAskedFor() {
        CliRun reviewer = CliRun.of("explain", s(Fixtures.BELOW), "--lang", "zh");
        assertThat(reviewer.code()).as(reviewer.toString()).isZero();
        assertThat(reviewer.out())
                .startsWith("最低生活保障（审核版）")
                .contains("政策数值校验码：")
                .isEqualTo(CliRun.of("explain", s(Fixtures.BELOW), "--lang", "zh", "--view", "reviewer")
                        .out());
        CliRun citizen = CliRun.of("explain", s(Fixtures.BELOW), "--lang", "zh", "--view", "citizen");
        assertThat(citizen.code()).as(citizen.toString()).isZero();
        assertThat(citizen.out())
                .startsWith("湖州市民政局\n最低生活保障认定结果告知\n")
                .contains("认定结果：符合最低生活保障条件", "金额：每月1435元", "第六十五条", "编号：")
                .doesNotContain("校验码", "审核版");
        CliRun english = CliRun.of("explain", s(Fixtures.BELOW), "--view", "CITIZEN");
        assertThat(english.out()).startsWith("Civil Affairs Bureau of Huzhou\n").contains("1,435.00 yuan a month");
    }

    @Test
    void unknownView_isBadInput() {
        CliRun r = CliRun.of("explain", s(Fixtures.BELOW), "--view", "public");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--view must be citizen or reviewer");
    }

    @Test
    void neverPrintsTheFullIdentityNumber() {
        for (String lang : new String[] {"en", "zh"}) {
            CliRun r = CliRun.of("explain", s(Fixtures.WITH_ID), "--lang", lang);
            assertThat(r.code()).as(r.toString()).isZero();
            assertThat(r.out())
                    .contains(lang.equals("en") ? "Decision: eligible" : "认定结果：符合")
                    .doesNotContain(Fixtures.FULL_ID);
            assertThat(r.err()).doesNotContain(Fixtures.FULL_ID);
        }
        assertThat(CliRun.of("decide", s(Fixtures.WITH_ID)).out())
                .doesNotContain(Fixtures.FULL_ID)
                .doesNotContain("19491231");
    }

    @Test
    void scrub_masksAnythingIdShaped_validOrNot_andLeavesOtherDigitsAlone() {
        assertThat(MaskedText.scrub("id " + Fixtures.FULL_ID + "."))
                .doesNotContain(Fixtures.FULL_ID)
                .startsWith("id 1101");
        // a mistyped check digit still leaves a real person's number: masked too (issue 14, item 6)
        assertThat(MaskedText.scrub("110105194912310021")).isEqualTo("1101**********0021");
        assertThat(MaskedText.scrub("old 110105491231002")).isEqualTo("old 1101*******1002");
        assertThat(MaskedText.scrub("a" + Fixtures.FULL_ID)).doesNotContain(Fixtures.FULL_ID);
        // a longer run of digits is not an identity number
        assertThat(MaskedText.scrub("12345678901234567890")).isEqualTo("12345678901234567890");
    }

    @Test
    void invalidCase_isBadInput_nothingOnStdout() {
        CliRun r = CliRun.of("explain", "no-such-case.json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("no-such-case.json: no such file");
    }
}
