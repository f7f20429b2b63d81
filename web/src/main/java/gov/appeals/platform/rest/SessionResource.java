package gov.appeals.platform.rest;

import gov.appeals.platform.AccessCodeThrottle;
import gov.appeals.platform.AppealsSettings;
import gov.appeals.platform.Roles;
import gov.appeals.platform.desk.DeskPreferences;
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
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The consoles' sign-in with the server's own accounts. The password is checked once, by the
 * security realm (HttpServletRequest.login), which keeps the signed-in account in the HTTP session:
 * the browser holds only the session's cookie (HttpOnly, SameSite=Strict), never the password or a
 * token. Other clients keep calling with HTTP Basic or a bearer token; both work alongside.
 *
 * <p>With the production login (use-oidc.cli) there is no password here: the console signs in at
 * the office's identity provider (authorization code with PKCE) and calls with its bearer token;
 * {@code GET /session/sign-in} tells it which of the two to do.
 */
@Tag(name = "Session")
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    /**
     * The account as the console shows it: its name, the roles that choose its desks, and the desk
     * language it chose last (null until it chooses one).
     */
    public record SignedIn(String username, List<String> roles, String language) {
    }

    /**
     * How the console signs in: {@code password} (this server's accounts, POST /session) or
     * {@code oidc} at {@code issuer} as the public client {@code clientId}.
     */
    public record SignInMethod(String method, String issuer, String clientId) {
    }

    public record DeskLanguage(String language) {
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

    @Inject
    AppealsSettings settings;

    @Inject
    DeskPreferences preferences;

    /** Asked before anyone is signed in, so it says nothing but where to sign in. */
    @Operation(operationId = "readSignInMethod", summary = "How the console signs in", description = """
            How the console signs in: `{method: "password"}` with the server's own accounts, or with the
            production login `{method: "oidc", issuer, clientId}`: at the office's identity provider,
            authorization code with PKCE, then bearer tokens""")
    @GET
    @Path("sign-in")
    @PermitAll
    public SignInMethod signInMethod() {
        return settings.identityProvider()
                .map(issuer -> new SignInMethod("oidc", issuer.toString(), settings.consoleClientId()))
                .orElse(new SignInMethod("password", null, null));
    }

    /**
     * Signs in: a new session with the account, the session's id changed so that one fixed
     * beforehand is worth nothing. Wrong passwords count against the address like wrong access codes
     * (429 with Retry-After).
     */
    @Operation(operationId = "signIn", summary = "Sign in the console", description = """
            `{username, password}`: the consoles' sign-in with the server's own accounts; `200 {username,
            roles, language}` and a session cookie (HttpOnly, SameSite=Strict) that signs in later calls;
            `401` for a wrong name or password, and 5 wrong in 10 minutes from one address: `429` with
            `Retry-After`""")
    @APIResponse(responseCode = "200", description = "Signed in; the session's cookie comes with it",
            content = @Content(schema = @Schema(implementation = SignedIn.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
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
    @Operation(operationId = "readSession", summary = "The signed-in account", description = """
            The signed-in account, `{username, roles, language}` (the desk language it chose last, or null);
            `401` without one""")
    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.RECEPTION, Roles.PRODUCER, Roles.CLERK, Roles.DISPATCHER, Roles.OFFICER,
            Roles.SUPERVISOR, Roles.ANALYST, Roles.ADMIN})
    public SignedIn who() {
        return signedIn(Caller.name(security), security::isUserInRole);
    }

    /** Keeps the desk language the account chose, for its next sign-in on any computer. */
    @Operation(operationId = "chooseDeskLanguage", summary = "Keep the account's desk language", description = """
            `{language}`: `ky`, `ru` or `en`, kept for the account's next sign-in on any computer; `204`""")
    @APIResponse(responseCode = "204", description = "Kept")
    @PUT
    @Path("language")
    @RolesAllowed({Roles.OPERATOR, Roles.RECEPTION, Roles.PRODUCER, Roles.CLERK, Roles.DISPATCHER, Roles.OFFICER,
            Roles.SUPERVISOR, Roles.ANALYST, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response chooseLanguage(DeskLanguage chosen) {
        if (chosen == null || chosen.language() == null || chosen.language().isBlank()) {
            throw InvalidRequestException.of("language", "is required");
        }
        if (!DeskPreferences.DESK_LANGUAGES.contains(chosen.language())) {
            throw InvalidRequestException.of("language", "must be one of the desk's languages: ky, ru or en");
        }
        preferences.chooseLanguage(Caller.name(security), chosen.language(), clock.instant());
        return Response.noContent().build();
    }

    /** Signs out: the session ends on the server, so its cookie opens nothing any more. */
    @Operation(operationId = "signOut", summary = "Sign out", description = """
            Signs out: the session ends on the server; `204`""")
    @APIResponse(responseCode = "204", description = "Signed out")
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

    private SignedIn signedIn(String username, java.util.function.Predicate<String> inRole) {
        return new SignedIn(username, Roles.ALL.stream().filter(inRole).sorted().toList(),
                preferences.languageOf(username).orElse(null));
    }
}
