package gov.appeals.submission.entity;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An appeal as taken down at intake, validated and not yet registered: what travels on the
 * intake queue. Exactly one of the channel parts is present, matching {@link #channel()} (an
 * Open311 report comes with a letter part saying so). Files
 * that came with it do not travel: they are committed with the receipt, and named here by id.
 * {@code reconsiderationOf} names the appeal whose answer the citizen was not satisfied with, when
 * this appeal is its reconsideration.
 */
public record AppealSubmission(
        Channel channel,
        AppealKind kind,
        String summary,
        String language,
        String category,
        String region,
        ApplicantDetails applicant,
        Integer signatories,
        String respondent,
        OffsetDateTime receivedAt,
        PhoneCall phoneCall,
        ReceptionVisit receptionVisit,
        RadioCall radioCall,
        Letter letter,
        Open311Report open311,
        List<Long> attachments,
        String reconsiderationOf) {

    /** The ids of the files that came with it; none for a message written before files were taken. */
    public List<Long> attachmentIds() {
        return attachments == null ? List.of() : attachments;
    }

    /** The same submission, naming the files committed with its receipt. */
    public AppealSubmission withAttachments(List<Long> ids) {
        return new AppealSubmission(channel, kind, summary, language, category, region, applicant, signatories,
                respondent, receivedAt, phoneCall, receptionVisit, radioCall, letter, open311, List.copyOf(ids),
                reconsiderationOf);
    }

    public boolean anonymous() {
        return applicant == null || !applicant.identifiesSomeone();
    }

    public boolean collective() {
        return signatories != null && signatories > 1;
    }

    /** Advice, or a radio appeal answered on the air: nothing is left to route or to answer. */
    public boolean settledAtIntake() {
        return kind == AppealKind.CONSULTATION || (radioCall != null && radioCall.answeredOnAir());
    }
}
