package org.minzheng.core.decision;

import java.util.Optional;
import org.minzheng.core.id.ResidentIdNumber;

/**
 * Implemented by a program's facts type when the facts name the applicant (申请人). The citizen's
 * notice ({@link Explainer#notice(Decision, Object, Language)}) prints the applicant masked
 * ({@link org.minzheng.core.id.Masking}): never the name or the number in full. A decision itself
 * never holds personal data, so the notice of a decision alone names nobody.
 */
public interface NamedApplicant {

    /** @return the applicant's name, empty where the facts do not give it */
    Optional<String> applicantName();

    /** @return the applicant's resident identity number, empty where the facts do not give it */
    Optional<ResidentIdNumber> applicantIdNumber();
}
