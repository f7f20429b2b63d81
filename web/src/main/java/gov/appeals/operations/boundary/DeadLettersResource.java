package gov.appeals.operations.boundary;

import gov.appeals.platform.AppealsSettings;
import gov.appeals.platform.Page;
import gov.appeals.platform.Roles;
import gov.appeals.platform.rest.Paging;
import gov.appeals.platform.rest.Times;
import gov.appeals.registration.control.DeadLetters;
import gov.appeals.registration.entity.DeadLetter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import gov.appeals.platform.rest.Caller;
import gov.appeals.platform.rest.InvalidRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/** Intake messages that failed registration for good, with the reason, newest first; and their replay. */
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
    @POST
    @Path("{id}/replay")
    public DeadLetterView replay(@PathParam("id") long id) {
        return deadLetters.replay(id, Caller.name(security))
                .map(d -> DeadLetterView.of(d, settings.zone()))
                .orElseThrow(() -> new NotFoundException("No dead letter " + id));
    }
}
