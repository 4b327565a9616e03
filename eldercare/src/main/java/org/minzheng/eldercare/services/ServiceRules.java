package org.minzheng.eldercare.services;

import java.time.LocalDate;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.eldercare.EldercareCitations;
import org.minzheng.eldercare.assessment.AbilityLevel;
import org.minzheng.eldercare.person.OlderPerson;

/**
 * Conditions shared by the service programs.
 */
final class ServiceRules {

    /** Rule: the person is an older person (aged 60 or over). */
    static final String OLDER_PERSON = "eldercare.older-person";
    /** Rule: the person has a GB/T 42195-2022 assessment on record. */
    static final String ASSESSED = "eldercare.ability-assessed";
    /** 老年人权益保障法 Art. 2: 本法所称老年人是指六十周岁以上的公民. */
    static final int OLDER_PERSON_AGE = 60;

    private ServiceRules() {
    }

    /**
     * 老年人权益保障法 Art. 2: an older person is a citizen aged sixty or over.
     *
     * @return true if the person is an older person on the date
     */
    static boolean olderPerson(RuleContext ctx, OlderPerson p, LocalDate date) {
        int age = p.ageOn(date);
        boolean older = age >= OLDER_PERSON_AGE;
        ctx.record(OLDER_PERSON, older ? Verdict.MET : Verdict.NOT_MET, EldercareCitations.ELDERLY_LAW_ART_2,
                "age", age, "minimumAge", OLDER_PERSON_AGE);
        return older;
    }

    /**
     * The level of the person's GB/T 42195-2022 assessment; records NOT_MET when there is none
     * (the person must be assessed first).
     *
     * @return the level, or null if not assessed
     */
    static AbilityLevel assessedLevel(RuleContext ctx, OlderPerson p) {
        AbilityLevel level = p.abilityLevel();
        if (level == null) {
            ctx.record(ASSESSED, Verdict.NOT_MET, EldercareCitations.ABILITY_FINAL_LEVEL);
        }
        return level;
    }

    /** @return true if any finding so far is NOT_MET */
    static boolean anyNotMet(RuleContext ctx) {
        return ctx.verdicts().contains(Verdict.NOT_MET);
    }
}
