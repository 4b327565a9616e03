package org.minzheng.charity.reporting;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.minzheng.core.style.MinzhengStyle;

/**
 * One report on trust affairs and finances (信托事务处理情况及财务状况) to the filing department,
 * and its publication (向社会公开), 慈善法 Art. 49 para 2.
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableAnnualReport.class)
@JsonDeserialize(as = ImmutableAnnualReport.class)
public interface AnnualReport {

    /** @return the day the report reached the filing department */
    @NotNull
    LocalDate submittedOn();

    /** @return the day it was published (e.g. on the national charity information platform, Art. 75), if it was */
    Optional<LocalDate> publishedOn();

    /**
     * @param submittedOn the day submitted
     * @param publishedOn the day published, null if not
     * @return the report
     */
    static AnnualReport of(LocalDate submittedOn, LocalDate publishedOn) {
        return ImmutableAnnualReport.builder()
                .submittedOn(submittedOn)
                .publishedOn(Optional.ofNullable(publishedOn))
                .build();
    }
}
