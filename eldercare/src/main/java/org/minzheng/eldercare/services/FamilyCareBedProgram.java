package org.minzheng.eldercare.services;

import static org.minzheng.eldercare.EldercareCitations.HUZHOU_FAMILY_BEDS;

import java.util.ArrayList;
import java.util.List;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.core.validation.Violation;
import org.minzheng.eldercare.EldercareCitations;
import org.minzheng.eldercare.EldercareParameters;
import org.minzheng.eldercare.assessment.AbilityLevel;
import org.minzheng.core.person.AssistanceStatus;
import org.minzheng.eldercare.person.OlderPerson;
import org.minzheng.eldercare.person.PersonChecks;
import org.minzheng.eldercare.person.Situation;

/**
 * {@code family-care-bed} — 家庭养老床位 (family eldercare beds): professional care brought into
 * the older person's home by a qualified eldercare institution (Huzhou 2024 report: 1763 beds
 * after the first year of the pilot).
 *
 * <p>Conditions: an older person (老年人权益保障法 Art. 2) with a GB/T 42195-2022 level at least
 * as severe as {@code family-care-bed.min-ability-level}, in a situation the locality opens beds
 * to ({@code family-care-bed.eligible.<situation>}: 特困, 低保, 低保边缘, living alone, or any
 * older person); the service package is {@code family-care-bed.service-hours-per-month} and
 * {@code family-care-bed.subsidy-per-month}. None of these was found for Zhejiang or Huzhou
 * (REFERENCE.md §6.3, NOT FOUND), so the official pack has none of them and every decision that
 * gets that far is UNDETERMINED, naming the keys. Conditions are checked in that order and the
 * first one not met ends the decision, so no parameter is read that the outcome does not need.
 */
public final class FamilyCareBedProgram extends AbstractProgram<OlderPerson, FamilyCareBedResult> {

    /** The program id. */
    public static final String ID = "family-care-bed";
    /** Rule: the ability level is severe enough. */
    public static final String LEVEL = "family-care-bed.ability-level";
    /** Rule: the person's situation opens a bed. */
    public static final String SITUATION = "family-care-bed.situation";
    /** Rule: the service package. */
    public static final String PACKAGE = "family-care-bed.service-package";

    /** Creates the program. */
    public FamilyCareBedProgram() {
        super(ID, new LocalizedText("家庭养老床位", "Family eldercare bed"),
                List.of(EldercareCitations.ELDERLY_LAW_ART_2, HUZHOU_FAMILY_BEDS, EldercareCitations.ABILITY_FINAL_LEVEL),
                keys(), OlderPerson.class, FamilyCareBedResult.class, "org.minzheng.eldercare.messages");
    }

    private static List<ParameterKey<?>> keys() {
        List<ParameterKey<?>> list = new ArrayList<>();
        list.add(EldercareParameters.FAMILY_BED_MIN_LEVEL);
        list.addAll(EldercareParameters.FAMILY_BED_SITUATION_ELIGIBLE.values());
        list.add(EldercareParameters.FAMILY_BED_SERVICE_HOURS);
        list.add(EldercareParameters.FAMILY_BED_SUBSIDY);
        return list;
    }

    @Override
    protected void checkFacts(OlderPerson facts, PolicySnapshot snapshot, List<Violation> violations) {
        PersonChecks.check(facts, snapshot.date(), "facts", violations);
    }

    @Override
    public Decision<FamilyCareBedResult> evaluate(OlderPerson p, PolicySnapshot snapshot) {
        RuleContext ctx = RuleContext.start(ID, snapshot);
        int age = p.ageOn(snapshot.date());
        if (!ServiceRules.olderPerson(ctx, p, snapshot.date())) {
            return ctx.decide(new FamilyCareBedResult(age, p.abilityLevel(), null, null, null));
        }
        abilityLevel(ctx, p);
        if (ServiceRules.anyNotMet(ctx)) {
            return ctx.decide(new FamilyCareBedResult(age, p.abilityLevel(), null, null, null));
        }
        Situation situation = situation(ctx, p);
        Integer hours = null;
        Money subsidy = null;
        if (!ServiceRules.anyNotMet(ctx)) {
            hours = ctx.param(EldercareParameters.FAMILY_BED_SERVICE_HOURS);
            subsidy = ctx.param(EldercareParameters.FAMILY_BED_SUBSIDY);
            if (hours == null || subsidy == null) {
                ctx.record(PACKAGE, Verdict.UNDETERMINED, HUZHOU_FAMILY_BEDS);
                hours = null;
                subsidy = null;
            } else {
                ctx.record(PACKAGE, Verdict.INFO, HUZHOU_FAMILY_BEDS, "hours", hours, "subsidy", subsidy);
            }
        }
        return ctx.decide(new FamilyCareBedResult(age, p.abilityLevel(), situation, hours, subsidy));
    }

    /** The assessed level is at least as severe as the locality's minimum. */
    private static void abilityLevel(RuleContext ctx, OlderPerson p) {
        AbilityLevel level = ServiceRules.assessedLevel(ctx, p);
        if (level == null) {
            return;
        }
        Integer min = ctx.param(EldercareParameters.FAMILY_BED_MIN_LEVEL);
        if (min == null) {
            ctx.record(LEVEL, Verdict.UNDETERMINED, HUZHOU_FAMILY_BEDS, "level", level);
            return;
        }
        AbilityLevel minimum = AbilityLevel.ofNumber(min);
        ctx.record(LEVEL, level.isAtLeast(minimum) ? Verdict.MET : Verdict.NOT_MET, HUZHOU_FAMILY_BEDS,
                "level", level, "minimumLevel", minimum);
    }

    /**
     * The person's situations, most specific first; the first one the locality opens beds to
     * qualifies. A situation whose switch is not configured does not block a later one that is
     * open (the open one is read alone, so the decision does not name keys it did not need).
     */
    private static Situation situation(RuleContext ctx, OlderPerson p) {
        List<Situation> situations = situations(p);
        for (Situation s : situations) {
            ParameterKey<Boolean> key = EldercareParameters.FAMILY_BED_SITUATION_ELIGIBLE.get(s);
            if (Boolean.TRUE.equals(peek(ctx, key)) && Boolean.TRUE.equals(ctx.param(key))) {
                ctx.record(SITUATION, Verdict.MET, HUZHOU_FAMILY_BEDS, "situation", s);
                return s;
            }
        }
        boolean unknown = false;
        for (Situation s : situations) {
            unknown |= ctx.param(EldercareParameters.FAMILY_BED_SITUATION_ELIGIBLE.get(s)) == null;
        }
        ctx.record(SITUATION, unknown ? Verdict.UNDETERMINED : Verdict.NOT_MET, HUZHOU_FAMILY_BEDS,
                "situations", situations);
        return null;
    }

    private static <T> T peek(RuleContext ctx, ParameterKey<T> key) {
        var v = ctx.snapshot().find(key);
        return v == null ? null : v.value();
    }

    static List<Situation> situations(OlderPerson p) {
        List<Situation> list = new ArrayList<>(3);
        AssistanceStatus a = p.assistance();
        if (a != null) {
            Situation s = switch (a) {
                case EXTREME_POVERTY -> Situation.EXTREME_POVERTY;
                case DIBAO -> Situation.DIBAO;
                case LOW_INCOME_EDGE -> Situation.LOW_INCOME_EDGE;
                // a rigid-expenditure household is not one of the bed programme's situations
                case RIGID_EXPENDITURE -> null;
            };
            if (s != null) {
                list.add(s);
            }
        }
        if (p.livesAlone()) {
            list.add(Situation.LIVING_ALONE);
        }
        list.add(Situation.ANY_OLDER_PERSON);
        return list;
    }
}
