package gov.appeals.intake.control;

import jakarta.ejb.ApplicationException;

/** The same Idempotency-Key came back from the same account with a different request. */
@ApplicationException(rollback = true)
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key \"" + key + "\" was already used by this account for a different request");
    }
}
