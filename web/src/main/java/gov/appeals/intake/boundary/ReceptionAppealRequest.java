package gov.appeals.intake.boundary;

import gov.appeals.intake.entity.AppealSubmission;
import gov.appeals.intake.entity.Channel;
import gov.appeals.intake.entity.ReceptionVisit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** An appeal from a visitor at a public reception desk. */
public class ReceptionAppealRequest extends AppealRequest {

    @NotBlank
    @Pattern(regexp = CODE, message = CODE_MESSAGE)
    public String receptionPoint;

    @Size(max = 40)
    public String ticketNumber;

    @Override
    Channel channel() {
        return Channel.RECEPTION;
    }

    AppealSubmission toSubmission(OffsetDateTime received) {
        return toSubmission(received, null, new ReceptionVisit(receptionPoint, ticketNumber), null);
    }
}
