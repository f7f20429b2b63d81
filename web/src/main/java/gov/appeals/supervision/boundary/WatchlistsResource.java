package gov.appeals.supervision.boundary;

import gov.appeals.appeal.boundary.AppealSummaryView;
import gov.appeals.appeal.entity.EscalationReason;
import gov.appeals.notifications.control.FailedNotifications;
import gov.appeals.notifications.entity.Medium;
import gov.appeals.notifications.entity.NotificationEvent;
import gov.appeals.platform.AppealsSettings;
import gov.appeals.platform.Page;
import gov.appeals.platform.Roles;
import gov.appeals.platform.rest.FieldError;
import gov.appeals.platform.rest.InvalidRequestException;
import gov.appeals.platform.rest.Languages;
import gov.appeals.platform.rest.Paging;
import gov.appeals.platform.rest.Times;
import gov.appeals.reference.boundary.CodeName;
import gov.appeals.reference.control.ReferenceCatalog;
import gov.appeals.reference.entity.Category;
import gov.appeals.reference.entity.Region;
import gov.appeals.supervision.control.Watchlists.Kind;
import gov.appeals.supervision.control.Watchlists;
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
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The supervisors' watchlists of the registering office, per body (by body code, appeals with no body first),
 * oldest first: {@code ?body=} narrows to one body. No personal data and no text, as in the appeals list.
 */
@Tag(name = "Supervision")
@Path("control")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.DISPATCHER})
public class WatchlistsResource {

    @Inject
    Watchlists lists;

    @Inject
    FailedNotifications failedNotifications;

    @Inject
    AppealsSettings settings;

    @Inject
    ReferenceCatalog reference;

    @Context
    HttpHeaders headers;

    /** Open appeals past their due date, the longest overdue first. */
    @Operation(operationId = "watchOverdue", summary = "Open appeals past due", description = """
            Watchlist: open appeals past due, `?body=&page=&size=`, per body, the longest overdue first""")
    @GET
    @Path("overdue")
    public Page<AppealSummaryView> overdue(@QueryParam("body") String body, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("" + Page.DEFAULT_SIZE) int size) {
        return list(Kind.OVERDUE, body, null, page, size);
    }

    /** Open appeals due within the coming working days, the soonest first. */
    @Operation(operationId = "watchDueSoon", summary = "Appeals due within 3 working days", description = """
            Watchlist: due within 3 working days, the soonest first""")
    @GET
    @Path("due-soon")
    public Page<AppealSummaryView> dueSoon(@QueryParam("body") String body, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("" + Page.DEFAULT_SIZE) int size) {
        return list(Kind.DUE_SOON, body, null, page, size);
    }

    /**
     * Appeals nobody has taken up within the forwarding term: still waiting for a dispatcher, or
     * with a body that assigned nobody. The longest waiting first.
     */
    @Operation(operationId = "watchForwardingOverdue", summary = "Appeals not forwarded in time", description = """
            Watchlist: not taken up or sent on within the forwarding term""")
    @GET
    @Path("forwarding-overdue")
    public Page<AppealSummaryView> forwardingOverdue(@QueryParam("body") String body,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("" + Page.DEFAULT_SIZE) int size) {
        return list(Kind.FORWARDING_OVERDUE, body, null, page, size);
    }

    /** Appeals sent on at least once and not yet closed, the oldest first. */
    @Operation(operationId = "watchRedirected", summary = "Open appeals sent on at least once", description = """
            Watchlist: open appeals sent on at least once, oldest first""")
    @GET
    @Path("redirected")
    public Page<AppealSummaryView> redirected(@QueryParam("body") String body,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("" + Page.DEFAULT_SIZE) int size) {
        return list(Kind.REDIRECTED, body, null, page, size);
    }

    /**
     * Appeals put in front of supervisors (too many redirections, repeat appeals, reconsiderations),
     * not yet closed; {@code ?reason=} one of those only.
     */
    @Operation(operationId = "watchEscalated", summary = "Escalated appeals", description = """
            Watchlist: open appeals escalated (too many redirections, a repeat, a reconsideration the
            citizen asked for), oldest first; `?reason=REDIRECTION_LIMIT|REPEAT|RECONSIDERATION` one of them
            only""")
    @GET
    @Path("escalated")
    public Page<AppealSummaryView> escalated(@QueryParam("body") String body, @QueryParam("reason") String reason,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("" + Page.DEFAULT_SIZE) int size) {
        EscalationReason why;
        try {
            why = reason == null || reason.isBlank() ? null : EscalationReason.valueOf(reason.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.of("reason", "must be REDIRECTION_LIMIT, REPEAT or RECONSIDERATION");
        }
        return list(Kind.ESCALATED, body, why, page, size);
    }

    /** What a failed message to a citizen shows on its watchlist: no recipient, no text. */
    public record FailedNotificationView(long id, String registrationNumber, NotificationEvent event, Medium medium,
            int attempts, String lastError, OffsetDateTime createdAt) {
    }

    /**
     * Messages to citizens that every attempt failed to send, oldest first: someone must reach
     * those citizens another way. The recipient is on the appeal's own notifications.
     */
    @Operation(operationId = "watchFailedNotifications", summary = "Messages to citizens that could not be sent", description = """
            Messages to citizens that every attempt failed to send, oldest first, without the recipient (the
            stored error has every address and phone number in it replaced by `[recipient]`)""")
    @GET
    @Path("failed-notifications")
    public Page<FailedNotificationView> failedNotifications(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("" + Page.DEFAULT_SIZE) int size) {
        checkPaging(page, size);
        return failedNotifications.list(page, size).map(f -> new FailedNotificationView(f.id(), f.registrationNumber(),
                f.event(), f.medium(), f.attempts(), f.lastError(), Times.at(f.createdAt(), settings.zone())));
    }

    /** A surge: one subject in one region far above its usual day; {@code clearedAt} once it fell back. */
    public record SurgeView(long id, CodeName category, CodeName region, OffsetDateTime raisedAt, int appealsLastDay,
            BigDecimal usualDay, int peak, OffsetDateTime clearedAt) {
    }

    /** Surges the surge watch raised, the latest first: {@code ?status=OPEN} (the default), {@code CLEARED} or {@code ALL}. */
    @Operation(operationId = "watchSurges", summary = "Surges of one subject in one region", description = """
            `?status=OPEN|CLEARED|ALL` (OPEN by default): one subject in one region far above its usual day,
            as the surge watch raised it: `{category, region, raisedAt, appealsLastDay, usualDay, peak,
            clearedAt}`, the latest first""")
    @GET
    @Path("surges")
    public Page<SurgeView> surges(@QueryParam("status") @DefaultValue("OPEN") String status,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("" + Page.DEFAULT_SIZE) int size) {
        checkPaging(page, size);
        Boolean open = switch (status) {
            case "OPEN" -> Boolean.TRUE;
            case "CLEARED" -> Boolean.FALSE;
            case "ALL" -> null;
            default -> throw InvalidRequestException.of("status", "must be OPEN, CLEARED or ALL");
        };
        Locale locale = Languages.preferred(headers);
        ZoneId zone = settings.zone();
        Map<String, Category> categories = reference.categories().stream()
                .collect(Collectors.toMap(Category::getCode, Function.identity()));
        Map<String, Region> regions = reference.regions().stream()
                .collect(Collectors.toMap(Region::getCode, Function.identity()));
        return lists.surges(open, page, size).map(s -> new SurgeView(s.getId(),
                CodeName.of(categories.get(s.getCategory()), locale), CodeName.of(regions.get(s.getRegion()), locale),
                Times.at(s.getRaisedAt(), zone), s.getAppeals(), s.getBaseline(), s.getPeak(),
                Times.at(s.getClearedAt(), zone)));
    }

    private static void checkPaging(int page, int size) {
        List<FieldError> errors = new ArrayList<>();
        Paging.check(page, size, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private Page<AppealSummaryView> list(Kind kind, String body, EscalationReason reason, int page, int size) {
        checkPaging(page, size);
        String bodyCode = body == null || body.isBlank() ? null : body.strip();
        return lists.list(kind, bodyCode, reason, page, size)
                .map(a -> AppealSummaryView.of(a, settings.zone(), Languages.preferred(headers)));
    }
}
