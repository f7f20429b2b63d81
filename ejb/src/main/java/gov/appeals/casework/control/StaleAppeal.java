package gov.appeals.casework.control;

import jakarta.ejb.ApplicationException;

/** The caller acted on a version of the appeal that has changed since (If-Match): 412, read it again. */
@ApplicationException(rollback = true)
public class StaleAppeal extends RuntimeException {

    public StaleAppeal(String registrationNumber, long expected, long current) {
        super("Appeal " + registrationNumber + " has changed since version " + expected + " (now " + current
                + "): read it again before acting");
    }
}
