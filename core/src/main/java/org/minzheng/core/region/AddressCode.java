package org.minzheng.core.region;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.minzheng.core.id.Masking;

/**
 * The address code of a digital house-number plate (数字门牌): the administrative division, an
 * optional township and village or community, then the address's ordered segments (road or lane,
 * courtyard, building, unit, room) and the plate's own code.
 *
 * <p>Structure only. Township codes follow GB/T 10114: 街道 001–099, 镇 100–199, 乡 200–399;
 * village and community codes: 居委会 (residents' committee) 001–199, 村委会 (villagers'
 * committee) 200–399. Codes outside these ranges are rejected. No check digit is verified: none is
 * sourced (the encoding of Huzhou's plates is NOT FOUND, see REFERENCE.md §10); the plate's own
 * code is kept as an opaque string.
 *
 * <p>Text form ({@link #text()}, {@link #parse(CharSequence)}): the division code, then
 * {@code .township} and {@code .village} if present, then {@code /KIND:value} per segment and
 * {@code #plate} if present, such as {@code 330502.003.001/ROAD:青铜路/BUILDING:5/UNIT:2/ROOM:301#A1}.
 * Segment values and the plate code may not contain {@code / # :} or control characters.
 *
 * <p><strong>An address is personal data.</strong> {@link #toString()} masks every segment value
 * and the plate code (the division, township and village codes stay visible); {@link #text()}
 * is the full form.
 *
 * <p>户籍地 and 居住地: {@link #policyRegion(RegionTable, LocalDate)} resolves an address to the
 * region whose policy values apply — the township if the integrator's table names it on that
 * date, else the county. Which address that is, is NOT decided here. The texts make the
 * registered residence (户籍所在地) the place of application as a rule (社会救助暂行办法 第十一条（一）,
 * 第十六条; 最低生活保障审核确认办法 第四条), settle households registered in several provinces
 * (办法 第五条: the household chooses a member's 户籍所在地; 审核确认 is by the county where the
 * application is accepted), leave households registered in several counties of one province to
 * provincial rules (第五条 第二款), and let localities accept 居住证 holders where they live
 * (第五条 第三款). The caller passes the address under those rules (the registered address of
 * the member who applies, or the place of residence where a local rule allows it), and a
 * decision's region is the one the caller chose.
 */
public final class AddressCode {

    /** The kind of a segment, in the order segments are written. */
    public enum SegmentKind {
        /** Road, street or lane (路、街、巷). */
        ROAD,
        /** Courtyard, compound or residential estate (院、小区). */
        COURTYARD,
        /** Building (楼、幢、栋). */
        BUILDING,
        /** Unit or entrance (单元). */
        UNIT,
        /** Room or flat (室、户). */
        ROOM
    }

    /**
     * One segment of an address.
     *
     * @param kind  its kind, not null
     * @param value its text, such as 青铜路 or 301, not blank
     */
    public record Segment(SegmentKind kind, String value) {

        /** Validates the components. */
        public Segment {
            Objects.requireNonNull(kind, "kind");
            checkText(value, "segment " + kind);
        }

        @Override
        public String toString() {
            return kind + ":" + Masking.maskMiddle(value, 0, 0);
        }
    }

    /** The kind of a township code, by its GB/T 10114 range. */
    public enum TownshipKind {
        /** 街道 (subdistrict), 001–099. */
        SUBDISTRICT,
        /** 镇 (town), 100–199. */
        TOWN,
        /** 乡 (township), 200–399. */
        TOWNSHIP
    }

    /** The kind of a village-level code, by its GB/T 10114 range. */
    public enum VillageKind {
        /** 居民委员会 (residents' committee), 001–199. */
        RESIDENTS_COMMITTEE,
        /** 村民委员会 (villagers' committee), 200–399. */
        VILLAGERS_COMMITTEE
    }

    private final RegionCode division;
    private final String township;
    private final String village;
    private final List<Segment> segments;
    private final String plate;

    private AddressCode(RegionCode division, String township, String village, List<Segment> segments, String plate) {
        this.division = division;
        this.township = township;
        this.village = village;
        this.segments = segments;
        this.plate = plate;
    }

    /**
     * Obtains an address code from its parts.
     *
     * @param division the county-level division code (six digits), not null
     * @param township the township's three digits, null if none
     * @param village  the village or community's three digits, null if none (needs a township)
     * @param segments the segments in order, not null
     * @param plate    the plate's own code, null if none
     * @return the address code, not null
     * @throws IllegalArgumentException if the structure is invalid (the message never quotes a
     *                                  segment value or the plate code)
     */
    public static AddressCode of(
            RegionCode division, String township, String village, List<Segment> segments, String plate) {
        Objects.requireNonNull(division, "division");
        Objects.requireNonNull(segments, "segments");
        if (division.level() != RegionLevel.COUNTY) {
            throw new IllegalArgumentException("An address's division code must be a county-level six-digit code");
        }
        if (township != null) {
            townshipKind(township);
        }
        if (village != null) {
            if (township == null) {
                throw new IllegalArgumentException("A village or community code needs a township code");
            }
            villageKind(village);
        }
        SegmentKind last = null;
        for (Segment s : segments) {
            Objects.requireNonNull(s, "segment");
            if (last != null && s.kind().compareTo(last) < 0) {
                throw new IllegalArgumentException(
                        "Segments must be in the order ROAD, COURTYARD, BUILDING, UNIT, ROOM (" + s.kind() + " after "
                                + last + ")");
            }
            last = s.kind();
        }
        if (plate != null) {
            checkText(plate, "plate code");
        }
        return new AddressCode(division, township, village, List.copyOf(segments), plate);
    }

    /**
     * Parses the {@linkplain #text() text form}.
     *
     * @param text the text, not null
     * @return the address code, not null
     * @throws IllegalArgumentException if malformed (the message never quotes the text)
     */
    public static AddressCode parse(CharSequence text) {
        String s = Objects.requireNonNull(text, "text").toString();
        String plate = null;
        int hash = s.indexOf('#');
        if (hash >= 0) {
            plate = s.substring(hash + 1);
            s = s.substring(0, hash);
        }
        String[] parts = s.split("/", -1);
        String[] codes = parts[0].split("\\.", -1);
        if (codes.length > 3) {
            throw new IllegalArgumentException(
                    "An address code has at most division.township.village before the segments");
        }
        RegionCode division = RegionCode.of(codes[0]);
        List<Segment> segments = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            int colon = parts[i].indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("Segment " + i + " is not KIND:value");
            }
            SegmentKind kind;
            try {
                kind = SegmentKind.valueOf(parts[i].substring(0, colon));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Segment " + i + " has an unknown kind; one of "
                        + java.util.Arrays.toString(SegmentKind.values()));
            }
            segments.add(new Segment(kind, parts[i].substring(colon + 1)));
        }
        return of(division, codes.length > 1 ? codes[1] : null, codes.length > 2 ? codes[2] : null, segments, plate);
    }

    /** @return the county-level division code (six digits) */
    public RegionCode division() {
        return division;
    }

    /** @return the township's nine-digit code, empty if none */
    public Optional<RegionCode> township() {
        return township == null ? Optional.empty() : Optional.of(RegionCode.of(division.code() + township));
    }

    /** @return the kind of the township, by its GB/T 10114 range, empty if none */
    public Optional<TownshipKind> townshipKind() {
        return township == null ? Optional.empty() : Optional.of(townshipKind(township));
    }

    /** @return the village or community's three digits, empty if none */
    public Optional<String> village() {
        return Optional.ofNullable(village);
    }

    /** @return the kind of the village-level unit, by its GB/T 10114 range, empty if none */
    public Optional<VillageKind> villageKind() {
        return village == null ? Optional.empty() : Optional.of(villageKind(village));
    }

    /** @return the segments, in order */
    public List<Segment> segments() {
        return segments;
    }

    /** @return the plate's own code, opaque, empty if none */
    public Optional<String> plate() {
        return Optional.ofNullable(plate);
    }

    /**
     * Returns the division code: the county-level region an address in it belongs to. Use
     * {@link #policyRegion(RegionTable, LocalDate)} to take an integrator's township table into account.
     *
     * @return the county-level code, not null
     */
    public RegionCode region() {
        return division;
    }

    /**
     * Resolves the address to the region whose policy values apply on a date: the township if the
     * table has it on that date (an integrator's township table), else the county.
     *
     * @param table the region table, not null
     * @param date  the date, not null
     * @return the region code, not null
     * @throws UnknownRegionException if the county is not a division code on that date
     */
    public RegionCode policyRegion(RegionTable table, LocalDate date) {
        table.require(division, date);
        if (township != null) {
            RegionCode t = RegionCode.of(division.code() + township);
            if (table.contains(t, date)) {
                return t;
            }
        }
        return division;
    }

    /**
     * Returns the full text form, the inverse of {@link #parse(CharSequence)}. <strong>Personal
     * data</strong>: do not log it.
     *
     * @return the text, not null
     */
    public String text() {
        StringBuilder sb = codes();
        for (Segment s : segments) {
            sb.append('/').append(s.kind()).append(':').append(s.value());
        }
        if (plate != null) {
            sb.append('#').append(plate);
        }
        return sb.toString();
    }

    private StringBuilder codes() {
        StringBuilder sb = new StringBuilder(division.code());
        if (township != null) {
            sb.append('.').append(township);
        }
        if (village != null) {
            sb.append('.').append(village);
        }
        return sb;
    }

    private static TownshipKind townshipKind(String code) {
        int n = threeDigits(code, "township");
        if (n >= 1 && n <= 99) {
            return TownshipKind.SUBDISTRICT;
        }
        if (n >= 100 && n <= 199) {
            return TownshipKind.TOWN;
        }
        if (n >= 200 && n <= 399) {
            return TownshipKind.TOWNSHIP;
        }
        throw new IllegalArgumentException(
                "A township code must be in a GB/T 10114 range: 001-099 街道, 100-199 镇, 200-399 乡");
    }

    private static VillageKind villageKind(String code) {
        int n = threeDigits(code, "village");
        if (n >= 1 && n <= 199) {
            return VillageKind.RESIDENTS_COMMITTEE;
        }
        if (n >= 200 && n <= 399) {
            return VillageKind.VILLAGERS_COMMITTEE;
        }
        throw new IllegalArgumentException(
                "A village or community code must be in a GB/T 10114 range: 001-199 居委会, 200-399 村委会");
    }

    private static int threeDigits(String code, String what) {
        if (code.length() != 3
                || !Character.isDigit(code.charAt(0))
                || code.chars().anyMatch(c -> c < '0' || c > '9')) {
            throw new IllegalArgumentException("A " + what + " code must have three digits");
        }
        return Integer.parseInt(code);
    }

    private static void checkText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException("The " + what + " is blank");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '/' || c == '#' || c == ':' || Character.isISOControl(c)) {
                throw new IllegalArgumentException("The " + what + " may not contain / # : or control characters");
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AddressCode a && a.text().equals(text());
    }

    @Override
    public int hashCode() {
        return text().hashCode();
    }

    /**
     * Returns the masked form for logs: codes visible, each segment value and the plate code
     * masked: each value's characters become {@code *}, as many as there are.
     *
     * @return the masked text
     */
    @Override
    public String toString() {
        StringBuilder sb = codes();
        for (Segment s : segments) {
            sb.append('/').append(s);
        }
        if (plate != null) {
            sb.append('#').append(Masking.maskMiddle(plate, 0, 0));
        }
        return sb.toString();
    }
}
