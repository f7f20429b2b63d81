package gov.appeals.intake.boundary;

import java.util.List;
import gov.appeals.intake.entity.Letter;
import gov.appeals.intake.entity.AppealKind;
import gov.appeals.intake.entity.AppealSubmission;
import gov.appeals.intake.entity.Channel;
import gov.appeals.intake.entity.PhoneCall;
import gov.appeals.intake.entity.RadioCall;
import gov.appeals.intake.entity.ReceptionVisit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * The fields every channel shares. Plain public fields: this is the JSON a console sends, bound
 * by JSON-B and checked by Bean Validation, then turned into an {@link AppealSubmission}.
 */
public abstract class AppealRequest {

    static final String PHONE = "\\+?[0-9][0-9 ()\\-]{4,24}";
    static final String CODE = "[A-Z0-9_]{1,40}";
    static final String CODE_MESSAGE = "must be an upper-case code";

    @NotNull
    @Pattern(regexp = "PROPOSAL|APPLICATION|COMPLAINT|CONSULTATION",
            message = "must be one of PROPOSAL, APPLICATION, COMPLAINT, CONSULTATION")
    public String kind;

    @NotBlank
    @Size(max = 20000)
    public String summary;

    @Pattern(regexp = "[a-z]{2,3}", message = "must be a language code such as ky, ru, kk or en")
    public String language;

    @Pattern(regexp = CODE, message = CODE_MESSAGE)
    public String category;

    @Pattern(regexp = CODE, message = CODE_MESSAGE)
    public String region;

    @Valid
    public ApplicantRequest applicant;

    @Min(1)
    @Max(1_000_000)
    public Integer signatories;

    @Pattern(regexp = CODE, message = CODE_MESSAGE)
    public String respondent;

    /** ISO-8601 with offset; checked by {@link IntakeRequestValidator} (parsed, not in the future). */
    public String receivedAt;

    abstract Channel channel();

    AppealSubmission toSubmission(OffsetDateTime received, PhoneCall phoneCall, ReceptionVisit visit, RadioCall radioCall) {
        return toSubmission(received, phoneCall, visit, radioCall, null);
    }

    AppealSubmission toSubmission(OffsetDateTime received, PhoneCall phoneCall, ReceptionVisit visit, RadioCall radioCall,
            Letter letter) {
        return new AppealSubmission(channel(), AppealKind.valueOf(kind), summary.strip(), language, category, region,
                applicant == null ? null : applicant.toDetails(), signatories, respondent, received,
                phoneCall, visit, radioCall, letter, null, List.of(), null);
    }
}
