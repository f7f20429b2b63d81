package gov.appeals.submission.entity;

/** A visit to a public reception point, with the visitor's queue ticket if any. */
public record ReceptionVisit(String receptionPoint, String ticketNumber) {
}
