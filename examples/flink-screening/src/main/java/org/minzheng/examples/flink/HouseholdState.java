package org.minzheng.examples.flink;

import java.util.Objects;
import org.apache.flink.api.common.typeinfo.TypeInfo;
import org.minzheng.eligibility.household.Household;

/**
 * What the job remembers of one household between records: the latest facts, the region, the
 * last date applied, and the monitoring memory — the counted monthly income at the last check,
 * the counted monthly income before the latest change of income (the "previous check" of the
 * income-drop warning), and the signals raised at the last check.
 *
 * <p>A Flink POJO, so Flink's {@code PojoSerializer} writes it to checkpoints field by field and
 * can migrate it when fields are added or removed. The facts are held as the library's
 * {@code Household} object, so that a record neither reads nor writes JSON to use them; that type is
 * an Immutables value — no public constructor, no setters, final fields, immutable JDK lists — which
 * Flink cannot treat as a POJO and would hand to Kryo (disabled in this job), so the field carries
 * its own type information ({@link HouseholdFactsType}): in a checkpoint the facts are the
 * household's JSON text (the same JSON as the input), about 0.5–2 KB for a household of one to
 * five people.
 *
 * <p>Amounts are whole fen ({@code Long}, null when unknown), as {@code Money} is.
 */
public class HouseholdState {

    private String region;

    @TypeInfo(HouseholdFactsType.Factory.class)
    private Household household;

    private long lastEpochDay;
    private Long lastIncomeFen;
    private Long previousIncomeFen;
    private String raisedSignals;

    /** For Flink's POJO serializer. */
    public HouseholdState() {}

    /** @return the region code */
    public String getRegion() {
        return region;
    }

    /** @param region the region code */
    public void setRegion(String region) {
        this.region = region;
    }

    /** @return the household's facts */
    public Household getHousehold() {
        return household;
    }

    /** @param household the household's facts (immutable) */
    public void setHousehold(Household household) {
        this.household = household;
    }

    /** @return the date of the last record applied, days since 1970-01-01 */
    public long getLastEpochDay() {
        return lastEpochDay;
    }

    /** @param lastEpochDay the date of the last record applied, days since 1970-01-01 */
    public void setLastEpochDay(long lastEpochDay) {
        this.lastEpochDay = lastEpochDay;
    }

    /** @return the counted monthly income at the last check, in fen */
    public Long getLastIncomeFen() {
        return lastIncomeFen;
    }

    /** @param lastIncomeFen the counted monthly income at the last check, in fen */
    public void setLastIncomeFen(Long lastIncomeFen) {
        this.lastIncomeFen = lastIncomeFen;
    }

    /** @return the counted monthly income before the latest change of income, in fen, null if none known */
    public Long getPreviousIncomeFen() {
        return previousIncomeFen;
    }

    /** @param previousIncomeFen the counted monthly income before the latest change of income, in fen */
    public void setPreviousIncomeFen(Long previousIncomeFen) {
        this.previousIncomeFen = previousIncomeFen;
    }

    /** @return the signal kinds raised at the last check, comma-separated in declaration order, empty for none */
    public String getRaisedSignals() {
        return raisedSignals;
    }

    /** @param raisedSignals the signal kinds raised at the last check, comma-separated */
    public void setRaisedSignals(String raisedSignals) {
        this.raisedSignals = raisedSignals;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HouseholdState s
                && s.lastEpochDay == lastEpochDay
                && Objects.equals(s.region, region)
                && Objects.equals(s.household, household)
                && Objects.equals(s.lastIncomeFen, lastIncomeFen)
                && Objects.equals(s.previousIncomeFen, previousIncomeFen)
                && Objects.equals(s.raisedSignals, raisedSignals);
    }

    @Override
    public int hashCode() {
        return Objects.hash(region, household, lastEpochDay, lastIncomeFen, previousIncomeFen, raisedSignals);
    }

    /** @return a summary without the facts (they may hold identity numbers) */
    @Override
    public String toString() {
        return "HouseholdState[" + region + " day " + lastEpochDay + " signals " + raisedSignals + "]";
    }
}
