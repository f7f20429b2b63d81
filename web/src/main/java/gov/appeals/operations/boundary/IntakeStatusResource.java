package gov.appeals.operations.boundary;

import gov.appeals.operations.control.IntakeStatus;
import gov.appeals.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The intake backlog at a glance, for dispatchers watching a burst and for monitors. */
@Path("admin/intake")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DISPATCHER, Roles.SUPERVISOR, Roles.ADMIN})
public class IntakeStatusResource {

    @Inject
    IntakeStatus status;

    @GET
    public IntakeStatus.Snapshot now() {
        return status.now();
    }
}
