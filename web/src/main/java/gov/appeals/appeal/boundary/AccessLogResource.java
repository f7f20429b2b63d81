package gov.appeals.appeal.boundary;

import gov.appeals.appeal.control.AccessLog;
import gov.appeals.appeal.control.Appeals;
import gov.appeals.appeal.entity.Appeal;
import gov.appeals.platform.AppealsSettings;
import gov.appeals.platform.Roles;
import gov.appeals.platform.rest.Times;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who read an appeal's personal data, text or files, when, what and from where: for supervisors and administrators. */
@Tag(name = "Appeals")
@Path("appeals/{registrationNumber}/access-log")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class AccessLogResource {

    public record EntryView(OffsetDateTime at, String reader, String readerBody, String what, String address) {
    }

    @Inject
    AccessLog log;

    @Inject
    Appeals appeals;

    @Inject
    AppealsSettings settings;

    @Operation(operationId = "readAccessLog", summary = "Who read an appeal's personal data", description = """
            Every read of the appeal's personal data, text or files: `[{at, reader, readerBody, what,
            address}]`, `what` one of `APPEAL`, `NOTIFICATIONS`, `ATTACHMENTS`, `ATTACHMENT <id>`,
            `CALLER_HISTORY` (a desk was shown it among a caller's earlier appeals), `SEARCH` (a
            dispatcher's search showed it)""")
    @GET
    public List<EntryView> entries(@PathParam("registrationNumber") String number) {
        if (appeals.read(number).isEmpty()) {
            throw Appeal.notFound(number);
        }
        return log.ofAppeal(number).stream()
                .map(e -> new EntryView(Times.at(e.getAt(), settings.zone()), e.getActor(), e.getReaderBody(), e.getWhat(),
                        e.getAddress()))
                .toList();
    }
}
