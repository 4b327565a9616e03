package org.minzheng.eldercare.services;

import java.util.List;
import java.util.Optional;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.core.validation.Violation;
import org.minzheng.eldercare.EldercareCitations;
import org.minzheng.eldercare.EldercareParameters;
import org.minzheng.eldercare.assessment.AbilityLevel;
import org.minzheng.eldercare.person.OlderPerson;
import org.minzheng.eldercare.person.PersonChecks;

/**
 * {@code moderate-disability-care} — 中度失能老年人照护支持: support for an older person
 * (老年人权益保障法 Art. 2) whose GB/T 42195-2022 level is 2 能力中度受损（中度失能） or worse.
 * Huzhou's 2024 report announces "加强中度失能老年人照护支持"; a 2025 national programme of a
 * consumption subsidy for people at moderate disability or worse was seen only as headlines
 * (REFERENCE.md §6.3, low). The level threshold is what the programme is (moderate or worse:
 * GB/T 42195-2022 C.5 levels 2–4); the amount ({@code moderate-disability-care.subsidy-per-month})
 * was not found and is absent from the official pack.
 *
 * <p><strong>What a missing value blocks</strong> (docs/writing-a-program.md): the level and the
 * amount. No text found grants this support to a person: the Huzhou report announces a policy
 * direction ("加强中度失能老年人照护支持", no condition, no amount, no form of support) and the 2025
 * national programme was seen only as headlines; 老年人权益保障法 Art. 37 para. 2 asks local
 * governments to give service subsidies "逐步" to older people in economic difficulty, not to every
 * moderately disabled person. So whether a region gives any support at all is known only from its
 * configured amount: a configured amount is both the locality's support and its measure (ELIGIBLE
 * with {@code subsidyPerMonth}, its pack row in the finding's sources), and a missing one leaves the decision
 * UNDETERMINED naming {@code moderate-disability-care.subsidy-per-month}. Reading ELIGIBLE without it
 * would grant, in every region, a support that only the Huzhou report mentions (the test of
 * docs/writing-a-program.md: a missing amount could change the outcome, because with no local
 * scheme there is nothing to be eligible for). A level better than 2 is INELIGIBLE whatever the
 * amount (the level is read first and settles it).
 */
public final class ModerateDisabilityCareProgram extends AbstractProgram<OlderPerson, ModerateDisabilityCareResult> {

    /** The program id. */
    public static final String ID = "moderate-disability-care";
    /** The least severe level that qualifies: 2 中度失能. */
    public static final AbilityLevel MINIMUM_LEVEL = AbilityLevel.MODERATE;

    /** GB/T 42195-2022 C.5: the final level is 2 中度失能 or worse. */
    public static final Rule LEVEL = Rule.builder(
                    "moderate-disability-care.level", EldercareCitations.ABILITY_FINAL_LEVEL)
            .verdicts(Verdict.MET, Verdict.NOT_MET)
            .build();
    /**
     * The support the region gives, under 老年人权益保障法 Art. 37 para. 2 (local governments give
     * eldercare service subsidies, step by step): a configured amount is what says the region gives
     * it. Huzhou's 2024 work report, which announces the support, is a report: it is no legal basis
     * and this rule does not cite it (a pack row may).
     */
    public static final Rule SUBSIDY = Rule.builder(
                    "moderate-disability-care.subsidy", EldercareCitations.ELDERLY_LAW_ART_37_SUBSIDY)
            .quote(EldercareCitations.ELDERLY_LAW_ART_37_SUBSIDY_TEXT)
            .verdicts(Verdict.INFO, Verdict.UNDETERMINED)
            .reads(EldercareParameters.MODERATE_DISABILITY_SUBSIDY)
            .build();

    /** Creates the program. */
    public ModerateDisabilityCareProgram() {
        super(
                ID,
                new LocalizedText("中度及以上失能老年人照护支持", "Care support for older people at moderate disability or worse"),
                OlderPerson.class,
                ModerateDisabilityCareResult.class,
                "org.minzheng.eldercare.messages",
                List.of(ServiceRules.OLDER_PERSON, ServiceRules.ASSESSED, LEVEL, SUBSIDY));
    }

    @Override
    protected void checkFacts(OlderPerson facts, PolicySnapshot snapshot, List<Violation> violations) {
        PersonChecks.check(facts, snapshot.date(), "facts", violations);
    }

    @Override
    public Decision<ModerateDisabilityCareResult> evaluate(OlderPerson p, PolicySnapshot snapshot) {
        RuleContext ctx = start(snapshot);
        int age = p.ageOn(snapshot.date());
        if (!ServiceRules.olderPerson(ctx, p, snapshot.date())) {
            return ctx.decide(
                    new ModerateDisabilityCareResult(age, p.abilityLevel().orElse(null), null));
        }
        Optional<AbilityLevel> assessed = ServiceRules.assessedLevel(ctx, p);
        if (assessed.isEmpty()) {
            return ctx.decide(new ModerateDisabilityCareResult(age, null, null));
        }
        AbilityLevel level = assessed.get();
        boolean met = level.isAtLeast(MINIMUM_LEVEL);
        ctx.record(LEVEL, met ? Verdict.MET : Verdict.NOT_MET, "level", level, "minimumLevel", MINIMUM_LEVEL);
        if (!met) {
            return ctx.decide(new ModerateDisabilityCareResult(age, level, null));
        }
        Money subsidy = ctx.param(EldercareParameters.MODERATE_DISABILITY_SUBSIDY);
        if (subsidy == null) {
            ctx.record(SUBSIDY, Verdict.UNDETERMINED, "key", EldercareParameters.MODERATE_DISABILITY_SUBSIDY.name());
        } else {
            ctx.record(SUBSIDY, Verdict.INFO, "subsidy", subsidy);
        }
        return ctx.decide(new ModerateDisabilityCareResult(age, level, subsidy));
    }
}
