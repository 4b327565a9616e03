package org.minzheng.funeral.estate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.minzheng.core.decision.NamedApplicant;
import org.minzheng.core.id.ResidentIdNumber;
import org.minzheng.core.style.MinzhengStyle;
import org.minzheng.funeral.person.PersonName;

/**
 * An application for an estate query (已故人员涉财查询申请): who died, who applies and how they
 * are related, which documents they hold, which institutions and kinds of asset they ask about.
 *
 * <p>An application is only a request. Whether it is granted, and with what scope and dates,
 * is decided by {@link EstateQueryProgram}; a grant is its own type, {@link EstateQueryGrant}.
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableEstateQueryApplication.class)
@JsonDeserialize(as = ImmutableEstateQueryApplication.class)
public interface EstateQueryApplication extends NamedApplicant {

    /** @return the deceased */
    @NotNull
    @Valid
    Deceased deceased();

    /** @return the applicant */
    @NotNull
    @Valid
    Applicant applicant();

    /** @return the documents the applicant holds (may be empty: then the application is refused) */
    Set<@NotNull Evidence> evidence();

    /** @return the kinds of asset asked about, at least one */
    @NotEmpty
    Set<@NotNull AssetKind> assetKinds();

    /**
     * @return the institutions asked (for a bank, the legal-person bank holding the deposit), as
     *         the integrator names them, at least one, each listed once
     */
    @NotEmpty
    List<@NotBlank @Size(max = 100) String> institutions();

    /** @return the applicant's name, for the citizen's notice (printed masked) */
    @Override
    @JsonIgnore
    default Optional<String> applicantName() {
        return applicant().name().map(PersonName::value);
    }

    /** @return the applicant's ID number, for the citizen's notice (printed masked) */
    @Override
    @JsonIgnore
    default Optional<ResidentIdNumber> applicantIdNumber() {
        return Optional.of(applicant().idNumber());
    }
}
