package gov.appeals.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.ExternalDocumentation;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST API, version 1. Resources and providers are discovered by scanning the WAR; the server
 * describes them at {@code /openapi}, and {@link ApiDescription} completes what the annotations
 * cannot say once for all operations.
 * <p>
 * {@code roles} is the one scheme the annotations declare, so that the scanner copies each
 * method's {@code @RolesAllowed} into the operation's security requirement; ApiDescription then
 * names the two real ways to sign in, with those roles.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Citizens' appeals", version = "1",
                license = @License(name = "Public domain", identifier = "Unlicense"),
                contact = @Contact(name = "The office's administrators of the appeals system"),
                description = """
                        Intake from the hotline, the reception desks, the radio and the registry; registered
                        appeals and their case work; watchlists, reports and the citizen's lookup.

                        Errors are RFC 9457 problem details (`application/problem+json`) naming each bad
                        field in `errors`. A `202` from intake is a promise: the appeal is registered exactly
                        once, whatever crashes. Send an `Idempotency-Key` with every filing and `If-Match`
                        with every action on an appeal. docs/api.md in the repository says what all
                        endpoints share; the README walks through one appeal's life."""),
        servers = @Server(url = "/", description = "this server"),
        externalDocs = @ExternalDocumentation(description = "Errors: RFC 9457 problem details", url = "https://www.rfc-editor.org/rfc/rfc9457"),
        tags = {
                @Tag(name = "Intake", description = "Filing appeals from every desk, and following their receipts"),
                @Tag(name = "Appeals", description = "A registered appeal, its files, its access log and the actions on it"),
                @Tag(name = "Dispatch and worklists", description = "The dispatcher's queue, an official's own appeals and cover"),
                @Tag(name = "Supervision", description = "The supervisor's watchlists"),
                @Tag(name = "Reports", description = "Figures for analysts and open data"),
                @Tag(name = "Public", description = "What a citizen reads and says without an account"),
                @Tag(name = "Reference data", description = "Subjects, regions, bodies and reception desks"),
                @Tag(name = "Session", description = "The consoles' sign-in"),
                @Tag(name = "Administration", description = "Calendars, keys, dead letters, erasures and the background jobs"),
                @Tag(name = "Health", description = "Liveness and readiness for the load balancer")})
@SecurityScheme(securitySchemeName = ApiDescription.ROLES_SCHEME, type = SecuritySchemeType.OPENIDCONNECT,
        openIdConnectUrl = "https://login.example/.well-known/openid-configuration")
public class AppealsApi extends Application {
}
