package org.minzheng.eligibility.temporary;

import static org.minzheng.eligibility.EligibilityCitations.REFORM_ITEM_15;
import static org.minzheng.eligibility.EligibilityCitations.SA_ART_47;
import static org.minzheng.eligibility.EligibilityCitations.SA_ART_48;
import static org.minzheng.eligibility.EligibilityCitations.SA_ART_49;
import static org.minzheng.eligibility.EligibilityCitations.TEMPORARY_2014_SYSTEM;
import static org.minzheng.eligibility.EligibilityParameters.TA_MAX_MONTHS;
import static org.minzheng.eligibility.EligibilityParameters.TA_MIN_MONTHS;
import static org.minzheng.eligibility.EligibilityParameters.TA_NON_DIBAO_COVERED;
import static org.minzheng.eligibility.EligibilityParameters.TA_SMALL_AMOUNT;

import java.util.ArrayList;
import java.util.List;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.core.validation.Violation;
import org.minzheng.eligibility.EligibilityParameters;
import org.minzheng.eligibility.EligibilityCitations;
import org.minzheng.core.person.AssistanceStatus;

/**
 * {@code temporary-assistance} — 临时救助 (temporary assistance).
 *
 * <p>社会救助暂行办法 Art. 47 gives temporary assistance to households whose basic living becomes
 * temporarily seriously hard through an accident such as a fire or a traffic accident, or a
 * member's sudden serious illness (emergency type, 急难型); to dibao households whose necessary
 * expenditure rises suddenly beyond what they can bear (expenditure type, 支出型); and to
 * households meeting other special hardship. The 2020 reform opinion (二（四）15) names the two
 * types, lets emergencies be helped first with small amounts and explained afterwards
 * (小金额先行救助), and sends exceptional cases to the county coordination mechanism for a
 * case-by-case decision (一事一议). 国发〔2014〕47号 and 民发〔2018〕23号 built the system; their texts
 * were not in the project library, so rules are cited to the two texts that were.
 *
 * <p>The standards are local (Art. 49). Following the common local pattern (REFERENCE.md §4), the
 * amount is {@code dibao standard × persons × months}, the months being the assessed months of
 * hardship held within a regional range {@code [temporary-assistance.months.min, .max]}. A
 * hardship longer than the range allows, or a township referral, goes to 一事一议: NEEDS_REVIEW,
 * with the capped amount shown (the county may grant more). Expenditure-type help for households
 * not on dibao depends on {@code temporary-assistance.expenditure.non-dibao-covered}.
 *
 * <p><b>Decide what can be decided.</b> The conditions are the cause and the serious hardship (Art.
 * 47) and, for expenditure-type help outside dibao, the local coverage flag — these block. The dibao
 * standard and the least number of months only measure the amount, and the small-amount threshold
 * only says who approves (Art. 48, procedural): they are read as details, so when one is missing the
 * decision keeps its outcome with {@code amount} / {@code monthsGranted} / {@code approvalRoute}
 * absent and the keys named (findings {@code temporary-assistance.amount.not-configured},
 * {@code temporary-assistance.approval-route.not-configured}, INFO). The largest number of months
 * is different: a hardship longer than it goes to 一事一议 (NEEDS_REVIEW), so without it the outcome
 * cannot be told from ELIGIBLE and the decision is UNDETERMINED — except when a township referral
 * sends the case to 一事一议 anyway, where it is a detail too. None of the regional values was found
 * for Huzhou.
 */
public final class TemporaryAssistanceProgram extends AbstractProgram<TemporaryAssistanceFacts, TemporaryAssistanceResult> {

    /** The program id. */
    public static final String ID = "temporary-assistance";
    /** Rule: the cause is one Art. 47 names. */
    public static final String CAUSE = "temporary-assistance.cause";
    /** Rule: basic living temporarily seriously hard. */
    public static final String SERIOUS_HARDSHIP = "temporary-assistance.serious-hardship";
    /** Rule: the household is covered by expenditure-type assistance. */
    public static final String COVERAGE = "temporary-assistance.expenditure-coverage";
    /** Rule: the amount. */
    public static final String AMOUNT = "temporary-assistance.amount";
    /** Rule: case-by-case decision (一事一议). */
    public static final String CASE_BY_CASE = "temporary-assistance.case-by-case";
    /** Rule: the approval route (procedural, see the class notes). */
    public static final String APPROVAL = "temporary-assistance.approval-route";
    /** Rule: the amount cannot be given (a detail: the outcome does not wait for it). */
    public static final String AMOUNT_MISSING = "temporary-assistance.amount.not-configured";
    /** Rule: the approval route cannot be given (a detail: the outcome does not wait for it). */
    public static final String APPROVAL_MISSING = "temporary-assistance.approval-route.not-configured";

    /** Creates the program (ServiceLoader needs a public no-argument constructor). */
    public TemporaryAssistanceProgram() {
        super(ID, new LocalizedText("临时救助", "Temporary assistance"),
                List.of(SA_ART_47, SA_ART_48, SA_ART_49, REFORM_ITEM_15, TEMPORARY_2014_SYSTEM,
                        Citation.of(EligibilityCitations.TEMPORARY_2018, null)),
                List.of(EligibilityParameters.DIBAO_STANDARD, TA_MIN_MONTHS, TA_MAX_MONTHS, TA_SMALL_AMOUNT,
                        TA_NON_DIBAO_COVERED),
                TemporaryAssistanceFacts.class, TemporaryAssistanceResult.class, "org.minzheng.eligibility.messages");
    }

    @Override
    protected void checkFacts(TemporaryAssistanceFacts f, PolicySnapshot snapshot, List<Violation> violations) {
        if (f.eventDate().isAfter(snapshot.date())) {
            violations.add(new Violation("facts.eventDate", "special.event-after-decision",
                    "事件日期晚于认定日期 " + snapshot.date(), "the event date is after the decision date " + snapshot.date()));
        }
    }

    @Override
    public Decision<TemporaryAssistanceResult> evaluate(TemporaryAssistanceFacts f, PolicySnapshot snapshot) {
        RuleContext ctx = RuleContext.start(ID, snapshot);
        AssistanceType type = f.event().type();
        cause(ctx, f, type);
        seriousHardship(ctx, f);
        if (type == AssistanceType.EXPENDITURE) {
            coverage(ctx, f);
        }
        // the standard and the least months only measure the amount (details); the largest months
        // decide whether the case goes to 一事一议 (NEEDS_REVIEW), unless a referral sends it there anyway
        Money standard = ctx.detail(EligibilityParameters.DIBAO_STANDARD, "amount");
        if (standard == null) {
            ctx.detail(EligibilityParameters.DIBAO_STANDARD, "standard");
        }
        Integer min = ctx.detail(TA_MIN_MONTHS, "monthsGranted");
        Integer max = f.caseByCaseReferral() ? ctx.detail(TA_MAX_MONTHS, "monthsGranted") : ctx.param(TA_MAX_MONTHS);
        Integer granted = null;
        Money amount = null;
        if (max == null && !f.caseByCaseReferral()) {
            ctx.record(AMOUNT, Verdict.UNDETERMINED, SA_ART_49, "persons", f.persons(), "monthsOfHardship",
                    f.monthsOfHardship());
        } else if (min == null || max == null || standard == null) {
            if (min == null || max == null) {
                ctx.detail(TA_MIN_MONTHS, "amount");
                ctx.detail(TA_MAX_MONTHS, "amount");
            }
            List<String> keys = new ArrayList<>(3);
            addMissing(keys, standard, EligibilityParameters.DIBAO_STANDARD.name());
            addMissing(keys, min, TA_MIN_MONTHS.name());
            addMissing(keys, max, TA_MAX_MONTHS.name());
            if (min != null && max != null) {
                granted = monthsGranted(f.monthsOfHardship(), min, max);
            }
            ctx.record(AMOUNT_MISSING, Verdict.INFO, SA_ART_49, "persons", f.persons(), "monthsOfHardship",
                    f.monthsOfHardship(), "keys", keys);
        } else {
            granted = monthsGranted(f.monthsOfHardship(), min, max);
            amount = amount(standard, f.persons(), granted);
            ctx.record(AMOUNT, Verdict.INFO, SA_ART_49, "amount", amount, "standard", standard, "persons", f.persons(),
                    "monthsGranted", granted, "minMonths", min, "maxMonths", max);
        }
        boolean caseByCase = caseByCase(ctx, f, max, granted);
        Outcome outcome = ctx.outcome();
        ApprovalRoute route = null;
        if (caseByCase && outcome == Outcome.NEEDS_REVIEW) {
            route = ApprovalRoute.CASE_BY_CASE;
        } else if (outcome == Outcome.ELIGIBLE && amount != null) {
            route = approvalRoute(ctx, f, amount);
        }
        return ctx.decide(outcome, new TemporaryAssistanceResult(type, f.persons(), f.monthsOfHardship(), granted, standard,
                amount, route, caseByCase));
    }

    private static void addMissing(List<String> keys, Object value, String key) {
        if (value == null) {
            keys.add(key);
        }
    }

    /**
     * The months granted: the months of hardship held within {@code [min, max]}.
     *
     * @param months the months of hardship assessed
     * @param min    the regional minimum
     * @param max    the regional maximum
     * @return the months granted
     */
    public static int monthsGranted(int months, int min, int max) {
        return Math.min(max, Math.max(min, months));
    }

    /**
     * The amount: standard × persons × months, exact.
     *
     * @param standard the monthly dibao standard
     * @param persons  the people assisted
     * @param months   the months granted
     * @return the amount
     */
    public static Money amount(Money standard, int persons, int months) {
        return standard.times(persons).times(months);
    }

    /** Art. 47: the causes it names; "other special hardship" needs a person's judgment. */
    private static void cause(RuleContext ctx, TemporaryAssistanceFacts f, AssistanceType type) {
        Verdict v = f.event() == TriggerEvent.OTHER_SPECIAL_HARDSHIP ? Verdict.NEEDS_REVIEW : Verdict.MET;
        ctx.record(CAUSE, v, SA_ART_47, "event", f.event(), "type", type, "ownShareOfCosts", f.ownShareOfCosts());
    }

    /** Art. 47: basic living temporarily seriously hard. */
    private static void seriousHardship(RuleContext ctx, TemporaryAssistanceFacts f) {
        ctx.record(SERIOUS_HARDSHIP, f.basicLivingSeriouslyAffected() ? Verdict.MET : Verdict.NOT_MET, SA_ART_47);
    }

    /** Art. 47: expenditure-type assistance for dibao households; others as the locality decides. */
    private static void coverage(RuleContext ctx, TemporaryAssistanceFacts f) {
        AssistanceStatus status = f.householdStatus();
        if (status == AssistanceStatus.DIBAO) {
            ctx.record(COVERAGE, Verdict.MET, SA_ART_47, "householdStatus", status);
            return;
        }
        Boolean covered = ctx.param(TA_NON_DIBAO_COVERED);
        // an empty list renders as "none" in explanations
        List<AssistanceStatus> shown = status == null ? List.of() : List.of(status);
        if (covered == null) {
            ctx.record(COVERAGE, Verdict.UNDETERMINED, TEMPORARY_2014_SYSTEM, "householdStatus", shown);
        } else {
            ctx.record(COVERAGE, covered ? Verdict.MET : Verdict.NOT_MET, ctx.snapshot().find(TA_NON_DIBAO_COVERED).citation(),
                    "householdStatus", shown);
        }
    }

    /** 2020 reform opinion 二（四）15: a need beyond the range, or a referral, goes to 一事一议. */
    private static boolean caseByCase(RuleContext ctx, TemporaryAssistanceFacts f, Integer max, Integer granted) {
        boolean beyond = max != null && f.monthsOfHardship() > max;
        if (!beyond && !f.caseByCaseReferral()) {
            return false;
        }
        if (max == null) {
            ctx.record(CASE_BY_CASE, Verdict.NEEDS_REVIEW, REFORM_ITEM_15, "monthsOfHardship", f.monthsOfHardship(),
                    "maxMonths", List.of(), "referral", f.caseByCaseReferral());
        } else {
            ctx.record(CASE_BY_CASE, Verdict.NEEDS_REVIEW, REFORM_ITEM_15, "monthsOfHardship", f.monthsOfHardship(),
                    "maxMonths", max, "referral", f.caseByCaseReferral());
            if (beyond) {
                ctx.counterfactual("temporary-assistance.counterfactual.beyond-range", "monthsGranted", granted,
                        "monthsOfHardship", f.monthsOfHardship());
            }
        }
        return true;
    }

    /** Art. 48: small amounts may be approved by the township (procedural, not part of the outcome). */
    private static ApprovalRoute approvalRoute(RuleContext ctx, TemporaryAssistanceFacts f, Money amount) {
        Money threshold = ctx.detail(TA_SMALL_AMOUNT, "approvalRoute");
        if (threshold == null) {
            ctx.record(APPROVAL_MISSING, Verdict.INFO, SA_ART_48, "amount", amount, "key", TA_SMALL_AMOUNT.name());
            return null;
        }
        ApprovalRoute route = amount.isGreaterThan(threshold) ? ApprovalRoute.COUNTY_APPROVAL
                : ApprovalRoute.SMALL_AMOUNT_FAST_TRACK;
        ctx.record(APPROVAL, Verdict.INFO, SA_ART_48, "route", route, "amount", amount, "threshold", threshold,
                "type", f.event().type());
        return route;
    }
}
