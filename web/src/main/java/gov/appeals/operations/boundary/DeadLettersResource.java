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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/** Intake messages that failed registration for good, with the reason, newest first. */
@Path("admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class DeadLettersResource {

    public record DeadLetterView(Long id, UUID receiptId, String messageId, String error, int deliveryAttempts,
            OffsetDateTime deadAt, String payload) {
        static DeadLetterView of(DeadLetter d, ZoneId zone) {
            return new DeadLetterView(d.getId(), d.getReceiptId(), d.getMessageId(), d.getError(),
                    d.getDeliveryAttempts(), Times.at(d.getDeadAt(), zone), d.getPayload());
        }
    }

    @Inject
    DeadLetters deadLetters;

    @Inject
    AppealsSettings settings;

    @GET
    public Page<DeadLetterView> list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("" + Page.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        return deadLetters.list(page, size).map(d -> DeadLetterView.of(d, settings.zone()));
    }
}
