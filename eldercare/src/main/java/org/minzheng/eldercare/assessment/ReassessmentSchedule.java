package org.minzheng.eldercare.assessment;

import org.minzheng.core.decision.MissingParameter;
import org.minzheng.core.decision.ParameterUse;
import org.minzheng.core.policy.ParameterValue;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.region.RegionCode;

/**
 * Routine re-assessment dates.
 *
 * <p>MZ/T 039-2013 re-assesses every six months, or at once when the person's situation changes
 * (REFERENCE.md §6.2, medium): {@code ability.reassessment-months.mzt-039-2013} = 6 in the
 * official pack. For GB/T 42195-2022 no interval was found: the key
 * {@code ability.reassessment-months.gb-t-42195-2022} is absent and the due date of such a record
 * is not known until an integrator configures it. Re-assessment on a change of situation is a
 * caseworker's call and is not computed.
 *
 * <p>The interval is the one in force on the assessment date in the record's region.
 */
public final class ReassessmentSchedule {

    private ReassessmentSchedule() {}

    /**
     * @param record the assessment record, not null
     * @param book   the policy book, not null
     * @param region the region whose rules apply, not null
     * @return the due date or the missing parameter
     */
    public static ReassessmentDue due(AssessmentRecord record, PolicyBook book, RegionCode region) {
        return due(record, book.snapshot(region, record.assessedOn()));
    }

    /**
     * @param record               the assessment record, not null
     * @param snapshotAtAssessment the snapshot at the record's region and assessment date, not null
     * @return the due date or the missing parameter
     * @throws IllegalArgumentException if the snapshot is not taken on the assessment date
     */
    public static ReassessmentDue due(AssessmentRecord record, PolicySnapshot snapshotAtAssessment) {
        AssessmentScheme scheme = record.scheme();
        if (!snapshotAtAssessment.date().equals(record.assessedOn())) {
            throw new IllegalArgumentException("the snapshot must be taken on the assessment date");
        }
        ParameterValue<Integer> v = snapshotAtAssessment.find(scheme.reassessmentKey());
        if (v == null) {
            return new ReassessmentDue(
                    scheme,
                    record.assessedOn(),
                    null,
                    null,
                    null,
                    new MissingParameter(
                            scheme.reassessmentKey().name(),
                            scheme.reassessmentKey().unit(),
                            snapshotAtAssessment.region()));
        }
        // how long an assessment stays current (the department's own schedule), not a period for a party's
        // act: not counted by PeriodCount, so a due date on a holiday is not moved (民法典 Art. 203 not applied)
        return new ReassessmentDue(
                scheme,
                record.assessedOn(),
                v.value(),
                record.assessedOn().plusMonths(v.value()),
                ParameterUse.of(v),
                null);
    }
}
