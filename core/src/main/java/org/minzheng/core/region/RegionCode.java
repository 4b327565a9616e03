package org.minzheng.core.region;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;

/**
 * An administrative-division code (行政区划代码): six digits of GB/T 2260, such as {@code 330500}
 * for Huzhou (湖州市) or {@code 330503} for Nanxun district (南浔区), or nine digits for a
 * township-level unit: the county's six and three more, such as {@code 330503001}.
 *
 * <p>Nine-digit codes are accepted as a structure only (《行政区划代码管理办法》, 民政部令第79号,
 * in force 2025-09-01: codes have 6 or 9 digits and an abolished code is not reused; the three
 * township digits follow GB/T 10114): the county part must be a county-level code and the three
 * digits must not be {@code 000}. Whether a township code exists is data: the shipped
 * {@link RegionTable} has no township names, an integrator supplies them.
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
     * Obtains a code from its six or nine digits.
     *
     * @param code six or nine ASCII digits, not null
     * @return the region code, not null
     * @throws IllegalArgumentException if the text is not six or nine digits, the province part is
     *                                  00 while the rest is not, or a nine-digit code's first six
     *                                  digits are not a county-level code or its last three are 000
     */
    @JsonCreator
    public static RegionCode of(String code) {
        Objects.requireNonNull(code, "code");
        int n = code.length();
        if (n != 6 && n != 9) {
            throw new IllegalArgumentException(
                    "Region code must have six or nine digits (text of " + n + " characters)");
        }
        for (int i = 0; i < n; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException(
                        "Region code must have six or nine digits (text of " + n + " characters)");
            }
        }
        if (code.equals(NATION.code)) {
            return NATION;
        }
        if (code.startsWith("00")) {
            throw new IllegalArgumentException("Region code has no province");
        }
        if (n == 9) {
            if (code.startsWith("00", 4)) {
                throw new IllegalArgumentException(
                        "A nine-digit (township) code must start with a county-level code (not ending in 00)");
            }
            if (code.endsWith("000")) {
                throw new IllegalArgumentException("A nine-digit (township) code's last three digits may not be 000");
            }
        }
        return new RegionCode(code);
    }

    /**
     * Obtains a code from text, the inverse of {@link #toString()}.
     *
     * @param text six or nine digits, not null
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
        if (code.length() == 9) {
            return RegionLevel.TOWNSHIP;
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
     * Returns the structural parent: township → county → prefecture → province → nation.
     *
     * <p>Some county-level units report directly to a province (e.g. 省直辖县); for those the
     * structural prefecture code does not exist and {@link RegionTable#parentOf(RegionCode,
     * java.time.LocalDate)} skips it.
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
            case TOWNSHIP:
                return Optional.of(new RegionCode(code.substring(0, 6)));
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

    /** @return the six or nine digits */
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

    /** @return the six or nine digits */
    @Override
    public String toString() {
        return code;
    }
}
