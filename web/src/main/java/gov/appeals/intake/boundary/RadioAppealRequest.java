package gov.appeals.intake.boundary;

import gov.appeals.intake.entity.AppealSubmission;
import gov.appeals.intake.entity.Channel;
import gov.appeals.intake.entity.RadioCall;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One appeal made on air. */
public class RadioAppealRequest extends AppealRequest {

    public Boolean answeredOnAir;

    @Size(max = 20000)
    public String onAirAnswer;

    @Override
    Channel channel() {
        return Channel.RADIO;
    }

    boolean isAnsweredOnAir() {
        return Boolean.TRUE.equals(answeredOnAir);
    }

    AppealSubmission toSubmission(OffsetDateTime received, RadioBatchRequest.Broadcast broadcast, LocalDate airDate) {
        return toSubmission(received, null, null,
                new RadioCall(broadcast.programme.strip(), airDate, broadcast.episode, isAnsweredOnAir(), onAirAnswer));
    }
}
