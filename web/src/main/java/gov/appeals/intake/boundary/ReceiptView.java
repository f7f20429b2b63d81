package gov.appeals.intake.boundary;

import gov.appeals.intake.entity.Receipt;
import gov.appeals.intake.entity.ReceiptStatus;
import gov.appeals.platform.rest.Times;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A receipt as the API shows it; registrationNumber, accessCode and reason appear once there is one.
 * Only the account that filed it and dispatchers, supervisors and administrators read a receipt, so
 * the access code (to be read out to the citizen) reaches nobody else.
 */
public record ReceiptView(UUID receiptId, ReceiptStatus status, OffsetDateTime acceptedAt, String registrationNumber,
        String accessCode, String reason) {

    public static ReceiptView of(Receipt r, ZoneId zone) {
        return new ReceiptView(r.getId(), r.getStatus(), Times.at(r.getAcceptedAt(), zone), r.getRegistrationNumber(),
                r.getAccessCode(), r.getReason());
    }
}
