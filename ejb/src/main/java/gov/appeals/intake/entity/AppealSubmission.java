package gov.appeals.intake.entity;

import java.time.OffsetDateTime;

/**
 * An appeal as taken down at intake, validated and not yet registered: what travels on the
 * intake queue. Exactly one of the channel parts is present, matching {@link #channel()}.
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
        RadioCall radioCall) {

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
