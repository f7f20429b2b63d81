package gov.appeals.intake.boundary;

import gov.appeals.intake.entity.Channel;
import gov.appeals.platform.Roles;
import gov.appeals.platform.rest.BodyLimit;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

/**
 * Where appeals enter: one endpoint per channel. Each answers 202 once the appeals are durably
 * queued, with a receipt to read out to the citizen; registration follows from the queue.
 */
@Path("intake")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class IntakeResource {

    /** A radio batch of 1000 appeals of up to 20,000 characters each needs more than the default. */
    static final long RADIO_BATCH_LIMIT = 16L * 1024 * 1024;

    @Inject
    IntakeRequestValidator validator;

    @Inject
    IntakeDesk desk;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @POST
    @Path("phone")
    @RolesAllowed(Roles.OPERATOR)
    public Response phone(PhoneAppealRequest request, @HeaderParam(IntakeDesk.IDEMPOTENCY_KEY) String key) {
        return single(desk.accept(Channel.PHONE, request, List.of(validator.phone(request)), key, security));
    }

    @POST
    @Path("reception")
    @RolesAllowed(Roles.RECEPTION)
    public Response reception(ReceptionAppealRequest request, @HeaderParam(IntakeDesk.IDEMPOTENCY_KEY) String key) {
        return single(desk.accept(Channel.RECEPTION, request, List.of(validator.reception(request)), key, security));
    }

    @POST
    @Path("radio")
    @RolesAllowed(Roles.PRODUCER)
    @BodyLimit(bytes = RADIO_BATCH_LIMIT)
    public Response radio(RadioBatchRequest batch, @HeaderParam(IntakeDesk.IDEMPOTENCY_KEY) String key) {
        List<ReceiptView> receipts = desk.accept(Channel.RADIO, batch, validator.radio(batch), key, security);
        return Response.accepted(Map.of("receipts", receipts)).build();
    }

    private Response single(List<ReceiptView> receipts) {
        ReceiptView receipt = receipts.get(0);
        return Response.accepted(receipt)
                .location(uri.getBaseUriBuilder().path(ReceiptsResource.class).path(receipt.receiptId().toString()).build())
                .build();
    }
}
