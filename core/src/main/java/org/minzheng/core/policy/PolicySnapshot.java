package org.minzheng.core.policy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.minzheng.core.MinzhengVersion;
import org.minzheng.core.citation.InstrumentCatalogue;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.region.RegionLevel;

/**
 * The policy book resolved at one region and date: for every key, the value in force there
 * (the region's own or the nearest ancestor's), or none.
 *
 * <p>A snapshot is immutable and shared by every decision made for that region and date; the
 * values a single decision reads are recorded by that decision (see
 * {@code org.minzheng.core.decision.RuleContext}) and fingerprinted with
 * {@link #fingerprint(Collection)}, so that the decision can be re-made exactly on any later
 * day from the same values.
 */
public final class PolicySnapshot {

    /**
     * How long after its source's date a value is taken as current: a decision dated more than
     * this many months after the {@linkplain ParameterValue#sourceDate() source date} of a value it
     * reads warns that the value may be outdated ({@code policy.source-may-be-outdated}).
     *
     * <p>No law fixes this horizon: it is the library's choice. Its grounds: the standards that
     * reports state are set by local governments and "适时调整" (社会救助暂行办法 第十条), under a
     * "动态调整机制" (关于改革完善社会救助制度的意见 二（二）6), and in practice they are published
     * once a year (the seed source is a bureau's yearly review); a figure that no source newer than
     * a year confirms may have been replaced by the next year's. Twelve months matches that
     * yearly cycle: a figure is expected to be confirmed or replaced by the next yearly source.
     */
    public static final int STALENESS_HORIZON_MONTHS = 12;

    private final PolicyBook book;
    private final RegionCode region;
    private final LocalDate date;
    private final List<RegionCode> chain;
    private final ParameterValue<?>[] values;

    PolicySnapshot(
            PolicyBook book, RegionCode region, LocalDate date, List<RegionCode> chain, ParameterValue<?>[] values) {
        this.book = book;
        this.region = region;
        this.date = date;
        this.chain = chain;
        this.values = values;
    }

    /** @return the region the snapshot was taken for */
    public RegionCode region() {
        return region;
    }

    /** @return the date the snapshot was taken for */
    public LocalDate date() {
        return date;
    }

    /**
     * @return the regions whose values this snapshot inherits, valid on its date: the region, its
     *         parents, the nation ({@code [320106, 320100, 320000, 000000]})
     */
    public List<RegionCode> chain() {
        return chain;
    }

    /** @return the book it was taken from */
    public PolicyBook book() {
        return book;
    }

    /** @return the instrument catalogue of the book */
    public InstrumentCatalogue instruments() {
        return book.instruments();
    }

    /**
     * Finds the value of a key in force at this region and date.
     *
     * @param key the key, not null
     * @param <T> the value type
     * @return the value with its source, or null if none is configured (the caller must then
     *         decide UNDETERMINED, never guess)
     */
    @SuppressWarnings("unchecked")
    public <T> ParameterValue<T> find(ParameterKey<T> key) {
        int i = key.index();
        if (i >= values.length) {
            return null;
        }
        ParameterValue<?> v = values[i];
        return (ParameterValue<T>) v;
    }

    /**
     * Finds the value of a key in force at this region and date.
     *
     * @param key the key, not null
     * @param <T> the value type
     * @return the value, empty if none is configured
     */
    public <T> Optional<ParameterValue<T>> get(ParameterKey<T> key) {
        return Optional.ofNullable(find(key));
    }

    /**
     * Tells whether a value read here may be outdated: this snapshot's date is more than
     * {@link #STALENESS_HORIZON_MONTHS} months after the value's {@linkplain ParameterValue#sourceDate()
     * source date}. A value without a source date (set by an enactment until it is repealed) is
     * never stale.
     *
     * @param v a value, not null
     * @return true if the decision should warn that the value may be outdated
     */
    public boolean isStale(ParameterValue<?> v) {
        LocalDate source = v.sourceDate();
        return source != null && date.isAfter(source.plusMonths(STALENESS_HORIZON_MONTHS));
    }

    /**
     * Tells whether a value read here is a default inherited from a higher region that the texts
     * leave to a lower level ({@link ParameterValue#replaceableBy()}): no region of this
     * snapshot's chain below the value's region sets its own value.
     *
     * @param v a value in force in this snapshot, not null
     * @return true if the decision should warn that it inherits a default
     */
    public boolean inheritsDefault(ParameterValue<?> v) {
        return v.replaceableBy() != null && !v.region().equals(region);
    }

    /**
     * Finds the region of this snapshot's chain at a level: for a snapshot of 330500 (湖州市) and
     * {@link RegionLevel#PROVINCE}, 330000 (浙江省).
     *
     * @param level a level, not null
     * @return the region, empty if the chain has none at that level (the snapshot's region is above it)
     */
    public Optional<RegionCode> regionAt(RegionLevel level) {
        for (RegionCode r : chain) {
            if (r.level() == level) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** @return every value in force, ordered by key name */
    public List<ParameterValue<?>> valuesInForce() {
        List<ParameterValue<?>> list = new ArrayList<>();
        for (ParameterValue<?> v : values) {
            if (v != null) {
                list.add(v);
            }
        }
        list.sort(Comparator.comparing(v -> v.key().name()));
        return list;
    }

    /** @return the fingerprint of every value in force in this snapshot */
    public String fingerprint() {
        return fingerprint(valuesInForce());
    }

    /**
     * Computes the SHA-256 fingerprint of a set of values: the library version, then one
     * canonical line per value (key, region, dates, value, unit, grade, citation, and the pack and
     * {@code file:line} it was read from), sorted. Equal values give equal fingerprints on any machine, in any locale.
     *
     * @param used the values, not null
     * @return 64 lower-case hex digits
     */
    public static String fingerprint(Collection<? extends ParameterValue<?>> used) {
        List<String> lines = new ArrayList<>(used.size());
        for (ParameterValue<?> v : used) {
            lines.add(v.fingerprintLine());
        }
        lines.sort(null);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(("minzheng " + MinzhengVersion.libraryVersion() + "\n").getBytes(StandardCharsets.UTF_8));
            for (String line : lines) {
                md.update(line.getBytes(StandardCharsets.UTF_8));
                md.update((byte) '\n');
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return "PolicySnapshot[" + region + " on " + date + "]";
    }
}
