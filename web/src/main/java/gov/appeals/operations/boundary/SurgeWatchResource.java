package gov.appeals.operations.boundary;

import gov.appeals.platform.AppealsSettings;
import gov.appeals.platform.Roles;
import gov.appeals.platform.rest.Times;
import gov.appeals.supervision.control.SurgeWatch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Runs the surge watch now, instead of at its next quarter hour: during a broadcast, or after a disaster. */
@Tag(name = "Administration")
@Path("admin/surge-watch/runs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
public class SurgeWatchResource {

    /** {@code open}: -1 when skipped, a run was going on on this node. */
    public record RunView(OffsetDateTime at, int raised, int cleared, int open) {
    }

    @Inject
    SurgeWatch watch;

    @Inject
    AppealsSettings settings;

    @Operation(operationId = "runSurgeWatch", summary = "Run the surge watch now", description = """
            Run the surge watch now instead of at its next quarter hour: `{at, raised, cleared, open}`""")
    @POST
    public RunView run() {
        SurgeWatch.Run run = watch.runNow();
        return new RunView(Times.at(run.at(), settings.zone()), run.raised(), run.cleared(), run.open());
    }
}
