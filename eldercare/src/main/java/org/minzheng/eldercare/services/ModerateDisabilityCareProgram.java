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
 * <p><strong>What a missing value blocks</strong> (docs/writing-a-program.md): nothing. Eligibility
 * is the level, which the assessment settles; the monthly amount only measures the support. A
 * missing amount leaves {@code subsidyPerMonth} absent, named, with an INFO finding that cites the
 * report's announcement of the support (the only source that the support exists; it states no
 * amount). A configured amount is cited by its pack row, never by the report. Reading: the
 * report's "加强中度失能老年人照护支持" is read as a support for every assessed older person at level
 * 2 or worse; where a locality limits it further, its own program must decide those limits.
 */
public final class ModerateDisabilityCareProgram extends AbstractProgram<OlderPerson, ModerateDisabilityCareResult> {

    /** The program id. */
    public static final String ID = "moderate-disability-care";
    /** Rule: level 2 or worse. */
    public static final String LEVEL = "moderate-disability-care.level";
    /** Rule: the support amount. */
    public static final String SUBSIDY = "moderate-disability-care.subsidy";
    /** Rule (information): the support amount is not configured. */
    public static final String SUBSIDY_NOT_CONFIGURED = "moderate-disability-care.subsidy-not-configured";
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
        Money subsidy = ctx.detail(EldercareParameters.MODERATE_DISABILITY_SUBSIDY, "subsidyPerMonth");
        if (subsidy == null) {
            ctx.record(SUBSIDY_NOT_CONFIGURED, Verdict.INFO, HUZHOU_MODERATE_DISABILITY,
                    "key", EldercareParameters.MODERATE_DISABILITY_SUBSIDY.name());
        } else {
            ctx.record(SUBSIDY, Verdict.INFO,
                    EldercareCitations.valueOr(ctx, EldercareParameters.MODERATE_DISABILITY_SUBSIDY, HUZHOU_MODERATE_DISABILITY),
                    "subsidy", subsidy);
        }
        return ctx.decide(new ModerateDisabilityCareResult(age, level, subsidy));
    }
}
