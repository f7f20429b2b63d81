package gov.appeals.reporting.boundary;

import gov.appeals.platform.Roles;
import gov.appeals.platform.rest.InvalidRequestException;
import gov.appeals.reporting.control.SummaryReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Statistics without personal data, for analysts and the office's published reports. */
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.ADMIN})
public class ReportsResource {

    @Inject
    SummaryReport report;

    /** Registered appeals of a year by channel, kind, subject, region, body and status, with shares. */
    @GET
    @Path("summary")
    public SummaryReport.Summary summary(@QueryParam("year") Integer year) {
        if (year == null || year < 2000 || year > 2100) {
            throw InvalidRequestException.of("year", "must be a year such as 2026");
        }
        return report.of(year);
    }
}
