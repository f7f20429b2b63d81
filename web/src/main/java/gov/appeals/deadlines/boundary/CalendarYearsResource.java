package gov.appeals.deadlines.boundary;

import gov.appeals.deadlines.control.ProductionCalendars;
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

/** Which calendar the office counts its terms on, and the years it has: where the administrator's calendar starts. */
@Tag(name = "Administration")
@Path("admin/calendars")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class CalendarYearsResource {

    public record YearView(int year, String source, boolean provisional, OffsetDateTime updatedAt, String updatedBy) {
    }

    public record YearsView(String jurisdiction, List<YearView> years) {
    }

    @Inject
    ProductionCalendars calendars;

    @Inject
    AppealsSettings settings;

    @Operation(operationId = "listCalendarYears", summary = "The years with a working-day calendar", description = """
            The jurisdiction the office counts its terms in and the years it has a calendar for:
            `{jurisdiction, years: [{year, source, provisional, updatedAt, updatedBy}]}`""")
    @GET
    public YearsView years() {
        ProductionCalendars.Years years = calendars.years();
        return new YearsView(years.jurisdiction(), years.years().stream()
                .map(c -> new YearView(c.year(), c.source(), c.provisional(), Times.at(c.updatedAt(), settings.zone()),
                        c.updatedBy()))
                .toList());
    }
}
