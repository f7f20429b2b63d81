package gov.appeals.registration.control;

/** An intake message that cannot be registered as it stands; the broker retries, then dead-letters it. */
public class RegistrationFailure extends RuntimeException {

    public RegistrationFailure(String message) {
        super(message);
    }
}
