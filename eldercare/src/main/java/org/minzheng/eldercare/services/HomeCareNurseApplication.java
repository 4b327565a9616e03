package org.minzheng.eldercare.services;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Min;
import java.util.Optional;
import org.immutables.value.Value;
import org.minzheng.core.style.MinzhengStyle;

/**
 * A care worker's application to be recognised as a full-time home carer (专职居家养老护理员):
 * training completed, vocational skill grade held and home-service hours a month. No name or
 * identity number.
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableHomeCareNurseApplication.class)
@JsonDeserialize(as = ImmutableHomeCareNurseApplication.class)
public interface HomeCareNurseApplication {

    /** @return the hours of eldercare training completed */
    @Min(0)
    int trainingHours();

    /** @return the vocational skill grade held, empty if none */
    Optional<CareWorkerSkillGrade> skillGrade();

    /** @return the average hours of home service a month */
    @Min(0)
    int monthlyServiceHours();
}
