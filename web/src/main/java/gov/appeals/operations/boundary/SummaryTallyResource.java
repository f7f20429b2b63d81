package gov.appeals.operations.boundary;

import gov.appeals.platform.Roles;
import gov.appeals.reporting.control.SummaryTallyKeeper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Runs the summary's tally now (at most ten seconds a call), instead of waiting for its next run:
 * after an upgrade that left every earlier appeal to count, or a bulk load. The summary is exact
 * either way; a tally behind by many appeals makes it slower, not wrong. Call again while
 * {@code pending} is above nought.
 */
@Tag(name = "Administration")
@Path("admin/summary-tally/runs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
public class SummaryTallyResource {

    public record RunView(int tallied, long pending, boolean skipped) {
    }

    @Inject
    SummaryTallyKeeper keeper;

    @Operation(operationId = "runSummaryTally", summary = "Fold changed appeals into the summary's tally", description = """
            Fold changed appeals into the summary's tally now (up to 10 s a call), answering `{tallied,
            pending}`""")
    @POST
    public RunView run() {
        SummaryTallyKeeper.Run run = keeper.runNow();
        return new RunView(run.tallied(), run.pending(), run.skipped());
    }
}
