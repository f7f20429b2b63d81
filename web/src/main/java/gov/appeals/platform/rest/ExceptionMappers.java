package gov.appeals.platform.rest;

import gov.appeals.platform.Refusal;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns every failure into a problem detail with the right status. */
public final class ExceptionMappers {

    private ExceptionMappers() {
    }

    @Provider
    public static class InvalidRequest implements ExceptionMapper<InvalidRequestException> {
        @Override
        public Response toResponse(InvalidRequestException e) {
            return Problem.response(Status.BAD_REQUEST, "The request has invalid fields", e.errors());
        }
    }

    /** A refusal of the application: its kind gives the status, its message the detail. */
    @Provider
    public static class Refused implements ExceptionMapper<Refusal> {
        @Override
        public Response toResponse(Refusal e) {
            return switch (e.kind()) {
                case INVALID_FIELD -> Problem.response(Status.BAD_REQUEST, "The request has invalid fields",
                        List.of(new FieldError(e.field(), e.getMessage())));
                case FORBIDDEN -> Problem.response(Status.FORBIDDEN, e.getMessage());
                case NOT_FOUND -> Problem.response(Status.NOT_FOUND, e.getMessage());
                case NOT_ALLOWED -> Problem.response(Status.CONFLICT, e.getMessage());
                case STALE -> Problem.response(Status.PRECONDITION_FAILED, e.getMessage());
                case TOO_LARGE -> Problem.response(Status.REQUEST_ENTITY_TOO_LARGE, "A part of the request is too large",
                        List.of(new FieldError(e.field(), e.getMessage())));
            };
        }
    }

    /** Errors of the JAX-RS runtime (404, 405, 415, 403 from role checks...): keep their status. */
    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            if (original.hasEntity() && Problem.PROBLEM_JSON.isCompatible(original.getMediaType())) {
                return original;
            }
            Response.StatusType status = original.getStatusInfo();
            String detail = switch (status.getStatusCode()) {
                case 403 -> "Your account's role may not do this";
                case 404 -> "Not found";
                case 405 -> "This method is not allowed here";
                case 415 -> "Send JSON (Content-Type: application/json)";
                case 400 -> malformed(e);
                default -> status.getReasonPhrase();
            };
            return Problem.response(status, detail);
        }
    }

    /** The body could not be read as the JSON the endpoint expects. */
    @Provider
    public static class Processing implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return Problem.response(Status.BAD_REQUEST, malformed(e));
        }
    }

    @Provider
    public static class Jsonb implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return Problem.response(Status.BAD_REQUEST, malformed(e));
        }
    }

    @Provider
    public static class Json implements ExceptionMapper<JsonException> {
        @Override
        public Response toResponse(JsonException e) {
            return Problem.response(Status.BAD_REQUEST, malformed(e));
        }
    }

    /**
     * Anything else is our fault: logged with its stack trace, answered without it. Except the
     * database out of reach (restarting, recovering from a crash, its pool exhausted): that passes,
     * so it is a 503 with Retry-After, logged in one line, and the client sends the same request
     * again (with its Idempotency-Key nothing is filed twice).
     */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());
        static final int RETRY_AFTER_SECONDS = 5;

        @Override
        public Response toResponse(Throwable e) {
            Throwable unreachable = databaseUnreachable(e);
            if (unreachable != null) {
                LOG.warning(() -> "The database is out of reach; answered 503: " + unreachable);
                return Response.fromResponse(Problem.response(Status.SERVICE_UNAVAILABLE,
                                "The database is out of reach for a moment; nothing was accepted. Send the same request again"
                                        + " in a few seconds."))
                        .header("Retry-After", RETRY_AFTER_SECONDS).build();
            }
            LOG.log(Level.SEVERE, "Unexpected failure answering a request", e);
            return Problem.response(Status.INTERNAL_SERVER_ERROR,
                    "The request could not be completed; nothing was accepted. Try again, and report it if it persists.");
        }
    }

    /**
     * The cause that says the database cannot be reached now, or null: a connection failure (SQLSTATE
     * class 08), PostgreSQL shutting down or recovering (57P), a connection the pool could not give.
     */
    static Throwable databaseUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return t;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return t;
            }
            String type = t.getClass().getName();
            if (type.equals("org.hibernate.exception.JDBCConnectionException")
                    || type.equals("jakarta.resource.ResourceException") && String.valueOf(t.getMessage()).contains("IJ000453")) {
                return t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");

    /** Names the offending property when the JSON binder says which one; never passes its text on. */
    static String malformed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                Matcher m = PROPERTY.matcher(t.getMessage());
                if (m.find()) {
                    return "Malformed JSON: property '" + m.group(1) + "' has a value of the wrong type or format";
                }
            }
        }
        return "Malformed JSON: the body is not valid JSON of the expected shape";
    }
}
