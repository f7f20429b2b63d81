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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The dispatcher's queue: what waits for a dispatcher, the longest waiting first, and a stream of
 * server-sent events that says when it changed, so that a desk reloads the queue as appeals arrive
 * (read with fetch, which can carry the desk's credentials as EventSource cannot). The stream is
 * written by the request's own thread: JAX-RS's SseEventSink needs the servlet request in
 * asynchronous mode, which this deployment's servlet chain refuses (RESTEASY002186).
 */
@Tag(name = "Dispatch and worklists")
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

    @Operation(operationId = "readDispatcherQueue", summary = "What waits for a dispatcher", description = """
            `?page=&size=`: what waits for a dispatcher, the longest waiting first: open appeals no body
            holds (no rule chose one, a complaint about the competent body) and open ones escalated; items
            as in the list""")
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
    @Operation(operationId = "watchDispatcherQueue", summary = "Events when the dispatcher's queue changes", description = """
            Server-sent events (`text/event-stream`): `changed` at once and whenever the queue changes
            (looked at once a second), a comment every 15 s; read with `fetch`, which carries the desk's
            credentials. A stream ends after 10 minutes and the desk connects again; while open it holds one
            of the server's worker threads""")
    @APIResponse(responseCode = "200", description = "A stream of `changed` events and comments",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING)))
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
