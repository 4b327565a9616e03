package org.minzheng.core.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The citizen's view of one decision (群众版), as the text of a one-page notice: which office
 * decided, for whom (masked), what was decided, the amount, the reasons in plain words with their
 * legal basis, what the person can do next, and the decision's reference. Every text is already
 * rendered in {@link #language()}; a renderer (the CLI's PDF notice, a web page) only lays it out.
 *
 * @param language     the language the texts are in, not null
 * @param office       the deciding office, such as 湖州市民政局, not null
 * @param programTitle the program's title, not null
 * @param applicant    the applicant as printed on the notice, masked (a name as 张*, an ID number
 *                     as 330502********1234); empty where the facts name nobody
 * @param outcome      the outcome in plain words, such as 符合最低生活保障条件, not null
 * @param amount       the amount in plain words, such as 每月低保金1435元; empty where the
 *                     program pays nothing or the amount is not decided
 * @param reasons      the reasons, each with its legal basis, not null
 * @param nextSteps    what the person can do next (review, appeal, what to supply), not null
 * @param cautions     what the reader must know about the decision itself (a value that is only
 *                     illustrative, a value not yet set locally), not null
 * @param date         the date the decision is made as of, not null
 * @param reference    the decision's reference (a prefix of its policy fingerprint), not null
 */
public record CitizenNotice(
        Language language,
        String office,
        String programTitle,
        Optional<String> applicant,
        String outcome,
        Optional<String> amount,
        List<Reason> reasons,
        List<String> nextSteps,
        List<String> cautions,
        LocalDate date,
        String reference) {

    /** Validates the components and copies the lists. */
    public CitizenNotice {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(programTitle, "programTitle");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(amount, "amount");
        reasons = List.copyOf(reasons);
        nextSteps = List.copyOf(nextSteps);
        cautions = List.copyOf(cautions);
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reference, "reference");
    }

    /**
     * One reason of a notice.
     *
     * @param text  the reason in plain words, not null
     * @param basis the legal basis as a formatted citation, such as
     *              《最低生活保障审核确认办法》（民发〔2021〕57号）第十三条, not null
     */
    public record Reason(String text, String basis) {

        /** Validates the components. */
        public Reason {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(basis, "basis");
        }
    }
}
