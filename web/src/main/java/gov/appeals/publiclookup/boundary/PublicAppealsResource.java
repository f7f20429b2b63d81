package gov.appeals.publiclookup.boundary;

import gov.appeals.appeal.entity.AppealStatus;
import gov.appeals.appeal.entity.Satisfaction;
import gov.appeals.appeal.entity.VerdictChannel;
import gov.appeals.platform.AccessCodeThrottle;
import gov.appeals.platform.AppealsSettings;
import gov.appeals.platform.Refusal;
import gov.appeals.platform.rest.AccessCodeAttempts;
import gov.appeals.platform.rest.InvalidRequestException;
import gov.appeals.platform.rest.Languages;
import gov.appeals.publiclookup.control.PublicLookup;
import gov.appeals.reference.boundary.CodeName;
import gov.appeals.verdicts.boundary.VerdictView;
import gov.appeals.verdicts.boundary.VerdictsResource;
import gov.appeals.verdicts.control.Verdicts;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The citizen's own lookup, without signing in: with the registration number and the access code
 * from the receipt, where the appeal stands, and the citizen's verdict on its answer. A wrong code and an unknown number answer the same
 * 404; a client that keeps failing is refused for a while (429 with Retry-After).
 */
@Tag(name = "Public")
@Path("public/appeals")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicAppealsResource {

    /**
     * No personal data, no text, no official: only what the citizen needs to know where it stands,
     * and which bodies' people have read it (the access log), never who.
     */
    public record PublicAppealView(String registrationNumber, AppealStatus status, LocalDate receivedOn,
            LocalDate dueOn, LocalDate answeredOn, CodeName body, List<CodeName> readBy) {
    }

    @Inject
    PublicLookup lookup;

    @Inject
    AccessCodeThrottle throttle;

    @Inject
    AppealsSettings settings;

    @Inject
    Clock clock;

    @Inject
    Verdicts verdicts;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @Operation(operationId = "lookUpAppeal", summary = "A citizen looks up their appeal", description = """
            `?code=`: status, received, due and answered dates, the body's name, `readBy` (the bodies whose
            people read the appeal's personal data, from the access log, never who); a wrong code or number:
            the same `404`; 5 failures in 10 minutes from one address: `429` with `Retry-After`""")
    @APIResponse(responseCode = "200", description = "The appeal, without personal data",
            content = @Content(schema = @Schema(implementation = PublicAppealView.class)))
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @GET
    @Path("{registrationNumber}")
    public Response appeal(@PathParam("registrationNumber") String number, @QueryParam("code") String code) {
        ZoneId zone = settings.zone();
        return throttled(() -> lookup.find(number, code)
                .map(s -> Response.ok(new PublicAppealView(s.registrationNumber(), s.status(), day(s.receivedAt(), zone),
                        day(s.dueAt(), zone), day(s.answeredAt(), zone), CodeName.of(s.body(), Languages.preferred(headers)),
                        s.readBy().stream().map(b -> CodeName.of(b, Languages.preferred(headers))).toList()))));
    }

    /** {@code code}: the access code; {@code verdict}: SATISFIED, PARTLY or NOT_SATISFIED; {@code comment}: why. */
    public record PublicVerdictRequest(@Schema(required = true) String code,
            @Schema(type = SchemaType.STRING, implementation = Satisfaction.class, required = true) String verdict, String comment) {
    }

    /**
     * The citizen's verdict on the answer, with the number and the access code: once, changed at
     * most once, within the window; not satisfied with a comment opens a reconsideration. Wrong
     * codes count against the address like failed lookups.
     */
    @Operation(operationId = "giveVerdict", summary = "A citizen's verdict on the answer", description = """
            `{code, verdict, comment?}` (JSON; or the verdict page's form, then answered as HTML): the
            citizen's own verdict on the answer (once, changed once, within 30 days of the answer; not
            satisfied with a comment opens a reconsideration); wrong codes count against the address like failed
            lookups""")
    @APIResponse(responseCode = "200",
            description = "Taken: the verdict as recorded (JSON), or the page that thanks the citizen (the form)", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VerdictView.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @POST
    @Path("{registrationNumber}/verdict")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response verdict(@PathParam("registrationNumber") String number,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "ru",
                    value = "{\"code\": \"Q7M4XK2P\", \"verdict\": \"NOT_SATISFIED\", \"comment\": \"Банк так и не ответил\"}")))
            PublicVerdictRequest request) {
        if (request == null) {
            throw InvalidRequestException.of("body", "a JSON object is required");
        }
        Satisfaction satisfaction = VerdictsResource.checked(request.verdict(), request.comment(), "code", request.code());
        return throttled(() -> verdicts.give(number, request.code(), satisfaction, request.comment(),
                        VerdictChannel.PUBLIC_LOOKUP, null)
                .map(appeal -> Response.ok(VerdictView.of(appeal, settings.zone()))));
    }

    /** The page the link in the answer's message opens: three choices and a comment, posted back below. */
    @Operation(operationId = "openVerdictForm", summary = "The verdict page a citizen's link opens", description = """
            `?code=`: the page the link in the answer's message opens: three choices and a comment""")
    @APIResponse(responseCode = "200", description = "The page", content = @Content(mediaType = MediaType.TEXT_HTML,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @GET
    @Path("{registrationNumber}/verdict-form")
    @Produces(MediaType.TEXT_HTML)
    public Response verdictForm(@PathParam("registrationNumber") String number, @QueryParam("code") String code) {
        return throttled(() -> lookup.find(number, code)
                .map(found -> Response.ok(VerdictPage.form(found.registrationNumber(), code)).type(VerdictPage.HTML)));
    }

    /** The page's form, posted by the citizen's browser. */
    @POST
    @Path("{registrationNumber}/verdict")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response verdictFromLink(@PathParam("registrationNumber") String number, @FormParam("code") String code,
            @FormParam("verdict") String verdict, @FormParam("comment") String comment) {
        Satisfaction satisfaction;
        try {
            satisfaction = VerdictsResource.checked(verdict, comment, "code", code);
        } catch (InvalidRequestException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(VerdictPage.refused(number,
                    "Choose one of the three answers. / Выберите один из трёх ответов.")).type(VerdictPage.HTML).build();
        }
        try {
            return throttled(() -> verdicts.give(number, code, satisfaction, comment, VerdictChannel.NOTIFICATION_LINK, null)
                    .map(appeal -> Response.ok(VerdictPage.thanks(appeal.getRegistrationNumber(),
                            appeal.getLinks().reconsiderationRequested())).type(VerdictPage.HTML)));
        } catch (Refusal refused) {
            return Response.status(Response.Status.CONFLICT).entity(VerdictPage.refused(number, refused.getMessage()))
                    .type(VerdictPage.HTML).build();
        }
    }

    /** Answers what {@code attempt} found, or 404 and a failure against the client's address; 429 while it waits. */
    private Response throttled(Supplier<Optional<Response.ResponseBuilder>> attempt) {
        return AccessCodeAttempts.throttled(throttle, request.getRemoteAddr(), clock.instant(), attempt)
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
