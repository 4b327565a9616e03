package org.minzheng.core.validation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.minzheng.core.id.ResidentIdNumber;
import org.minzheng.core.money.Money;
import org.minzheng.core.style.MinzhengStyle;
import org.minzheng.core.validation.constraints.NonNegativeMoney;

/** An Immutables facts type used to test validation and JSON reading. */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableSampleFacts.class)
@JsonDeserialize(as = ImmutableSampleFacts.class)
public interface SampleFacts {

    @NotEmpty
    List<@Valid @NotNull Person> people();

    @NotNull
    @NonNegativeMoney
    Money income();

    @Value.Immutable
    @MinzhengStyle
    @JsonSerialize(as = ImmutablePerson.class)
    @JsonDeserialize(as = ImmutablePerson.class)
    interface Person {
        @NotNull
        ResidentIdNumber id();

        @NotNull
        LocalDate birthDate();

        @Min(0)
        @Value.Default
        default int children() {
            return 0;
        }
    }
}
