package org.minzheng.charity.trust;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import java.util.Comparator;
import java.util.Map;
import org.immutables.value.Value;
import org.minzheng.core.decision.Describable;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.region.RegionLevel;
import org.minzheng.core.style.MinzhengStyle;

/**
 * A civil-affairs department (民政部门) of the people's government at one level, identified by the
 * division code of its government's area and that level: {@code {330500, PREFECTURE}} is the
 * Huzhou municipal civil-affairs bureau, {@code {330502, COUNTY}} the Wuxing district bureau,
 * {@code {000000, NATION}} the Ministry of Civil Affairs.
 *
 * <p>The level must be the one the code's digits imply ({@link RegionCode#level()}); input with a
 * mismatch is rejected. Departments order by level (nation first), then code.
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableCivilAffairsDepartment.class)
@JsonDeserialize(as = ImmutableCivilAffairsDepartment.class)
@JsonPropertyOrder({"region", "level"})
public interface CivilAffairsDepartment extends Comparable<CivilAffairsDepartment>, Describable {

    /** The order: level from nation down, then region code. */
    Comparator<CivilAffairsDepartment> ORDER =
            Comparator.comparing(CivilAffairsDepartment::level).thenComparing(CivilAffairsDepartment::region);

    /** @return the division code of the department's government */
    @NotNull
    RegionCode region();

    /** @return the level of that government */
    @NotNull
    RegionLevel level();

    /**
     * Obtains the department of a region, at the level its code implies.
     *
     * @param region the region, not null
     * @return the department
     */
    static CivilAffairsDepartment of(RegionCode region) {
        return ImmutableCivilAffairsDepartment.builder()
                .region(region)
                .level(region.level())
                .build();
    }

    /**
     * Obtains the department of a region given as six digits.
     *
     * @param region six digits
     * @return the department
     * @throws IllegalArgumentException if the code is malformed
     */
    static CivilAffairsDepartment of(String region) {
        return of(RegionCode.of(region));
    }

    /** @return true if the level is the one the region code implies */
    default boolean consistent() {
        return region() != null && level() != null && region().level() == level();
    }

    @Override
    default int compareTo(CivilAffairsDepartment o) {
        return ORDER.compare(this, o);
    }

    @Override
    default String messageKey() {
        return "charity.department";
    }

    @Override
    default Map<String, Object> messageFacts() {
        return RuleContext.facts("region", region(), "level", level());
    }
}
