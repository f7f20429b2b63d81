package gov.appeals.platform.rest;

import gov.appeals.platform.AccessCodeThrottle;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * A request that opens an appeal with its access code, counted against its client: 429 with
 * {@code Retry-After} while the client has failed too often, 404 for a wrong code as for an
 * unknown number.
 */
public final class AccessCodeAttempts {

    private AccessCodeAttempts() {
    }

    /** {@code attempt} answers empty when the number and code open no appeal. */
    public static Response.ResponseBuilder throttled(AccessCodeThrottle throttle, String client, Instant now,
            Supplier<Optional<Response.ResponseBuilder>> attempt) {
        OptionalLong wait = throttle.attempt(client, now);
        if (wait.isPresent()) {
            return Response.fromResponse(Problem.response(Response.Status.TOO_MANY_REQUESTS,
                    "Too many wrong access codes; try again later")).header(HttpHeaders.RETRY_AFTER, wait.getAsLong());
        }
        Optional<Response.ResponseBuilder> found;
        try {
            found = attempt.get();
        } catch (RuntimeException refusedAfterTheCodeOpenedIt) {
            // A wrong code finds nothing; a refusal (a verdict given twice...) comes only after a right one.
            throttle.succeeded(client, now);
            throw refusedAfterTheCodeOpenedIt;
        }
        if (found.isPresent()) {
            throttle.succeeded(client, now);
            return found.get();
        }
        return Response.fromResponse(Problem.response(Response.Status.NOT_FOUND, "No appeal with this number and access code"));
    }
}
