package gov.appeals.operations.boundary;

import gov.appeals.operations.control.IntakeStatus;
import gov.appeals.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The intake backlog at a glance, for dispatchers watching a burst and for monitors. */
@Tag(name = "Administration")
@Path("admin/intake")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DISPATCHER, Roles.SUPERVISOR, Roles.ADMIN})
public class IntakeStatusResource {

    @Inject
    IntakeStatus status;

    @Operation(operationId = "readIntakeStatus", summary = "What intake holds", description = """
            The backlog (receipts queued), receipts rejected, appeals registered per year""")
    @GET
    public IntakeStatus.Snapshot now() {
        return status.now();
    }
}
