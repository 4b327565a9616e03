package org.minzheng.funeral.deposit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.core.validation.Checks;
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
 * A finding cites the passage its rule enforces; the pack row that set a value it compared with or
 * used travels in its sources.
 */
public final class DepositWithdrawalProgram extends AbstractProgram<DepositWithdrawalRequest, DepositWithdrawalResult> {

    /** The program id. */
    public static final String ID = "deposit-withdrawal";
    /** The counterfactual of a total over the limit: by how much. */
    public static final String OVER_LIMIT = "deposit-withdrawal.counterfactual.over-limit";

    /**
     * 2021 notice (kept in 2024): first-order heirs (spouse, children, parents; 民法典 Art. 1127)
     * and heirs or legatees under a notarised will may use the simplified procedure.
     */
    public static final Rule APPLICANT = Rule.builder(
                    "deposit-withdrawal.applicant", FuneralCitations.WITHDRAWAL_2021_WHO)
            .verdicts(Verdict.MET, Verdict.NOT_MET)
            .build();
    /**
     * Whether a kind of holding counts and may be withdrawn this way
     * ({@code deposit-withdrawal.scope.<kind>}): deposits and the bank's own products (2021); gold
     * accumulation, government bonds and distributed wealth products too from 2024-06-01 (cited
     * by the 2024 passage). NOT_APPLICABLE: left to the ordinary procedure.
     */
    public static final Rule SCOPE = Rule.builder("deposit-withdrawal.scope", FuneralCitations.WITHDRAWAL_2021)
            .verdicts(Verdict.MET, Verdict.NOT_APPLICABLE, Verdict.UNDETERMINED)
            .reads(List.copyOf(FuneralParameters.WITHDRAWAL_SCOPE.values()))
            .alsoCites(FuneralCitations.WITHDRAWAL_2024_SCOPE)
            .build();
    /**
     * 2024 notice: funeral grants and survivor pensions are outside the limit and withdrawable in
     * full by a first-order heir ({@code deposit-withdrawal.survivor-payments-outside-limit});
     * before 2024-06-01 the rule was not clear (no value: UNDETERMINED).
     */
    public static final Rule SURVIVOR = Rule.builder(
                    "deposit-withdrawal.survivor-payments", FuneralCitations.WITHDRAWAL_2024_SURVIVOR)
            .verdicts(Verdict.INFO, Verdict.UNDETERMINED)
            .reads(FuneralParameters.WITHDRAWAL_SURVIVOR_OUTSIDE_LIMIT)
            .build();
    /**
     * 2021 notice: a bank may set its own limit between 10,000 and 50,000
     * ({@code deposit-withdrawal.bank-may-raise-limit}, {@code deposit-withdrawal.bank-limit-ceiling});
     * NOT_APPLICABLE where it may not (the 2024 uniform limit, cited by its passage).
     */
    public static final Rule BANK_LIMIT = Rule.builder(
                    "deposit-withdrawal.bank-limit", FuneralCitations.WITHDRAWAL_2021_BANK_LIMIT)
            .verdicts(Verdict.INFO, Verdict.NOT_APPLICABLE, Verdict.UNDETERMINED)
            .reads(
                    FuneralParameters.WITHDRAWAL_BANK_MAY_RAISE,
                    FuneralParameters.WITHDRAWAL_BANK_CEILING,
                    FuneralParameters.WITHDRAWAL_LIMIT)
            .alsoCites(FuneralCitations.WITHDRAWAL_2024_LIMIT)
            .build();
    /**
     * The total that counts is at most the limit, the limit included ({@code deposit-withdrawal.limit}:
     * 10,000 under the 2021 notice, 50,000 from 2024-06-01; the row in force travels in the
     * finding's sources). At a rural small or medium bank in its transition
     * ({@code deposit-withdrawal.rural-bank-transition}) a total above the old floor
     * ({@code deposit-withdrawal.rural-bank-transition-floor}) goes to review (cited by the 2024
     * passage).
     */
    public static final Rule WITHIN_LIMIT = Rule.builder(
                    "deposit-withdrawal.within-limit", FuneralCitations.WITHDRAWAL_2021)
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.NEEDS_REVIEW, Verdict.UNDETERMINED)
            .reads(
                    FuneralParameters.WITHDRAWAL_LIMIT,
                    FuneralParameters.WITHDRAWAL_RURAL_TRANSITION,
                    FuneralParameters.WITHDRAWAL_RURAL_FLOOR)
            .notes(OVER_LIMIT)
            .alsoCites(FuneralCitations.WITHDRAWAL_2024_RURAL)
            .build();
    /**
     * 2024 notice: a first-order heir may see the account's transactions from
     * {@code deposit-withdrawal.history-months-before-death} months before the death onward.
     */
    public static final Rule HISTORY = Rule.builder(
                    "deposit-withdrawal.transaction-history", FuneralCitations.WITHDRAWAL_2024_HISTORY)
            .verdicts(Verdict.INFO)
            .reads(FuneralParameters.WITHDRAWAL_HISTORY_MONTHS)
            .build();
    /** (Information) the transaction-history window is not configured: the date is left blank. */
    public static final Rule HISTORY_NOT_CONFIGURED = Rule.builder(
                    "deposit-withdrawal.transaction-history-not-configured", FuneralCitations.WITHDRAWAL_2024_HISTORY)
            .verdicts(Verdict.INFO)
            .reads(FuneralParameters.WITHDRAWAL_HISTORY_MONTHS)
            .build();
    /** (Information) the transaction history is for first-order heirs only. */
    public static final Rule HISTORY_UNAVAILABLE = Rule.builder(
                    "deposit-withdrawal.transaction-history-unavailable", FuneralCitations.WITHDRAWAL_2024_HISTORY)
            .verdicts(Verdict.INFO)
            .build();

    /** Creates the program (ServiceLoader needs a public no-argument constructor). */
    public DepositWithdrawalProgram() {
        super(
                ID,
                new LocalizedText("已故存款人小额存款免公证提取", "Withdrawal of a deceased depositor's small deposits"),
                DepositWithdrawalRequest.class,
                DepositWithdrawalResult.class,
                "org.minzheng.funeral.messages",
                List.of(
                        APPLICANT,
                        SCOPE,
                        SURVIVOR,
                        BANK_LIMIT,
                        WITHIN_LIMIT,
                        HISTORY,
                        HISTORY_NOT_CONFIGURED,
                        HISTORY_UNAVAILABLE));
    }

    @Override
    protected void checkFacts(DepositWithdrawalRequest r, PolicySnapshot snapshot, List<Violation> violations) {
        Checks.notAfterDecisionDate("facts.dateOfDeath", r.dateOfDeath(), snapshot.date(), violations);
    }

    @Override
    public Decision<DepositWithdrawalResult> evaluate(DepositWithdrawalRequest r, PolicySnapshot snapshot) {
        RuleContext ctx = start(snapshot);
        Map<HoldingKind, Money> byKind = new EnumMap<>(HoldingKind.class);
        for (Holding h : r.holdings()) {
            byKind.merge(h.kind(), h.balance(), Money::plus);
        }
        if (!applicantMayWithdraw(ctx, r.relation())) {
            return ctx.decide(
                    new DepositWithdrawalResult(null, Money.ZERO, Money.ZERO, Money.ZERO, List.of(), Money.ZERO, null));
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
                ctx.counterfactual(OVER_LIMIT, "excess", counted.minus(limit));
            }
        }
        if (Boolean.TRUE.equals(survivorOutside) && r.relation().isFirstOrderHeir()) {
            withdrawable = withdrawable.plus(survivor);
        }
        LocalDate historyFrom = r.transactionHistoryRequested() ? history(ctx, r) : null;
        return ctx.decide(new DepositWithdrawalResult(
                limit, counted, survivor, notCovered, notCoveredKinds, withdrawable, historyFrom));
    }

    /** 2021 notice (kept in 2024): first-order heirs (民法典 Art. 1127) and heirs or legatees under a notarised will. */
    private static boolean applicantMayWithdraw(RuleContext ctx, Relation relation) {
        boolean may = relation.isFirstOrderHeir() || relation.isNamedInNotarisedWill();
        ctx.record(APPLICANT, may ? Verdict.MET : Verdict.NOT_MET, "relation", relation);
        return may;
    }

    /** Whether a kind counts: deposits and the bank's own products (2021); three more kinds from 2024-06-01. */
    private static Boolean scope(RuleContext ctx, HoldingKind kind, Money balance) {
        Citation basis = kind == HoldingKind.DEPOSITS || kind == HoldingKind.BANK_PRODUCTS
                ? FuneralCitations.WITHDRAWAL_2021
                : FuneralCitations.WITHDRAWAL_2024_SCOPE;
        ParameterKey<Boolean> key = FuneralParameters.WITHDRAWAL_SCOPE.get(kind);
        Boolean inScope = ctx.param(key);
        Verdict v = inScope == null ? Verdict.UNDETERMINED : inScope ? Verdict.MET : Verdict.NOT_APPLICABLE;
        ctx.recordCiting(SCOPE, v, basis, "kind", kind, "balance", balance);
        return inScope;
    }

    /** 2024 notice: funeral grants and survivor pensions are outside the limit, in full, for first-order heirs. */
    private static Boolean survivorPayments(RuleContext ctx, Relation relation, Money amount) {
        Boolean outside = ctx.param(FuneralParameters.WITHDRAWAL_SURVIVOR_OUTSIDE_LIMIT);
        if (outside == null) {
            ctx.record(SURVIVOR, Verdict.UNDETERMINED, "amount", amount);
        } else {
            ctx.record(
                    SURVIVOR,
                    Verdict.INFO,
                    "amount",
                    amount,
                    "outsideLimit",
                    outside,
                    "firstOrderHeir",
                    relation.isFirstOrderHeir());
        }
        return outside;
    }

    /** The notice's limit, or the bank's own limit where the notice lets a bank raise it. */
    private static Money limit(RuleContext ctx, DepositWithdrawalRequest r) {
        Money limit = ctx.param(FuneralParameters.WITHDRAWAL_LIMIT);
        if (limit == null) {
            ctx.record(WITHIN_LIMIT, Verdict.UNDETERMINED);
            return null;
        }
        if (r.bankOwnLimit().isEmpty()) {
            return limit;
        }
        Money own = r.bankOwnLimit().get();
        Boolean mayRaise = ctx.param(FuneralParameters.WITHDRAWAL_BANK_MAY_RAISE);
        if (mayRaise == null) {
            ctx.record(BANK_LIMIT, Verdict.UNDETERMINED, "bankLimit", own);
            return null;
        }
        if (!mayRaise) {
            ctx.recordCiting(
                    BANK_LIMIT,
                    Verdict.NOT_APPLICABLE,
                    FuneralCitations.WITHDRAWAL_2024_LIMIT,
                    "bankLimit",
                    own,
                    "limit",
                    limit);
            return limit;
        }
        Money ceiling = ctx.param(FuneralParameters.WITHDRAWAL_BANK_CEILING);
        if (ceiling == null) {
            ctx.record(BANK_LIMIT, Verdict.UNDETERMINED, "bankLimit", own);
            return null;
        }
        Money applied = Money.max(limit, Money.min(own, ceiling));
        ctx.record(BANK_LIMIT, Verdict.INFO, "bankLimit", own, "floor", limit, "ceiling", ceiling, "applied", applied);
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
                return ctx.recordCiting(
                        WITHIN_LIMIT,
                        Verdict.UNDETERMINED,
                        FuneralCitations.WITHDRAWAL_2024_RURAL,
                        "counted",
                        counted,
                        "limit",
                        limit);
            }
            if (transition) {
                Money floor = ctx.param(FuneralParameters.WITHDRAWAL_RURAL_FLOOR);
                if (floor == null) {
                    return ctx.recordCiting(
                            WITHIN_LIMIT,
                            Verdict.UNDETERMINED,
                            FuneralCitations.WITHDRAWAL_2024_RURAL,
                            "counted",
                            counted,
                            "limit",
                            limit);
                }
                if (counted.isGreaterThan(floor)) {
                    return ctx.recordCiting(
                            WITHIN_LIMIT,
                            Verdict.NEEDS_REVIEW,
                            FuneralCitations.WITHDRAWAL_2024_RURAL,
                            "counted",
                            counted,
                            "floor",
                            floor,
                            "limit",
                            limit);
                }
            }
        }
        return ctx.record(WITHIN_LIMIT, within ? Verdict.MET : Verdict.NOT_MET, "counted", counted, "limit", limit);
    }

    /** 2024 notice: a first-order heir may see transactions from N months before the death onward. */
    private static LocalDate history(RuleContext ctx, DepositWithdrawalRequest r) {
        if (!r.relation().isFirstOrderHeir()) {
            ctx.record(HISTORY_UNAVAILABLE, Verdict.INFO, "relation", r.relation());
            return null;
        }
        Integer months = ctx.detail(FuneralParameters.WITHDRAWAL_HISTORY_MONTHS, "transactionHistoryFrom");
        if (months == null) {
            ctx.record(HISTORY_NOT_CONFIGURED, Verdict.INFO, "key", FuneralParameters.WITHDRAWAL_HISTORY_MONTHS.name());
            return null;
        }
        // a look-back window (the months of history before the death a bank shows), not a period for a
        // party's act: counted back by the calendar, without the holiday rule of 民法典 Art. 203
        LocalDate from = r.dateOfDeath().minusMonths(months);
        ctx.record(HISTORY, Verdict.INFO, "months", months, "from", from);
        return from;
    }
}
