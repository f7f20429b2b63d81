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
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The dispatcher's queue: what waits for a dispatcher, the longest waiting first, and a stream of
 * server-sent events that says when it changed, so that a desk reloads the queue as appeals arrive
 * (read with fetch, which can carry the desk's credentials as EventSource cannot). The stream is
 * written by the request's own thread: JAX-RS's SseEventSink needs the servlet request in
 * asynchronous mode, which this deployment's servlet chain refuses (RESTEASY002186).
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

    /** A stream lasts this long; the desk then connects again, so that no connection is held for ever. */
    static final long STREAM_MS = 10 * 60_000;
    static final long HEARTBEAT_MS = 15_000;

    /**
     * {@code event: changed} at once and whenever the queue changes; a comment every 15 s keeps the
     * line open and finds a desk that has gone. Each listening desk holds one of the server's
     * worker threads while it listens (a dispatch room's few desks, not the public).
     */
    @GET
    @Path("events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({Roles.DISPATCHER, Roles.SUPERVISOR})
    public StreamingOutput events() {
        return out -> {
            Writer events = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            String seen = watch.listen();
            try {
                events.write("retry: 2000\nevent: changed\ndata: " + seen + "\n\n");
                events.flush();
                for (long end = System.currentTimeMillis() + STREAM_MS; System.currentTimeMillis() < end; ) {
                    String now = watch.awaitChange(seen, HEARTBEAT_MS);
                    events.write(now.equals(seen) ? ": still here\n\n" : "event: changed\ndata: " + now + "\n\n");
                    events.flush(); // fails once the desk has gone, which ends the stream
                    seen = now;
                }
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            } finally {
                watch.stopListening();
            }
        };
    }
}
