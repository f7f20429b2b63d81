package gov.appeals.intake.boundary;

import gov.appeals.submission.entity.Channel;

/** One appeal made on air. */
public class RadioAppealRequest extends AppealRequest {

    public Boolean answeredOnAir;

    /** What was answered on the air, required when it was. */
    public String onAirAnswer;

    @Override
    Channel channel() {
        return Channel.RADIO;
    }
}
