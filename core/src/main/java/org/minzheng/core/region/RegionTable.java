package org.minzheng.core.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The administrative divisions of the whole country, dated: every look-up is "as of a date", since
 * a code can mean different places at different times.
 *
 * <p>{@link #national()} is the shipped table: the county-level-and-above codes of GB/T 2260 from
 * the table as of 31 December 1981 to the one as of 31 December 2024 with their history, as
 * compiled from the Ministry of Civil Affairs' code lists (中华人民共和国县级以上行政区划代码) and
 * change notices (县级以上行政区划变更情况) by the CC0 dataset yescallop/areacodes (resource
 * {@code gbt2260.tsv}; edition, row count and SHA-256 in {@link #edition()} and its header). Each
 * row's validity dates are either a change notice's date or the table's year granularity (see
 * {@link Region#provenance()}). Not in it: changes after 2024, township (乡级) codes, and English
 * names.
 *
 * <p>A policy book's table is the national table supplemented by the {@code regions} sections of
 * its packs ({@link #supplemented(Collection, Problems)}): English names for codes of the table,
 * codes the table does not have yet, and an integrator's own township table (nine-digit codes).
 *
 * <p>Look-ups by code and date are a hash look-up and a scan of the code's few periods; the data
 * are read once per class loader. Immutable and thread-safe.
 */
public final class RegionTable {

    /** The edition facts of the shipped table. */
    public record Edition(String upstreamCommit, int rows, LocalDate first, LocalDate last, String sha256) {}

    /**
     * Receives the problems of {@link #supplemented(Collection, Problems)}.
     */
    @FunctionalInterface
    public interface Problems {
        /**
         * @param region  the supplied region at fault
         * @param message what is wrong, in English
         */
        void report(Region region, String message);
    }

    /** A change between two dates: a region that started or ended on a date. */
    public record Change(LocalDate date, Region region, boolean started) {}

    private static final String RESOURCE = "gbt2260.tsv";
    private static final Region NATION_ROW = new Region(
            RegionCode.NATION,
            "全国",
            "China (national)",
            null,
            null,
            null,
            null,
            Region.Status.IN_USE,
            List.of(),
            "minzheng");

    /** The shipped rows, read a province at a time; null for a table built with {@link #of}. */
    private final NationalRows base;
    /** Rows that replace or add to the base's, complete for each code they hold. */
    private final Map<RegionCode, Region[]> own;

    private final Edition edition;

    private RegionTable(NationalRows base, Map<RegionCode, Region[]> own, Edition edition) {
        this.base = base;
        this.own = own;
        this.edition = edition;
    }

    private static final class National {
        static final RegionTable TABLE = nationalTable();
    }

    /**
     * Returns the shipped national table. The data file is indexed on first use and a province's
     * rows are read when a code of that province is first looked up, so a decision in Zhejiang
     * reads Zhejiang's rows only; operations over the whole country ({@link #search}, {@link
     * #changes}, {@link #all}) read every province once.
     *
     * @return the table, not null
     */
    public static RegionTable national() {
        return National.TABLE;
    }

    /**
     * Obtains a table of the given regions only (for tests and tools); the nation is always present.
     *
     * @param regions the regions, not null
     * @return the table, not null
     * @throws IllegalArgumentException if a code is listed twice with different content
     */
    public static RegionTable of(Collection<Region> regions) {
        Map<RegionCode, List<Region>> map = new HashMap<>();
        map.put(RegionCode.NATION, new ArrayList<>(List.of(NATION_ROW)));
        for (Region r : regions) {
            if (r.code().equals(RegionCode.NATION)) {
                continue;
            }
            List<Region> list = map.computeIfAbsent(r.code(), c -> new ArrayList<>());
            if (!list.isEmpty() && !list.get(0).equals(r)) {
                throw new IllegalArgumentException("Region " + r.code() + " is defined twice with different content");
            }
            if (list.isEmpty()) {
                list.add(r);
            }
        }
        return new RegionTable(null, freeze(map), null);
    }

    /**
     * Returns this table supplemented by regions from packs: a code of the table gets the
     * English name (its Chinese name must be the table's for that code, on the row's {@code
     * since} if given); a code not in the table (a township of an integrator's table, or a code
     * newer than the table) is added with the validity given.
     *
     * @param supplied the regions, not null
     * @param problems receives each region that contradicts the table, not null
     * @return the supplemented table (this table if nothing changes), not null
     */
    public RegionTable supplemented(Collection<Region> supplied, Problems problems) {
        if (supplied.isEmpty()) {
            return this;
        }
        // only the codes the packs name are copied; the rest stay in the shared national rows
        Map<RegionCode, List<Region>> map = new HashMap<>();
        for (Map.Entry<RegionCode, Region[]> e : own.entrySet()) {
            map.put(e.getKey(), new ArrayList<>(List.of(e.getValue())));
        }
        Map<RegionCode, Region> added = new HashMap<>();
        for (Region r : supplied) {
            if (r.code().equals(RegionCode.NATION)) {
                continue;
            }
            List<Region> rows = map.get(r.code());
            if (rows == null && !added.containsKey(r.code())) {
                Region[] shipped = base == null ? null : base.rows(r.code());
                if (shipped != null) {
                    rows = new ArrayList<>(List.of(shipped));
                    map.put(r.code(), rows);
                }
            }
            if (rows == null || added.containsKey(r.code())) {
                Region old = added.putIfAbsent(r.code(), r);
                if (old == null) {
                    map.put(r.code(), new ArrayList<>(List.of(r)));
                } else if (!sameContent(old, r)) {
                    problems.report(r, "region " + r.code() + " is defined twice with different content");
                }
                continue;
            }
            int match = -1;
            for (int i = 0; i < rows.size(); i++) {
                Region t = rows.get(i);
                if (t.nameZh().equals(r.nameZh()) && (r.since() == null || t.validOn(r.since()))) {
                    match = i;
                }
            }
            if (match < 0) {
                List<String> names = new ArrayList<>();
                for (Region t : rows) {
                    names.add(t.toString());
                }
                problems.report(
                        r,
                        "region " + r.code() + " is not named " + r.nameZh()
                                + (r.since() == null ? "" : " on " + r.since()) + " in the division table: "
                                + String.join("; ", names));
                continue;
            }
            Region t = rows.get(match);
            Optional<String> en = r.englishName();
            if (en.isPresent()) {
                if (t.englishName().isPresent() && !t.englishName().equals(en)) {
                    problems.report(r, "region " + r.code() + " is given two different English names");
                } else if (t.englishName().isEmpty()) {
                    rows.set(match, t.withEnglishName(en.get(), r.source()));
                }
            }
        }
        return new RegionTable(base, freeze(map), edition);
    }

    private static boolean sameContent(Region a, Region b) {
        return a.nameZh().equals(b.nameZh())
                && a.englishName().equals(b.englishName())
                && Objects.equals(a.since(), b.since())
                && Objects.equals(a.until(), b.until());
    }

    /**
     * A code's rows by the date they start, the one without a start first. A class, not a lambda:
     * a province's rows are frozen on the way to a first decision, where a lambda's first use is
     * bootstrapped.
     */
    private static final class BySince implements java.util.Comparator<Region> {
        static final BySince ORDER = new BySince();

        @Override
        public int compare(Region a, Region b) {
            return a.since() == null
                    ? (b.since() == null ? 0 : -1)
                    : b.since() == null ? 1 : a.since().compareTo(b.since());
        }
    }

    private static Map<RegionCode, Region[]> freeze(Map<RegionCode, List<Region>> map) {
        Map<RegionCode, Region[]> frozen = new HashMap<>(map.size() * 2);
        for (Map.Entry<RegionCode, List<Region>> e : map.entrySet()) {
            List<Region> list = e.getValue();
            list.sort(BySince.ORDER);
            frozen.put(e.getKey(), list.toArray(new Region[0]));
        }
        return Collections.unmodifiableMap(frozen);
    }

    /** @return the shipped table's edition, empty for a table built with {@link #of(Collection)} */
    public Optional<Edition> edition() {
        return Optional.ofNullable(edition);
    }

    /**
     * Finds the region a code means on a date.
     *
     * @param code a code, not null
     * @param date a date, not null
     * @return the region valid on that date, empty if the code is not a division code then
     */
    public Optional<Region> find(RegionCode code, LocalDate date) {
        return Optional.ofNullable(at(code, date));
    }

    /** @return the code's periods, oldest first, null if the code is not in the table */
    private Region[] rows(RegionCode code) {
        Region[] rows = own.get(code);
        if (rows == null && base != null) {
            rows = base.rows(code);
        }
        return rows;
    }

    /** @return every code's periods, ordered by code (reads every province of the base) */
    private Map<RegionCode, Region[]> everyCode() {
        TreeMap<RegionCode, Region[]> map = new TreeMap<>();
        if (base != null) {
            map.putAll(base.all());
        }
        map.putAll(own);
        return map;
    }

    private Region at(RegionCode code, LocalDate date) {
        Region[] rows = rows(code);
        if (rows == null) {
            return null;
        }
        for (Region r : rows) {
            if (r.validOn(date)) {
                return r;
            }
        }
        return null;
    }

    /**
     * Returns the region a code means on a date, or fails naming the code and the date (and, for
     * an abolished or changed code, its successors).
     *
     * @param code a code, not null
     * @param date a date, not null
     * @return the region, not null
     * @throws UnknownRegionException if the code is not a division code on that date
     */
    public Region require(RegionCode code, LocalDate date) {
        Region r = at(code, date);
        if (r != null) {
            return r;
        }
        throw unknown(code, date);
    }

    private UnknownRegionException unknown(RegionCode code, LocalDate date) {
        Region[] rows = rows(code);
        if (rows == null) {
            String where = edition == null
                    ? "not in the region table"
                    : "not in the division table (GB/T 2260, " + edition.first().getYear() + "–"
                            + edition.last().getYear() + ", county level and above"
                            + (code.level() == RegionLevel.TOWNSHIP
                                    ? "; township codes come from an integrator's table"
                                    : "")
                            + ")";
            return new UnknownRegionException(code, date, where, List.of());
        }
        Region before = null;
        Region after = null;
        for (Region r : rows) {
            if (r.until() != null && !date.isBefore(r.until())) {
                before = r;
            } else if (after == null && r.since() != null && date.isBefore(r.since())) {
                after = r;
            }
        }
        StringBuilder sb = new StringBuilder();
        List<Region> successors = new ArrayList<>();
        if (before != null) {
            sb.append(before.nameZh()).append(" until ").append(before.until());
            List<String> names = new ArrayList<>();
            for (Region.Successor s : before.successors()) {
                LocalDate on = s.inYear() != null ? LocalDate.of(s.inYear(), 12, 31) : before.until();
                Region sr = at(s.code(), on);
                if (sr == null) {
                    sr = latest(s.code());
                }
                if (sr != null) {
                    successors.add(sr);
                    names.add(sr.code() + " " + sr.nameZh());
                } else {
                    names.add(s.code().code());
                }
            }
            if (!names.isEmpty()) {
                sb.append(", successors ").append(String.join(", ", names));
            }
        }
        if (after != null) {
            sb.append(sb.length() == 0 ? "" : "; ")
                    .append(after.nameZh())
                    .append(" from ")
                    .append(after.since());
        }
        return new UnknownRegionException(code, date, sb.toString(), successors);
    }

    private Region latest(RegionCode code) {
        Region[] rows = rows(code);
        return rows == null ? null : rows[rows.length - 1];
    }

    /**
     * @param code a code, not null
     * @param date a date, not null
     * @return true if the code is a division code on that date
     */
    public boolean contains(RegionCode code, LocalDate date) {
        return at(code, date) != null;
    }

    /**
     * Tells whether a code is valid on every day of a period: one region, or successive periods of
     * the same code under the same name or renamed in place (the earlier period names the code as
     * its own successor).
     *
     * @param code  a code, not null
     * @param since the first day (inclusive), not null
     * @param until the end (exclusive), null for open-ended
     * @return true if covered
     */
    public boolean covers(RegionCode code, LocalDate since, LocalDate until) {
        Region r = at(code, since);
        if (r == null) {
            return false;
        }
        while (r.until() != null && (until == null || r.until().isBefore(until))) {
            Region next = at(code, r.until());
            if (next == null || !(next.nameZh().equals(r.nameZh()) || namesItself(r))) {
                return false;
            }
            r = next;
        }
        return true;
    }

    private static boolean namesItself(Region r) {
        for (Region.Successor s : r.successors()) {
            if (s.code().equals(r.code())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the parent of a region valid on a date: the nearest structural ancestor that is a
     * division code then (a county-level city under its province skips the prefecture).
     *
     * @param code a code, not null
     * @param date a date, not null
     * @return the parent, empty for the nation
     */
    public Optional<RegionCode> parentOf(RegionCode code, LocalDate date) {
        Optional<RegionCode> p = code.structuralParent();
        while (p.isPresent() && at(p.get(), date) == null) {
            p = p.get().structuralParent();
        }
        return p;
    }

    /**
     * Returns the chain from a code up to the nation valid on a date, the order in which
     * parameter values are looked up: {@code [320106, 320100, 320000, 000000]}.
     *
     * @param code a code, not null
     * @param date a date, not null
     * @return the chain, starting with code and ending with the nation
     * @throws UnknownRegionException if the code is not a division code on that date
     */
    public List<RegionCode> chain(RegionCode code, LocalDate date) {
        require(code, date);
        List<RegionCode> chain = new ArrayList<>(5);
        chain.add(code);
        Optional<RegionCode> p = parentOf(code, date);
        while (p.isPresent()) {
            chain.add(p.get());
            p = parentOf(p.get(), date);
        }
        return Collections.unmodifiableList(chain);
    }

    /**
     * Returns the regions of {@link #chain(RegionCode, LocalDate)}: the region and its parents.
     *
     * @param code a code, not null
     * @param date a date, not null
     * @return the regions, starting with the code's and ending with the nation
     * @throws UnknownRegionException if the code is not a division code on that date
     */
    public List<Region> ancestry(RegionCode code, LocalDate date) {
        List<Region> list = new ArrayList<>(5);
        for (RegionCode c : chain(code, date)) {
            list.add(at(c, date));
        }
        return list;
    }

    /**
     * @param code a code, not null
     * @return every period of the code, oldest first; empty if never in the table
     */
    public List<Region> history(RegionCode code) {
        Region[] rows = rows(code);
        return rows == null ? List.of() : List.of(rows);
    }

    /**
     * Searches by name: regions whose Chinese name contains the text, or whose English name
     * contains it ignoring case.
     *
     * @param text a name or part of one, not null or blank
     * @param date only regions valid on this date; null for every period
     * @return the matches ordered by code and validity
     */
    public List<Region> search(String text, LocalDate date) {
        String t = text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("search text is blank");
        }
        String lower = t.toLowerCase(Locale.ROOT);
        List<Region> found = new ArrayList<>();
        for (Region[] rows : everyCode().values()) {
            for (Region r : rows) {
                boolean name = r.nameZh().contains(t)
                        || r.englishName()
                                .map(e -> e.toLowerCase(Locale.ROOT).contains(lower))
                                .orElse(false);
                if (name && (date == null || r.validOn(date))) {
                    found.add(r);
                }
            }
        }
        return found;
    }

    /**
     * Lists what changed after one date up to another: regions that ended (their {@code until})
     * or started (their {@code since}) in {@code (from, to]}, by date, ends first.
     *
     * @param from the first date (exclusive), not null
     * @param to   the last date (inclusive), not null and not before from
     * @return the changes, not null
     */
    public List<Change> changes(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("changes from " + from + " to " + to + ": the end is before the start");
        }
        List<Change> list = new ArrayList<>();
        for (Region[] rows : everyCode().values()) {
            for (Region r : rows) {
                if (r.until() != null && r.until().isAfter(from) && !r.until().isAfter(to)) {
                    list.add(new Change(r.until(), r, false));
                }
                if (r.since() != null && r.since().isAfter(from) && !r.since().isAfter(to)) {
                    if (edition == null || !r.since().equals(edition.first())) {
                        list.add(new Change(r.since(), r, true));
                    }
                }
            }
        }
        list.sort((a, b) -> {
            int c = a.date().compareTo(b.date());
            if (c == 0) {
                c = Boolean.compare(a.started(), b.started());
            }
            return c != 0 ? c : a.region().code().compareTo(b.region().code());
        });
        return list;
    }

    /**
     * Compatibility look-up without a date: the code's most recent period.
     *
     * @param code a code, not null
     * @return the region, empty if the code was never in the table
     */
    public Optional<Region> find(RegionCode code) {
        return Optional.ofNullable(latest(code));
    }

    /**
     * @param code a code, not null
     * @return true if the code is in the table in any period
     */
    public boolean contains(RegionCode code) {
        return rows(code) != null;
    }

    /**
     * Returns the nearest structural ancestor that is in the table in any period. Prefer
     * {@link #parentOf(RegionCode, LocalDate)}.
     *
     * @param code a code, not null
     * @return the parent, empty for the nation
     */
    public Optional<RegionCode> parentOf(RegionCode code) {
        Optional<RegionCode> p = code.structuralParent();
        while (p.isPresent() && rows(p.get()) == null) {
            p = p.get().structuralParent();
        }
        return p;
    }

    /** @return every period of every code, ordered by code and validity */
    public Collection<Region> all() {
        List<Region> list = new ArrayList<>();
        for (Region[] rows : everyCode().values()) {
            Collections.addAll(list, rows);
        }
        return list;
    }

    /** For tests: a national table of its own, with no province read yet. */
    static RegionTable unreadNationalTable() {
        return nationalTable();
    }

    /** For tests: how many provinces of the shipped rows this table has parsed so far. */
    int provincesRead() {
        int n = 0;
        for (int p = 0; base != null && p < 100; p++) {
            n += base.provinces.get(p) != null && base.provinceLines[p] != null ? 1 : 0;
        }
        return n;
    }

    private static RegionTable nationalTable() {
        return national(NationalRows.read());
    }

    /** For tests: a national table read from other data (in the shipped file's format). */
    static RegionTable nationalFrom(byte[] data) {
        return national(NationalRows.index(data));
    }

    private static RegionTable national(NationalRows rows) {
        Map<RegionCode, Region[]> own = new HashMap<>(4);
        own.put(RegionCode.NATION, new Region[] {NATION_ROW});
        return new RegionTable(rows, Collections.unmodifiableMap(own), rows.edition);
    }

    /**
     * The shipped data file, indexed once by province: where each province's rows and each change
     * notice start. A province's rows are parsed on its first look-up (the file is small, but
     * parsing all 6,823 rows was most of the first decision's time in a fresh JVM). Thread-safe:
     * a province is parsed once, under the lock, and published through a volatile array slot.
     */
    private static final class NationalRows {

        private final byte[] data;
        private final Edition edition;
        /** Line offsets of each province's rows, by the code's first two digits. */
        private final int[][] provinceLines;
        /** Line offset of each change notice, by notice id. */
        private final int[] noticeLines;

        private final Region.ChangeNotice[] notices;
        /** Each province's parsed rows once read (published safely to other threads). */
        private final java.util.concurrent.atomic.AtomicReferenceArray<Map<RegionCode, Region[]>> provinces =
                new java.util.concurrent.atomic.AtomicReferenceArray<>(100);

        private NationalRows(byte[] data, Edition edition, int[][] provinceLines, int[] noticeLines) {
            this.data = data;
            this.edition = edition;
            this.provinceLines = provinceLines;
            this.noticeLines = noticeLines;
            this.notices = new Region.ChangeNotice[noticeLines.length];
        }

        static NationalRows read() {
            byte[] bytes;
            try (InputStream in = RegionTable.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("region data " + RESOURCE + " is missing from the class path");
                }
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("region data " + RESOURCE + " could not be read", e);
            }
            return index(bytes);
        }

        /** Finds the edition line and where every row starts, without parsing the rows. */
        static NationalRows index(byte[] b) {
            int[] counts = new int[100];
            int[][] lines = new int[100][];
            int[] notices = new int[2048];
            int maxNotice = 0;
            Edition edition = null;
            int rows = 0;
            int lineNo = 0;
            int i = 0;
            while (i < b.length) {
                lineNo++;
                int end = i;
                while (end < b.length && b[end] != '\n') {
                    end++;
                }
                try {
                    if (b[i] == 'R' && end - i > 4 && b[i + 1] == '\t') {
                        int p = digit(b[i + 2]) * 10 + digit(b[i + 3]);
                        if (lines[p] == null) {
                            lines[p] = new int[64];
                        } else if (counts[p] == lines[p].length) {
                            lines[p] = java.util.Arrays.copyOf(lines[p], counts[p] * 2);
                        }
                        lines[p][counts[p]++] = i;
                        rows++;
                    } else if (b[i] == 'N' && end - i > 2 && b[i + 1] == '\t') {
                        int id = 0;
                        int j = i + 2;
                        while (b[j] != '\t') {
                            id = id * 10 + digit(b[j++]);
                        }
                        if (id >= notices.length) {
                            notices = java.util.Arrays.copyOf(notices, Math.max(id + 1, notices.length * 2));
                        }
                        notices[id] = i;
                        maxNotice = Math.max(maxNotice, id);
                    } else if (startsWith(b, i, "# edition\t")) {
                        String[] f = new String(b, i, end - i, StandardCharsets.UTF_8).split("\t", -1);
                        edition = new Edition(f[1], Integer.parseInt(f[3]), isoDate(f[5]), isoDate(f[7]), f[9]);
                    }
                } catch (RuntimeException e) {
                    throw malformed(lineNo, e);
                }
                i = end + 1;
            }
            if (edition == null || edition.rows() != rows) {
                throw new IllegalStateException(
                        "region data " + RESOURCE + ": " + rows + " rows, not the edition's count");
            }
            for (int p = 0; p < 100; p++) {
                if (lines[p] != null) {
                    lines[p] = java.util.Arrays.copyOf(lines[p], counts[p]);
                }
            }
            return new NationalRows(b, edition, lines, java.util.Arrays.copyOf(notices, maxNotice + 1));
        }

        private static boolean startsWith(byte[] b, int at, String ascii) {
            if (at + ascii.length() > b.length) {
                return false;
            }
            for (int k = 0; k < ascii.length(); k++) {
                if (b[at + k] != ascii.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        /** Reads a {@code yyyy-MM-dd} date of the data file from its bytes, digits only. */
        private static LocalDate isoDateAt(byte[] b, int start, int end) {
            if (end - start != 10 || b[start + 4] != '-' || b[start + 7] != '-') {
                throw new IllegalArgumentException("not a yyyy-MM-dd date");
            }
            return LocalDate.of(
                    number(b, start, start + 4), number(b, start + 5, start + 7), number(b, start + 8, end));
        }

        /** @return the decimal number the bytes spell, digits only (at most nine) */
        private static int number(byte[] b, int start, int end) {
            if (end == start || end - start > 9) {
                throw new IllegalArgumentException("not a number of one to nine digits");
            }
            int n = 0;
            for (int i = start; i < end; i++) {
                n = n * 10 + digit(b[i]);
            }
            return n;
        }

        private static int digit(byte c) {
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a digit");
            }
            return c - '0';
        }

        private static IllegalStateException malformed(int lineNo, RuntimeException e) {
            return new IllegalStateException("region data " + RESOURCE + " line " + lineNo + " is malformed", e);
        }

        /** @return the code's periods, oldest first, null if the code is not in the file */
        Region[] rows(RegionCode code) {
            String c = code.code();
            int p = (c.charAt(0) - '0') * 10 + (c.charAt(1) - '0');
            Map<RegionCode, Region[]> province = provinces.get(p);
            if (province == null) {
                province = province(p);
            }
            return province.get(code);
        }

        /** @return every code's periods (parses every province not read yet) */
        Map<RegionCode, Region[]> all() {
            Map<RegionCode, Region[]> map = new HashMap<>(8192);
            for (int p = 0; p < 100; p++) {
                Map<RegionCode, Region[]> province = provinces.get(p);
                map.putAll(province != null ? province : province(p));
            }
            return map;
        }

        private synchronized Map<RegionCode, Region[]> province(int p) {
            Map<RegionCode, Region[]> done = provinces.get(p);
            if (done != null) {
                return done;
            }
            Map<RegionCode, List<Region>> map = new HashMap<>();
            if (provinceLines[p] != null) {
                for (int start : provinceLines[p]) {
                    Region r = row(start);
                    // get and put, not computeIfAbsent with a lambda (bootstrapped on first use)
                    List<Region> rows = map.get(r.code());
                    if (rows == null) {
                        rows = new ArrayList<>(2);
                        map.put(r.code(), rows);
                    }
                    rows.add(r);
                }
            }
            done = freeze(map);
            provinces.set(p, done);
            return done;
        }

        /**
         * Parses a row from the data file's bytes: the fields found by their tabs, a string made only
         * for the code, the name and the successors, dates and notice numbers read as digits.
         * On the way to a first decision this runs once per row of the province, interpreted, where
         * decoding the whole line and splitting it at tabs cost a chain of calls per character.
         */
        private Region row(int start) {
            try {
                int[] f = fields(start, 10);
                RegionCode code = RegionCode.of(code(f));
                List<Region.Successor> successors = new ArrayList<>();
                if (f[19] > f[18]) {
                    for (String s : new String(data, f[18], f[19] - f[18], StandardCharsets.UTF_8).split(";")) {
                        int b = s.indexOf('[');
                        successors.add(
                                b < 0
                                        ? new Region.Successor(RegionCode.of(s), null)
                                        : new Region.Successor(
                                                RegionCode.of(s.substring(0, b)),
                                                Integer.valueOf(s.substring(b + 1, s.length() - 1))));
                    }
                }
                return new Region(
                        code,
                        new String(data, f[4], f[5] - f[4], StandardCharsets.UTF_8),
                        null,
                        isoDateAt(data, f[8], f[9]),
                        f[13] == f[12] ? null : isoDateAt(data, f[12], f[13]),
                        f[11] == f[10] ? null : notice(number(data, f[10], f[11])),
                        f[15] == f[14] ? null : notice(number(data, f[14], f[15])),
                        f[17] - f[16] == 1 && data[f[16]] == 'U'
                                ? Region.Status.IN_USE
                                : f[17] - f[16] == 1 && data[f[16]] == 'C'
                                        ? Region.Status.CHANGED
                                        : Region.Status.ABOLISHED,
                        successors,
                        "gb-t-2260");
            } catch (RuntimeException e) {
                throw malformed(lineNumber(start), e);
            }
        }

        /**
         * @return where each of the line's first {@code count} tab-separated fields starts and ends:
         *         field {@code k} from {@code [2k]} to {@code [2k + 1]}
         * @throws IllegalArgumentException if the line has fewer fields
         */
        private int[] fields(int start, int count) {
            int[] f = new int[2 * count];
            int k = 0;
            f[0] = start;
            int i = start;
            while (true) {
                if (i == data.length || data[i] == '\n' || data[i] == '\t') {
                    f[2 * k + 1] = i;
                    k++;
                    if (k == count) {
                        return f;
                    }
                    if (i == data.length || data[i] == '\n') {
                        throw new IllegalArgumentException("fewer than " + count + " fields");
                    }
                    f[2 * k] = i + 1;
                }
                i++;
            }
        }

        /** @return the row's code (field 1 of {@link #fields}), which is ASCII */
        private String code(int[] f) {
            return new String(data, f[2], f[3] - f[2], StandardCharsets.ISO_8859_1);
        }

        private Region.ChangeNotice notice(int id) {
            Region.ChangeNotice n = notices[id];
            if (n == null) {
                if (noticeLines[id] == 0) {
                    throw new IllegalArgumentException("no change notice " + id);
                }
                int[] f = fields(noticeLines[id], 5);
                n = new Region.ChangeNotice(
                        isoDateAt(data, f[4], f[5]),
                        new String(data, f[6], f[7] - f[6], StandardCharsets.UTF_8),
                        new String(data, f[8], f[9] - f[8], StandardCharsets.UTF_8));
                notices[id] = n;
            }
            return n;
        }

        private int lineNumber(int offset) {
            int n = 1;
            for (int k = 0; k < offset; k++) {
                if (data[k] == '\n') {
                    n++;
                }
            }
            return n;
        }
    }

    /**
     * Reads a {@code yyyy-MM-dd} date of the data file. Not {@link LocalDate#parse}: the first use of a
     * {@code DateTimeFormatter} costs tens of milliseconds in a fresh JVM, and the table is read on the
     * first decision.
     */
    private static LocalDate isoDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            throw new IllegalArgumentException("not a yyyy-MM-dd date");
        }
        return LocalDate.of(
                Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10), Integer.parseInt(text, 8, 10, 10));
    }
}
