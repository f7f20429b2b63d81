package gov.appeals.casework.control;

import jakarta.ejb.ApplicationException;

/** No such appeal, or none the caller may see: the same answer for both, so nothing leaks. */
@ApplicationException(rollback = true)
public class AppealNotFound extends RuntimeException {

    public AppealNotFound(String registrationNumber) {
        super("No appeal " + registrationNumber);
    }
}
