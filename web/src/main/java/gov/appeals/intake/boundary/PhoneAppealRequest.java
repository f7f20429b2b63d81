package gov.appeals.intake.boundary;

import gov.appeals.submission.entity.Channel;

/** An appeal taken down by a hotline operator during a call. */
public class PhoneAppealRequest extends AppealRequest {

    public String callerNumber;

    /** The telephony's own id of the call, when it gives one. */
    public String callId;

    @Override
    Channel channel() {
        return Channel.PHONE;
    }
}
