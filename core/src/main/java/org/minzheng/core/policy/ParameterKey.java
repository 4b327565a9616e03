package org.minzheng.core.policy;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A typed policy parameter such as {@code dibao.standard} (CNY per person per month): its
 * name, Java type, unit and meaning. Values live in pack files, per region and dated.
 *
 * <p>Keys are declared as constants by the module that owns them and listed by its
 * {@link PolicyDataProvider}; a pack file naming an unknown key, or a value with a different
 * unit, fails to load. Keys compare by name.
 *
 * @param <T> the Java type of the values
 */
public final class ParameterKey<T> implements Comparable<ParameterKey<?>> {

    private static final AtomicInteger NEXT_INDEX = new AtomicInteger();

    private final String name;
    private final ParameterType<T> type;
    private final String unit;
    // a description is text, or made on first use: a key family's descriptions quote labels from a
    // message bundle, which are needed only for messages and the policy book, not for a decision
    private final Supplier<String> describeZh;
    private final Supplier<String> describeEn;
    private volatile String descriptionZh;
    private volatile String descriptionEn;
    private final boolean gapsAllowed;
    private final int index;
    // the least and greatest values allowed, inclusive; null where unbounded
    private final T min;
    private final T max;
    // true when the least value itself is not allowed: a ratio in (0, 1]
    private final boolean minExclusive;

    private ParameterKey(
            String name,
            ParameterType<T> type,
            String unit,
            String descriptionZh,
            String descriptionEn,
            Supplier<String> describeZh,
            Supplier<String> describeEn,
            boolean gapsAllowed) {
        this.name = name;
        this.type = type;
        this.unit = unit;
        this.descriptionZh = descriptionZh;
        this.descriptionEn = descriptionEn;
        this.describeZh = describeZh;
        this.describeEn = describeEn;
        this.gapsAllowed = gapsAllowed;
        this.index = NEXT_INDEX.getAndIncrement();
        this.min = null;
        this.max = null;
        this.minExclusive = false;
    }

    private ParameterKey(ParameterKey<T> k, T min, T max, boolean minExclusive) {
        this.name = k.name;
        this.type = k.type;
        this.unit = k.unit;
        this.descriptionZh = k.descriptionZh;
        this.descriptionEn = k.descriptionEn;
        this.describeZh = k.describeZh;
        this.describeEn = k.describeEn;
        this.gapsAllowed = k.gapsAllowed;
        // the same key with a range: it keeps its place in snapshots' arrays
        this.index = k.index;
        this.min = min;
        this.max = max;
        this.minExclusive = minExclusive;
    }

    /**
     * Declares the values the key allows, inclusive: a pack value outside fails when the pack
     * loads (with its file and line), never during a decision. Used on the declaration:
     * {@code ParameterKey.of("dibao.review-months.stable", INTEGER, …).within(1, 12)}.
     *
     * @param least    the least value allowed, or null for no lower bound
     * @param greatest the greatest value allowed, or null for no upper bound
     * @return the key with that range (the same key: same name, type and place)
     * @throws IllegalArgumentException if the type's values are not ordered, or least &gt; greatest
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public ParameterKey<T> within(T least, T greatest) {
        if (!Comparable.class.isAssignableFrom(type.javaType())
                || type.javaType().isEnum()) {
            throw new IllegalArgumentException(
                    "Parameter key " + name + ": values of type " + type.name() + " have no order, so no range");
        }
        if (least != null && greatest != null && ((Comparable) least).compareTo(greatest) > 0) {
            throw new IllegalArgumentException(
                    "Parameter key " + name + ": range " + least + ".." + greatest + " is empty");
        }
        return new ParameterKey<>(this, least, greatest, false);
    }

    /**
     * Excludes the least value of the range: {@code .within(ZERO, ONE).excludingLeast()} allows a
     * ratio in (0, 1], where a share of nothing would make the parameter meaningless.
     *
     * @return the key with the least value excluded (the same key: same name, type and place)
     * @throws IllegalStateException if the key has no least value
     */
    public ParameterKey<T> excludingLeast() {
        if (min == null) {
            throw new IllegalStateException("Parameter key " + name + ": no least value to exclude");
        }
        return new ParameterKey<>(this, min, max, true);
    }

    /** @return true if the least value itself is outside the range, as in (0, 1] */
    public boolean leastExcluded() {
        return minExclusive;
    }

    /**
     * Checks a value against the key's range.
     *
     * @param value a value of the key's type, not null
     * @return the value
     * @throws IllegalArgumentException naming the bound the value passes
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public T check(T value) {
        Objects.requireNonNull(value, "value");
        if (min != null && ((Comparable) value).compareTo(min) < 0) {
            throw new IllegalArgumentException("below the least value the key allows, " + type.print(min));
        }
        if (minExclusive && ((Comparable) value).compareTo(min) == 0) {
            throw new IllegalArgumentException("not above " + type.print(min) + ", which the key excludes");
        }
        if (max != null && ((Comparable) value).compareTo(max) > 0) {
            throw new IllegalArgumentException("above the greatest value the key allows, " + type.print(max));
        }
        return value;
    }

    /** @return the least value allowed, empty if unbounded below */
    public java.util.Optional<T> least() {
        return java.util.Optional.ofNullable(min);
    }

    /** @return the greatest value allowed, empty if unbounded above */
    public java.util.Optional<T> greatest() {
        return java.util.Optional.ofNullable(max);
    }

    /**
     * @return the values the key allows as text for the policy book: the range ({@code 1..12},
     *         {@code ≥ 0}, {@code ≤ 6}, {@code > 0, ≤ 1}), the code words of an enumeration ({@code HIGHEST | SUM}), or
     *         empty where any value of the type is allowed
     */
    public String allowedText() {
        if (!type.codes().isEmpty()) {
            return String.join(" | ", type.codes());
        }
        if (min != null && max != null) {
            return minExclusive
                    ? "> " + type.print(min) + ", ≤ " + type.print(max)
                    : type.print(min) + ".." + type.print(max);
        }
        if (min != null) {
            return (minExclusive ? "> " : "≥ ") + type.print(min);
        }
        return max != null ? "≤ " + type.print(max) : "";
    }

    /**
     * Declares a key.
     *
     * @param name          a dotted lower-case name, such as {@code dibao.standard}, not null
     * @param type          the value type, not null
     * @param unit          the unit written in pack files, such as {@code CNY/person/month}, not null
     * @param descriptionZh what the parameter means, in Chinese, not null
     * @param descriptionEn what the parameter means, in English, not null
     * @param <T>           the value type
     * @return the key, not null
     * @throws IllegalArgumentException if the name is not dotted lower-case words
     */
    public static <T> ParameterKey<T> of(
            String name, ParameterType<T> type, String unit, String descriptionZh, String descriptionEn) {
        return create(name, type, unit, descriptionZh, descriptionEn, false);
    }

    /**
     * Declares a key whose descriptions are made on first use, such as a key family's, which quote
     * an enum constant's label from a message bundle ({@link org.minzheng.core.program.EnumLabels#text}):
     * the bundle is read when a message, an explanation or the policy book first shows the
     * description, not when the key is declared on the way to a first decision.
     *
     * @param name          a dotted lower-case name, not null
     * @param type          the value type, not null
     * @param unit          the unit written in pack files, not null
     * @param descriptionZh makes the Chinese description when it is first read (from any thread, perhaps
     *                      more than once if threads race: it must make the same text each time), not null
     * @param descriptionEn makes the English description, not null
     * @param <T>           the value type
     * @return the key, not null
     * @throws IllegalArgumentException if the name is not dotted lower-case words
     */
    public static <T> ParameterKey<T> of(
            String name,
            ParameterType<T> type,
            String unit,
            Supplier<String> descriptionZh,
            Supplier<String> descriptionEn) {
        return create(name, type, unit, descriptionZh, descriptionEn, false);
    }

    /**
     * Declares a key whose timelines may have gaps and whose descriptions are made on first use
     * (see {@link #of(String, ParameterType, String, Supplier, Supplier)}).
     *
     * @param name          the name, not null
     * @param type          the value type, not null
     * @param unit          the unit, not null
     * @param descriptionZh makes the Chinese description, not null
     * @param descriptionEn makes the English description, not null
     * @param <T>           the value type
     * @return the key, not null
     */
    public static <T> ParameterKey<T> withGaps(
            String name,
            ParameterType<T> type,
            String unit,
            Supplier<String> descriptionZh,
            Supplier<String> descriptionEn) {
        return create(name, type, unit, descriptionZh, descriptionEn, true);
    }

    /**
     * Declares a key whose timelines may have gaps (dates with no value in a region, where the
     * parent region's value or none applies).
     *
     * @param name          the name, not null
     * @param type          the value type, not null
     * @param unit          the unit, not null
     * @param descriptionZh the Chinese description, not null
     * @param descriptionEn the English description, not null
     * @param <T>           the value type
     * @return the key, not null
     */
    public static <T> ParameterKey<T> withGaps(
            String name, ParameterType<T> type, String unit, String descriptionZh, String descriptionEn) {
        return create(name, type, unit, descriptionZh, descriptionEn, true);
    }

    /**
     * The naming rule of parameter keys and rule ids.
     *
     * @param name a key name
     * @return true if it is dotted lower-case words, {@code [a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+}
     *         (checked by hand: keys are made on the way to a first decision, a regex is compiled per call)
     */
    public static boolean isDottedName(String name) {
        // over an array: this runs for every key a module declares, on the way to a first
        // decision, where each String.charAt is a chain of interpreted calls
        char[] c = name.toCharArray();
        int words = 0;
        int wordStart = 0;
        for (int i = 0; i <= c.length; i++) {
            if (i == c.length || c[i] == '.') {
                if (i == wordStart) {
                    return false;
                }
                char first = c[wordStart];
                if (!(first >= 'a' && first <= 'z' || words > 0 && first >= '0' && first <= '9')) {
                    return false;
                }
                words++;
                wordStart = i + 1;
            } else {
                char ch = c[i];
                if (!(ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9' || ch == '-')) {
                    return false;
                }
            }
        }
        return words >= 2;
    }

    private static <T> ParameterKey<T> create(
            String name, ParameterType<T> type, String unit, String descriptionZh, String descriptionEn, boolean gaps) {
        checkName(name);
        return new ParameterKey<>(
                name,
                Objects.requireNonNull(type, "type"),
                Objects.requireNonNull(unit, "unit"),
                Objects.requireNonNull(descriptionZh, "descriptionZh"),
                Objects.requireNonNull(descriptionEn, "descriptionEn"),
                null,
                null,
                gaps);
    }

    private static <T> ParameterKey<T> create(
            String name,
            ParameterType<T> type,
            String unit,
            Supplier<String> descriptionZh,
            Supplier<String> descriptionEn,
            boolean gaps) {
        checkName(name);
        return new ParameterKey<>(
                name,
                Objects.requireNonNull(type, "type"),
                Objects.requireNonNull(unit, "unit"),
                null,
                null,
                Objects.requireNonNull(descriptionZh, "descriptionZh"),
                Objects.requireNonNull(descriptionEn, "descriptionEn"),
                gaps);
    }

    private static void checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (!isDottedName(name)) {
            throw new IllegalArgumentException("Parameter key must be dotted lower-case words: '" + name + "'");
        }
    }

    /** @return the dotted name */
    public String name() {
        return name;
    }

    /** @return the value type */
    public ParameterType<T> type() {
        return type;
    }

    /** @return the unit, as written in pack files */
    public String unit() {
        return unit;
    }

    /** @return the Chinese description */
    public String descriptionZh() {
        String d = descriptionZh;
        if (d == null) {
            // made at most a few times if threads race; each makes the same text
            d = Objects.requireNonNull(describeZh.get(), "descriptionZh");
            descriptionZh = d;
        }
        return d;
    }

    /** @return the English description */
    public String descriptionEn() {
        String d = descriptionEn;
        if (d == null) {
            d = Objects.requireNonNull(describeEn.get(), "descriptionEn");
            descriptionEn = d;
        }
        return d;
    }

    /** @return true if a region's timeline may have gaps */
    public boolean gapsAllowed() {
        return gapsAllowed;
    }

    /** @return a small process-wide number used for array lookups in snapshots */
    int index() {
        return index;
    }

    /** @return how many keys have been declared in this process */
    static int declaredCount() {
        return NEXT_INDEX.get();
    }

    @Override
    public int compareTo(ParameterKey<?> o) {
        return name.compareTo(o.name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterKey<?> k && k.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /** @return the name */
    @Override
    public String toString() {
        return name;
    }
}
