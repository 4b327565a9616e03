package org.minzheng.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minzheng.core.citation.InstrumentCatalogue;
import org.minzheng.core.money.Money;
import org.minzheng.core.money.MoneyUnit;
import org.minzheng.core.money.Rounding;
import org.minzheng.core.policy.Provenance;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.region.RegionLevel;

/**
 * Values in explanation text are written the way people write them (issue 20, contract 1 of the
 * session brief): money as 1145元 / 343.5元 / 0.02元, dates as 2024年12月1日, roundings and grades
 * in words, booleans as 是/否 — never a canonical code such as {@code YUAN:CEILING} or
 * {@code 1145.00}.
 */
class ExplainerFormatTest {

    static final Explainer EXPLAINER =
            Explainer.of(List.of(), ExplainerFormatTest.class.getClassLoader(), InstrumentCatalogue.of(List.of()));

    private static String zh(String key, Object... facts) {
        return EXPLAINER.text(key, Language.ZH, RuleContext.facts(facts));
    }

    private static String en(String key, Object... facts) {
        return EXPLAINER.text(key, Language.EN, RuleContext.facts(facts));
    }

    @Test
    void money_inChinese_dropsTrailingZeros_andAppendsYuan_withNoSpace() {
        assertThat(zh("notice.amount.MONTHLY", "amount", Money.ofYuan(1145))).isEqualTo("每月1145元");
        assertThat(zh("notice.amount.MONTHLY", "amount", Money.ofFen(34350))).isEqualTo("每月343.5元");
        assertThat(zh("notice.amount.ONE_OFF", "amount", Money.ofFen(2))).isEqualTo("一次性0.02元");
        assertThat(zh("notice.amount.ONE_OFF", "amount", Money.ofFen(100_000_010)))
                .isEqualTo("一次性1000000.1元");
        assertThat(zh("notice.amount.MONTHLY", "amount", Money.ofFen(-305))).isEqualTo("每月-3.05元");
        assertThat(zh("notice.amount.MONTHLY", "amount", Money.ZERO)).isEqualTo("每月0元");
    }

    @Test
    void money_inEnglish_hasGroupingAndTwoPlaces() {
        assertThat(en("notice.amount.MONTHLY", "amount", Money.ofYuan(1145))).isEqualTo("1,145.00 yuan a month");
        assertThat(en("notice.amount.ONE_OFF", "amount", Money.ofFen(2))).isEqualTo("0.02 yuan, paid once");
    }

    @Test
    void dates_areWrittenAsPeopleWriteThem() {
        assertThat(zh("notice.date", "date", LocalDate.of(2024, 12, 1))).isEqualTo("日期：2024年12月1日");
        assertThat(en("notice.date", "date", LocalDate.of(2024, 12, 1))).isEqualTo("Date: 1 December 2024");
    }

    @Test
    void rounding_isWrittenInWords_neverAsItsCode() {
        Rounding ceilingToYuan = Rounding.of(MoneyUnit.YUAN, RoundingMode.CEILING);
        assertThat(zh(
                        "rounding.applied",
                        "before",
                        Money.ofFen(34350),
                        "rounding",
                        ceilingToYuan,
                        "after",
                        Money.ofYuan(344)))
                .isEqualTo("343.5元向上取整为344元");
        assertThat(zh(
                        "rounding.applied",
                        "before",
                        Money.ofFen(34350),
                        "rounding",
                        "YUAN:CEILING",
                        "after",
                        Money.ofYuan(344)))
                .as("a rounding passed as its canonical text in a fact named rounding")
                .isEqualTo("343.5元向上取整为344元");
        assertThat(EXPLAINER.text("explain.basis", Language.ZH, Map.of("basis", ceilingToYuan)))
                .isEqualTo("依据：向上取整到元");
        assertThat(EXPLAINER.text("explain.basis", Language.ZH, Map.of("basis", Rounding.FEN_HALF_UP)))
                .isEqualTo("依据：四舍五入到分");
        assertThat(EXPLAINER.text("explain.basis", Language.EN, Map.of("basis", ceilingToYuan)))
                .isEqualTo("Legal basis: rounded up to the yuan");
        for (RoundingMode mode : RoundingMode.values()) {
            assertThat(EXPLAINER.hasMessage("rounding.mode." + mode.name(), Language.ZH))
                    .isTrue();
            assertThat(EXPLAINER.hasMessage("rounding.mode." + mode.name(), Language.EN))
                    .isTrue();
        }
    }

    @Test
    void coreEnums_gradesAndBooleans_areWords() {
        assertThat(EXPLAINER.text("explain.basis", Language.ZH, Map.of("basis", Provenance.ILLUSTRATIVE)))
                .isEqualTo("依据：示例数值，并非政策规定");
        assertThat(EXPLAINER.text("explain.basis", Language.ZH, Map.of("basis", true)))
                .isEqualTo("依据：是");
        for (Class<? extends Enum<?>> type : List.of(
                Provenance.class,
                RegionLevel.class,
                Outcome.class,
                Verdict.class,
                MoneyUnit.class,
                Payment.Period.class)) {
            for (Enum<?> e : type.getEnumConstants()) {
                for (Language lang : Language.values()) {
                    assertThat(EXPLAINER.hasMessage("enum." + type.getSimpleName() + "." + e.name(), lang))
                            .as("%s.%s in %s", type.getSimpleName(), e, lang)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void regionWithoutABook_isItsCode_andTheNationIsNamed() {
        assertThat(EXPLAINER.text("explain.basis", Language.ZH, Map.of("basis", RegionCode.of("330500"))))
                .isEqualTo("依据：330500");
        assertThat(EXPLAINER.text("explain.basis", Language.ZH, Map.of("basis", RegionCode.NATION)))
                .isEqualTo("依据：全国");
    }

    @Test
    void coreChineseMessages_haveNoAsciiLetters_exceptPlaceholders() {
        java.util.ResourceBundle zh = java.util.ResourceBundle.getBundle(
                "org.minzheng.core.messages", Language.ZH.locale(), ResourceBundleControl.NO_FALLBACK);
        List<String> offenders = new java.util.ArrayList<>();
        for (String key : java.util.Collections.list(zh.getKeys())) {
            String text = zh.getString(key).replaceAll("\\{[A-Za-z]+(:mode)?}", "");
            if (text.matches("(?s).*[A-Za-z].*")) {
                offenders.add(key + "=" + zh.getString(key));
            }
        }
        assertThat(offenders).isEmpty();
        for (String banned : List.of("哪些变化会改变结果", "政策指纹", "本库")) {
            for (String key : java.util.Collections.list(zh.getKeys())) {
                assertThat(zh.getString(key)).as(key).doesNotContain(banned);
            }
        }
    }

    /** The bundle lookup with no fallback to the machine's locale. */
    private static final class ResourceBundleControl {
        static final java.util.ResourceBundle.Control NO_FALLBACK =
                java.util.ResourceBundle.Control.getNoFallbackControl(
                        java.util.ResourceBundle.Control.FORMAT_PROPERTIES);
    }
}
