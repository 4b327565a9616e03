package org.minzheng.examples.flink;

import java.util.Objects;

/**
 * One input line on its way to its household: the key, the day and the order within the day
 * pulled out of the line once, and the line itself, untouched.
 *
 * <p>A Flink POJO (public class, public no-argument constructor, getters and setters): Flink
 * serializes it field by field with its own {@code PojoSerializer} — never Kryo — and can evolve
 * it (fields added or removed) across savepoints. The household facts stay JSON text until the
 * household's own task reads them, so no library type crosses the network.
 */
public class Envelope {

    /** Milliseconds in a day: a record's timestamp is the start of its day (UTC epoch). */
    public static final long DAY_MILLIS = 86_400_000L;

    private String householdId;
    private long epochDay;
    private int order;
    private String line;

    /** For Flink's POJO serializer. */
    public Envelope() {}

    /**
     * @param householdId the household's key
     * @param epochDay    the record's date as days since 1970-01-01
     * @param order       0 for a snapshot, 1 for a change: a snapshot is applied before the changes of its day
     * @param line        the input line
     */
    public Envelope(String householdId, long epochDay, int order, String line) {
        this.householdId = householdId;
        this.epochDay = epochDay;
        this.order = order;
        this.line = line;
    }

    /** @return the household's key */
    public String getHouseholdId() {
        return householdId;
    }

    /** @param householdId the household's key */
    public void setHouseholdId(String householdId) {
        this.householdId = householdId;
    }

    /** @return the record's date as days since 1970-01-01 */
    public long getEpochDay() {
        return epochDay;
    }

    /** @param epochDay the record's date as days since 1970-01-01 */
    public void setEpochDay(long epochDay) {
        this.epochDay = epochDay;
    }

    /** @return 0 for a snapshot, 1 for a change */
    public int getOrder() {
        return order;
    }

    /** @param order 0 for a snapshot, 1 for a change */
    public void setOrder(int order) {
        this.order = order;
    }

    /** @return the input line */
    public String getLine() {
        return line;
    }

    /** @param line the input line */
    public void setLine(String line) {
        this.line = line;
    }

    /** @return the event time: the start of the record's day in milliseconds */
    public long timestamp() {
        return epochDay * DAY_MILLIS;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Envelope e
                && e.epochDay == epochDay
                && e.order == order
                && Objects.equals(e.householdId, householdId)
                && Objects.equals(e.line, line);
    }

    @Override
    public int hashCode() {
        return Objects.hash(householdId, epochDay, order, line);
    }

    /** @return the key and day only: the line may hold identity numbers */
    @Override
    public String toString() {
        return "Envelope[" + householdId + " day " + epochDay + " order " + order + "]";
    }
}
