package gov.appeals.operations.boundary;

import gov.appeals.operations.control.BrokerDeadLetters;
import gov.appeals.platform.AppealsSettings;
import gov.appeals.platform.Roles;
import gov.appeals.platform.rest.Times;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The messages the broker itself gave up on, left on its own dead-letter queue: read only, for an
 * administrator to see and take up on the broker (the application's own dead letters, with their
 * replay, are at admin/dead-letters).
 */
@Tag(name = "Administration")
@Path("admin/broker-dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class BrokerDeadLettersResource {

    static final int SHOWN = 100;

    public record LeftView(String messageId, OffsetDateTime at, String from, Integer deliveries, String text) {
    }

    /** {@code available}: false when this server has no broker DLQ to read; {@code count} up to 1,000. */
    public record BrokerDeadLettersView(boolean available, int count, List<LeftView> items) {
    }

    @Inject
    BrokerDeadLetters deadLetters;

    @Inject
    AppealsSettings settings;

    @Operation(operationId = "listBrokerDeadLetters", summary = "What the broker gave up on", description = """
            What the broker itself gave up on, left on its own `DLQ` (nothing of the application consumes
            it): `{available, count, items: [{messageId, at, from, deliveries, text}]}`, the first 100 (text
            cut at 10,000 characters), `count` up to 1,000; readiness warns while any are there""")
    @GET
    public BrokerDeadLettersView left() {
        return deadLetters.list(BrokerDeadLetters.MAX)
                .map(all -> new BrokerDeadLettersView(true, all.size(), all.stream().limit(SHOWN)
                        .map(l -> new LeftView(l.messageId(), Times.at(l.at(), settings.zone()), l.from(), l.deliveries(),
                                l.text()))
                        .toList()))
                .orElse(new BrokerDeadLettersView(false, 0, List.of()));
    }
}
