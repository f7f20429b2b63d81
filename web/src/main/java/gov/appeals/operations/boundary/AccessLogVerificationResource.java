package gov.appeals.operations.boundary;

import gov.appeals.appeal.control.AccessLog;
import gov.appeals.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Checks the whole access log's chain from its first entry: whether it holds, and if not, the first
 * entry that was changed or removed; and how many entries wait to be sealed (seconds' worth).
 */
@Path("admin/access-log/verification")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AccessLogVerificationResource {

    @Inject
    AccessLog log;

    @GET
    public AccessLog.Verification verify() {
        return log.verify();
    }
}
