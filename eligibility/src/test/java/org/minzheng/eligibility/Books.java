package org.minzheng.eligibility;

import java.nio.file.Path;
import java.time.LocalDate;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.policy.PolicySource;
import org.minzheng.core.region.RegionCode;

/** Policy books for the tests: the shipped official data, and the same with the examples' illustrative overlay. */
public final class Books {

    public static final RegionCode HUZHOU = RegionCode.of("330500");
    public static final RegionCode NANXUN = RegionCode.of("330503");
    /** The first date the seed report proves Huzhou's 2024 figures in force (it reviews 2024 and gives no day). */
    public static final LocalDate DEC_2024 = LocalDate.of(2024, 12, 31);

    public static final LocalDate MAR_2025 = LocalDate.of(2025, 3, 1);

    public static final PolicyBook OFFICIAL = PolicyBook.loadDefault();
    /** The shipped data with the module's two illustrative overlays, as the examples load them. */
    public static final PolicyBook ILLUSTRATIVE = PolicyBook.builderWithDefaults()
            .addOverlay(PolicySource.of(Path.of("src/examples/illustrative/eligibility.yaml")))
            .addOverlay(PolicySource.of(Path.of("src/examples/illustrative/eligibility-special.yaml")))
            .build();

    private Books() {}

    public static PolicySnapshot official(LocalDate date) {
        return OFFICIAL.snapshot(HUZHOU, date);
    }

    public static PolicySnapshot illustrative(LocalDate date) {
        return ILLUSTRATIVE.snapshot(HUZHOU, date);
    }
}
