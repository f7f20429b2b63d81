package gov.appeals.intake.entity;

import gov.appeals.submission.entity.AppealSubmission;
import java.time.Instant;
import java.util.UUID;

/** The body of one message on the intake queue: a receipt already given, and the appeal behind it. */
public record IntakeMessage(UUID receiptId, String filedBy, Instant acceptedAt, AppealSubmission appeal) {
}
