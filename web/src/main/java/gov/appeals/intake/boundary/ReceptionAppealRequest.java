package gov.appeals.intake.boundary;

import gov.appeals.submission.entity.Channel;

/** An appeal from a visitor at a public reception desk. */
public class ReceptionAppealRequest extends AppealRequest {

    /** The desk's code (/api/v1/reference/reception-points). */
    public String receptionPoint;

    /** The number on the visitor's queue ticket. */
    public String ticketNumber;

    @Override
    Channel channel() {
        return Channel.RECEPTION;
    }
}
