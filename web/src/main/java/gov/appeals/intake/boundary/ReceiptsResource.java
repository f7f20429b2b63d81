package gov.appeals.intake.boundary;

import gov.appeals.intake.control.IntakeService;
import gov.appeals.platform.AppealsSettings;
import gov.appeals.platform.Roles;
import gov.appeals.platform.rest.Caller;
import gov.appeals.platform.rest.Languages;
import gov.appeals.reference.boundary.CodeName;
import gov.appeals.reference.control.ReferenceCatalog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A receipt's fate: queued, registered (with its number), or rejected (with the reason). */
@Tag(name = "Intake")
@Path("intake/receipts")
@Produces(MediaType.APPLICATION_JSON)
public class ReceiptsResource {

    @Inject
    IntakeService intake;

    @Inject
    AppealsSettings settings;

    @Inject
    ReferenceCatalog reference;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    /** The account that filed it sees its own receipts; dispatchers, supervisors and administrators see all. */
    @Operation(operationId = "readReceipt", summary = "Follow a receipt", description = """
            `QUEUED`, `REGISTERED` (+ number, access code, and the `body` registration sent it to and the
            legal `dueAt`, for the slip) or `REJECTED` (+ reason)

            Who: OPERATOR, RECEPTION, PRODUCER, CLERK (the receipts their account filed); DISPATCHER,
            SUPERVISOR, ADMIN.""")
    @GET
    @Path("{receiptId}")
    @RolesAllowed({Roles.OPERATOR, Roles.RECEPTION, Roles.PRODUCER, Roles.CLERK, Roles.DISPATCHER, Roles.SUPERVISOR,
            Roles.ADMIN})
    public ReceiptView receipt(@PathParam("receiptId") String receiptId) {
        boolean seesAll = Caller.inAnyRole(security, Roles.DISPATCHER, Roles.SUPERVISOR, Roles.ADMIN);
        return parse(receiptId)
                .flatMap(intake::receipt)
                .filter(r -> seesAll || r.getFiledBy().equals(Caller.name(security)))
                .map(r -> ReceiptView.of(r, settings.zone(),
                        r.getBodyCode() == null ? null : CodeName.of(reference.body(r.getBodyCode()), Languages.preferred(headers))))
                .orElseThrow(() -> new NotFoundException("No receipt " + receiptId));
    }

    private static java.util.Optional<UUID> parse(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
