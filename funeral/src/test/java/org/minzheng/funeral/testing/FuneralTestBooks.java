package org.minzheng.funeral.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.policy.PolicySource;
import org.minzheng.core.region.RegionCode;

/**
 * Policy books for the funeral tests: the shipped data as it is ({@link #official()}), the
 * shipped data with the frozen test fixture overlay ({@link #fixture()}), and the shipped data
 * with the module's illustrative overlay ({@link #illustrative()},
 * {@code src/examples/illustrative/funeral.yaml}).
 */
public final class FuneralTestBooks {

    /** Huzhou. */
    public static final RegionCode HUZHOU = RegionCode.of("330500");
    /** Hangzhou. */
    public static final RegionCode HANGZHOU = RegionCode.of("330100");
    /** The illustrative overlay of the examples, relative to the funeral module directory. */
    public static final Path ILLUSTRATIVE_OVERLAY = Path.of("src/examples/illustrative/funeral.yaml");

    private static volatile PolicyBook fixture;
    private static volatile PolicyBook illustrative;
    private static volatile PolicyBook gaps;

    private FuneralTestBooks() {}

    /** @return the shipped data of every module on the class path */
    public static PolicyBook official() {
        return PolicyBook.loadDefault();
    }

    /** @return the shipped data plus the frozen fixture overlay ({@code org/minzheng/funeral/fixture.yaml}) */
    public static PolicyBook fixture() {
        PolicyBook b = fixture;
        if (b == null) {
            b = PolicyBook.builderWithDefaults()
                    .addOverlay(PolicySource.ofResource(
                            FuneralTestBooks.class.getClassLoader(), "org/minzheng/funeral/fixture.yaml"))
                    .build();
            fixture = b;
        }
        return b;
    }

    /**
     * @return a book WITHOUT the shipped funeral data: the core regions, the funeral keys, and the
     *         test pack {@code org/minzheng/funeral/gaps.yaml} whose deliberate gaps reach the
     *         rules' UNDETERMINED branches
     */
    public static PolicyBook gaps() {
        PolicyBook b = gaps;
        if (b == null) {
            b = PolicyBook.builder()
                    .addProvider(new org.minzheng.core.policy.CorePolicyData())
                    .addKeys("funeral", new org.minzheng.funeral.FuneralPolicyData().keys())
                    .addOverlay(PolicySource.ofResource(
                            FuneralTestBooks.class.getClassLoader(), "org/minzheng/funeral/gaps.yaml"))
                    .build();
            gaps = b;
        }
        return b;
    }

    /** @return the shipped data plus the examples' illustrative overlay */
    public static PolicyBook illustrative() {
        PolicyBook b = illustrative;
        if (b == null) {
            if (!Files.exists(ILLUSTRATIVE_OVERLAY)) {
                throw new IllegalStateException(
                        "illustrative overlay not found at " + ILLUSTRATIVE_OVERLAY.toAbsolutePath());
            }
            b = PolicyBook.builderWithDefaults()
                    .addOverlay(PolicySource.of(ILLUSTRATIVE_OVERLAY))
                    .build();
            illustrative = b;
        }
        return b;
    }

    /**
     * @param date a date
     * @return the official Huzhou snapshot on that date
     */
    public static PolicySnapshot huzhou(LocalDate date) {
        return official().snapshot(HUZHOU, date);
    }

    /**
     * @param date a date
     * @return the Huzhou snapshot of the fixture book on that date
     */
    public static PolicySnapshot huzhouFixture(LocalDate date) {
        return fixture().snapshot(HUZHOU, date);
    }
}
