package gov.appeals.operations.boundary;

import gov.appeals.deadlines.control.DeadlineWatch;
import gov.appeals.platform.AppealsSettings;
import gov.appeals.platform.Roles;
import gov.appeals.platform.rest.Times;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Runs the deadline watch now, instead of at its next quarter hour: after holiday data was
 * corrected, or to see the watchlists up to date before a meeting.
 */
@Tag(name = "Administration")
@Path("admin/deadline-watch/runs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
public class DeadlineWatchResource {

    public record RunView(OffsetDateTime at, int dueSoon, int overdue, int forwardingOverdue, boolean skipped) {
    }

    @Inject
    DeadlineWatch watch;

    @Inject
    AppealsSettings settings;

    @Operation(operationId = "runDeadlineWatch", summary = "Run the deadline watch now", description = """
            Run the deadline watch now instead of at the next quarter hour""")
    @POST
    public RunView run() {
        DeadlineWatch.Run run = watch.runNow();
        return new RunView(Times.at(run.at(), settings.zone()), run.dueSoon(), run.overdue(), run.forwardingOverdue(),
                run.skipped());
    }
}
