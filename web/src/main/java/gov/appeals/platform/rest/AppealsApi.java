package gov.appeals.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API, version 1. Resources and providers are discovered by scanning the WAR; the server
 * describes them at {@code /openapi}.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Citizens' appeals", version = "1",
                description = "Intake from the hotline, the reception desks and the radio; registered appeals and "
                        + "their case work; watchlists, reports and the citizen's lookup. Errors are RFC 9457 problem "
                        + "details naming each bad field. Who may call each endpoint: docs/api.md."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class AppealsApi extends Application {
}
