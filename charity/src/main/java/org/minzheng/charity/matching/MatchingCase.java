package org.minzheng.charity.matching;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.immutables.value.Value;
import org.minzheng.core.style.MinzhengStyle;

/** The facts of a matching: the funds available and the needs to meet. */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableMatchingCase.class)
@JsonDeserialize(as = ImmutableMatchingCase.class)
public interface MatchingCase {

    /** @return the funds */
    List<@Valid @NotNull CharityFund> funds();

    /** @return the needs */
    List<@Valid @NotNull AssistanceNeed> needs();
}
