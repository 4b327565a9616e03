package org.minzheng.eldercare.bed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.core.validation.Violation;
import org.minzheng.eldercare.EldercareValidation;

/**
 * Checks that a bed never has two occupancies on the same date. Ranges are half-open, so one
 * resident leaving on a date and the next arriving on the same date do not overlap.
 */
public final class OccupancyCheck {

    /** The violation code of an overlap. */
    public static final String OVERLAP = "bed.occupancy-overlap";

    private OccupancyCheck() {}

    /**
     * Lists every occupancy that overlaps an earlier-listed occupancy of the same bed. Messages name
     * the bed and the positions, never the resident.
     *
     * @param occupancies the occupancies, not null
     * @param path        the path of the list, such as {@code occupancies}
     * @return the violations, empty if no bed is occupied twice at once
     */
    public static List<Violation> check(List<BedOccupancy> occupancies, String path) {
        Objects.requireNonNull(occupancies, "occupancies");
        List<Violation> vs = new ArrayList<>();
        for (int j = 0; j < occupancies.size(); j++) {
            BedOccupancy b = occupancies.get(j);
            for (int i = 0; i < j; i++) {
                BedOccupancy a = occupancies.get(i);
                if (a.bed().equals(b.bed()) && a.period().overlaps(b.period())) {
                    vs.add(EldercareValidation.violation(path + "[" + j + "].period", OVERLAP, Map.of("other", i)));
                    break;
                }
            }
        }
        return vs;
    }

    /**
     * @param occupancies the occupancies, not null
     * @throws InvalidInputException listing every overlap, if there is any
     */
    public static void requireNoOverlap(List<BedOccupancy> occupancies) {
        List<Violation> vs = check(occupancies, "occupancies");
        if (!vs.isEmpty()) {
            throw new InvalidInputException(vs);
        }
    }
}
