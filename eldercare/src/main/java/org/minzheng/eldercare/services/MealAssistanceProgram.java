package org.minzheng.eldercare.services;

import static org.minzheng.eldercare.EldercareCitations.MEAL_PRIORITY_GROUPS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.person.AssistanceStatus;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.core.validation.Violation;
import org.minzheng.eldercare.EldercareParameters;
import org.minzheng.eldercare.assessment.AbilityLevel;
import org.minzheng.eldercare.person.AgeBand;
import org.minzheng.eldercare.person.OlderPerson;
import org.minzheng.eldercare.person.PersonChecks;
import org.minzheng.eldercare.person.PriorityGroup;

/**
 * {@code meal-assistance} — 老年助餐 subsidy for one older person's meals in a month, under
 * 《积极发展老年助餐服务行动方案》 (民发〔2023〕58号, MCA and ten other departments, 2023-10-23).
 *
 * <p>An older person (老年人权益保障法 Art. 2) receives a subsidy per meal set by their age band
 * ({@code meal-assistance.subsidy-per-meal.age-*}) and by each priority group of 民发〔2023〕58号
 * they belong to ({@code meal-assistance.subsidy-per-meal.priority.*}: 特困, 低保 and edge-family
 * members; living alone, empty-nest, left-behind, disabled or functionally impaired, families that
 * lost their only child; "very old" is covered by the age bands). Several applicable rates combine
 * by {@code meal-assistance.rate-combination} (HIGHEST or SUM). The month's subsidy is the rate
 * times the meals, at most {@code meal-assistance.monthly-cap}; exact, no division.
 *
 * <p>The Zhejiang and Huzhou amounts were not found (REFERENCE.md §6.3): all rates, the combination
 * and the cap are absent from the official pack, so a decision is UNDETERMINED naming them. A
 * person with a zero rate receives nothing (INELIGIBLE).
 *
 * <p><strong>What a missing value blocks</strong> (docs/writing-a-program.md): the per-meal rates
 * block — whether the person receives anything is whether a rate is positive, and 民发〔2023〕58号
 * sets none. The combination of several rates blocks only when it could matter: rates are never
 * negative, so if one is positive the combined rate is positive either way (ELIGIBLE, with
 * {@code ratePerMeal} and {@code monthlyAmount} absent and the key named), and if all are zero it is
 * zero either way (it is not read). The monthly cap only measures the month's amount: missing, it
 * leaves {@code monthlyCap} and {@code monthlyAmount} absent, named, with an INFO finding. Every
 * rule cites 民发〔2023〕58号's priority groups; the pack row that set a rate, the combination or
 * the cap a finding used travels in the finding's sources.
 */
public final class MealAssistanceProgram extends AbstractProgram<MealAssistanceClaim, MealAssistanceResult> {

    private static final String CAPPED = "meal-assistance.counterfactual.capped";

    /** The program id. */
    public static final String ID = "meal-assistance";

    /** The priority groups of 民发〔2023〕58号 the person belongs to. */
    public static final Rule GROUPS = Rule.builder("meal-assistance.priority-groups", MEAL_PRIORITY_GROUPS)
            .verdicts(Verdict.INFO)
            .build();
    /** The rate per meal of the person's age band. */
    public static final Rule AGE_RATE = Rule.builder("meal-assistance.age-band-rate", MEAL_PRIORITY_GROUPS)
            .verdicts(Verdict.INFO, Verdict.UNDETERMINED)
            .reads(List.copyOf(EldercareParameters.MEAL_SUBSIDY_BY_AGE.values()))
            .build();
    /** The rate per meal of a priority group (one finding per group). */
    public static final Rule GROUP_RATE = Rule.builder("meal-assistance.priority-rate", MEAL_PRIORITY_GROUPS)
            .verdicts(Verdict.INFO, Verdict.UNDETERMINED)
            .reads(List.copyOf(EldercareParameters.MEAL_SUBSIDY_BY_GROUP.values()))
            .build();
    /** How several applicable rates combine (NOT FOUND in 民发〔2023〕58号: the locality's). */
    public static final Rule COMBINATION = Rule.builder("meal-assistance.rate-combination", MEAL_PRIORITY_GROUPS)
            .verdicts(Verdict.INFO)
            .reads(EldercareParameters.MEAL_RATE_COMBINATION)
            .build();
    /** (Information) several positive rates apply and how they combine is not configured. */
    public static final Rule COMBINATION_NOT_CONFIGURED = Rule.builder(
                    "meal-assistance.rate-combination-not-configured", MEAL_PRIORITY_GROUPS)
            .verdicts(Verdict.INFO)
            .reads(EldercareParameters.MEAL_RATE_COMBINATION)
            .build();
    /** A positive subsidy per meal applies. */
    public static final Rule APPLIES = Rule.builder("meal-assistance.subsidy-applies", MEAL_PRIORITY_GROUPS)
            .verdicts(Verdict.MET, Verdict.NOT_MET)
            .build();
    /** The month's amount: rate × meals, at most the monthly cap. */
    public static final Rule AMOUNT = Rule.builder("meal-assistance.monthly-amount", MEAL_PRIORITY_GROUPS)
            .verdicts(Verdict.INFO)
            .reads(EldercareParameters.MEAL_MONTHLY_CAP)
            .notes(CAPPED)
            .build();
    /** (Information) the monthly cap is not configured. */
    public static final Rule AMOUNT_NOT_CONFIGURED = Rule.builder(
                    "meal-assistance.monthly-amount-not-configured", MEAL_PRIORITY_GROUPS)
            .verdicts(Verdict.INFO)
            .reads(EldercareParameters.MEAL_MONTHLY_CAP)
            .build();

    /** Creates the program. */
    public MealAssistanceProgram() {
        super(
                ID,
                new LocalizedText("老年助餐补贴", "Meal assistance for older people"),
                MealAssistanceClaim.class,
                MealAssistanceResult.class,
                "org.minzheng.eldercare.messages",
                List.of(
                        ServiceRules.OLDER_PERSON,
                        GROUPS,
                        AGE_RATE,
                        GROUP_RATE,
                        COMBINATION,
                        COMBINATION_NOT_CONFIGURED,
                        APPLIES,
                        AMOUNT,
                        AMOUNT_NOT_CONFIGURED));
    }

    @Override
    protected void checkFacts(MealAssistanceClaim facts, PolicySnapshot snapshot, List<Violation> violations) {
        PersonChecks.check(facts.person(), snapshot.date(), "facts.person", violations);
    }

    @Override
    public Decision<MealAssistanceResult> evaluate(MealAssistanceClaim claim, PolicySnapshot snapshot) {
        RuleContext ctx = start(snapshot);
        OlderPerson p = claim.person();
        int age = p.ageOn(snapshot.date());
        AgeBand band = AgeBand.of(age).orElse(null);
        List<PriorityGroup> groups = priorityGroups(p);
        if (!ServiceRules.olderPerson(ctx, p, snapshot.date())) {
            return ctx.decide(new MealAssistanceResult(age, band, groups, null, claim.meals(), null, null));
        }
        ctx.record(GROUPS, Verdict.INFO, "groups", groups);
        Money rate = rate(ctx, band, groups);
        if (rate == null) {
            if (!ctx.anyBlockingMissing()) {
                // some rate is positive and only their combination is missing: a subsidy applies (the
                // combination finding says so), the rate and the month's amount are absent
                ctx.detail(EldercareParameters.MEAL_RATE_COMBINATION, "monthlyAmount");
            }
            return ctx.decide(new MealAssistanceResult(age, band, groups, null, claim.meals(), null, null));
        }
        if (!rate.isPositive()) {
            ctx.record(APPLIES, Verdict.NOT_MET, "ratePerMeal", rate);
            return ctx.decide(new MealAssistanceResult(age, band, groups, rate, claim.meals(), null, Money.ZERO));
        }
        ctx.record(APPLIES, Verdict.MET, "ratePerMeal", rate);
        Money uncapped = rate.times(claim.meals());
        if (claim.meals() == 0) {
            ctx.record(AMOUNT, Verdict.INFO, "amount", Money.ZERO, "meals", 0, "ratePerMeal", rate);
            return ctx.decide(new MealAssistanceResult(age, band, groups, rate, 0, null, Money.ZERO));
        }
        Money cap = ctx.detail(EldercareParameters.MEAL_MONTHLY_CAP, "monthlyCap");
        if (cap == null) {
            ctx.detail(EldercareParameters.MEAL_MONTHLY_CAP, "monthlyAmount");
            ctx.record(
                    AMOUNT_NOT_CONFIGURED,
                    Verdict.INFO,
                    "meals",
                    claim.meals(),
                    "ratePerMeal",
                    rate,
                    "uncapped",
                    uncapped,
                    "key",
                    EldercareParameters.MEAL_MONTHLY_CAP.name());
            return ctx.decide(new MealAssistanceResult(age, band, groups, rate, claim.meals(), null, null));
        }
        Money amount = Money.min(uncapped, cap);
        ctx.record(
                AMOUNT,
                Verdict.INFO,
                "amount",
                amount,
                "meals",
                claim.meals(),
                "ratePerMeal",
                rate,
                "uncapped",
                uncapped,
                "cap",
                cap);
        if (uncapped.isGreaterThan(cap)) {
            ctx.counterfactual(CAPPED, "cut", uncapped.minus(cap), "cap", cap);
        }
        return ctx.decide(new MealAssistanceResult(age, band, groups, rate, claim.meals(), cap, amount));
    }

    /** The priority groups of 民发〔2023〕58号 that the person belongs to, in the plan's order. */
    static List<PriorityGroup> priorityGroups(OlderPerson p) {
        List<PriorityGroup> list = new ArrayList<>();
        p.assistance().flatMap(MealAssistanceProgram::groupOf).ifPresent(list::add);
        if (p.livesAlone()) {
            list.add(PriorityGroup.LIVING_ALONE);
        }
        if (p.emptyNest()) {
            list.add(PriorityGroup.EMPTY_NEST);
        }
        if (p.leftBehind()) {
            list.add(PriorityGroup.LEFT_BEHIND);
        }
        if (p.disabled() || ServiceRules.levelAtLeast(p, AbilityLevel.MILD)) {
            list.add(PriorityGroup.DISABLED);
        }
        if (p.lostOnlyChild()) {
            list.add(PriorityGroup.LOST_ONLY_CHILD);
        }
        return list;
    }

    private static Optional<PriorityGroup> groupOf(AssistanceStatus a) {
        return Optional.ofNullable(
                switch (a) {
                    case EXTREME_POVERTY -> PriorityGroup.EXTREME_POVERTY;
                    case DIBAO -> PriorityGroup.DIBAO;
                    case LOW_INCOME_EDGE -> PriorityGroup.LOW_INCOME_EDGE;
                    // 民发〔2023〕58号 names 低保, 特困 and 边缘 only
                    case RIGID_EXPENDITURE -> null;
                });
    }

    /** The per-meal rate: the age band's and each group's, combined; null if any is not configured. */
    private static Money rate(RuleContext ctx, AgeBand band, List<PriorityGroup> groups) {
        List<Money> rates = new ArrayList<>();
        boolean missing = false;
        Money ageRate = ctx.param(EldercareParameters.MEAL_SUBSIDY_BY_AGE.get(band));
        if (ageRate == null) {
            ctx.record(AGE_RATE, Verdict.UNDETERMINED, "band", band);
            missing = true;
        } else {
            ctx.record(AGE_RATE, Verdict.INFO, "band", band, "rate", ageRate);
            rates.add(ageRate);
        }
        for (PriorityGroup g : groups) {
            Money r = ctx.param(EldercareParameters.MEAL_SUBSIDY_BY_GROUP.get(g));
            if (r == null) {
                ctx.record(GROUP_RATE, Verdict.UNDETERMINED, "group", g);
                missing = true;
            } else {
                ctx.record(GROUP_RATE, Verdict.INFO, "group", g, "rate", r);
                rates.add(r);
            }
        }
        if (missing) {
            return null;
        }
        if (rates.size() == 1) {
            return rates.get(0);
        }
        boolean anyPositive = false;
        for (Money r : rates) {
            anyPositive |= r.isPositive();
        }
        if (!anyPositive) {
            // HIGHEST and SUM of zero rates are both zero: the combination cannot matter
            return Money.ZERO;
        }
        RateCombination combination = ctx.detail(EldercareParameters.MEAL_RATE_COMBINATION, "ratePerMeal");
        if (combination == null) {
            ctx.record(
                    COMBINATION_NOT_CONFIGURED,
                    Verdict.INFO,
                    "rates",
                    rates,
                    "key",
                    EldercareParameters.MEAL_RATE_COMBINATION.name());
            return null;
        }
        Money combined = combination.combine(rates);
        ctx.record(COMBINATION, Verdict.INFO, "combination", combination, "rates", rates, "rate", combined);
        return combined;
    }
}
