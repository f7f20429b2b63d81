package gov.appeals.intake.boundary;

import gov.appeals.intake.entity.AppealSubmission;
import gov.appeals.intake.entity.Channel;
import gov.appeals.intake.entity.Letter;
import gov.appeals.intake.entity.ReceivedVia;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A letter registered by a registry clerk: how it came, and the sender's own number and date if it has them. */
public class WrittenAppealRequest extends AppealRequest {

    @NotNull
    @Pattern(regexp = "POST|COURIER|HAND", message = "must be one of POST, COURIER, HAND")
    public String receivedVia;

    /** The sender's outgoing number, as written on the letter. */
    @Size(max = 60)
    public String letterNumber;

    /** YYYY-MM-DD; checked by {@link IntakeRequestValidator} (a date, not in the future). */
    public String letterDate;

    @Override
    Channel channel() {
        return Channel.WRITTEN;
    }

    AppealSubmission toSubmission(OffsetDateTime received, LocalDate date) {
        return toSubmission(received, null, null, null, new Letter(ReceivedVia.valueOf(receivedVia),
                letterNumber == null || letterNumber.isBlank() ? null : letterNumber.strip(), date));
    }
}
