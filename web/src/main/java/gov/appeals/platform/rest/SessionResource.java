package gov.appeals.platform.rest;

import gov.appeals.platform.AccessCodeThrottle;
import gov.appeals.platform.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * The consoles' sign-in with the server's own accounts. The password is checked once, by the
 * security realm (HttpServletRequest.login), which keeps the signed-in account in the HTTP session:
 * the browser holds only the session's cookie (HttpOnly, SameSite=Strict), never the password or a
 * token. Other clients keep calling with HTTP Basic or a bearer token; both work alongside.
 */
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    /** The account as the console shows it: its name and the roles that choose its desks. */
    public record SignedIn(String username, List<String> roles) {
    }

    public record SignIn(String username, String password) {
    }

    @Context
    HttpServletRequest request;

    @Context
    SecurityContext security;

    @Inject
    AccessCodeThrottle throttle;

    @Inject
    Clock clock;

    /**
     * Signs in: a new session with the account, the session's id changed so that one fixed
     * beforehand is worth nothing. Wrong passwords count against the address like wrong access codes
     * (429 with Retry-After).
     */
    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signIn(SignIn given) {
        if (given == null || given.username() == null || given.username().isBlank()) {
            throw InvalidRequestException.of("username", "is required");
        }
        if (given.password() == null || given.password().isEmpty()) {
            throw InvalidRequestException.of("password", "is required");
        }
        String client = "sign-in " + request.getRemoteAddr();
        Instant now = clock.instant();
        OptionalLong wait = throttle.attempt(client, now);
        if (wait.isPresent()) {
            return Response.fromResponse(Problem.response(Response.Status.TOO_MANY_REQUESTS,
                    "Too many wrong passwords from this address; try again later"))
                    .header(HttpHeaders.RETRY_AFTER, wait.getAsLong()).build();
        }
        endSession();
        request.getSession(true);
        try {
            request.login(given.username().strip(), given.password());
        } catch (ServletException wrong) {
            endSession();
            return Problem.response(Response.Status.UNAUTHORIZED, "The user name or the password is wrong");
        }
        throttle.succeeded(client, now); // the attempt made now no longer counts against the address
        request.changeSessionId();
        return Response.ok(signedIn(request.getUserPrincipal().getName(), request::isUserInRole)).build();
    }

    /** The signed-in account; 401 without one, like every other call. */
    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.RECEPTION, Roles.PRODUCER, Roles.CLERK, Roles.DISPATCHER, Roles.OFFICER,
            Roles.SUPERVISOR, Roles.ANALYST, Roles.ADMIN})
    public SignedIn who() {
        return signedIn(Caller.name(security), security::isUserInRole);
    }

    /** Signs out: the session ends on the server, so its cookie opens nothing any more. */
    @DELETE
    @PermitAll
    public Response signOut() {
        endSession();
        return Response.noContent().build();
    }

    private void endSession() {
        try {
            request.logout();
        } catch (ServletException alreadyOut) {
            // nobody was signed in: nothing to end
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private static SignedIn signedIn(String username, java.util.function.Predicate<String> inRole) {
        return new SignedIn(username, Roles.ALL.stream().filter(inRole).sorted().toList());
    }
}
