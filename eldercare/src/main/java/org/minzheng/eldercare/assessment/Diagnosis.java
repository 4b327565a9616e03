package org.minzheng.eldercare.assessment;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import org.minzheng.core.style.MinzhengStyle;

/**
 * A diagnosis on the assessment form (GB/T 42195-2022 A.4.1 疾病诊断), as an ICD-10 code.
 *
 * <p>Only Chapter V codes matter to the level: dementia F00–F03 raises it whoever diagnosed it
 * (确诊); another mental or behavioural disorder F04–F99 raises it only when a psychiatrist made
 * the diagnosis (精神科专科医生诊断), GB/T 42195-2022 C.4. The code is checked by
 * {@link Icd10Code}; a malformed or unknown code is a violation.
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableDiagnosis.class)
@JsonDeserialize(as = ImmutableDiagnosis.class)
public interface Diagnosis {

    /** @return the ICD-10 code, such as {@code F03} or {@code I10} */
    @NotNull
    String icd10Code();

    /** @return true if a psychiatrist (精神科专科医生) made the diagnosis */
    @Value.Default
    default boolean byPsychiatrist() {
        return false;
    }

    /**
     * @param code the ICD-10 code
     * @param byPsychiatrist whether a psychiatrist made the diagnosis
     * @return the diagnosis
     */
    static Diagnosis of(String code, boolean byPsychiatrist) {
        return ImmutableDiagnosis.builder()
                .icd10Code(code)
                .byPsychiatrist(byPsychiatrist)
                .build();
    }
}
