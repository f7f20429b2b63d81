package gov.appeals.casework.boundary;

import gov.appeals.appeal.boundary.AppealSummaryView;
import gov.appeals.appeal.control.Appeals;
import gov.appeals.platform.AppealsSettings;
import gov.appeals.platform.Page;
import gov.appeals.platform.Roles;
import gov.appeals.platform.rest.Languages;
import gov.appeals.platform.rest.Paging;
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
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Locale;

/**
 * The dispatcher's queue: what waits for a dispatcher, the longest waiting first, and a stream of
 * server-sent events that says when it changed, so that a desk reloads the queue as appeals arrive
 * (read with fetch, which can carry the desk's credentials as EventSource cannot).
 */
@Path("appeals/queue")
@Produces(MediaType.APPLICATION_JSON)
public class DispatcherQueueResource {

    @Inject
    Appeals appeals;

    @Inject
    QueueWatch watch;

    @Inject
    AppealsSettings settings;

    @Context
    HttpHeaders headers;

    @GET
    @RolesAllowed({Roles.DISPATCHER, Roles.SUPERVISOR})
    public Page<AppealSummaryView> queue(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("" + Page.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        Locale locale = Languages.preferred(headers);
        return appeals.waitingForDispatcher(page, size).map(a -> AppealSummaryView.of(a, settings.zone(), locale));
    }

    /** {@code event: changed} at once and whenever the queue changes; a comment every 15 s keeps the line open. */
    @GET
    @Path("events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({Roles.DISPATCHER, Roles.SUPERVISOR})
    public void events(@Context SseEventSink sink, @Context Sse sse) {
        watch.subscribe(sink, sse);
    }
}
