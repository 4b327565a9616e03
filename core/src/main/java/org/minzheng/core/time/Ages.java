package org.minzheng.core.time;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * Age in completed years (周岁), the way every program counts it: the years of
 * {@link Period#between(LocalDate, LocalDate)} from the birth date to the decision date. A person
 * born on 29 February completes a year on 28 February of a common year, as {@code Period} has it.
 */
public final class Ages {

    private Ages() {}

    /**
     * Computes {@code Period.between(birthDate, date).getYears()} without making the period: age
     * checks run for every member of every household screened.
     *
     * @param birthDate the birth date, not null
     * @param date      the date the age is taken on, not null
     * @return the completed years, negative if {@code date} is before {@code birthDate}
     */
    public static int completedYears(LocalDate birthDate, LocalDate date) {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(date, "date");
        // the algorithm of Period.between: whole months, less one if the day of month is not yet reached
        long months =
                (date.getYear() * 12L + date.getMonthValue()) - (birthDate.getYear() * 12L + birthDate.getMonthValue());
        int days = date.getDayOfMonth() - birthDate.getDayOfMonth();
        if (months > 0 && days < 0) {
            months--;
        } else if (months < 0 && days > 0) {
            months++;
        }
        return Math.toIntExact(months / 12);
    }
}
