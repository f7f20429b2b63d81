package gov.appeals.operations.boundary;

import gov.appeals.platform.AppealsSettings;
import gov.appeals.platform.Page;
import gov.appeals.platform.Roles;
import gov.appeals.platform.rest.Caller;
import gov.appeals.platform.rest.InvalidRequestException;
import gov.appeals.platform.rest.Paging;
import gov.appeals.platform.rest.Times;
import gov.appeals.registration.control.DeadLetters;
import gov.appeals.registration.entity.DeadLetter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Intake messages that failed registration for good, with the reason, newest first; and their replay. */
@Tag(name = "Administration")
@Path("admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class DeadLettersResource {

    public record DeadLetterView(Long id, UUID receiptId, DeadLetter.Status status, String messageId, String error,
            int deliveryAttempts, OffsetDateTime deadAt, OffsetDateTime replayedAt, String replayedBy, String payload) {
        static DeadLetterView of(DeadLetter d, ZoneId zone) {
            return new DeadLetterView(d.getId(), d.getReceiptId(), d.getStatus(), d.getMessageId(), d.getError(),
                    d.getDeliveryAttempts(), Times.at(d.getDeadAt(), zone), Times.at(d.getReplayedAt(), zone),
                    d.getReplayedBy(), d.getPayload());
        }
    }

    @Inject
    DeadLetters deadLetters;

    @Inject
    AppealsSettings settings;

    @Context
    SecurityContext security;

    @Operation(operationId = "listDeadLetters", summary = "Messages that failed registration", description = """
            `?status=DEAD|REPLAYED`: messages that failed registration 5 times, with the error and the
            payload""")
    @GET
    public Page<DeadLetterView> list(@QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("" + Page.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        DeadLetter.Status filter;
        try {
            filter = status == null || status.isBlank() ? null : DeadLetter.Status.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.of("status", "must be DEAD or REPLAYED");
        }
        return deadLetters.list(filter, page, size).map(d -> DeadLetterView.of(d, settings.zone()));
    }

    /** Sends a dead letter back to the intake queue once its cause is fixed; its receipt is QUEUED again. */
    @Operation(operationId = "replayDeadLetter", summary = "Send a dead letter back to registration", description = """
            Send one back once its cause is fixed; its receipt is `QUEUED` again (`409` if replayed already)""")
    @POST
    @Path("{id}/replay")
    public DeadLetterView replay(@PathParam("id") long id) {
        return deadLetters.replay(id, Caller.name(security))
                .map(d -> DeadLetterView.of(d, settings.zone()))
                .orElseThrow(() -> new NotFoundException("No dead letter " + id));
    }
}
