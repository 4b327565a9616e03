package org.minzheng.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseTextTest {

    @Test
    void placeholdersAndStandardsNumbersAreAllowed() {
        assertThat(ChineseText.hasStrayAsciiLetters("家庭人均月收入{perCapitaIncome}，低于低保标准{standard}"))
                .isFalse();
        assertThat(ChineseText.hasStrayAsciiLetters("还没有老年人能力评估结果（GB/T 42195-2022）"))
                .isFalse();
        assertThat(ChineseText.hasStrayAsciiLetters("按MZ/T 039-2013判定等级")).isFalse();
        assertThat(ChineseText.hasStrayAsciiLetters("《最低生活保障审核确认办法》（民发〔2021〕57号）第七条"))
                .isFalse();
    }

    @Test
    void parameterKeysEnumCodesRoundingCodesAndEnglishAreFound() {
        assertThat(ChineseText.hasStrayAsciiLetters("本地区尚未配置 dibao.standard")).isTrue();
        assertThat(ChineseText.hasStrayAsciiLetters("取整方式 YUAN:CEILING")).isTrue();
        assertThat(ChineseText.hasStrayAsciiLetters("dibao：符合条件")).isTrue();
        assertThat(ChineseText.hasStrayAsciiLetters("按 CUMULATIVE 计")).isTrue();
        // a placeholder must be a whole name in braces; a brace around a sentence is not one
        assertThat(ChineseText.hasStrayAsciiLetters("{a b}")).isTrue();
        // a standard needs its number and year
        assertThat(ChineseText.hasStrayAsciiLetters("GB/T 标准")).isTrue();
    }

    @Test
    void aBundleIsCheckedKeyByKey() {
        assertThat(ChineseText.messagesWithAsciiLetters(
                        "org.minzheng.core.testing.chinese-text", getClass().getClassLoader()))
                .containsExactly("bad=本地区尚未配置 dibao.standard");
    }
}
