package gov.appeals.casework.control;

import jakarta.ejb.ApplicationException;

/** A request names a body or official that does not exist: a 400 naming the field. */
@ApplicationException(rollback = true)
public class UnknownReference extends RuntimeException {

    private final String field;

    public UnknownReference(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
