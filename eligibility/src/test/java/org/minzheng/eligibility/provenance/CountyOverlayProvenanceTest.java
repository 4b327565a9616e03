package org.minzheng.eligibility.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.eligibility.Households.familyOfThree;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Finding;
import org.minzheng.core.decision.ValueSource;
import org.minzheng.core.json.Json;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySource;
import org.minzheng.core.region.RegionCode;
import org.minzheng.eligibility.EligibilityParameters;
import org.minzheng.eligibility.dibao.DibaoProgram;
import org.minzheng.eligibility.dibao.DibaoResult;

/**
 * Issue 21 item 3: a value an integrator's overlay sets for a county is credited to that overlay (its
 * pack name and file:line), not to the shipped Huzhou row it replaces there. 社会救助暂行办法 第十条:
 * "最低生活保障标准，由省、自治区、直辖市或者设区的市级人民政府按照当地居民生活必需的费用确定、公布" — a standard the city
 * publishes for one of its counties is a row for that county. The overlay here is a test fixture, not policy.
 */
class CountyOverlayProvenanceTest {

    private static final RegionCode WUXING = RegionCode.of("330502");
    private static final RegionCode NANXUN = RegionCode.of("330503");
    private static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 15);
    private static final String OVERLAY = "pack: wuxing-county-test\n"
            + "instruments:\n"
            + "  - {id: test-wuxing-county, title: 测试夹具（非政策）, titleEn: test fixture (not policy),"
            + " issuer: minzheng tests, rank: ILLUSTRATIVE}\n"
            + "values:\n"
            + "  - {key: dibao.standard, region: \"330502\", since: 2024-12-31, value: \"1200.00\","
            + " unit: CNY/person/month, grade: ILLUSTRATIVE, citation: {instrument: test-wuxing-county}}\n";

    private static ValueSource standardSource(Decision<?> d) {
        return d.findings().stream()
                .map(Finding::sources)
                .flatMap(List::stream)
                .filter(s -> s.key().equals(EligibilityParameters.DIBAO_STANDARD.name()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void wuxingsOwnStandard_isCreditedToTheCountyOverlay_withItsFileLine_andNoDirectory(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("wuxing.yaml");
        Files.writeString(file, OVERLAY);
        PolicyBook book = PolicyBook.builderWithDefaults()
                .addOverlay(PolicySource.of(file.toAbsolutePath()))
                .build();
        Decision<DibaoResult> d = new DibaoProgram().decide(familyOfThree("1500.00"), book.snapshot(WUXING, JAN_2025));

        ValueSource county = standardSource(d);
        assertThat(county.region()).isEqualTo(WUXING);
        assertThat(county.pack()).isEqualTo("wuxing-county-test");
        assertThat(county.source()).isEqualTo("wuxing.yaml:5");
        assertThat(county.citation().instrument()).isEqualTo("test-wuxing-county");
        String json = Json.compact(d);
        assertThat(json)
                .contains("\"key\":\"dibao.standard\",\"value\":\"1200.00\"")
                .contains("\"pack\":\"wuxing-county-test\",\"source\":\"wuxing.yaml:5\"")
                .doesNotContain(dir.toString())
                .doesNotContain("eligibility-huzhou");

        // the neighbouring county has no row of its own: Huzhou's report is credited there
        Decision<DibaoResult> nanxun =
                new DibaoProgram().decide(familyOfThree("1500.00"), book.snapshot(NANXUN, JAN_2025));
        ValueSource huzhou = standardSource(nanxun);
        assertThat(huzhou.region()).isEqualTo(RegionCode.of("330500"));
        assertThat(huzhou.pack()).isEqualTo("eligibility-huzhou");
        assertThat(huzhou.source()).startsWith("org/minzheng/eligibility/policy/huzhou.yaml:");
    }

    @Test
    void theSameOverlayReadFromAnotherDirectory_givesTheSameRecordAndFingerprint(@TempDir Path a, @TempDir Path b)
            throws Exception {
        Files.writeString(a.resolve("wuxing.yaml"), OVERLAY);
        Files.createDirectories(b.resolve("elsewhere"));
        Files.writeString(b.resolve("elsewhere/wuxing.yaml"), OVERLAY);
        String first = Json.compact(decide(a.resolve("wuxing.yaml")));
        String second = Json.compact(decide(b.resolve("elsewhere/wuxing.yaml")));
        assertThat(second).isEqualTo(first);
    }

    private static Decision<DibaoResult> decide(Path overlay) {
        PolicyBook book = PolicyBook.builderWithDefaults()
                .addOverlay(PolicySource.of(overlay))
                .build();
        return new DibaoProgram().decide(familyOfThree("1500.00"), book.snapshot(WUXING, JAN_2025));
    }
}
