package org.minzheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack that does not load, read by a county's team with {@code --lang zh}: every error in English
 * (always given) and then in Chinese, each with its file and line; an unknown key suggests the
 * nearest known key; an enumeration lists its words.
 */
class PackLoadErrorsInChineseTest {

    static final String PACK = "pack: wuxing-test\n"
            + "instruments:\n"
            + "  - {id: wuxing-sample, title: 吴兴区测试通知, titleEn: Wuxing test notice, issuer: 测试, rank: ILLUSTRATIVE}\n"
            + "values:\n"
            + "  - {key: dibao.standrd, region: \"330502\", since: 2024-01-01, value: \"1145.00\","
            + " unit: CNY/person/month, grade: ILLUSTRATIVE, citation: {instrument: wuxing-sample}}\n"
            + "  - {key: meal-assistance.rate-combination, region: \"330502\", since: 2024-01-01, value: MOST,"
            + " unit: code, grade: ILLUSTRATIVE, citation: {instrument: wuxing-sample}}\n";

    @Test
    void withLangZh_everyLoadErrorFollowsInChinese_withItsFileAndLine(@TempDir Path dir) throws IOException {
        Path pack = dir.resolve("wuxing.yaml");
        Files.writeString(pack, PACK, StandardCharsets.UTF_8);
        CliRun r = CliRun.of("params", "--file", pack.toString(), "--lang", "zh");
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err())
                .contains("policy data does not load (2 errors)")
                .contains("政策数据无法加载（2 处错误）")
                .contains(pack + ":5: [dibao.standrd] unknown parameter key; did you mean dibao.standard?")
                .contains(pack + ":5: [dibao.standrd] 未知的参数键；是否应为 dibao.standard？")
                .contains(pack + ":6: [meal-assistance.rate-combination] value is not a code: not one of HIGHEST, SUM")
                .contains(pack + ":6: [meal-assistance.rate-combination] 取值不是允许的代码：应为以下之一：HIGHEST, SUM");
    }

    @Test
    void inEnglish_theChineseLinesAreNotGiven(@TempDir Path dir) throws IOException {
        Path pack = dir.resolve("wuxing.yaml");
        Files.writeString(pack, PACK, StandardCharsets.UTF_8);
        CliRun r = CliRun.of("params", "--file", pack.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("did you mean dibao.standard?").doesNotContain("未知的参数键");
    }
}
