package org.minzheng.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.minzheng.core.money.Money;

/**
 * What an integrator reads when a pack does not load: the place and what is expected there, in
 * English and in Chinese, never the value found; an unknown key suggests the nearest known one;
 * an enumeration lists its words; a value graded OFFICIAL or DERIVED cannot rest on an
 * ILLUSTRATIVE instrument.
 */
class PackLoaderMessagesTest {

    enum Combination {
        HIGHEST,
        SUM
    }

    static final ParameterKey<Money> STANDARD = ParameterKey.of(
                    "dibao.standard", ParameterType.MONEY, "CNY/person/month", "最低生活保障标准", "dibao standard")
            .within(Money.ZERO, null);
    static final ParameterKey<Integer> MAX_MONTHS = ParameterKey.of(
                    "temporary-assistance.months.max", ParameterType.INTEGER, "months", "最多月数", "largest months")
            .within(1, null);
    static final ParameterKey<Combination> COMBINATION = ParameterKey.of(
            "meal-assistance.rate-combination", ParameterType.oneOf(Combination.class), "code", "组合方式", "combination");
    static final ParameterKey<java.math.BigDecimal> RATIO = ParameterKey.of(
                    "disability.living-allowance.ratio-of-dibao", ParameterType.DECIMAL, "ratio", "比例", "ratio")
            .within(java.math.BigDecimal.ZERO, java.math.BigDecimal.ONE)
            .excludingLeast();

    static final String HEAD = "regions:\n  - {code: \"330500\", name: 湖州市, nameEn: Huzhou}\n"
            + "instruments:\n"
            + "  - {id: r, title: 规则, titleEn: Rule, issuer: 机关, rank: NORMATIVE_DOCUMENT}\n"
            + "  - {id: sample, title: 示例, titleEn: Sample, issuer: 无, rank: ILLUSTRATIVE}\n"
            + "values:\n";

    static String row(String key, String value, String unit, String grade, String instrument) {
        return "  - {key: " + key + ", region: \"330500\", since: 2024-01-01, value: " + value + ", unit: " + unit
                + ", grade: " + grade + ", citation: {instrument: " + instrument + "}}\n";
    }

    static List<PolicyLoadError> errors(String values) {
        try {
            PolicyBook.builder()
                    .addKeys("t", List.of(STANDARD, MAX_MONTHS, COMBINATION, RATIO))
                    .addOverlay(PolicySource.ofText("county.yaml", HEAD + values))
                    .build();
            return List.of();
        } catch (PolicyLoadException e) {
            return e.errors();
        }
    }

    @Test
    void anUnknownKey_suggestsTheNearestKnownKey_byEditDistanceOverTheDottedName() {
        List<PolicyLoadError> es = errors(row("dibao.standrd", "\"1145.00\"", "CNY/person/month", "OFFICIAL", "r")
                + row("temporary-assistance.month.max", "6", "months", "OFFICIAL", "r")
                + row("funeral.something-else", "6", "months", "OFFICIAL", "r"));
        assertThat(es)
                .extracting(Object::toString)
                .containsExactly(
                        "county.yaml:7: [dibao.standrd] unknown parameter key; did you mean dibao.standard?",
                        "county.yaml:8: [temporary-assistance.month.max] unknown parameter key;"
                                + " did you mean temporary-assistance.months.max?",
                        // nothing near: no guess
                        "county.yaml:9: [funeral.something-else] unknown parameter key");
        assertThat(es.get(0).toStringZh()).isEqualTo("county.yaml:7: [dibao.standrd] 未知的参数键；是否应为 dibao.standard？");
        assertThat(NearestName.distance("kitten", "sitting")).isEqualTo(3);
    }

    @Test
    void aWordOutsideAnEnumeration_listsTheAllowedWords_evenWhenItIsNotUpperCase() {
        List<PolicyLoadError> es = errors(row("meal-assistance.rate-combination", "highest", "code", "OFFICIAL", "r"));
        assertThat(es)
                .extracting(Object::toString)
                .containsExactly(
                        "county.yaml:7: [meal-assistance.rate-combination] value is not a code: not one of HIGHEST, SUM");
        assertThat(es.get(0).toStringZh()).endsWith("取值不是允许的代码：应为以下之一：HIGHEST, SUM");
    }

    @Test
    void aValueNotOfTheKeysType_saysWhatIsExpected_andNeverEchoesTheValue() {
        List<PolicyLoadError> es = errors(row("dibao.standard", "\"11450O\"", "CNY/person/month", "OFFICIAL", "r")
                + row("temporary-assistance.months.max", "six", "months", "OFFICIAL", "r"));
        assertThat(es)
                .extracting(Object::toString)
                .containsExactly(
                        "county.yaml:7: [dibao.standard] value is not of type money: expected an amount in yuan with two"
                                + " decimals, quoted, such as \"1145.00\"",
                        "county.yaml:8: [temporary-assistance.months.max] value is not of type integer: expected a whole"
                                + " number such as 12");
        assertThat(es).allSatisfy(e -> {
            assertThat(e.message()).doesNotContain("11450O").doesNotContain("six");
            assertThat(e.messageZh()).doesNotContain("11450O").doesNotContain("six");
        });
        assertThat(es.get(1).messageZh()).isEqualTo("取值不是 integer 类型：应为整数，如 12");
    }

    @Test
    void aRatioOfNothing_isRejected_whereTheKeyExcludesItsLeastValue() {
        assertThat(errors(row("disability.living-allowance.ratio-of-dibao", "\"0.00\"", "ratio", "OFFICIAL", "r")))
                .extracting(Object::toString)
                .containsExactly("county.yaml:7: [disability.living-allowance.ratio-of-dibao] value must be greater"
                        + " than 0, which the key excludes");
        assertThat(errors(row("disability.living-allowance.ratio-of-dibao", "\"1\"", "ratio", "OFFICIAL", "r")))
                .isEmpty();
        assertThat(RATIO.allowedText()).isEqualTo("> 0, ≤ 1");
    }

    @Test
    void anOfficialOrDerivedValue_mayNotCiteAnIllustrativeInstrument_anIllustrativeValueMay() {
        List<PolicyLoadError> es = errors(row("dibao.standard", "\"1145.00\"", "CNY/person/month", "OFFICIAL", "sample")
                + row("temporary-assistance.months.max", "6", "months", "DERIVED", "sample")
                + row("meal-assistance.rate-combination", "SUM", "code", "ILLUSTRATIVE", "sample"));
        assertThat(es)
                .extracting(Object::toString)
                .containsExactly(
                        "county.yaml:7: [dibao.standard] a value graded OFFICIAL may not cite instrument 'sample',"
                                + " whose rank is ILLUSTRATIVE: cite the text that sets the value, or grade the value"
                                + " ILLUSTRATIVE",
                        "county.yaml:8: [temporary-assistance.months.max] a value graded DERIVED may not cite"
                                + " instrument 'sample', whose rank is ILLUSTRATIVE: cite the text that sets the value,"
                                + " or grade the value ILLUSTRATIVE");
        assertThat(es.get(0).code()).isEqualTo("value.cites-illustrative");
    }

    @Test
    void everyLoaderMessage_existsInBothLanguages_withTheSameArguments() throws IOException {
        Properties en = bundle("loadmessages.properties");
        Properties zh = bundle("loadmessages_zh.properties");
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String code : en.stringPropertyNames()) {
            assertThat(placeholders(zh.getProperty(code))).as(code).isEqualTo(placeholders(en.getProperty(code)));
            assertThat(zh.getProperty(code)).as(code).containsPattern("\\p{IsHan}");
        }
    }

    @Test
    void anErrorBuiltWithoutACode_readsTheSameInBothLanguages() {
        PolicyLoadError e = new PolicyLoadError("f.yaml", 3, "k.x", "something");
        assertThat(e.code()).isNull();
        assertThat(e.toStringZh()).isEqualTo(e.toString()).isEqualTo("f.yaml:3: [k.x] something");
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = PackLoaderMessagesTest.class.getResourceAsStream("/org/minzheng/core/policy/" + name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static String placeholders(String template) {
        return java.util.regex.Pattern.compile("\\{\\d+}")
                .matcher(template)
                .results()
                .map(java.util.regex.MatchResult::group)
                .sorted()
                .distinct()
                .collect(Collectors.joining(","));
    }
}
