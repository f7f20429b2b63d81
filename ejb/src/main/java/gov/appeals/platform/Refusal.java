package gov.appeals.platform;

import jakarta.ejb.ApplicationException;
import java.util.Objects;

/**
 * A request the application refuses, with a kind that says why and a message for the person who
 * made it. Nothing of the refused work is kept: the transaction rolls back. The REST layer maps the
 * kind to a status, so the components that refuse need not know HTTP.
 */
@ApplicationException(rollback = true)
public class Refusal extends RuntimeException {

    public enum Kind {
        /** A field names something that does not exist; {@link #field()} says which. */
        INVALID_FIELD,
        /** The caller's role may do this in general, but not here. */
        FORBIDDEN,
        /** No such thing, or none the caller may see: the same answer for both, so nothing leaks. */
        NOT_FOUND,
        /** The thing's state or a rule does not allow it now. */
        NOT_ALLOWED,
        /** The caller acted on a version that has changed since (If-Match). */
        STALE,
        /** A part of the request is larger than allowed; {@link #field()} says which. */
        TOO_LARGE
    }

    private final Kind kind;
    private final String field;

    private Refusal(Kind kind, String field, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind);
        this.field = field;
    }

    public static Refusal notAllowed(String reason) {
        return new Refusal(Kind.NOT_ALLOWED, null, reason);
    }

    public static Refusal notFound(String what) {
        return new Refusal(Kind.NOT_FOUND, null, what);
    }

    public static Refusal forbidden(String reason) {
        return new Refusal(Kind.FORBIDDEN, null, reason);
    }

    public static Refusal stale(String reason) {
        return new Refusal(Kind.STALE, null, reason);
    }

    public static Refusal invalidField(String field, String reason) {
        return new Refusal(Kind.INVALID_FIELD, Objects.requireNonNull(field), reason);
    }

    public static Refusal tooLarge(String field, String reason) {
        return new Refusal(Kind.TOO_LARGE, Objects.requireNonNull(field), reason);
    }

    public Kind kind() {
        return kind;
    }

    /** The request field or part at fault, for {@link Kind#INVALID_FIELD} and {@link Kind#TOO_LARGE}; null otherwise. */
    public String field() {
        return field;
    }
}
