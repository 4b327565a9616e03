package org.minzheng.core.region;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;

/**
 * A six-digit administrative-division code (行政区划代码) of GB/T 2260, such as {@code 330500}
 * for Huzhou (湖州市) or {@code 330503} for Nanxun district (南浔区).
 *
 * <p>The level and the structural parent follow from the digits: {@code 330503 → 330500 →
 * 330000 → 000000}. {@link #NATION} ({@code 000000}) is minzheng's own code for the whole
 * country; policy values set nationally are stored there. Names and the dates a code is in use
 * are data, held by {@link RegionTable}.
 */
public final class RegionCode implements Comparable<RegionCode> {

    /** The whole country (全国). */
    public static final RegionCode NATION = new RegionCode("000000");

    private final String code;

    private RegionCode(String code) {
        this.code = code;
    }

    /**
     * Obtains a code from its six digits.
     *
     * @param code six ASCII digits, not null
     * @return the region code, not null
     * @throws IllegalArgumentException if the text is not six digits, or the province part is
     *                                  00 while the rest is not
     */
    @JsonCreator
    public static RegionCode of(String code) {
        Objects.requireNonNull(code, "code");
        if (code.length() != 6) {
            throw new IllegalArgumentException(
                    "Region code must have six digits (text of " + code.length() + " characters)");
        }
        for (int i = 0; i < 6; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException(
                        "Region code must have six digits (text of " + code.length() + " characters)");
            }
        }
        if (code.equals(NATION.code)) {
            return NATION;
        }
        if (code.startsWith("00")) {
            throw new IllegalArgumentException("Region code has no province");
        }
        return new RegionCode(code);
    }

    /**
     * Obtains a code from text, the inverse of {@link #toString()}.
     *
     * @param text six digits, not null
     * @return the region code, not null
     * @throws IllegalArgumentException if malformed
     */
    public static RegionCode parse(CharSequence text) {
        return of(Objects.requireNonNull(text, "text").toString());
    }

    /** @return the level implied by the digits */
    public RegionLevel level() {
        if (this.equals(NATION)) {
            return RegionLevel.NATION;
        }
        if (code.endsWith("0000")) {
            return RegionLevel.PROVINCE;
        }
        if (code.endsWith("00")) {
            return RegionLevel.PREFECTURE;
        }
        return RegionLevel.COUNTY;
    }

    /**
     * Returns the structural parent: county → prefecture → province → nation.
     *
     * <p>Some county-level units report directly to a province (e.g. 省直辖县); for those the
     * structural prefecture code does not exist and {@link RegionTable#parentOf(RegionCode)}
     * skips it.
     *
     * @return the parent, empty for the nation
     */
    public Optional<RegionCode> structuralParent() {
        switch (level()) {
            case NATION:
                return Optional.empty();
            case PROVINCE:
                return Optional.of(NATION);
            case PREFECTURE:
                return Optional.of(new RegionCode(code.substring(0, 2) + "0000"));
            default:
                return Optional.of(new RegionCode(code.substring(0, 4) + "00"));
        }
    }

    /**
     * @param other another code, not null
     * @return true if other is this code or lies below it
     */
    public boolean contains(RegionCode other) {
        RegionCode c = other;
        while (c != null) {
            if (c.equals(this)) {
                return true;
            }
            c = c.structuralParent().orElse(null);
        }
        return false;
    }

    /** @return the six digits */
    @JsonValue
    public String code() {
        return code;
    }

    @Override
    public int compareTo(RegionCode o) {
        return code.compareTo(o.code);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegionCode r && r.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** @return the six digits */
    @Override
    public String toString() {
        return code;
    }
}
