package org.minzheng.examples.flink;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.minzheng.core.money.Money;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.validation.Violation;
import org.minzheng.eligibility.household.DisabilityCategory;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.household.IncomeCategory;
import org.minzheng.eligibility.screening.ScreeningResult.SignalKind;

/**
 * One line of the job's input (JSON Lines): a household snapshot or a change to a household.
 * Every line names the household ({@code householdId}, an opaque key of the source system, never
 * an identity number), its {@code type} and its {@code date} — the day the change is in force,
 * which is also the date the household is screened as of.
 *
 * <pre>
 * {"type":"SNAPSHOT","householdId":"HZ-0001","date":"2024-12-01","region":"330503","household":{…},
 *  "previousMonthlyIncome":"6300.00","raisedSignals":["MEDICAL_SPENDING"]}
 * {"type":"INCOME_CHANGE","householdId":"HZ-0001","date":"2025-01-05","member":1,"category":"WAGES","amount":"4200.00"}
 * {"type":"MEDICAL_BILL","householdId":"HZ-0001","date":"2025-02-01","incurred":"2025-01-20","gross":"80000.00","reimbursed":"30000.00"}
 * {"type":"DISABILITY_CERTIFICATE","householdId":"HZ-0001","date":"2025-02-10","member":0,"category":"PHYSICAL","grade":2}
 * {"type":"MEMBER_DEATH","householdId":"HZ-0001","date":"2025-03-03","member":2}
 * </pre>
 *
 * <p>Members are referred to by their position in the household's member list as it stands when
 * the change applies (after earlier deaths), as the household model does.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = InputRecord.Snapshot.class, name = InputRecord.SNAPSHOT),
    @JsonSubTypes.Type(value = InputRecord.IncomeChange.class, name = InputRecord.INCOME_CHANGE),
    @JsonSubTypes.Type(value = InputRecord.MedicalBill.class, name = InputRecord.MEDICAL_BILL),
    @JsonSubTypes.Type(value = InputRecord.DisabilityCertificate.class, name = InputRecord.DISABILITY_CERTIFICATE),
    @JsonSubTypes.Type(value = InputRecord.MemberDeath.class, name = InputRecord.MEMBER_DEATH)
})
public sealed interface InputRecord {

    /** Type name of a snapshot. */
    String SNAPSHOT = "SNAPSHOT";
    /** Type name of an income change. */
    String INCOME_CHANGE = "INCOME_CHANGE";
    /** Type name of a medical bill. */
    String MEDICAL_BILL = "MEDICAL_BILL";
    /** Type name of a disability certificate. */
    String DISABILITY_CERTIFICATE = "DISABILITY_CERTIFICATE";
    /** Type name of a member's death. */
    String MEMBER_DEATH = "MEMBER_DEATH";
    /** Every type name. */
    List<String> TYPES = List.of(SNAPSHOT, INCOME_CHANGE, MEDICAL_BILL, DISABILITY_CERTIFICATE, MEMBER_DEATH);

    /** @return the household's key in the source system */
    String householdId();

    /** @return the day the record is in force and the household is screened as of */
    LocalDate date();

    /** @return the type name */
    String typeName();

    /**
     * Checks what Jackson cannot: required values present, numbers in range.
     *
     * @return the problems, empty if none
     */
    default List<Violation> check() {
        List<Violation> vs = new ArrayList<>();
        required(vs, "householdId", householdId());
        required(vs, "date", date());
        checkFields(vs);
        return vs;
    }

    /**
     * @param vs where to add problems
     */
    void checkFields(List<Violation> vs);

    private static void required(List<Violation> vs, String path, Object value) {
        if (value == null) {
            vs.add(new Violation(path, "record.missing", "缺少必填项", "is required"));
        }
    }

    private static void position(List<Violation> vs, String path, Integer value) {
        if (value != null && value < 0) {
            vs.add(new Violation(path, "record.negative-position", "成员序号不能为负", "must not be negative"));
        }
    }

    private static void nonNegative(List<Violation> vs, String path, Money value) {
        if (value != null && value.isNegative()) {
            vs.add(new Violation(path, "record.negative-amount", "金额不能为负", "must not be negative"));
        }
    }

    /**
     * The household's full facts as of {@code date}: replaces what the job knew. It may carry
     * the monitoring memory of an earlier check — the counted monthly income then, and the
     * signals already raised (no alert is repeated for them) — so a stream can start from an
     * export, and a daily batch knows what yesterday raised.
     *
     * @param householdId           the household's key
     * @param date                  the date
     * @param region                the region whose policy applies (区划代码)
     * @param household             the facts
     * @param previousMonthlyIncome the counted monthly income at the previous check, if known
     * @param raisedSignals         signals already raised at the previous check, if known
     */
    record Snapshot(
            String householdId,
            LocalDate date,
            RegionCode region,
            Household household,
            Money previousMonthlyIncome,
            List<SignalKind> raisedSignals)
            implements InputRecord {

        @Override
        public String typeName() {
            return SNAPSHOT;
        }

        @Override
        public void checkFields(List<Violation> vs) {
            required(vs, "region", region);
            required(vs, "household", household);
            nonNegative(vs, "previousMonthlyIncome", previousMonthlyIncome);
        }

        /**
         * @param newDate a date
         * @return this snapshot as of that date
         */
        public Snapshot asOf(LocalDate newDate) {
            return new Snapshot(householdId, newDate, region, household, previousMonthlyIncome, raisedSignals);
        }
    }

    /**
     * An income changed: the member's (or, without a member, the household's) non-exempt income
     * of the category becomes {@code amount} over {@code months} months; zero removes it.
     *
     * @param householdId the household's key
     * @param date        the date
     * @param member      the member's position, null for income of the household as a whole
     * @param category    the income category
     * @param amount      the new amount over the period
     * @param months      the length of the period, 1–12, null for 1
     */
    record IncomeChange(
            String householdId, LocalDate date, Integer member, IncomeCategory category, Money amount, Integer months)
            implements InputRecord {

        @Override
        public String typeName() {
            return INCOME_CHANGE;
        }

        @Override
        public void checkFields(List<Violation> vs) {
            position(vs, "member", member);
            required(vs, "category", category);
            required(vs, "amount", amount);
            nonNegative(vs, "amount", amount);
            if (months != null && (months < 1 || months > 12)) {
                vs.add(new Violation("months", "record.months", "期间须为 1 至 12 个月", "must be 1 to 12"));
            }
        }

        /** @return the period in months */
        public int periodMonths() {
            return months == null ? 1 : months;
        }
    }

    /**
     * A medical bill: becomes one of the household's rigid expenditures of type MEDICAL. It counts
     * for the medical-spending warning from the day after {@code incurred} (the program looks at
     * the 12 months before the screening date).
     *
     * @param householdId the household's key
     * @param date        the date it is recorded
     * @param incurred    the date the cost was incurred, not after {@code date}
     * @param gross       the full cost
     * @param reimbursed  paid by insurance, null for none
     * @param assistance  already covered by assistance or donations, null for none
     */
    record MedicalBill(
            String householdId, LocalDate date, LocalDate incurred, Money gross, Money reimbursed, Money assistance)
            implements InputRecord {

        @Override
        public String typeName() {
            return MEDICAL_BILL;
        }

        @Override
        public void checkFields(List<Violation> vs) {
            required(vs, "incurred", incurred);
            required(vs, "gross", gross);
            nonNegative(vs, "gross", gross);
            nonNegative(vs, "reimbursed", reimbursed);
            nonNegative(vs, "assistance", assistance);
        }
    }

    /**
     * A disability certificate (残疾人证) issued to a member.
     *
     * @param householdId the household's key
     * @param date        the date
     * @param member      the member's position
     * @param category    the category
     * @param grade       the grade 1–4, 1 the most severe
     */
    record DisabilityCertificate(
            String householdId, LocalDate date, Integer member, DisabilityCategory category, Integer grade)
            implements InputRecord {

        @Override
        public String typeName() {
            return DISABILITY_CERTIFICATE;
        }

        @Override
        public void checkFields(List<Violation> vs) {
            required(vs, "member", member);
            position(vs, "member", member);
            required(vs, "category", category);
            required(vs, "grade", grade);
            if (grade != null && (grade < 1 || grade > 4)) {
                vs.add(new Violation("grade", "record.grade", "等级须为 1 至 4", "must be 1 to 4"));
            }
        }
    }

    /**
     * A member died: they leave the household's list, with their own incomes.
     *
     * @param householdId the household's key
     * @param date        the date
     * @param member      the member's position
     */
    record MemberDeath(String householdId, LocalDate date, Integer member) implements InputRecord {

        @Override
        public String typeName() {
            return MEMBER_DEATH;
        }

        @Override
        public void checkFields(List<Violation> vs) {
            required(vs, "member", member);
            position(vs, "member", member);
        }
    }
}
