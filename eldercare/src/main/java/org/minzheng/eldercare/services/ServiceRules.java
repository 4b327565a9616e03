package org.minzheng.eldercare.services;

import java.time.LocalDate;
import java.util.Optional;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.eldercare.EldercareCitations;
import org.minzheng.eldercare.EldercareParameters;
import org.minzheng.eldercare.assessment.AbilityLevel;
import org.minzheng.eldercare.person.OlderPerson;

/**
 * Conditions shared by the service programs; each program that decides one lists it among its
 * rules.
 */
final class ServiceRules {

    /** 老年人权益保障法 Art. 2: the person is an older person (aged 60 or over). */
    static final Rule OLDER_PERSON = Rule.builder("eldercare.older-person", EldercareCitations.ELDERLY_LAW_ART_2)
            .quote("本法所称老年人是指六十周岁以上的公民。")
            .reading(
                    "“六十周岁以上”含六十周岁：自六十周岁生日当日起为老年人",
                    "60 or over includes 60: a person is an older person from their sixtieth birthday")
            .verdicts(Verdict.MET, Verdict.NOT_MET)
            .build();
    /**
     * GB/T 42195-2022 C.5: the person has a final level on record. Recorded only when there is
     * none (NOT_MET: the person must be assessed first); the level itself is then read by the
     * program's own level rule.
     */
    static final Rule ASSESSED = Rule.builder("eldercare.ability-assessed", EldercareCitations.ABILITY_FINAL_LEVEL)
            .verdicts(Verdict.NOT_MET)
            .build();

    private ServiceRules() {}

    /**
     * 老年人权益保障法 Art. 2: an older person is a citizen aged sixty or over.
     *
     * @return true if the person is an older person on the date
     */
    static boolean olderPerson(RuleContext ctx, OlderPerson p, LocalDate date) {
        int age = p.ageOn(date);
        boolean older = age >= EldercareParameters.OLDER_PERSON_AGE;
        ctx.record(
                OLDER_PERSON,
                older ? Verdict.MET : Verdict.NOT_MET,
                "age",
                age,
                "minimumAge",
                EldercareParameters.OLDER_PERSON_AGE);
        return older;
    }

    /**
     * The level of the person's GB/T 42195-2022 assessment; records NOT_MET when there is none
     * (the person must be assessed first).
     *
     * @return the level, empty if not assessed
     */
    static Optional<AbilityLevel> assessedLevel(RuleContext ctx, OlderPerson p) {
        Optional<AbilityLevel> level = p.abilityLevel();
        if (level.isEmpty()) {
            ctx.record(ASSESSED, Verdict.NOT_MET);
        }
        return level;
    }

    /** @return true if the person's final level is {@code least} or worse */
    static boolean levelAtLeast(OlderPerson p, AbilityLevel least) {
        return p.abilityLevel().map(l -> l.isAtLeast(least)).orElse(false);
    }
}
