package gov.appeals.operations.boundary;

import gov.appeals.platform.AppealsSettings;
import gov.appeals.platform.ClockProducer;
import gov.appeals.platform.Roles;
import gov.appeals.platform.rest.InvalidRequestException;
import gov.appeals.platform.rest.Times;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The application's clock, movable only where {@code appeals.clock.adjustable=true} (acceptance
 * tests of terms that run for days). Everywhere else this resource does not exist (404).
 */
@Tag(name = "Administration")
@Path("admin/clock")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ClockResource {

    public record ClockView(OffsetDateTime now, long offsetSeconds) {
    }

    public record SetClock(OffsetDateTime now) {
    }

    @Inject
    ClockProducer clocks;

    @Inject
    Clock clock;

    @Inject
    AppealsSettings settings;

    @Operation(operationId = "readClock", summary = "The server's clock (acceptance tests)", description = """
            The server's clock; exists only with `appeals.clock.adjustable=true` (acceptance tests), `404`
            otherwise""")
    @GET
    public ClockView read() {
        requireAdjustable();
        return view();
    }

    @Operation(operationId = "setClock", summary = "Move the server's clock (acceptance tests)", description = """
            `{now}`: move it""")
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public ClockView set(SetClock request) {
        requireAdjustable();
        if (request == null || request.now() == null) {
            throw InvalidRequestException.of("now", "is required, as an ISO-8601 time with offset");
        }
        clocks.setNow(request.now().toInstant());
        return view();
    }

    @Operation(operationId = "resetClock", summary = "Back to the system clock (acceptance tests)", description = """
            Back to the system clock""")
    @DELETE
    public ClockView reset() {
        requireAdjustable();
        clocks.reset();
        return view();
    }

    private ClockView view() {
        return new ClockView(Times.at(clock.instant(), settings.zone()), clocks.offset().toSeconds());
    }

    private void requireAdjustable() {
        if (!clocks.isAdjustable()) {
            throw new NotFoundException();
        }
    }
}
