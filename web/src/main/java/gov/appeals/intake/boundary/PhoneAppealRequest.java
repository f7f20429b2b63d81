package gov.appeals.intake.boundary;

import gov.appeals.submission.entity.Channel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An appeal taken down by a hotline operator during a call. */
public class PhoneAppealRequest extends AppealRequest {

    @Schema(required = true)
    public String callerNumber;

    /** The telephony's own id of the call, when it gives one. */
    public String callId;

    @Override
    Channel channel() {
        return Channel.PHONE;
    }
}
