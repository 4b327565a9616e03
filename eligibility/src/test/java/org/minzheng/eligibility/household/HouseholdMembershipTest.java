package org.minzheng.eligibility.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HouseholdMembershipTest {

    static final LocalDate D = LocalDate.of(2024, 12, 1);

    static ImmutableMember.Builder m(Relation r, LocalDate born) {
        return ImmutableMember.builder().relation(r).birthDate(born);
    }

    static MembershipReason reason(Member m) {
        return HouseholdMembership.reason(m, D);
    }

    @Test
    void art7_children() {
        assertThat(reason(m(Relation.CHILD, D.minusYears(18).plusDays(1)).build()))
                .isEqualTo(MembershipReason.MINOR_CHILD);
        assertThat(reason(m(Relation.CHILD, D.minusYears(18)).build()))
                .isEqualTo(MembershipReason.ADULT_CHILD_INDEPENDENT);
        assertThat(reason(m(Relation.CHILD, D.minusYears(20))
                        .fullTimeStudent(true)
                        .schoolLevel(SchoolLevel.BACHELOR)
                        .build()))
                .isEqualTo(MembershipReason.ADULT_CHILD_IN_EDUCATION);
        assertThat(reason(m(Relation.CHILD, D.minusYears(23))
                        .fullTimeStudent(true)
                        .schoolLevel(SchoolLevel.POSTGRADUATE)
                        .build()))
                .isEqualTo(MembershipReason.ADULT_CHILD_INDEPENDENT);
        assertThat(reason(m(Relation.CHILD, D.minusYears(20))
                        .fullTimeStudent(false)
                        .schoolLevel(SchoolLevel.BACHELOR)
                        .build()))
                .isEqualTo(MembershipReason.ADULT_CHILD_INDEPENDENT);
        assertThat(reason(m(Relation.CHILD, D.minusYears(30))
                        .livesIndependently(false)
                        .build()))
                .isEqualTo(MembershipReason.ADULT_CHILD_DEPENDENT);
    }

    @Test
    void art7_othersNeedASupportDutyAndLivingTogether() {
        assertThat(reason(m(Relation.PARENT, D.minusYears(70)).build()))
                .isEqualTo(MembershipReason.SUPPORT_DUTY_LIVING_TOGETHER);
        assertThat(reason(m(Relation.PARENT, D.minusYears(70))
                        .livesWithFamily(false)
                        .build()))
                .isEqualTo(MembershipReason.NO_SUPPORT_DUTY_OR_APART);
        assertThat(reason(m(Relation.SIBLING, D.minusYears(40)).build()))
                .isEqualTo(MembershipReason.NO_SUPPORT_DUTY_OR_APART);
        assertThat(reason(
                        m(Relation.SIBLING, D.minusYears(40)).supportDuty(true).build()))
                .isEqualTo(MembershipReason.SUPPORT_DUTY_LIVING_TOGETHER);
    }

    @Test
    void art7_exclusions() {
        LocalDate born = D.minusYears(45);
        assertThat(reason(m(Relation.SPOUSE, born)
                        .absence(new Absence(AbsenceReason.IN_PRISON, D.minusDays(1)))
                        .build()))
                .isEqualTo(MembershipReason.IN_PRISON);
        assertThat(reason(m(Relation.SPOUSE, born)
                        .absence(new Absence(AbsenceReason.COMPULSORY_REHABILITATION, D))
                        .build()))
                .isEqualTo(MembershipReason.COMPULSORY_REHABILITATION);
        assertThat(reason(m(Relation.SPOUSE, born)
                        .absence(new Absence(AbsenceReason.DECLARED_MISSING, D))
                        .build()))
                .isEqualTo(MembershipReason.DECLARED_MISSING);
        // clergy: three years or more (含三年) excluded; one day short still counted
        assertThat(reason(m(Relation.CHILD, born)
                        .absence(new Absence(AbsenceReason.CLERGY_LIVING_APART, D.minusYears(3)))
                        .build()))
                .isEqualTo(MembershipReason.CLERGY_APART_THREE_YEARS);
        assertThat(reason(m(Relation.SPOUSE, born)
                        .absence(new Absence(
                                AbsenceReason.CLERGY_LIVING_APART,
                                D.minusYears(3).plusDays(1)))
                        .build()))
                .isEqualTo(MembershipReason.SPOUSE);
    }

    @Test
    void monthlyAmount_isExactAcrossPeriods() {
        MonthlyAmount a = MonthlyAmount.of(org.minzheng.core.money.Money.parse("1000.00"), 3)
                .plus(MonthlyAmount.of(org.minzheng.core.money.Money.parse("1000.00"), 7));
        // 333.333… + 142.857… = 476.190476…: never rounded until a rule asks
        assertThat(a.isWholeFen()).isFalse();
        assertThat(a.compareTo(org.minzheng.core.money.Money.parse("476.19"), 1))
                .isPositive();
        assertThat(a.compareTo(org.minzheng.core.money.Money.parse("476.20"), 1))
                .isNegative();
        assertThat(MonthlyAmount.of(org.minzheng.core.money.Money.parse("12000.00"), 12)
                        .exact())
                .isEqualTo(org.minzheng.core.money.Money.parse("1000.00"));
    }

    @Test
    void membership_listsCountedAndExcludedPeopleInOrder() {
        Household h = ImmutableHousehold.builder()
                .addMembers(m(Relation.APPLICANT, D.minusYears(45)).build())
                .addMembers(m(Relation.SIBLING, D.minusYears(40)).build())
                .addMembers(m(Relation.CHILD, D.minusYears(10)).build())
                .addMembers(m(Relation.CHILD, D.minusYears(25)).build())
                .build();
        HouseholdMembership ms = HouseholdMembership.of(h, D);
        assertThat(ms.counted()).isEqualTo(2);
        assertThat(ms.countedIndexes()).containsExactly(0, 2);
        assertThat(ms.isCounted(1)).isFalse();
        assertThat(ms.reason(3)).isEqualTo(MembershipReason.ADULT_CHILD_INDEPENDENT);
        assertThat(ms.entries()).extracting(HouseholdMembership.Entry::index).containsExactly(0, 1, 2, 3);
        assertThat(ms.countedEntries())
                .containsExactly(
                        new HouseholdMembership.Entry(0, Relation.APPLICANT, MembershipReason.APPLICANT),
                        new HouseholdMembership.Entry(2, Relation.CHILD, MembershipReason.MINOR_CHILD));
        assertThat(ms.excluded())
                .containsExactly(
                        new HouseholdMembership.Entry(1, Relation.SIBLING, MembershipReason.NO_SUPPORT_DUTY_OR_APART),
                        new HouseholdMembership.Entry(3, Relation.CHILD, MembershipReason.ADULT_CHILD_INDEPENDENT));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ms.excluded().get(2))
                .isInstanceOf(IndexOutOfBoundsException.class);

        HouseholdMembership all = HouseholdMembership.of(
                ImmutableHousehold.builder()
                        .addMembers(m(Relation.APPLICANT, D.minusYears(45)).build())
                        .build(),
                D);
        assertThat(all.excluded()).isEmpty();
        assertThat(all.countedEntries()).hasSize(1);
    }
}
