package gov.appeals.intake.boundary;

import gov.appeals.intake.entity.Receipt;
import gov.appeals.intake.entity.ReceiptStatus;
import gov.appeals.platform.rest.Times;
import gov.appeals.reference.boundary.CodeName;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A receipt as the API shows it; registrationNumber, accessCode and reason appear once there is one,
 * and with the registration the body it went to (none while a dispatcher routes it) and the legal
 * due date, for the desk's slip. Only the account that filed it and dispatchers, supervisors and
 * administrators read a receipt, so the access code (to be read out to the citizen) reaches nobody else.
 */
public record ReceiptView(UUID receiptId, ReceiptStatus status, OffsetDateTime acceptedAt, String registrationNumber,
        String accessCode, String reason, CodeName body, OffsetDateTime dueAt) {

    /** @param body the receipt's body as the reader is shown it, or null */
    public static ReceiptView of(Receipt r, ZoneId zone, CodeName body) {
        return new ReceiptView(r.getId(), r.getStatus(), Times.at(r.getAcceptedAt(), zone), r.getRegistrationNumber(),
                r.getAccessCode(), r.getReason(), body, Times.at(r.getDueAt(), zone));
    }
}
