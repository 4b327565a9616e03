package org.minzheng.funeral.estate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.minzheng.core.id.ResidentIdNumber;
import org.minzheng.core.style.MinzhengStyle;
import org.minzheng.funeral.person.PersonName;

/**
 * The deceased (已故存款人 / 逝者) an estate query is about. {@code toString()} shows the masked
 * identity number and name only; JSON holds them in full (a case file must identify the
 * person), so handle case files as personal data.
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableDeceased.class)
@JsonDeserialize(as = ImmutableDeceased.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public interface Deceased {

    /** @return the deceased's resident identity number */
    @NotNull
    ResidentIdNumber idNumber();

    /** @return the deceased's name, empty where the application does not give it */
    Optional<PersonName> name();

    /** @return the date of death, as the death (or cremation) certificate states it */
    @NotNull
    LocalDate dateOfDeath();
}
