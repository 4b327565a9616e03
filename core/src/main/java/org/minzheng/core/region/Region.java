package org.minzheng.core.region;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One administrative division as recorded in the region data: its code, its names and the
 * date it came into use.
 *
 * @param code   the GB/T 2260 code, not null
 * @param nameZh the Chinese name, such as 湖州市, not null
 * @param nameEn the English name, such as Huzhou, not null
 * @param since  the first date the code is in use, null if not recorded
 */
public record Region(RegionCode code, String nameZh, String nameEn, LocalDate since) {

    /** Validates the components. */
    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
    }

    /** @return the date the code came into use, if recorded */
    public Optional<LocalDate> sinceDate() {
        return Optional.ofNullable(since);
    }
}
