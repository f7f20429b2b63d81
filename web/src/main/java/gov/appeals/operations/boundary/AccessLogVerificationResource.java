package gov.appeals.operations.boundary;

import gov.appeals.appeal.control.AccessLog;
import gov.appeals.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Checks the whole access log's chain from its first entry: whether it holds, and if not, the first
 * entry that was changed or removed; and how many entries wait to be sealed (seconds' worth).
 */
@Tag(name = "Administration")
@Path("admin/access-log/verification")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AccessLogVerificationResource {

    @Inject
    AccessLog log;

    @Operation(operationId = "verifyAccessLog", summary = "Check the access log's hash chain", description = """
            Checks the access log's whole hash chain: `{sealed, unsealed, intact, firstBrokenPosition,
            firstBrokenEntry, problem, lastSealedAt, publishedPosition, publishedAt}`: an entry changed or
            removed, a head that does not match its seal, a chain that no longer reaches the head this node
            last published; entries are sealed a few seconds after the read""")
    @GET
    public AccessLog.Verification verify() {
        return log.verify();
    }
}
