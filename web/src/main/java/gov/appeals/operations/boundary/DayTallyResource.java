package gov.appeals.operations.boundary;

import gov.appeals.platform.Roles;
import gov.appeals.platform.rest.Period;
import gov.appeals.reporting.control.DayTally;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Counts the day tally again for a period of days of receipt, one day at a time: after appeals
 * were loaded or corrected in the database directly, which the fold cannot see. Changes made
 * through the application never need it.
 */
@Tag(name = "Administration")
@Path("admin/day-tally/recounts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class DayTallyResource {

    /** Longer periods are recounted in several calls. */
    static final int MAX_DAYS = 366;

    public record RecountView(LocalDate from, LocalDate to, int days, double seconds) {
    }

    @Inject
    DayTally dayTally;

    @Operation(operationId = "recountDayTally", summary = "Count the day tally again", description = """
            `?from=&to=`: count the day tally (performance report, public statistics) again for days of
            receipt, after appeals were loaded or corrected in the database directly; at most 366 days a
            call""")
    @POST
    public RecountView recount(@QueryParam("from") String from, @QueryParam("to") String to) {
        Period period = Period.of(from, to, MAX_DAYS);
        long start = System.nanoTime();
        int days = 0;
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            dayTally.recountAlone(day);
            days++;
        }
        return new RecountView(period.from(), period.to(), days, (System.nanoTime() - start) / 1e9);
    }
}
