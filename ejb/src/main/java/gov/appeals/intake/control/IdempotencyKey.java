package gov.appeals.intake.control;

/** A client's Idempotency-Key with the hash of the request content it came with. */
public record IdempotencyKey(String value, String requestHash) {
}
