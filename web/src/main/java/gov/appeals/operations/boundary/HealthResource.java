package gov.appeals.operations.boundary;

import gov.appeals.operations.control.ReadinessProbe;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Liveness and readiness for load balancers and monitors, open without credentials. Readiness
 * answers 503 while the database or the broker cannot be reached: this node then takes no appeals.
 */
@Tag(name = "Health")
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class HealthResource {

    public record Health(String status, Collection<ReadinessProbe.Check> checks) {
    }

    @Inject
    ReadinessProbe probe;

    @Operation(operationId = "checkLiveness", summary = "The server answers", description = """
            The server answers""")
    @GET
    @Path("live")
    public Health live() {
        return new Health("UP", java.util.List.of());
    }

    @Operation(operationId = "checkReadiness", summary = "The server can take appeals", description = """
            `503` when the database or the broker is unreachable; its `calendars` and `brokerDeadLetters`
            checks only warn""")
    @APIResponse(responseCode = "200", description = "Ready", content = @Content(schema = @Schema(implementation = Health.class)))
    @APIResponse(responseCode = "503", description = "The database or the broker cannot be reached",
            content = @Content(schema = @Schema(implementation = Health.class)))
    @GET
    @Path("ready")
    public Response ready() {
        Map<String, ReadinessProbe.Check> checks = probe.check();
        boolean up = checks.values().stream().allMatch(ReadinessProbe.Check::up);
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(new Health(up ? "UP" : "DOWN", checks.values()))
                .build();
    }
}
