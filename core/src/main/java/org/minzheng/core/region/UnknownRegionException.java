package org.minzheng.core.region;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A code that is not a division code on a date: never in the table, not yet valid, or abolished or
 * changed (then the message names its successors). The message names the code and the date, never
 * anything else of the input.
 */
public final class UnknownRegionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient RegionCode code;
    private final transient LocalDate date;
    private final transient List<Region> successors;

    UnknownRegionException(RegionCode code, LocalDate date, String detail, List<Region> successors) {
        super(code + " is not a division code on " + date + (detail.isEmpty() ? "" : ": " + detail));
        this.code = Objects.requireNonNull(code, "code");
        this.date = Objects.requireNonNull(date, "date");
        this.successors = List.copyOf(successors);
    }

    /** @return the code looked up */
    public RegionCode code() {
        return code;
    }

    /** @return the date of the look-up */
    public LocalDate date() {
        return date;
    }

    /** @return the regions that took over an abolished or changed code, empty if none */
    public List<Region> successors() {
        return successors;
    }
}
