package gov.appeals.registration.control;

import jakarta.ejb.ApplicationException;

/** A dead letter that cannot be replayed in its state: answered 409 with the reason. */
@ApplicationException(rollback = true)
public class ReplayRefusedException extends RuntimeException {

    public ReplayRefusedException(String message) {
        super(message);
    }
}
