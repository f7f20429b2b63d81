package gov.appeals.submission.control;

import gov.appeals.submission.entity.AppealSubmission;

/**
 * A submission that keeps every intake rule: only {@link SubmissionRules} makes one, and intake
 * takes nothing else, so that no door can queue an appeal the rules have not seen.
 */
public final class CheckedSubmission {

    private final AppealSubmission submission;

    CheckedSubmission(AppealSubmission submission) {
        this.submission = submission;
    }

    public AppealSubmission submission() {
        return submission;
    }
}
