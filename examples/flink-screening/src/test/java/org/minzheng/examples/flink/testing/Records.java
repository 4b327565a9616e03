package org.minzheng.examples.flink.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySource;
import org.minzheng.core.region.RegionCode;
import org.minzheng.eligibility.household.DisabilityCategory;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.household.ImmutableHousehold;
import org.minzheng.eligibility.household.ImmutableIncomeItem;
import org.minzheng.eligibility.household.ImmutableMember;
import org.minzheng.eligibility.household.IncomeCategory;
import org.minzheng.eligibility.household.Relation;
import org.minzheng.eligibility.screening.ScreeningResult.SignalKind;
import org.minzheng.examples.flink.InputRecord;
import org.minzheng.examples.flink.JsonLines;

/**
 * Input records and lines for the tests: builders for each record type, the examples'
 * illustrative overlay, and Lao Tan's household (the {@code lao-tan-early-warning} example case,
 * before his medical bills).
 */
public final class Records {

    /** The examples' illustrative overlay (placeholder thresholds, not policy), relative to this module. */
    public static final Path ILLUSTRATIVE_OVERLAY =
            Path.of("../../eligibility/src/examples/illustrative/eligibility.yaml");

    /** Nanxun district, Huzhou. */
    public static final RegionCode NANXUN = RegionCode.of("330503");

    private Records() {}

    /** @return the overlay's YAML */
    public static String overlayText() {
        try {
            return Files.readString(ILLUSTRATIVE_OVERLAY, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the shipped data with the illustrative overlay */
    public static PolicyBook illustrativeBook() {
        return PolicyBook.builderWithDefaults()
                .addOverlay(PolicySource.ofText("eligibility.yaml", overlayText()))
                .build();
    }

    /**
     * Lao Tan (老谭), 56, seriously ill; his wife earns 6,000 a month, he has 3,600 a year of net
     * property income; their grown son lives with them. Counted income 6,300 a month.
     *
     * @return the household without medical bills
     */
    public static Household laoTan() {
        return ImmutableHousehold.builder()
                .addMembers(ImmutableMember.builder()
                        .relation(Relation.APPLICANT)
                        .birthDate(LocalDate.of(1968, 5, 10))
                        .seriousIllness(true)
                        .build())
                .addMembers(ImmutableMember.builder()
                        .relation(Relation.SPOUSE)
                        .birthDate(LocalDate.of(1970, 11, 3))
                        .build())
                .addMembers(ImmutableMember.builder()
                        .relation(Relation.CHILD)
                        .birthDate(LocalDate.of(1996, 8, 21))
                        .build())
                .addIncomes(ImmutableIncomeItem.builder()
                        .member(1)
                        .category(IncomeCategory.WAGES)
                        .amount(Money.parse("6000.00"))
                        .build())
                .addIncomes(ImmutableIncomeItem.builder()
                        .member(0)
                        .category(IncomeCategory.PROPERTY_NET)
                        .amount(Money.parse("3600.00"))
                        .months(12)
                        .build())
                .build();
    }

    /**
     * @param id        the household id
     * @param date      the date
     * @param region    the region
     * @param household the facts
     * @return a snapshot without monitoring memory
     */
    public static InputRecord.Snapshot snapshot(String id, LocalDate date, RegionCode region, Household household) {
        return new InputRecord.Snapshot(id, date, region, household, null, null);
    }

    /**
     * @param id       the household id
     * @param date     the date
     * @param incurred when the cost was incurred
     * @param gross    the full cost
     * @param reimbursed what insurance paid
     * @return a medical bill
     */
    public static InputRecord.MedicalBill bill(
            String id, LocalDate date, LocalDate incurred, String gross, String reimbursed) {
        return new InputRecord.MedicalBill(id, date, incurred, Money.parse(gross), Money.parse(reimbursed), null);
    }

    /**
     * @param id     the household id
     * @param date   the date
     * @param member the member, null for the household
     * @param category the category
     * @param amount the new monthly amount
     * @return an income change over one month
     */
    public static InputRecord.IncomeChange income(
            String id, LocalDate date, Integer member, IncomeCategory category, String amount) {
        return new InputRecord.IncomeChange(id, date, member, category, Money.parse(amount), null);
    }

    /**
     * @param id     the household id
     * @param date   the date
     * @param member the member
     * @param grade  the grade
     * @return a certificate for a physical disability
     */
    public static InputRecord.DisabilityCertificate certificate(String id, LocalDate date, int member, int grade) {
        return new InputRecord.DisabilityCertificate(id, date, member, DisabilityCategory.PHYSICAL, grade);
    }

    /**
     * @param id     the household id
     * @param date   the date
     * @param member the member
     * @return a death
     */
    public static InputRecord.MemberDeath death(String id, LocalDate date, int member) {
        return new InputRecord.MemberDeath(id, date, member);
    }

    /**
     * @param snapshot a snapshot
     * @param previous the counted monthly income at the previous check
     * @param raised   the signals raised then
     * @return the snapshot with that monitoring memory
     */
    public static InputRecord.Snapshot withMemory(
            InputRecord.Snapshot snapshot, String previous, List<SignalKind> raised) {
        return new InputRecord.Snapshot(
                snapshot.householdId(),
                snapshot.date(),
                snapshot.region(),
                snapshot.household(),
                previous == null ? null : Money.parse(previous),
                raised);
    }

    /**
     * @param record a record
     * @return its JSON line
     */
    public static String line(InputRecord record) {
        return JsonLines.write(record);
    }
}
