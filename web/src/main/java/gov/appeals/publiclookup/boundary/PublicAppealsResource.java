package gov.appeals.publiclookup.boundary;

import gov.appeals.appeal.entity.AppealStatus;
import gov.appeals.platform.AppealsSettings;
import gov.appeals.platform.rest.Languages;
import gov.appeals.platform.rest.Problem;
import gov.appeals.publiclookup.control.LookupThrottle;
import gov.appeals.publiclookup.control.PublicLookup;
import gov.appeals.reference.boundary.CodeName;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.OptionalLong;

/**
 * The citizen's own lookup, without signing in: with the registration number and the access code
 * from the receipt, where the appeal stands. A wrong code and an unknown number answer the same
 * 404; a client that keeps failing is refused for a while (429 with Retry-After).
 */
@Path("public/appeals")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicAppealsResource {

    /** No personal data, no text, no official: only what the citizen needs to know where it stands. */
    public record PublicAppealView(String registrationNumber, AppealStatus status, LocalDate receivedOn,
            LocalDate dueOn, LocalDate answeredOn, CodeName body) {
    }

    @Inject
    PublicLookup lookup;

    @Inject
    LookupThrottle throttle;

    @Inject
    AppealsSettings settings;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @GET
    @Path("{registrationNumber}")
    public Response appeal(@PathParam("registrationNumber") String number, @QueryParam("code") String code) {
        String client = request.getRemoteAddr();
        Instant now = clock.instant();
        OptionalLong wait = throttle.retryAfter(client, now);
        if (wait.isPresent()) {
            return Response.fromResponse(Problem.response(Response.Status.TOO_MANY_REQUESTS,
                    "Too many failed lookups from your address; try again later"))
                    .header(HttpHeaders.RETRY_AFTER, wait.getAsLong()).build();
        }
        ZoneId zone = settings.zone();
        return lookup.find(number, code)
                .map(s -> Response.ok(new PublicAppealView(s.registrationNumber(), s.status(), day(s.receivedAt(), zone),
                        day(s.dueAt(), zone), day(s.answeredAt(), zone), CodeName.of(s.body(), Languages.preferred(headers)))))
                .orElseGet(() -> {
                    throttle.failed(client, now);
                    return Response.fromResponse(Problem.response(Response.Status.NOT_FOUND,
                            "No appeal with this number and access code"));
                })
                .cacheControl(noStore())
                .build();
    }

    private static LocalDate day(Instant at, ZoneId zone) {
        return at == null ? null : at.atZone(zone).toLocalDate();
    }

    private static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        return cache;
    }
}
