package gov.appeals.casework.control;

import jakarta.ejb.ApplicationException;

/** The caller's role may do this action, but not on this appeal (e.g. a supervisor's decision). */
@ApplicationException(rollback = true)
public class ActionForbidden extends RuntimeException {

    public ActionForbidden(String reason) {
        super(reason);
    }
}
