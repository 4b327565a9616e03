package org.minzheng.eldercare;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.policy.PolicySource;
import org.minzheng.core.region.RegionCode;

/** The policy books the eldercare tests decide with. */
public final class Books {

    /** Huzhou. */
    public static final RegionCode HUZHOU = RegionCode.of("330500");
    /** The date of the example cases. */
    public static final LocalDate DATE = LocalDate.of(2024, 12, 1);
    /** The examples' illustrative overlay, relative to the module directory. */
    public static final Path ILLUSTRATIVE = Path.of("src/examples/illustrative/eldercare.yaml");

    private static final Map<String, PolicyBook> FIXTURES = new ConcurrentHashMap<>();
    private static volatile PolicyBook illustrative;

    private Books() {}

    /** @return the shipped data */
    public static PolicyBook official() {
        return PolicyBook.loadDefault();
    }

    /** @return the shipped data with the examples' illustrative overlay */
    public static PolicyBook illustrative() {
        PolicyBook b = illustrative;
        if (b == null) {
            b = PolicyBook.builderWithDefaults()
                    .addOverlay(PolicySource.of(ILLUSTRATIVE))
                    .build();
            illustrative = b;
        }
        return b;
    }

    /** @return Huzhou on the examples' date, shipped data */
    public static PolicySnapshot officialHuzhou() {
        return official().snapshot(HUZHOU, DATE);
    }

    /** @return Huzhou on the examples' date, with the illustrative overlay */
    public static PolicySnapshot illustrativeHuzhou() {
        return illustrative().snapshot(HUZHOU, DATE);
    }

    /**
     * The shipped data with an integrator's overlay setting the two assessment switches nationally
     * (frozen fixture, not policy).
     *
     * @param stacking   CUMULATIVE or ONE_STEP, or null to leave the switch absent
     * @param comaRating COMPLETE_LOSS or SEVERE
     * @return Huzhou on the examples' date under that overlay
     */
    public static PolicySnapshot switches(String stacking, String comaRating) {
        String id = stacking + "/" + comaRating;
        PolicyBook b = FIXTURES.computeIfAbsent(id, k -> {
            StringBuilder y = new StringBuilder("pack: eldercare-switch-fixture\n")
                    .append("instruments:\n")
                    .append(
                            "  - {id: fixture-eldercare-switch, title: 测试夹具, titleEn: Test fixture, issuer: 测试, rank: ILLUSTRATIVE}\n")
                    .append("values:\n")
                    .append("  - {key: ability.coma-rating, region: \"000000\", since: 2022-12-30, value: ")
                    .append(comaRating)
                    .append(
                            ", unit: code, grade: OFFICIAL, citation: {instrument: gb-t-42195-2022, article: 附录B B.3.9 注}}\n");
            if (stacking != null) {
                y.append("  - {key: ability.adjustment-stacking, region: \"000000\", since: 2022-12-30, value: ")
                        .append(stacking)
                        .append(
                                ", unit: code, grade: ILLUSTRATIVE, citation: {instrument: fixture-eldercare-switch}}\n");
            }
            return PolicyBook.builderWithDefaults()
                    .addOverlay(PolicySource.ofText("switch-fixture-" + id, y.toString()))
                    .build();
        });
        return b.snapshot(HUZHOU, DATE);
    }

    /**
     * Meal rates configured, but neither how they combine nor the cap (a half-configured locality);
     * home adaptation extended beyond the national target group; family beds open to every older
     * person at level 2 or worse, without a service package.
     */
    public static PolicySnapshot halfConfigured() {
        StringBuilder y = new StringBuilder("""
                pack: meal-rates-only
                instruments:
                  - {id: fixture-meal-rates, title: 测试夹具, titleEn: Test fixture, issuer: 测试, rank: ILLUSTRATIVE}
                values:
                """);
        for (var k : EldercareParameters.MEAL_SUBSIDY_BY_AGE.values()) {
            y.append("  - {key: ")
                    .append(k.name())
                    .append(
                            ", region: \"330500\", since: 2024-01-01, value: \"1.50\", unit: CNY/meal, grade: ILLUSTRATIVE, citation: {instrument: fixture-meal-rates}}\n");
        }
        for (var k : EldercareParameters.MEAL_SUBSIDY_BY_GROUP.values()) {
            y.append("  - {key: ")
                    .append(k.name())
                    .append(
                            ", region: \"330500\", since: 2024-01-01, value: \"2.50\", unit: CNY/meal, grade: ILLUSTRATIVE, citation: {instrument: fixture-meal-rates}}\n");
        }
        y.append(
                "  - {key: family-care-bed.min-ability-level, region: \"330500\", since: 2024-01-01, value: \"2\", unit: \"ability level (0-4)\", grade: ILLUSTRATIVE, citation: {instrument: fixture-meal-rates}}\n");
        y.append(
                "  - {key: family-care-bed.eligible.any-older-person, region: \"330500\", since: 2024-01-01, value: \"true\", unit: flag, grade: ILLUSTRATIVE, citation: {instrument: fixture-meal-rates}}\n");
        y.append(
                "  - {key: home-adaptation.very-old-age, region: \"330500\", since: 2024-01-01, value: \"80\", unit: years, grade: ILLUSTRATIVE, citation: {instrument: fixture-meal-rates}}\n");
        y.append(
                "  - {key: home-adaptation.covers-outside-national-target-group, region: \"330500\", since: 2024-01-01, value: \"true\", unit: flag, grade: ILLUSTRATIVE, citation: {instrument: fixture-meal-rates}}\n");
        return org.minzheng.core.policy.PolicyBook.builderWithDefaults()
                .addOverlay(org.minzheng.core.policy.PolicySource.ofText("meal-rates-only", y.toString()))
                .build()
                .snapshot(Books.HUZHOU, Books.DATE);
    }
}
