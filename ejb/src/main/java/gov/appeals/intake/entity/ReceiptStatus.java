package gov.appeals.intake.entity;

public enum ReceiptStatus {
    /** Accepted and durably queued; registration has not happened yet. */
    QUEUED,
    /** Registered: the receipt carries the registration number. */
    REGISTERED,
    /** Registration failed for good; the message is kept as a dead letter for an administrator. */
    REJECTED
}
