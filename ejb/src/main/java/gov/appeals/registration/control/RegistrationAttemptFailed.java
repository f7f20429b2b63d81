package gov.appeals.registration.control;

import jakarta.ejb.ApplicationException;

/**
 * Thrown by the intake listener after a failed attempt has been recorded, so that the broker
 * takes the message back and delivers it again. An application exception: the container passes
 * it on as it is, keeps the listener instance and logs no second stack trace.
 */
@ApplicationException
public class RegistrationAttemptFailed extends RuntimeException {

    public RegistrationAttemptFailed(String error) {
        super(error, null, false, false);
    }
}
