package org.minzheng.charity.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.minzheng.core.money.Money;

/**
 * The allocation strategy {@value #NAME}: deterministic, greedy, explainable.
 *
 * <ol>
 *   <li>Needs are served one at a time, in ascending {@link AssistanceNeed#priority()} (0 first), then
 *       ascending id (plain string order, independent of locale).</li>
 *   <li>A fund <em>fits</em> a need when its purposes include the need's purpose (money is spent only
 *       on the purposes it is bound to: 慈善法 Art. 49 para 1 for a trust, Art. 53 for an organisation)
 *       and its region is the need's region or contains it.</li>
 *   <li>Among the fitting funds with money left, the most local is used first (a county fund before
 *       a prefecture fund, before a provincial or national one), ties broken by ascending fund id:
 *       local money is the most restricted, so using it first keeps wider funds free for needs that
 *       only they can reach.</li>
 *   <li>Each allocation is {@code min(what the need still asks, what the fund still holds)}; the next
 *       fund is used only if the need is not yet met.</li>
 * </ol>
 * Hence no fund gives more than it holds, no need receives more than it asks, every allocation is
 * positive and fits, the result does not depend on the order of the input lists (given unique ids),
 * and a need left short has used up every fund that fits it. The strategy does not optimise the
 * total allocated across needs (a lower-priority need may go short because an earlier need used a
 * fund both could use); it favours the order of priority, which a caseworker can follow by hand.
 */
public final class MostLocalFundFirst {

    /** The strategy's name, written into every result. */
    public static final String NAME = "MOST_LOCAL_FUND_FIRST";

    /** The order in which needs are served. */
    public static final Comparator<AssistanceNeed> NEED_ORDER =
            Comparator.comparingInt(AssistanceNeed::priority).thenComparing(AssistanceNeed::id);

    /** The order in which fitting funds are used. */
    public static final Comparator<CharityFund> FUND_ORDER = Comparator.comparing(
                    (CharityFund f) -> f.region().level())
            .reversed()
            .thenComparing(CharityFund::id);

    private MostLocalFundFirst() {}

    /**
     * @param f a fund
     * @param n a need
     * @return true if the fund may be spent on the need: purpose included, region contains the need's
     */
    public static boolean fits(CharityFund f, AssistanceNeed n) {
        return f.purposes().contains(n.purpose()) && f.region().contains(n.region());
    }

    /**
     * Allocates the funds to the needs.
     *
     * @param c validated facts (unique ids, amounts not negative)
     * @return the allocations and outcomes
     */
    public static MatchingResult allocate(MatchingCase c) {
        List<AssistanceNeed> needs = new ArrayList<>(c.needs());
        needs.sort(NEED_ORDER);
        List<CharityFund> funds = new ArrayList<>(c.funds());
        funds.sort(FUND_ORDER);
        Map<String, Long> left = new LinkedHashMap<>();
        for (CharityFund f : funds) {
            left.put(f.id(), f.amountLeft().fen());
        }
        List<Allocation> allocations = new ArrayList<>();
        List<NeedOutcome> outcomes = new ArrayList<>();
        long total = 0;
        long shortTotal = 0;
        for (AssistanceNeed n : needs) {
            long asked = n.amount().fen();
            long still = asked;
            boolean anyFit = false;
            for (CharityFund f : funds) {
                if (still == 0) {
                    break;
                }
                if (!fits(f, n)) {
                    continue;
                }
                anyFit = true;
                long has = left.get(f.id());
                if (has == 0) {
                    continue;
                }
                long give = Math.min(has, still);
                left.put(f.id(), has - give);
                still -= give;
                total = Math.addExact(total, give);
                allocations.add(new Allocation(
                        allocations.size() + 1,
                        n.id(),
                        f.id(),
                        Money.ofFen(give),
                        n.purpose(),
                        n.region(),
                        f.region(),
                        f.region().level()));
            }
            long got = asked - still;
            NeedStatus status = still == 0
                    ? NeedStatus.COVERED
                    : got > 0
                            ? NeedStatus.PARTLY_COVERED
                            : anyFit ? NeedStatus.FUNDS_EXHAUSTED : NeedStatus.NO_MATCHING_FUND;
            shortTotal = Math.addExact(shortTotal, still);
            outcomes.add(
                    new NeedOutcome(n.id(), n.purpose(), n.amount(), Money.ofFen(got), Money.ofFen(still), status));
        }
        Map<String, FundOutcome> byId = new TreeMap<>();
        for (CharityFund f : funds) {
            long remaining = left.get(f.id());
            byId.put(
                    f.id(),
                    new FundOutcome(
                            f.id(),
                            f.amountLeft(),
                            Money.ofFen(f.amountLeft().fen() - remaining),
                            Money.ofFen(remaining)));
        }
        return new MatchingResult(
                NAME,
                allocations,
                outcomes,
                new ArrayList<>(byId.values()),
                Money.ofFen(total),
                Money.ofFen(shortTotal));
    }
}
