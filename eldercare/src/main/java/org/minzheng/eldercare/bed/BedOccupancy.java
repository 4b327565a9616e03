package org.minzheng.eldercare.bed;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.minzheng.core.id.ResidentIdNumber;
import org.minzheng.core.time.DateRange;

/**
 * A resident occupying a bed over a half-open range of dates {@code [from, to)}: the resident
 * has the bed on {@code from} and no longer on {@code to}; an open range means "still there".
 *
 * <p>{@link #toString()} masks the resident's identity number; the accessor and JSON give the
 * full number (personal data).
 *
 * @param bed      the bed, not null
 * @param resident the resident, not null
 * @param period   the dates of the occupancy, half-open, not null
 */
@JsonPropertyOrder({"bed", "resident", "period"})
public record BedOccupancy(BedCode bed, ResidentIdNumber resident, DateRange period) {

    /** Validates the components. */
    public BedOccupancy {
        Objects.requireNonNull(bed, "bed");
        Objects.requireNonNull(resident, "resident");
        Objects.requireNonNull(period, "period");
    }

    /** @return a summary with the resident masked */
    @Override
    public String toString() {
        return "BedOccupancy[" + bed + " resident=" + resident.masked() + " " + period + "]";
    }
}
