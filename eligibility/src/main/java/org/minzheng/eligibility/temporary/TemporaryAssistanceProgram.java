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
import java.util.Optional;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.person.AssistanceStatus;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.core.validation.Checks;
import org.minzheng.core.validation.Violation;
import org.minzheng.eligibility.EligibilityParameters;

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
public final class TemporaryAssistanceProgram
        extends AbstractProgram<TemporaryAssistanceFacts, TemporaryAssistanceResult> {

    /** The program id. */
    public static final String ID = "temporary-assistance";

    private static final String ART_47 = "国家对因火灾、交通事故等意外事件，家庭成员突发重大疾病等原因，导致基本生活暂时出现严重困难的家庭，"
            + "或者因生活必需支出突然增加超出家庭承受能力，导致基本生活暂时出现严重困难的最低生活保障家庭，以及遭遇其他特殊困难的家庭，给予临时救助。";
    private static final String ART_48 = "申请临时救助的，应当向乡镇人民政府、街道办事处提出，经审核、公示后，由县级人民政府民政部门审批；"
            + "救助金额较小的，县级人民政府民政部门可以委托乡镇人民政府、街道办事处审批。情况紧急的，可以按照规定简化审批手续。";
    private static final String ART_49 = "临时救助的具体事项、标准，由县级以上地方人民政府确定、公布。";

    /** The cause is one Art. 47 names; "other special hardship" needs a person's judgment. */
    public static final Rule CAUSE = Rule.builder("temporary-assistance.cause", SA_ART_47)
            .quote(ART_47)
            .verdicts(Verdict.MET, Verdict.NEEDS_REVIEW)
            .build();
    /** Basic living temporarily seriously hard (Art. 47: 基本生活暂时出现严重困难). */
    public static final Rule SERIOUS_HARDSHIP = Rule.builder("temporary-assistance.serious-hardship", SA_ART_47)
            .quote(ART_47)
            .verdicts(Verdict.MET, Verdict.NOT_MET)
            .build();
    /**
     * Expenditure-type assistance covers the household: dibao households by Art. 47; others as the
     * locality decides (国发〔2014〕47号; the row that sets the flag travels in the finding's sources).
     */
    public static final Rule COVERAGE = Rule.builder("temporary-assistance.expenditure-coverage", SA_ART_47)
            .quote(ART_47)
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.UNDETERMINED)
            .reads(TA_NON_DIBAO_COVERED)
            .alsoCites(TEMPORARY_2014_SYSTEM)
            .build();
    /** The amount: dibao standard × persons × months within the regional range (Art. 49, standards set locally). */
    public static final Rule AMOUNT = Rule.builder("temporary-assistance.amount", SA_ART_49)
            .quote(ART_49)
            .verdicts(Verdict.UNDETERMINED, Verdict.INFO)
            .reads(EligibilityParameters.DIBAO_STANDARD, TA_MIN_MONTHS, TA_MAX_MONTHS)
            .build();
    /** The amount cannot be given (a detail: the outcome does not wait for it). */
    public static final Rule AMOUNT_MISSING = Rule.builder("temporary-assistance.amount.not-configured", SA_ART_49)
            .quote(ART_49)
            .verdicts(Verdict.INFO)
            .reads(EligibilityParameters.DIBAO_STANDARD, TA_MIN_MONTHS, TA_MAX_MONTHS)
            .build();
    /** Case-by-case decision by the county (一事一议, 2020 reform opinion 二（四）15). */
    public static final Rule CASE_BY_CASE = Rule.builder("temporary-assistance.case-by-case", REFORM_ITEM_15)
            .verdicts(Verdict.NEEDS_REVIEW)
            .reads(TA_MAX_MONTHS)
            .notes("temporary-assistance.counterfactual.beyond-range")
            .build();
    /**
     * The approval route (Art. 48; procedural): the county department approves; for a small amount it
     * may entrust the township government or street office (可以委托), which is not a power of the
     * township's own.
     */
    public static final Rule APPROVAL = Rule.builder("temporary-assistance.approval-route", SA_ART_48)
            .quote(ART_48)
            .verdicts(Verdict.INFO)
            .reads(TA_SMALL_AMOUNT)
            .build();
    /** The approval route cannot be given (a detail: the outcome does not wait for it). */
    public static final Rule APPROVAL_MISSING = Rule.builder(
                    "temporary-assistance.approval-route.not-configured", SA_ART_48)
            .quote(ART_48)
            .verdicts(Verdict.INFO)
            .reads(TA_SMALL_AMOUNT)
            .build();

    /** Creates the program (ServiceLoader needs a public no-argument constructor). */
    public TemporaryAssistanceProgram() {
        super(
                ID,
                new LocalizedText("临时救助", "Temporary assistance"),
                TemporaryAssistanceFacts.class,
                TemporaryAssistanceResult.class,
                "org.minzheng.eligibility.messages",
                List.of(
                        CAUSE,
                        SERIOUS_HARDSHIP,
                        COVERAGE,
                        AMOUNT,
                        AMOUNT_MISSING,
                        CASE_BY_CASE,
                        APPROVAL,
                        APPROVAL_MISSING));
    }

    @Override
    protected void checkFacts(TemporaryAssistanceFacts f, PolicySnapshot snapshot, List<Violation> violations) {
        Checks.notAfterDecisionDate("facts.eventDate", f.eventDate(), snapshot.date(), violations);
    }

    @Override
    public Decision<TemporaryAssistanceResult> evaluate(TemporaryAssistanceFacts f, PolicySnapshot snapshot) {
        RuleContext ctx = start(snapshot);
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
            ctx.record(AMOUNT, Verdict.UNDETERMINED, "persons", f.persons(), "monthsOfHardship", f.monthsOfHardship());
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
            ctx.record(
                    AMOUNT_MISSING,
                    Verdict.INFO,
                    "persons",
                    f.persons(),
                    "monthsOfHardship",
                    f.monthsOfHardship(),
                    "keys",
                    keys);
        } else {
            granted = monthsGranted(f.monthsOfHardship(), min, max);
            amount = amount(standard, f.persons(), granted);
            ctx.record(
                    AMOUNT,
                    Verdict.INFO,
                    "amount",
                    amount,
                    "standard",
                    standard,
                    "persons",
                    f.persons(),
                    "monthsGranted",
                    granted,
                    "minMonths",
                    min,
                    "maxMonths",
                    max);
        }
        boolean caseByCase = caseByCase(ctx, f, max, granted);
        Outcome outcome = ctx.outcome();
        ApprovalRoute route = null;
        if (caseByCase && outcome == Outcome.NEEDS_REVIEW) {
            route = ApprovalRoute.CASE_BY_CASE;
        } else if (outcome == Outcome.ELIGIBLE && amount != null) {
            route = approvalRoute(ctx, f, amount);
        }
        return ctx.decide(
                outcome,
                new TemporaryAssistanceResult(
                        type,
                        f.persons(),
                        f.monthsOfHardship(),
                        granted,
                        standard,
                        // the amount finding measures the grant; the result states it only once a grant is
                        // decided or goes to review, never for a refusal or an undetermined case
                        outcome == Outcome.ELIGIBLE || outcome == Outcome.NEEDS_REVIEW
                                ? Optional.ofNullable(amount)
                                : Optional.empty(),
                        route,
                        caseByCase));
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
        ctx.record(CAUSE, v, "event", f.event(), "type", type, "ownShareOfCosts", f.ownShareOfCosts());
    }

    /** Art. 47: basic living temporarily seriously hard. */
    private static void seriousHardship(RuleContext ctx, TemporaryAssistanceFacts f) {
        ctx.record(SERIOUS_HARDSHIP, f.basicLivingSeriouslyAffected() ? Verdict.MET : Verdict.NOT_MET);
    }

    /** Art. 47: expenditure-type assistance for dibao households; others as the locality decides. */
    private static void coverage(RuleContext ctx, TemporaryAssistanceFacts f) {
        Optional<AssistanceStatus> status = f.householdStatus();
        if (status.filter(st -> st == AssistanceStatus.DIBAO).isPresent()) {
            ctx.record(COVERAGE, Verdict.MET, "householdStatus", status.get());
            return;
        }
        Boolean covered = ctx.param(TA_NON_DIBAO_COVERED);
        Verdict v = covered == null ? Verdict.UNDETERMINED : covered ? Verdict.MET : Verdict.NOT_MET;
        // an empty list renders as "none" in explanations
        ctx.recordCiting(
                COVERAGE,
                v,
                TEMPORARY_2014_SYSTEM,
                "householdStatus",
                status.map(List::of).orElse(List.of()));
    }

    /** 2020 reform opinion 二（四）15: a need beyond the range, or a referral, goes to 一事一议. */
    private static boolean caseByCase(RuleContext ctx, TemporaryAssistanceFacts f, Integer max, Integer granted) {
        boolean beyond = max != null && f.monthsOfHardship() > max;
        if (!beyond && !f.caseByCaseReferral()) {
            return false;
        }
        if (max == null) {
            ctx.record(
                    CASE_BY_CASE,
                    Verdict.NEEDS_REVIEW,
                    "monthsOfHardship",
                    f.monthsOfHardship(),
                    "maxMonths",
                    List.of(),
                    "referral",
                    f.caseByCaseReferral());
        } else {
            ctx.record(
                    CASE_BY_CASE,
                    Verdict.NEEDS_REVIEW,
                    "monthsOfHardship",
                    f.monthsOfHardship(),
                    "maxMonths",
                    max,
                    "referral",
                    f.caseByCaseReferral());
            if (beyond) {
                ctx.counterfactual(
                        "temporary-assistance.counterfactual.beyond-range",
                        "monthsGranted",
                        granted,
                        "monthsOfHardship",
                        f.monthsOfHardship());
            }
        }
        return true;
    }

    /** Art. 48: small amounts may be approved by the township (procedural, not part of the outcome). */
    private static ApprovalRoute approvalRoute(RuleContext ctx, TemporaryAssistanceFacts f, Money amount) {
        Money threshold = ctx.detail(TA_SMALL_AMOUNT, "approvalRoute");
        if (threshold == null) {
            ctx.record(APPROVAL_MISSING, Verdict.INFO, "amount", amount, "key", TA_SMALL_AMOUNT.name());
            return null;
        }
        ApprovalRoute route =
                amount.isGreaterThan(threshold) ? ApprovalRoute.COUNTY_APPROVAL : ApprovalRoute.SMALL_AMOUNT_FAST_TRACK;
        ctx.record(
                APPROVAL,
                Verdict.INFO,
                "route",
                route,
                "amount",
                amount,
                "threshold",
                threshold,
                "type",
                f.event().type());
        return route;
    }
}
