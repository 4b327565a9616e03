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
                .contains("[met] Per-capita monthly income 666.67")
                .contains("is below the dibao standard 1145")
                .contains("Monthly dibao payment: 1435.00 yuan")
                .contains("Legal basis: Interim Measures for Social Assistance, Art. 9");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void chinese_namesTheMissingParameter() {
        CliRun r = CliRun.of("explain", s(Fixtures.SAVINGS), "--lang", "zh");
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains("认定结果：无法认定")
                .contains("dibao.asset.financial-months")
                .contains("依据：《最低生活保障审核确认办法》（民发〔2021〕57号）第十四条");
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
