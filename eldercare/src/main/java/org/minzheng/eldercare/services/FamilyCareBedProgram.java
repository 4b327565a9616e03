package org.minzheng.eldercare.services;

import static org.minzheng.eldercare.EldercareCitations.HUZHOU_FAMILY_BEDS;

import java.util.ArrayList;
import java.util.List;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
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
 * (REFERENCE.md §6.3, NOT FOUND), so the official pack has none of them. Conditions are checked in
 * that order and the first one not met ends the decision, so no parameter is read that the
 * outcome does not need.
 *
 * <p><strong>Citations.</strong> The Huzhou report describes the beds (professional care brought
 * home by qualified institutions) but states no condition; the national basis that leaves the
 * conditions and package to the locality is 老年人权益保障法 Art. 37 (para. 1 home services, para. 2
 * service subsidies). A finding that compares with a configured value cites the pack row that set
 * it; a finding whose value is missing cites Art. 37.
 *
 * <p><strong>What a missing value blocks</strong> (docs/writing-a-program.md): the minimum level
 * and the situation switches decide who gets a bed, so they block (UNDETERMINED). The service hours
 * and the subsidy only measure the package of a bed already granted: each missing one leaves its
 * field ({@code serviceHoursPerMonth}, {@code subsidyPerMonth}) absent, named, with an INFO finding.
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
    /** Rule (information): part of the service package is not configured. */
    public static final String PACKAGE_NOT_CONFIGURED = "family-care-bed.service-package-not-configured";

    /** Creates the program. */
    public FamilyCareBedProgram() {
        super(ID, new LocalizedText("家庭养老床位", "Family eldercare bed"),
                List.of(EldercareCitations.ELDERLY_LAW_ART_2, EldercareCitations.ELDERLY_LAW_ART_37_HOME_SERVICES,
                        EldercareCitations.ELDERLY_LAW_ART_37_SUBSIDY, HUZHOU_FAMILY_BEDS, EldercareCitations.ABILITY_FINAL_LEVEL),
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
        if (ctx.outcome() == Outcome.ELIGIBLE) {
            // the package measures a bed already granted: read only once every condition is met
            hours = ctx.detail(EldercareParameters.FAMILY_BED_SERVICE_HOURS, "serviceHoursPerMonth");
            subsidy = ctx.detail(EldercareParameters.FAMILY_BED_SUBSIDY, "subsidyPerMonth");
            if (hours == null || subsidy == null) {
                List<String> keys = new ArrayList<>(2);
                if (hours == null) {
                    keys.add(EldercareParameters.FAMILY_BED_SERVICE_HOURS.name());
                }
                if (subsidy == null) {
                    keys.add(EldercareParameters.FAMILY_BED_SUBSIDY.name());
                }
                ctx.record(PACKAGE_NOT_CONFIGURED, Verdict.INFO, EldercareCitations.ELDERLY_LAW_ART_37_SUBSIDY, "keys", keys);
            } else {
                ctx.record(PACKAGE, Verdict.INFO, EldercareCitations.valueOr(ctx, EldercareParameters.FAMILY_BED_SUBSIDY,
                        EldercareCitations.ELDERLY_LAW_ART_37_SUBSIDY), "hours", hours, "subsidy", subsidy);
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
            ctx.record(LEVEL, Verdict.UNDETERMINED, EldercareCitations.ELDERLY_LAW_ART_37_HOME_SERVICES, "level", level);
            return;
        }
        AbilityLevel minimum = AbilityLevel.ofNumber(min);
        ctx.record(LEVEL, level.isAtLeast(minimum) ? Verdict.MET : Verdict.NOT_MET,
                EldercareCitations.valueOr(ctx, EldercareParameters.FAMILY_BED_MIN_LEVEL, EldercareCitations.ELDERLY_LAW_ART_37_HOME_SERVICES),
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
                ctx.record(SITUATION, Verdict.MET, EldercareCitations.valueOr(ctx, key, EldercareCitations.ELDERLY_LAW_ART_37_HOME_SERVICES),
                        "situation", s);
                return s;
            }
        }
        boolean unknown = false;
        for (Situation s : situations) {
            unknown |= ctx.param(EldercareParameters.FAMILY_BED_SITUATION_ELIGIBLE.get(s)) == null;
        }
        // not met: every switch of the person's situations is configured closed; the most general one
        // (any older person) is always among them and its row is cited
        ctx.record(SITUATION, unknown ? Verdict.UNDETERMINED : Verdict.NOT_MET,
                unknown ? EldercareCitations.ELDERLY_LAW_ART_37_HOME_SERVICES
                        : EldercareCitations.valueOr(ctx, EldercareParameters.FAMILY_BED_SITUATION_ELIGIBLE.get(Situation.ANY_OLDER_PERSON),
                                EldercareCitations.ELDERLY_LAW_ART_37_HOME_SERVICES),
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
