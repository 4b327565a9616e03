package org.minzheng.eldercare.person;

import java.util.Optional;

/**
 * Ten-year age bands of older people (aged 60 or over, 老年人权益保障法 Art. 2), by which meal
 * subsidies are set per band. The bands are minzheng's choice of granularity: a locality with
 * coarser bands (say "80 and over") gives the same rate to several bands.
 */
public enum AgeBand {
    /** 60–69. */
    AGE_60_69(60, "60–69周岁"),
    /** 70–79. */
    AGE_70_79(70, "70–79周岁"),
    /** 80–89. */
    AGE_80_89(80, "80–89周岁"),
    /** 90 and over. */
    AGE_90_PLUS(90, "90周岁及以上");

    private final int from;
    private final String nameZh;

    AgeBand(int from, String nameZh) {
        this.from = from;
        this.nameZh = nameZh;
    }

    /**
     * @param age completed years of age
     * @return the band, empty under 60
     */
    public static Optional<AgeBand> of(int age) {
        AgeBand found = null;
        for (AgeBand b : values()) {
            if (age >= b.from) {
                found = b;
            }
        }
        return Optional.ofNullable(found);
    }

    /** @return the first age of the band */
    public int from() {
        return from;
    }

    /** @return the Chinese name */
    public String nameZh() {
        return nameZh;
    }
}
