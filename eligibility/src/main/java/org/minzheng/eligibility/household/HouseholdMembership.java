package org.minzheng.eligibility.household;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import org.minzheng.core.decision.Describable;
import org.minzheng.core.decision.RuleContext;

/**
 * Who counts as a member of the household (共同生活的家庭成员), by 最低生活保障审核确认办法 Art. 7:
 * spouse; minor children; adult children who cannot live independently, including those in
 * full-time education at bachelor level or below; others with a legal duty of support who have
 * lived with the family long-term. Not counted: clergy living apart for three years or more;
 * people in prison, in compulsory isolated drug rehabilitation, or declared missing.
 *
 * <p>Provinces may exclude further categories (Art. 7, excluded (3)); none is configured for
 * Zhejiang because its list was not found.
 */
public final class HouseholdMembership {

    /**
     * A listed person and the verdict on them.
     *
     * @param index    the position in the member list, from 0
     * @param relation the relation to the applicant
     * @param reason   why they are or are not counted
     */
    public record Entry(int index, Relation relation, MembershipReason reason) implements Describable {

        @Override
        public String messageKey() {
            return "household.member-entry";
        }

        @Override
        public Map<String, Object> messageFacts() {
            return RuleContext.facts("position", index + 1, "relation", relation, "reason", reason);
        }
    }

    private final List<Member> members;
    private final MembershipReason[] reasons;
    private final int counted;

    private HouseholdMembership(List<Member> members, MembershipReason[] reasons, int counted) {
        this.members = members;
        this.reasons = reasons;
        this.counted = counted;
    }

    /**
     * Decides membership on a date.
     *
     * @param household the household
     * @param date      the decision date
     * @return the membership
     */
    public static HouseholdMembership of(Household household, LocalDate date) {
        List<Member> members = household.members();
        MembershipReason[] reasons = new MembershipReason[members.size()];
        int counted = 0;
        for (int i = 0; i < reasons.length; i++) {
            MembershipReason r = reason(members.get(i), date);
            reasons[i] = r;
            if (r.counted()) {
                counted++;
            }
        }
        return new HouseholdMembership(members, reasons, counted);
    }

    /**
     * @param m    a listed person
     * @param date the decision date
     * @return why they are or are not counted
     */
    public static MembershipReason reason(Member m, LocalDate date) {
        Optional<Absence> absence = m.absence();
        if (absence.isPresent()) {
            Absence a = absence.get();
            switch (a.reason()) {
                case IN_PRISON:
                    return MembershipReason.IN_PRISON;
                case COMPULSORY_REHABILITATION:
                    return MembershipReason.COMPULSORY_REHABILITATION;
                case DECLARED_MISSING:
                    return MembershipReason.DECLARED_MISSING;
                case CLERGY_LIVING_APART:
                    if (!a.since().plusYears(3).isAfter(date)) {
                        return MembershipReason.CLERGY_APART_THREE_YEARS;
                    }
                    break;
                default:
                    break;
            }
        }
        switch (m.relation()) {
            case APPLICANT:
                return MembershipReason.APPLICANT;
            case SPOUSE:
                return MembershipReason.SPOUSE;
            case CHILD:
                if (m.ageOn(date) < 18) {
                    return MembershipReason.MINOR_CHILD;
                }
                if (m.fullTimeStudent()
                        && m.schoolLevel().map(SchoolLevel::bachelorOrBelow).orElse(false)) {
                    return MembershipReason.ADULT_CHILD_IN_EDUCATION;
                }
                return m.livesIndependently()
                        ? MembershipReason.ADULT_CHILD_INDEPENDENT
                        : MembershipReason.ADULT_CHILD_DEPENDENT;
            default:
                return m.supportDuty() && m.livesWithFamily()
                        ? MembershipReason.SUPPORT_DUTY_LIVING_TOGETHER
                        : MembershipReason.NO_SUPPORT_DUTY_OR_APART;
        }
    }

    /** @return every listed person with the verdict, in list order */
    public List<Entry> entries() {
        return new Entries(Selection.ALL);
    }

    /** @return the number of counted members */
    public int counted() {
        return counted;
    }

    /**
     * @param index a member's position
     * @return true if that member is counted
     */
    public boolean isCounted(int index) {
        return reasons[index].counted();
    }

    /**
     * @param index a member's position
     * @return why that member is or is not counted
     */
    public MembershipReason reason(int index) {
        return reasons[index];
    }

    /** @return the positions of counted members */
    public List<Integer> countedIndexes() {
        List<Integer> list = new ArrayList<>(counted);
        for (int i = 0; i < reasons.length; i++) {
            if (reasons[i].counted()) {
                list.add(i);
            }
        }
        return list;
    }

    /** @return the entries of people counted, in list order */
    public List<Entry> countedEntries() {
        return counted == 0 ? List.of() : new Entries(Selection.COUNTED);
    }

    /** @return the entries of people not counted, in list order */
    public List<Entry> excluded() {
        return counted == reasons.length ? List.of() : new Entries(Selection.EXCLUDED);
    }

    private enum Selection {
        ALL,
        COUNTED,
        EXCLUDED
    }

    /**
     * A read-only view of some of the entries, made on reading: a decision records the counted
     * and excluded members as facts, and most decisions are never read entry by entry.
     */
    private final class Entries extends AbstractList<Entry> implements RandomAccess {

        private final Selection selection;

        Entries(Selection selection) {
            this.selection = selection;
        }

        private boolean selected(int i) {
            return selection == Selection.ALL || reasons[i].counted() == (selection == Selection.COUNTED);
        }

        @Override
        public Entry get(int index) {
            Objects.checkIndex(index, size());
            int seen = -1;
            for (int i = 0; i < reasons.length; i++) {
                if (selected(i) && ++seen == index) {
                    return new Entry(i, members.get(i).relation(), reasons[i]);
                }
            }
            throw new IllegalStateException("unreachable");
        }

        @Override
        public int size() {
            return switch (selection) {
                case ALL -> reasons.length;
                case COUNTED -> counted;
                case EXCLUDED -> reasons.length - counted;
            };
        }
    }
}
