package gov.appeals.intake.boundary;

import gov.appeals.submission.entity.AppealKind;
import gov.appeals.submission.entity.Channel;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The fields every channel's JSON shares. Plain public fields: this is the JSON a console sends,
 * bound by JSON-B after {@code StrictJson} has checked its types, then read onto a submission by
 * {@link IntakeRequests}, where the intake rules judge it.
 */
public abstract class AppealRequest {

    /** PROPOSAL, APPLICATION, COMPLAINT or CONSULTATION. */
    @Schema(type = SchemaType.STRING, implementation = AppealKind.class, required = true)
    public String kind;

    @Schema(required = true, maxLength = 20_000)
    public String summary;

    /** The citizen's language: ky, ru, kk, en... */
    @Schema(pattern = "^[a-z]{2,3}$")
    public String language;

    /** Codes of the reference lists (/api/v1/reference). */
    public String category;

    public String region;

    public ApplicantRequest applicant;

    public Integer signatories;

    /** The body a complaint is about. */
    public String respondent;

    /** ISO-8601 with offset; now when not given. */
    @Schema(format = "date-time")
    public String receivedAt;

    abstract Channel channel();
}
