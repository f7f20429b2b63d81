package gov.appeals.registration.entity;

import jakarta.ejb.ApplicationException;

/**
 * An action that the appeal's status or a rule does not allow; the message says which. Nothing of
 * the action is kept.
 */
@ApplicationException(rollback = true)
public class AppealActionRefused extends RuntimeException {

    public AppealActionRefused(String reason) {
        super(reason);
    }
}
