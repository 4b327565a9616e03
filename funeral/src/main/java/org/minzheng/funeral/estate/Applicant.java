package org.minzheng.funeral.estate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import org.minzheng.core.id.ResidentIdNumber;
import org.minzheng.core.style.MinzhengStyle;
import org.minzheng.funeral.person.PersonName;
import org.minzheng.funeral.person.Relation;

/**
 * The person applying for an estate query, and how they are related to the deceased.
 * {@code toString()} shows the masked identity number and name only.
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableApplicant.class)
@JsonDeserialize(as = ImmutableApplicant.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public interface Applicant {

    /** @return the applicant's resident identity number */
    @NotNull
    ResidentIdNumber idNumber();

    /** @return the applicant's name, empty where the application does not give it */
    Optional<PersonName> name();

    /** @return the applicant's relation to the deceased */
    @NotNull
    Relation relation();
}
