package org.minzheng.eldercare.services;

import org.minzheng.core.person.AssistanceStatus;
import org.minzheng.eldercare.Books;
import org.minzheng.eldercare.assessment.AbilityLevel;
import org.minzheng.eldercare.person.ImmutableOlderPerson;

/** Builders of older persons for the service scenarios (ages on the examples' date, 2024-12-01). */
final class People {

    private People() {}

    static ImmutableOlderPerson.Builder aged(int age) {
        return ImmutableOlderPerson.builder()
                .birthDate(Books.DATE.minusYears(age).minusDays(30));
    }

    static ImmutableOlderPerson.Builder aged(int age, AbilityLevel level, AssistanceStatus status) {
        return aged(age)
                .abilityLevel(java.util.Optional.ofNullable(level))
                .assistance(java.util.Optional.ofNullable(status));
    }
}
