package org.minzheng.eligibility.dibao;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import org.minzheng.core.style.MinzhengStyle;
import org.minzheng.eligibility.household.Household;

/**
 * The facts of an individual application (单独提出申请, Art. 8): the household and the position of
 * the member who applies alone.
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableSingleMemberFacts.class)
@JsonDeserialize(as = ImmutableSingleMemberFacts.class)
public interface SingleMemberFacts {

    /** @return the household the person belongs to */
    @Valid
    @NotNull
    Household household();

    /** @return the position (from 0) of the member who applies alone */
    @Min(0)
    int member();
}
