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

    private final PolicyBook book;
    private final RegionCode region;
    private final LocalDate date;
    private final ParameterValue<?>[] values;

    PolicySnapshot(PolicyBook book, RegionCode region, LocalDate date, ParameterValue<?>[] values) {
        this.book = book;
        this.region = region;
        this.date = date;
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
     * canonical line per value (key, region, dates, value, unit, grade, citation), ordered by
     * key name. Equal values give equal fingerprints on any machine, in any locale.
     *
     * @param used the values, not null
     * @return 64 lower-case hex digits
     */
    public static String fingerprint(Collection<? extends ParameterValue<?>> used) {
        List<String> lines = new ArrayList<>(used.size());
        for (ParameterValue<?> v : used) {
            lines.add(v.canonicalLine());
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
