package gov.appeals.intake.boundary;

import gov.appeals.submission.entity.Channel;

/** A letter registered by a registry clerk: how it came, and the sender's own number and date if it has them. */
public class WrittenAppealRequest extends AppealRequest {

    /** POST, COURIER or HAND. */
    public String receivedVia;

    /** The sender's outgoing number, as written on the letter. */
    public String letterNumber;

    /** YYYY-MM-DD, the sender's date. */
    public String letterDate;

    @Override
    Channel channel() {
        return Channel.WRITTEN;
    }
}
