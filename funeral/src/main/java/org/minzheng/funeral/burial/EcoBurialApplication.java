package org.minzheng.funeral.burial;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.minzheng.core.style.MinzhengStyle;

/** An application for an eco-burial award (节地生态安葬奖补): the form chosen, when, and for how many sets of remains. */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableEcoBurialApplication.class)
@JsonDeserialize(as = ImmutableEcoBurialApplication.class)
public interface EcoBurialApplication {

    /** @return the burial form */
    @NotNull
    BurialForm form();

    /** @return the date of the burial (or scattering) */
    @NotNull
    LocalDate burialDate();

    /** @return the sets of remains buried this way (for example 2 for a couple), 1 to 10 */
    @Min(1)
    @Max(10)
    @Value.Default
    default int setsOfRemains() {
        return 1;
    }
}
