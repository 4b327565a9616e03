package org.minzheng.eldercare.services;

import static org.minzheng.eldercare.EldercareCitations.HUZHOU_MODERATE_DISABILITY;

import java.util.List;
import org.minzheng.core.decision.Decision;
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
 * with {@code subsidyPerMonth}, cited by its pack row), and a missing one leaves the decision
 * UNDETERMINED naming {@code moderate-disability-care.subsidy-per-month}. Reading ELIGIBLE without it
 * would grant, in every region, a support that only the Huzhou report mentions (the test of
 * docs/writing-a-program.md: a missing amount could change the outcome, because with no local
 * scheme there is nothing to be eligible for). A level better than 2 is INELIGIBLE whatever the
 * amount (the level is read first and settles it).
 */
public final class ModerateDisabilityCareProgram extends AbstractProgram<OlderPerson, ModerateDisabilityCareResult> {

    /** The program id. */
    public static final String ID = "moderate-disability-care";
    /** Rule: level 2 or worse. */
    public static final String LEVEL = "moderate-disability-care.level";
    /** Rule: the support amount. */
    public static final String SUBSIDY = "moderate-disability-care.subsidy";
    /** The least severe level that qualifies: 2 中度失能. */
    public static final AbilityLevel MINIMUM_LEVEL = AbilityLevel.MODERATE;

    /** Creates the program. */
    public ModerateDisabilityCareProgram() {
        super(ID, new LocalizedText("中度及以上失能老年人照护支持", "Care support for older people at moderate disability or worse"),
                List.of(EldercareCitations.ELDERLY_LAW_ART_2, HUZHOU_MODERATE_DISABILITY,
                        EldercareCitations.ABILITY_FINAL_LEVEL),
                List.of(EldercareParameters.MODERATE_DISABILITY_SUBSIDY), OlderPerson.class,
                ModerateDisabilityCareResult.class, "org.minzheng.eldercare.messages");
    }

    @Override
    protected void checkFacts(OlderPerson facts, PolicySnapshot snapshot, List<Violation> violations) {
        PersonChecks.check(facts, snapshot.date(), "facts", violations);
    }

    @Override
    public Decision<ModerateDisabilityCareResult> evaluate(OlderPerson p, PolicySnapshot snapshot) {
        RuleContext ctx = RuleContext.start(ID, snapshot);
        int age = p.ageOn(snapshot.date());
        if (!ServiceRules.olderPerson(ctx, p, snapshot.date())) {
            return ctx.decide(new ModerateDisabilityCareResult(age, p.abilityLevel(), null));
        }
        AbilityLevel level = ServiceRules.assessedLevel(ctx, p);
        if (level == null) {
            return ctx.decide(new ModerateDisabilityCareResult(age, null, null));
        }
        boolean met = level.isAtLeast(MINIMUM_LEVEL);
        ctx.record(LEVEL, met ? Verdict.MET : Verdict.NOT_MET, EldercareCitations.ABILITY_FINAL_LEVEL,
                "level", level, "minimumLevel", MINIMUM_LEVEL);
        if (!met) {
            return ctx.decide(new ModerateDisabilityCareResult(age, level, null));
        }
        Money subsidy = ctx.param(EldercareParameters.MODERATE_DISABILITY_SUBSIDY);
        if (subsidy == null) {
            ctx.record(SUBSIDY, Verdict.UNDETERMINED, HUZHOU_MODERATE_DISABILITY,
                    "key", EldercareParameters.MODERATE_DISABILITY_SUBSIDY.name());
        } else {
            ctx.record(SUBSIDY, Verdict.INFO,
                    EldercareCitations.valueOr(ctx, EldercareParameters.MODERATE_DISABILITY_SUBSIDY, HUZHOU_MODERATE_DISABILITY),
                    "subsidy", subsidy);
        }
        return ctx.decide(new ModerateDisabilityCareResult(age, level, subsidy));
    }
}
