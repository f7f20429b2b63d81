package gov.appeals.casework.boundary;

import gov.appeals.appeal.boundary.AppealSummaryView;
import gov.appeals.appeal.control.Appeals;
import gov.appeals.appeal.entity.Appeal;
import gov.appeals.deadlines.control.DeadlineCalculator;
import gov.appeals.deadlines.control.WorkingDayCalendar;
import gov.appeals.platform.AppealsSettings;
import gov.appeals.platform.Page;
import gov.appeals.platform.Roles;
import gov.appeals.platform.rest.Caller;
import gov.appeals.platform.rest.Languages;
import gov.appeals.platform.rest.Paging;
import gov.appeals.routing.control.ColleagueGrants;
import gov.appeals.routing.control.WorkScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * "My appeals": an official's worklist, what their scope holds open (assigned to them; their
 * body's, for its head; a colleague's they cover), the nearest due date first, each with the
 * working days left. Like every list, no text and no personal data: those are read, and logged,
 * when an appeal is opened.
 */
@Tag(name = "Dispatch and worklists")
@Path("appeals/mine")
@Produces(MediaType.APPLICATION_JSON)
public class WorklistResource {

    /** An appeal of the worklist: the list's summary and the working days until it is due (negative: overdue). */
    public record WorklistItem(AppealSummaryView appeal, Integer workingDaysLeft) {
    }

    @Inject
    Appeals appeals;

    @Inject
    ColleagueGrants grants;

    @Inject
    DeadlineCalculator deadlines;

    @Inject
    AppealsSettings settings;

    @Inject
    Clock clock;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @Operation(operationId = "readWorklist", summary = "The official's own appeals", description = """
            `?page=&size=`: the official's worklist, the open appeals in their scope (assigned to them;
            their body's, waiting ones too, for its head; a colleague's they cover by grant), the nearest
            due date first: `{items: [{appeal, workingDaysLeft}], page, size, total}`, `appeal` as in the
            list, `workingDaysLeft` negative when overdue; past 1,000 `total` stops there and `totalCapped`
            is `true`""")
    @GET
    @RolesAllowed(Roles.OFFICER)
    public Page<WorklistItem> mine(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("" + Page.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        String name = Caller.name(security);
        ZoneId zone = settings.zone();
        Locale locale = Languages.preferred(headers);
        WorkingDayCalendar calendar = deadlines.terms().calendar();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        return appeals.openInScope(grants.scopeOf(name, Caller.roles(security)), page, size)
                .map(a -> new WorklistItem(AppealSummaryView.of(a, zone, locale), workingDaysLeft(a, calendar, today, zone)));
    }

    /**
     * What the worklist holds besides the official's own appeals: the body they head (whose grants
     * they keep), and the colleagues whose appeals they cover by a grant in force.
     */
    public record ScopeView(String username, String headOf, List<String> covering) {
    }

    @Operation(operationId = "readWorkScope", summary = "Whose appeals the official's worklist holds", description = """
            What the worklist holds besides the official's own appeals: `{username, headOf, covering}`, the
            body they head (whose grants they keep; null for none) and the colleagues whose appeals they
            cover by a grant in force""")
    @GET
    @Path("scope")
    @RolesAllowed(Roles.OFFICER)
    public ScopeView scope() {
        WorkScope scope = grants.scopeOf(Caller.name(security), Caller.roles(security));
        return new ScopeView(scope.username(), scope.headOf(), scope.colleagues().stream().sorted().toList());
    }

    private static Integer workingDaysLeft(Appeal a, WorkingDayCalendar calendar, LocalDate today, ZoneId zone) {
        if (a.getTerm().dueAt() == null) {
            return null;
        }
        LocalDate due = LocalDate.ofInstant(a.getTerm().dueAt(), zone);
        return due.isBefore(today) ? -calendar.workingDaysBetween(due, today) : calendar.workingDaysBetween(today, due);
    }
}
