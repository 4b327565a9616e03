package org.minzheng.funeral.deposit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.core.validation.Violation;
import org.minzheng.funeral.FuneralCitations;
import org.minzheng.funeral.FuneralParameters;
import org.minzheng.funeral.person.Relation;

/**
 * {@code deposit-withdrawal} — 已故存款人小额存款免公证提取: whether an heir may withdraw a
 * deceased depositor's balances at one legal-person bank without an inheritance notarisation.
 *
 * <ul>
 *   <li><strong>Who</strong>: first-order heirs (spouse, children, parents; 民法典 Art. 1127) and
 *       heirs or legatees named in a notarised will (银保监办发〔2021〕18号; the 2024 notice keeps
 *       them). Other heirs need the ordinary procedure.</li>
 *   <li><strong>Limit</strong> ({@code deposit-withdrawal.limit}, per legal-person bank, the total
 *       at most the limit, the limit included): 10,000 yuan under the 2021 notice; 50,000 yuan
 *       from 2024-06-01 (《关于优化已故存款人小额存款提取有关要求的通知》, NFRA and PBOC). Under
 *       the 2021 notice a bank could set its own limit between 10,000 and 50,000
 *       ({@code deposit-withdrawal.bank-may-raise-limit}, {@code deposit-withdrawal.bank-limit-ceiling});
 *       from 2024-06-01 the limit is uniform. Rural small and medium banks had until the end of
 *       2025 to reach it: a balance above the old floor at such a bank in that period is sent for
 *       review.</li>
 *   <li><strong>What counts</strong> ({@code deposit-withdrawal.scope.<kind>}): deposits and the
 *       bank's own products (2021); gold accumulation products, government bonds and
 *       distributed wealth products too from 2024-06-01. Holdings not covered on the date are
 *       left to the ordinary procedure.</li>
 *   <li><strong>Funeral grants and survivor pensions</strong> (丧葬费、抚恤金): from 2024-06-01
 *       outside the limit and withdrawable in full by a first-order heir
 *       ({@code deposit-withdrawal.survivor-payments-outside-limit}); before that the rule was
 *       not clear (no value: UNDETERMINED).</li>
 *   <li><strong>Transaction history</strong>: from 2024-06-01 a first-order heir may ask for the
 *       account's transactions from {@code deposit-withdrawal.history-months-before-death}
 *       (6) months before the death onward.</li>
 * </ul>
 *
 * <p><strong>What a missing value blocks</strong> (docs/writing-a-program.md): the limit, the bank's
 * own limit and its ceiling, the scope of each kind held, the survivor-payment rule and the rural
 * transition all decide whether (and how much) the heir may withdraw, so they block. The
 * transaction-history window only dates a service the heir may ask for besides; it blanks
 * {@code transactionHistoryFrom} (an INFO finding names the key) and never the withdrawal.
 * A finding that compares with or uses a configured value cites the pack row that set it.
 */
public final class DepositWithdrawalProgram extends AbstractProgram<DepositWithdrawalRequest, DepositWithdrawalResult> {

    /** The program id. */
    public static final String ID = "deposit-withdrawal";
    /** Rule: the applicant may use the simplified procedure. */
    public static final String APPLICANT = "deposit-withdrawal.applicant";
    /** Rule: whether a kind of holding is within the simplified procedure. */
    public static final String SCOPE = "deposit-withdrawal.scope";
    /** Rule: funeral grants and survivor pensions. */
    public static final String SURVIVOR = "deposit-withdrawal.survivor-payments";
    /** Rule: the bank's own limit. */
    public static final String BANK_LIMIT = "deposit-withdrawal.bank-limit";
    /** Rule: the total is within the limit. */
    public static final String LIMIT = "deposit-withdrawal.within-limit";
    /** Rule: the transaction history. */
    public static final String HISTORY = "deposit-withdrawal.transaction-history";
    /** Rule (information): the transaction-history window is not configured. */
    public static final String HISTORY_NOT_CONFIGURED = "deposit-withdrawal.transaction-history-not-configured";
    /** Rule (information): the transaction history is for first-order heirs only. */
    public static final String HISTORY_UNAVAILABLE = "deposit-withdrawal.transaction-history-unavailable";

    /** Creates the program (ServiceLoader needs a public no-argument constructor). */
    public DepositWithdrawalProgram() {
        super(ID, new LocalizedText("已故存款人小额存款免公证提取", "Withdrawal of a deceased depositor's small deposits"),
                List.of(FuneralCitations.WITHDRAWAL_2021_WHO, FuneralCitations.WITHDRAWAL_2021,
                        FuneralCitations.WITHDRAWAL_2021_BANK_LIMIT,
                        FuneralCitations.WITHDRAWAL_2024_LIMIT, FuneralCitations.WITHDRAWAL_2024_RURAL,
                        FuneralCitations.WITHDRAWAL_2024_SCOPE, FuneralCitations.WITHDRAWAL_2024_SURVIVOR,
                        FuneralCitations.WITHDRAWAL_2024_HISTORY, FuneralCitations.CIVIL_CODE_ART_1127),
                readParameters(), DepositWithdrawalRequest.class, DepositWithdrawalResult.class, "org.minzheng.funeral.messages");
    }

    private static List<ParameterKey<?>> readParameters() {
        List<ParameterKey<?>> list = new ArrayList<>(List.of(FuneralParameters.WITHDRAWAL_LIMIT,
                FuneralParameters.WITHDRAWAL_BANK_MAY_RAISE, FuneralParameters.WITHDRAWAL_BANK_CEILING,
                FuneralParameters.WITHDRAWAL_RURAL_TRANSITION, FuneralParameters.WITHDRAWAL_RURAL_FLOOR,
                FuneralParameters.WITHDRAWAL_SURVIVOR_OUTSIDE_LIMIT, FuneralParameters.WITHDRAWAL_HISTORY_MONTHS));
        list.addAll(FuneralParameters.WITHDRAWAL_SCOPE.values());
        return list;
    }

    @Override
    protected void checkFacts(DepositWithdrawalRequest r, PolicySnapshot snapshot, List<Violation> violations) {
        if (r.dateOfDeath().isAfter(snapshot.date())) {
            violations.add(new Violation("facts.dateOfDeath", "deposit-withdrawal.death-after-decision",
                    "死亡日期晚于办理日期 " + snapshot.date(), "is after the decision date " + snapshot.date()));
        }
    }

    @Override
    public Decision<DepositWithdrawalResult> evaluate(DepositWithdrawalRequest r, PolicySnapshot snapshot) {
        RuleContext ctx = RuleContext.start(ID, snapshot);
        Map<HoldingKind, Money> byKind = new EnumMap<>(HoldingKind.class);
        for (Holding h : r.holdings()) {
            byKind.merge(h.kind(), h.balance(), Money::plus);
        }
        if (!applicantMayWithdraw(ctx, r.relation())) {
            return ctx.decide(new DepositWithdrawalResult(null, Money.ZERO, Money.ZERO, Money.ZERO, List.of(), Money.ZERO, null));
        }
        Money counted = Money.ZERO;
        Money notCovered = Money.ZERO;
        List<HoldingKind> notCoveredKinds = new ArrayList<>();
        boolean scopeKnown = true;
        Money survivor = Money.ZERO;
        for (Map.Entry<HoldingKind, Money> e : byKind.entrySet()) {
            if (e.getKey().isSurvivorPayment()) {
                survivor = survivor.plus(e.getValue());
                continue;
            }
            Boolean inScope = scope(ctx, e.getKey(), e.getValue());
            if (inScope == null) {
                scopeKnown = false;
            } else if (inScope) {
                counted = counted.plus(e.getValue());
            } else {
                notCovered = notCovered.plus(e.getValue());
                notCoveredKinds.add(e.getKey());
            }
        }
        Boolean survivorOutside = survivor.isPositive() ? survivorPayments(ctx, r.relation(), survivor) : null;
        if (Boolean.FALSE.equals(survivorOutside)) {
            counted = counted.plus(survivor);
        }
        Money limit = limit(ctx, r);
        Money withdrawable = Money.ZERO;
        if (limit != null && scopeKnown) {
            Verdict within = withinLimit(ctx, r, counted, limit);
            if (within == Verdict.MET) {
                withdrawable = counted;
            } else if (within == Verdict.NOT_MET) {
                ctx.counterfactual("deposit-withdrawal.counterfactual.over-limit", "excess", counted.minus(limit));
            }
        }
        if (Boolean.TRUE.equals(survivorOutside) && r.relation().isFirstOrderHeir()) {
            withdrawable = withdrawable.plus(survivor);
        }
        LocalDate historyFrom = r.transactionHistoryRequested() ? history(ctx, r) : null;
        return ctx.decide(new DepositWithdrawalResult(limit, counted, survivor, notCovered, notCoveredKinds, withdrawable,
                historyFrom));
    }

    /** 2021 notice (kept in 2024): first-order heirs (民法典 Art. 1127) and heirs or legatees under a notarised will. */
    private static boolean applicantMayWithdraw(RuleContext ctx, Relation relation) {
        boolean may = relation.isFirstOrderHeir() || relation.isNamedInNotarisedWill();
        ctx.record(APPLICANT, may ? Verdict.MET : Verdict.NOT_MET, FuneralCitations.WITHDRAWAL_2021_WHO, "relation", relation);
        return may;
    }

    /** Whether a kind counts: deposits and the bank's own products (2021); three more kinds from 2024-06-01. */
    private static Boolean scope(RuleContext ctx, HoldingKind kind, Money balance) {
        Citation basis = kind == HoldingKind.DEPOSITS || kind == HoldingKind.BANK_PRODUCTS
                ? FuneralCitations.WITHDRAWAL_2021 : FuneralCitations.WITHDRAWAL_2024_SCOPE;
        ParameterKey<Boolean> key = FuneralParameters.WITHDRAWAL_SCOPE.get(kind);
        Boolean inScope = ctx.param(key);
        Verdict v = inScope == null ? Verdict.UNDETERMINED : inScope ? Verdict.MET : Verdict.NOT_APPLICABLE;
        ctx.record(SCOPE, v, FuneralCitations.valueOr(ctx, key, basis), "kind", kind, "balance", balance);
        return inScope;
    }

    /** 2024 notice: funeral grants and survivor pensions are outside the limit, in full, for first-order heirs. */
    private static Boolean survivorPayments(RuleContext ctx, Relation relation, Money amount) {
        Boolean outside = ctx.param(FuneralParameters.WITHDRAWAL_SURVIVOR_OUTSIDE_LIMIT);
        if (outside == null) {
            ctx.record(SURVIVOR, Verdict.UNDETERMINED, FuneralCitations.WITHDRAWAL_2024_SURVIVOR, "amount", amount);
        } else {
            ctx.record(SURVIVOR, Verdict.INFO,
                    FuneralCitations.valueOr(ctx, FuneralParameters.WITHDRAWAL_SURVIVOR_OUTSIDE_LIMIT, FuneralCitations.WITHDRAWAL_2024_SURVIVOR),
                    "amount", amount,
                    "outsideLimit", outside, "firstOrderHeir", relation.isFirstOrderHeir());
        }
        return outside;
    }

    /** The notice's limit, or the bank's own limit where the notice lets a bank raise it. */
    private static Money limit(RuleContext ctx, DepositWithdrawalRequest r) {
        Money limit = ctx.param(FuneralParameters.WITHDRAWAL_LIMIT);
        if (limit == null) {
            ctx.record(LIMIT, Verdict.UNDETERMINED, FuneralCitations.WITHDRAWAL_2021);
            return null;
        }
        if (r.bankOwnLimit() == null) {
            return limit;
        }
        Money own = r.bankOwnLimit();
        Boolean mayRaise = ctx.param(FuneralParameters.WITHDRAWAL_BANK_MAY_RAISE);
        if (mayRaise == null) {
            ctx.record(BANK_LIMIT, Verdict.UNDETERMINED, FuneralCitations.WITHDRAWAL_2021_BANK_LIMIT, "bankLimit", own);
            return null;
        }
        if (!mayRaise) {
            ctx.record(BANK_LIMIT, Verdict.NOT_APPLICABLE,
                    FuneralCitations.valueOr(ctx, FuneralParameters.WITHDRAWAL_BANK_MAY_RAISE, FuneralCitations.WITHDRAWAL_2024_LIMIT),
                    "bankLimit", own,
                    "limit", limit);
            return limit;
        }
        Money ceiling = ctx.param(FuneralParameters.WITHDRAWAL_BANK_CEILING);
        if (ceiling == null) {
            ctx.record(BANK_LIMIT, Verdict.UNDETERMINED, FuneralCitations.WITHDRAWAL_2021_BANK_LIMIT, "bankLimit", own);
            return null;
        }
        Money applied = Money.max(limit, Money.min(own, ceiling));
        ctx.record(BANK_LIMIT, Verdict.INFO,
                FuneralCitations.valueOr(ctx, FuneralParameters.WITHDRAWAL_BANK_CEILING, FuneralCitations.WITHDRAWAL_2021_BANK_LIMIT),
                "bankLimit", own, "floor", limit,
                "ceiling", ceiling, "applied", applied);
        return applied;
    }

    /**
     * The total that counts is at most the limit (the limit itself included). At a rural small
     * or medium bank in its transition, a total above the old floor goes to review.
     */
    private static Verdict withinLimit(RuleContext ctx, DepositWithdrawalRequest r, Money counted, Money limit) {
        boolean within = !counted.isGreaterThan(limit);
        if (within && r.ruralSmallOrMediumBank()) {
            Boolean transition = ctx.param(FuneralParameters.WITHDRAWAL_RURAL_TRANSITION);
            if (transition == null) {
                return ctx.record(LIMIT, Verdict.UNDETERMINED, FuneralCitations.WITHDRAWAL_2024_RURAL, "counted", counted,
                        "limit", limit);
            }
            if (transition) {
                Money floor = ctx.param(FuneralParameters.WITHDRAWAL_RURAL_FLOOR);
                if (floor == null) {
                    return ctx.record(LIMIT, Verdict.UNDETERMINED, FuneralCitations.WITHDRAWAL_2024_RURAL, "counted", counted,
                            "limit", limit);
                }
                if (counted.isGreaterThan(floor)) {
                    return ctx.record(LIMIT, Verdict.NEEDS_REVIEW,
                            FuneralCitations.valueOr(ctx, FuneralParameters.WITHDRAWAL_RURAL_FLOOR, FuneralCitations.WITHDRAWAL_2024_RURAL),
                            "counted", counted,
                            "floor", floor, "limit", limit);
                }
            }
        }
        return ctx.record(LIMIT, within ? Verdict.MET : Verdict.NOT_MET,
                FuneralCitations.valueOr(ctx, FuneralParameters.WITHDRAWAL_LIMIT, FuneralCitations.WITHDRAWAL_2021), "counted", counted,
                "limit", limit);
    }

    /** 2024 notice: a first-order heir may see transactions from N months before the death onward. */
    private static LocalDate history(RuleContext ctx, DepositWithdrawalRequest r) {
        if (!r.relation().isFirstOrderHeir()) {
            ctx.record(HISTORY_UNAVAILABLE, Verdict.INFO, FuneralCitations.WITHDRAWAL_2024_HISTORY, "relation", r.relation());
            return null;
        }
        Integer months = ctx.detail(FuneralParameters.WITHDRAWAL_HISTORY_MONTHS, "transactionHistoryFrom");
        if (months == null) {
            ctx.record(HISTORY_NOT_CONFIGURED, Verdict.INFO, FuneralCitations.WITHDRAWAL_2024_HISTORY,
                    "key", FuneralParameters.WITHDRAWAL_HISTORY_MONTHS.name());
            return null;
        }
        // a look-back window (the months of history before the death a bank shows), not a period for a
        // party's act: counted back by the calendar, without the holiday rule of 民法典 Art. 203
        LocalDate from = r.dateOfDeath().minusMonths(months);
        ctx.record(HISTORY, Verdict.INFO,
                FuneralCitations.valueOr(ctx, FuneralParameters.WITHDRAWAL_HISTORY_MONTHS, FuneralCitations.WITHDRAWAL_2024_HISTORY),
                "months", months, "from", from);
        return from;
    }
}
