package org.minzheng.eldercare.services;

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
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.core.validation.Violation;
import org.minzheng.eldercare.EldercareCitations;
import org.minzheng.eldercare.EldercareParameters;
import org.minzheng.eldercare.assessment.AbilityLevel;
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
 * home by qualified institutions) but states no condition, so no rule cites it; the national basis
 * that leaves the conditions and package to the locality is 老年人权益保障法 Art. 37 (para. 1 home
 * services, para. 2 service subsidies), which every rule cites. The pack row that set a value a
 * finding compared with travels in the finding's sources.
 *
 * <p><strong>What a missing value blocks</strong> (docs/writing-a-program.md): the minimum level
 * and the situation switches decide who gets a bed, so they block (UNDETERMINED). The service hours
 * and the subsidy only measure the package of a bed already granted: each missing one leaves its
 * field ({@code serviceHoursPerMonth}, {@code subsidyPerMonth}) absent, named, with an INFO finding.
 */
public final class FamilyCareBedProgram extends AbstractProgram<OlderPerson, FamilyCareBedResult> {

    /** The program id. */
    public static final String ID = "family-care-bed";

    /** Art. 37 para. 1: the assessed level is at least as severe as the locality's minimum. */
    public static final Rule LEVEL = Rule.builder(
                    "family-care-bed.ability-level", EldercareCitations.ELDERLY_LAW_ART_37_HOME_SERVICES)
            .quote(EldercareCitations.ELDERLY_LAW_ART_37_HOME_SERVICES_TEXT)
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.UNDETERMINED)
            .reads(EldercareParameters.FAMILY_BED_MIN_LEVEL)
            .build();
    /** Art. 37 para. 1: the locality opens beds to one of the person's situations. */
    public static final Rule SITUATION = Rule.builder(
                    "family-care-bed.situation", EldercareCitations.ELDERLY_LAW_ART_37_HOME_SERVICES)
            .quote(EldercareCitations.ELDERLY_LAW_ART_37_HOME_SERVICES_TEXT)
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.UNDETERMINED)
            .reads(List.copyOf(EldercareParameters.FAMILY_BED_SITUATION_ELIGIBLE.values()))
            .build();
    /** Art. 37 para. 2: the service package of a bed granted. */
    public static final Rule PACKAGE = Rule.builder(
                    "family-care-bed.service-package", EldercareCitations.ELDERLY_LAW_ART_37_SUBSIDY)
            .quote(EldercareCitations.ELDERLY_LAW_ART_37_SUBSIDY_TEXT)
            .verdicts(Verdict.INFO)
            .reads(EldercareParameters.FAMILY_BED_SERVICE_HOURS, EldercareParameters.FAMILY_BED_SUBSIDY)
            .build();
    /** Art. 37 para. 2 (information): part of the service package of a bed granted is not configured. */
    public static final Rule PACKAGE_NOT_CONFIGURED = Rule.builder(
                    "family-care-bed.service-package-not-configured", EldercareCitations.ELDERLY_LAW_ART_37_SUBSIDY)
            .quote(EldercareCitations.ELDERLY_LAW_ART_37_SUBSIDY_TEXT)
            .verdicts(Verdict.INFO)
            .reads(EldercareParameters.FAMILY_BED_SERVICE_HOURS, EldercareParameters.FAMILY_BED_SUBSIDY)
            .build();

    /** Creates the program. */
    public FamilyCareBedProgram() {
        super(
                ID,
                new LocalizedText("家庭养老床位", "Family eldercare bed"),
                OlderPerson.class,
                FamilyCareBedResult.class,
                "org.minzheng.eldercare.messages",
                List.of(
                        ServiceRules.OLDER_PERSON,
                        ServiceRules.ASSESSED,
                        LEVEL,
                        SITUATION,
                        PACKAGE,
                        PACKAGE_NOT_CONFIGURED));
    }

    @Override
    protected void checkFacts(OlderPerson facts, PolicySnapshot snapshot, List<Violation> violations) {
        PersonChecks.check(facts, snapshot.date(), "facts", violations);
    }

    @Override
    public Decision<FamilyCareBedResult> evaluate(OlderPerson p, PolicySnapshot snapshot) {
        RuleContext ctx = start(snapshot);
        int age = p.ageOn(snapshot.date());
        AbilityLevel level = p.abilityLevel().orElse(null);
        if (!ServiceRules.olderPerson(ctx, p, snapshot.date()) || abilityLevel(ctx, p) == Verdict.NOT_MET) {
            return ctx.decide(new FamilyCareBedResult(age, level, null, null, null));
        }
        Situation situation = situation(ctx, p);
        Integer hours = null;
        Money subsidy = null;
        if (ctx.outcome() == Outcome.ELIGIBLE) {
            // the package measures a bed already granted: read only once every condition is met
            hours = ctx.detail(EldercareParameters.FAMILY_BED_SERVICE_HOURS, "serviceHoursPerMonth");
            subsidy = ctx.detail(EldercareParameters.FAMILY_BED_SUBSIDY, "subsidyPerMonth");
            servicePackage(ctx, hours, subsidy);
        }
        return ctx.decide(new FamilyCareBedResult(age, level, situation, hours, subsidy));
    }

    /**
     * The assessed level is at least as severe as the locality's minimum.
     *
     * @return the verdict: NOT_MET also when the person has no assessment
     */
    private static Verdict abilityLevel(RuleContext ctx, OlderPerson p) {
        Optional<AbilityLevel> assessed = ServiceRules.assessedLevel(ctx, p);
        if (assessed.isEmpty()) {
            return Verdict.NOT_MET;
        }
        AbilityLevel level = assessed.get();
        Integer min = ctx.param(EldercareParameters.FAMILY_BED_MIN_LEVEL);
        if (min == null) {
            return ctx.record(LEVEL, Verdict.UNDETERMINED, "level", level);
        }
        AbilityLevel minimum = AbilityLevel.ofNumber(min);
        return ctx.record(
                LEVEL,
                level.isAtLeast(minimum) ? Verdict.MET : Verdict.NOT_MET,
                "level",
                level,
                "minimumLevel",
                minimum);
    }

    /** The package of a bed granted, or which of its values are not configured. */
    private static void servicePackage(RuleContext ctx, Integer hours, Money subsidy) {
        if (hours != null && subsidy != null) {
            ctx.record(PACKAGE, Verdict.INFO, "hours", hours, "subsidy", subsidy);
            return;
        }
        List<String> keys = new ArrayList<>(2);
        if (hours == null) {
            keys.add(EldercareParameters.FAMILY_BED_SERVICE_HOURS.name());
        }
        if (subsidy == null) {
            keys.add(EldercareParameters.FAMILY_BED_SUBSIDY.name());
        }
        ctx.record(PACKAGE_NOT_CONFIGURED, Verdict.INFO, "keys", keys);
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
            if (ctx.isConfigured(key) && Boolean.TRUE.equals(ctx.param(key))) {
                ctx.record(SITUATION, Verdict.MET, "situation", s);
                return s;
            }
        }
        boolean unknown = false;
        for (Situation s : situations) {
            unknown |= ctx.param(EldercareParameters.FAMILY_BED_SITUATION_ELIGIBLE.get(s)) == null;
        }
        // not met: every switch of the person's situations is configured closed
        ctx.record(SITUATION, unknown ? Verdict.UNDETERMINED : Verdict.NOT_MET, "situations", situations);
        return null;
    }

    static List<Situation> situations(OlderPerson p) {
        List<Situation> list = new ArrayList<>(3);
        p.assistance().flatMap(FamilyCareBedProgram::situationOf).ifPresent(list::add);
        if (p.livesAlone()) {
            list.add(Situation.LIVING_ALONE);
        }
        list.add(Situation.ANY_OLDER_PERSON);
        return list;
    }

    private static Optional<Situation> situationOf(AssistanceStatus a) {
        return Optional.ofNullable(
                switch (a) {
                    case EXTREME_POVERTY -> Situation.EXTREME_POVERTY;
                    case DIBAO -> Situation.DIBAO;
                    case LOW_INCOME_EDGE -> Situation.LOW_INCOME_EDGE;
                    // a rigid-expenditure household is not one of the bed programme's situations
                    case RIGID_EXPENDITURE -> null;
                });
    }
}
