package gov.appeals.intake.boundary;

import gov.appeals.intake.entity.AppealSubmission;
import gov.appeals.intake.entity.Channel;
import gov.appeals.intake.entity.PhoneCall;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** An appeal taken down by a hotline operator during a call. */
public class PhoneAppealRequest extends AppealRequest {

    @NotBlank
    @Pattern(regexp = PHONE, message = "must be a phone number: digits, optionally a leading +, spaces, dashes, brackets")
    public String callerNumber;

    @Size(max = 100)
    public String callId;

    @Override
    Channel channel() {
        return Channel.PHONE;
    }

    AppealSubmission toSubmission(OffsetDateTime received) {
        return toSubmission(received, new PhoneCall(callerNumber.strip(), callId), null, null);
    }
}
