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

/**
 * Liveness and readiness for load balancers and monitors, open without credentials. Readiness
 * answers 503 while the database or the broker cannot be reached: this node then takes no appeals.
 */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class HealthResource {

    public record Health(String status, Collection<ReadinessProbe.Check> checks) {
    }

    @Inject
    ReadinessProbe probe;

    @GET
    @Path("live")
    public Health live() {
        return new Health("UP", java.util.List.of());
    }

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
